extern alias generators;
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using generators::AlgorithmGen.Generators;
using generators::AlgorithmGen.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AlgorithmGen.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// Ways to run <see cref="AlgorithmAnalyzer"/> that <see cref="Verify"/> does not offer: several source files
    /// (compilation-end rules), and a plain run over a compilation (optionally after the generator), returning the
    /// diagnostics and every analyzer exception instead of asserting markup.
    /// </summary>
    internal static class AnalyzerRunner
    {
        public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

        private static readonly CSharpCompilationOptions CompilationOptions =
            new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

        /// <summary>Like <see cref="Verify.Analyzer"/>, for several files (<c>/0/Test0.cs</c>, <c>/0/Test1.cs</c>, …).</summary>
        public static Task VerifySources(string[] sources, params DiagnosticResult[] expected)
        {
            var test = new CSharpAnalyzerTest<AlgorithmAnalyzer, DefaultVerifier> { ReferenceAssemblies = Verify.NoPackages };
            foreach (string source in sources)
            {
                test.TestState.Sources.Add(source);
            }

            test.TestState.AdditionalReferences.AddRange(Verify.References);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>A library compilation of <paramref name="sources"/> against <see cref="Verify.References"/>.</summary>
        public static CSharpCompilation Compile(params string[] sources) =>
            CSharpCompilation.Create(
                "UserAssembly",
                sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Source" + i + ".cs")),
                Verify.References,
                CompilationOptions);

        /// <summary>Runs the generator; returns the compilation with the generated sources and the run result.</summary>
        public static (Compilation Output, GeneratorDriverRunResult Result) Generate(Compilation input)
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new AlgorithmGenerator().AsSourceGenerator() },
                parseOptions: ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
            driver = driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _);
            return (output, driver.GetRunResult());
        }

        /// <summary>
        /// The analyzer's diagnostics for <paramref name="compilation"/>. Analyzer exceptions are added to
        /// <paramref name="exceptions"/> (the callback); AD0001 diagnostics, if any, are in the result.
        /// </summary>
        public static async Task<ImmutableArray<Diagnostic>> AnalyzerDiagnosticsAsync(Compilation compilation, ConcurrentQueue<Exception> exceptions)
        {
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue(new AnalyzerFailure(analyzer, diagnostic, exception)),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var analyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AlgorithmAnalyzer()), options);
            return await analyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        }

        /// <summary>The generator, then the analyzer over its output: what a build reports for <paramref name="sources"/>.</summary>
        public static async Task<ImmutableArray<Diagnostic>> GenerateAndAnalyzeAsync(params string[] sources)
        {
            (Compilation output, GeneratorDriverRunResult result) = Generate(Compile(sources));
            Xunit.Assert.All(result.Results, run => Xunit.Assert.Null(run.Exception));
            var exceptions = new ConcurrentQueue<Exception>();
            ImmutableArray<Diagnostic> diagnostics = await AnalyzerDiagnosticsAsync(output, exceptions).ConfigureAwait(false);
            Xunit.Assert.Empty(exceptions);
            return diagnostics;
        }

        /// <summary>The analyzer alone over <paramref name="sources"/>: its diagnostics, sorted by position.</summary>
        public static async Task<IReadOnlyList<Diagnostic>> AnalyzeAsync(params string[] sources)
        {
            var exceptions = new ConcurrentQueue<Exception>();
            ImmutableArray<Diagnostic> diagnostics = await AnalyzerDiagnosticsAsync(Compile(sources), exceptions).ConfigureAwait(false);
            Xunit.Assert.Empty(exceptions);
            return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        }

        /// <summary>An analyzer exception with the analyzer that threw it.</summary>
        public sealed class AnalyzerFailure : Exception
        {
            public AnalyzerFailure(DiagnosticAnalyzer analyzer, Diagnostic diagnostic, Exception inner)
                : base(analyzer.GetType().Name + " threw: " + diagnostic, inner)
            {
            }
        }
    }
}
