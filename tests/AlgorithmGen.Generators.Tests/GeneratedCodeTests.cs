using System;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using AlgorithmGen.Generators.Tests.Infrastructure;
using AlgorithmGen.Json;
using AlgorithmGen.Model;
using Xunit;

namespace AlgorithmGen.Generators.Tests
{
    /// <summary>Compiles the generated code, runs it, and checks the payload it carries.</summary>
    public class GeneratedCodeTests
    {
        private static readonly Lazy<Assembly> Forecaster = new(() => GeneratorHarness.CompileAndLoad(Sources.Forecaster, Sources.Minimal, Sources.Nested));

        private static JsonElement Payload() =>
            JsonDocument.Parse(GeneratorHarness.CompileTimeJson(Forecaster.Value, "Demo.Forecasting.Forecaster")).RootElement;

        private static JsonElement HyperParameter(string name) =>
            Payload().GetProperty("TrainingSpecification").GetProperty("SupportedHyperParameters").EnumerateArray()
                .Single(h => h.GetProperty("Name").GetString() == name);

        [Fact]
        public void Typed_request_serializes_to_the_compile_time_bytes()
        {
            foreach (string className in new[] { "Demo.Forecasting.Forecaster", "Demo.Minimal", "Demo.Outer+Middle+Inner" })
            {
                Type type = Forecaster.Value.GetType(className, throwOnError: true)!;
                var request = (CreateAlgorithmRequest)type.GetMethod("CreateRequest")!.Invoke(null, null)!;
                var definition = (AlgorithmDefinition)type.GetProperty("Definition")!.GetValue(null)!;
                Assert.Equal(definition.CompactJson, PayloadJsonWriter.ToCompactJson(request));
                Assert.Equal(GeneratorHarness.CompileTimeJson(Forecaster.Value, className), definition.CompactJson);
                Assert.Same(type, definition.AlgorithmType);
            }
        }

        [Fact]
        public void Each_call_returns_a_new_mutable_request()
        {
            Type type = Forecaster.Value.GetType("Demo.Minimal", throwOnError: true)!;
            var definition = (AlgorithmDefinition)type.GetProperty("Definition")!.GetValue(null)!;
            CreateAlgorithmRequest first = definition.CreateRequest();
            first.TrainingSpecification!.TrainingImage = "changed";
            Assert.Equal("img", definition.CreateRequest().TrainingSpecification!.TrainingImage);
        }

        [Fact]
        public void Catalog_lists_every_visible_algorithm_in_ordinal_order()
        {
            Type catalog = Forecaster.Value.GetType("AlgorithmGen.Generated.AlgorithmCatalog", throwOnError: true)!;
            Assert.False(catalog.IsPublic);
            var all = (System.Collections.Generic.IReadOnlyList<AlgorithmDefinition>)catalog.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(new[] { "demand-forecaster", "minimal", "nested-algo" }, all.Select(d => d.AlgorithmName));
        }

        [Fact]
        public async System.Threading.Tasks.Task Catalog_registers_all_algorithms_with_one_report_each()
        {
            Type catalog = Forecaster.Value.GetType("AlgorithmGen.Generated.AlgorithmCatalog", throwOnError: true)!;
            var registerAll = catalog.GetMethod("RegisterAllAsync")!;
            var task = (System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<AlgorithmRegistrationReport>>)registerAll.Invoke(
                null, new object?[] { new AlgorithmRegistrationOptions { DryRun = true }, System.Threading.CancellationToken.None })!;
            System.Collections.Generic.IReadOnlyList<AlgorithmRegistrationReport> reports = await task;
            Assert.Equal(new[] { "demand-forecaster", "minimal", "nested-algo" }, reports.Select(r => r.Definition.AlgorithmName));
            Assert.All(reports, r => Assert.True(r.Succeeded, r.Error?.ToString()));
        }

        [Fact]
        public void Payload_attributes_carry_the_indented_json_for_the_build()
        {
            var payloads = Forecaster.Value.GetCustomAttributes<AlgorithmPayloadAttribute>().ToDictionary(a => a.AlgorithmName, a => a.IndentedJson);
            Assert.Equal(3, payloads.Count);
            Type type = Forecaster.Value.GetType("Demo.Minimal", throwOnError: true)!;
            var definition = (AlgorithmDefinition)type.GetProperty("Definition")!.GetValue(null)!;
            Assert.Equal(PayloadJsonWriter.ToIndentedJson(definition.CreateRequest()), payloads["minimal"]);
        }

