using System;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Benchmarks.Tests
{
    /// <summary>
    /// The real-build harness (benchmarks/generator/build_time.py) builds a three-class synthetic project once per variant,
    /// from the DLLs this test project's build produced, and prints every table.
    /// </summary>
    public sealed class BuildTimeSmokeTests
    {
        [Fact]
        public void Dry_run_builds_each_variant_and_prints_every_table()
        {
            ProcessResult result = BenchmarkPrograms.Python(
                "benchmarks/generator/build_time.py", TimeSpan.FromMinutes(10), "--dry-run", "--configuration", BenchmarkPrograms.Configuration);

            Assert.True(result.ExitCode == 0, result.Describe());
            foreach (string row in new[] { "| AlgorithmGen generator |", "| System.Text.Json generator |", "| LoggerMessage generator |", "| floor generator |", "| AlgorithmGen analyzers |", "| Csc task |" })
            {
                Assert.Contains(row, result.StandardOutput);
            }

            Assert.Contains("Table 2. Ratios to the peers", result.StandardOutput);
            Assert.Contains("Table 3. What the whole build pays", result.StandardOutput);
            Assert.Contains("| 3 |", result.StandardOutput);
        }

        [Fact]
        public void Refuses_counts_that_are_not_numbers_in_one_line()
        {
            ProcessResult result = BenchmarkPrograms.Python("benchmarks/generator/build_time.py", TimeSpan.FromMinutes(1), "--counts", "10,many");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("build_time: --counts must be comma-separated numbers, not '10,many'", result.StandardError.Trim());
        }
    }
}
