using System.Threading.Tasks;
using AlgorithmGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace AlgorithmGen.Analyzers.Tests.Rules
{
    /// <summary>The analyzers over the attributes that say what only a payload could say before (issue 12).</summary>
    public class ExpressibilityRuleTests
    {
        private const string Tunable = """
                [HyperParameter(MinValue = 1, MaxValue = 10, IsTunable = true)]
                public int Depth { get; set; } = 3;
            """;

        [Fact]
        public Task Tuning_objective_naming_an_undeclared_metric_is_reported_at_its_metric_name() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: """[TuningObjective(ObjectiveType.Minimize, {|#0:"validation:auc"|})]""", members: Tunable),
            new DiagnosticResult("AG0203", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
                "Tuning objective 'validation:auc' is not one of the metrics the algorithm emits; declare it with [Metric(\"validation:auc\", regex)]."));

        [Fact]
        public Task Tuning_objectives_in_their_own_order_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: """
                [Metric("loss", "loss=(\\S+)")]
                [Metric("accuracy", "acc=(\\S+)")]
                [TuningObjective(ObjectiveType.Maximize, "accuracy")]
                [TuningObjective(ObjectiveType.Minimize, "loss")]
                """,
            members: Tunable));

        [Fact]
        public Task Sources_of_the_training_specification_and_of_the_only_container_are_not_repeats() => Verify.Analyzer(Algorithms.Valid(extraAttributes: """
            [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/demo-serve:1")]
            [AdditionalS3DataSource(S3ObjectDataType.S3Prefix, "s3://bucket/tokenizer/")]
            [AdditionalS3DataSource(S3ObjectDataType.S3Object, "s3://bucket/lookup.json", Owner = DataSourceOwner.InferenceContainer)]
            """));

        [Fact]
        public Task A_container_source_without_a_container_is_reported() => Verify.Analyzer(Algorithms.Valid(extraAttributes: """
            [{|AG0905:AdditionalS3DataSource|}(S3ObjectDataType.S3Object, "s3://bucket/lookup.json", Owner = DataSourceOwner.InferenceContainer)]
            """));

        [Fact]
        public Task A_shared_instance_type_list_is_valid_for_every_use() => Verify.Analyzer(Algorithms.Valid(extraAttributes: """
            [SupportedInstanceTypes(InstanceTypeUse.Transform | InstanceTypeUse.RealtimeInference, TransformInstanceTypes.MlM5_Large)]
            [InferenceSpecification(SupportedContentTypes = new[] { "text/csv" }, SupportedResponseMIMETypes = new[] { "text/csv" })]
            [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/demo-serve:1")]
            """));

        [Fact]
        public Task A_shared_inference_list_without_an_inference_specification_is_reported() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: """[{|#0:SupportedInstanceTypes|}(InstanceTypeUse.Transform, "ml.m5.large")]"""),
            new DiagnosticResult("AG0908", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                "[SupportedInstanceTypes] names inference uses, but the algorithm declares no [InferenceSpecification] or [InferenceContainer], so they are not sent; add one or use InstanceTypeUse.Training only."));

        [Fact]
        public Task A_shared_list_for_a_use_an_explicit_list_sets_is_reported_as_ignored() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: """
                [{|#0:SupportedInstanceTypes|}(InstanceTypeUse.All, "ml.m5.large")]
                [InferenceSpecification(SupportedContentTypes = new[] { "text/csv" }, SupportedResponseMIMETypes = new[] { "text/csv" })]
                [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/demo-serve:1")]
                """),
            new DiagnosticResult("AG0908", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                "[SupportedInstanceTypes] is ignored for SupportedTrainingInstanceTypes, which another list already sets; remove that use or the other list."));

        // ------------------------------------------------------------ [HyperParameterRange]: the rules at the argument that states each member

        [Fact]
        public Task A_stated_range_of_the_other_kind_is_reported_at_its_first_bound() => Verify.Analyzer(
            Algorithms.Valid(members: """
                [HyperParameter]
                [HyperParameterRange(ContinuousMinValue = {|#0:1|}, ContinuousMaxValue = 10.5)]
                public int Depth { get; set; }
            """),
            new DiagnosticResult("AG0103", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                "Integer hyperparameter 'depth' has a ContinuousParameterRangeSpecification; an Integer hyperparameter takes IntegerParameterRangeSpecification."));

        [Fact]
        public Task Both_numeric_kinds_report_only_the_one_the_type_does_not_take() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter]
                [HyperParameterRange(IntegerMinValue = 1, IntegerMaxValue = 100, ContinuousMinValue = {|AG0103:0.5|}, ContinuousMaxValue = "1E+3")]
                public int Rounds { get; set; }
            """));

        [Fact]
        public Task Categorical_values_on_a_numeric_hyperparameter_are_reported_at_the_values() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter]
                [HyperParameterRange(CategoricalValues = {|AG0103:new[] { "1", "2" }|})]
                public int Depth { get; set; }
            """));

        [Fact]
        public Task Members_left_out_are_reported_at_the_null_that_leaves_them_out_or_at_the_attribute() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter]
                [{|AG0001:HyperParameterRange|}(IntegerMinValue = {|AG0001:null|})]
                public int Depth { get; set; }

                [HyperParameter(Type = HyperParameterType.Categorical)]
                [HyperParameterRange(CategoricalValues = {|AG0001:null|})]
                public string? Mode { get; set; }
            """));

        [Fact]
        public Task Bound_rules_apply_to_stated_bounds_at_their_arguments() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter]
                [HyperParameterRange(IntegerMinValue = {|AG0104:10|}, IntegerMaxValue = 1)]
                public int Depth { get; set; }

                [HyperParameter]
                [HyperParameterRange(ContinuousMinValue = {|AG0105:"low"|}, ContinuousMaxValue = 1.0)]
                public double Eta { get; set; }

                [HyperParameter]
                [HyperParameterRange(CategoricalValues = new[] { "a", {|AG0108:"a"|} })]
                public string? Mode { get; set; }
            """));

        [Fact]
        public Task A_stated_range_that_matches_its_type_and_an_empty_one_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(IsTunable = true)]
                [HyperParameterRange(IntegerMinValue = 1, IntegerMaxValue = 5)]
                public int Depth { get; set; }

                [HyperParameter]
                [HyperParameterRange]
                public int Leaves { get; set; }
            """));

        [Fact]
        public Task Range_arguments_of_HyperParameter_next_to_HyperParameterRange_are_reported_as_without_effect() => Verify.Analyzer(
            Algorithms.Valid(members: """
                [HyperParameter(MinValue = {|#0:1|}, MaxValue = {|#1:5|}, Values = {|#2:null|})]
                [HyperParameterRange(IntegerMinValue = 1, IntegerMaxValue = 5)]
                public int Depth { get; set; }
            """),
            new DiagnosticResult("AG0908", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                "[HyperParameter] MinValue on 'Depth' has no effect: [HyperParameterRange] states the whole range; move it into [HyperParameterRange] or remove it."),
            new DiagnosticResult("AG0908", DiagnosticSeverity.Warning).WithLocation(1).WithMessage(
                "[HyperParameter] MaxValue on 'Depth' has no effect: [HyperParameterRange] states the whole range; move it into [HyperParameterRange] or remove it."),
            new DiagnosticResult("AG0908", DiagnosticSeverity.Warning).WithLocation(2).WithMessage(
                "[HyperParameter] Values on 'Depth' has no effect: [HyperParameterRange] states the whole range; move it into [HyperParameterRange] or remove it."));

        [Fact]
        public Task HyperParameterRange_without_HyperParameter_is_reported_at_the_attribute() => Verify.Analyzer(
            Algorithms.Valid(members: """
                [{|#0:HyperParameterRange|}(IntegerMinValue = 1, IntegerMaxValue = 5)]
                public int Depth { get; set; }
            """),
            new DiagnosticResult("AG0908", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                "[HyperParameterRange] on 'Depth' has no effect without [HyperParameter]; add [HyperParameter] or remove it."));

        // ------------------------------------------------------------ structures present and empty


        [Fact]
        public Task An_empty_flag_next_to_a_member_of_its_structure_is_reported_at_the_flag() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: """
                [ValidationProfile("p", ValidationRole = "arn:aws:iam::123456789012:role/Validation", TrainingInputMode = TrainingInputMode.File, S3OutputPath = "s3://bucket/out/", InstanceType = TrainingInstanceTypes.MlM5_XLarge,
                    InstanceCount = 1, VolumeSizeInGB = 10, MaxRuntimeInSeconds = 3600, EmptyStoppingCondition = {|#0:true|}, EmptyInstancePlacementConfig = {|#1:true|})]
                [ValidationPlacement(1)]
                [ValidationInput("train", S3Uri = "s3://bucket/train/", S3DataType = S3DataType.S3Prefix)]
                """),
            new DiagnosticResult("AG0908", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                "[ValidationProfile] EmptyStoppingCondition has no effect: MaxRuntimeInSeconds already sends StoppingCondition, so it is not empty; remove EmptyStoppingCondition."),
            new DiagnosticResult("AG0908", DiagnosticSeverity.Warning).WithLocation(1).WithMessage(
                "[ValidationProfile] EmptyInstancePlacementConfig has no effect: [ValidationPlacement] already sends InstancePlacementConfig, so it is not empty; remove EmptyInstancePlacementConfig."));

        [Fact]
        public Task Empty_structures_the_api_allows_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(extraAttributes: """
            [ValidationProfile("p", ValidationRole = "arn:aws:iam::123456789012:role/Validation", TrainingInputMode = TrainingInputMode.File, S3OutputPath = "s3://bucket/out/", InstanceType = TrainingInstanceTypes.MlM5_XLarge,
                InstanceCount = 1, VolumeSizeInGB = 10, EmptyStoppingCondition = true, EmptyInstancePlacementConfig = true)]
            [ValidationInput("train", S3Uri = "s3://bucket/train/", S3DataType = S3DataType.S3Prefix)]
            [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/demo-serve:1", BaseModelHubContentName = null)]
            """));

        [Fact]
        public Task An_empty_list_flag_next_to_items_of_its_list_is_reported_at_the_flag() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: """
                [Tag("team", "ml")]
                [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/demo-serve:1", EmptyAdditionalModelDataSources = {|#1:true|})]
                [AdditionalModelDataSource("extra", "s3://bucket/extra/", S3ObjectDataType.S3Prefix, CompressionType.None)]
                """, algorithmArguments: ", EmptyTags = {|#0:true|}"),
            new DiagnosticResult("AG0908", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                "[Algorithm] EmptyTags has no effect: the class declares items of Tags, so it is not empty; remove EmptyTags."),
            new DiagnosticResult("AG0908", DiagnosticSeverity.Warning).WithLocation(1).WithMessage(
                "[InferenceContainer] EmptyAdditionalModelDataSources has no effect: the class declares items of AdditionalModelDataSources, so it is not empty; remove EmptyAdditionalModelDataSources."));

        [Fact]
        public Task Empty_lists_the_api_allows_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(extraAttributes: """
            [ValidationProfile("p", ValidationRole = "arn:aws:iam::123456789012:role/Validation", TrainingInputMode = TrainingInputMode.File, S3OutputPath = "s3://bucket/out/", InstanceType = TrainingInstanceTypes.MlM5_XLarge,
                InstanceCount = 1, VolumeSizeInGB = 10, MaxRuntimeInSeconds = 3600, EmptyInstanceGroups = true, EmptyPlacementSpecifications = true)]
            [ValidationInput("train", S3Uri = "s3://bucket/train/", S3DataType = S3DataType.S3Prefix)]
            """, algorithmArguments: ", EmptyTags = true, EmptySupportedTuningJobObjectiveMetrics = true"));

        [Fact]
        public Task An_empty_s3_data_source_reports_its_missing_members_at_the_null_and_at_the_attribute() => Verify.Analyzer(Algorithms.Valid(extraAttributes: """
            [ValidationProfile("p", ValidationRole = "arn:aws:iam::123456789012:role/Validation", TrainingInputMode = TrainingInputMode.File, S3OutputPath = "s3://bucket/out/", InstanceType = TrainingInstanceTypes.MlM5_XLarge,
                InstanceCount = 1, VolumeSizeInGB = 10, MaxRuntimeInSeconds = 3600)]
            [{|AG0001:ValidationInput|}("train", S3Uri = {|AG0001:null|})]
            """));
    }
}
