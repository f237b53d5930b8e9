extern alias generators;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using generators::AlgorithmGen.Generators;
using generators::AlgorithmGen.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// Times, on a fresh compilation of N [Algorithm] classes each round: the compiler binding everything (the peer), then
// the generator's full run, then the analyzer's. The median of the warm rounds is reported, with each tool's time as a
// ratio of the binding time, so the figures compare across machines. Usage: [classes=200] [rounds=7]
int classes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
int rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
string source = ManyAlgorithms.Source(classes);
MetadataReference[] references = Basic.Reference.Assemblies.Net80.References.All
    .Cast<MetadataReference>()
    .Append(MetadataReference.CreateFromFile(typeof(AlgorithmGen.AlgorithmAttribute).Assembly.Location))
    .ToArray();

var binding = new List<double>();
var generator = new List<double>();
var analyzer = new List<double>();
for (int round = 0; round < rounds; round++)
{
    CSharpCompilation compilation = CSharpCompilation.Create(
        "Bench",
        new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
        references,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    var stopwatch = Stopwatch.StartNew();
    int errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
    binding.Add(stopwatch.Elapsed.TotalMilliseconds);

    stopwatch.Restart();
    GeneratorDriverRunResult run = CSharpGeneratorDriver.Create(new AlgorithmGenerator()).RunGenerators(compilation).GetRunResult();
    generator.Add(stopwatch.Elapsed.TotalMilliseconds);

    stopwatch.Restart();
    ImmutableArray<Diagnostic> diagnostics = await compilation
        .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AlgorithmAnalyzer()))
        .GetAnalyzerDiagnosticsAsync();
    analyzer.Add(stopwatch.Elapsed.TotalMilliseconds);

    if (round == 0)
    {
        Console.WriteLine($"{classes} classes: {run.GeneratedTrees.Length} generated files, {diagnostics.Length} analyzer diagnostics, {errors} compile errors before generation (the generated members are used nowhere)");
    }
}

double Median(List<double> values) => values.Skip(1).OrderBy(v => v).ElementAt((values.Count - 1) / 2);
double bind = Median(binding);
Console.WriteLine($"median of {rounds - 1} warm rounds:");
Console.WriteLine($"  compiler binding (peer)  {bind,8:F1} ms   1.00");
Console.WriteLine($"  AlgorithmGen generator   {Median(generator),8:F1} ms   {Median(generator) / bind:F2} x binding   {Median(generator) / classes:F2} ms/class");
Console.WriteLine($"  AlgorithmGen analyzer    {Median(analyzer),8:F1} ms   {Median(analyzer) / bind:F2} x binding   {Median(analyzer) / classes:F2} ms/class");

/// <summary>The source of N algorithm classes, like those of the build-time benchmark.</summary>
internal static class ManyAlgorithms
{
    public static string Source(int classes) =>
        "using AlgorithmGen;\nnamespace Many\n{\n    public enum Mode { Fast, Exact }\n"
        + string.Concat(Enumerable.Range(0, classes).Select(Class))
        + "}\n";

    private static string Class(int i) => $$"""
            /// <summary>Algorithm number {{i}}.</summary>
            [Algorithm("bench-algorithm-{{i}}",
                TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/bench:{{i}}",
                SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge, TrainingInstanceTypes.MlC5_2XLarge },
                SupportsDistributedTraining = true)]
            [Channel("train", IsRequired = true, SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe })]
            [Channel("validation", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
            [Metric("validation:rmse", @"rmse=([0-9.]+)", TuningObjective = ObjectiveType.Minimize)]
            [InferenceSpecification(SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlM5_XLarge }, SupportedContentTypes = new[] { "text/csv" }, SupportedResponseMIMETypes = new[] { "text/csv" })]
            [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/bench-serve:{{i}}", Environment = new[] { "WORKERS=2" })]
            [ValidationProfile("smoke", ValidationRole = "arn:aws:iam::123456789012:role/Validation", TrainingInputMode = TrainingInputMode.File,
                HyperParameters = new[] { "rounds=10" }, S3OutputPath = "s3://bench/output", InstanceType = TrainingInstanceTypes.MlM5_XLarge, InstanceCount = 1, VolumeSizeInGB = 10, MaxRuntimeInSeconds = 3600)]
            [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bench/train/", ContentType = "text/csv")]
            [Tag("bench", "{{i}}")]
            public partial class BenchAlgorithm{{i}}
            {
                /// <summary>Boosting rounds.</summary>
                [HyperParameter(MinValue = 1, MaxValue = 1000, IsTunable = true)]
                public required int Rounds { get; set; }

                /// <summary>Learning rate.</summary>
                [HyperParameter(MinValue = 0.001, MaxValue = 1.0, IsTunable = true)]
                public double Eta { get; set; } = 0.3;

                [HyperParameter] public Mode Mode { get; set; } = Mode.Fast;
                [HyperParameter] public bool Verbose { get; set; }
                [HyperParameter] public string? Notes { get; set; }
            }

        """;
}
