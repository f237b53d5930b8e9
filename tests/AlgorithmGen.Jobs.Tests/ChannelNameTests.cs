using System.Linq;
using System.Reflection;
using AlgorithmGen.Jobs.Tests.Infrastructure;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;
using GradientBoosting;
using Xunit;

namespace AlgorithmGen.Jobs.Tests
{
    /// <summary>The generated <c>ChannelNames</c> of the sample: one constant per declared channel, which jobs name their inputs by.</summary>
    public sealed class ChannelNameTests
    {
        [Fact]
        public void Every_declared_channel_has_a_constant_with_its_name()
        {
            string[] constants = typeof(GradientBoostingAlgorithm.ChannelNames).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(field => (string)field.GetRawConstantValue()!)
                .ToArray();

            Assert.Equal(
                GradientBoostingAlgorithm.CreateRequest().TrainingSpecification!.TrainingChannels!.Select(channel => channel.Name),
                constants);
        }

        [Fact]
        public void Inputs_named_by_the_constants_are_the_declared_channels()
        {
            CreateTrainingJobRequest request = new GradientBoostingAlgorithm { NumRound = 10 }.CreateTrainingJob(SampleJobs.Name("gbm-channels"))
                .Role(SampleJobs.Role)
                .Input(GradientBoostingAlgorithm.ChannelNames.Train, "s3://example-ml-data/train/", "text/csv")
                .Input(GradientBoostingAlgorithm.ChannelNames.Validation, "s3://example-ml-data/validation/", "text/csv")
                .Output("s3://example-ml-artifacts/output")
                .Resources(TrainingInstanceTypes.MlM5_XLarge)
                .Build();

            Assert.Equal(new[] { "train", "validation" }, request.InputDataConfig!.Select(channel => channel.ChannelName));
            Assert.DoesNotContain(JobValidator.Validate(request, GradientBoostingAlgorithm.CreateRequest().TrainingSpecification!), v => v.Severity == RuleSeverity.Error);
        }
    }
}
