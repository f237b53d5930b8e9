using System;
using System.IO;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Benchmarks.Tests
{
    /// <summary>
    /// The training start-up benchmark's dry run, on the AotHost this test project's build produced (no publish): one
    /// run of the Python peer, the process floor and the framework-dependent host, in the table the full run prints.
    /// </summary>
    public sealed class TrainingStartupSmokeTests
    {
        private const string Script = "benchmarks/training_startup.py";
        private const string Host = "AlgorithmGen.Training.AotHost";

        // One measure of a row: median, p90, ratio to the peer's median.
        private const string Measure = @"\s+\d+\.\d ms\s+\d+\.\d ms\s+\d+\.\d\dx";

        // A row after its name: time to the marker, whole process, CPU time.
        private const string Timings = Measure + Measure + Measure + @"\s*$";

        [Fact]
        public void Dry_run_times_the_peer_the_floor_and_the_built_host_and_prints_their_ratios()
        {
            string built = BenchmarkPrograms.TestProjectOutput(Host);
            Assert.True(File.Exists(Path.Combine(built, Host + ".dll")), built + " has no " + Host + ".dll: build this test project first.");

            ProcessResult result = BenchmarkPrograms.Python(Script, TimeSpan.FromMinutes(3), "--dry-run", "--built", built);

            Assert.True(result.ExitCode == 0, result.Describe());
            string table = result.StandardOutput;
            Assert.Matches(@"(?m)^dry run: one run each, not a measurement; \d+ cores, load average [\d.]+ [\d.]+ [\d.]+\s*$", table);
            Assert.Matches(@"(?m)^entry point\s+to marker: median\s+p90\s+ratio\s+whole process: median\s+p90\s+ratio\s+CPU: median\s+p90\s+ratio\s*$", table);
            // The peer is the unit of every ratio.
            string peer = @"\s+\d+\.\d ms\s+\d+\.\d ms\s+1\.00x";
            Assert.Matches(@"(?m)^Python peer" + peer + peer + peer + @"\s*$", table);
            Assert.Matches(@"(?m)^Python peer, python3 -S" + Timings, table);
            Assert.Matches(@"(?m)^.+\(process floor\)" + Timings, table);
            Assert.Matches(@"(?m)^apphost \(JIT\)" + Timings, table);
            Assert.Matches(@"(?m)^dotnet <dll> \(JIT\)" + Timings, table);
            Assert.Contains("NativeAOT to first user code / Python peer: not measured (dry run: no NativeAOT publish)", table);
        }

        [Fact]
        public void Built_output_without_the_host_is_refused_in_one_line()
        {
            using var empty = new TempDirectory();

            ProcessResult result = BenchmarkPrograms.Python(Script, TimeSpan.FromMinutes(1), "--dry-run", "--built", empty.Path);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--built " + empty.Path + ": no " + Host + ".dll there", result.StandardError);
            Assert.DoesNotContain("Traceback", result.StandardError);
        }
    }
}
