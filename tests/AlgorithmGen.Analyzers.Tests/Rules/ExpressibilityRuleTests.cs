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
    }
}
