using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using AlgorithmGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace AlgorithmGen.Analyzers.Tests.Rules
{
    /// <summary>AG09xx: AlgorithmGen's own usage rules (UsageRules and the compilation-end duplicate-name check).</summary>
    public class UsageRuleTests
    {
        private const string Header = """
            [Algorithm("demo-algorithm", TrainingImage = "img", SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge })]
            [Channel("train", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
            """;

        private static string Algorithm(string name, string className) => Algorithms.Usings + $$"""
            [Algorithm({{name}}, TrainingImage = "img", SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge })]
            [Channel("train", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
            public partial class {{className}} { }
            """;

        // ---------------------------------------------------------------- AG0901 not partial

        [Fact]
        public Task Class_without_partial_is_reported_at_its_name_with_its_message() => Verify.Analyzer(
            Algorithms.Usings + Header + "\npublic class {|#0:Demo|} { }",
            new DiagnosticResult("AG0901", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
                "[Algorithm] class 'Demo' is not partial; the generator adds members to it, so it must be a non-generic partial class. Add the 'partial' modifier."));

        [Fact]
        public Task Generic_class_is_reported_at_its_name() => Verify.Analyzer(Algorithms.Usings + Header + "\npublic partial class {|AG0901:Demo|}<T> { }");

        [Fact]
        public Task Record_is_reported_at_its_name() => Verify.Analyzer(Algorithms.Usings + Header + "\npublic partial record {|AG0901:Demo|} { }");

        [Fact]
        public Task Non_partial_containing_class_is_reported_at_its_name() => Verify.Analyzer(
            Algorithms.Usings + "public class {|AG0901:Outer|}\n{\n" + Header + "\npublic partial class Inner { }\n}");

        [Fact]
        public Task Partial_class_nested_in_partial_classes_has_no_diagnostics() => Verify.Analyzer(
            Algorithms.Usings + "public partial class Outer\n{\n" + Header + "\npublic partial class Inner { }\n}");

        // ---------------------------------------------------------------- AG0902 unsupported hyperparameter type

        [Fact]
        public Task Date_time_hyperparameter_is_reported_at_the_property_type_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(members: """
                [HyperParameter]
                public {|#0:System.DateTime|} When { get; set; }
            """),
            new DiagnosticResult("AG0902", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
                "Hyperparameter 'When' has type System.DateTime; use an integer, floating-point, bool, enum or string type (hyperparameters travel as strings)."));

        [Fact]
        public Task Array_hyperparameter_is_reported_at_the_property_type() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter]
                public {|AG0902:int[]?|} Layers { get; set; }
            """));

        [Fact]
        public Task Unsupported_type_with_an_explicit_hyperparameter_type_has_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(Type = HyperParameterType.FreeText)]
                public System.DateTime When { get; set; }

                [HyperParameter]
                public long? Seed { get; set; }

                [HyperParameter]
                public decimal Rate { get; set; }
            """));

        // ---------------------------------------------------------------- AG0903 non-constant default

        [Fact]
        public Task Method_call_initializer_is_reported_at_the_initializer_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(members: """
                [HyperParameter]
                public int Depth { get; set; } = {|#0:System.Math.Max(2, 3)|};
            """),
            new DiagnosticResult("AG0903", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                "The initializer of 'Depth' is not a compile-time constant, so it can't be the hyperparameter's DefaultValue; use a constant or set DefaultValue = \"...\"."));

        [Fact]
        public Task String_empty_is_not_a_constant_and_is_reported() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter]
                public string Notes { get; set; } = {|AG0903:string.Empty|};
            """));

        [Fact]
        public Task Constant_initializers_and_explicit_defaults_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(members: """
                private const int DefaultDepth = 3;

                [HyperParameter]
                public int Depth { get; set; } = DefaultDepth + 1;

                [HyperParameter(DefaultValue = "")]
                public string Notes { get; set; } = string.Empty;

                [HyperParameter]
                public string Mode { get; set; } = null!;
            """));

        // ---------------------------------------------------------------- AG0904 duplicate algorithm name (compilation end)

        [Fact]
        public Task Same_name_in_two_files_is_reported_at_both_names_with_its_message() => AnalyzerRunner.VerifySources(
            new[] { Algorithm("{|#0:\"demo-algorithm\"|}", "First"), Algorithm("{|#1:\"demo-algorithm\"|}", "Second") },
            new DiagnosticResult("AG0904", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
                "Algorithm name 'demo-algorithm' is declared by First, Second; algorithm names must be unique in an account and region. Rename all but one."),
            new DiagnosticResult("AG0904", DiagnosticSeverity.Error).WithLocation(1).WithMessage(
                "Algorithm name 'demo-algorithm' is declared by First, Second; algorithm names must be unique in an account and region. Rename all but one."));

        [Fact]
        public Task Same_name_on_two_classes_of_one_file_is_reported_at_both_names() => Verify.Analyzer(
            Algorithm("{|AG0904:\"demo-algorithm\"|}", "First") + "\n" + Algorithm("name: {|AG0904:\"demo-algorithm\"|}", "Second").Replace(Algorithms.Usings, string.Empty));

        [Fact]
        public Task Names_differing_only_in_case_are_the_same_name_as_for_the_payload_files() => AnalyzerRunner.VerifySources(
            new[] { Algorithm("{|#0:\"demo-algorithm\"|}", "First"), Algorithm("{|#1:\"Demo-Algorithm\"|}", "Second") },
            new DiagnosticResult("AG0904", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
                "Algorithm name 'demo-algorithm' is declared by First, Second; algorithm names must be unique in an account and region. Rename all but one."),
            new DiagnosticResult("AG0904", DiagnosticSeverity.Error).WithLocation(1).WithMessage(
                "Algorithm name 'Demo-Algorithm' is declared by First, Second; algorithm names must be unique in an account and region. Rename all but one."));

        [Fact]
        public Task Different_names_in_two_files_have_no_diagnostics() => AnalyzerRunner.VerifySources(
            new[] { Algorithm("\"first-algorithm\"", "First"), Algorithm("\"second-algorithm\"", "Second") });

        // ---------------------------------------------------------------- AG0905 unknown reference

        [Fact]
        public Task Data_source_naming_an_unknown_container_is_reported_at_the_container_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: Fragments.Inference(containerArguments: """, Id = "serve" """) + "\n"
                + """[ModelDataSource("s3://example-bucket/model/", S3ObjectDataType.S3Prefix, CompressionType.None, Container = {|#0:"missing"|})]"""),
            new DiagnosticResult("AG0905", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("[ModelDataSource] names container 'missing', but no [InferenceContainer] has that Id."));

        [Fact]
        public Task Data_source_without_container_among_two_containers_is_reported_at_the_attribute() => Verify.Analyzer(Algorithms.Valid(extraAttributes: """
            [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/a:1", Id = "a")]
            [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/b:1", Id = "b")]
            [{|AG0905:AdditionalModelDataSource|}("weights", "s3://example-bucket/weights/", S3ObjectDataType.S3Prefix, CompressionType.None)]
            """));

        [Fact]
        public Task Repeated_container_id_is_reported_at_the_second_id() => Verify.Analyzer(Algorithms.Valid(extraAttributes: """
            [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/a:1", Id = "serve")]
            [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/b:1", Id = {|AG0905:"serve"|})]
            """));

        [Fact]
        public Task Placement_naming_an_unknown_profile_is_reported_at_the_profile_name() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile(extra: """[ValidationPlacement(1, Profile = {|AG0905:"other"|})]""")));

        [Fact]
        public async Task Validation_input_without_profile_among_two_profiles_is_reported_at_the_attribute()
        {
            // Two profiles are refused anyway (AG0005, the API allows exactly one), with more errors for the empty
            // second one; here only the ambiguous input matters.
            string source = Algorithms.Valid(extraAttributes: "[ValidationProfile(\"second\")]\n" + Fragments.Profile());
            Diagnostic diagnostic = Assert.Single(await AnalyzerRunner.AnalyzeAsync(source), d => d.Id == "AG0905");
            Assert.Equal("ValidationInput", source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
            Assert.Equal("[ValidationInput] does not say which of the 2 profiles it belongs to; set Profile.", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public Task Validation_input_without_any_profile_is_reported_at_the_attribute() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: """[{|AG0905:ValidationInput|}("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://example-bucket/train/")]"""));

        [Fact]
        public Task Parts_naming_declared_containers_and_profiles_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(extraAttributes: """
            [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/a:1", Id = "a")]
            [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/b:1", Id = "b")]
            [ModelDataSource("s3://example-bucket/model/", S3ObjectDataType.S3Prefix, CompressionType.None, Container = "a")]
            [AdditionalModelDataSource("weights", "s3://example-bucket/weights/", S3ObjectDataType.S3Prefix, CompressionType.None, Container = "b")]
            [AdditionalS3DataSource(S3ObjectDataType.S3Prefix, "s3://example-bucket/extra/", Container = "b")]
            [AdditionalS3DataSource(S3ObjectDataType.S3Object, "s3://example-bucket/training-extra.bin")]
            """ + "\n" + Fragments.Profile(profileArguments: ", EnableMultipleJobs = true", extra: """[ValidationPlacement(1, Profile = "smoke")]""")));

        // ---------------------------------------------------------------- AG0906 malformed "KEY=value" entry

        [Fact]
        public Task Environment_entry_without_equals_is_reported_at_the_entry_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: Fragments.Inference(containerArguments: """, Environment = new[] { "WORKERS=2", {|#0:"VERBOSE"|} }""")),
            new DiagnosticResult("AG0906", DiagnosticSeverity.Error).WithLocation(0).WithMessage("Environment entry \"VERBOSE\" has no '='; write \"KEY=value\"."));

        [Fact]
        public Task Repeated_environment_key_of_a_transform_job_is_reported_at_the_repeat() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Inference() + "\n" + Fragments.Profile(extra: Fragments.TransformJob(""", Environment = new[] { "A=1", {|AG0906:"A=2"|} }"""))));

        [Fact]
        public Task Empty_key_is_reported_at_the_entry_with_its_pattern() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Inference(containerArguments: """, Environment = new[] { {|AG0003:{|AG0906:"=x"|}|} }""")));

        [Fact]
        public Task Repeated_hyperparameter_is_reported_at_the_repeat() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile(profileArguments: """, HyperParameters = new[] { "depth=1", {|AG0906:"depth=2"|} }"""),
            members: """
                [HyperParameter]
                public int Depth { get; set; }
            """));

        [Fact]
        public Task Repeated_hyperparameter_in_a_collection_expression_is_reported_at_the_repeat() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile(profileArguments: """, HyperParameters = ["depth=1", {|AG0906:"depth=2"|}]"""),
            members: """
                [HyperParameter]
                public int Depth { get; set; }
            """));

        [Fact]
        public Task Well_formed_entries_including_values_with_equals_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Inference(containerArguments: """, Environment = new[] { "MODE=fast=yes", "EMPTY=" }""") + "\n"
                + Fragments.Profile(profileArguments: """, HyperParameters = new[] { "depth=3" }"""),
            members: """
                [HyperParameter]
                public int Depth { get; set; }
            """));

        // ---------------------------------------------------------------- AG0907 data source count

        [Fact]
        public Task Validation_input_without_data_source_is_reported_at_the_attribute_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: Fragments.Profile()
                .Replace("""[ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://example-bucket/train/")]""", """[{|#0:ValidationInput|}("train", ContentType = "text/csv")]""")),
            new DiagnosticResult("AG0907", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
                "Validation input 'train' sets no data source; set exactly one: S3 (S3Uri, S3DataType), a file system (FileSystemId, FileSystemType, FileSystemAccessMode, DirectoryPath) or a dataset (DatasetArn)."));

        [Fact]
        public Task Validation_input_with_two_data_sources_is_reported_at_the_attribute() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Profile(inputArguments: """, DatasetArn = "arn:aws:sagemaker:us-east-1:123456789012:hub-content/my-hub/DataSet/my-data/1.0.0" """)
                .Replace("[ValidationInput(", "[{|AG0907:ValidationInput|}(")));

        [Fact]
        public Task File_system_and_dataset_inputs_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(extraAttributes:
            """[Channel("model", SupportedContentTypes = new[] { "application/octet-stream" }, SupportedInputModes = new[] { TrainingInputMode.File })]""" + "\n"
            + """[Channel("reference", SupportedContentTypes = new[] { "application/json" }, SupportedInputModes = new[] { TrainingInputMode.File })]""" + "\n"
            + Fragments.Profile(extra: """
                [ValidationInput("model", FileSystemId = "fs-0123456789abcdef0", FileSystemType = FileSystemType.EFS, FileSystemAccessMode = FileSystemAccessMode.ReadOnly, DirectoryPath = "/models")]
                [ValidationInput("reference", DatasetArn = "arn:aws:sagemaker:us-east-1:123456789012:hub-content/my-hub/DataSet/my-data/1.0.0")]
                """)));

        // ---------------------------------------------------------------- AG0908 orphan attribute

        [Fact]
        public Task Channel_on_a_class_without_algorithm_is_reported_at_the_attribute_with_its_message() => Verify.Analyzer(
            Algorithms.Usings + """
                [{|#0:Channel|}("train", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                public partial class Helper { }
                """,
            new DiagnosticResult("AG0908", DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("[Channel] has no effect on 'Helper', which has no [Algorithm] attribute; add [Algorithm(\"name\")] or remove it."));

        [Fact]
        public Task Hyperparameter_in_a_class_without_algorithm_is_reported_at_the_attribute() => Verify.Analyzer(Algorithms.Usings + """
            public class Settings
            {
                [{|AG0908:HyperParameter|}]
                public int Depth { get; set; }
            }
            """);

        [Fact]
        public Task Hyperparameter_range_in_a_class_without_algorithm_is_reported_once_at_the_attribute_that_says_it() => Verify.Analyzer(
            Algorithms.Usings + """
                public class Settings
                {
                    [{|#0:HyperParameterRange|}(IntegerMinValue = 1)]
                    public int Depth { get; set; }

                    [{|AG0908:HyperParameter|}, HyperParameterRange(IntegerMinValue = 1)]
                    public int Rounds { get; set; }
                }
                """,
            new DiagnosticResult("AG0908", DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("[HyperParameterRange] has no effect on 'Settings', which has no [Algorithm] attribute; add [Algorithm(\"name\")] or remove it."));

        [Fact]
        public Task Hyperparameter_on_a_static_property_is_reported_at_the_attribute() => Verify.Analyzer(Algorithms.Valid(members: """
                [{|AG0908:HyperParameter|}]
                public static int Seed { get; set; }
            """));

        [Fact]
        public Task Hyperparameter_on_a_static_property_is_left_out_of_the_request() => Verify.Analyzer(Algorithms.Valid(members: """
                [{|AG0908:HyperParameter|}(IsTunable = true)]
                public static int Seed { get; set; }
            """));

        [Fact]
        public void Generated_request_leaves_out_static_and_indexer_hyperparameters()
        {
            (_, GeneratorDriverRunResult result) = AnalyzerRunner.Generate(AnalyzerRunner.Compile(Algorithms.Valid(members: """
                [HyperParameter]
                public static int Seed { get; set; } = 3;

                [HyperParameter]
                public int this[int i] => i;
            """)));
            string generated = result.Results.Single().GeneratedSources.Single(s => s.HintName == "Demo.g.cs").SourceText.ToString();
            Assert.DoesNotContain("SupportedHyperParameters", generated, System.StringComparison.Ordinal);
        }

        [Fact]
        public Task Second_training_data_source_is_reported_as_having_no_effect_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: """
                [AdditionalS3DataSource(S3ObjectDataType.S3Prefix, "s3://example-bucket/first/")]
                [{|#0:AdditionalS3DataSource|}(S3ObjectDataType.S3Prefix, "s3://example-bucket/second/")]
                """),
            new DiagnosticResult("AG0908", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                "[AdditionalS3DataSource] repeats one already declared; the API allows an AdditionalS3DataSource there only once, so this one is ignored. Remove it or merge it into the first."));

        [Fact]
        public Task Data_sources_of_different_parents_are_no_repeats() => Verify.Analyzer(Algorithms.Valid(extraAttributes: """
            [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/a:1", Id = "a")]
            [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/b:1", Id = "b")]
            [AdditionalS3DataSource(S3ObjectDataType.S3Prefix, "s3://example-bucket/training/")]
            [AdditionalS3DataSource(S3ObjectDataType.S3Prefix, "s3://example-bucket/a/", Container = "a")]
            [AdditionalS3DataSource(S3ObjectDataType.S3Prefix, "s3://example-bucket/b/", Container = "b")]
            [ModelDataSource("s3://example-bucket/model-a/", S3ObjectDataType.S3Prefix, CompressionType.None, Container = "a")]
            [ModelDataSource("s3://example-bucket/model-b/", S3ObjectDataType.S3Prefix, CompressionType.None, Container = "b")]
            """));

        [Fact]
        public Task Second_model_data_source_of_a_container_is_reported_as_having_no_effect() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Inference() + "\n" + """
                [ModelDataSource("s3://example-bucket/model-a/", S3ObjectDataType.S3Prefix, CompressionType.None)]
                [{|AG0908:ModelDataSource|}("s3://example-bucket/model-b/", S3ObjectDataType.S3Prefix, CompressionType.None)]
                """));

        [Fact]
        public Task Second_transform_job_of_a_profile_is_reported_as_having_no_effect() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Inference() + "\n" + Fragments.Profile(extra: Fragments.TransformJob() + "\n"
                + Fragments.TransformJob().Replace("[ValidationTransformJob(", "[{|AG0908:ValidationTransformJob|}("))));

        [Fact]
        public Task Attributes_on_an_algorithm_class_and_instance_properties_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: """[Tag("team", "forecasting")]""",
            members: """
                [HyperParameter]
                public int Depth { get; set; }
            """));

        // ---------------------------------------------------------------- AG0909 generated member conflict

        [Fact]
        public Task Member_named_Definition_is_reported_at_its_name_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(members: """
                public static string {|#0:Definition|} => "mine";
            """),
            new DiagnosticResult("AG0909", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("'Demo' declares 'Definition', which the generator adds to [Algorithm] classes; rename the member."));

        [Fact]
        public Task Members_named_like_every_generated_member_are_reported() => Verify.Analyzer(Algorithms.Valid(members: """
                public const string {|AG0909:CreateAlgorithmJson|} = "{}";
                public static object? {|AG0909:CreateRequest|}() => null;
                public static int {|AG0909:RegisterAsync|};
                public class {|AG0909:Definition|} { }
                public object? {|AG0909:ToHyperParameters|}() => null;
                public static class {|AG0909:ChannelNames|} { }
            """));

        [Fact]
        public Task Members_named_like_the_training_types_are_reported_where_those_are_generated() => Verify.AnalyzerWithTraining(Algorithms.Valid(members: """
                public class {|AG0909:TrainingMetrics|} { }
                public static object? {|AG0909:TrainingContext|} => null;
                public static int {|AG0909:TrainingChannels|};
            """));

        [Fact]
        public Task Members_named_like_the_training_types_are_no_conflict_without_the_training_package() => Verify.Analyzer(Algorithms.Valid(members: """
                public class TrainingMetrics { }
                public static object? TrainingContext => null;
            """));

        [Fact]
        public Task Overload_of_a_generated_method_is_no_conflict() => Verify.Analyzer(Algorithms.Valid(members: """
                public static object? CreateRequest(int variant) => null;
            """));

        [Fact]
        public Task Similar_member_names_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(members: """
                public static string Definitions => "mine";
                public static object? CreateRequests() => null;
            """));

        [Fact]
        public async Task Members_the_generator_adds_are_no_conflict_when_the_generator_has_run()
        {
            ImmutableArray<Diagnostic> diagnostics = await AnalyzerRunner.GenerateAndAnalyzeAsync(Algorithms.Valid(members: """
                    [HyperParameter(MinValue = 1, MaxValue = 10)]
                    public int Depth { get; set; } = 3;
                """));
            Assert.Empty(diagnostics);
        }

        [Fact]
        public async Task User_member_named_Definition_is_reported_once_when_the_generator_has_run()
        {
            ImmutableArray<Diagnostic> diagnostics = await AnalyzerRunner.GenerateAndAnalyzeAsync(Algorithms.Valid(members: """
                    public static string Definition => "mine";
                """));
            Diagnostic diagnostic = Assert.Single(diagnostics);
            Assert.Equal("AG0909", diagnostic.Id);
            Assert.Equal("Source0.cs", diagnostic.Location.SourceTree!.FilePath);
        }
    }
}
