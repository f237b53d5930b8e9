using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace AlgorithmGen.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Thousands of broken versions of realistic sources (the GradientBoosting sample, the analyzer tests' baseline
    /// and a source using every attribute area): the generator and the analyzer never throw, neither visibly
    /// (generator exception, CS8785, analyzer exception callback, AD0001) nor into their own catch-all handlers.
    /// Every mutation is deterministic: a failure names its seed and prints the mutated source.
    /// </summary>
    public class MutationTests
    {
        /// <summary>Per base source and mutation kind: 3 sources × 7 kinds × 150 = 3150 mutated compilations.</summary>
        private const int MutationsPerCase = 150;

        private readonly ITestOutputHelper _output;

        public MutationTests(ITestOutputHelper output) => _output = output;

        public static TheoryData<string, MutationKind> Cases()
        {
            var cases = new TheoryData<string, MutationKind>();
            foreach (string source in BaseSources.Names)
            {
                foreach (MutationKind kind in Enum.GetValues<MutationKind>())
                {
                    cases.Add(source, kind);
                }
            }

            return cases;
        }

        [Theory]
        [MemberData(nameof(BaseSourceNames))]
        public async Task Base_source_generates_and_has_no_diagnostics(string name)
        {
            string source = BaseSources.Get(name);
            RunOutcome outcome = await MutationHarness.RunAsync(source);
            Assert.True(outcome.IsClean, string.Join(Environment.NewLine, outcome.Problems));

            (Compilation output, GeneratorDriverRunResult result) = AnalyzerRunner.Generate(AnalyzerRunner.Compile(source));
            Assert.NotEmpty(result.Results.Single().GeneratedSources);
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
            Assert.Empty(await AnalyzerRunner.AnalyzeAsync(source));
        }

        public static TheoryData<string> BaseSourceNames() => new(BaseSources.Names);

        [Fact]
        public async Task Harness_sees_exceptions_that_the_generator_and_the_analyzer_catch_themselves()
        {
            // DocComments.SummaryText catches the XmlException of a malformed <summary> on purpose; with no expected
            // throwers the harness must see it in the generator, which parses the class once for both: the analyzer,
            // run afterwards on the generated compilation, reports that analysis and does not parse (or throw) again.
            string source = Algorithms.Valid().Replace("[Algorithm(", "/// <summary>unclosed <c>doc</summary>\n[Algorithm(");
            RunOutcome outcome = await MutationHarness.RunAsync(source, expectedThrowers: Array.Empty<string>());
            Assert.Empty(outcome.Escaped);
            Assert.Contains(outcome.Swallowed, s => s.Contains("XmlException", StringComparison.Ordinal) && s.Contains("AlgorithmGenerator", StringComparison.Ordinal));
            Assert.DoesNotContain(outcome.Swallowed, s => s.Contains("XmlException", StringComparison.Ordinal) && s.Contains("AlgorithmAnalyzer", StringComparison.Ordinal));
            Assert.True((await MutationHarness.RunAsync(source)).IsClean);
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public async Task Mutated_sources_never_make_the_generator_or_the_analyzer_throw(string baseSource, MutationKind kind)
        {
            var mutator = new Mutator(BaseSources.Get(baseSource));
            int firstSeed = Seed(baseSource, kind);
            var failures = new ConcurrentBag<(int Seed, RunOutcome Outcome, string Source)>();
            var stopwatch = Stopwatch.StartNew();
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;

            await Parallel.ForAsync(0, MutationsPerCase, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (i, _) =>
            {
                int seed = firstSeed + i;
                string mutated = mutator.Mutate(kind, new Random(seed));
                // Every fifth run analyzes the whole compilation (compilation-end rules too); the others only the user's file.
                RunOutcome outcome = await MutationHarness.RunAsync(mutated, wholeCompilation: seed % 5 == 0).ConfigureAwait(false);
                if (!outcome.IsClean)
                {
                    failures.Add((seed, outcome, mutated));
                }
            });

            _output.WriteLine($"{baseSource}/{kind}: {MutationsPerCase} mutated compilations (seeds {firstSeed}–{firstSeed + MutationsPerCase - 1}) in {stopwatch.ElapsedMilliseconds} ms ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU of the whole process)");
            Assert.True(failures.IsEmpty, Describe(baseSource, kind, failures));
        }

        /// <summary>Reproduces one mutation: paste the seed of a failure here to debug it.</summary>
        internal static string Reproduce(string baseSource, MutationKind kind, int seed) => new Mutator(BaseSources.Get(baseSource)).Mutate(kind, new Random(seed));

        private static int Seed(string baseSource, MutationKind kind) =>
            (BaseSources.Names.ToList().IndexOf(baseSource) + 1) * 1_000_000 + ((int)kind + 1) * 10_000;

        private static string Describe(string baseSource, MutationKind kind, IEnumerable<(int Seed, RunOutcome Outcome, string Source)> failures)
        {
            List<(int Seed, RunOutcome Outcome, string Source)> sorted = failures.OrderBy(f => f.Seed).ToList();
            IEnumerable<string> details = sorted.Take(3).Select(f =>
                $"--- {baseSource}/{kind} seed {f.Seed} (MutationTests.Reproduce(\"{baseSource}\", MutationKind.{kind}, {f.Seed})) ---{Environment.NewLine}"
                + string.Join(Environment.NewLine, f.Outcome.Problems)
                + $"{Environment.NewLine}--- mutated source ---{Environment.NewLine}{f.Source}");
            return $"{sorted.Count} of {MutationsPerCase} mutations failed (seeds {string.Join(", ", sorted.Select(f => f.Seed))}){Environment.NewLine}{string.Join(Environment.NewLine, details)}";
        }
    }
}
