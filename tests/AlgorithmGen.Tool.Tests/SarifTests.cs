using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Tool.Tests
{
    /// <summary>
    /// `validate --format sarif`, each log checked against the SARIF 2.1.0 JSON schema shipped in
    /// tests/tools/schemas (see its README for where it comes from).
    /// </summary>
    public sealed class SarifTests
    {
        [Fact]
        public void Sarif_HasEveryProblemWithRuleLevelMessageFileAndMemberPath()
        {
            JsonNode request = JsonNode.Parse(Payloads.Valid)!;
            request["AlgorithmName"] = 5;
            request["Bogus"] = 1;
            request["TrainingSpecification"]!.AsObject().Remove("TrainingChannels");
            using var folder = new TempDirectory();
            folder.WriteFile("dir with space/bad.json", request.ToJsonString());
            folder.WriteFile("broken.json", "{\n  \"AlgorithmName\": ,\n}");
            folder.WriteFile("ok.json", Payloads.Valid);

            ProcessResult result = ToolRunner.Run(folder.Path, "validate", "--format", "sarif", "dir with space/bad.json", "broken.json", "ok.json", folder.Combine("ok.json"), "--severity", "AGT003=warning");
            Assert.True(result.ExitCode == 1, result.Describe());
            Assert.Equal(string.Empty, result.StandardError);

            using JsonDocument log = JsonDocument.Parse(result.StandardOutput);
            AssertSarif(log.RootElement);
            var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
            var summary = results.Select(r => (
                Rule: r.GetProperty("ruleId").GetString(),
                Level: r.GetProperty("level").GetString(),
                Uri: r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(),
                Member: r.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString())).ToArray();

            Assert.Contains(("AGT002", "error", "dir%20with%20space/bad.json", "AlgorithmName"), summary);
            Assert.Contains(("AGT003", "warning", "dir%20with%20space/bad.json", "Bogus"), summary);
            Assert.Contains(("AG0001", "error", "dir%20with%20space/bad.json", "TrainingSpecification.TrainingChannels"), summary);
            Assert.Contains(("AGT001", "error", "broken.json", "input"), summary);
            Assert.DoesNotContain(summary, s => s.Uri!.EndsWith("ok.json", StringComparison.Ordinal));

            JsonElement broken = results.Single(r => r.GetProperty("ruleId").GetString() == "AGT001");
            JsonElement region = broken.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            Assert.Equal(2, region.GetProperty("startLine").GetInt32());
            Assert.Contains("not valid JSON at line 2", broken.GetProperty("message").GetProperty("text").GetString());
        }

        [Fact]
        public void Sarif_OfCleanFiles_HasNoResultsAndExitsWith0()
        {
            using var folder = new TempDirectory();
            folder.WriteFile("ok.json", Payloads.Valid);
            ProcessResult result = ToolRunner.Run(folder.Path, "validate", "ok.json", "--format", "sarif");
            Assert.True(result.ExitCode == 0, result.Describe());
            using JsonDocument log = JsonDocument.Parse(result.StandardOutput);
            AssertSarif(log.RootElement);
            Assert.Equal(0, log.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
            Assert.Contains(log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(),
                rule => rule.GetProperty("id").GetString() == "AG0101" && rule.GetProperty("helpUri").GetString()!.EndsWith("docs/rules/AG0101.md", StringComparison.Ordinal));
        }

        private static readonly string SchemaFile = RepositoryRoot.Combine("tests/tools/schemas/sarif-schema-2.1.0.json");

        /// <summary>
        /// The log is valid against the published SARIF 2.1.0 schema (checked by the <c>jsonschema</c> package, not by
        /// code written here), and what the schema cannot say holds too: each result's rule index points at its rule,
        /// and rule ids are unique.
        /// </summary>
        private static void AssertSarif(JsonElement log)
        {
            using var folder = new TempDirectory();
            string file = folder.WriteFile("log.sarif", log.GetRawText());
            ProcessResult validation = ProcessRunner.Run("python3", new[] { RepositoryRoot.Combine("tests/tools/validate_json_schema.py"), SchemaFile, file });
            Assert.True(validation.ExitCode == 0, validation.Describe());

            foreach (JsonElement run in log.GetProperty("runs").EnumerateArray())
            {
                JsonElement[] rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
                Assert.Equal(rules.Length, rules.Select(rule => rule.GetProperty("id").GetString()).Distinct().Count());
                foreach (JsonElement result in run.GetProperty("results").EnumerateArray())
                {
                    Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
                }
            }
        }

        [Fact]
        public void SchemaCheck_RefusesALogTheSchemaForbids()
        {
            // The check itself is live: a property SARIF does not define on a driver fails validation.
            using var folder = new TempDirectory();
            string file = folder.WriteFile("bad.sarif", "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\",\"bogus\":1}}}]}");
            ProcessResult validation = ProcessRunner.Run("python3", new[] { RepositoryRoot.Combine("tests/tools/validate_json_schema.py"), SchemaFile, file });
            Assert.Equal(1, validation.ExitCode);
            Assert.Contains("'bogus' was unexpected", validation.StandardOutput, StringComparison.Ordinal);
        }
    }
}
