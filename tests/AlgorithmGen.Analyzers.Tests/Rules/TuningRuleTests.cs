using System.Collections.Generic;
using System.Linq;
using AlgorithmGen.Jobs;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;
using Xunit;

namespace AlgorithmGen.Analyzers.Tests.Rules
{
    /// <summary>
    /// AG0208 applies only to tuning jobs built at run time (attributes declare none): JobValidator reports it. The
    /// end-to-end cases (refused before sending, accepted by moto) are in tests/AlgorithmGen.Jobs.Tests.
    /// </summary>
    public class TuningRuleTests
    {
        [Fact]
        public void A_range_for_a_hyperparameter_that_is_not_tunable_is_AG0208()
        {
            CreateHyperParameterTuningJobRequest request = Tuning(new ParameterRanges { IntegerParameterRanges = new() { new IntegerParameterRange { Name = "fixed", MinValue = "1", MaxValue = "4" } } });

            JobRequests.AssertSingle(request, "AG0208", "Hyperparameter 'fixed' is not tunable (IsTunable is false); remove its range and set it in the static hyperparameters.");
        }

        [Fact]
        public void A_range_of_the_wrong_kind_is_AG0208()
        {
            CreateHyperParameterTuningJobRequest request = Tuning(new ParameterRanges { ContinuousParameterRanges = new() { new ContinuousParameterRange { Name = "depth", MinValue = "1", MaxValue = "4" } } });

            JobRequests.AssertSingle(request, "AG0208", "Hyperparameter 'depth' is an Integer hyperparameter, so it takes an IntegerParameterRange, not a Continuous range.");
        }

        [Fact]
        public void A_range_of_a_tunable_hyperparameter_of_its_kind_is_fine()
        {
            CreateHyperParameterTuningJobRequest request = Tuning(new ParameterRanges { IntegerParameterRanges = new() { new IntegerParameterRange { Name = "depth", MinValue = "1", MaxValue = "4" } } });

            Assert.DoesNotContain(JobValidator.Validate(request, Specification()), v => v.Severity == RuleSeverity.Error);
        }

        private static TrainingSpecification Specification() => new()
        {
            TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/a:1",
            SupportedTrainingInstanceTypes = new() { "ml.m5.xlarge" },
            TrainingChannels = new() { new ChannelSpecification { Name = "train", SupportedContentTypes = new() { "text/csv" }, SupportedInputModes = new() { "File" } } },
            SupportedHyperParameters = new()
            {
                new HyperParameterSpecification { Name = "depth", Type = "Integer", IsTunable = true, Range = new ParameterRange { IntegerParameterRangeSpecification = new IntegerParameterRangeSpecification { MinValue = "1", MaxValue = "16" } } },
                new HyperParameterSpecification { Name = "fixed", Type = "Integer", IsTunable = false, Range = new ParameterRange { IntegerParameterRangeSpecification = new IntegerParameterRangeSpecification { MinValue = "1", MaxValue = "16" } } },
            },
            MetricDefinitions = new() { new MetricDefinition { Name = "validation:rmse", Regex = "rmse=([0-9.]+)" } },
            SupportedTuningJobObjectiveMetrics = new() { new HyperParameterTuningJobObjective { Type = "Minimize", MetricName = "validation:rmse" } },
        };

        private static CreateHyperParameterTuningJobRequest Tuning(ParameterRanges ranges) => new()
        {
            HyperParameterTuningJobName = "tuning",
            HyperParameterTuningJobConfig = new HyperParameterTuningJobConfig
            {
                Strategy = "Bayesian",
                HyperParameterTuningJobObjective = new HyperParameterTuningJobObjective { Type = "Minimize", MetricName = "validation:rmse" },
                ResourceLimits = new ResourceLimits { MaxParallelTrainingJobs = 1, MaxNumberOfTrainingJobs = 2 },
                ParameterRanges = ranges,
            },
            TrainingJobDefinition = new HyperParameterTrainingJobDefinition
            {
                AlgorithmSpecification = new HyperParameterAlgorithmSpecification { AlgorithmName = "a", TrainingInputMode = "File" },
                RoleArn = "arn:aws:iam::123456789012:role/r",
                InputDataConfig = new() { new Channel { ChannelName = "train", DataSource = new DataSource { S3DataSource = new S3DataSource { S3DataType = "S3Prefix", S3Uri = "s3://b/t/" } } } },
                OutputDataConfig = new OutputDataConfig { S3OutputPath = "s3://b/o" },
                ResourceConfig = new ResourceConfig { InstanceType = "ml.m5.xlarge", InstanceCount = 1, VolumeSizeInGB = 10 },
                StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 3600 },
            },
        };

        private static class JobRequests
        {
            public static void AssertSingle(CreateHyperParameterTuningJobRequest request, string id, string message)
            {
                IReadOnlyList<Violation> violations = JobValidator.Validate(request, Specification());
                Violation violation = Assert.Single(violations, v => v.Severity == RuleSeverity.Error);
                Assert.Equal(id, violation.RuleId);
                Assert.Equal(message, violation.Message);
            }
        }
    }
}
