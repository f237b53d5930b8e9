using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AlgorithmGen.Generators.Parsing;
using AlgorithmGen.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AlgorithmGen.Generators.Analyzers
{
    /// <summary>AG09xx: how AlgorithmGen's attributes must be used (the API's own rules run on the request).</summary>
    internal static class UsageRules
    {
        /// <summary>Members the generator adds to an [Algorithm] class.</summary>
        internal static readonly string[] GeneratedMembers = { "CreateAlgorithmJson", "Definition", "CreateRequest", "RegisterAsync", Emitting.JobEmitter.ToHyperParametersName };

        private const string GeneratedTreeMarker = "AlgorithmGen.Generators.AlgorithmGenerator";

        private static readonly string[] ContainerParts = { AttributeNames.ModelDataSource, AttributeNames.AdditionalModelDataSource };
        private static readonly string[] ProfileParts = { AttributeNames.ValidationInput, AttributeNames.ValidationInstanceGroup, AttributeNames.ValidationPlacement, AttributeNames.ValidationTransformJob };

        /// <param name="hasTrainingContext">Whether the training container's types are generated too (the project references AlgorithmGen.Training).</param>
        /// <param name="hasServingContract">Whether the inference container's types are generated too (the project references AlgorithmGen.Serving and the class declares [InferenceSpecification]).</param>
        public static void Report(SymbolAnalysisContext context, INamedTypeSymbol type, SemanticModels semanticModels, bool hasTrainingContext, bool hasServingContract = false)
        {
            ReportShape(context, type);
            ReportHyperParameters(context, type, semanticModels);
            ReportReferences(context, type);
            ReportMapsAndSources(context, type);
            ReportRepeats(context, type);
            IEnumerable<string> generated = hasTrainingContext ? GeneratedMembers.Concat(Emitting.TrainingEmitter.GeneratedTypeNames) : GeneratedMembers;
            if (hasServingContract && type.GetAttributes().Any(a => Name(a) == AttributeNames.InferenceSpecification))
            {
                generated = generated.Concat(Emitting.ServingEmitter.GeneratedTypeNames);
            }

            ReportGeneratedMemberConflicts(context, type, generated);
        }

        /// <summary>AlgorithmGen attributes on a class that has no [Algorithm] do nothing (AG0908).</summary>
        public static void ReportOrphans(SymbolAnalysisContext context, INamedTypeSymbol type)
        {
            foreach (AttributeData attribute in type.GetAttributes().Where(IsAlgorithmPart))
            {
                Report(context, RuleCatalog.OrphanAttribute, Where(attribute, type, context),
                    "[" + ShortName(attribute) + "] has no effect on '" + type.Name + "', which has no [Algorithm] attribute; add [Algorithm(\"name\")] or remove it.");
            }

            foreach (IPropertySymbol property in type.GetMembers().OfType<IPropertySymbol>())
            {
                foreach (AttributeData attribute in property.GetAttributes().Where(a => Name(a) == AttributeNames.HyperParameter))
                {
                    Report(context, RuleCatalog.OrphanAttribute, Where(attribute, property, context),
                        "[HyperParameter] on '" + property.Name + "' has no effect: '" + type.Name + "' has no [Algorithm] attribute.");
                }
            }
        }

        private static void ReportShape(SymbolAnalysisContext context, INamedTypeSymbol type)
        {
            if (ShapeProblem(type, context) is { } problem)
            {
                Report(context, RuleCatalog.NotPartial, UserDeclaration(type, context.CancellationToken),
                    "[Algorithm] class '" + type.Name + "' " + problem + "; the generator adds members to it, so it must be a non-generic partial class. "
                    + (problem == "is not partial" ? "Add the 'partial' modifier." : "Use a partial class."));
            }
        }

        /// <summary>
        /// A type that contains an [Algorithm] class must be a partial class too. Reported from the containing type's
        /// own analysis, at its own name, so the diagnostic (and its fix) is local to the symbol being analyzed.
        /// </summary>
        public static void ReportContainingShape(SymbolAnalysisContext context, INamedTypeSymbol type, INamedTypeSymbol algorithmAttribute)
        {
            INamedTypeSymbol? nested = NestedAlgorithm(type, algorithmAttribute);
            if (nested is not null && ShapeProblem(type, context) is { } problem)
            {
                Report(context, RuleCatalog.NotPartial, UserDeclaration(type, context.CancellationToken),
                    "'" + type.Name + "', which contains [Algorithm] class '" + nested.Name + "', " + problem
                    + "; the generator declares the algorithm's members inside it, so it must be a non-generic partial class. "
                    + (problem == "is not partial" ? "Add the 'partial' modifier." : "Use a partial class."));
            }
        }

        /// <summary>
        /// The name in the declaration that lacks <c>partial</c>: the generator declares a class that only lacks it too
        /// (so that its members exist), and that partial declaration may come first in <see cref="ISymbol.Locations"/>.
        /// </summary>
        private static Location UserDeclaration(INamedTypeSymbol type, CancellationToken cancellationToken) =>
            type.DeclaringSyntaxReferences
                .Select(reference => reference.GetSyntax(cancellationToken))
                .OfType<TypeDeclarationSyntax>()
                .OrderBy(declaration => declaration.Modifiers.Any(SyntaxKind.PartialKeyword) ? 1 : 0)
                .Select(declaration => declaration.Identifier.GetLocation())
                .FirstOrDefault() ?? type.Locations.FirstOrDefault() ?? Location.None;

        private static INamedTypeSymbol? NestedAlgorithm(INamedTypeSymbol type, INamedTypeSymbol algorithmAttribute)
        {
            foreach (INamedTypeSymbol member in type.GetTypeMembers())
            {
                if (member.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, algorithmAttribute)))
                {
                    return member;
                }

                if (NestedAlgorithm(member, algorithmAttribute) is { } deeper)
                {
                    return deeper;
                }
            }

            return null;
        }

        private static string? ShapeProblem(INamedTypeSymbol type, SymbolAnalysisContext context) =>
            type.TypeKind != TypeKind.Class || type.IsRecord ? "is not a class"
            : type.IsGenericType ? "is generic"
            : !IsPartial(type, context) ? "is not partial"
            : null;

        private static void ReportHyperParameters(SymbolAnalysisContext context, INamedTypeSymbol type, SemanticModels semanticModels)
        {
            foreach (IPropertySymbol property in type.GetMembers().OfType<IPropertySymbol>())
            {
                AttributeData? attribute = property.GetAttributes().FirstOrDefault(a => Name(a) == AttributeNames.HyperParameter);
                if (attribute is null)
                {
                    continue;
                }

                PropertyDeclarationSyntax? declaration = property.DeclaringSyntaxReferences
                    .Select(r => r.GetSyntax(context.CancellationToken)).OfType<PropertyDeclarationSyntax>().FirstOrDefault();
                if (property.IsStatic || property.IsIndexer)
                {
                    Report(context, RuleCatalog.OrphanAttribute, Where(attribute, property, context),
                        "[HyperParameter] on " + (property.IsStatic ? "static property" : "indexer") + " '" + property.Name + "' has no effect; use an instance property.");
                    continue;
                }

                bool typed = attribute.NamedArguments.Any(a => a.Key == "Type");
                if (!typed && HyperParameterParser.KindOf(property.Type, out _) == HyperParameterParser.ClrKind.Unsupported)
                {
                    Report(context, RuleCatalog.UnsupportedHyperParameterType, declaration?.Type.GetLocation() ?? property.Locations[0],
                        "Hyperparameter '" + property.Name + "' has type " + property.Type.ToDisplayString() + "; use an integer, floating-point, bool, enum or string type (hyperparameters travel as strings).");
                }

                if (declaration?.Initializer is { } initializer
                    && !attribute.NamedArguments.Any(a => a.Key == "DefaultValue")
                    && !semanticModels.For(initializer.SyntaxTree).GetConstantValue(initializer.Value, context.CancellationToken).HasValue)
                {
                    Report(context, RuleCatalog.NonConstantDefault, initializer.Value.GetLocation(),
                        "The initializer of '" + property.Name + "' is not a compile-time constant, so it can't be the hyperparameter's DefaultValue; use a constant or set DefaultValue = \"...\".");
                }
            }
        }

        private static void ReportReferences(SymbolAnalysisContext context, INamedTypeSymbol type)
        {
            AttributeSet attributes = new(type.GetAttributes());
            List<string?> containerIds = attributes.Of(AttributeNames.InferenceContainer).Select(a => Named(a, "Id")).ToList();
            List<string?> profileNames = attributes.Of(AttributeNames.ValidationProfile).Select(a => Positional(a, 0)).ToList();

            foreach (IGrouping<string?, string?> duplicate in containerIds.Where(id => id is not null).GroupBy(id => id).Where(g => g.Count() > 1))
            {
                foreach (AttributeData container in attributes.Of(AttributeNames.InferenceContainer).Where(a => Named(a, "Id") == duplicate.Key).Skip(1))
                {
                    Report(context, RuleCatalog.UnknownReference, ArgumentOrAttribute(container, "Id", type, context),
                        "Two inference containers have Id '" + duplicate.Key + "'; give each container its own Id.");
                }
            }

            foreach (AttributeData part in attributes.Of(ContainerParts).Concat(attributes.Of(AttributeNames.AdditionalS3DataSource)))
            {
                string? target = Named(part, "Container");
                bool isTrainingSource = Name(part) == AttributeNames.AdditionalS3DataSource && target is null;
                if (isTrainingSource)
                {
                    continue;
                }

                string? problem = target is not null
                    ? containerIds.Contains(target) ? null : "names container '" + target + "', but no [InferenceContainer] has that Id"
                    : containerIds.Count == 1 ? null
                    : containerIds.Count == 0 ? "belongs to an inference container, but there is none; add [InferenceContainer]"
                    : "does not say which of the " + containerIds.Count + " containers it belongs to; set Container to an [InferenceContainer] Id";
                if (problem is not null)
                {
                    Report(context, RuleCatalog.UnknownReference, ArgumentOrAttribute(part, "Container", type, context), "[" + ShortName(part) + "] " + problem + ".");
                }
            }

            foreach (AttributeData part in attributes.Of(ProfileParts))
            {
                string? target = Named(part, "Profile");
                string? problem = target is not null
                    ? profileNames.Contains(target) ? null : "names profile '" + target + "', but no [ValidationProfile] has that name"
                    : profileNames.Count == 0 ? "belongs to a validation profile, but there is none; add [ValidationProfile(\"name\", ...)]"
                    : profileNames.Count > 1 ? "does not say which of the " + profileNames.Count + " profiles it belongs to; set Profile"
                    : null;
                if (problem is not null)
                {
                    Report(context, RuleCatalog.UnknownReference, ArgumentOrAttribute(part, "Profile", type, context), "[" + ShortName(part) + "] " + problem + ".");
                }
            }
        }

        /// <summary>Structures the API allows once per parent: a second attribute for the same parent is ignored (AG0908).</summary>
        private static void ReportRepeats(SymbolAnalysisContext context, INamedTypeSymbol type)
        {
            AttributeSet attributes = new(type.GetAttributes());
            ReportRepeats(context, type, attributes.Of(AttributeNames.AdditionalS3DataSource), "Container", "an AdditionalS3DataSource");
            ReportRepeats(context, type, attributes.Of(AttributeNames.ModelDataSource), "Container", "a ModelDataSource");
            ReportRepeats(context, type, attributes.Of(AttributeNames.ValidationTransformJob), "Profile", "a TransformJobDefinition");
        }

        private static void ReportRepeats(SymbolAnalysisContext context, INamedTypeSymbol type, IEnumerable<AttributeData> parts, string parentArgument, string what)
        {
            foreach (IGrouping<string, AttributeData> group in parts.GroupBy(part => Named(part, parentArgument) ?? string.Empty))
            {
                foreach (AttributeData repeat in group.Skip(1))
                {
                    Report(context, RuleCatalog.OrphanAttribute, Where(repeat, type, context),
                        "[" + ShortName(repeat) + "] repeats one already declared" + (group.Key.Length == 0 ? string.Empty : " for '" + group.Key + "'")
                        + "; the API allows " + what + " there only once, so this one is ignored. Remove it or merge it into the first.");
                }
            }
        }

        private static void ReportMapsAndSources(SymbolAnalysisContext context, INamedTypeSymbol type)
        {
            foreach (AttributeData attribute in type.GetAttributes())
            {
                string? name = Name(attribute);
                string? mapArgument = name switch
                {
                    AttributeNames.InferenceContainer or AttributeNames.ValidationTransformJob => "Environment",
                    AttributeNames.ValidationProfile => "HyperParameters",
                    _ => null,
                };
                if (mapArgument is not null)
                {
                    ReportMapEntries(context, type, attribute, mapArgument);
                }

                if (name == AttributeNames.ValidationInput)
                {
                    int sources = (HasAny(attribute, AttributeNames.S3SourceArguments) ? 1 : 0)
                        + (HasAny(attribute, AttributeNames.FileSystemSourceArguments) ? 1 : 0)
                        + (HasAny(attribute, AttributeNames.DatasetSourceArguments) ? 1 : 0);
                    if (sources != 1)
                    {
                        Report(context, RuleCatalog.DataSourceCount, Where(attribute, type, context),
                            "Validation input '" + Positional(attribute, 0) + "' sets " + (sources == 0 ? "no data source" : sources + " data sources")
                            + "; set exactly one: S3 (S3Uri, S3DataType), a file system (FileSystemId, FileSystemType, FileSystemAccessMode, DirectoryPath) or a dataset (DatasetArn).");
                    }
                }
            }
        }

        private static void ReportMapEntries(SymbolAnalysisContext context, INamedTypeSymbol type, AttributeData attribute, string argument)
        {
            TypedConstant entries = attribute.NamedArguments.FirstOrDefault(a => a.Key == argument).Value;
            if (entries.Kind != TypedConstantKind.Array || entries.IsNull)
            {
                return;
            }

            var keys = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < entries.Values.Length; i++)
            {
                if (entries.Values[i].Value is not string entry)
                {
                    if (entries.Values[i].IsNull)
                    {
                        Report(context, RuleCatalog.MalformedMapEntry, ArgumentOrAttribute(attribute, argument, type, context, i), argument + " has a null entry; write \"KEY=value\" or remove it.");
                    }

                    continue;
                }

                int separator = entry.IndexOf('=');
                string? problem = separator < 0 ? "has no '='; write \"KEY=value\""
                    : separator == 0 ? "has an empty key; write \"KEY=value\""
                    : !keys.Add(entry.Substring(0, separator)) ? "repeats key '" + entry.Substring(0, separator) + "'; give each key once"
                    : null;
                if (problem is not null)
                {
                    Report(context, RuleCatalog.MalformedMapEntry, ArgumentOrAttribute(attribute, argument, type, context, i), argument + " entry \"" + entry + "\" " + problem + ".");
                }
            }
        }

        private static void ReportGeneratedMemberConflicts(SymbolAnalysisContext context, INamedTypeSymbol type, IEnumerable<string> generatedMembers)
        {
            foreach (string member in generatedMembers)
            {
                foreach (ISymbol declared in type.GetMembers(member))
                {
                    Location? location = declared.Locations.FirstOrDefault(l => l.IsInSource && l.SourceTree?.FilePath.Contains(GeneratedTreeMarker) != true);
                    if (location is not null && !declared.IsImplicitlyDeclared && ClashesWithGenerated(declared, member))
                    {
                        Report(context, RuleCatalog.GeneratedMemberConflict, location,
                            "'" + type.Name + "' declares '" + member + "', which the generator adds to [Algorithm] classes; rename the member.");
                    }
                }
            }
        }

        /// <summary>An overload with other parameters can live beside a generated method; anything else of that name can't.</summary>
        private static bool ClashesWithGenerated(ISymbol declared, string member) => (member, declared) switch
        {
            ("CreateRequest", IMethodSymbol method) => method.Parameters.Length == 0,
            ("RegisterAsync", IMethodSymbol method) => method.Parameters.Length == 2
                && method.Parameters[0].Type.ToDisplayString() is "AlgorithmGen.AlgorithmRegistrationOptions" or "AlgorithmGen.AlgorithmRegistrationOptions?"
                && method.Parameters[1].Type.ToDisplayString() == "System.Threading.CancellationToken",
            _ => true,
        };

        // Every declaration, as C# requires (CS0260): the generator's own declaration of the class is partial in any case.
        private static bool IsPartial(INamedTypeSymbol type, SymbolAnalysisContext context) =>
            type.DeclaringSyntaxReferences.All(r => r.GetSyntax(context.CancellationToken) is TypeDeclarationSyntax d && d.Modifiers.Any(SyntaxKind.PartialKeyword));

        private static bool IsAlgorithmPart(AttributeData attribute) =>
            Name(attribute) is { } name
            && name.StartsWith(AttributeNames.Namespace + ".", StringComparison.Ordinal)
            && name != AttributeNames.Algorithm
            && name != AttributeNames.HyperParameter
            && attribute.AttributeClass!.ContainingAssembly?.Name == "AlgorithmGen";

        private static bool HasAny(AttributeData attribute, params string[] names) => attribute.NamedArguments.Any(a => names.Contains(a.Key));

        private static string? Name(AttributeData attribute) => attribute.AttributeClass?.ToDisplayString();

        private static string ShortName(AttributeData attribute) =>
            attribute.AttributeClass?.Name is { } name && name.EndsWith("Attribute", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : attribute.AttributeClass?.Name ?? "?";

        private static string? Named(AttributeData attribute, string name) => attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value as string;

        private static string? Positional(AttributeData attribute, int index) =>
            index < attribute.ConstructorArguments.Length ? attribute.ConstructorArguments[index].Value as string : null;

        private static Location Where(AttributeData attribute, ISymbol owner, SymbolAnalysisContext context) =>
            attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is AttributeSyntax syntax
                ? syntax.Name.GetLocation()
                : owner.Locations.FirstOrDefault() ?? Location.None;

        private static Location ArgumentOrAttribute(AttributeData attribute, string argument, ISymbol owner, SymbolAnalysisContext context, int? index = null)
        {
            if (attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is AttributeSyntax syntax
                && ArgumentLocator.FindArgument(syntax, attribute, new[] { argument }) is { } expression)
            {
                return (ArgumentLocator.Element(expression, index) ?? expression).GetLocation();
            }

            return Where(attribute, owner, context);
        }

        private static void Report(SymbolAnalysisContext context, Rule rule, Location location, string message) =>
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.For(rule), location, message));

        /// <summary>The class's AlgorithmGen attributes, filtered by name.</summary>
        private readonly struct AttributeSet
        {
            private readonly System.Collections.Immutable.ImmutableArray<AttributeData> _attributes;

            public AttributeSet(System.Collections.Immutable.ImmutableArray<AttributeData> attributes) => _attributes = attributes;

            public IEnumerable<AttributeData> Of(params string[] names) => _attributes.Where(a => names.Contains(Name(a)));
        }
    }
}
