using System;
using System.Linq;
using System.Reflection;
using AlgorithmGen.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AlgorithmGen.Generators.Tests
{
    /// <summary>What the generator adds for building jobs from an instance: <c>ToHyperParameters()</c> and <c>ChannelNames</c>.</summary>
    public class JobCodeTests
    {
        private const string Channels = """
            using AlgorithmGen;

            namespace Demo.Channels
            {
                [Algorithm("channels",
                    TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/channels:1",
                    SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge })]
                [Channel("train", IsRequired = true, Description = "Rows <to> learn from.", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                [Channel("validation-set", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                [Channel("ToString", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                public partial class ChannelsAlgorithm
                {
                    [HyperParameter(MinValue = 1, MaxValue = 10)]
                    public int Rounds { get; set; } = 2;
                }
            }
            """;

        [Fact]
        public void Jobs_source_matches_snapshot()
        {
            (_, GeneratorDriverRunResult result) = GeneratorHarness.Run(Sources.Forecaster);
            Snapshot.Match("Forecaster.Jobs.g.cs", GeneratorHarness.GeneratedSource(result, "Demo.Forecasting.Forecaster.Jobs.g.cs"));
        }

        [Fact]
        public void Channel_names_are_one_constant_per_declared_channel_with_the_wire_name()
        {
            Assembly assembly = GeneratorHarness.CompileAndLoad(Channels);
            Type names = assembly.GetType("Demo.Channels.ChannelsAlgorithm+ChannelNames", throwOnError: true)!;

            var constants = names.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral)
                .ToDictionary(f => f.Name, f => (string?)f.GetRawConstantValue());

            // Identifiers as the training context's channel properties take them: Pascal case, object's members avoided.
            Assert.Equal(new[] { "ToString2", "Train", "ValidationSet" }, constants.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal("train", constants["Train"]);
            Assert.Equal("validation-set", constants["ValidationSet"]);
            Assert.Equal("ToString", constants["ToString2"]);
            Assert.True(names.IsAbstract && names.IsSealed, "ChannelNames is a static class.");
        }

        [Fact]
        public void A_misspelt_channel_name_does_not_compile()
        {
            const string Use = """
                namespace Demo.Channels
                {
                    public static class Use
                    {
                        public static string Right() => ChannelsAlgorithm.ChannelNames.ValidationSet;

                        public static string Wrong() => ChannelsAlgorithm.ChannelNames.Validation;
                    }
                }
                """;

            (Compilation output, _) = GeneratorHarness.Run(Channels, Use);

            Diagnostic error = Assert.Single(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
            Assert.Equal("CS0117", error.Id);
            Assert.Contains("'Validation'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
    }
}
