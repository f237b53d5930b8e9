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
                if (!type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, algorithmAttribute)))
                {
                    UsageRules.ReportOrphans(context, type);
                    return;
                }

                InternalError.ThrowIfInjected(type);
                UsageRules.Report(context, type, hasTrainingContext, hasServingContract);
                var training = new TrainingBindings();
                ParseResult parse = AlgorithmParser.Parse(type, semanticModels, withSourceMap: true, context.CancellationToken, training);
                Location fallback = type.Locations.FirstOrDefault() ?? Location.None;
                foreach (ParseProblem problem in parse.Problems)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.For(problem.Rule), problem.Source.Locate(fallback, context.CancellationToken), problem.Message));
                }

                if (parse.Request is not { } request || parse.SourceMap is not { } sourceMap)
                {
                    return; // Half-typed attributes: the compiler's own errors say what is wrong.
                }

                if (request.AlgorithmName is { } name)
                {
                    names.Add((name, Locate(sourceMap, request, nameof(CreateAlgorithmRequest.AlgorithmName), null, null, fallback, context.CancellationToken), type.ToDisplayString()));
                }

                foreach (Violation violation in RequestValidator.Validate(request))
                {
                    Location location = violation.Owner is { } owner
                        ? Locate(sourceMap, owner, violation.Member, violation.Index, violation.MapKey, fallback, context.CancellationToken)
                        : fallback;
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.For(violation.Rule), location, violation.Message));
                }

                if (hasTrainingContext)
                {
                    ReportMetricLines(context, request, training, sourceMap, fallback);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // AD0001 would hide every other diagnostic of the project: the failure is reported at this class instead
                // (AG0999). The robustness tests keep this path unreached.
                context.ReportDiagnostic(InternalError.Create(type.Locations.FirstOrDefault() ?? Location.None, InternalError.Message("analyzer", type.ToDisplayString(), exception)));
            }
        }

        // AG0207: the generated metric method's line must come back through the regex (compile time only: the format is not in the request).
        private static void ReportMetricLines(SymbolAnalysisContext context, CreateAlgorithmRequest request, TrainingBindings training, SourceMap sourceMap, Location fallback)
        {
            foreach (MetricDefinition metric in request.TrainingSpecification?.MetricDefinitions ?? new List<MetricDefinition>())
            {
                if (metric?.Name is null || metric.Regex is null)
                {
                    continue;
                }

                TrainingModel.LineOf(metric, training, out string? problem);
                if (problem is not null)
                {
                    bool hasFormat = training.MetricFormats.TryGetValue(metric, out string? format) && format is not null;
                    // The line comes from the Format argument when written, else from the regex.
                    Location location = Locate(sourceMap, metric, hasFormat ? nameof(MetricAttribute.Format) : nameof(MetricDefinition.Regex), null, null, fallback, context.CancellationToken);
                    context.ReportDiagnostic(Create(RuleMessages.MetricLineMismatch, location, metric.Name, problem));
                }
            }
        }

        /// <summary>A diagnostic of <paramref name="message"/>'s rule, its text filled with <paramref name="arguments"/>.</summary>
        internal static Diagnostic Create(RuleMessage message, Location location, params object?[] arguments) =>
            Diagnostic.Create(Descriptors.For(message.Rule), location, message.Text(arguments));

        private static Location Locate(SourceMap sourceMap, IApiShape shape, string? member, int? index, string? mapKey, Location fallback, CancellationToken cancellationToken) =>
            sourceMap.Find(shape, member, index, mapKey) is { } source ? source.Locate(fallback, cancellationToken) : fallback;

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
