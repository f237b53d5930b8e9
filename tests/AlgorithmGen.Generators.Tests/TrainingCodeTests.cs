extern alias generators;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using AlgorithmGen.Generators.Tests.Infrastructure;
using AlgorithmGen.Metrics;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;
using AlgorithmGen.Testing;
using AlgorithmGen.Training;
using Xunit;
using TrainingModel = generators::AlgorithmGen.Generators.Model.TrainingModel;
using TrainingBindings = generators::AlgorithmGen.Generators.Parsing.TrainingBindings;

namespace AlgorithmGen.Generators.Tests
{
    /// <summary>
    /// The training container's generated code, compiled and run: binding every supported property type, defaults,
    /// the rule catalogue's checks, channels, and metric lines that their regexes read back exactly.
    /// </summary>
    public class TrainingCodeTests
    {
        private const string Trainer = """
            using System.Runtime.Serialization;
            using AlgorithmGen;

            namespace Demo.Training
            {
                public enum Kernel
                {
                    [EnumMember(Value = "rbf:gaussian")] Rbf,
                    Linear,
                }

                [Algorithm("typed-trainer", TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/t:1",
                    SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge })]
                [Channel("train", IsRequired = true, SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe })]
                [Channel("validation-set", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                [Metric("validation:rmse", TuningObjective = ObjectiveType.Minimize)]
                [Metric("train:loss", @"\[\d+\]\s+train-loss:(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)")]
                [Metric("auc", @"auc \(final\) = (\S+)", Format = "auc (final) = {value}")]
                public partial class TypedTrainer
                {
                    [HyperParameter(MinValue = 1, MaxValue = 1000)] public required int Rounds { get; set; }
                    [HyperParameter] public byte Bins { get; set; } = 16;
                    [HyperParameter] public sbyte Shift { get; set; }
                    [HyperParameter] public short Window { get; set; }
                    [HyperParameter] public ushort Width { get; set; }
                    [HyperParameter] public uint Seed { get; set; } = 7;
                    [HyperParameter] public long Budget { get; set; }
                    [HyperParameter] public ulong Capacity { get; set; }
                    [HyperParameter(MinValue = 0.0, MaxValue = 1.0)] public float Dropout { get; set; } = 0.5f;
                    [HyperParameter("eta", MinValue = 0.001, MaxValue = 1.0)] public double LearningRate { get; set; } = 0.3;
                    [HyperParameter] public decimal Penalty { get; set; } = 1.25m;
                    [HyperParameter] public bool Shuffle { get; set; } = true;
                    [HyperParameter] public Kernel Kernel { get; set; } = Kernel.Linear;
                    [HyperParameter] public Kernel? FallbackKernel { get; set; }
                    [HyperParameter] public int? MaxLeaves { get; set; }
                    [HyperParameter] public string? Note { get; set; }
                    [HyperParameter(Values = new[] { "rmse", "mae" })] public string Metric { get; init; } = "rmse";
                }
            }
            """;

        private static readonly Lazy<Assembly> Compiled = new(() => GeneratorHarness.CompileAndLoad(GeneratorHarness.TrainingReferences, Trainer));

        private static Type Context => Compiled.Value.GetType("Demo.Training.TypedTrainer+TrainingContext", throwOnError: true)!;

        private static readonly IReadOnlyDictionary<string, string> Minimal = new Dictionary<string, string> { ["rounds"] = "10" };

        private static TrainingEnvironment Environment(IReadOnlyDictionary<string, string> hyperParameters, params InputChannelConfiguration[] channels) =>
            new(new TrainingPaths("/tmp/algorithmgen-unused-opt-ml"), hyperParameters,
                channels.Length == 0 ? new[] { new InputChannelConfiguration("train", "text/csv", "File") } : channels,
                new TrainingResources("algo-1", new[] { "algo-1" }, "eth0", "ml.m5.xlarge", null, Array.Empty<TrainingInstanceGroup>()));

        private static TrainingContext Bind(TrainingEnvironment environment, UndeclaredInputPolicy policy = UndeclaredInputPolicy.Error)
        {
            try
            {
                return (TrainingContext)Context.GetMethod("Bind")!.Invoke(null, new object[] { environment, new TrainingBindingOptions { UndeclaredInputs = policy } })!;
            }
            catch (TargetInvocationException exception) when (exception.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
                throw;
            }
        }

