using System.Collections.Generic;
using System.Threading.Tasks;
using AlgorithmGen.Analyzers.Tests.Infrastructure;
using AlgorithmGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace AlgorithmGen.Analyzers.Tests.Rules
{
    /// <summary>AG01xx: hyperparameters, reported at the attribute argument, the initializer or the property.</summary>
    public class HyperParameterRuleTests
    {
        // ---------------------------------------------------------------- AG0101 required with default

        [Fact]
        public Task Required_hyperparameter_with_default_is_reported_at_the_initializer() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(MinValue = 1, MaxValue = 10)]
                public required int Depth { get; set; } = {|AG0101:3|};
            """));

        [Fact]
        public Task IsRequired_with_DefaultValue_is_reported_at_the_default_value_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(members: """
                [HyperParameter(IsRequired = true, DefaultValue = {|#0:"3"|})]
                public int Depth { get; set; }
            """),
            new DiagnosticResult("AG0101", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                "Hyperparameter 'depth' is required and also has default value '3' (\"If a default value is specified, a hyperparameter cannot be required\"); remove the default or make it optional."));

        [Fact]
        public Task Required_hyperparameter_without_default_and_optional_one_with_default_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(MinValue = 1, MaxValue = 10)]
                public required int Depth { get; set; }

                [HyperParameter(DefaultValue = "3")]
                public int Rounds { get; set; }
            """));

        [Fact]
        public void Runtime_required_hyperparameter_with_default_reports_AG0101_at_the_default()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.TrainingSpecification!.SupportedHyperParameters = new List<HyperParameterSpecification>
            {
                new() { Name = "depth", Type = "Integer", IsRequired = true, DefaultValue = "3" },
            };
            RuntimeRequests.AssertSingle(request, "AG0101", "TrainingSpecification.SupportedHyperParameters[0].DefaultValue");
        }

        // ---------------------------------------------------------------- AG0102 duplicate name

        [Fact]
        public Task Explicit_duplicate_name_is_reported_at_the_second_name() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter("depth")]
                public int Depth { get; set; }

                [HyperParameter({|AG0102:"depth"|})]
                public int MaxDepth { get; set; }
            """));

        [Fact]
        public Task Derived_names_that_collide_are_reported_at_the_second_property() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter]
                public int MaxDepth { get; set; }

                [HyperParameter]
                public int {|AG0102:Max_Depth|} { get; set; }
            """));

        [Fact]
        public Task Distinct_names_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter("depth")]
                public int Depth { get; set; }

                [HyperParameter]
                public int MaxDepth { get; set; }
            """));

        // ---------------------------------------------------------------- AG0103 range kind mismatch

        [Fact]
        public Task Numeric_bounds_on_a_free_text_hyperparameter_are_reported_at_the_minimum() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(MinValue = {|AG0103:1|}, MaxValue = 5)]
                public string? Notes { get; set; }
            """));

        [Fact]
        public Task Values_on_an_integer_hyperparameter_are_reported_at_the_values() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(Values = {|AG0103:new[] { "1", "2" }|})]
                public int Depth { get; set; }
            """));

        [Fact]
        public Task Values_next_to_bounds_on_an_integer_hyperparameter_are_reported_at_the_values() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(MinValue = 1, MaxValue = 5, Values = {|AG0103:new[] { "1", "2" }|})]
                public int Depth { get; set; }
            """));

        [Fact]
        public Task Ranges_matching_their_types_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(MinValue = 1, MaxValue = 5)]
                public int Depth { get; set; }

                [HyperParameter(MinValue = 0.5, MaxValue = 1.5)]
                public double Eta { get; set; }

                [HyperParameter(Values = new[] { "a", "b" })]
                public string? Mode { get; set; }

                [HyperParameter(Type = HyperParameterType.Continuous, MinValue = 1, MaxValue = 5)]
                public int Scale { get; set; }
            """));

        [Fact]
        public void Runtime_integer_hyperparameter_with_continuous_range_reports_AG0103_at_the_range()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.TrainingSpecification!.SupportedHyperParameters = new List<HyperParameterSpecification>
            {
                new()
                {
                    Name = "depth",
                    Type = "Integer",
                    Range = new ParameterRange { ContinuousParameterRangeSpecification = new ContinuousParameterRangeSpecification { MinValue = "1", MaxValue = "5" } },
                },
            };
            RuntimeRequests.AssertSingle(request, "AG0103", "TrainingSpecification.SupportedHyperParameters[0].Range.ContinuousParameterRangeSpecification");
        }

        // ---------------------------------------------------------------- AG0104 min greater than max

        [Fact]
        public Task Minimum_above_maximum_is_reported_at_the_minimum_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(members: """
                [HyperParameter(MinValue = {|#0:10|}, MaxValue = 1)]
                public int Depth { get; set; }
            """),
            new DiagnosticResult("AG0104", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("The range of 'depth' has MinValue 10 greater than MaxValue 1; swap them."));

        [Fact]
        public Task Continuous_minimum_above_maximum_is_reported_at_the_minimum() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(MinValue = {|AG0104:0.9|}, MaxValue = 0.1)]
                public double Eta { get; set; }
            """));

        [Fact]
        public Task A_default_inside_the_swapped_range_is_not_reported_again_as_AG0106() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(MinValue = {|AG0104:10|}, MaxValue = 1)]
                public int Depth { get; set; } = 5;
            """));

        [Fact]
        public Task A_default_outside_the_swapped_range_is_still_AG0106_against_the_range_the_fix_makes() => Verify.Analyzer(
            Algorithms.Valid(members: """
                [HyperParameter(MinValue = {|AG0104:10|}, MaxValue = 1)]
                public int Depth { get; set; } = {|#0:50|};
            """),
            new DiagnosticResult("AG0106", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("The default of 'depth' is not valid for an Integer hyperparameter: '50' is outside the range 1–10."));

        [Fact]
        public Task Equal_bounds_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(MinValue = 5, MaxValue = 5)]
                public int Depth { get; set; }
            """));

        [Fact]
        public void Runtime_minimum_above_maximum_reports_AG0104_at_the_minimum()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.TrainingSpecification!.SupportedHyperParameters = new List<HyperParameterSpecification>
            {
                new()
                {
                    Name = "depth",
                    Type = "Integer",
                    Range = new ParameterRange { IntegerParameterRangeSpecification = new IntegerParameterRangeSpecification { MinValue = "10", MaxValue = "1" } },
                },
            };
            RuntimeRequests.AssertSingle(request, "AG0104", "TrainingSpecification.SupportedHyperParameters[0].Range.IntegerParameterRangeSpecification.MinValue");
        }

        // ---------------------------------------------------------------- AG0105 invalid range bound

        [Fact]
        public Task Text_bound_of_an_integer_hyperparameter_is_reported_at_that_bound() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(MinValue = 1, MaxValue = {|AG0105:"ten"|})]
                public int Depth { get; set; }
            """));

        [Fact]
        public Task Fractional_bound_of_an_integer_hyperparameter_is_reported_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(members: """
                [HyperParameter(MinValue = {|#0:1.5|}, MaxValue = 10)]
                public int Depth { get; set; }
            """),
            new DiagnosticResult("AG0105", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("MinValue '1.5' of 'depth' is not an integer; write an integer."));

        [Fact]
        public Task Numeric_strings_as_bounds_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(MinValue = "1", MaxValue = "10")]
                public int Depth { get; set; }

                [HyperParameter(MinValue = "1e-3", MaxValue = 1)]
                public double Eta { get; set; }
            """));

        [Fact]
        public void Runtime_text_bound_reports_AG0105_at_the_bound()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.TrainingSpecification!.SupportedHyperParameters = new List<HyperParameterSpecification>
            {
                new()
                {
                    Name = "eta",
                    Type = "Continuous",
                    Range = new ParameterRange { ContinuousParameterRangeSpecification = new ContinuousParameterRangeSpecification { MinValue = "low", MaxValue = "1" } },
                },
            };
            RuntimeRequests.AssertSingle(request, "AG0105", "TrainingSpecification.SupportedHyperParameters[0].Range.ContinuousParameterRangeSpecification.MinValue");
        }

        // ---------------------------------------------------------------- AG0106 invalid default

        [Fact]
        public Task Initializer_outside_the_range_is_reported_at_the_initializer_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(members: """
                [HyperParameter(MinValue = 0.1, MaxValue = 0.9)]
                public double Eta { get; set; } = {|#0:2.0|};
            """),
            new DiagnosticResult("AG0106", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("The default of 'eta' is not valid for a Continuous hyperparameter: '2.0' is outside the range 0.1–0.9."));

        [Fact]
        public Task Integer_initializer_outside_the_range_is_reported_at_the_initializer() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(MinValue = 1, MaxValue = 10)]
                public int Depth { get; set; } = {|AG0106:20|};
            """));

        [Fact]
        public Task Default_value_that_is_not_a_number_is_reported_at_the_default_value() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(DefaultValue = {|AG0106:"abc"|})]
                public double Eta { get; set; }
            """));

        [Fact]
        public Task Cast_enum_initializer_that_is_no_member_is_reported_at_the_initializer() => Verify.Analyzer(Algorithms.Valid(
            members: """
                [HyperParameter]
                public Booster Booster { get; set; } = {|AG0106:(Booster)7|};
            """) + """

            public enum Booster { GbTree, Dart }
            """);

        [Fact]
        public Task Zero_initializer_of_a_byte_enum_is_its_first_member() => Verify.Analyzer(Algorithms.Valid(
            members: """
                [HyperParameter]
                public Mode Mode { get; set; } = 0;
            """) + """

            public enum Mode : byte { X, Y }
            """);

        [Fact]
        public Task Zero_initializer_of_an_int_enum_is_its_first_member() => Verify.Analyzer(Algorithms.Valid(
            members: """
                [HyperParameter]
                public Mode Mode { get; set; } = 0;
            """) + """

            public enum Mode { X, Y }
            """);

        [Fact]
        public Task Initializer_outside_the_categorical_values_is_reported_at_the_initializer() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(Values = new[] { "rmse", "mae" })]
                public string Metric { get; set; } = {|AG0106:"auc"|};
            """));

        [Fact]
        public Task Defaults_valid_for_their_types_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            members: """
                [HyperParameter(MinValue = 1, MaxValue = 10)]
                public int Depth { get; set; } = 10;

                [HyperParameter(DefaultValue = "0.5")]
                public double Eta { get; set; }

                [HyperParameter]
                public Booster Booster { get; set; } = Booster.Dart;

                [HyperParameter(Values = new[] { "rmse", "mae" })]
                public string Metric { get; set; } = "mae";

                [HyperParameter]
                public bool EarlyStopping { get; set; } = true;
            """) + """

            public enum Booster { GbTree, [EnumMember(Value = "dart")] Dart }
            """);

        [Fact]
        public void Runtime_default_outside_the_range_reports_AG0106_at_the_default()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.TrainingSpecification!.SupportedHyperParameters = new List<HyperParameterSpecification>
            {
                new()
                {
                    Name = "depth",
                    Type = "Integer",
                    DefaultValue = "20",
                    Range = new ParameterRange { IntegerParameterRangeSpecification = new IntegerParameterRangeSpecification { MinValue = "1", MaxValue = "10" } },
                },
            };
            RuntimeRequests.AssertSingle(request, "AG0106", "TrainingSpecification.SupportedHyperParameters[0].DefaultValue");
        }

        // ---------------------------------------------------------------- AG0107 tunable without range

        [Fact]
        public Task Tunable_hyperparameter_without_range_is_reported_at_IsTunable_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(members: """
                [HyperParameter(IsTunable = {|#0:true|})]
                public int Depth { get; set; }
            """),
            new DiagnosticResult("AG0107", DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("Tunable hyperparameter 'depth' has no range; give it MinValue and MaxValue (or Values), or make it not tunable."));

        [Fact]
        public Task Tunable_free_text_hyperparameter_is_reported_at_IsTunable() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(IsTunable = {|AG0107:true|})]
                public string? Notes { get; set; }
            """));

        [Fact]
        public Task Tunable_hyperparameters_with_ranges_or_values_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(MinValue = 1, MaxValue = 10, IsTunable = true)]
                public int Depth { get; set; }

                [HyperParameter(IsTunable = true)]
                public bool Shuffle { get; set; }

                [HyperParameter(IsTunable = false)]
                public string? Notes { get; set; }
            """));

        [Fact]
        public void Runtime_tunable_free_text_reports_AG0107_at_IsTunable()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.TrainingSpecification!.SupportedHyperParameters = new List<HyperParameterSpecification>
            {
                new() { Name = "notes", Type = "FreeText", IsTunable = true },
            };
            RuntimeRequests.AssertSingle(request, "AG0107", "TrainingSpecification.SupportedHyperParameters[0].IsTunable");
        }

        // ---------------------------------------------------------------- AG0108 duplicate categorical value

        [Fact]
        public Task Repeated_categorical_value_is_reported_at_the_repeat_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(members: """
                [HyperParameter(Values = new[] { "a", "b", {|#0:"a"|} })]
                public string? Mode { get; set; }
            """),
            new DiagnosticResult("AG0108", DiagnosticSeverity.Warning).WithLocation(0).WithMessage("Value 'a' of 'mode' is listed twice; remove the repeat."));

        [Fact]
        public Task Repeated_value_in_a_collection_expression_is_reported_at_the_repeat() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(Values = ["a", "b", {|AG0108:"b"|}])]
                public string? Mode { get; set; }
            """));

        [Fact]
        public Task Enum_members_with_the_same_wire_value_are_reported_at_the_property() => Verify.Analyzer(Algorithms.Valid(
            members: """
                [HyperParameter]
                public Booster {|AG0108:Booster|} { get; set; }
            """) + """

            public enum Booster { [EnumMember(Value = "tree")] GbTree, [EnumMember(Value = "tree")] Dart }
            """);

        [Fact]
        public Task Distinct_categorical_values_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(members: """
                [HyperParameter(Values = ["a", "b", "c"])]
                public string? Mode { get; set; }
            """));

        [Fact]
        public void Runtime_repeated_categorical_value_reports_AG0108_at_the_repeat()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.TrainingSpecification!.SupportedHyperParameters = new List<HyperParameterSpecification>
            {
                new()
                {
                    Name = "mode",
                    Type = "Categorical",
                    Range = new ParameterRange { CategoricalParameterRangeSpecification = new CategoricalParameterRangeSpecification { Values = new List<string> { "a", "a" } } },
                },
            };
            RuntimeRequests.AssertSingle(request, "AG0108", "TrainingSpecification.SupportedHyperParameters[0].Range.CategoricalParameterRangeSpecification.Values[1]");
        }
    }
}
