using System.Collections.Generic;
using System.IO;
using AlgorithmGen.Sample.Tests.Infrastructure;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Sample.Tests
{
    /// <summary>Jobs that must fail: non-zero exit, output/failure saying why, and no model for SageMaker to upload.</summary>
    public sealed class FailureTests
    {
        [Fact]
        public void ABadHyperParameterValueFailsTheJobBeforeTraining()
        {
            using var tree = new JobTree(
                new Dictionary<string, string> { ["num_round"] = "abc" },
                new Dictionary<string, string> { ["train"] = SampleProgram.DataFolder("train") });

            ProcessResult result = tree.Train();

            string failure = AssertFailed(tree, result);
            Assert.Contains("num_round", failure);
            Assert.Contains("'abc'", failure);
            Assert.DoesNotContain("Read 1200 training rows", result.StandardError);
        }

        [Fact]
        public void ACsvWithAHeaderFailsTheJobNamingTheFileAndLine()
        {
            using var data = new TempDirectory();
            data.WriteFile("train/with-header.csv", "label,x1,x2\n1.5,0.1,0.2\n2.5,0.3,0.4\n");
            using var tree = new JobTree(
                new Dictionary<string, string> { ["num_round"] = "10" },
                new Dictionary<string, string> { ["train"] = data.Combine("train") });

            string failure = AssertFailed(tree, tree.Train());

            Assert.Contains("with-header.csv line 1: the label 'label' is not a number (the CSV must not have a header", failure);
        }

        [Fact]
        public void AnEvalMetricOfClassificationFailsARegressionJob()
        {
            using var tree = new JobTree(
                new Dictionary<string, string> { ["num_round"] = "10", ["eval_metric"] = "auc" },
                new Dictionary<string, string> { ["train"] = SampleProgram.DataFolder("train") });

            string failure = AssertFailed(tree, tree.Train());

            Assert.Contains("eval_metric=auc needs objective=binary:logistic", failure);
        }

        private static string AssertFailed(JobTree tree, ProcessResult result)
        {
            Assert.True(result.ExitCode == 1, result.Describe());
            Assert.True(File.Exists(tree.FailureFile), result.Describe());
            Assert.False(Directory.Exists(tree.ModelFolder) && Directory.GetFileSystemEntries(tree.ModelFolder).Length > 0, "a model was written");
            Assert.Empty(DeclaredMetrics.Read(result.StandardOutput));
            return File.ReadAllText(tree.FailureFile);
        }
    }
}