        private static object? HyperParameter(TrainingContext context, string property)
        {
            object instance = context.GetType().GetProperty("HyperParameters")!.GetValue(context)!;
            return instance.GetType().GetProperty(property)!.GetValue(instance);
        }

        private static TrainingBindingException BindingFails(IReadOnlyDictionary<string, string> hyperParameters, params InputChannelConfiguration[] channels) =>
            Assert.Throws<TrainingBindingException>(() => Bind(Environment(hyperParameters, channels)));

        [Fact]
        public void Every_supported_type_is_parsed_in_invariant_culture()
        {
            CultureInfo saved = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE"); // a decimal comma must not matter
            try
            {
                TrainingContext context = Bind(Environment(new Dictionary<string, string>
                {
                    ["rounds"] = "500", ["bins"] = "255", ["shift"] = "-128", ["window"] = "-32768", ["width"] = "65535", ["seed"] = "4294967295",
                    ["budget"] = "-9223372036854775808", ["capacity"] = "18446744073709551615", ["dropout"] = "0.25", ["eta"] = "1E-03",
                    ["penalty"] = "79228162514264337593543950335", ["shuffle"] = "false", ["kernel"] = "rbf:gaussian", ["fallback_kernel"] = "Linear",
                    ["max_leaves"] = "31", ["note"] = "héllo, wörld", ["metric"] = "mae",
                }));
                Assert.Equal(500, HyperParameter(context, "Rounds"));
                Assert.Equal((byte)255, HyperParameter(context, "Bins"));
                Assert.Equal((sbyte)-128, HyperParameter(context, "Shift"));
                Assert.Equal(short.MinValue, HyperParameter(context, "Window"));
                Assert.Equal(ushort.MaxValue, HyperParameter(context, "Width"));
                Assert.Equal(uint.MaxValue, HyperParameter(context, "Seed"));
                Assert.Equal(long.MinValue, HyperParameter(context, "Budget"));
                Assert.Equal(ulong.MaxValue, HyperParameter(context, "Capacity"));
                Assert.Equal(0.25f, HyperParameter(context, "Dropout"));
                Assert.Equal(0.001, HyperParameter(context, "LearningRate"));
                Assert.Equal(decimal.MaxValue, HyperParameter(context, "Penalty"));
                Assert.Equal(false, HyperParameter(context, "Shuffle"));
                Assert.Equal("Rbf", HyperParameter(context, "Kernel")!.ToString());
                Assert.Equal("Linear", HyperParameter(context, "FallbackKernel")!.ToString());
                Assert.Equal(31, HyperParameter(context, "MaxLeaves"));
                Assert.Equal("héllo, wörld", HyperParameter(context, "Note"));
                Assert.Equal("mae", HyperParameter(context, "Metric"));
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
            }
        }

        [Fact]
        public void A_stated_range_is_checked_in_the_container_and_one_of_the_other_kind_does_not_break_binding()
        {
            Assembly assembly = GeneratorHarness.CompileAndLoad(GeneratorHarness.TrainingReferences, """
                using AlgorithmGen;

                namespace Demo.Training
                {
                    [Algorithm("stated-ranges", TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/t:1",
                        SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge })]
                    [Channel("train", IsRequired = true, SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                    public partial class StatedRanges
                    {
                        [HyperParameter, HyperParameterRange(IntegerMinValue = 1, IntegerMaxValue = 10)] public int Depth { get; set; } = 3;
                        #pragma warning disable AG0103 // kept as an imported payload had it
                        [HyperParameter, HyperParameterRange(ContinuousMinValue = 0.5, ContinuousMaxValue = 2.5)] public int Rounds { get; set; } = 1;
                    }
                }
                """);
            Type context = assembly.GetType("Demo.Training.StatedRanges+TrainingContext", throwOnError: true)!;
            object Bind(Dictionary<string, string> values)
            {
                try
                {
                    return context.GetMethod("Bind")!.Invoke(null, new object[] { Environment(values), new TrainingBindingOptions() })!;
                }
                catch (TargetInvocationException exception) when (exception.InnerException is not null)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
                    throw;
                }
            }

