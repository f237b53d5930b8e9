using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AlgorithmGen.Generators.Model;
using AlgorithmGen.Generators.Parsing;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AlgorithmGen.Generators.Analyzers
{
    /// <summary>
    /// Reports every rule of <see cref="RuleCatalog"/> for <c>[Algorithm]</c> classes: it builds the request the class
    /// declares with the generator's own parser, runs the same <see cref="RequestValidator"/> the runtime runs, and
    /// places each violation on the attribute argument (or property) that caused it. AlgorithmGen's own usage rules
    /// (AG09xx) are checked here too. The generator reports nothing, so <c>#pragma</c> and .editorconfig work.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AlgorithmAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName(AttributeNames.Algorithm) is not { } algorithmAttribute)
                {
                    return; // The project does not reference AlgorithmGen.
                }

                var names = new ConcurrentBag<(string Name, Location Location, string Type)>();
                var semanticModels = new SemanticModels(start.Compilation);
                // Metric methods (and so their lines) exist only where the training container's code is generated.
                bool hasTrainingContext = start.Compilation.GetTypeByMetadataName(Emitting.TrainingEmitter.ContextInterface) is not null;
                bool hasServingContract = start.Compilation.GetTypeByMetadataName(Emitting.ServingEmitter.ContractInterface) is not null;
                start.RegisterSymbolAction(symbol => AnalyzeType(symbol, algorithmAttribute, semanticModels, hasTrainingContext, hasServingContract, names), SymbolKind.NamedType);
                start.RegisterCompilationEndAction(end => ReportDuplicateNames(end, names));
            });
        }

        private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol algorithmAttribute, SemanticModels semanticModels, bool hasTrainingContext, bool hasServingContract, ConcurrentBag<(string, Location, string)> names)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            try
            {
                UsageRules.ReportContainingShape(context, type, algorithmAttribute);
                AttributeData? algorithm = type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, algorithmAttribute));
                if (algorithm is null)
                {
                    UsageRules.ReportOrphans(context, type);
                    return;
                }

                UsageRules.Report(context, type, hasTrainingContext, hasServingContract);
                // The generator's analysis of the class when it holds here (the same trees plus generated ones), else a new one.
                ClassAnalysis analysis = ClassAnalyses.Find(type, context.Compilation, context.CancellationToken)
                    ?? ClassAnalyses.For(type, DeclarationOf(type, algorithm, context.CancellationToken), context.Compilation, semanticModels, context.CancellationToken);
                if (analysis.Failure is { } failure)
                {
                    ReportFailure(context, type, failure);
                    return;
                }

                foreach (Diagnostic diagnostic in analysis.Diagnostics)
                {
                    context.ReportDiagnostic(diagnostic);
                }

                if (analysis.AlgorithmName is { } name)
                {
                    names.Add((name, analysis.NameLocation ?? Location.None, type.ToDisplayString()));
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                ReportFailure(context, type, exception);
            }
        }

        // AD0001 would hide every other diagnostic of the project: the failure is reported at this class instead (AG0999).
        // The robustness tests keep this path unreached.
        private static void ReportFailure(SymbolAnalysisContext context, INamedTypeSymbol type, Exception exception) =>
            context.ReportDiagnostic(InternalError.Create(type.Locations.FirstOrDefault() ?? Location.None, InternalError.Message("analyzer", type.ToDisplayString(), exception)));

        // The declaration [Algorithm] is written on, as the generator's ForAttributeWithMetadataName finds it.
        private static SyntaxNode DeclarationOf(INamedTypeSymbol type, AttributeData algorithm, System.Threading.CancellationToken cancellationToken) =>
            algorithm.ApplicationSyntaxReference?.GetSyntax(cancellationToken).FirstAncestorOrSelf<Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax>()
            ?? type.DeclaringSyntaxReferences.First().GetSyntax(cancellationToken);

        /// <summary>A diagnostic of <paramref name="message"/>'s rule, its text filled with <paramref name="arguments"/>.</summary>
        internal static Diagnostic Create(RuleMessage message, Location location, params object?[] arguments) => ClassAnalysis.Create(message, location, arguments);

        private static void ReportDuplicateNames(CompilationAnalysisContext context, ConcurrentBag<(string Name, Location Location, string Type)> names)
        {
            foreach (IGrouping<string, (string Name, Location Location, string Type)> group in names.GroupBy(n => n.Name, Payloads.PayloadFile.NameComparer))
            {
                if (group.Count() < 2)
                {
                    continue;
                }

                string types = string.Join(", ", group.Select(n => n.Type).OrderBy(t => t, StringComparer.Ordinal));
                foreach ((string name, Location location, string _) in group)
                {
                    context.ReportDiagnostic(Create(RuleMessages.DuplicateAlgorithmName, location, name, types));
                }
            }
        }
    }
}
