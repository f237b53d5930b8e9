using System;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Benchmarks.Tests
{
    /// <summary>
    /// The binder benchmark (BenchmarkDotNet, 100 hyperparameters) runs every benchmark once in process: its check that
    /// all variants read the same values passes, and BenchmarkDotNet's summary lists each variant with the baseline.
    /// </summary>
    public sealed class TrainingBinderSmokeTests
    {
        [Fact]
        public void Smoke_run_checks_the_variants_agree_and_summarises_every_benchmark()
        {
            ProcessResult result = BenchmarkPrograms.Dotnet("AlgorithmGen.Benchmarks.Training", TimeSpan.FromMinutes(3), "--smoke");

            Assert.True(result.ExitCode == 0, result.Describe());
            Assert.Contains("All four variants read the same 100 values, which are not the class's defaults.", result.StandardOutput);
            Assert.Contains("executed benchmarks: 5", result.StandardOutput);
            foreach (string benchmark in new[] { "hand-written Parse (no checks)", "generated Bind", "JSON bytes + generated Bind", "of which: the algorithm's request", "System.Text.Json source-gen (no checks)" })
            {
                Assert.Contains("| '" + benchmark + "'", result.StandardOutput);
            }
        }
    }
}
