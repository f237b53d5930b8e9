using System.Threading.Tasks;
using AlgorithmGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace AlgorithmGen.Analyzers.Tests
{
    public class BaselineTests
    {
        [Fact]
        public Task Baseline_algorithm_has_no_diagnostics() => Verify.Analyzer(Algorithms.Valid());

        [Fact]
        public Task Required_with_default_is_reported_at_the_initializer() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(MinValue = 0.1, MaxValue = 0.9)]
                public required double Eta { get; set; } = {|AG0101:0.5|};
            """));

        [Fact]
        public Task Missing_training_image_is_reported_at_the_attribute() => Verify.Analyzer(Algorithms.Usings + """
            [{|AG0001:Algorithm|}("demo", SupportedTrainingInstanceTypes = new[] { "ml.m5.large" })]
            [Channel("train", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
            public partial class Demo { }
            """);

        [Fact]
        public Task Bad_algorithm_name_is_reported_at_the_argument() => Verify.Analyzer(Algorithms.Usings + """
            [Algorithm({|AG0003:"demo_algorithm"|}, TrainingImage = "img", SupportedTrainingInstanceTypes = new[] { "ml.m5.large" })]
            [Channel("train", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
            public partial class Demo { }
            """);

        [Fact]
        public Task Unknown_instance_type_is_reported_at_the_array_element() => Verify.Analyzer(Algorithms.Usings + """
            [Algorithm("demo", TrainingImage = "img", SupportedTrainingInstanceTypes = new[] { "ml.m5.large", {|AG0007:"ml.m99.huge"|} })]
            [Channel("train", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
            public partial class Demo { }
            """);
    }
}
