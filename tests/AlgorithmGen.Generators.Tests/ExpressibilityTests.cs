using System.Linq;
using System.Reflection;
using System.Text.Json;
using AlgorithmGen.Generators.Tests.Infrastructure;
using Xunit;

namespace AlgorithmGen.Generators.Tests
{
    /// <summary>
    /// Payloads the service accepts that the attributes must say exactly (issue 12's gaps): no range on a bool, the
    /// exact text of numbers, explicit false, no description despite a summary, objectives of their own and in their
    /// own order, a single container's AdditionalS3DataSource, one instance-type list for several uses.
    /// </summary>
    public sealed class ExpressibilityTests
    {
        private const string Head = """
            using AlgorithmGen;
            """;

        private static JsonElement Payload(string attributes, string members = "", string className = "Gap")
        {
            string source = Head + "\n" + attributes + "\npublic partial class " + className + "\n{\n" + members + "\n}\n";
            Assembly assembly = GeneratorHarness.CompileAndLoad(source);
            return JsonDocument.Parse(GeneratorHarness.CompileTimeJson(assembly, className)).RootElement.Clone();
        }

        private static JsonElement Training(JsonElement payload) => payload.GetProperty("TrainingSpecification");

        private static JsonElement OnlyHyperParameter(JsonElement payload) =>
            Training(payload).GetProperty("SupportedHyperParameters").EnumerateArray().Single();

        [Fact]
        public void Values_null_makes_a_categorical_bool_without_a_range()
        {
            JsonElement parameter = OnlyHyperParameter(Payload("[Algorithm(\"gap\")]", "[HyperParameter(Values = null)] public bool Flag { get; set; } = true;"));

            Assert.Equal("Categorical", parameter.GetProperty("Type").GetString());
            Assert.False(parameter.TryGetProperty("Range", out _));
            Assert.Equal("true", parameter.GetProperty("DefaultValue").GetString());
        }

        [Fact]
        public void A_bool_without_Values_still_lists_true_and_false()
        {
            JsonElement parameter = OnlyHyperParameter(Payload("[Algorithm(\"gap\")]", "[HyperParameter] public bool Flag { get; set; }"));

            Assert.Equal(new[] { "true", "false" }, parameter.GetProperty("Range").GetProperty("CategoricalParameterRangeSpecification").GetProperty("Values")
                .EnumerateArray().Select(v => v.GetString()));
        }

        [Theory]
        [InlineData("MinValue = 0.0, MaxValue = 1e-5", "0.0", "1e-05")]
        [InlineData("MinValue = 0, MaxValue = double.MaxValue", "0", "1.7976931348623157e+308")]
        [InlineData("MinValue = \"0.00\", MaxValue = \"1E-05\"", "0.00", "1E-05")]
        [InlineData("MinValue = 1e16, MaxValue = 1e-4", "1e+16", "0.0001")]
        public void Range_bounds_are_python_style_numbers_or_exactly_the_text_written(string bounds, string min, string max)
        {
            JsonElement range = OnlyHyperParameter(Payload("[Algorithm(\"gap\")]", "[HyperParameter(" + bounds + ")] public double Rate { get; set; }"))
                .GetProperty("Range").GetProperty("ContinuousParameterRangeSpecification");

            Assert.Equal(min, range.GetProperty("MinValue").GetString());
            Assert.Equal(max, range.GetProperty("MaxValue").GetString());
        }

        [Theory]
        [InlineData("= 1.0;", "", "1.0")]
        [InlineData("= 0.00001;", "", "1e-05")]
        [InlineData("= 0.5;", ", DefaultValue = \"0.50\"", "0.50")]
        public void Defaults_are_python_style_or_exactly_the_DefaultValue_text(string initializer, string argument, string expected)
        {
            JsonElement parameter = OnlyHyperParameter(Payload("[Algorithm(\"gap\")]", "[HyperParameter(Type = HyperParameterType.Continuous" + argument + ")] public double Rate { get; set; } " + initializer));

            Assert.Equal(expected, parameter.GetProperty("DefaultValue").GetString());
        }

        [Fact]
        public void DefaultValue_null_sends_no_default_despite_an_initializer()
        {
            JsonElement parameter = OnlyHyperParameter(Payload("[Algorithm(\"gap\")]", "[HyperParameter(DefaultValue = null)] public int Rounds { get; set; } = 10;"));

            Assert.False(parameter.TryGetProperty("DefaultValue", out _));
        }

