using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using AlgorithmGen.Generators.Configuration;
using AlgorithmGen.Generators.Emitting;
using AlgorithmGen.Generators.Model;
using AlgorithmGen.Generators.Parsing;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AlgorithmGen.Generators
{
    /// <summary>
    /// Generates, for each <c>[Algorithm]</c> partial class, the <c>CreateAlgorithm</c> request (typed and as wire
    /// JSON) and a <c>RegisterAsync</c> method, plus one catalog of the project's algorithms.
    /// Pipeline: ForAttributeWithMetadataName → <see cref="AlgorithmModel"/> (equatable) → emit.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class AlgorithmGenerator : IIncrementalGenerator
    {
        // Each algorithm finds its file in the compilation: one index per compilation, not a scan per algorithm.
        private static readonly ConditionalWeakTable<Compilation, Dictionary<string, SyntaxTree>> TreesByPath = new();

        /// <summary>Tracking names of the pipeline steps, asserted by the incremental tests.</summary>
        public static class Steps
        {
            public const string Algorithms = nameof(Algorithms);
            public const string ValidAlgorithms = nameof(ValidAlgorithms);
            public const string NullableContext = nameof(NullableContext);
            public const string Catalog = nameof(Catalog);
            public const string SageMakerSdk = nameof(SageMakerSdk);
            public const string Training = nameof(Training);
            public const string Serving = nameof(Serving);
            public const string RuleSeverities = nameof(RuleSeverities);
        }

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<(AlgorithmModel? Model, GeneratorFailure? Failure)> transformed = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    AttributeNames.Algorithm,
                    static (node, _) => node is ClassDeclarationSyntax,
                    static (context, cancellationToken) => Transform(context, cancellationToken))
                .WithTrackingName(Steps.Algorithms);

            IncrementalValuesProvider<AlgorithmModel> algorithms = transformed
                .Where(static result => result.Model is not null)
                .Select(static (result, _) => result.Model!)
                .WithTrackingName(Steps.ValidAlgorithms);

            // A failure inside the generator is reported (AG0999), never swallowed: the class gets no output, and says why.
            context.RegisterSourceOutput(
                transformed.Where(static result => result.Failure is not null).Select(static (result, _) => result.Failure!),
                static (output, failure) => output.ReportDiagnostic(failure.ToDiagnostic()));

            // #nullable needs C# 8; older projects get the same code without annotations.
            IncrementalValueProvider<bool> nullableContext = context.ParseOptionsProvider
                .Select(static (options, _) => options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 })
                .WithTrackingName(Steps.NullableContext);

            // The severities the build gives the analyzer's diagnostics in each algorithm's file, baked into its definition
            // so that registration refuses what the build refused. Re-read on every compilation (options can change
            // without any syntax changing); the result is a string, so an unchanged one keeps everything after it cached.
            IncrementalValuesProvider<AlgorithmModel> withSeverities = algorithms
                .Combine(context.CompilationProvider.Combine(context.AnalyzerConfigOptionsProvider))
                .Select(static (input, cancellationToken) => input.Left with
                {
                    BakedSeverities = BakedSeveritiesOf(input.Left, input.Right.Left, input.Right.Right, cancellationToken),
                })
                .WithTrackingName(Steps.RuleSeverities);

            context.RegisterSourceOutput(withSeverities.Combine(nullableContext), static (output, input) =>
                output.AddSource(input.Left.Type.HintName + ".g.cs", AlgorithmEmitter.EmitAlgorithm(input.Left, input.Right)));

            // Jobs from a typed instance: IAlgorithmHyperParameters and ToHyperParameters() (AlgorithmGen.Jobs), for classes
            // that have instances the training container's binder can create too (not static or abstract).
            context.RegisterSourceOutput(algorithms.Combine(nullableContext), static (output, input) =>
            {
                if (input.Left.Training.CanBind)
                {
                    output.AddSource(input.Left.Type.HintName + ".Jobs.g.cs", JobEmitter.Emit(input.Left, input.Right));
                }
            });

            // When the project references AlgorithmGen.Training (net8.0+, C# 11+ for its static abstract interface):
            // each algorithm's TrainingContext, binding the training job's files to the class.
            IncrementalValueProvider<bool> training = context.CompilationProvider
                .Select(static (compilation, _) =>
                    compilation.GetTypeByMetadataName(TrainingEmitter.ContextInterface) is not null
                    && compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp11 })
                .WithTrackingName(Steps.Training);

            context.RegisterSourceOutput(algorithms.Combine(training), static (output, input) =>
            {
                // A class the binder cannot create (static, abstract, no parameterless constructor) gets no context.
                if (input.Right && input.Left.Training.CanBind)
                {
                    output.AddSource(input.Left.Type.HintName + ".Training.g.cs", TrainingEmitter.Emit(input.Left));
                }
            });

            // When the project references AlgorithmGen.Serving: each algorithm's InferenceContract and content-type constants.
            IncrementalValueProvider<bool> serving = context.CompilationProvider
                .Select(static (compilation, _) =>
                    compilation.GetTypeByMetadataName(ServingEmitter.ContractInterface) is not null
                    && compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp11 })
                .WithTrackingName(Steps.Serving);

            context.RegisterSourceOutput(algorithms.Combine(serving), static (output, input) =>
            {
                if (input.Right && ServingEmitter.Applies(input.Left))
                {
                    output.AddSource(input.Left.Type.HintName + ".Serving.g.cs", ServingEmitter.Emit(input.Left));
                }
            });

            IncrementalValueProvider<EquatableArray<CatalogEntry>> catalog = algorithms
                .Select(static (model, _) => new CatalogEntry(model.Type.FullyQualifiedName, model.IsCatalogVisible))
                .Collect()
                .Select(static (entries, _) => entries
                    .OrderBy(entry => entry.FullyQualifiedName, StringComparer.Ordinal)
                    .ToEquatableArray())
                .WithTrackingName(Steps.Catalog);

            context.RegisterSourceOutput(catalog.Combine(nullableContext), static (output, input) =>
            {
                if (input.Left.Count > 0)
                {
                    output.AddSource("AlgorithmGen.Catalog.g.cs", AlgorithmEmitter.EmitCatalog(input.Left.ToList(), input.Right));
                }
            });

            // When the project references AWSSDK.SageMaker: ToSageMakerRequest(), for the SDK's members that exist.
            IncrementalValueProvider<SageMakerSdkModel> sageMakerSdk = context.CompilationProvider
                .Select(static (compilation, cancellationToken) => SageMakerSdkModel.From(compilation, cancellationToken))
                .WithTrackingName(Steps.SageMakerSdk);

            context.RegisterSourceOutput(sageMakerSdk.Combine(nullableContext), static (output, input) =>
            {
                if (input.Left.Available)
                {
                    output.AddSource(SageMakerSdkEmitter.HintName, SageMakerSdkEmitter.Emit(input.Left, input.Right));
                }
            });
        }

        private static Dictionary<string, SyntaxTree> IndexTrees(Compilation compilation)
        {
            var trees = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                if (!trees.ContainsKey(tree.FilePath))
                {
                    trees.Add(tree.FilePath, tree); // the first of a path, as the scan this replaces found
                }
            }

            return trees;
        }

        private static (AlgorithmModel? Model, GeneratorFailure? Failure) Transform(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not INamedTypeSymbol type)
            {
                return (null, null);
            }

            try
            {
                // The one analysis of the class, kept for the analyzers and for the next compilation (ClassAnalyses); its
                // problems are the analyzers' to report, the generator takes the model.
                Compilation compilation = context.SemanticModel.Compilation;
                ClassAnalysis analysis = ClassAnalyses.For(type, context.TargetNode, compilation, new SemanticModels(compilation, context.SemanticModel), cancellationToken);
                return analysis.Failure is { } failure ? (null, GeneratorFailure.From(type, failure)) : (analysis.Model, null);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One class must never take down generation for the whole project (CS8785); its failure is reported instead.
                return (null, GeneratorFailure.From(type, exception));
            }
        }

        private static string BakedSeveritiesOf(AlgorithmModel model, Compilation compilation, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            if (!TreesByPath.GetValue(compilation, IndexTrees).TryGetValue(model.SourcePath, out SyntaxTree? tree))
            {
                return string.Empty;
            }

            RuleSeverities severities = BuildSeverities.Remembered(compilation.Options, tree, options.GetOptions(tree), cancellationToken);
            foreach (Rule rule in RuleCatalog.All.Where(rule => model.SilencedInSource.Contains(rule.Id)))
            {
                severities = severities.WithRuleOff(rule);
            }

            return severities.ToString();
        }
    }
}
