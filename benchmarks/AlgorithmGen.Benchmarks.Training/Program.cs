using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using AlgorithmGen.Benchmarks.Training;
using AlgorithmGen.Training;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Checks first that every variant reads the same 100 values, so the comparison is of equal work; then benchmarks.
// Usage: dotnet run -c Release --project benchmarks/AlgorithmGen.Benchmarks.Training -- [BenchmarkDotNet options]
//        --smoke: every benchmark once, in this process, in whatever configuration it was built (CI's dry run: the
//        figures mean nothing, the run proves the harness still works).
BindingBenchmarks.CheckVariantsAgree();
bool smoke = args.Contains("--smoke");
IConfig config = smoke
    ? ManualConfig.Create(DefaultConfig.Instance)
        .WithOptions(ConfigOptions.DisableOptimizationsValidator)
        .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
        .WithArtifactsPath(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "algorithmgen-binder-smoke-" + Environment.ProcessId))
    // BenchmarkDotNet rebuilds the project graph for its runner; on two busy cores that can take longer than its default 2 min.
    : ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
string[] options = args.Where(argument => argument != "--smoke").ToArray();
BenchmarkSwitcher.FromTypes(new[] { typeof(BindingBenchmarks) })
    .Run(options.Length == 0 ? new[] { "--filter", "*" } : options, config);

namespace AlgorithmGen.Benchmarks.Training
{
    /// <summary>
    /// Binding 100 hyperparameters: the generated <c>TrainingContext.Bind</c> (parse, range and value checks, defaults,
    /// channels) against the same values parsed by hand without checks (the baseline, a lower bound), and against
    /// System.Text.Json's source-generated deserializer reading hyperparameters.json into a plain class.
    /// </summary>
    [MemoryDiagnoser]
    public class BindingBenchmarks
    {
        private static readonly TrainingBindingOptions Options = new TrainingBindingOptions();
        private readonly Dictionary<string, string> _values = HundredValues.Create();
        private readonly TrainingEnvironment _environment;
        private readonly byte[] _json;

        public BindingBenchmarks()
        {
            _environment = Environment(_values);
            // As SageMaker writes hyperparameters.json: an object of strings.
            _json = JsonSerializer.SerializeToUtf8Bytes(_values, PeerJsonContext.Default.DictionaryStringString);
        }

        /// <summary>The peer: int.Parse/double.Parse/bool.Parse into the algorithm class, no validation.</summary>
        [Benchmark(Baseline = true, Description = "hand-written Parse (no checks)")]
        public HundredHyperParameters HandWritten() => HundredValues.ParseByHand(_values);

        /// <summary>The generated binder, from the job's values already read (as the host has them).</summary>
        [Benchmark(Description = "generated Bind")]
        public HundredHyperParameters GeneratedBind() => HundredHyperParameters.TrainingContext.Bind(_environment, Options).HyperParameters;

        /// <summary>The generated binder including the read of hyperparameters.json's bytes into the values (JsonDocument).</summary>
        [Benchmark(Description = "JSON bytes + generated Bind")]
        public HundredHyperParameters JsonThenGeneratedBind() => HundredHyperParameters.TrainingContext.Bind(Environment(ReadValues(_json)), Options).HyperParameters;

        /// <summary>Part of <see cref="GeneratedBind"/>: the CreateAlgorithm request its rule catalogue checks the job against.</summary>
        [Benchmark(Description = "of which: the algorithm's request")]
        public object CreateRequest() => HundredHyperParameters.Definition.CreateRequest();

        /// <summary>The peer: System.Text.Json (source-generated) from hyperparameters.json's bytes into a plain class, no validation.</summary>
        [Benchmark(Description = "System.Text.Json source-gen (no checks)")]
        public HundredPoco SystemTextJson() => JsonSerializer.Deserialize(_json, PeerJsonContext.Default.HundredPoco)!;

        /// <summary>Fails unless all variants produce the same 100 values.</summary>
        public static void CheckVariantsAgree()
        {
            var benchmarks = new BindingBenchmarks();
            object[] results = { benchmarks.HandWritten(), benchmarks.GeneratedBind(), benchmarks.JsonThenGeneratedBind(), benchmarks.SystemTextJson() };
            string[] texts = results.Select(Describe).ToArray();
            if (texts.Distinct(StringComparer.Ordinal).Count() != 1)
            {
                throw new InvalidOperationException("The variants read different values:\n" + string.Join("\n", texts));
            }

            bool assigned = !Describe(new HundredHyperParameters()).Equals(texts[0], StringComparison.Ordinal);
            Console.WriteLine("All four variants read the same 100 values" + (assigned ? ", which are not the class's defaults." : "; they are the class's defaults!"));
        }

        private static string Describe(object value) =>
            string.Join(";", value.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public)
                .Where(property => property.Name.StartsWith('P') && property.Name.Length == 4)
                .OrderBy(property => property.Name, StringComparer.Ordinal)
                .Select(property => property.Name + "=" + Convert.ToString(property.GetValue(value), System.Globalization.CultureInfo.InvariantCulture)));

        private static TrainingEnvironment Environment(IReadOnlyDictionary<string, string> values) =>
            new TrainingEnvironment(
                new TrainingPaths("/opt/ml"),
                values,
                new[] { new InputChannelConfiguration("train", "text/csv", "File") },
                new TrainingResources("algo-1", new[] { "algo-1" }, null, null, null, Array.Empty<TrainingInstanceGroup>()));

        // What TrainingEnvironment.Load does with hyperparameters.json (its reader is private): strings kept as they are.
        private static Dictionary<string, string> ReadValues(byte[] json)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (JsonProperty property in document.RootElement.EnumerateObject())
            {
                values[property.Name] = property.Value.GetString()!;
            }

            return values;
        }
    }

    /// <summary>The System.Text.Json peer: numbers and booleans arrive as strings, as SageMaker writes them.</summary>
    [JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, Converters = new[] { typeof(BooleanFromStringConverter) })]
    [JsonSerializable(typeof(HundredPoco))]
    [JsonSerializable(typeof(Dictionary<string, string>))]
    internal sealed partial class PeerJsonContext : JsonSerializerContext
    {
    }

    /// <summary>"true"/"false" strings as booleans (System.Text.Json's number handling does not cover booleans).</summary>
    internal sealed class BooleanFromStringConverter : JsonConverter<bool>
    {
        public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String ? bool.Parse(reader.GetString()!) : reader.GetBoolean();

        public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
    }
}
