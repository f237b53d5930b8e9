extern alias generators;
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Analyzers.Tests.Infrastructure;
using generators::AlgorithmGen.Generators;
using generators::AlgorithmGen.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AlgorithmGen.Analyzers.Tests.Robustness
{
    /// <summary>What one run of the generator and the analyzer over a source threw or reported.</summary>
    /// <param name="Escaped">Exceptions the generator or analyzer let out (or that Roslyn caught and reported).</param>
    /// <param name="Swallowed">Exceptions thrown inside AlgorithmGen code and hidden by its catch-all handlers.</param>
    /// <param name="Misplaced">AlgorithmGen diagnostics outside the user's file (in generated code, or nowhere).</param>
    internal sealed record RunOutcome(IReadOnlyList<string> Escaped, IReadOnlyList<string> Swallowed, IReadOnlyList<string> Misplaced)
    {
        public bool IsClean => Escaped.Count == 0 && Swallowed.Count == 0 && Misplaced.Count == 0;

        public IEnumerable<string> Problems =>
            Escaped.Select(e => "ESCAPED: " + e).Concat(Swallowed.Select(e => "SWALLOWED: " + e)).Concat(Misplaced.Select(e => "MISPLACED: " + e));
    }

    /// <summary>
    /// Runs the generator (CSharpGeneratorDriver) and then <see cref="AlgorithmAnalyzer"/> (CompilationWithAnalyzers)
    /// over a source, the way a build does, and collects every exception:
    /// <list type="bullet">
    /// <item>escaped: <c>GeneratorRunResult.Exception</c>, CS8785, the <c>onAnalyzerException</c> callback, AD0001;</item>
    /// <item>swallowed: exceptions thrown inside AlgorithmGen.Generators code that its catch-all handlers
    /// (<c>ClassAnalysis.Analyze</c>, <c>AlgorithmGenerator.Transform</c>, <c>AlgorithmAnalyzer.AnalyzeType</c>) hide. Those make a class silently get
    /// no generated code or no diagnostics, so they are seen here through first-chance exceptions.</item>
    /// </list>
    /// All compilations share one reference manager (one set of metadata references, bound once).
    /// <para>
    /// Why first-chance exceptions: both catch-alls turn any bug into "no output", which no public API reports, so
    /// without this a NullReferenceException in the parser would pass every robustness check. Only exceptions thrown
    /// while this harness runs (an AsyncLocal flag) with AlgorithmGen.Generators code on the stack count, except
    /// in <see cref="ExpectedThrowers"/>.
    /// </para>
    /// </summary>
    internal static class MutationHarness
    {
        private static readonly Assembly GeneratorAssembly = typeof(AlgorithmAnalyzer).Assembly;

        /// <summary>Methods that catch what they throw on purpose (a user's invalid regex, malformed XML docs).</summary>
        private static readonly string[] ExpectedThrowers = { "RegexProblem", "SummaryText" };

        private static readonly AsyncLocal<ConcurrentQueue<string>?> Watching = new();

        private static readonly AsyncLocal<IReadOnlyCollection<string>?> Expected = new();

        [ThreadStatic]
        private static bool _inHandler;

        private static readonly CSharpCompilation Template = CreateTemplate();

        private static readonly ISourceGenerator Generator = new AlgorithmGenerator().AsSourceGenerator();

        static MutationHarness() => AppDomain.CurrentDomain.FirstChanceException += OnFirstChanceException;

        private static CSharpCompilation CreateTemplate()
        {
            CSharpCompilation template = CSharpCompilation.Create(
                "UserAssembly",
                syntaxTrees: null,
                Verify.References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            // Bind the references once; compilations made from the template by AddSyntaxTrees reuse them.
            _ = template.GetTypeByMetadataName("AlgorithmGen.AlgorithmAttribute") ?? throw new InvalidOperationException("AlgorithmGen is not referenced.");
            return template;
        }

        /// <param name="source">The user's source.</param>
        /// <param name="wholeCompilation">
        /// Analyze the whole output compilation, compilation-end actions included (about 3× slower: the analyzer driver
        /// then compiles the generated code too); otherwise only the user's file, as the IDE analyzes a document.
        /// </param>
        /// <param name="expectedThrowers">Methods whose own exceptions don't count; <see cref="ExpectedThrowers"/> when null.</param>
        public static async Task<RunOutcome> RunAsync(string source, bool wholeCompilation = true, IReadOnlyCollection<string>? expectedThrowers = null)
        {
            var swallowed = new ConcurrentQueue<string>();
            Expected.Value = expectedThrowers ?? ExpectedThrowers;
            var escaped = new List<string>();
            var misplaced = new List<string>();
            Watching.Value = swallowed; // flows into the tasks the analyzer driver starts; reverts when this method returns.
            try
            {
                SyntaxTree tree = CSharpSyntaxTree.ParseText(source, AnalyzerRunner.ParseOptions, path: "Mutated.cs");
                Compilation input = Template.AddSyntaxTrees(tree);

                GeneratorDriver driver = CSharpGeneratorDriver.Create(
                    new[] { Generator },
                    parseOptions: AnalyzerRunner.ParseOptions,
                    driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
                driver = driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> driverDiagnostics);
                foreach (GeneratorRunResult run in driver.GetRunResult().Results)
                {
                    if (run.Exception is { } exception)
                    {
                        escaped.Add("generator exception: " + exception);
                    }
                }

                escaped.AddRange(driverDiagnostics.Where(d => d.Id == "CS8785").Select(d => "generator diagnostic: " + d));

                var analyzerExceptions = new ConcurrentQueue<string>();
                var options = new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                    onAnalyzerException: (exception, analyzer, diagnostic) => analyzerExceptions.Enqueue(analyzer.GetType().Name + " threw " + exception),
                    concurrentAnalysis: false,
                    logAnalyzerExecutionTime: false,
                    reportSuppressedDiagnostics: false);
                var analysis = new CompilationWithAnalyzers(output, ImmutableArray.Create<DiagnosticAnalyzer>(new AlgorithmAnalyzer()), options);
                ImmutableArray<Diagnostic> diagnostics = wholeCompilation
                    ? await analysis.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false)
                    : await analysis.GetAnalyzerSemanticDiagnosticsAsync(output.GetSemanticModel(tree), filterSpan: null, CancellationToken.None).ConfigureAwait(false);
                escaped.AddRange(analyzerExceptions.Select(e => "analyzer exception: " + e));
                escaped.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => "analyzer diagnostic: " + d));
                misplaced.AddRange(diagnostics
                    .Where(d => d.Id.StartsWith("AG", StringComparison.Ordinal) && (!d.Location.IsInSource || d.Location.SourceTree != tree))
                    .Select(d => d.ToString()));
            }
            finally
            {
                Watching.Value = null;
            }

            return new RunOutcome(escaped, swallowed.ToList(), misplaced);
        }

        private static void OnFirstChanceException(object? sender, FirstChanceExceptionEventArgs e)
        {
            if (_inHandler || Watching.Value is not { } sink || e.Exception is OperationCanceledException)
            {
                return;
            }

            _inHandler = true;
            try
            {
                // The full stack of the throwing thread: was AlgorithmGen code running, outside a method that expects it?
                bool inGeneratorCode = false;
                var stack = new StackTrace(1, fNeedFileInfo: false);
                foreach (StackFrame frame in stack.GetFrames())
                {
                    MethodBase? method = frame.GetMethod();
                    if (method?.DeclaringType?.Assembly != GeneratorAssembly)
                    {
                        continue;
                    }

                    if ((Expected.Value ?? ExpectedThrowers).Contains(method.Name))
                    {
                        return;
                    }

                    inGeneratorCode = true;
                }

                if (inGeneratorCode)
                {
                    sink.Enqueue(e.Exception.GetType().FullName + ": " + e.Exception.Message + Environment.NewLine + stack);
                }
            }
            finally
            {
                _inHandler = false;
            }
        }
    }
}