        [Fact]
        public void Members_appear_in_the_api_order_and_unset_members_are_omitted()
        {
            Assert.Equal(
                new[] { "AlgorithmName", "AlgorithmDescription", "TrainingSpecification", "InferenceSpecification", "Tags" },
                Payload().EnumerateObject().Select(p => p.Name));
            Assert.Equal(
                new[] { "TrainingImage", "SupportedHyperParameters", "SupportedTrainingInstanceTypes", "SupportsDistributedTraining", "MetricDefinitions", "TrainingChannels", "SupportedTuningJobObjectiveMetrics" },
                Payload().GetProperty("TrainingSpecification").EnumerateObject().Select(p => p.Name));
        }

        [Fact]
        public void Description_comes_from_the_xml_doc_summary_as_one_line()
        {
            Assert.Equal("Forecasts demand with Forecaster trees & friends.", Payload().GetProperty("AlgorithmDescription").GetString());
            Assert.Equal("Forecast horizon in days.", HyperParameter("horizon_days").GetProperty("Description").GetString());
            Assert.Equal("The seasonality model.", HyperParameter("seasonality").GetProperty("Description").GetString());
        }

        [Fact]
        public void Integer_property_with_required_modifier_is_required_integer_with_range()
        {
            JsonElement h = HyperParameter("horizon_days");
            Assert.Equal("Integer", h.GetProperty("Type").GetString());
            Assert.True(h.GetProperty("IsRequired").GetBoolean());
            Assert.True(h.GetProperty("IsTunable").GetBoolean());
            Assert.False(h.TryGetProperty("DefaultValue", out _));
            JsonElement range = h.GetProperty("Range").GetProperty("IntegerParameterRangeSpecification");
            Assert.Equal("1", range.GetProperty("MinValue").GetString());
            Assert.Equal("365", range.GetProperty("MaxValue").GetString());
        }

        [Fact]
        public void Double_property_is_continuous_with_invariant_strings_and_default_from_initializer()
        {
            JsonElement h = HyperParameter("l2_regularization");
            Assert.Equal("Continuous", h.GetProperty("Type").GetString());
            Assert.Equal("0.25", h.GetProperty("DefaultValue").GetString());
            JsonElement range = h.GetProperty("Range").GetProperty("ContinuousParameterRangeSpecification");
            Assert.Equal("0.0", range.GetProperty("MinValue").GetString());
            Assert.Equal("10.5", range.GetProperty("MaxValue").GetString());
            Assert.False(h.TryGetProperty("IsRequired", out _));
        }

