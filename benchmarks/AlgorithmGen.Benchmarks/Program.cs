extern alias generators;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Benchmarks;
using generators::AlgorithmGen.Generators;
using generators::AlgorithmGen.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// In process, what the IDE pays: on the synthetic project of benchmarks/generator/synthetic_project.py (N algorithm
// classes, N [JsonSerializable] types, N [LoggerMessage] methods), for each N:
//   A. each generator's cold run (a new driver on a fresh compilation): AlgorithmGen's, System.Text.Json's and the
//      logging generator (both from the SDK's targeting packs) and the floor (the same attribute lookup, nothing else),
//      next to the compiler binding the same compilation (GetDiagnostics); allocations and retained memory of each run;
//   B. the same drivers after one-character edits in an unrelated file: the time, and whether any output was new;
//   C. AlgorithmGen's analyzers on the whole compilation (CompilationWithAnalyzers telemetry) against the binding;
//   D. re-analysing the 40-hyperparameter class's document after a one-character edit in it, against the compiler's
//      binding of that document.
// Tools run interleaved in every round so load from other processes spreads evenly; one unmeasured round of the first N
// warms up (JIT).
// Stopwatch rather than BenchmarkDotNet: one cold run of 1,000 classes takes seconds, and its pilot and warm-up phases
// would take hours on two cores; medians with min–max over the warm rounds instead.
// Usage: [--counts 10,100,1000] [--rounds 5] [--edits 5] | --dry-run
try
{
    Options options = Options.Parse(args);
    ImmutableArray<MetadataReference> references = SyntheticProject.References();
    Tool[] tools = Tool.All();
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average at start {Machine.Load()}; .NET {Environment.Version}; " +
        $"Roslyn {typeof(Compilation).Assembly.GetName().Version}; {options.Rounds} measured rounds per N after one warm-up round, {options.Edits} edits per round");
    Console.WriteLine("generators: " + string.Join(", ", tools.Select(tool => tool.Name + " (" + tool.Origin + ")")));
    var results = new List<Measurements>();
    foreach (int count in options.Counts)
    {
        SyntheticProject project = SyntheticProject.Create(count, references);
        // One unmeasured round warms up (JIT) on the first N only: by the larger Ns every path has run many times.
        results.Add(await Measurements.RunAsync(project, tools, options, warmUp: results.Count == 0));
        Console.WriteLine($"  N={count}: done, load average {Machine.Load()}");
    }

    Report.Print(results, tools);
    Console.WriteLine($"load average at end {Machine.Load()}; peak working set of this process {Environment.WorkingSet / 1048576} MB now, " +
        $"{Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB at most");
    return 0;
}
catch (BenchmarkException exception)
{
    Console.Error.WriteLine("AlgorithmGen.Benchmarks: " + exception.Message);
    return 1;
}

namespace AlgorithmGen.Benchmarks
{
    /// <summary>The command line.</summary>
    internal sealed record Options(int[] Counts, int Rounds, int Edits)
    {
        public static Options Parse(string[] args)
        {
            if (args.Contains("--dry-run"))
            {
                return new Options(new[] { 3 }, 1, 2);
            }

            var options = new Options(new[] { 10, 100, 1000 }, 3, 5);
            for (int i = 0; i < args.Length; i++)
            {
                string value = i + 1 < args.Length ? args[i + 1] : throw new BenchmarkException(args[i] + " needs a value");
                options = args[i] switch
                {
                    "--counts" => options with { Counts = value.Split(',').Select(Number).ToArray() },
                    "--rounds" => options with { Rounds = Number(value) },
                    "--edits" => options with { Edits = Number(value) },
                    _ => throw new BenchmarkException("unknown argument " + args[i] + " (use --counts, --rounds, --edits or --dry-run)"),
                };
                i++;
            }

            return options;

            static int Number(string text) =>
                int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number > 0
                    ? number
                    : throw new BenchmarkException($"'{text}' is not a positive number");
        }
    }

    /// <summary>A generator under test, created fresh for each driver.</summary>
    internal sealed record Tool(string Name, string Origin, Func<ISourceGenerator> Create)
    {
        public const string Ours = "AlgorithmGen";
        public const string Floor = "floor";
        public const string Json = "System.Text.Json";
        public const string Logging = "LoggerMessage";

