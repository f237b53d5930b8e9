using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Tool.Tests
{
    /// <summary>`import` as a user runs it: bad input is one message in the tool's words, a non-zero exit, and no file.</summary>
    public sealed class ImportTests
    {
        [Fact]
        public void ValidFile_WritesTheClassNamedAfterTheAlgorithm()
        {
            using var folder = new TempDirectory();
            folder.WriteFile("ok.json", Payloads.Valid);

            ProcessResult result = ToolRunner.Run(folder.Path, "import", "ok.json", "--namespace", "Acme.Algorithms");
            Assert.True(result.ExitCode == 0, result.Describe());
            Assert.Equal(new[] { "Wrote MyAlgoAlgorithm.cs: class Acme.Algorithms.MyAlgoAlgorithm." }, ToolRunner.Lines(result.StandardOutput));
            string source = File.ReadAllText(folder.Combine("MyAlgoAlgorithm.cs"));
            Assert.Contains("namespace Acme.Algorithms;", source, StringComparison.Ordinal);
            Assert.Matches(@"\[Algorithm\(\s*""my-algo"",", source);
            Assert.Contains("SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge }", source, StringComparison.Ordinal);
            Assert.DoesNotContain("#pragma", source, StringComparison.Ordinal);
        }

        [Fact]
        public void Force_replaces_an_existing_class()
        {
            using var folder = new TempDirectory();
            folder.WriteFile("ok.json", Payloads.Valid);
            folder.WriteFile("MyAlgoAlgorithm.cs", "// edited");

            ProcessResult result = ToolRunner.Run(folder.Path, "import", "ok.json", "--force");
            Assert.True(result.ExitCode == 0, result.Describe());
            Assert.Contains("public partial class MyAlgoAlgorithm", File.ReadAllText(folder.Combine("MyAlgoAlgorithm.cs")), StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(ValidateTests.BadFiles), MemberType = typeof(ValidateTests))]
        public void BadFile_IsOneErrorInTheToolsWords_AndNoClass(string name, byte[] content, string expected)
        {
            using var folder = new TempDirectory();
            string file = name + ".json";
            File.WriteAllBytes(folder.Combine(file), content);

            ProcessResult result = ToolRunner.Run(folder.Path, "import", file);
            Assert.True(result.ExitCode == 1, result.Describe());
            Assert.Equal(string.Empty, result.StandardOutput);
            string[] lines = ToolRunner.Lines(result.StandardError);
            Assert.Equal(2, lines.Length);
            Assert.StartsWith($"algorithmgen import: {file}: input: ", lines[0]);
            Assert.Contains(expected, lines[0]);
            Assert.Equal($"algorithmgen import: {file} is not a CreateAlgorithm request or DescribeAlgorithm response as written; no class written.", lines[1]);
            AssertOnlyFiles(folder, file);
        }

        [Fact]
        public void WrongTypesAndUnknownMembers_AreEachNamedByPath_AndNoClass()
        {
            JsonNode request = JsonNode.Parse(Payloads.Valid)!;
            request["AlgorithmName"] = 5;
            request["TrainingSpecification"]!["SupportedTrainingInstanceTypes"] = "ml.m5.xlarge";
            request["TrainingSpecification"]!["TrainingChannels"]![0]!["SupportedInputModes"] = new JsonArray("File", 3);
            request["Bogus"] = 1;
            request["TrainingSpecification"]!["AlsoBogus"] = true;
            using var folder = new TempDirectory();
            folder.WriteFile("bad.json", request.ToJsonString());

            ProcessResult result = ToolRunner.Run(folder.Path, "import", "bad.json");
            Assert.True(result.ExitCode == 1, result.Describe());
            string[] lines = ToolRunner.Lines(result.StandardError);
            Assert.Contains(lines, line => line.StartsWith("algorithmgen import: bad.json: AlgorithmName: AGT002 ", StringComparison.Ordinal));
            Assert.Contains(lines, line => line.StartsWith("algorithmgen import: bad.json: TrainingSpecification.SupportedTrainingInstanceTypes: AGT002 ", StringComparison.Ordinal));
            Assert.Contains(lines, line => line.StartsWith("algorithmgen import: bad.json: TrainingSpecification.TrainingChannels[0].SupportedInputModes[1]: AGT002 ", StringComparison.Ordinal));
            Assert.Contains("algorithmgen import: bad.json: Bogus: AGT003 unknown member (not in the CreateAlgorithm request of the shipped service model)", lines);
            Assert.Contains("algorithmgen import: bad.json: TrainingSpecification.AlsoBogus: AGT003 unknown member (not in the CreateAlgorithm request of the shipped service model)", lines);
            Assert.Equal(6, lines.Length);
            AssertOnlyFiles(folder, "bad.json");
        }

        [Fact]
        public void TwentyMegabyteFileWithAWrongType_IsShortOutput_AndNoClass()
        {
            JsonNode request = JsonNode.Parse(Payloads.Valid)!;
            request["AlgorithmDescription"] = new string('x', 20 * 1024 * 1024);
            request["CertifyForMarketplace"] = "yes";
            using var folder = new TempDirectory();
            folder.WriteFile("big.json", request.ToJsonString());

            ProcessResult result = ToolRunner.Run(folder.Path, "import", "big.json");
            Assert.True(result.ExitCode == 1, result.Describe().Substring(0, Math.Min(4000, result.Describe().Length)));
            Assert.True(result.StandardError.Length < 2000, "output stays short: " + result.StandardError.Length);
            Assert.StartsWith("algorithmgen import: big.json: CertifyForMarketplace: AGT002 ", result.StandardError, StringComparison.Ordinal);
            AssertOnlyFiles(folder, "big.json");
        }

        [Fact]
        public void MemberNoAttributeCanSend_IsNamedByPath_AndNoClass() => AssertRefused(
            "odd.json",
            request => request["TrainingSpecification"]!["SupportedHyperParameters"] = JsonNode.Parse("""[{ "Name": "x", "Type": "Decimal" }]"""),
            "TrainingSpecification.SupportedHyperParameters[0].Type: 'Decimal' is not a hyperparameter type AlgorithmGen can write (Integer, Continuous, Categorical, FreeText)");

        [Fact]
        public void Member_the_service_requires_and_its_attribute_always_sends_is_refused_saying_why() => AssertRefused(
            "no-regex.json",
            request => request["TrainingSpecification"]!["MetricDefinitions"] = JsonNode.Parse("""[{ "Name": "loss" }]"""),
            "TrainingSpecification.MetricDefinitions[0].Regex: Regex is missing, but the service requires it and [Metric] (it generates one from the name) always sends it, so no class can leave it out");

        // The valid payload changed by `change` is refused: one line naming the member and why, exit code 1, no class.
        private static void AssertRefused(string file, Action<JsonNode> change, string pathAndReason)
        {
            JsonNode request = JsonNode.Parse(Payloads.Valid)!;
            change(request);
            using var folder = new TempDirectory();
            folder.WriteFile(file, request.ToJsonString());

            ProcessResult result = ToolRunner.Run(folder.Path, "import", file);
            Assert.True(result.ExitCode == 1, result.Describe());
            Assert.Equal(new[] { $"algorithmgen import: {file}: {pathAndReason}; no class written." }, ToolRunner.Lines(result.StandardError));
            AssertOnlyFiles(folder, file);
        }

        [Theory]
        [InlineData("missing.json", "algorithmgen import: cannot read 'missing.json': no such file.")]
        [InlineData("dir", "algorithmgen import: cannot read 'dir': it is a folder, not a file.")]
        public void UnreadableInput_IsAUsageError(string input, string expected)
        {
            using var folder = new TempDirectory();
            Directory.CreateDirectory(folder.Combine("dir"));

            ProcessResult result = ToolRunner.Run(folder.Path, "import", input);
            Assert.True(result.ExitCode == 2, result.Describe());
            Assert.Equal(new[] { expected }, ToolRunner.Lines(result.StandardError));
            AssertOnlyFiles(folder, "dir");
        }

        [Theory]
        [InlineData(new string[0], "algorithmgen import: give either a JSON file or --describe NAME.")]
        [InlineData(new[] { "ok.json", "--describe", "x" }, "algorithmgen import: give either a JSON file or --describe NAME.")]
        [InlineData(new[] { "ok.json", "--class", "2fast" }, "algorithmgen import: --class '2fast' is not a C# identifier.")]
        [InlineData(new[] { "ok.json", "--namespace", "a..b" }, "algorithmgen import: --namespace 'a..b' is not a C# namespace name.")]
        [InlineData(new[] { "ok.json", "--output", "out" }, "algorithmgen import: cannot write 'out': it is a folder; give a file name with --output.")]
        [InlineData(new[] { "ok.json", "--output", "ok.json" }, "algorithmgen import: 'ok.json' exists; give another --output or --force to replace it.")]
        public void BadArguments_AreUsageErrors_AndNoClass(string[] arguments, string expected)
        {
            using var folder = new TempDirectory();
            folder.WriteFile("ok.json", Payloads.Valid);
            Directory.CreateDirectory(folder.Combine("out"));

            ProcessResult result = ToolRunner.Run(folder.Path, new[] { "import" }.Concat(arguments).ToArray());
            Assert.True(result.ExitCode == 2, result.Describe());
            Assert.StartsWith(expected, ToolRunner.Lines(result.StandardError)[0], StringComparison.Ordinal);
            AssertOnlyFiles(folder, "ok.json", "out");
        }

        private static void AssertOnlyFiles(TempDirectory folder, params string[] names) =>
            Assert.Equal(names.OrderBy(name => name, StringComparer.Ordinal), Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal));
    }
}