        /// <summary>
        /// Every way of writing a default reads as the compiler's constant: literals and negated literals (read from
        /// their tokens), named constants (bound at the property), and the rest (casts, <c>default</c>, arithmetic).
        /// </summary>
        [Fact]
        public void Defaults_read_the_same_constant_however_the_initializer_is_written()
        {
            const string source = """"
                using AlgorithmGen;
                namespace Demo.Defaults
                {
                    public enum Booster { Tree, Linear }
                    public static class Limits { public const int Depth = 6; public const string Objective = "reg:squarederror"; }
                    [Algorithm("defaults", TrainingImage = "img")]
                    [Channel("train")]
                    public partial class WithDefaults
                    {
                        private const double Rate = 0.125;
                        [HyperParameter] public int Rounds { get; set; } = 100;
                        [HyperParameter] public int Offset { get; set; } = -3;
                        [HyperParameter] public long Seed { get; set; } = -2147483648;
                        [HyperParameter] public double Shift { get; set; } = -0.5;
                        [HyperParameter] public double Eta { get; set; } = Rate;
                        [HyperParameter] public double Gamma { get; set; } = 1;
                        [HyperParameter] public int Depth { get; set; } = Limits.Depth;
                        [HyperParameter] public int Width { get; set; } = -Limits.Depth;
                        [HyperParameter] public int Height { get; set; } = Limits.Depth * 2;
                        [HyperParameter] public string Objective { get; set; } = Limits.Objective;
                        [HyperParameter] public string Quoted { get; set; } = @"say ""hi""";
                        [HyperParameter] public Booster Booster { get; set; } = Booster.Linear;
                        [HyperParameter] public Booster Fallback { get; set; } = (Booster)0;
                        [HyperParameter] public bool Verbose { get; set; } = true;
                        [HyperParameter] public int Zero { get; set; } = default;
                    }
                }
                """";
            Assembly assembly = GeneratorHarness.CompileAndLoad(source);
            JsonElement hyperParameters = JsonDocument.Parse(GeneratorHarness.CompileTimeJson(assembly, "Demo.Defaults.WithDefaults")).RootElement
                .GetProperty("TrainingSpecification").GetProperty("SupportedHyperParameters");
            var defaults = hyperParameters.EnumerateArray().ToDictionary(
                h => h.GetProperty("Name").GetString()!,
                h => h.TryGetProperty("DefaultValue", out JsonElement value) ? value.GetString() : null);

            Assert.Equal("100", defaults["rounds"]);
            Assert.Equal("-3", defaults["offset"]);
            Assert.Equal("-2147483648", defaults["seed"]);
            Assert.Equal("-0.5", defaults["shift"]);
            Assert.Equal("0.125", defaults["eta"]);
            Assert.Equal("1", defaults["gamma"]);
            Assert.Equal("6", defaults["depth"]);
            Assert.Equal("-6", defaults["width"]);
            Assert.Equal("12", defaults["height"]);
            Assert.Equal("reg:squarederror", defaults["objective"]);
            Assert.Equal("say \"hi\"", defaults["quoted"]);
            Assert.Equal("Linear", defaults["booster"]);
            Assert.Equal("Tree", defaults["fallback"]);
            Assert.Equal("true", defaults["verbose"]);
            Assert.Equal("0", defaults["zero"]);
        }

        [Fact]
        public void Enum_property_is_categorical_with_wire_values_from_EnumMember()
        {
            JsonElement h = HyperParameter("seasonality");
            Assert.Equal("Categorical", h.GetProperty("Type").GetString());
            Assert.Equal(new[] { "None", "weekly-7", "Yearly" }, h.GetProperty("Range").GetProperty("CategoricalParameterRangeSpecification").GetProperty("Values").EnumerateArray().Select(v => v.GetString()));
            Assert.Equal("weekly-7", h.GetProperty("DefaultValue").GetString());
        }

        [Fact]
        public void Bool_property_is_categorical_true_false_and_explicit_name_wins()
        {
            JsonElement h = HyperParameter("use_holidays");
            Assert.Equal("Categorical", h.GetProperty("Type").GetString());
            Assert.Equal(new[] { "true", "false" }, h.GetProperty("Range").GetProperty("CategoricalParameterRangeSpecification").GetProperty("Values").EnumerateArray().Select(v => v.GetString()));
            Assert.False(h.TryGetProperty("DefaultValue", out _));
        }

        [Fact]
        public void String_property_is_free_text_or_categorical_with_values()
        {
            Assert.Equal("FreeText", HyperParameter("notes").GetProperty("Type").GetString());
            Assert.False(HyperParameter("notes").TryGetProperty("Range", out _));
            JsonElement variant = HyperParameter("variant");
            Assert.Equal("Categorical", variant.GetProperty("Type").GetString());
            Assert.Equal("b\"quoted\"", variant.GetProperty("Range").GetProperty("CategoricalParameterRangeSpecification").GetProperty("Values")[1].GetString());
            Assert.Equal("a", variant.GetProperty("DefaultValue").GetString());
        }

        [Fact]
        public void Explicit_type_and_default_value_override_the_inferred_ones()
        {
            JsonElement h = HyperParameter("features");
            Assert.Equal("FreeText", h.GetProperty("Type").GetString());
            Assert.Equal("x,y", h.GetProperty("DefaultValue").GetString());
        }

        [Fact]
        public void Only_annotated_properties_become_hyperparameters()
        {
            Assert.Equal(7, Payload().GetProperty("TrainingSpecification").GetProperty("SupportedHyperParameters").GetArrayLength());
        }

        [Fact]
        public void Metrics_with_a_tuning_objective_become_objectives_in_declaration_order()
        {
            JsonElement training = Payload().GetProperty("TrainingSpecification");
            Assert.Equal(new[] { "validation:mape", "train:loss" }, training.GetProperty("MetricDefinitions").EnumerateArray().Select(m => m.GetProperty("Name").GetString()));
            JsonElement objective = Assert.Single(training.GetProperty("SupportedTuningJobObjectiveMetrics").EnumerateArray());
            Assert.Equal("Minimize", objective.GetProperty("Type").GetString());
            Assert.Equal("validation:mape", objective.GetProperty("MetricName").GetString());
        }

        [Fact]
        public void Environment_entries_split_at_the_first_equals_sign()
        {
            JsonElement environment = Payload().GetProperty("InferenceSpecification").GetProperty("Containers")[0].GetProperty("Environment");
            Assert.Equal("4", environment.GetProperty("WORKERS").GetString());
            Assert.Equal("fast=yes", environment.GetProperty("MODE").GetString());
        }

        [Fact]
        public void Non_ascii_text_is_escaped_so_the_json_is_ascii()
        {
            string json = GeneratorHarness.CompileTimeJson(Forecaster.Value, "Demo.Forecasting.Forecaster");
            Assert.Contains("demand \\u00e9quipe", json, StringComparison.Ordinal);
            Assert.All(json, c => Assert.InRange(c, ' ', '~'));
            Assert.Equal("demand \u00e9quipe", Payload().GetProperty("Tags")[0].GetProperty("Value").GetString());
        }

        [Theory]
        [InlineData(HyperParameterNaming.SnakeCase, "XGBoostMaxDepth2Level", "xg_boost_max_depth2_level")]
        [InlineData(HyperParameterNaming.SnakeCase, "HTTPTimeout", "http_timeout")]
        [InlineData(HyperParameterNaming.KebabCase, "MaxDepth", "max-depth")]
        [InlineData(HyperParameterNaming.CamelCase, "MaxDepth", "maxDepth")]
        [InlineData(HyperParameterNaming.AsDeclared, "MaxDepth", "MaxDepth")]
        public void Names_follow_the_declared_convention(HyperParameterNaming naming, string property, string expected)
        {
            string source = $$"""
                using AlgorithmGen;
                [Algorithm("naming", HyperParameterNaming = HyperParameterNaming.{{naming}})]
                public partial class Naming
                {
                    [HyperParameter] public int {{property}} { get; set; }
                }
                """;
            Assembly assembly = GeneratorHarness.CompileAndLoad(source);
            JsonElement root = JsonDocument.Parse(GeneratorHarness.CompileTimeJson(assembly, "Naming")).RootElement;
            Assert.Equal(expected, root.GetProperty("TrainingSpecification").GetProperty("SupportedHyperParameters")[0].GetProperty("Name").GetString());
        }

        [Theory]
        [InlineData("float", "0.1f", "0.1")]
        [InlineData("decimal", "12.50m", "12.50")]
        [InlineData("long", "-9007199254740993L", "-9007199254740993")]
        [InlineData("double", "1e-7", "1e-07")]
        [InlineData("int?", "5", "5")]
        [InlineData("uint", "7u", "7")]
        public void Defaults_are_formatted_invariantly_by_their_own_type(string type, string initializer, string expected)
        {
            string source = $$"""
                using AlgorithmGen;
                [Algorithm("defaults")]
                public partial class Defaults
                {
                    [HyperParameter] public {{type}} Value { get; set; } = {{initializer}};
                }
                """;
            System.Globalization.CultureInfo original = System.Globalization.CultureInfo.CurrentCulture;
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            try
            {
                Assembly assembly = GeneratorHarness.CompileAndLoad(source);
                JsonElement root = JsonDocument.Parse(GeneratorHarness.CompileTimeJson(assembly, "Defaults")).RootElement;
                Assert.Equal(expected, root.GetProperty("TrainingSpecification").GetProperty("SupportedHyperParameters")[0].GetProperty("DefaultValue").GetString());
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentCulture = original;
            }
        }

        [Fact]
        public void Generated_code_compiles_as_CSharp_7_3_without_nullable_annotations()
        {
            string source = Sources.Minimal;
            (Microsoft.CodeAnalysis.Compilation output, Microsoft.CodeAnalysis.GeneratorDriverRunResult result) =
                GeneratorHarness.Run(new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3), source);
            string generated = GeneratorHarness.GeneratedSource(result, "Demo.Minimal.g.cs");
            Assert.DoesNotContain("#nullable", generated, StringComparison.Ordinal);
            var errors = output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error && d.Id != "CS8630").ToArray();
            Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors.Select(e => e.ToString())));
        }
    }
}