        public static Tool[] All()
        {
            string netCore = Packs.Newest("Microsoft.NETCore.App.Ref");
            string aspNet = Packs.Newest("Microsoft.AspNetCore.App.Ref");
            string json = System.IO.Path.Combine(netCore, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll");
            string logging = System.IO.Path.Combine(aspNet, "analyzers", "dotnet", "cs", "Microsoft.Extensions.Logging.Generators.dll");
            return new[]
            {
                new Tool(Ours, typeof(AlgorithmGenerator).Assembly.GetName().Name!, static () => new AlgorithmGenerator().AsSourceGenerator()),
                new Tool(Json, json, Load(json)),
                new Tool(Logging, logging, Load(logging)),
                new Tool(Floor, typeof(FloorGenerator.FloorGenerator).Assembly.GetName().Name!, static () => new FloorGenerator.FloorGenerator().AsSourceGenerator()),
            };
        }

        /// <summary>The one generator in an analyzer assembly, loaded the way the compiler loads it (an AnalyzerFileReference).</summary>
        private static Func<ISourceGenerator> Load(string path)
        {
            if (!System.IO.File.Exists(path))
            {
                throw new BenchmarkException(path + " is missing from the SDK");
            }

            var reference = new AnalyzerFileReference(path, new DefaultLoader());
            ImmutableArray<ISourceGenerator> generators = reference.GetGenerators(LanguageNames.CSharp);
            if (generators.Length != 1)
            {
                throw new BenchmarkException($"{path} has {generators.Length} C# generators, expected one");
            }

            Type type = generators[0].GetGeneratorType();
            return () => reference.GetGenerators(LanguageNames.CSharp).Single(generator => generator.GetGeneratorType() == type);
        }

        private sealed class DefaultLoader : IAnalyzerAssemblyLoader
        {
            public void AddDependencyLocation(string fullPath)
            {
            }

            public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
        }
    }

    /// <summary>Every sample of one N.</summary>
    internal sealed class Measurements
    {
        private Measurements(int count) => Count = count;

        public int Count { get; }

        public List<double> Binding { get; } = new();

        public Dictionary<string, List<double>> Cold { get; } = new();

        public Dictionary<string, List<double>> Edit { get; } = new();

        public Dictionary<string, long> Allocated { get; } = new();

        public Dictionary<string, long> Retained { get; } = new();

        public Dictionary<string, string> EditOutputs { get; } = new();

        public Dictionary<string, int> GeneratedFiles { get; } = new();

        public List<double> AnalyzerWall { get; } = new();

        public List<double> AnalyzerOwn { get; } = new();

        public int AnalyzerDiagnostics { get; private set; }

        public List<double> DocumentBinding { get; } = new();

        public List<double> DocumentAnalyzerAfterBinding { get; } = new();

        public List<double> DocumentAnalyzerCold { get; } = new();

        public List<double> DocumentAnalyzerOwn { get; } = new();

        public static async Task<Measurements> RunAsync(SyntheticProject project, Tool[] tools, Options options, bool warmUp)
        {
            var result = new Measurements(project.Count);
            ImmutableArray<DiagnosticAnalyzer> analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new AlgorithmAnalyzer(), new ServingContentTypeAnalyzer());
            int first = warmUp ? -1 : 0;
            for (int round = first; round < options.Rounds; round++)
            {
                bool measured = round >= 0;
                var stopwatch = Stopwatch.StartNew();
                _ = project.Fresh().GetDiagnostics();
                Add(measured, result.Binding, stopwatch);

                foreach (Tool tool in tools)
                {
                    RunGenerator(project, tool, options, result, measured, round == options.Rounds - 1);
                }

                await RunAnalyzersAsync(project, analyzers, result, measured);
                await RunDocumentAsync(project, analyzers, result, measured);
            }

            return result;
        }

