using System.Collections.Generic;
using System.IO;
using System.Linq;
using AlgorithmGen.Sample.Tests.Infrastructure;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Sample.Tests
{
    /// <summary>The sample's committed data trained as SageMaker would run the image: one job, run once for the class.</summary>
    public sealed class RegressionJob : System.IDisposable
    {
        public RegressionJob()
        {
            Tree = new JobTree(
                new Dictionary<string, string> { ["num_round"] = "50", ["eta"] = "0.3", ["objective"] = "reg:squarederror" },
                new Dictionary<string, string> { ["train"] = SampleProgram.DataFolder("train"), ["validation"] = SampleProgram.DataFolder("validation") });
            Result = Tree.Train();
        }

        internal JobTree Tree { get; }

        internal ProcessResult Result { get; }

        public void Dispose() => Tree.Dispose();
    }

    public sealed class RegressionJobTests : IClassFixture<RegressionJob>
    {
        private static readonly string ValidationFile = Path.Combine(SampleProgram.DataFolder("validation"), "validation.csv");

        private readonly RegressionJob _job;

        public RegressionJobTests(RegressionJob job) => _job = job;

        [Fact]
        public void TheJobCompletesWithoutAFailureFile()
        {
            Assert.True(_job.Result.ExitCode == 0, _job.Result.Describe());
            Assert.False(File.Exists(_job.Tree.FailureFile), _job.Result.Describe());
        }

        [Fact]
        public void TheModelFolderHoldsModelZipWhichPredictsTheValidationRows()
        {
            Assert.Equal(new[] { "model.zip" }, Directory.GetFiles(_job.Tree.ModelFolder).Select(Path.GetFileName));
            var model = new SavedModel(Path.Combine(_job.Tree.ModelFolder, "model.zip"));
            Assert.Equal(6, model.FeatureCount);

            float[] scores = model.Predict<float>(ValidationFile, "Score");
            float[] labels = model.Labels(ValidationFile);

            Assert.Equal(300, scores.Length);
            Assert.All(scores, score => Assert.True(float.IsFinite(score), "score " + score));
            // The labels' standard deviation is about 5 and their noise 1: a model that learned the function lands near 1.5.
            Assert.InRange(SavedModel.Rmse(scores, labels), 0.9, 2.5);
        }

        [Fact]
        public void EveryMetricLineIsReadBackByItsDeclaredRegexAsTheValueItShows()
        {
            IReadOnlyList<RecordedMetric> recorded = DeclaredMetrics.Read(_job.Result.StandardOutput);

            Assert.Equal(new[] { "train:rmse", "validation:rmse" }, recorded.Select(metric => metric.Name).OrderBy(name => name, System.StringComparer.Ordinal));
        }

        [Fact]
        public void TheValidationRmseIsTheSavedModelsErrorOnTheValidationRows()
        {
            var model = new SavedModel(Path.Combine(_job.Tree.ModelFolder, "model.zip"));
            double recomputed = SavedModel.Rmse(model.Predict<float>(ValidationFile, "Score"), model.Labels(ValidationFile));

            double recorded = DeclaredMetrics.Single(DeclaredMetrics.Read(_job.Result.StandardOutput), "validation:rmse");

            Assert.Equal(recomputed, recorded, 1e-4);
            Assert.True(recorded > DeclaredMetrics.Single(DeclaredMetrics.Read(_job.Result.StandardOutput), "train:rmse"), "training error below validation error");
        }

        [Fact]
        public void LogsGoToStandardErrorAndSayWhatWasTrained()
        {
            Assert.Contains("Read 1200 training rows of 6 features and 300 validation rows.", _job.Result.StandardError);
            Assert.Contains("Early stopping: boosting stops after 5 rounds without improvement", _job.Result.StandardError);
        }
    }
}
