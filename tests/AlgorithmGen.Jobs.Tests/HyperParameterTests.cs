using System.Collections.Generic;
using AlgorithmGen.Jobs.Tests.Infrastructure;
using AlgorithmGen.Rules;
using GradientBoosting;
using Xunit;

namespace AlgorithmGen.Jobs.Tests
{
    /// <summary>The generated ToHyperParameters(): wire names, the codec's text, enum wire values; what the job sends.</summary>
    public sealed class HyperParameterTests
    {
        [Fact]
        public void A_typed_instance_becomes_the_wire_map_the_container_reads()
        {
            var algorithm = new GradientBoostingAlgorithm { NumRound = 200, LearningRate = 0.1, Subsample = 0.8f, Objective = Objective.BinaryLogistic, Booster = Booster.Dart, EarlyStopping = false };

            Dictionary<string, string> map = algorithm.ToHyperParameters();

            Assert.Equal(new Dictionary<string, string>
            {
                ["num_round"] = "200",
                ["eta"] = "0.1",
                ["max_depth"] = "6",
                ["subsample"] = "0.8",
                ["objective"] = "binary:logistic",
                ["booster"] = "dart",
                ["early_stopping"] = "false",
                ["eval_metric"] = "rmse",
            }, map);
            // The training container's check of the same map (no channels here, so only hyperparameter findings count).
            Assert.DoesNotContain(TrainingJobValidator.Validate(GradientBoostingAlgorithm.CreateRequest().TrainingSpecification!, map, null), v => v.Path.StartsWith("HyperParameters", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Every_value_reads_back_with_the_codec_the_binder_uses()
        {
            var algorithm = new GradientBoostingAlgorithm { NumRound = 4999, LearningRate = 0.1 + 0.2, Subsample = 1f / 3f };

            Dictionary<string, string> map = algorithm.ToHyperParameters();

            Assert.True(HyperParameterCodec.TryParseInt32(map["num_round"], out int rounds) && rounds == 4999);
            Assert.True(HyperParameterCodec.TryParseDouble(map["eta"], out double eta) && eta == 0.1 + 0.2);
            Assert.True(HyperParameterCodec.TryParseSingle(map["subsample"], out float subsample) && subsample == 1f / 3f);
        }

        [Fact]
        public void The_training_job_sends_the_instance_values_and_names_the_registered_algorithm()
        {
            var request = SampleJobs.Training("gbm", new GradientBoostingAlgorithm { NumRound = 300 })
                .Algorithm("arn:aws:sagemaker:us-east-1:123456789012:algorithm/gradient-boosting-0123456789")
                .Build();

            Assert.Equal("300", request.HyperParameters!["num_round"]);
            Assert.Equal("arn:aws:sagemaker:us-east-1:123456789012:algorithm/gradient-boosting-0123456789", request.AlgorithmSpecification!.AlgorithmName);
            Assert.Equal("File", request.AlgorithmSpecification.TrainingInputMode);
        }
    }
}