        private static void RunGenerator(SyntheticProject project, Tool tool, Options options, Measurements result, bool measured, bool lastRound)
        {
            CSharpCompilation compilation = project.Fresh();
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { tool.Create() },
                parseOptions: project.ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            long retainedBefore = lastRound ? GC.GetTotalMemory(forceFullCollection: true) : 0;
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var stopwatch = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            Add(measured, List(result.Cold, tool.Name), stopwatch);
            if (lastRound)
            {
                // What the run allocated, and what stays alive with its driver and compilation (the IDE keeps both).
                result.Allocated[tool.Name] = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                result.Retained[tool.Name] = GC.GetTotalMemory(forceFullCollection: true) - retainedBefore;
                GC.KeepAlive(compilation);
            }

            GeneratorRunResult cold = driver.GetRunResult().Results.Single();
            if (cold.Exception is not null)
            {
                throw new BenchmarkException($"the {tool.Name} generator threw on N={project.Count}: {cold.Exception.Message}");
            }

            result.GeneratedFiles[tool.Name] = cold.GeneratedSources.Length;
            // Over all edits: the reasons of the outputs (New or Modified means the edit produced new output), and the
            // generator's own named steps that ran again (any reason but Cached: work an unrelated edit still costs).
            // The compiler's internal steps (names with '_') and the Compilation input itself change on every edit.
            var outputs = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var steps = new SortedDictionary<string, SortedDictionary<string, int>>(StringComparer.Ordinal);
            for (int edit = 1; edit <= options.Edits; edit++)
            {
                compilation = SyntheticProject.WithUnrelatedEdit(compilation, edit);
                stopwatch.Restart();
                driver = driver.RunGenerators(compilation);
                Add(measured, List(result.Edit, tool.Name), stopwatch);
                GeneratorRunResult run = driver.GetRunResult().Results.Single();
                foreach (IncrementalGeneratorRunStep step in run.TrackedOutputSteps.SelectMany(pair => pair.Value))
                {
                    Count(outputs, step.Outputs.Select(output => output.Reason));
                }

                foreach (KeyValuePair<string, ImmutableArray<IncrementalGeneratorRunStep>> step in run.TrackedSteps)
                {
                    if (step.Key.Contains('_') || step.Key == "Compilation")
                    {
                        continue;
                    }

                    IEnumerable<IncrementalStepRunReason> reasons = step.Value.SelectMany(candidate => candidate.Outputs.Select(output => output.Reason))
                        .Where(reason => reason != IncrementalStepRunReason.Cached);
                    if (reasons.Any())
                    {
                        Count(steps.TryGetValue(step.Key, out var counts) ? counts : steps[step.Key] = new(StringComparer.Ordinal), reasons);
                    }
                }
            }

            bool newOutput = outputs.ContainsKey(nameof(IncrementalStepRunReason.New)) || outputs.ContainsKey(nameof(IncrementalStepRunReason.Modified));
            result.EditOutputs[tool.Name] = (newOutput ? "new output: " : "no new output: ") + Describe(outputs)
                + (steps.Count == 0 ? "; no step ran again" : "; ran again: " + string.Join(", ", steps.Select(pair => $"{pair.Key} ({Describe(pair.Value)})")));

            static void Count(SortedDictionary<string, int> counts, IEnumerable<IncrementalStepRunReason> reasons)
            {
                foreach (IncrementalStepRunReason reason in reasons)
                {
                    counts[reason.ToString()] = counts.TryGetValue(reason.ToString(), out int seen) ? seen + 1 : 1;
                }
            }

            static string Describe(SortedDictionary<string, int> counts) =>
                counts.Count == 0 ? "no outputs" : string.Join(" ", counts.Select(pair => $"{pair.Key} {pair.Value}"));
        }

        private static async Task RunAnalyzersAsync(SyntheticProject project, ImmutableArray<DiagnosticAnalyzer> analyzers, Measurements result, bool measured)
        {
            CompilationWithAnalyzers withAnalyzers = project.Fresh().WithAnalyzers(analyzers, WithTelemetry());
            var stopwatch = Stopwatch.StartNew();
            ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            Add(measured, result.AnalyzerWall, stopwatch);
            if (measured)
            {
                result.AnalyzerOwn.Add(await OwnTimeAsync(withAnalyzers, analyzers));
            }

            result.AnalyzerDiagnostics = diagnostics.Length;
        }

