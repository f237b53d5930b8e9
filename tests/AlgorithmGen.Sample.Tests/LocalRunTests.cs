using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AlgorithmGen.Sample.Tests.Infrastructure;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Sample.Tests
{
    /// <summary>The README's local run, typed as a user would, from a fresh working folder.</summary>
    public sealed class LocalRunTests
    {
        [Fact]
        public void TheLocalRunTrainsTheSampleDataAndSummarisesTheMetrics()
        {
            using var folder = new TempDirectory();

            ProcessResult result = SampleProgram.Run(
                folder.Path,
                new Dictionary<string, string>(),
                "train", "--local",
                "--channel", "train=" + SampleProgram.DataFolder("train"),
                "--channel", "validation=" + SampleProgram.DataFolder("validation"),
                "--hyperparameter", "num_round=50");

            Assert.True(result.ExitCode == 0, result.Describe());
            Assert.Contains(": Completed (exit code 0)", result.StandardOutput);
            Assert.Contains("num_round = 50", result.StandardOutput);
            // The summary's final values are the ones the metric lines above it carry.
            IReadOnlyList<RecordedMetric> recorded = DeclaredMetrics.Read(string.Join('\n', result.StandardOutput.Split('\n').TakeWhile(line => line.Trim().Length > 0)));
            foreach (string name in new[] { "train:rmse", "validation:rmse" })
            {
                Match summary = Regex.Match(result.StandardOutput, "^  " + Regex.Escape(name) + ": final (\\S+)", RegexOptions.Multiline);
                Assert.True(summary.Success, result.Describe());
                Assert.Equal(DeclaredMetrics.Single(recorded, name), double.Parse(summary.Groups[1].Value, CultureInfo.InvariantCulture));
            }

            Assert.Contains("validation:auc: no value", result.StandardOutput);
            string model = Assert.Single(Directory.GetFiles(folder.Combine("local-runs"), "model.zip", SearchOption.AllDirectories));
            Assert.Equal(6, new SavedModel(model).FeatureCount);
        }
    }
}
