using System;
using System.IO;
using System.Linq;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Benchmarks.Tests
{
    /// <summary>
    /// The serving load test (benchmarks/serving/serving_load.py) in its smoke mode: the sample this build produced is
    /// trained briefly and served, a few hundred requests are sent to it and, where gunicorn and Flask are installed, to
    /// the Flask peer, and both tables are printed. No Debian package is needed: without ab the script uses its Python
    /// client, without gunicorn it says it skipped the peer.
    /// </summary>
    public sealed class ServingLoadSmokeTests
    {
        private static string SampleDll =>
            RepositoryRoot.Combine($"samples/GradientBoosting/bin/{BenchmarkPrograms.Configuration}/net10.0/GradientBoosting.dll");

        [Fact]
        public void Serves_a_few_hundred_requests_and_prints_the_tables()
        {
            Assert.True(File.Exists(SampleDll), SampleDll + " is missing: build this test project first (it references the sample).");

            ProcessResult result = BenchmarkPrograms.Python("benchmarks/serving/serving_load.py", TimeSpan.FromMinutes(3), "--smoke", "--sample-dll", SampleDll);

            Assert.True(result.ExitCode == 0, result.Describe());
            string output = result.StandardOutput;
            Assert.Contains("server CPU us/req", output);
            Assert.Contains("median (min-max) over 1 round(s)", output);
            // The median table's row of the .NET stack ends with its error count: every request was answered 200.
            string[] rows = output.Split('\n').Where(line => line.StartsWith("ServingHost (.NET, Kestrel)", StringComparison.Ordinal)).ToArray();
            Assert.Single(rows);
            Assert.EndsWith(" 0", rows[0].TrimEnd());
            if (output.Contains("the peer is skipped", StringComparison.Ordinal))
            {
                Assert.Contains("ratio: none (no peer measured)", output);
            }
            else
            {
                Assert.Contains("ratio against Flask + gunicorn", output);
            }
        }
    }
}