        private static async Task RunDocumentAsync(SyntheticProject project, ImmutableArray<DiagnosticAnalyzer> analyzers, Measurements result, bool measured)
        {
            // The peer: the compiler binding the edited document (its semantic diagnostics) in a fresh compilation of the edit.
            CSharpCompilation edited = SyntheticProject.WithAlgorithmEdit(project.Fresh());
            SemanticModel model = edited.GetSemanticModel(edited.SyntaxTrees.Single(tree => tree.FilePath == SyntheticProject.EditedAlgorithmFile));
            var stopwatch = Stopwatch.StartNew();
            _ = model.GetDiagnostics();
            Add(measured, result.DocumentBinding, stopwatch);

            // What the analyzers add once the compiler has bound the document (the IDE computes both for the open file).
            CompilationWithAnalyzers afterBinding = edited.WithAnalyzers(analyzers, WithTelemetry());
            stopwatch.Restart();
            _ = await afterBinding.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None);
            Add(measured, result.DocumentAnalyzerAfterBinding, stopwatch);
            if (measured)
            {
                result.DocumentAnalyzerOwn.Add(await OwnTimeAsync(afterBinding, analyzers));
            }

            // And on a fresh compilation of the edit, where the analyzers' request pays for whatever binding it needs.
            CSharpCompilation cold = SyntheticProject.WithAlgorithmEdit(project.Fresh());
            SemanticModel coldModel = cold.GetSemanticModel(cold.SyntaxTrees.Single(tree => tree.FilePath == SyntheticProject.EditedAlgorithmFile));
            stopwatch.Restart();
            _ = await cold.WithAnalyzers(analyzers, WithTelemetry()).GetAnalyzerSemanticDiagnosticsAsync(coldModel, null, CancellationToken.None);
            Add(measured, result.DocumentAnalyzerCold, stopwatch);
        }

        private static CompilationWithAnalyzersOptions WithTelemetry() =>
            new(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false,
                logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);

        private static async Task<double> OwnTimeAsync(CompilationWithAnalyzers withAnalyzers, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            double milliseconds = 0;
            foreach (DiagnosticAnalyzer analyzer in analyzers)
            {
                milliseconds += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime.TotalMilliseconds;
            }

            return milliseconds;
        }

        private static List<double> List(Dictionary<string, List<double>> samples, string key) =>
            samples.TryGetValue(key, out List<double>? list) ? list : samples[key] = new List<double>();

        private static void Add(bool measured, List<double> samples, Stopwatch stopwatch)
        {
            if (measured)
            {
                samples.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }
    }

