using System.Collections.Generic;
using System.Threading.Tasks;
using AlgorithmGen.Analyzers.Tests.Infrastructure;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace AlgorithmGen.Analyzers.Tests.Rules
{
    /// <summary>AG02xx: channels, metrics and tuning objectives.</summary>
    public class ChannelAndMetricRuleTests
    {
        private const string Csv = """SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File }""";

        // ---------------------------------------------------------------- AG0201 duplicate channel

        [Fact]
        public Task Repeated_channel_name_is_reported_at_the_second_name_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: $$"""[Channel({|#0:"train"|}, {{Csv}})]"""),
            new DiagnosticResult("AG0201", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("Channel 'train' is declared more than once; give each channel a unique name."));

        [Fact]
        public Task Channel_names_differing_only_in_case_are_distinct() => Verify.Analyzer(Algorithms.Valid(extraAttributes: $$"""[Channel("Train", {{Csv}})]"""));

        [Fact]
        public void Runtime_repeated_channel_reports_AG0201_at_the_second_name()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.TrainingSpecification!.TrainingChannels!.Add(new ChannelSpecification
            {
                Name = "train",
                SupportedContentTypes = new List<string> { "text/csv" },
                SupportedInputModes = new List<string> { "File" },
            });
            RuntimeRequests.AssertSingle(request, "AG0201", "TrainingSpecification.TrainingChannels[1].Name");
        }

        // ---------------------------------------------------------------- AG0202 duplicate metric

        [Fact]
        public Task Repeated_metric_name_is_reported_at_the_second_name() => Verify.Analyzer(Algorithms.Valid(extraAttributes: """
            [Metric("loss", "loss=([0-9.]+)")]
            [Metric({|AG0202:"loss"|}, "loss: ([0-9.]+)")]
            """));

        [Fact]
        public Task Distinct_metric_names_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(extraAttributes: """
            [Metric("train:loss", "loss=([0-9.]+)")]
            [Metric("validation:loss", "val_loss=([0-9.]+)")]
            """));

        [Fact]
        public void Runtime_repeated_metric_reports_AG0202_at_the_second_name()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.TrainingSpecification!.MetricDefinitions = new List<MetricDefinition>
            {
                new() { Name = "loss", Regex = "loss=([0-9.]+)" },
                new() { Name = "loss", Regex = "loss: ([0-9.]+)" },
            };
            RuntimeRequests.AssertSingle(request, "AG0202", "TrainingSpecification.MetricDefinitions[1].Name");
        }

        // ---------------------------------------------------------------- AG0203 undeclared objective metric

        // From attributes: [TuningObjective] naming an undeclared metric (ExpressibilityRuleTests); here, run-time requests.

        [Fact]
        public void Runtime_objective_naming_an_undeclared_metric_reports_AG0203_at_the_metric_name()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            TrainingSpecification training = request.TrainingSpecification!;
            training.SupportedHyperParameters = new List<HyperParameterSpecification>
            {
                new()
                {
                    Name = "depth",
                    Type = "Integer",
                    IsTunable = true,
                    Range = new ParameterRange { IntegerParameterRangeSpecification = new IntegerParameterRangeSpecification { MinValue = "1", MaxValue = "10" } },
                },
            };
            training.MetricDefinitions = new List<MetricDefinition> { new() { Name = "validation:rmse", Regex = "rmse=([0-9.]+)" } };
            training.SupportedTuningJobObjectiveMetrics = new List<HyperParameterTuningJobObjective> { new() { Type = "Minimize", MetricName = "validation:auc" } };
            Violation violation = RuntimeRequests.AssertSingle(request, "AG0203", "TrainingSpecification.SupportedTuningJobObjectiveMetrics[0].MetricName");
            Assert.Contains("[Metric(\"validation:auc\", regex)]", violation.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Runtime_objective_naming_a_declared_metric_is_valid()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            TrainingSpecification training = request.TrainingSpecification!;
            training.SupportedHyperParameters = new List<HyperParameterSpecification>
            {
                new()
                {
                    Name = "depth",
                    Type = "Integer",
                    IsTunable = true,
                    Range = new ParameterRange { IntegerParameterRangeSpecification = new IntegerParameterRangeSpecification { MinValue = "1", MaxValue = "10" } },
                },
            };
            training.MetricDefinitions = new List<MetricDefinition> { new() { Name = "validation:rmse", Regex = "rmse=([0-9.]+)" } };
            training.SupportedTuningJobObjectiveMetrics = new List<HyperParameterTuningJobObjective> { new() { Type = "Minimize", MetricName = "validation:rmse" } };
            RuntimeRequests.AssertValid(request);
        }

        [Fact]
        public Task Objective_declared_through_a_metric_attribute_is_never_undeclared() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.TuningMetric + "\n" + """[Metric("validation:auc", "auc=([0-9.]+)", TuningObjective = ObjectiveType.Maximize)]""",
            members: Fragments.TunableHyperParameter));

        // ---------------------------------------------------------------- AG0204 invalid metric regex

        [Fact]
        public Task Regex_without_capturing_group_is_reported_at_the_regex_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: """[Metric("loss", {|#0:"loss=[0-9.]+"|})]"""),
            new DiagnosticResult("AG0204", DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("The regex of metric 'loss' has no capturing group; wrap the number in parentheses, e.g. loss=([0-9.]+)."));

        [Fact]
        public Task Regex_that_does_not_compile_is_reported_at_the_regex() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: """[Metric("loss", regex: {|AG0204:"loss=([0-9.]+"|})]"""));

        [Fact]
        public Task Regexes_with_capturing_groups_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(extraAttributes: """
            [Metric("loss", @"\[\d+\]\s+loss=([0-9]+\.?[0-9]*)")]
            [Metric("auc", "auc=(?<value>[0-9.]+)")]
            """));

        [Fact]
        public void Runtime_regex_without_group_reports_AG0204_at_the_regex()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.TrainingSpecification!.MetricDefinitions = new List<MetricDefinition> { new() { Name = "loss", Regex = "loss=[0-9.]+" } };
            RuntimeRequests.AssertSingle(request, "AG0204", "TrainingSpecification.MetricDefinitions[0].Regex");
        }

        // ---------------------------------------------------------------- AG0205 objectives without tunable hyperparameters

        [Fact]
        public Task Objective_without_tunable_hyperparameters_is_reported_at_the_tuning_objective() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: """[Metric("validation:rmse", "rmse=([0-9.]+)", TuningObjective = {|AG0205:ObjectiveType.Minimize|})]""",
            members: """
                [HyperParameter(MinValue = 1, MaxValue = 10)]
                public int Depth { get; set; } = 3;
            """));

        [Fact]
        public async Task Objective_without_tunable_hyperparameters_is_a_warning_with_its_message()
        {
            // The severity and message; the test above pins the location.
            IReadOnlyList<Diagnostic> diagnostics = await AnalyzerRunner.AnalyzeAsync(Algorithms.Valid(
                extraAttributes: Fragments.TuningMetric,
                members: """
                    [HyperParameter(MinValue = 1, MaxValue = 10)]
                    public int Depth { get; set; } = 3;
                """));
            Diagnostic diagnostic = Assert.Single(diagnostics);
            Assert.Equal("AG0205", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal(
                "The algorithm offers tuning objectives but no tunable hyperparameter; mark the hyperparameters a tuning job may vary with IsTunable = true.",
                diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public Task Objective_with_a_tunable_hyperparameter_has_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.TuningMetric,
            members: Fragments.TunableHyperParameter));

        [Fact]
        public void Runtime_objective_without_tunable_hyperparameters_reports_AG0205_at_the_first_objective()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            TrainingSpecification training = request.TrainingSpecification!;
            training.MetricDefinitions = new List<MetricDefinition> { new() { Name = "validation:rmse", Regex = "rmse=([0-9.]+)" } };
            training.SupportedTuningJobObjectiveMetrics = new List<HyperParameterTuningJobObjective> { new() { Type = "Minimize", MetricName = "validation:rmse" } };
            RuntimeRequests.AssertSingle(request, "AG0205", "TrainingSpecification.SupportedTuningJobObjectiveMetrics[0].Type");
        }

        // ---------------------------------------------------------------- AG0207 metric line not read back by its regex

        [Fact]
        public Task Regex_that_misses_negative_values_is_reported_at_the_regex() => Verify.AnalyzerWithTraining(
            Algorithms.Valid(extraAttributes: """[Metric("validation:loss", {|#0:@"validation-loss:([0-9]+\.?[0-9]*)"|})]"""),
            new DiagnosticResult("AG0207", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                "Metric 'validation:loss' would not be recorded as written: its regex does not match the line \"validation-loss:-0.5\" that the generated method writes."));

        [Fact]
        public Task Regex_that_stops_before_the_exponent_is_reported_with_what_it_captures() => Verify.AnalyzerWithTraining(
            Algorithms.Valid(extraAttributes: """[Metric("loss", {|#0:@"loss=(-?[0-9.]+)"|})]"""),
            new DiagnosticResult("AG0207", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                "Metric 'loss' would not be recorded as written: its regex captures \"1\" instead of \"1e-07\" from the line \"loss=1e-07\"."));

        [Fact]
        public Task Format_the_regex_does_not_find_is_reported_at_the_format() => Verify.AnalyzerWithTraining(
            Algorithms.Valid(extraAttributes: """[Metric("loss", @"loss=(\S+)", Format = {|#0:"loss: {value}"|})]"""),
            new DiagnosticResult("AG0207", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                "Metric 'loss' would not be recorded as written: its regex does not match the line \"loss: 0.0\" that the generated method writes."));

        [Fact]
        public Task Format_without_the_value_placeholder_is_reported() => Verify.AnalyzerWithTraining(
            Algorithms.Valid(extraAttributes: """[Metric("loss", @"loss=(\S+)", Format = {|AG0207:"loss=0"|})]"""));

        [Fact]
        public Task Regex_no_line_can_be_derived_from_asks_for_a_format() => Verify.AnalyzerWithTraining(
            Algorithms.Valid(extraAttributes: """[Metric("loss", {|#0:@"(?<=loss=)(\S+)"|})]"""),
            new DiagnosticResult("AG0207", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                "Metric 'loss' would not be recorded as written: no line can be derived from its regex (it uses a lookaround or inline option); set Format to the line the metric method should write, with {value} where the number goes."));

        [Fact]
        public Task Metrics_whose_lines_read_back_have_no_diagnostics() => Verify.AnalyzerWithTraining(Algorithms.Valid(extraAttributes: """
            [Metric("validation:rmse")]
            [Metric("train:rmse", @"\[\d+\]\s+train-rmse:(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)")]
            [Metric("auc", @"auc \(final\) = (\S+)", Format = "auc (final) = {value}")]
            [Metric("loss", @"^epoch=\d+ (?:train|valid)_loss=(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)$")]
            [Metric("gap", @"gap[^a-z]=(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)")]
            """));

        [Fact]
        public Task Without_the_training_package_metric_lines_are_not_checked() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: """[Metric("validation:loss", @"validation-loss:([0-9]+\.?[0-9]*)")]"""));

        // ---------------------------------------------------------------- AG0206 not an environment variable name

        [Fact]
        public Task Hyphenated_channel_name_is_info_at_the_name_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: $$"""[Channel({|#0:"train-data"|}, {{Csv}})]"""),
            new DiagnosticResult("AG0206", DiagnosticSeverity.Info).WithLocation(0).WithMessage(
                "Channel 'train-data' can't be an environment variable name (SM_CHANNEL_TRAIN-DATA); containers that read channels from the environment won't find it. Prefer letters, digits and '_'."));

        [Fact]
        public Task Explicit_hyperparameter_name_with_a_hyphen_is_info_at_the_name() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter({|AG0206:"learning-rate"|})]
                public double LearningRate { get; set; }
            """));

        [Fact]
        public Task Kebab_case_derived_name_is_info_at_the_property() => Verify.Analyzer(Algorithms.Valid(
            algorithmArguments: ", HyperParameterNaming = HyperParameterNaming.KebabCase",
            members: """
                [HyperParameter]
                public int {|AG0206:MaxDepth|} { get; set; }
            """));

        [Fact]
        public Task Snake_case_and_camel_case_names_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            algorithmArguments: ", HyperParameterNaming = HyperParameterNaming.CamelCase",
            extraAttributes: $$"""[Channel("train_data", {{Csv}})]""",
            members: """
                [HyperParameter]
                public int MaxDepth { get; set; }

                [HyperParameter("learning_rate")]
                public double LearningRate { get; set; }
            """));

        [Fact]
        public void Runtime_hyphenated_hyperparameter_reports_AG0206_at_its_name()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.TrainingSpecification!.SupportedHyperParameters = new List<HyperParameterSpecification> { new() { Name = "max-depth", Type = "FreeText" } };
            Violation violation = RuntimeRequests.AssertSingle(request, "AG0206", "TrainingSpecification.SupportedHyperParameters[0].Name");
            Assert.Equal(AlgorithmGen.Rules.RuleSeverity.Info, violation.Severity);
        }
    }
}