        [Fact]
        public void Explicit_false_is_sent_and_unwritten_flags_are_omitted()
        {
            JsonElement payload = Payload("""
                [Algorithm("gap", SupportsDistributedTraining = false, CertifyForMarketplace = false)]
                [Channel("train", IsRequired = false, SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                [Channel("extra", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                """, """
                [HyperParameter(IsTunable = false, IsRequired = false)] public int Written { get; set; }
                [HyperParameter] public int NotWritten { get; set; }
                """);

            Assert.Equal(JsonValueKind.False, payload.GetProperty("CertifyForMarketplace").ValueKind);
            Assert.Equal(JsonValueKind.False, Training(payload).GetProperty("SupportsDistributedTraining").ValueKind);
            JsonElement[] channels = Training(payload).GetProperty("TrainingChannels").EnumerateArray().ToArray();
            Assert.Equal(JsonValueKind.False, channels[0].GetProperty("IsRequired").ValueKind);
            Assert.False(channels[1].TryGetProperty("IsRequired", out _));
            JsonElement[] parameters = Training(payload).GetProperty("SupportedHyperParameters").EnumerateArray().ToArray();
            Assert.Equal(JsonValueKind.False, parameters[0].GetProperty("IsTunable").ValueKind);
            Assert.Equal(JsonValueKind.False, parameters[0].GetProperty("IsRequired").ValueKind);
            Assert.False(parameters[1].TryGetProperty("IsTunable", out _));
            Assert.False(parameters[1].TryGetProperty("IsRequired", out _));
        }

        [Fact]
        public void Description_null_sends_no_description_despite_summaries()
        {
            JsonElement payload = Payload("""
                /// <summary>Not sent.</summary>
                [Algorithm("gap", Description = null)]
                """, """
                /// <summary>Not sent either.</summary>
                [HyperParameter(Description = null)] public int Rounds { get; set; }
                """);

            Assert.False(payload.TryGetProperty("AlgorithmDescription", out _));
            Assert.False(OnlyHyperParameter(payload).TryGetProperty("Description", out _));
        }

        [Fact]
        public void Tuning_objectives_of_their_own_follow_the_metrics_objectives_in_declaration_order()
        {
            JsonElement payload = Payload("""
                [Algorithm("gap")]
                [Metric("loss", "loss=(\\S+)", TuningObjective = ObjectiveType.Minimize)]
                [Metric("accuracy", "acc=(\\S+)")]
                [TuningObjective(ObjectiveType.Maximize, "accuracy")]
                [TuningObjective(ObjectiveType.Minimize, "builtin:latency")]
                """);

            Assert.Equal(
                new[] { "Minimize loss", "Maximize accuracy", "Minimize builtin:latency" },
                Training(payload).GetProperty("SupportedTuningJobObjectiveMetrics").EnumerateArray()
                    .Select(o => o.GetProperty("Type").GetString() + " " + o.GetProperty("MetricName").GetString()));
            Assert.Equal(2, Training(payload).GetProperty("MetricDefinitions").GetArrayLength());
        }

        [Fact]
        public void Owner_puts_an_additional_s3_data_source_on_the_only_container()
        {
            JsonElement payload = Payload("""
                [Algorithm("gap")]
                [InferenceContainer("image")]
                [AdditionalS3DataSource(S3ObjectDataType.S3Object, "s3://bucket/lookup.json", Owner = DataSourceOwner.InferenceContainer)]
                [AdditionalS3DataSource(S3ObjectDataType.S3Prefix, "s3://bucket/tokenizer/", Owner = DataSourceOwner.TrainingSpecification)]
                """);

            Assert.Equal("s3://bucket/lookup.json", payload.GetProperty("InferenceSpecification").GetProperty("Containers")[0]
                .GetProperty("AdditionalS3DataSource").GetProperty("S3Uri").GetString());
            Assert.Equal("s3://bucket/tokenizer/", Training(payload).GetProperty("AdditionalS3DataSource").GetProperty("S3Uri").GetString());
        }

        [Fact]
        public void One_instance_type_list_serves_every_use_it_names_and_explicit_lists_win()
        {
            JsonElement payload = Payload("""
                [Algorithm("gap")]
                [SupportedInstanceTypes(InstanceTypeUse.Training | InstanceTypeUse.RealtimeInference, TrainingInstanceTypes.MlM5_Large, "ml.g5.xlarge")]
                [SupportedInstanceTypes(InstanceTypeUse.Transform, "ml.c5.xlarge")]
                [InferenceSpecification(SupportedContentTypes = new[] { "text/csv" })]
                [InferenceContainer("image")]
                """);
            JsonElement inference = payload.GetProperty("InferenceSpecification");

            Assert.Equal(new[] { "ml.m5.large", "ml.g5.xlarge" }, Training(payload).GetProperty("SupportedTrainingInstanceTypes").EnumerateArray().Select(v => v.GetString()));
            Assert.Equal(new[] { "ml.m5.large", "ml.g5.xlarge" }, inference.GetProperty("SupportedRealtimeInferenceInstanceTypes").EnumerateArray().Select(v => v.GetString()));
            Assert.Equal(new[] { "ml.c5.xlarge" }, inference.GetProperty("SupportedTransformInstanceTypes").EnumerateArray().Select(v => v.GetString()));
        }

