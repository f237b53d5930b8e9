using System.Collections.Generic;
using System.IO;
using System.Linq;
using AlgorithmGen.Sample.Tests.Infrastructure;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Sample.Tests
{
    /// <summary>The other objectives and boosters, each trained as a job on small data the test writes.</summary>
    public sealed class ObjectiveTests
    {
        [Fact]
        public void BinaryLogisticReportsRmseOfTheProbabilityAndValidationAuc()
        {
            using var data = new TempDirectory();
            CsvData.WriteBinary(data.Combine("train"), 400, seed: 1);
            CsvData.WriteBinary(data.Combine("validation"), 150, seed: 2);
            using var tree = new JobTree(
                new Dictionary<string, string> { ["num_round"] = "40", ["objective"] = "binary:logistic", ["eval_metric"] = "auc" },
                new Dictionary<string, string> { ["train"] = data.Combine("train"), ["validation"] = data.Combine("validation") });

            ProcessResult result = tree.Train();

            Assert.True(result.ExitCode == 0, result.Describe());
            IReadOnlyList<RecordedMetric> recorded = DeclaredMetrics.Read(result.StandardOutput);
            Assert.Equal(new[] { "train:rmse", "validation:auc", "validation:rmse" }, recorded.Select(m => m.Name).OrderBy(n => n, System.StringComparer.Ordinal));
            Assert.InRange(DeclaredMetrics.Single(recorded, "validation:auc"), 0.9, 1.0);
            Assert.InRange(DeclaredMetrics.Single(recorded, "validation:rmse"), 0.0, 0.5);

            var model = new SavedModel(Path.Combine(tree.ModelFolder, "model.zip"));
            float[] probabilities = model.Predict<float>(Path.Combine(data.Combine("validation"), "data.csv"), "Probability");
            Assert.Equal(150, probabilities.Length);
            Assert.All(probabilities, p => Assert.InRange(p, 0f, 1f));
        }

        [Fact]
        public void MultiSoftmaxPredictsTheClassLabelsAndReportsNoDeclaredMetric()
        {
            using var data = new TempDirectory();
            CsvData.WriteMulticlass(data.Combine("train"), 450, seed: 3);
            CsvData.WriteMulticlass(data.Combine("validation"), 150, seed: 4);
            using var tree = new JobTree(
                new Dictionary<string, string> { ["num_round"] = "30", ["objective"] = "multi:softmax" },
                new Dictionary<string, string> { ["train"] = data.Combine("train"), ["validation"] = data.Combine("validation") });

            ProcessResult result = tree.Train();

            Assert.True(result.ExitCode == 0, result.Describe());
            Assert.Empty(DeclaredMetrics.Read(result.StandardOutput));
            Assert.Contains("Validation: accuracy", result.StandardError);

            string validation = Path.Combine(data.Combine("validation"), "data.csv");
            var model = new SavedModel(Path.Combine(tree.ModelFolder, "model.zip"));
            float[] predicted = model.Predict<float>(validation, "PredictedLabel");
            float[] labels = model.Labels(validation);
            Assert.All(predicted, label => Assert.Contains(label, new[] { 0f, 1f, 2f }));
            Assert.True(predicted.Zip(labels).Count(pair => pair.First == pair.Second) >= 0.9 * labels.Length, result.Describe());
        }

        [Theory]
        [InlineData("gblinear")]
        [InlineData("dart")]
        public void OtherBoostersTrainTheSampleData(string booster)
        {
            using var tree = new JobTree(
                new Dictionary<string, string> { ["num_round"] = "20", ["booster"] = booster, ["subsample"] = "0.8" },
                new Dictionary<string, string> { ["train"] = SampleProgram.DataFolder("train"), ["validation"] = SampleProgram.DataFolder("validation") });

            ProcessResult result = tree.Train();

            Assert.True(result.ExitCode == 0, result.Describe());
            double rmse = DeclaredMetrics.Single(DeclaredMetrics.Read(result.StandardOutput), "validation:rmse");
            // A linear model misses the sine and the square (about 2.8); trees do better.
            Assert.InRange(rmse, 0.9, booster == "gblinear" ? 3.5 : 2.5);
            var model = new SavedModel(Path.Combine(tree.ModelFolder, "model.zip"));
            Assert.All(model.Predict<float>(Path.Combine(SampleProgram.DataFolder("validation"), "validation.csv"), "Score"), score => Assert.True(float.IsFinite(score)));
        }
    }
}
