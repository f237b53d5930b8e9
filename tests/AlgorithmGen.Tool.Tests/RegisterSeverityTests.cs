using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using AlgorithmGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AlgorithmGen.Tool.Tests
{
    /// <summary>
    /// `register` refuses what the assembly's build refused: the rule severities the generator baked into the payload
    /// attribute hold, and <c>--severity</c> wins over them. Dry runs: nothing is sent.
    /// </summary>
    public sealed class RegisterSeverityTests
    {
        [Fact]
        public void ARuleTheBuildMadeAWarning_DoesNotBlock_AndIsReported()
        {
            using var folder = new TempDirectory();
            string relaxed = AssemblyWithPayload(folder, "relaxed-algo", "AG0202=warning");

            ProcessResult result = ToolRunner.Run(folder.Path, "register", relaxed, "--dry-run");

            Assert.True(result.ExitCode == 0, result.Describe());
            Assert.Equal("relaxed-algo: valid (dry run, nothing sent)", result.StandardOutput.Trim());
            string warning = Assert.Single(ToolRunner.Lines(result.StandardError));
            Assert.StartsWith("algorithmgen register: warning: relaxed-algo: AG0202 warning at TrainingSpecification.MetricDefinitions[1]", warning, StringComparison.Ordinal);
        }

        [Fact]
        public void WithoutBakedSeverities_TheCatalogueDecides_AndSeverityOverridesBothWays()
        {
            using var folder = new TempDirectory();
            string strict = AssemblyWithPayload(folder, "strict-algo", null);
            string relaxed = AssemblyWithPayload(folder, "relaxed-algo", "AG0202=warning");

            ProcessResult refused = ToolRunner.Run(folder.Path, "register", strict, "--dry-run");
            Assert.True(refused.ExitCode == 1, refused.Describe());
            Assert.StartsWith("strict-algo: failed: ", refused.StandardError, StringComparison.Ordinal);
            Assert.Contains("AG0202 error at TrainingSpecification.MetricDefinitions[1]", refused.StandardError, StringComparison.Ordinal);

            ProcessResult off = ToolRunner.Run(folder.Path, "register", strict, "--dry-run", "--severity", "AG0202=none");
            Assert.True(off.ExitCode == 0, off.Describe());
            Assert.Equal(string.Empty, off.StandardError);

            ProcessResult tightened = ToolRunner.Run(folder.Path, "register", relaxed, "--dry-run", "--severity", "ag0202=error");
            Assert.True(tightened.ExitCode == 1, tightened.Describe());
            Assert.Contains("AG0202 error at", tightened.StandardError, StringComparison.Ordinal);
        }

        [Fact]
        public void MalformedSeverities_AreOneLineUsageErrors()
        {
            using var folder = new TempDirectory();
            string broken = AssemblyWithPayload(folder, "broken-algo", "AG0202=maybe");

            ProcessResult baked = ToolRunner.Run(folder.Path, "register", broken, "--dry-run");
            Assert.True(baked.ExitCode == 2, baked.Describe());
            Assert.Equal(
                new[]
                {
                    $"algorithmgen register: cannot read '{broken}': the rule severities of algorithm 'broken-algo' are malformed: 'AG0202=maybe': unknown level 'maybe' (use error, warning, suggestion or none).",
                    "algorithmgen register: nothing was registered.",
                },
                ToolRunner.Lines(baked.StandardError));

            ProcessResult option = ToolRunner.Run(folder.Path, "register", broken, "--dry-run", "--severity", "AG9999=none");
            Assert.True(option.ExitCode == 2, option.Describe());
            Assert.Equal("algorithmgen register: --severity 'AG9999=none': there is no rule AG9999 (rules: AGT001-AGT005 and the AG rules in docs/rules).", option.StandardError.Trim());
        }

        // An assembly as the generator emits it: the payload, with the build's severities when it changed any.
        private static string AssemblyWithPayload(TempDirectory folder, string algorithmName, string? ruleSeverities)
        {
            JsonNode request = JsonNode.Parse(Payloads.Valid)!;
            request["AlgorithmName"] = algorithmName;
            // Two metrics named alike: AG0202, an error in the catalogue.
            request["TrainingSpecification"]!["MetricDefinitions"] = JsonNode.Parse("""[{ "Name": "loss", "Regex": "loss=(\\d+)" }, { "Name": "loss", "Regex": "total=(\\d+)" }]""");
            string severities = ruleSeverities is null ? string.Empty : ", RuleSeverities = " + SymbolDisplay.FormatLiteral(ruleSeverities, quote: true);
            string source = "[assembly: global::AlgorithmGen.AlgorithmPayload(" + SymbolDisplay.FormatLiteral(algorithmName, quote: true) + ", "
                + SymbolDisplay.FormatLiteral(request.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }), quote: true) + severities + ")]";
            CSharpCompilation compilation = CSharpCompilation.Create(
                algorithmName.Replace('-', '_'),
                new[] { CSharpSyntaxTree.ParseText(source) },
                Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().Append(MetadataReference.CreateFromFile(typeof(AlgorithmDefinition).Assembly.Location)),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            string path = folder.Combine(algorithmName + ".dll");
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(path);
            Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
            return path;
        }
    }
}