        // ------------------------------------------------------------ [HyperParameterRange]: the range exactly as stated

        [Theory]
        [InlineData("int", "IntegerMinValue = 1, IntegerMaxValue = 5", """{"IntegerParameterRangeSpecification":{"MinValue":"1","MaxValue":"5"}}""")]
        [InlineData("int", "ContinuousMinValue = 0.5, ContinuousMaxValue = \"1E+3\"", """{"ContinuousParameterRangeSpecification":{"MinValue":"0.5","MaxValue":"1E+3"}}""")]
        [InlineData("double", "IntegerMinValue = 0, IntegerMaxValue = 10000000000L", """{"IntegerParameterRangeSpecification":{"MinValue":"0","MaxValue":"10000000000"}}""")]
        [InlineData("int", "IntegerMinValue = 1, IntegerMaxValue = 100, ContinuousMinValue = 0.0, ContinuousMaxValue = 1e-5", """{"IntegerParameterRangeSpecification":{"MinValue":"1","MaxValue":"100"},"ContinuousParameterRangeSpecification":{"MinValue":"0.0","MaxValue":"1e-05"}}""")]
        [InlineData("int", "", "{}")]
        [InlineData("int", "IntegerMinValue = null", """{"IntegerParameterRangeSpecification":{}}""")]
        [InlineData("int", "ContinuousMaxValue = 2.5", """{"ContinuousParameterRangeSpecification":{"MaxValue":"2.5"}}""")]
        [InlineData("bool", "CategoricalValues = null", """{"CategoricalParameterRangeSpecification":{}}""")]
        [InlineData("bool", "CategoricalValues = new[] { \"false\", \"true\" }, IntegerMinValue = 0", """{"IntegerParameterRangeSpecification":{"MinValue":"0"},"CategoricalParameterRangeSpecification":{"Values":["false","true"]}}""")]
        public void HyperParameterRange_sends_exactly_the_range_it_states(string propertyType, string range, string expected)
        {
            JsonElement parameter = OnlyHyperParameter(Payload("[Algorithm(\"gap\")]", "[HyperParameter, HyperParameterRange(" + range + ")] public " + propertyType + " Knob { get; set; }"));

            Assert.Equal(expected, parameter.GetProperty("Range").GetRawText());
        }

        [Theory]
        [InlineData("int", "ContinuousMinValue = 1", "Integer")]
        [InlineData("double", "IntegerMinValue = 1", "Continuous")]
        [InlineData("bool", "", "Categorical")]
        [InlineData("string?", "", "FreeText")]
        [InlineData("string?", "CategoricalValues = new[] { \"a\" }", "Categorical")]
        public void HyperParameterRange_leaves_the_type_to_the_property_and_values_make_a_string_categorical(string propertyType, string range, string expected)
        {
            JsonElement parameter = OnlyHyperParameter(Payload("[Algorithm(\"gap\")]", "[HyperParameter, HyperParameterRange(" + range + ")] public " + propertyType + " Knob { get; set; }"));

            Assert.Equal(expected, parameter.GetProperty("Type").GetString());
        }

        [Fact]
        public void HyperParameterRange_replaces_the_range_HyperParameter_states()
        {
            JsonElement parameter = OnlyHyperParameter(Payload("[Algorithm(\"gap\")]", "[HyperParameter(MinValue = 1, MaxValue = 5), HyperParameterRange(ContinuousMinValue = 2)] public int Knob { get; set; }"));

            Assert.Equal("""{"ContinuousParameterRangeSpecification":{"MinValue":"2"}}""", parameter.GetProperty("Range").GetRawText());
        }

        [Fact]
        public void HyperParameterRange_without_HyperParameter_declares_nothing()
        {
            JsonElement payload = Payload("[Algorithm(\"gap\")]", "[HyperParameterRange(IntegerMinValue = 1)] public int Knob { get; set; }");

            Assert.False(Training(payload).TryGetProperty("SupportedHyperParameters", out _));
        }

