using System;
using System.Linq;
using AlgorithmGen.Testing;
using AlgorithmGen.Tests.Infrastructure;
using Xunit;

namespace AlgorithmGen.Tests
{
    /// <summary>
    /// <c>build/scripts/summarize_test_results.py</c>, the summary <c>.ci/run</c> ends with, run on fabricated
    /// repositories and TRX folders: CI must fail whenever a test project's results are missing or cannot be read, or
    /// no test ran, and must still count every readable file.
    /// </summary>
    public sealed class TestResultsSummaryTests : IDisposable
    {
        private const string TestProjectFile = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><IsTestProject>true</IsTestProject></PropertyGroup>
            </Project>
            """;

        // A test project known by its test SDK reference only.
        private const string TestSdkProjectFile = """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup><PackageReference Include="Microsoft.NET.Test.Sdk" /></ItemGroup>
            </Project>
            """;

        private const string LibraryProjectFile = """<Project Sdk="Microsoft.NET.Sdk" />""";

        private readonly TempDirectory _repo = new();

        public TestResultsSummaryTests()
        {
            _repo.WriteFile("src/Lib/Lib.csproj", LibraryProjectFile);
            _repo.WriteFile("tests/Alpha.Tests/Alpha.Tests.csproj", TestProjectFile);
            _repo.WriteFile("tests/Beta.Tests/Beta.Tests.csproj", TestSdkProjectFile);
            _repo.WriteFile("solution-projects.txt", "Project(s)\n----------\nsrc/Lib/Lib.csproj\ntests/Alpha.Tests/Alpha.Tests.csproj\ntests/Beta.Tests/Beta.Tests.csproj\n");
        }

        public void Dispose() => _repo.Dispose();

        [Fact]
        public void EveryProjectsResultsAreSummedAndSkippedTestsCountedOnTheLineBefore()
        {
            WriteTrx("Alpha.Tests", Counters(total: 5, executed: 4, passed: 4, notExecuted: 1));
            WriteTrx("Beta.Tests", Counters(total: 3, executed: 3, passed: 3));

            ProcessResult result = Summarize();

            Assert.True(result.ExitCode == 0, result.Describe());
            Assert.Equal(new[] { "ci: 1 skipped (not executed)", "7 passed, 0 failed" }, LastLines(result, 2));
            Assert.Contains("ci: Alpha.Tests: 4 passed, 0 failed, 1 skipped", result.StandardOutput);
            Assert.Empty(result.StandardError);
        }

        [Fact]
        public void FailedErroredAndTimedOutTestsAreFailures()
        {
            WriteTrx("Alpha.Tests", Counters(total: 6, executed: 6, passed: 3, failed: 1, error: 1, timeout: 1));
            WriteTrx("Beta.Tests", Counters(total: 1, executed: 1, passed: 1));

            ProcessResult result = Summarize();

            Assert.Equal(1, result.ExitCode);
            Assert.Equal("4 passed, 3 failed", LastLines(result, 1).Single());
        }

        [Fact]
        public void AProjectWithoutResultsFailsAndIsNamed()
        {
            WriteTrx("Alpha.Tests", Counters(total: 2, executed: 2, passed: 2));

            ProcessResult result = Summarize();

            Assert.Equal(1, result.ExitCode);
            Assert.Equal("2 passed, 1 failed", LastLines(result, 1).Single());
            Assert.Contains("ci: no TRX results for tests/Beta.Tests/Beta.Tests.csproj", result.StandardError);
        }

        [Fact]
        public void AnUnreadableFileFailsWithoutHidingTheOtherCounts()
        {
            WriteTrx("Alpha.Tests", Counters(total: 2, executed: 2, passed: 2));
            _repo.WriteFile("results/Beta.Tests/broken.trx", "<TestRun><ResultSummary><Counters passed=");

            ProcessResult result = Summarize();

            Assert.Equal(1, result.ExitCode);
            Assert.Equal("2 passed, 1 failed", LastLines(result, 1).Single());
            Assert.Contains("ci: cannot read " + _repo.Combine("results", "Beta.Tests", "broken.trx"), result.StandardError);
        }

        [Fact]
        public void NoTestAtAllIsAFailure()
        {
            WriteTrx("Alpha.Tests", Counters(total: 0, executed: 0, passed: 0));
            WriteTrx("Beta.Tests", Counters(total: 0, executed: 0, passed: 0));

            ProcessResult result = Summarize();

            Assert.Equal(1, result.ExitCode);
            Assert.Equal("0 passed, 1 failed", LastLines(result, 1).Single());
            Assert.Contains("ci: no test result was recorded at all", result.StandardError);
        }

        [Fact]
        public void ATestWithoutAVerdictIsAFailure()
        {
            WriteTrx("Alpha.Tests", Counters(total: 3, executed: 2, passed: 2));
            WriteTrx("Beta.Tests", Counters(total: 1, executed: 1, passed: 1));

            ProcessResult result = Summarize();

            Assert.Equal(1, result.ExitCode);
            Assert.Equal("3 passed, 1 failed", LastLines(result, 1).Single());
            Assert.Contains("1 test(s) without a verdict", result.StandardError);
        }

        [Fact]
        public void ATestProjectTheSolutionDoesNotListIsAFailure()
        {
            _repo.WriteFile("tests/Gamma.Tests/Gamma.Tests.csproj", TestProjectFile);
            WriteTrx("Alpha.Tests", Counters(total: 1, executed: 1, passed: 1));
            WriteTrx("Beta.Tests", Counters(total: 1, executed: 1, passed: 1));

            ProcessResult result = Summarize();

            Assert.Equal(1, result.ExitCode);
            Assert.Equal("2 passed, 1 failed", LastLines(result, 1).Single());
            Assert.Contains("tests/Gamma.Tests/Gamma.Tests.csproj is a test project the solution does not list", result.StandardError);
        }

        [Fact]
        public void AFailedTestRunWithoutAFailedTestIsAFailure()
        {
            WriteTrx("Alpha.Tests", Counters(total: 1, executed: 1, passed: 1));
            WriteTrx("Beta.Tests", Counters(total: 1, executed: 1, passed: 1));

            ProcessResult result = Summarize(testExitCode: 1);

            Assert.Equal(1, result.ExitCode);
            Assert.Equal("2 passed, 1 failed", LastLines(result, 1).Single());
            Assert.Contains("dotnet test exited with 1", result.StandardError);
        }

        private ProcessResult Summarize(int testExitCode = 0) => ProcessRunner.Run(
            PythonTools.Python,
            new[]
            {
                RepositoryRoot.Combine("build/scripts/summarize_test_results.py"),
                "--repo", _repo.Path,
                "--results", _repo.Combine("results"),
                "--solution-projects", _repo.Combine("solution-projects.txt"),
                "--test-exit-code", testExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });

        private static string[] LastLines(ProcessResult result, int count)
        {
            string[] lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return lines.Skip(Math.Max(0, lines.Length - count)).ToArray();
        }

        private void WriteTrx(string project, string counters) => _repo.WriteFile(
            $"results/{project}/run.trx",
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun id="00000000-0000-0000-0000-000000000000" name="run" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <ResultSummary outcome="Completed">
                {counters}
              </ResultSummary>
            </TestRun>
            """);

        /// <summary>A Counters element as VSTest writes it: every counter, zero unless given.</summary>
        private static string Counters(int total, int executed, int passed, int failed = 0, int error = 0, int timeout = 0, int notExecuted = 0) =>
            $"""<Counters total="{total}" executed="{executed}" passed="{passed}" failed="{failed}" error="{error}" timeout="{timeout}" aborted="0" inconclusive="0" passedButRunAborted="0" notRunnable="0" notExecuted="{notExecuted}" disconnected="0" warning="0" completed="0" inProgress="0" pending="0" />""";
    }
}
