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
    /// `validate --format sarif`. No copy of the SARIF 2.1.0 JSON schema is available offline, so <see cref="AssertSarif"/>
    /// checks what the schema requires of the objects the tool writes: required properties, the level enum, URI
    /// references, 1-based regions, rule indexes, and no property the schema does not define for that object
    /// (the schema's objects do not allow additional properties).
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

        // The properties SARIF 2.1.0 defines on each object the tool writes (a subset of each: the tool writes no others).
        private static readonly Dictionary<string, string[]> Allowed = new()
        {
            ["log"] = new[] { "$schema", "version", "runs", "inlineExternalProperties", "properties" },
            ["run"] = new[] { "tool", "results", "invocations", "artifacts", "originalUriBaseIds", "properties" },
            ["tool"] = new[] { "driver", "extensions", "properties" },
            ["driver"] = new[] { "name", "semanticVersion", "version", "informationUri", "rules", "fullName", "properties" },
            ["rule"] = new[] { "id", "name", "shortDescription", "fullDescription", "helpUri", "help", "defaultConfiguration", "properties" },
            ["result"] = new[] { "ruleId", "ruleIndex", "rule", "kind", "level", "message", "locations", "properties" },
            ["location"] = new[] { "physicalLocation", "logicalLocations", "message", "properties" },
            ["physicalLocation"] = new[] { "artifactLocation", "region", "properties" },
            ["region"] = new[] { "startLine", "startColumn", "endLine", "endColumn", "properties" },
            ["logicalLocation"] = new[] { "name", "fullyQualifiedName", "kind", "properties" },
        };

        private static readonly string[] Levels = { "none", "note", "warning", "error" };

        private static void AssertSarif(JsonElement log)
        {
            AssertOnly(log, "log");
            Assert.Equal("2.1.0", log.GetProperty("version").GetString());
            Assert.True(Uri.IsWellFormedUriString(log.GetProperty("$schema").GetString(), UriKind.Absolute));
            JsonElement[] runs = log.GetProperty("runs").EnumerateArray().ToArray();
            Assert.NotEmpty(runs);
            foreach (JsonElement run in runs)
            {
                AssertOnly(run, "run");
                AssertOnly(run.GetProperty("tool"), "tool");
                JsonElement driver = run.GetProperty("tool").GetProperty("driver");
                AssertOnly(driver, "driver");
                Assert.False(string.IsNullOrEmpty(driver.GetProperty("name").GetString()));
                JsonElement[] rules = driver.GetProperty("rules").EnumerateArray().ToArray();
                foreach (JsonElement rule in rules)
                {
                    AssertOnly(rule, "rule");
                    Assert.False(string.IsNullOrEmpty(rule.GetProperty("id").GetString()));
                    Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
                    Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Levels);
                }

                Assert.Equal(rules.Length, rules.Select(rule => rule.GetProperty("id").GetString()).Distinct().Count());
                foreach (JsonElement result in run.GetProperty("results").EnumerateArray())
                {
                    AssertOnly(result, "result");
                    string ruleId = result.GetProperty("ruleId").GetString()!;
                    Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
                    Assert.Contains(result.GetProperty("level").GetString(), Levels);
                    Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
                    foreach (JsonElement location in result.GetProperty("locations").EnumerateArray())
                    {
                        AssertOnly(location, "location");
                        JsonElement physical = location.GetProperty("physicalLocation");
                        AssertOnly(physical, "physicalLocation");
                        string uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
                        Assert.True(Uri.IsWellFormedUriString(uri, UriKind.RelativeOrAbsolute), "a URI reference: " + uri);
                        if (physical.TryGetProperty("region", out JsonElement region))
                        {
                            AssertOnly(region, "region");
                            Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
                            Assert.True(!region.TryGetProperty("startColumn", out JsonElement column) || column.GetInt32() >= 1);
                        }

                        foreach (JsonElement logical in location.GetProperty("logicalLocations").EnumerateArray())
                        {
                            AssertOnly(logical, "logicalLocation");
                            Assert.False(string.IsNullOrEmpty(logical.GetProperty("fullyQualifiedName").GetString()));
                        }
                    }
                }
            }
        }

        private static void AssertOnly(JsonElement element, string kind)
        {
            Assert.Equal(JsonValueKind.Object, element.ValueKind);
            foreach (JsonProperty property in element.EnumerateObject())
            {
                Assert.True(Allowed[kind].Contains(property.Name), $"SARIF 2.1.0 defines no '{property.Name}' on {kind}");
            }
        }
    }
}