        // ------------------------------------------------------------ structures present and empty

        private const string Profile = """
            [Algorithm("gap")]
            [Channel("train", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
            """;

        private static JsonElement TrainingJob(JsonElement payload) =>
            payload.GetProperty("ValidationSpecification").GetProperty("ValidationProfiles")[0].GetProperty("TrainingJobDefinition");

        [Fact]
        public void Empty_flags_send_the_stopping_condition_and_placement_config_present_and_empty()
        {
            JsonElement job = TrainingJob(Payload(Profile + """
                [ValidationProfile("p", EmptyStoppingCondition = true, EmptyInstancePlacementConfig = true)]
                [ValidationInput("train", S3Uri = "s3://bucket/train/", S3DataType = S3DataType.S3Prefix)]
                """));

            Assert.Equal("{}", job.GetProperty("StoppingCondition").GetRawText());
            Assert.Equal("{}", job.GetProperty("ResourceConfig").GetProperty("InstancePlacementConfig").GetRawText());
        }

        [Fact]
        public void Without_the_flags_or_their_members_neither_structure_is_sent()
        {
            JsonElement job = TrainingJob(Payload(Profile + """
                [ValidationProfile("p", EmptyStoppingCondition = false)]
                [ValidationInput("train", S3Uri = "s3://bucket/train/", S3DataType = S3DataType.S3Prefix)]
                """));

            Assert.False(job.TryGetProperty("StoppingCondition", out _));
            Assert.False(job.GetProperty("ResourceConfig").TryGetProperty("InstancePlacementConfig", out _));
        }

        [Fact]
        public void A_data_source_member_written_null_sends_the_source_without_it()
        {
            JsonElement inputs = TrainingJob(Payload(Profile + """
                [Channel("validation", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                [Channel("dataset", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                [ValidationProfile("p")]
                [ValidationInput("train", S3Uri = null)]
                [ValidationInput("validation", FileSystemId = null, DirectoryPath = "/data")]
                [ValidationInput("dataset", DatasetArn = null)]
                [ValidationInput("train", S3Uri = "s3://bucket/train/", HubContentArn = null)]
                """)).GetProperty("InputDataConfig");

            Assert.Equal("""{"S3DataSource":{}}""", inputs[0].GetProperty("DataSource").GetRawText());
            Assert.Equal("""{"FileSystemDataSource":{"DirectoryPath":"/data"}}""", inputs[1].GetProperty("DataSource").GetRawText());
            Assert.Equal("""{"DatasetSource":{}}""", inputs[2].GetProperty("DataSource").GetRawText());
            Assert.Equal("""{"S3DataSource":{"S3Uri":"s3://bucket/train/","HubAccessConfig":{}}}""", inputs[3].GetProperty("DataSource").GetRawText());
        }

        [Theory]
        [InlineData("BaseModelHubContentName = null", "{}")]
        [InlineData("BaseModelRecipeName = \"recipe\", BaseModelHubContentVersion = null", """{"RecipeName":"recipe"}""")]
        public void A_base_model_member_written_null_sends_the_base_model_without_it(string arguments, string expected)
        {
            JsonElement container = Payload("[Algorithm(\"gap\")]\n[InferenceContainer(\"image\", " + arguments + ")]")
                .GetProperty("InferenceSpecification").GetProperty("Containers")[0];

            Assert.Equal(expected, container.GetProperty("BaseModel").GetRawText());
        }

        [Fact]
        public void DataInputConfig_null_sends_an_empty_model_input_and_HubContentArn_null_an_empty_hub_access_config()
        {
            JsonElement container = Payload("""
                [Algorithm("gap")]
                [InferenceContainer("image", DataInputConfig = null)]
                [ModelDataSource("s3://bucket/model/", S3ObjectDataType.S3Prefix, CompressionType.None, HubContentArn = null)]
                """).GetProperty("InferenceSpecification").GetProperty("Containers")[0];

            Assert.Equal("{}", container.GetProperty("ModelInput").GetRawText());
            Assert.Equal("{}", container.GetProperty("ModelDataSource").GetProperty("S3DataSource").GetProperty("HubAccessConfig").GetRawText());
        }

        [Fact]
        public void A_container_without_base_model_arguments_sends_no_base_model()
        {
            JsonElement container = Payload("[Algorithm(\"gap\")]\n[InferenceContainer(\"image\")]").GetProperty("InferenceSpecification").GetProperty("Containers")[0];

            Assert.False(container.TryGetProperty("BaseModel", out _));
        }
    }
}