            object bound = Bind(new Dictionary<string, string> { ["depth"] = "7", ["rounds"] = "2" });
            object hyperParameters = bound.GetType().GetProperty("HyperParameters")!.GetValue(bound)!;
            Assert.Equal(7, hyperParameters.GetType().GetProperty("Depth")!.GetValue(hyperParameters));
            Assert.Equal(2, hyperParameters.GetType().GetProperty("Rounds")!.GetValue(hyperParameters));
            TrainingBindingException outside = Assert.Throws<TrainingBindingException>(() => Bind(new Dictionary<string, string> { ["depth"] = "11" }));
            Assert.Contains("'11' is outside the range 1–10", Assert.Single(outside.Problems).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Absent_values_take_the_declared_defaults_and_unset_nullables_stay_null()
        {
            TrainingContext context = Bind(Environment(Minimal));
            Assert.Equal(10, HyperParameter(context, "Rounds"));
            Assert.Equal((byte)16, HyperParameter(context, "Bins"));
            Assert.Equal(7u, HyperParameter(context, "Seed"));
            Assert.Equal(0.5f, HyperParameter(context, "Dropout"));
            Assert.Equal(0.3, HyperParameter(context, "LearningRate"));
            Assert.Equal(1.25m, HyperParameter(context, "Penalty"));
            Assert.Equal(true, HyperParameter(context, "Shuffle"));
            Assert.Equal("Linear", HyperParameter(context, "Kernel")!.ToString());
            Assert.Equal("rmse", HyperParameter(context, "Metric"));
            Assert.Null(HyperParameter(context, "FallbackKernel"));
            Assert.Null(HyperParameter(context, "MaxLeaves"));
            Assert.Null(HyperParameter(context, "Note"));
        }

        [Theory]
        [InlineData("bins", "256", "AG0309", "The training job's value for 'bins' is not valid for its property: '256' is not an integer from 0 to 255.")]
        [InlineData("shift", "128", "AG0309", "The training job's value for 'shift' is not valid for its property: '128' is not an integer from -128 to 127.")]
        [InlineData("window", "40000", "AG0309", "The training job's value for 'window' is not valid for its property: '40000' is not an integer from -32768 to 32767.")]
        [InlineData("width", "-1", "AG0309", "The training job's value for 'width' is not valid for its property: '-1' is not an integer from 0 to 65535.")]
        [InlineData("rounds", "2147483648", "AG0309", "The training job's value for 'rounds' is not valid for an Integer hyperparameter: '2147483648' is outside the range 1–1000.")]
        [InlineData("seed", "4294967296", "AG0309", "The training job's value for 'seed' is not valid for its property: '4294967296' is not an integer from 0 to 4294967295.")]
        [InlineData("budget", "9223372036854775808", "AG0309", "The training job's value for 'budget' is not valid for its property: '9223372036854775808' is not an integer from -9223372036854775808 to 9223372036854775807.")]
        [InlineData("budget", "12abc", "AG0309", "The training job's value for 'budget' is not valid for an Integer hyperparameter: '12abc' is not an integer.")]
        [InlineData("capacity", "-1", "AG0309", "The training job's value for 'capacity' is not valid for its property: '-1' is not an integer from 0 to 18446744073709551615.")]
        [InlineData("dropout", "0,5", "AG0309", "The training job's value for 'dropout' is not valid for a Continuous hyperparameter: '0,5' is not a number.")]
        [InlineData("eta", "NaN", "AG0309", "The training job's value for 'eta' is not valid for a Continuous hyperparameter: 'NaN' is not a number.")]
        [InlineData("penalty", "1e400", "AG0309", "The training job's value for 'penalty' is not valid for a Continuous hyperparameter: '1e400' is not a number.")]
        [InlineData("shuffle", "True", "AG0309", "The training job's value for 'shuffle' is not valid for a Categorical hyperparameter: 'True' is not one of true, false.")]
        [InlineData("kernel", "Rbf", "AG0309", "The training job's value for 'kernel' is not valid for a Categorical hyperparameter: 'Rbf' is not one of rbf:gaussian, Linear.")]
        [InlineData("metric", "mse", "AG0309", "The training job's value for 'metric' is not valid for a Categorical hyperparameter: 'mse' is not one of rmse, mae.")]
        [InlineData("max_leaves", "3.5", "AG0309", "The training job's value for 'max_leaves' is not valid for an Integer hyperparameter: '3.5' is not an integer.")]
        public void A_value_that_does_not_fit_names_the_hyperparameter_the_value_and_the_rule(string key, string value, string rule, string message)
        {
            var values = new Dictionary<string, string>(Minimal) { [key] = value };
            TrainingBindingException exception = BindingFails(values);
            Violation problem = Assert.Single(exception.Problems);
            Assert.Equal(rule, problem.RuleId);
            Assert.Equal("HyperParameters." + key, problem.Path);
            Assert.Equal(message, problem.Message);
        }

        [Fact]
        public void A_float_beyond_single_precision_is_refused_by_the_property_type()
        {
            TrainingBindingException exception = BindingFails(new Dictionary<string, string>(Minimal) { ["dropout"] = "1e39" });
            // The catalogue's range (0.0–1.0) speaks first: the value is a number, outside the declared range.
            Assert.Equal("The training job's value for 'dropout' is not valid for a Continuous hyperparameter: '1e39' is outside the range 0.0–1.0.", Assert.Single(exception.Problems).Message);
        }

        [Fact]
        public void Every_problem_is_reported_at_once_and_the_message_starts_with_the_count()
        {
            TrainingBindingException exception = BindingFails(
                new Dictionary<string, string> { ["eta"] = "2", ["kernel"] = "poly", ["bogus"] = "1" },
                new InputChannelConfiguration("validation-set", "text/csv", "File"));
            Assert.Equal(
                new[] { "AG0302 HyperParameters.bogus", "AG0303 HyperParameters.rounds", "AG0303 InputDataConfig", "AG0309 HyperParameters.eta", "AG0309 HyperParameters.kernel" },
                exception.Problems.Select(p => p.RuleId + " " + p.Path).OrderBy(s => s, StringComparer.Ordinal));
            Assert.StartsWith("5 problems with the training job's input: ", exception.Message, StringComparison.Ordinal);
            Assert.Contains("Required channel 'train' gets no input in the training job; give the job an input channel named 'train'. [AG0303]", exception.Message, StringComparison.Ordinal);
            Assert.Contains("Required hyperparameter 'rounds' has no value in the training job; set it in the job's HyperParameters. [AG0303]", exception.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Keys_sagemaker_adds_are_tolerated_and_unknown_keys_follow_the_policy()
        {
            var values = new Dictionary<string, string>(Minimal) { ["_tuning_objective_metric"] = "validation:rmse", ["sagemaker_program"] = "train.py", ["extra"] = "1" };
            Violation problem = Assert.Single(BindingFails(values).Problems);
            Assert.Equal(("AG0302", "HyperParameters.extra"), (problem.RuleId, problem.Path));

            TrainingContext context = Bind(Environment(values), UndeclaredInputPolicy.Ignore);
            Assert.Equal("1", context.Environment.HyperParameters["extra"]);
        }

        [Fact]
        public void Channels_are_typed_by_declaration_and_checked_against_it()
        {
            TrainingContext context = Bind(Environment(Minimal,
                new InputChannelConfiguration("train", "text/csv", "Pipe"),
                new InputChannelConfiguration("validation-set", "text/csv", "File")));
            object channels = context.GetType().GetProperty("Channels")!.GetValue(context)!;
            var train = (TrainingChannel)channels.GetType().GetProperty("Train")!.GetValue(channels)!;
            var validation = (TrainingChannel)channels.GetType().GetProperty("ValidationSet")!.GetValue(channels)!;
            Assert.True(train.IsPipe);
            Assert.Equal("/tmp/algorithmgen-unused-opt-ml/input/data/train_1", train.EpochPipePath(1));
            Assert.Equal("/tmp/algorithmgen-unused-opt-ml/input/data/validation-set", validation.Directory);

            context = Bind(Environment(Minimal));
            channels = context.GetType().GetProperty("Channels")!.GetValue(context)!;
            Assert.Null(channels.GetType().GetProperty("ValidationSet")!.GetValue(channels));

            TrainingBindingException exception = BindingFails(Minimal,
                new InputChannelConfiguration("train", "application/json", "FastFile"),
                new InputChannelConfiguration("test", "text/csv", "File"));
            Assert.Equal(
                new[] { "AG0301 InputDataConfig[1].ChannelName", "AG0304 InputDataConfig[0].ContentType", "AG0304 InputDataConfig[0].InputMode" },
                exception.Problems.Select(p => p.RuleId + " " + p.Path).OrderBy(s => s, StringComparer.Ordinal));
        }

        public static TheoryData<string> MetricSources() => new()
        {
            "typed trainer",
            "samples/GradientBoosting/GradientBoostingAlgorithm.cs",
            "tests/AlgorithmGen.Tests/KitchenSink.cs",
        };

        // Negative, zero, the smallest and largest doubles, exponents, and the non-finite values that are not written.
        private static readonly double[] MetricValues =
        {
            0, -0.0, 1, -1, -0.5, 0.1, 123456.789, 1E-07, -2.5E-300, double.Epsilon, double.MaxValue, double.MinValue, 6.02214076E+23,
            double.NaN, double.PositiveInfinity, double.NegativeInfinity,
        };

        [Theory]
        [MemberData(nameof(MetricSources))]
        public void Every_metric_line_is_read_back_by_its_regex_to_the_value_written(string source)
        {
            Assembly assembly = source == "typed trainer"
                ? Compiled.Value
                : GeneratorHarness.CompileAndLoad(GeneratorHarness.TrainingReferences, RepositoryRoot.ReadAllText(source));
            Type contextType = assembly.GetTypes().Single(type => type.Name == "TrainingContext" && type.DeclaringType is not null);
            var definition = (AlgorithmDefinition)contextType.GetProperty("Algorithm")!.GetValue(null)!;
            List<MetricDefinition> metrics = definition.CreateRequest().TrainingSpecification!.MetricDefinitions!;
            Assert.NotEmpty(metrics);

            // A context over an empty job: only its metric writer is used.
            var context = (TrainingContext)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(contextType);
            var output = new StringWriter();
            typeof(TrainingContext).GetProperty(nameof(TrainingContext.MetricOutput))!.SetValue(context, output);
            typeof(TrainingContext).GetProperty(nameof(TrainingContext.Logger))!.SetValue(context, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
            Type metricsType = contextType.DeclaringType!.GetNestedType("TrainingMetrics")!;
            object writer = metricsType.GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic).Single().Invoke(new object[] { context });

            List<MethodInfo> methods = metricsType.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly).ToList();
            Assert.Equal(metrics.Count, methods.Count);
            foreach ((MetricDefinition metric, MethodInfo method) in metrics.Zip(methods))
            {
                foreach (double value in MetricValues)
                {
                    output.GetStringBuilder().Clear();
                    var line = (string?)method.Invoke(writer, new object[] { value });
                    if (!double.IsFinite(value))
                    {
                        Assert.Null(line);
                        Assert.Equal(string.Empty, output.ToString());
                        continue;
                    }

                    Assert.Equal(line + System.Environment.NewLine, output.ToString());
                    Assert.True(MetricLines.TryExtract(metric.Regex!, line!, out double read), metric.Name + ": regex " + metric.Regex + " does not find a value in \"" + line + "\"");
                    Assert.Equal(value, read);
                    Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(read));
                }
            }
        }

        [Fact]
        public void A_metric_method_is_generated_only_where_its_line_reads_back_or_AG0207_says_why_not()
        {
            // Every metric of every generator test source: either its line reads back for every value, or the
            // analyzer's check (the same function) explains, so no metric loses values silently.
            foreach (string source in new[] { Sources.Forecaster, Sources.Minimal, Trainer })
            {
                var bindings = new TrainingBindings();
                generators::AlgorithmGen.Model.CreateAlgorithmRequest request = ParseWithBindings(source, bindings);
                foreach (generators::AlgorithmGen.Model.MetricDefinition metric in request.TrainingSpecification?.MetricDefinitions ?? new List<generators::AlgorithmGen.Model.MetricDefinition>())
                {
                    string template = TrainingModel.LineOf(metric, bindings, out string? problem);
                    bool readsBack = MetricValues.Where(double.IsFinite).All(value =>
                        MetricLines.TryExtract(metric.Regex!, MetricLines.Line(template, value)!, out double read) && read.Equals(value));
                    Assert.True(readsBack == (problem is null), metric.Name + ": reads back " + readsBack + ", problem " + problem);
                }
            }
        }

        private static generators::AlgorithmGen.Model.CreateAlgorithmRequest ParseWithBindings(string source, TrainingBindings bindings)
        {
            var compilation = GeneratorHarness.Compilation(new[] { source }, references: GeneratorHarness.TrainingReferences);
            var semanticModels = new generators::AlgorithmGen.Generators.Parsing.SemanticModels(compilation);
            Microsoft.CodeAnalysis.INamedTypeSymbol type = compilation.GetSymbolsWithName(_ => true, Microsoft.CodeAnalysis.SymbolFilter.Type)
                .OfType<Microsoft.CodeAnalysis.INamedTypeSymbol>()
                .First(symbol => symbol.GetAttributes().Any(attribute => attribute.AttributeClass?.Name == "AlgorithmAttribute"));
            return generators::AlgorithmGen.Generators.Parsing.AlgorithmParser.Parse(type, semanticModels, withSourceMap: false, default, bindings).Request!;
        }
    }
}