    /// <summary>The tables, in Markdown, as docs/performance.md shows them.</summary>
    internal static class Report
    {
        public static void Print(List<Measurements> results, Tool[] tools)
        {
            Console.WriteLine();
            Console.WriteLine("Table A. Generator cold run (new driver, fresh compilation): median (min–max) ms");
            Console.WriteLine("| N | compiler binding (peer) | " + string.Join(" | ", tools.Select(tool => tool.Name)) + " | AlgorithmGen / STJ | AlgorithmGen / floor |");
            Console.WriteLine("|---|---|" + string.Concat(tools.Select(_ => "---|")) + "---|---|");
            foreach (Measurements m in results)
            {
                Console.WriteLine($"| {m.Count} | {Cell(m.Binding)} | " + string.Join(" | ", tools.Select(tool => Cell(m.Cold[tool.Name]))) +
                    $" | {Ratio(m.Cold[Tool.Ours], m.Cold[Tool.Json])} | {Ratio(m.Cold[Tool.Ours], m.Cold[Tool.Floor])} |");
            }

            if (results.Count > 1)
            {
                Console.WriteLine("Least-squares fit over N of the medians (fixed + per class/type/method): " + string.Join("; ", tools.Select(tool =>
                {
                    (double fixedCost, double perUnit) = Fit(results.Select(m => (double)m.Count).ToArray(), results.Select(m => Median(m.Cold[tool.Name])).ToArray());
                    return $"{tool.Name} {fixedCost:F1} ms + {perUnit:F3} ms";
                })));
            }

            Measurements largest = results[^1];
            Console.WriteLine();
            Console.WriteLine($"Table A2. Memory of the cold run, N={largest.Count} (last round): allocated during the run; retained with its driver and compilation afterwards");
            Console.WriteLine("| generator | files generated | allocated | retained |");
            Console.WriteLine("|---|---|---|---|");
            foreach (Tool tool in tools)
            {
                Console.WriteLine($"| {tool.Name} | {largest.GeneratedFiles[tool.Name]} | {Megabytes(largest.Allocated[tool.Name])} | {Megabytes(largest.Retained[tool.Name])} |");
            }

            Console.WriteLine();
            Console.WriteLine("Table B. One-character edit in an unrelated file, same driver (trackIncrementalGeneratorSteps): median (min–max) ms, and the output steps' reasons over all edits");
            Console.WriteLine("| N | " + string.Join(" | ", tools.Select(tool => tool.Name)) + " | AlgorithmGen / floor | AlgorithmGen outputs after the edits |");
            Console.WriteLine("|---|" + string.Concat(tools.Select(_ => "---|")) + "---|---|");
            foreach (Measurements m in results)
            {
                Console.WriteLine($"| {m.Count} | " + string.Join(" | ", tools.Select(tool => Cell(m.Edit[tool.Name]))) +
                    $" | {Ratio(m.Edit[Tool.Ours], m.Edit[Tool.Floor])} | {m.EditOutputs[Tool.Ours]} |");
            }

            Console.WriteLine("Peers' outputs after the edits: " + string.Join("; ", tools.Where(tool => tool.Name != Tool.Ours)
                .Select(tool => $"{tool.Name}: {largest.EditOutputs[tool.Name]}")));

            Console.WriteLine();
            Console.WriteLine("Table C. AlgorithmGen's analyzers on the whole compilation (CompilationWithAnalyzers, concurrentAnalysis off): median (min–max) ms");
            Console.WriteLine("| N | compiler binding (peer) | analyzers' own time (telemetry) | per class | own / binding | whole request (binds too) | diagnostics |");
            Console.WriteLine("|---|---|---|---|---|---|---|");
            foreach (Measurements m in results)
            {
                Console.WriteLine($"| {m.Count} | {Cell(m.Binding)} | {Cell(m.AnalyzerOwn)} | {Median(m.AnalyzerOwn) / m.Count:F2} ms | " +
                    $"{Ratio(m.AnalyzerOwn, m.Binding)} | {Cell(m.AnalyzerWall)} | {m.AnalyzerDiagnostics} |");
            }

            Console.WriteLine();
            Console.WriteLine($"Table D. Re-analysing {SyntheticProject.EditedAlgorithmFile} (40 hyperparameters) after a one-character edit in it: median (min–max) ms");
            Console.WriteLine("| N | compiler binding of the document (peer) | analyzers after the binding | ratio | analyzers' own time (telemetry) | analyzers on a fresh compilation | ratio |");
            Console.WriteLine("|---|---|---|---|---|---|---|");
            foreach (Measurements m in results)
            {
                Console.WriteLine($"| {m.Count} | {Cell(m.DocumentBinding)} | {Cell(m.DocumentAnalyzerAfterBinding)} | {Ratio(m.DocumentAnalyzerAfterBinding, m.DocumentBinding)} | " +
                    $"{Cell(m.DocumentAnalyzerOwn)} | {Cell(m.DocumentAnalyzerCold)} | {Ratio(m.DocumentAnalyzerCold, m.DocumentBinding)} |");
            }
        }

        private static double Median(List<double> values)
        {
            double[] sorted = values.OrderBy(value => value).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }

        private static string Cell(List<double> values) =>
            values.Count == 1
                ? Format(values[0])
                : $"{Format(Median(values))} ({Format(values.Min())}–{Format(values.Max())})";

        private static string Format(double milliseconds) =>
            milliseconds.ToString(milliseconds < 10 ? "F2" : milliseconds < 100 ? "F1" : "F0", CultureInfo.InvariantCulture);

        private static string Ratio(List<double> ours, List<double> peer) =>
            (Median(ours) / Median(peer)).ToString("F2", CultureInfo.InvariantCulture) + "x";

        private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture) + " MB";

        private static (double Fixed, double PerUnit) Fit(double[] xs, double[] ys)
        {
            double meanX = xs.Average(), meanY = ys.Average();
            double slope = xs.Zip(ys, (x, y) => (x - meanX) * (y - meanY)).Sum() / xs.Sum(x => (x - meanX) * (x - meanX));
            return (meanY - (slope * meanX), slope);
        }
    }

    /// <summary>The machine's load, reported with every table.</summary>
    internal static class Machine
    {
        public static string Load()
        {
            try
            {
                return string.Join(" ", System.IO.File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
            }
            catch (System.IO.IOException)
            {
                return "unknown";
            }
        }
    }
}
