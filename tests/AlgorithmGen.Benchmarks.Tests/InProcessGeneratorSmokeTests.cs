using System;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Benchmarks.Tests
{
    /// <summary>
    /// The in-process generator and analyzer benchmark runs on the three-class synthetic project and prints every table,
    /// with AlgorithmGen's generator next to each peer.
    /// </summary>
    public sealed class InProcessGeneratorSmokeTests
    {
        [Fact]
        public void Dry_run_prints_every_table_with_each_generator()
        {
            ProcessResult result = BenchmarkPrograms.Dotnet("AlgorithmGen.Benchmarks", TimeSpan.FromMinutes(6), "--dry-run");

            Assert.True(result.ExitCode == 0, result.Describe());
            foreach (string table in new[] { "Table A. Generator cold run", "Table A2. Memory of the cold run", "Table B. One-character edit in an unrelated file", "Table C. AlgorithmGen's analyzers", "Table D. Re-analysing" })
            {
                Assert.Contains(table, result.StandardOutput);
            }

            Assert.Contains("| N | compiler binding (peer) | AlgorithmGen | System.Text.Json | LoggerMessage | floor |", result.StandardOutput);
            Assert.Contains("| 3 |", result.StandardOutput);
            // The unrelated edit's verdict is printed for AlgorithmGen (what it is, is the benchmark's finding, not asserted here).
            Assert.Matches(@"\| (no new output|new output): ", result.StandardOutput);
        }

        [Fact]
        public void Refuses_an_unknown_argument_in_one_line()
        {
            ProcessResult result = BenchmarkPrograms.Dotnet("AlgorithmGen.Benchmarks", TimeSpan.FromMinutes(1), "--classes", "3");

            Assert.Equal(1, result.ExitCode);
            Assert.Equal("AlgorithmGen.Benchmarks: unknown argument --classes (use --counts, --rounds, --edits or --dry-run)", result.StandardError.Trim());
        }
    }
}
