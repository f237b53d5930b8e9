using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
    /// <summary>
    /// AG09xx that concern the class rather than its attributes' values: its shape, attributes on a class without
    /// [Algorithm], members that clash with generated ones. Problems inside the attributes (references, map entries,
    /// defaults, repeats) are found by the parser as it reads them (<see cref="ParseResult.Problems"/>).
    /// </summary>
    internal static class UsageRules
    {
        /// <summary>Members the generator adds to an [Algorithm] class.</summary>
        internal static readonly string[] GeneratedMembers = { "CreateAlgorithmJson", "Definition", "CreateRequest", "RegisterAsync", Emitting.JobEmitter.ToHyperParametersName, Emitting.JobEmitter.ChannelNamesName };

        private const string GeneratedTreeMarker = "AlgorithmGen.Generators.AlgorithmGenerator";

        /// <param name="hasTrainingContext">Whether the training container's types are generated too (the project references AlgorithmGen.Training).</param>
        /// <param name="hasServingContract">Whether the inference container's types are generated too (the project references AlgorithmGen.Serving and the class declares [InferenceSpecification]).</param>
        public static void Report(SymbolAnalysisContext context, INamedTypeSymbol type, bool hasTrainingContext, bool hasServingContract = false)
        {
            ReportShape(context, type);
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
                Report(context, RuleMessages.OrphanAttribute, Where(attribute, type, context), ShortName(attribute), type.Name);
            }

            foreach (IPropertySymbol property in type.GetMembers().OfType<IPropertySymbol>())
            {
                ImmutableArray<AttributeData> attributes = property.GetAttributes();
                foreach (AttributeData attribute in attributes.Where(a => Name(a) == AttributeNames.HyperParameter))
                {
                    Report(context, RuleMessages.OrphanHyperParameter, Where(attribute, property, context), property.Name, type.Name);
                }

                // Next to [HyperParameter], whose report says it all, a [HyperParameterRange] is not reported again.
                if (!attributes.Any(a => Name(a) == AttributeNames.HyperParameter))
                {
                    foreach (AttributeData attribute in attributes.Where(a => Name(a) == AttributeNames.HyperParameterRange))
                    {
                        Report(context, RuleMessages.OrphanAttribute, Where(attribute, property, context), ShortName(attribute), type.Name);
                    }
                }
            }
        }

        private static void ReportShape(SymbolAnalysisContext context, INamedTypeSymbol type)
        {
            if (ShapeProblem(type, context) is { } problem)
            {
                Report(context, RuleMessages.NotPartial, UserDeclaration(type, context.CancellationToken), type.Name, problem, Advice(problem));
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
                Report(context, RuleMessages.ContainingNotPartial, UserDeclaration(type, context.CancellationToken), type.Name, nested.Name, problem, Advice(problem));
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

        private const string NotPartialProblem = "is not partial";

        private static string Advice(string problem) => problem == NotPartialProblem ? "Add the 'partial' modifier." : "Use a partial class.";

        private static string? ShapeProblem(INamedTypeSymbol type, SymbolAnalysisContext context) =>
            type.TypeKind != TypeKind.Class || type.IsRecord ? "is not a class"
            : type.IsGenericType ? "is generic"
            : !IsPartial(type, context) ? NotPartialProblem
            : null;

        private static void ReportGeneratedMemberConflicts(SymbolAnalysisContext context, INamedTypeSymbol type, IEnumerable<string> generatedMembers)
        {
            foreach (string member in generatedMembers)
            {
                foreach (ISymbol declared in type.GetMembers(member))
                {
                    Location? location = declared.Locations.FirstOrDefault(l => l.IsInSource && l.SourceTree?.FilePath.Contains(GeneratedTreeMarker) != true);
                    if (location is not null && !declared.IsImplicitlyDeclared && ClashesWithGenerated(declared, member))
                    {
                        Report(context, RuleMessages.GeneratedMemberConflict, location, type.Name, member);
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

        // The full name of an AlgorithmGen attribute, null for any other: this runs on every attribute of every type and
        // property of the project.
        private static string? Name(AttributeData attribute) => AttributeNames.Of(attribute.AttributeClass);

        private static string ShortName(AttributeData attribute) => AttributeArguments.ShortNameOf(attribute);

        private static Location Where(AttributeData attribute, ISymbol owner, SymbolAnalysisContext context) =>
            attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is AttributeSyntax syntax
                ? syntax.Name.GetLocation()
                : owner.Locations.FirstOrDefault() ?? Location.None;

        private static void Report(SymbolAnalysisContext context, RuleMessage message, Location location, params object?[] arguments) =>
            context.ReportDiagnostic(AlgorithmAnalyzer.Create(message, location, arguments));
    }
}
