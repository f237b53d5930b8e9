using System;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Benchmarks.Tests
{
    /// <summary>The in-process generator and analyzer benchmark runs on a few classes and prints every row.</summary>
    public sealed class InProcessGeneratorSmokeTests
    {
        [Fact]
        public void Runs_on_a_few_classes_and_prints_each_tool()
        {
            ProcessResult result = BenchmarkPrograms.Dotnet("AlgorithmGen.Benchmarks", TimeSpan.FromMinutes(3), "3", "2");

            Assert.True(result.ExitCode == 0, result.Describe());
            Assert.Contains("AlgorithmGen generator", result.StandardOutput);
            Assert.Contains("AlgorithmGen analyzer", result.StandardOutput);
        }
    }
}
