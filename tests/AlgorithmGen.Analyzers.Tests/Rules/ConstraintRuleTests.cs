using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AlgorithmGen.Analyzers.Tests.Infrastructure;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace AlgorithmGen.Analyzers.Tests.Rules
{
    /// <summary>AG00xx: the service model's constraints (ConstraintValidator), placed on the argument that set the value.</summary>
    public class ConstraintRuleTests
    {
        // ---------------------------------------------------------------- AG0001 required member

        [Fact]
        public Task Channel_without_supported_content_types_is_reported_at_the_channel_attribute() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: """[{|AG0001:Channel|}("validation", SupportedInputModes = new[] { TrainingInputMode.File })]"""));

        [Fact]
        public Task Channel_with_supported_content_types_has_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: """[Channel("validation", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]"""));

        [Fact]
        public Task Missing_stopping_condition_is_reported_at_the_validation_profile_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: $$"""
                [{|#0:ValidationProfile|}("smoke", ValidationRole = "{{Fragments.Role}}", TrainingInputMode = TrainingInputMode.File,
                    S3OutputPath = "s3://example-bucket/output", InstanceType = TrainingInstanceTypes.MlM5_XLarge, InstanceCount = 1)]
                [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://example-bucket/train/")]
                """),
            new DiagnosticResult("AG0001", DiagnosticSeverity.Error).WithLocation(0).WithMessage("'StoppingCondition' is required; set it."));

        [Fact]
        public Task Complete_validation_profile_has_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(extraAttributes: Fragments.Profile()));

        [Fact]
        public Task Null_tag_value_is_reported_at_the_null_argument() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: """[Tag("team", {|AG0001:null|})]"""));

        [Fact]
        public Task Tag_with_value_has_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(extraAttributes: """[Tag("team", "forecasting")]"""));

        [Fact]
        public Task Validation_profile_without_inputs_is_reported_at_the_profile() => Verify.Analyzer(Algorithms.Valid(
            algorithmArguments: ", SupportsDistributedTraining = true",
            extraAttributes: $$"""
                [{|#0:ValidationProfile|}("smoke", ValidationRole = "{{Fragments.Role}}", TrainingInputMode = TrainingInputMode.File,
                    S3OutputPath = "s3://example-bucket/output", InstanceType = TrainingInstanceTypes.MlM5_XLarge, InstanceCount = 1, MaxRuntimeInSeconds = 3600)]
                """),
            // InputDataConfig is required; and the required "train" channel gets no input (AG0303), at the same place.
            new DiagnosticResult("AG0001", DiagnosticSeverity.Error).WithLocation(0).WithMessage("'InputDataConfig' is required; set it."),
            new DiagnosticResult("AG0303", DiagnosticSeverity.Error).WithLocation(0));

        [Fact]
        public Task Hyperparameter_range_with_only_a_minimum_is_reported_at_the_property() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(MinValue = 1)]
                public int {|AG0001:Depth|} { get; set; }
            """));

        [Fact]
        public Task Hyperparameter_range_with_both_bounds_has_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(MinValue = 1, MaxValue = 10)]
                public int Depth { get; set; }
            """));

        [Fact]
        public Task Null_item_in_a_string_array_is_reported_at_the_item() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: """[Channel("validation", SupportedContentTypes = new[] { "text/csv", {|AG0001:null|} }, SupportedInputModes = new[] { TrainingInputMode.File })]"""));

        [Fact]
        public void Runtime_request_without_training_image_reports_AG0001_at_the_same_member()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.TrainingSpecification!.TrainingImage = null;
            RuntimeRequests.AssertSingle(request, "AG0001", "TrainingSpecification.TrainingImage");
        }

        [Fact]
        public void Runtime_request_with_a_null_list_item_reports_AG0001_at_the_item()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.TrainingSpecification!.TrainingChannels![0].SupportedContentTypes!.Add(null!);
            RuntimeRequests.AssertSingle(request, "AG0001", "TrainingSpecification.TrainingChannels[0].SupportedContentTypes[1]");
        }

        // ---------------------------------------------------------------- AG0002 length

        [Fact]
        public Task Empty_tag_key_is_reported_at_the_key_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: """[Tag({|#0:""|}, "forecasting")]"""),
            new DiagnosticResult("AG0002", DiagnosticSeverity.Error).WithLocation(0).WithMessage("Has 0 characters; at least 1 are required."));

        [Fact]
        public Task Too_long_hyperparameter_description_is_reported_at_the_description() => Verify.Analyzer(Algorithms.Valid(members: $$"""
                [HyperParameter(Description = {|AG0002:"{{new string('d', 1025)}}"|})]
                public int Depth { get; set; }
            """));

        [Fact]
        public Task Too_long_channel_name_is_reported_at_the_name() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: $$"""[Channel({|AG0002:"{{new string('c', 65)}}"|}, SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]"""));

        [Fact]
        public Task Names_and_descriptions_at_their_maximum_length_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: $$"""[Channel("{{new string('c', 64)}}", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]""",
            members: $$"""
                [HyperParameter(Description = "{{new string('d', 1024)}}")]
                public int Depth { get; set; }
            """));

        [Fact]
        public void Runtime_request_with_empty_tag_key_reports_AG0002_at_the_same_member()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.Tags = new List<Tag> { new() { Key = string.Empty, Value = "forecasting" } };
            RuntimeRequests.AssertSingle(request, "AG0002", "Tags[0].Key");
        }

        // ---------------------------------------------------------------- AG0003 pattern

        [Fact]
        public Task Malformed_training_image_digest_is_reported_at_the_digest_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(algorithmArguments: """, TrainingImageDigest = {|#0:"sha256:abc"|}"""),
            new DiagnosticResult("AG0003", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("'sha256:abc' does not match ImageDigest's pattern [Ss][Hh][Aa]256:[0-9a-fA-F]{64}."));

        [Fact]
        public Task Container_hostname_starting_with_a_hyphen_is_reported_at_the_hostname() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Inference(containerArguments: """, ContainerHostname = {|AG0003:"-serve"|}""")));

        [Fact]
        public Task Environment_key_that_is_not_a_variable_name_is_reported_at_its_entry() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Inference(containerArguments: """, Environment = new[] { "WORKERS=2", {|AG0003:"1ST=x"|} }""")));

        [Fact]
        public Task Well_formed_digest_hostname_and_environment_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            algorithmArguments: $$""", TrainingImageDigest = "sha256:{{new string('a', 64)}}" """,
            extraAttributes: Fragments.Inference(containerArguments: """, ContainerHostname = "serve", Environment = new[] { "WORKERS=2", "FIRST=x" }""")));

        [Fact]
        public void Runtime_request_with_underscore_in_algorithm_name_reports_AG0003_at_the_same_member()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.AlgorithmName = "demo_algorithm";
            RuntimeRequests.AssertSingle(request, "AG0003", "AlgorithmName");
        }

        // ---------------------------------------------------------------- AG0004 enum value

        [Fact]
        public Task Cast_enum_value_reads_as_its_number_and_is_reported_at_the_argument() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: Fragments.Profile(profileArguments: ", OutputCompressionType = {|#0:(OutputCompressionType)7|}")),
            new DiagnosticResult("AG0004", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("'7' is not a valid OutputCompressionType; use one of: GZIP, NONE."));

        [Fact]
        public Task Cast_enum_item_is_reported_at_the_array_item() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: """[Channel("validation", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File, {|AG0004:(TrainingInputMode)7|} })]"""));

        [Fact]
        public Task Cast_hyperparameter_type_is_reported_at_the_type_argument() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(Type = {|AG0004:(HyperParameterType)9|})]
                public int Depth { get; set; }
            """));

        [Fact]
        public Task Declared_enum_members_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile(profileArguments: ", OutputCompressionType = OutputCompressionType.Gzip")
                + """[Channel("validation", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.FastFile })]""",
            members: """
                [HyperParameter(Type = HyperParameterType.Integer)]
                public int Depth { get; set; }
            """));

        [Fact]
        public void Runtime_request_with_unknown_input_mode_reports_AG0004_at_the_same_item()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.TrainingSpecification!.TrainingChannels![0].SupportedInputModes!.Add("7");
            RuntimeRequests.AssertSingle(request, "AG0004", "TrainingSpecification.TrainingChannels[0].SupportedInputModes[2]");
        }

        // ---------------------------------------------------------------- AG0005 item count

        private static string Metrics(int count) => string.Join("\n", Enumerable.Range(1, count).Select(i => $$"""[Metric("metric-{{i}}", "m{{i}}=([0-9.]+)")]"""));

        private static string Channels(int count) => string.Join("\n", Enumerable.Range(1, count).Select(i =>
            $$"""[Channel("extra{{i}}", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]"""));

        [Fact]
        public Task Forty_one_metrics_are_reported_at_the_algorithm_attribute_with_the_count() => Verify.Analyzer(
            Algorithms.Usings + $$"""
                [{|#0:Algorithm|}("demo-algorithm", TrainingImage = "img", SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge })]
                [Channel("train", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                {{Metrics(41)}}
                public partial class Demo { }
                """,
            new DiagnosticResult("AG0005", DiagnosticSeverity.Error).WithLocation(0).WithMessage("Has 41 items; at most 40 are allowed."));

        [Fact]
        public Task Forty_metrics_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(extraAttributes: Metrics(40)));

        [Fact]
        public Task Nine_channels_are_reported_at_the_algorithm_attribute() => Verify.Analyzer(Algorithms.Usings + $$"""
            [{|AG0005:Algorithm|}("demo-algorithm", TrainingImage = "img", SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge })]
            {{Channels(9)}}
            public partial class Demo { }
            """);

        [Fact]
        public Task Eight_channels_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(extraAttributes: Channels(7)));

        [Fact]
        public Task Empty_input_mode_list_is_reported_at_the_array() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: """[Channel("validation", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = {|AG0005:new TrainingInputMode[] { }|})]"""));

        [Fact]
        public Task Thirty_one_categorical_values_are_reported_at_the_values_argument() => Verify.Analyzer(Algorithms.Valid(members: $$"""
                [HyperParameter(Values = {|AG0005:new[] { {{string.Join(", ", Enumerable.Range(1, 31).Select(i => "\"v" + i + "\""))}} }|})]
                public string? Mode { get; set; }
            """));

        [Fact]
        public Task Thirty_categorical_values_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(members: $$"""
                [HyperParameter(Values = new[] { {{string.Join(", ", Enumerable.Range(1, 30).Select(i => "\"v" + i + "\""))}} })]
                public string? Mode { get; set; }
            """));

        [Fact]
        public void Runtime_request_with_nine_channels_reports_AG0005_at_the_list()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.TrainingSpecification!.TrainingChannels!.AddRange(Enumerable.Range(1, 8).Select(i => new ChannelSpecification
            {
                Name = "extra" + i,
                SupportedContentTypes = new List<string> { "text/csv" },
                SupportedInputModes = new List<string> { "File" },
            }));
            RuntimeRequests.AssertSingle(request, "AG0005", "TrainingSpecification.TrainingChannels");
        }

        // ---------------------------------------------------------------- AG0006 number range

        [Fact]
        public Task Keep_alive_period_above_the_maximum_is_reported_at_the_argument_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: Fragments.Profile(profileArguments: ", KeepAlivePeriodInSeconds = {|#0:30000|}")),
            new DiagnosticResult("AG0006", DiagnosticSeverity.Error).WithLocation(0).WithMessage("30000 is out of range; use 0–21600."));

        [Fact]
        public Task Negative_instance_count_is_reported_at_the_argument() => Verify.Analyzer(Algorithms.Usings + $$"""
            [Algorithm("demo-algorithm", TrainingImage = "img", SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge })]
            [Channel("train", IsRequired = true, SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
            [ValidationProfile("smoke", ValidationRole = "{{Fragments.Role}}", TrainingInputMode = TrainingInputMode.File,
                S3OutputPath = "s3://example-bucket/output", InstanceType = TrainingInstanceTypes.MlM5_XLarge, InstanceCount = {|AG0006:-1|}, MaxRuntimeInSeconds = 3600)]
            [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://example-bucket/train/")]
            public partial class Demo { }
            """);

        [Fact]
        public Task Pending_time_below_the_minimum_is_reported_at_the_argument() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile(profileArguments: ", MaxPendingTimeInSeconds = {|AG0006:100|}")));

        [Fact]
        public Task Numbers_at_their_bounds_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile(profileArguments: ", KeepAlivePeriodInSeconds = 21600, MaxPendingTimeInSeconds = 7200, VolumeSizeInGB = 0")));

        [Fact]
        public void Runtime_request_with_long_keep_alive_period_reports_AG0006_at_the_same_member()
        {
            CreateAlgorithmRequest request = RuntimeRequests.WithProfile();
            RuntimeRequests.TrainingJob(request).ResourceConfig!.KeepAlivePeriodInSeconds = 30000;
            RuntimeRequests.AssertSingle(request, "AG0006", "ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.ResourceConfig.KeepAlivePeriodInSeconds");
        }

        // ---------------------------------------------------------------- AG0007 unknown instance type

        [Fact]
        public Task Unknown_transform_instance_type_is_a_warning_at_the_array_item_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: """
                [InferenceSpecification(SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlM5_XLarge, {|#0:"ml.m99.huge"|} })]
                [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/demo-serve:1")]
                """),
            new DiagnosticResult("AG0007", DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("'ml.m99.huge' is not an instance type this version knows (TransformInstanceType); check the spelling, or ignore this if the type is new."));

        [Theory]
        [InlineData("ml.m5.xlargee", "ml.m5.xlarge")]
        [InlineData("ml.m5.xlage", "ml.m5.xlarge")] // the docs' example
        [InlineData("ML.C5.2XLARGE", "ml.c5.2xlarge")]
        [InlineData("ml.p3.2xlarg", "ml.p3.2xlarge")]
        public Task A_mistyped_instance_type_suggests_the_nearest_known_one(string typed, string meant) => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: """
                [InferenceSpecification(SupportedTransformInstanceTypes = new[] { {|#0:"TYPED"|} })]
                [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/demo-serve:1")]
                """.Replace("TYPED", typed)),
            new DiagnosticResult("AG0007", DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("'" + typed + "' is not an instance type this version knows (TransformInstanceType); did you mean '" + meant + "'? Or ignore this if the type is new."));

        [Fact]
        public Task Unknown_instance_type_is_reported_wherever_it_is_written() => Verify.Analyzer(Algorithms.Usings + $$"""
            [Algorithm("demo-algorithm", TrainingImage = "img", SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge, {|AG0007:"ml.m99.huge"|} })]
            [Channel("train", IsRequired = true, SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
            [ValidationProfile("smoke", ValidationRole = "{{Fragments.Role}}", TrainingInputMode = TrainingInputMode.File,
                S3OutputPath = "s3://example-bucket/output", InstanceType = {|AG0007:"ml.m99.huge"|}, InstanceCount = 1, MaxRuntimeInSeconds = 3600)]
            [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://example-bucket/train/")]
            public partial class Demo { }
            """);

        [Fact]
        public Task Known_instance_types_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Inference(specificationArguments: ", SupportedRealtimeInferenceInstanceTypes = new[] { RealtimeInferenceInstanceTypes.MlC5_XLarge }")));

        [Fact]
        public void Runtime_request_with_unknown_training_instance_type_reports_AG0007_at_the_same_item()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.TrainingSpecification!.SupportedTrainingInstanceTypes!.Add("ml.m99.huge");
            Violation violation = RuntimeRequests.AssertSingle(request, "AG0007", "TrainingSpecification.SupportedTrainingInstanceTypes[2]");
            Assert.Equal(RuleSeverity.Warning, violation.Severity);
        }
    }
}
