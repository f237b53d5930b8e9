extern alias generators;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using AlgorithmGen.Rules;
using AlgorithmGen.Testing;
using AlgorithmGen.Tests.Infrastructure;
using generators::AlgorithmGen.Generators;
using generators::AlgorithmGen.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace AlgorithmGen.Tool.Tests
{
    /// <summary>
    /// import → build → the same payload: every payload of the repository's test data is imported by the tool (as a
    /// process), the class is compiled in memory with the generator and the analyzers, and the generated JSON must mean
    /// exactly what the input says. The class compiles without a diagnostic, except the input's own rule violations,
    /// each suppressed by the #pragma the import wrote.
    /// </summary>
    public sealed class ImportRoundTripTests
    {
        private static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net80.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(AlgorithmAttribute).Assembly.Location))
            .ToImmutableArray();

        private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

        /// <summary>Members of a DescribeAlgorithm response that a CreateAlgorithm request does not have.</summary>
        private static readonly string[] ResponseOnlyMembers = { "AlgorithmArn", "CreationTime", "AlgorithmStatus", "AlgorithmStatusDetails", "ProductId" };

        /// <summary>Each payload, with the rule IDs its input breaks (the suppressed diagnostics its class must have).</summary>
        public static TheoryData<string, string[]> Payloads() => new()
        {
            { "examples/08-floci-emulator-minimal-tags.json", Array.Empty<string>() },
            { "examples/09-terraform-acc-training-spec.json", new[] { "AG0101" } },
            { "examples/10-terraform-acc-inference-spec.json", Array.Empty<string>() },
            { "kitchen-sink", new[] { "AG0206" } },
            { "import/gaps.create-algorithm.json", new[] { "AG0003", "AG0103", "AG0206" } },
            { "import/rule-breaking.create-algorithm.json", new[] { "AG0007", "AG0101", "AG0203" } },
            { "import/describe-response.json", Array.Empty<string>() },
            { "import/empty-lists.create-algorithm.json", new[] { "AG0005" } },
            { "import/empty-container-sources.create-algorithm.json", Array.Empty<string>() },
            { "import/ranges.create-algorithm.json", new[] { "AG0001", "AG0103" } },
            { "import/empty-structures.create-algorithm.json", new[] { "AG0001" } },
        };

        [Theory]
        [MemberData(nameof(Payloads))]
        public void Imported_class_generates_the_same_payload_with_only_the_inputs_own_diagnostics_suppressed(string payload, string[] brokenRules)
        {
            using var folder = new TempDirectory();
            string input = payload == "kitchen-sink" ? folder.WriteFile("kitchen-sink.json", KitchenSinkPayload()) : Path.Combine(AppContext.BaseDirectory, "TestData", payload);

            ProcessResult result = ToolRunner.Run(folder.Path, "import", input, "--output", "Imported.cs", "--class", "Imported");
            Assert.True(result.ExitCode == 0, result.Describe());
            string source = File.ReadAllText(folder.Combine("Imported.cs"));

            (Compilation output, ImmutableArray<Diagnostic> diagnostics) = Build(source);
            Assert.Empty(diagnostics.Where(d => !d.IsSuppressed && d.Severity != DiagnosticSeverity.Hidden).Select(d => d.ToString()));
            Assert.Equal(brokenRules, diagnostics.Where(d => d.IsSuppressed).Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
            Assert.Equal(brokenRules, brokenRules.Where(rule => source.Contains("#pragma warning disable " + rule + "\n", StringComparison.Ordinal)));

            // Registration refuses nothing the build let through: the rules the import silenced are off at run time, the others as in the catalogue.
            Assert.Equal(string.Join(";", brokenRules.Select(rule => rule + "=none")), BakedSeverities(output));

            JsonSemantics.AssertEquivalent(CreateRequestPart(File.ReadAllText(input)), GeneratedJson(output, "Algorithms.Imported"), payload);
        }

        [Fact]
        public void Registered_algorithm_imported_with_describe_generates_the_payload_it_was_created_with()
        {
            string created = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "import", "gaps.create-algorithm.json"));
            using var server = new AlgorithmGen.Registration.Tests.Infrastructure.FakeSageMakerServer();
            server.Seed(created);
            string? answered = null;
            server.OnDescribeAlgorithm = answer => answered = answer.ToJsonString();
            using var folder = new TempDirectory();

            ProcessResult result = ToolRunner.Run(folder.Path, Aws(server), "import", "--describe", "gaps", "--class", "Imported", "-o", "Imported.cs");
            Assert.True(result.ExitCode == 0, result.Describe());
            Assert.Empty(server.SignatureFailures);
            Assert.Equal(new[] { "DescribeAlgorithm" }, server.Requests.Select(request => request.Operation));

            (Compilation output, ImmutableArray<Diagnostic> diagnostics) = Build(File.ReadAllText(folder.Combine("Imported.cs")));
            Assert.Empty(diagnostics.Where(d => !d.IsSuppressed && d.Severity != DiagnosticSeverity.Hidden).Select(d => d.ToString()));
            // What the service answered, as the service adds to it (an image digest), less the response's own members.
            Assert.Contains("TrainingImageDigest", answered, StringComparison.Ordinal);
            JsonSemantics.AssertEquivalent(CreateRequestPart(answered!), GeneratedJson(output, "Algorithms.Imported"));
        }

        [Fact]
        public void Describe_of_an_algorithm_that_does_not_exist_is_one_line_and_no_class()
        {
            using var server = new AlgorithmGen.Registration.Tests.Infrastructure.FakeSageMakerServer();
            using var folder = new TempDirectory();

            ProcessResult result = ToolRunner.Run(folder.Path, Aws(server), "import", "--describe", "nowhere");
            Assert.True(result.ExitCode == 1, result.Describe());
            string line = Assert.Single(ToolRunner.Lines(result.StandardError));
            Assert.StartsWith("algorithmgen import: DescribeAlgorithm 'nowhere' failed: ", line, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
        }

        private static Dictionary<string, string> Aws(AlgorithmGen.Registration.Tests.Infrastructure.FakeSageMakerServer server) => new()
        {
            ["AWS_ENDPOINT_URL"] = server.Endpoint.ToString(),
            ["AWS_REGION"] = AlgorithmGen.Registration.Tests.Infrastructure.FakeSageMakerServer.Region,
            ["AWS_ACCESS_KEY_ID"] = AlgorithmGen.Registration.Tests.Infrastructure.FakeSageMakerServer.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = AlgorithmGen.Registration.Tests.Infrastructure.FakeSageMakerServer.SecretAccessKey,
        };

        [Fact]
        public void Imported_class_is_idiomatic_where_the_payload_allows()
        {
            string source = Import("gaps.create-algorithm.json", "GapsAlgorithm.cs");

            Assert.Contains("public required long NumRound { get; set; }", source, StringComparison.Ordinal);
            Assert.Contains("public double Alpha { get; set; } = 0.5;", source, StringComparison.Ordinal);
            Assert.Contains("public bool Flag { get; set; } = false;", source, StringComparison.Ordinal);
            Assert.Contains("public Booster Booster { get; set; } = Booster.Gbtree;", source, StringComparison.Ordinal);
            Assert.Contains("[HyperParameter(\"max-leaves\")]", source, StringComparison.Ordinal);
            Assert.Contains("/// <summary>Learning objective; &lt;see&gt; &amp; \"quotes\".</summary>", source, StringComparison.Ordinal);
            Assert.Contains("[SupportedInstanceTypes(InstanceTypeUse.All, TrainingInstanceTypes.MlM5_Large, TrainingInstanceTypes.MlG5_XLarge)]", source, StringComparison.Ordinal);
            Assert.Contains("[TuningObjective(ObjectiveType.Maximize, \"validation:auc\")]", source, StringComparison.Ordinal);
            Assert.Contains("Owner = DataSourceOwner.InferenceContainer", source, StringComparison.Ordinal);
        }

        [Fact]
        public void Ranges_HyperParameter_cannot_say_are_stated_with_HyperParameterRange_under_the_rules_they_break()
        {
            string source = Import("ranges.create-algorithm.json", "RangesAlgorithm.cs");

            Assert.Contains("    [HyperParameter]\n    [HyperParameterRange(ContinuousMinValue = 1, ContinuousMaxValue = 10.5)]\n    public int Depth { get; set; } = 3;", source, StringComparison.Ordinal);
            Assert.Contains("[HyperParameterRange(IntegerMinValue = 1, IntegerMaxValue = 100, ContinuousMinValue = 0.5, ContinuousMaxValue = \"1E+3\")]", source, StringComparison.Ordinal);
            Assert.Contains("    [HyperParameterRange]\n    public int? Leaves { get; set; }", source, StringComparison.Ordinal);
            Assert.Contains("[HyperParameterRange(CategoricalValues = null)]", source, StringComparison.Ordinal);
            Assert.Contains("[HyperParameterRange(IntegerMinValue = null)]", source, StringComparison.Ordinal);
            // A range [HyperParameter] can say stays there.
            Assert.Contains("[HyperParameter(Values = new[] { \"0.5\", \"1.0\" })]", source, StringComparison.Ordinal);
            Assert.Contains("//   TrainingSpecification.SupportedHyperParameters[0].Range.ContinuousParameterRangeSpecification: Integer hyperparameter 'depth' has a ContinuousParameterRangeSpecification", source, StringComparison.Ordinal);
        }

        [Fact]
        public void Empty_structures_are_written_as_flags_and_arguments_written_null()
        {
            string source = Import("empty-structures.create-algorithm.json", "EmptyStructuresAlgorithm.cs");

            Assert.Contains("    EmptyInstancePlacementConfig = true,\n    EmptyStoppingCondition = true)]", source, StringComparison.Ordinal);
            Assert.Contains("BaseModelHubContentName = null", source, StringComparison.Ordinal);
            Assert.Contains("DataInputConfig = null", source, StringComparison.Ordinal);
            Assert.Contains("[ValidationInput(\"train\", S3Uri = null)]", source, StringComparison.Ordinal);
            Assert.Contains("[ValidationInput(\"validation\", FileSystemId = null)]", source, StringComparison.Ordinal);
            Assert.Contains("[ValidationInput(\"dataset\", DatasetArn = null)]", source, StringComparison.Ordinal);
        }

        private static string Import(string payload, string written)
        {
            using var folder = new TempDirectory();
            ProcessResult result = ToolRunner.Run(folder.Path, "import", Path.Combine(AppContext.BaseDirectory, "TestData", "import", payload));
            Assert.True(result.ExitCode == 0, result.Describe());
            return File.ReadAllText(folder.Combine(written));
        }

        // The KitchenSink class of AlgorithmGen.Tests sets every attribute member: its generated payload is imported.
        private static string KitchenSinkPayload()
        {
            (Compilation output, _) = Build(RepositoryRoot.ReadAllText("tests/AlgorithmGen.Tests/KitchenSink.cs"));
            return GeneratedJson(output, "AlgorithmGen.Tests.KitchenSink");
        }

        private static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Build(string source)
        {
            CSharpCompilation input = CSharpCompilation.Create(
                "Imported",
                new[] { CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Imported.cs") },
                References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            CSharpGeneratorDriver.Create(new[] { new AlgorithmGenerator().AsSourceGenerator() }, parseOptions: ParseOptions)
                .RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            Assert.Empty(generatorDiagnostics);

            var analyzers = output.WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(new AlgorithmAnalyzer()),
                new CompilationWithAnalyzersOptions(AnalyzerOptions(), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));
            ImmutableArray<Diagnostic> diagnostics = analyzers.GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            return (output, diagnostics);
        }

        private static string BakedSeverities(Compilation output)
        {
            string definition = output.SyntaxTrees.Single(tree => tree.FilePath.EndsWith("Algorithms.Imported.g.cs", StringComparison.Ordinal)).ToString();
            Match baked = Regex.Match(definition, @"RuleSeverities\.Parse\(""(?<text>[^""]*)""\)");
            return baked.Success ? RuleSeverities.Parse(baked.Groups["text"].Value).ToString() : string.Empty;
        }

        private static AnalyzerOptions AnalyzerOptions() => new(ImmutableArray<AdditionalText>.Empty);

        private static string GeneratedJson(Compilation output, string className)
        {
            INamedTypeSymbol type = output.GetTypeByMetadataName(className) ?? throw new Xunit.Sdk.XunitException("no class " + className);
            IFieldSymbol field = type.GetMembers("CreateAlgorithmJson").OfType<IFieldSymbol>().Single();
            return (string)field.ConstantValue!;
        }

        // A DescribeAlgorithm response describes the request without its response-only members.
        private static string CreateRequestPart(string json)
        {
            JsonObject root = JsonNode.Parse(json)!.AsObject();
            foreach (string member in ResponseOnlyMembers)
            {
                root.Remove(member);
            }

            return root.ToJsonString();
        }
    }
}
