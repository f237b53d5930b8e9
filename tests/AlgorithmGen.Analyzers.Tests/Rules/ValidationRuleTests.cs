using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using AlgorithmGen.Analyzers.Tests.Infrastructure;
using AlgorithmGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace AlgorithmGen.Analyzers.Tests.Rules
{
    /// <summary>AG03xx: the validation profile's jobs must be jobs the algorithm can run.</summary>
    public class ValidationRuleTests
    {
        private const string Csv = """SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File }""";
        private const string TrainInput = """S3DataType = S3DataType.S3Prefix, S3Uri = "s3://example-bucket/train/""";

        private static string ProfileAt(string markup, string profileArguments = "", string inputArguments = "", string extra = "") =>
            Fragments.Profile(profileArguments, inputArguments, extra).Replace("[ValidationProfile(", "[{|" + markup + ":ValidationProfile|}(");

        // ---------------------------------------------------------------- AG0301 undeclared channel

        [Fact]
        public Task Input_for_an_undeclared_channel_is_reported_at_the_channel_name_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: Fragments.Profile(extra: """[ValidationInput({|#0:"test"|}, S3DataType = S3DataType.S3Prefix, S3Uri = "s3://example-bucket/test/")]""")),
            new DiagnosticResult("AG0301", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
                "The validation job reads channel 'test', which the training specification does not declare; declare it with [Channel(\"test\", ...)] or use a declared channel."));

        [Fact]
        public Task Input_for_a_declared_channel_has_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(extraAttributes:
            $$"""[Channel("test", {{Csv}})]""" + "\n"
            + Fragments.Profile(extra: """[ValidationInput("test", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://example-bucket/test/")]""")));

        [Fact]
        public void Runtime_input_for_an_undeclared_channel_reports_AG0301_at_the_channel_name()
        {
            CreateAlgorithmRequest request = RuntimeRequests.WithProfile();
            RuntimeRequests.TrainingJob(request).InputDataConfig!.Add(new Channel
            {
                ChannelName = "test",
                DataSource = new DataSource { S3DataSource = new S3DataSource { S3DataType = "S3Prefix", S3Uri = "s3://example-bucket/test/" } },
            });
            RuntimeRequests.AssertSingle(request, "AG0301", "ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.InputDataConfig[1].ChannelName");
        }

        // ---------------------------------------------------------------- AG0302 undeclared hyperparameter

        [Fact]
        public Task Value_for_an_undeclared_hyperparameter_is_reported_at_its_entry() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile(profileArguments: """, HyperParameters = new[] { "depth=3", {|AG0302:"nope=1"|} }"""),
            members: """
                [HyperParameter]
                public int Depth { get; set; }
            """));

        [Fact]
        public Task Value_for_a_declared_hyperparameter_has_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile(profileArguments: """, HyperParameters = new[] { "nope=1" }"""),
            members: """
                [HyperParameter]
                public int Nope { get; set; }
            """));

        [Fact]
        public void Runtime_value_for_an_undeclared_hyperparameter_reports_AG0302_at_the_map()
        {
            CreateAlgorithmRequest request = RuntimeRequests.WithProfile();
            RuntimeRequests.TrainingJob(request).HyperParameters = new Dictionary<string, string> { ["nope"] = "1" };
            RuntimeRequests.AssertSingle(request, "AG0302", "ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.HyperParameters.nope");
        }

        // ---------------------------------------------------------------- AG0303 missing required channel or hyperparameter

        [Fact]
        public Task Required_hyperparameter_without_a_value_is_reported_at_the_profile_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(
                extraAttributes: Fragments.Profile().Replace("[ValidationProfile(", "[{|#0:ValidationProfile|}("),
                members: """
                    [HyperParameter(MinValue = 1, MaxValue = 10)]
                    public required int Depth { get; set; }
                """),
            new DiagnosticResult("AG0303", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
                "Required hyperparameter 'depth' has no value in the validation job; add \"depth=<value>\" to its HyperParameters."));

        [Fact]
        public Task Required_hyperparameter_missing_from_written_hyperparameters_is_reported_at_them() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile(profileArguments: """, HyperParameters = {|AG0303:new[] { "eta=0.1" }|}"""),
            members: """
                [HyperParameter(MinValue = 1, MaxValue = 10)]
                public required int Depth { get; set; }

                [HyperParameter]
                public double Eta { get; set; }
            """));

        [Fact]
        public Task Required_channel_without_input_is_reported_at_the_profile() => Verify.Analyzer(Algorithms.Valid(extraAttributes:
            $$"""[Channel("validation", {{Csv}})]""" + "\n"
            + ProfileAt("AG0303").Replace("""ValidationInput("train",""", """ValidationInput("validation",""")));

        [Fact]
        public Task Required_channel_and_hyperparameter_given_in_the_profile_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile(profileArguments: """, HyperParameters = new[] { "depth=3" }"""),
            members: """
                [HyperParameter(MinValue = 1, MaxValue = 10)]
                public required int Depth { get; set; }
            """));

        [Fact]
        public void Runtime_required_channel_without_input_reports_AG0303_at_the_inputs()
        {
            CreateAlgorithmRequest request = RuntimeRequests.WithProfile();
            request.TrainingSpecification!.TrainingChannels!.Add(new ChannelSpecification
            {
                Name = "validation",
                IsRequired = true,
                SupportedContentTypes = new List<string> { "text/csv" },
                SupportedInputModes = new List<string> { "File" },
            });
            RuntimeRequests.AssertSingle(request, "AG0303", "ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.InputDataConfig");
        }

        // ---------------------------------------------------------------- AG0304 unsupported content type, input mode or instance type

        [Fact]
        public Task Unsupported_content_type_is_reported_at_the_content_type_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: Fragments.Profile(inputArguments: """, ContentType = {|#0:"application/json"|}""")),
            new DiagnosticResult("AG0304", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("Channel 'train' does not support content type 'application/json'; use one of: text/csv."));

        [Fact]
        public Task Unsupported_input_mode_of_the_input_is_reported_at_the_input_mode() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile(inputArguments: ", InputMode = {|AG0304:TrainingInputMode.FastFile|}")));

        [Fact]
        public Task Unsupported_input_mode_inherited_from_the_job_is_reported_at_the_training_input_mode() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile().Replace("TrainingInputMode = TrainingInputMode.File", "TrainingInputMode = {|AG0304:TrainingInputMode.FastFile|}")));

        [Fact]
        public Task Unsupported_compression_in_pipe_mode_is_reported_at_the_compression() => Verify.Analyzer(Algorithms.Valid(extraAttributes:
            """[Channel("validation", SupportedContentTypes = new[] { "text/csv" }, SupportedCompressionTypes = new[] { CompressionType.None }, SupportedInputModes = new[] { TrainingInputMode.Pipe })]""" + "\n"
            + Fragments.Profile(extra: """[ValidationInput("validation", InputMode = TrainingInputMode.Pipe, CompressionType = {|AG0304:CompressionType.Gzip|}, S3DataType = S3DataType.S3Prefix, S3Uri = "s3://example-bucket/validation/")]""")));

        [Fact]
        public Task Unsupported_training_instance_type_is_reported_at_the_instance_type() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile().Replace("InstanceType = TrainingInstanceTypes.MlM5_XLarge", "InstanceType = {|AG0304:TrainingInstanceTypes.MlC5_XLarge|}")));

        [Fact]
        public Task Unsupported_instance_group_type_is_reported_at_the_group_instance_type() => Verify.Analyzer(Algorithms.Valid(
            algorithmArguments: ", SupportsDistributedTraining = true",
            extraAttributes: Fragments.Profile(extra: """[ValidationInstanceGroup("workers", {|AG0304:TrainingInstanceTypes.MlC5_XLarge|}, 1)]""")));

        [Fact]
        public Task Unsupported_transform_instance_type_is_reported_at_the_transform_instance_type() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Inference() + "\n" + Fragments.Profile(extra: Fragments.TransformJob()
                .Replace("InstanceType = TransformInstanceTypes.MlM5_XLarge", "InstanceType = {|AG0304:TransformInstanceTypes.MlC5_XLarge|}"))));

        [Fact]
        public Task Transform_content_type_not_supported_for_inference_is_reported_at_the_content_type() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Inference() + "\n" + Fragments.Profile(extra: Fragments.TransformJob(""", ContentType = {|AG0304:"application/json"|}"""))));

        [Fact]
        public Task Transform_accept_type_not_among_response_types_is_reported_at_accept() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Inference() + "\n" + Fragments.Profile(extra: Fragments.TransformJob(""", Accept = {|AG0304:"application/json"|}"""))));

        [Fact]
        public Task Supported_content_type_mode_and_instance_types_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            algorithmArguments: ", SupportsDistributedTraining = true",
            extraAttributes: Fragments.Inference() + "\n" + Fragments.Profile(
                inputArguments: """, ContentType = "text/csv", InputMode = TrainingInputMode.Pipe""",
                extra: """[ValidationInstanceGroup("workers", TrainingInstanceTypes.MlG5_2XLarge, 1)]""" + "\n"
                    + Fragments.TransformJob(""", ContentType = "text/csv", Accept = "text/csv" """))));

        [Fact]
        public void Runtime_unsupported_content_type_reports_AG0304_at_the_content_type()
        {
            CreateAlgorithmRequest request = RuntimeRequests.WithProfile();
            RuntimeRequests.TrainingJob(request).InputDataConfig![0].ContentType = "application/json";
            RuntimeRequests.AssertSingle(request, "AG0304", "ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.InputDataConfig[0].ContentType");
        }

        // ---------------------------------------------------------------- AG0305 distributed training not supported

        [Fact]
        public Task Two_instances_without_distributed_training_are_reported_at_the_instance_count_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: Fragments.Profile().Replace("InstanceCount = 1", "InstanceCount = {|#0:2|}")),
            new DiagnosticResult("AG0305", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
                "The validation job asks for 2 instances but the algorithm does not support distributed training; use 1 instance or set SupportsDistributedTraining = true."));

        [Fact]
        public Task Instances_in_groups_count_too() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile(extra: """[ValidationInstanceGroup("workers", TrainingInstanceTypes.MlM5_XLarge, 2)]""")
                .Replace("InstanceCount = 1", "InstanceCount = {|AG0305:1|}")));

        [Fact]
        public Task Two_instances_with_distributed_training_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            algorithmArguments: ", SupportsDistributedTraining = true",
            extraAttributes: Fragments.Profile().Replace("InstanceCount = 1", "InstanceCount = 2")));

        [Fact]
        public void Runtime_two_instances_without_distributed_training_report_AG0305_at_the_instance_count()
        {
            CreateAlgorithmRequest request = RuntimeRequests.WithProfile();
            RuntimeRequests.TrainingJob(request).ResourceConfig!.InstanceCount = 2;
            RuntimeRequests.AssertSingle(request, "AG0305", "ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.ResourceConfig.InstanceCount");
        }

        // ---------------------------------------------------------------- AG0306 Pipe-only member

        [Fact]
        public Task Compression_in_file_mode_is_reported_at_the_compression_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: Fragments.Profile(inputArguments: ", CompressionType = {|#0:CompressionType.Gzip|}")),
            new DiagnosticResult("AG0306", DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("CompressionType Gzip on channel 'train' is used only in Pipe input mode; in File mode leave it unset."));

        [Fact]
        public Task Record_wrapper_in_file_mode_is_reported_at_the_record_wrapper() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile(inputArguments: ", RecordWrapperType = {|AG0306:RecordWrapperType.RecordIO|}")));

        [Fact]
        public Task Augmented_manifest_in_file_mode_is_reported_at_the_data_type() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile().Replace("S3DataType = S3DataType.S3Prefix", "S3DataType = {|AG0306:S3DataType.AugmentedManifestFile|}")));

        [Fact]
        public Task Pipe_only_settings_in_pipe_mode_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile(inputArguments: ", InputMode = TrainingInputMode.Pipe, CompressionType = CompressionType.Gzip, RecordWrapperType = RecordWrapperType.RecordIO")
                .Replace("S3DataType = S3DataType.S3Prefix", "S3DataType = S3DataType.AugmentedManifestFile")));

        [Fact]
        public Task Explicit_none_values_in_file_mode_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile(inputArguments: ", CompressionType = CompressionType.None, RecordWrapperType = RecordWrapperType.None")));

        [Fact]
        public void Runtime_compression_in_file_mode_reports_AG0306_at_the_compression()
        {
            CreateAlgorithmRequest request = RuntimeRequests.WithProfile();
            RuntimeRequests.TrainingJob(request).InputDataConfig![0].CompressionType = "Gzip";
            RuntimeRequests.AssertSingle(request, "AG0306", "ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.InputDataConfig[0].CompressionType");
        }

        // ---------------------------------------------------------------- AG0307 wait shorter than runtime

        [Fact]
        public Task Wait_time_below_run_time_is_reported_at_the_wait_time_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: Fragments.Profile(profileArguments: ", MaxWaitTimeInSeconds = {|#0:60|}")),
            new DiagnosticResult("AG0307", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
                "MaxWaitTimeInSeconds (60) must be at least MaxRuntimeInSeconds (3600): it includes the run time. Raise it to 3600 or more."));

        [Fact]
        public Task Wait_time_equal_to_run_time_has_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile(profileArguments: ", MaxWaitTimeInSeconds = 3600")));

        [Fact]
        public void Runtime_wait_time_below_run_time_reports_AG0307_at_the_wait_time()
        {
            CreateAlgorithmRequest request = RuntimeRequests.WithProfile();
            RuntimeRequests.TrainingJob(request).StoppingCondition!.MaxWaitTimeInSeconds = 60;
            RuntimeRequests.AssertSingle(request, "AG0307", "ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.StoppingCondition.MaxWaitTimeInSeconds");
        }

        // ---------------------------------------------------------------- AG0308 volume KMS key on local storage

        [Fact]
        public Task Volume_key_on_a_g5_training_instance_is_reported_at_the_key_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: Fragments.Profile(profileArguments: """, VolumeKmsKeyId = {|#0:"alias/validation"|}""")
                .Replace("InstanceType = TrainingInstanceTypes.MlM5_XLarge", "InstanceType = TrainingInstanceTypes.MlG5_2XLarge")),
            new DiagnosticResult("AG0308", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
                "ml.g5.2xlarge has local NVMe storage, encrypted by the instance; SageMaker refuses a VolumeKmsKeyId there. Remove it or use an EBS-only instance type."));

        [Fact]
        public Task Volume_key_on_a_g4dn_transform_instance_is_reported_at_the_key() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Inference() + "\n" + Fragments.Profile(extra: Fragments.TransformJob(""", VolumeKmsKeyId = {|AG0308:"alias/transform"|}""")
                .Replace("TransformInstanceTypes.MlM5_XLarge", "TransformInstanceTypes.MlG4dn_XLarge"))));

        [Fact]
        public Task Volume_key_with_a_g5_instance_group_is_reported_at_the_key() => Verify.Analyzer(Algorithms.Valid(
            algorithmArguments: ", SupportsDistributedTraining = true",
            extraAttributes: Fragments.Profile(
                profileArguments: """, VolumeKmsKeyId = {|AG0308:"alias/validation"|}""",
                extra: """[ValidationInstanceGroup("gpus", TrainingInstanceTypes.MlG5_2XLarge, 1)]""")));

        [Fact]
        public Task Volume_keys_on_ebs_only_instances_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Inference() + "\n" + Fragments.Profile(
                profileArguments: """, VolumeKmsKeyId = "alias/validation" """,
                extra: Fragments.TransformJob(""", VolumeKmsKeyId = "alias/transform" """))));

        [Fact]
        public void Runtime_volume_key_on_local_storage_reports_AG0308_at_the_key()
        {
            CreateAlgorithmRequest request = RuntimeRequests.WithProfile();
            ResourceConfig resources = RuntimeRequests.TrainingJob(request).ResourceConfig!;
            resources.InstanceType = "ml.g5.2xlarge";
            resources.VolumeKmsKeyId = "alias/validation";
            RuntimeRequests.AssertSingle(request, "AG0308", "ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.ResourceConfig.VolumeKmsKeyId");
        }

        // ---------------------------------------------------------------- AG0309 invalid validation hyperparameter value

        [Fact]
        public Task Text_for_an_integer_hyperparameter_is_reported_at_its_entry() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile(profileArguments: """, HyperParameters = new[] { {|AG0309:"depth=abc"|} }"""),
            members: """
                [HyperParameter(MinValue = 1, MaxValue = 10)]
                public int Depth { get; set; } = 3;
            """));

        [Fact]
        public Task Value_outside_the_categorical_values_is_reported_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(
                extraAttributes: Fragments.Profile(profileArguments: """, HyperParameters = new[] { {|#0:"mode=c"|} }"""),
                members: """
                    [HyperParameter(Values = new[] { "a", "b" })]
                    public string? Mode { get; set; }
                """),
            new DiagnosticResult("AG0309", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
                "The validation job's value for 'mode' is not valid for a Categorical hyperparameter: 'c' is not one of a, b."));

        [Fact]
        public Task Values_valid_for_their_declarations_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile(profileArguments: """, HyperParameters = new[] { "depth=10", "mode=b", "notes=anything at all" }"""),
            members: """
                [HyperParameter(MinValue = 1, MaxValue = 10)]
                public int Depth { get; set; } = 3;

                [HyperParameter(Values = new[] { "a", "b" })]
                public string? Mode { get; set; }

                [HyperParameter]
                public string? Notes { get; set; }
            """));

        [Fact]
        public void Runtime_value_outside_the_range_reports_AG0309_at_the_map()
        {
            CreateAlgorithmRequest request = RuntimeRequests.WithProfile();
            request.TrainingSpecification!.SupportedHyperParameters = new List<HyperParameterSpecification>
            {
                new()
                {
                    Name = "depth",
                    Type = "Integer",
                    Range = new ParameterRange { IntegerParameterRangeSpecification = new IntegerParameterRangeSpecification { MinValue = "1", MaxValue = "10" } },
                },
            };
            RuntimeRequests.TrainingJob(request).HyperParameters = new Dictionary<string, string> { ["depth"] = "11" };
            RuntimeRequests.AssertSingle(request, "AG0309", "ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.HyperParameters.depth");
        }

        // ---------------------------------------------------------------- AG0311 documented limit exceeded

        [Fact]
        public Task Run_time_over_28_days_is_reported_at_the_run_time_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: Fragments.Profile().Replace("MaxRuntimeInSeconds = 3600", "MaxRuntimeInSeconds = {|#0:2419201|}")),
            new DiagnosticResult("AG0311", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
                "MaxRuntimeInSeconds is 2419201 seconds; \"the maximum value is 28 days\" (2419200 seconds). Lower it."));

        [Fact]
        public Task More_than_100_transform_instances_are_reported_at_the_transform_instance_count() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Inference() + "\n" + Fragments.Profile(extra: Fragments.TransformJob().Replace("InstanceCount = 1", "InstanceCount = {|AG0311:101|}"))));

        [Fact]
        public Task Limits_reached_exactly_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Inference() + "\n" + Fragments.Profile(extra: Fragments.TransformJob().Replace("InstanceCount = 1", "InstanceCount = 100"))
                .Replace("MaxRuntimeInSeconds = 3600", "MaxRuntimeInSeconds = 2419200")));

        [Fact]
        public void Runtime_run_time_over_28_days_reports_AG0311_at_the_run_time()
        {
            CreateAlgorithmRequest request = RuntimeRequests.WithProfile();
            RuntimeRequests.TrainingJob(request).StoppingCondition!.MaxRuntimeInSeconds = 2419201;
            RuntimeRequests.AssertSingle(request, "AG0311", "ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.StoppingCondition.MaxRuntimeInSeconds");
        }

        // ---------------------------------------------------------------- AG0310 transform job that does not fit the inference specification

        [Fact]
        public Task Transform_job_without_inference_specification_is_reported_at_the_transform_job() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile(extra: Fragments.TransformJob().Replace("[ValidationTransformJob(", "[{|AG0310:ValidationTransformJob|}("))));

        [Fact]
        public async Task Transform_job_without_inference_specification_is_an_error_with_its_message()
        {
            // The severity and message; the test above pins the location.
            IReadOnlyList<Diagnostic> diagnostics = await AnalyzerRunner.AnalyzeAsync(Algorithms.Valid(extraAttributes: Fragments.Profile(extra: Fragments.TransformJob())));
            Diagnostic diagnostic = Assert.Single(diagnostics);
            Assert.Equal("AG0310", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(
                "The validation profile has a transform job but the algorithm has no inference specification to run it; add [InferenceSpecification] and an [InferenceContainer].",
                diagnostic.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public Task Augmented_manifest_as_transform_input_is_reported_at_the_data_type() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Inference() + "\n" + Fragments.Profile(extra: Fragments.TransformJob()
                .Replace("S3DataType = S3DataType.S3Prefix", "S3DataType = {|AG0310:S3DataType.AugmentedManifestFile|}"))));

        [Fact]
        public Task Transform_job_with_inference_specification_has_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Inference() + "\n" + Fragments.Profile(extra: Fragments.TransformJob(", SplitType = SplitType.Line, BatchStrategy = BatchStrategy.MultiRecord"))));

        [Fact]
        public void Runtime_transform_job_without_inference_specification_reports_AG0310_at_the_transform_job()
        {
            CreateAlgorithmRequest request = RuntimeRequests.WithProfile();
            request.ValidationSpecification!.ValidationProfiles![0].TransformJobDefinition = new TransformJobDefinition
            {
                TransformInput = new TransformInput { DataSource = new TransformDataSource { S3DataSource = new TransformS3DataSource { S3DataType = "S3Prefix", S3Uri = "s3://example-bucket/batch/" } } },
                TransformOutput = new TransformOutput { S3OutputPath = "s3://example-bucket/transform" },
                TransformResources = new TransformResources { InstanceType = "ml.m5.xlarge", InstanceCount = 1 },
            };
            RuntimeRequests.AssertSingle(request, "AG0310", "ValidationSpecification.ValidationProfiles[0].TransformJobDefinition");
        }
    }
}
