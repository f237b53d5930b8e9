using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Tool.Tests
{
    /// <summary>
    /// `export --format cloudformation|terraform`, read back and compared with the payload file `export` writes for the
    /// same assembly: every member is either in the resource, with the same value, or named as left out.
    /// </summary>
    public sealed class InfrastructureExportTests
    {
        private static readonly string SampleDll = ToolRunner.SampleDll;

        // This test assembly: the generator compiled the KitchenSink algorithm (every attribute member) into it.
        private static readonly string KitchenSinkDll = typeof(InfrastructureExportTests).Assembly.Location;

        [Fact]
        public void CloudFormation_OfTheSample_HoldsThePayloadButItsValidationSpecification_InJsonAndYaml()
        {
            using var folder = new TempDirectory();
            JsonObject payload = ExportPayload(folder, SampleDll, "gradient-boosting");

            ProcessResult result = ToolRunner.Run(folder.Path, "export", SampleDll, "-o", "out", "--format", "cloudformation");
            Assert.True(result.ExitCode == 0, result.Describe());
            Assert.Equal(
                "algorithmgen export: warning: gradient-boosting: AWS::SageMaker::Algorithm cannot hold ValidationSpecification; left out and listed in the file.",
                result.StandardError.Trim());

            JsonObject template = JsonNode.Parse(File.ReadAllText(folder.Combine("out", "gradient-boosting.cloudformation.json")))!.AsObject();
            AssertTemplateHolds(template, payload, "GradientBoosting", new[] { "ValidationSpecification" });

            // YAML, read by PyYAML (not by code written here), is the same template.
            string yamlFile = folder.Combine("out", "gradient-boosting.cloudformation.yaml");
            string yaml = File.ReadAllText(yamlFile);
            Assert.StartsWith("# SageMaker algorithm gradient-boosting, exported by algorithmgen from GradientBoosting.dll.\n", yaml, StringComparison.Ordinal);
            Assert.Contains("\n#   ValidationSpecification\n", yaml, StringComparison.Ordinal);
            Assert.True(JsonNode.DeepEquals(template, YamlAsJson(yamlFile)), "the YAML template reads as the JSON template");
        }

        [Fact]
        public void CloudFormation_OfKitchenSink_ListsEveryMemberItCannotHold()
        {
            using var folder = new TempDirectory();
            JsonObject payload = ExportPayload(folder, KitchenSinkDll, "kitchen-sink");

            ProcessResult result = ToolRunner.Run(folder.Path, "export", KitchenSinkDll, "-o", "out", "--format", "cloudformation");
            Assert.True(result.ExitCode == 0, result.Describe());
            string[] expectedLeftOut =
            {
                "TrainingSpecification.AdditionalS3DataSource",
                "InferenceSpecification.Containers[0].ModelDataUrl",
                "InferenceSpecification.Containers[0].ModelDataSource",
                "InferenceSpecification.Containers[0].ProductId",
                "InferenceSpecification.Containers[0].AdditionalModelDataSources",
                "InferenceSpecification.Containers[0].ModelDataETag",
                "InferenceSpecification.Containers[0].BaseModel",
                "InferenceSpecification.Containers[1].ModelDataSource",
                "InferenceSpecification.Containers[1].AdditionalS3DataSource",
                "ValidationSpecification",
            };
            Assert.Equal(
                $"algorithmgen export: warning: kitchen-sink: AWS::SageMaker::Algorithm cannot hold {string.Join(", ", expectedLeftOut)}; left out and listed in the file.",
                result.StandardError.Trim());

            JsonObject template = JsonNode.Parse(File.ReadAllText(folder.Combine("out", "kitchen-sink.cloudformation.json")))!.AsObject();
            AssertTemplateHolds(template, payload, "KitchenSink", expectedLeftOut);
            Assert.True(JsonNode.DeepEquals(template, YamlAsJson(folder.Combine("out", "kitchen-sink.cloudformation.yaml"))), "the YAML template reads as the JSON template");
        }

        [Fact]
        public void Terraform_OfKitchenSink_HoldsEveryValueButTwoMembersTheProviderLacks()
        {
            using var folder = new TempDirectory();
            JsonObject payload = ExportPayload(folder, KitchenSinkDll, "kitchen-sink");

            ProcessResult result = ToolRunner.Run(folder.Path, "export", KitchenSinkDll, "-o", "out", "--format", "terraform");
            Assert.True(result.ExitCode == 0, result.Describe());
            string[] leftOut =
            {
                "InferenceSpecification.Containers[0].AdditionalModelDataSources",
                "ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.InputDataConfig[2].DataSource.DatasetSource",
            };
            Assert.Equal(
                $"algorithmgen export: warning: kitchen-sink: aws_sagemaker_algorithm cannot hold {string.Join(", ", leftOut)}; left out and listed in the file.",
                result.StandardError.Trim());

            string hcl = File.ReadAllText(folder.Combine("out", "kitchen-sink.tf"));
            Assert.Contains("\nresource \"aws_sagemaker_algorithm\" \"kitchen_sink\" {\n", hcl, StringComparison.Ordinal);
            foreach (string path in leftOut)
            {
                Assert.Contains("\n#   " + path + "\n", hcl, StringComparison.Ordinal);
            }

            // The provider's spelling, as its documentation shows it.
            string[] lines = hcl.Split('\n').Select(line => line.Trim()).ToArray();
            Assert.Contains("supported_response_mime_types = [\"application/json\", \"application/jsonlines\", \"text/csv\"]", lines);
            Assert.Contains("manifest_etag = \"etag-primary-manifest\"", lines);
            Assert.Contains("volume_size_in_gb = 100", lines);
            Assert.Contains("max_payload_in_mb = 6", lines);
            Assert.Contains("seed = 9007199254740993", lines);
            Assert.Contains("\"caf\u00e9\" = \"cr\u00e8me br\u00fbl\u00e9e\"", lines);
            Assert.Contains("algorithm_description = \"Kitchen sink: every attribute member, \\\"quoted\\\", with a back\\\\slash and na\u00efve caf\u00e9 \u2013 \u00fcber.\"", lines);

            // Every value of the payload is in the configuration, and nothing else: the payload's scalars (and map
            // keys) outside the left-out members, as a multiset, equal the configuration's read back.
            List<string> expected = Leaves(payload, "", leftOut).OrderBy(v => v, StringComparer.Ordinal).ToList();
            List<string> actual = HclLeaves.Read(hcl).OrderBy(v => v, StringComparer.Ordinal).ToList();
            Assert.Equal(expected, actual);
        }

        [Fact]
        public void UnknownFormat_IsAUsageError()
        {
            using var folder = new TempDirectory();
            ProcessResult result = ToolRunner.Run(folder.Path, "export", SampleDll, "-o", "out", "--format", "pulumi");
            Assert.True(result.ExitCode == 2, result.Describe());
            Assert.Contains("pulumi", result.StandardError, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder.Combine("out")));
        }

        private static JsonObject ExportPayload(TempDirectory folder, string assembly, string algorithmName)
        {
            ProcessResult json = ToolRunner.Run(folder.Path, "export", assembly, "-o", "payloads");
            Assert.True(json.ExitCode == 0, json.Describe());
            return JsonNode.Parse(File.ReadAllText(folder.Combine("payloads", algorithmName + ".create-algorithm.json")))!.AsObject();
        }

        private static void AssertTemplateHolds(JsonObject template, JsonObject payload, string logicalId, IReadOnlyList<string> leftOut)
        {
            Assert.Equal("2010-09-09", (string?)template["AWSTemplateFormatVersion"]);
            JsonObject resource = template["Resources"]![logicalId]!.AsObject();
            Assert.Equal("AWS::SageMaker::Algorithm", (string?)resource["Type"]);
            Assert.Equal(leftOut, template["Metadata"]!["AlgorithmGen"]!["NotExpressible"]!.AsArray().Select(path => (string?)path));

            // The properties are the payload with exactly the listed members removed: same values, same order.
            JsonNode expected = payload.DeepClone();
            foreach (string path in leftOut)
            {
                Remove(expected, path);
            }

            Assert.True(JsonNode.DeepEquals(expected, resource["Properties"]), "Properties:\n" + resource["Properties"] + "\nexpected:\n" + expected);
            Assert.Equal(expected.ToJsonString(), resource["Properties"]!.ToJsonString());
        }

        // Removes the member at an API path such as A.B[0].C.
        private static void Remove(JsonNode root, string path)
        {
            string[] steps = path.Split('.');
            JsonNode node = root;
            foreach (string step in steps.Take(steps.Length - 1))
            {
                node = Step(node, step);
            }

            Assert.True(node.AsObject().Remove(steps[^1]), "the payload has " + path);
        }

        private static JsonNode Step(JsonNode node, string step)
        {
            int bracket = step.IndexOf('[', StringComparison.Ordinal);
            if (bracket < 0)
            {
                return node[step]!;
            }

            return node[step.Substring(0, bracket)]![int.Parse(step.Substring(bracket + 1, step.Length - bracket - 2), System.Globalization.CultureInfo.InvariantCulture)]!;
        }

        // The payload's scalars as text, and the keys of its string maps, outside the given paths.
        private static IEnumerable<string> Leaves(JsonNode node, string path, IReadOnlyCollection<string> except)
        {
            if (except.Contains(path))
            {
                yield break;
            }

            switch (node)
            {
                case JsonObject map when path.EndsWith(".Environment", StringComparison.Ordinal) || path.EndsWith(".HyperParameters", StringComparison.Ordinal):
                    foreach (KeyValuePair<string, JsonNode?> entry in map)
                    {
                        yield return entry.Key;
                        yield return (string)entry.Value!;
                    }

                    break;
                case JsonObject structure:
                    foreach (KeyValuePair<string, JsonNode?> member in structure)
                    {
                        foreach (string leaf in Leaves(member.Value!, path.Length == 0 ? member.Key : path + "." + member.Key, except))
                        {
                            yield return leaf;
                        }
                    }

                    break;
                case JsonArray list:
                    for (int i = 0; i < list.Count; i++)
                    {
                        foreach (string leaf in Leaves(list[i]!, path + "[" + i + "]", except))
                        {
                            yield return leaf;
                        }
                    }

                    break;
                case JsonValue value:
                    yield return value.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string)value! : value.ToJsonString();
                    break;
            }
        }

        private static JsonNode YamlAsJson(string yamlFile)
        {
            ProcessResult result = ProcessRunner.Run("python3", new[]
            {
                "-c", "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1], encoding='utf-8'))))", yamlFile,
            });
            Assert.True(result.ExitCode == 0, result.Describe());
            return JsonNode.Parse(result.StandardOutput)!;
        }

        /// <summary>
        /// Reads the HCL the exporter writes (attributes, blocks with labels, strings, numbers, booleans, lists and
        /// maps, # comments) and returns its values: every scalar, and every map key. Block labels are not values.
        /// </summary>
        private sealed class HclLeaves
        {
            private readonly string _text;
            private readonly List<string> _leaves = new();
            private int _at;

            private HclLeaves(string text) => _text = text;

            public static List<string> Read(string text)
            {
                var reader = new HclLeaves(text);
                reader.Body(topLevel: true);
                return reader._leaves;
            }

            private void Body(bool topLevel)
            {
                while (true)
                {
                    SkipSpace();
                    if (_at >= _text.Length)
                    {
                        Assert.True(topLevel, "unexpected end of the configuration");
                        return;
                    }

                    if (_text[_at] == '}')
                    {
                        Assert.False(topLevel, "a '}' closes nothing at " + _at);
                        _at++;
                        return;
                    }

                    Identifier();
                    SkipSpace();
                    if (_text[_at] == '=')
                    {
                        _at++;
                        Expression();
                        continue;
                    }

                    while (_text[_at] == '"')
                    {
                        String();
                        SkipSpace();
                    }

                    Expect('{');
                    Body(topLevel: false);
                }
            }

            private void Expression()
            {
                SkipSpace();
                char c = _text[_at];
                if (c == '"')
                {
                    _leaves.Add(String());
                }
                else if (c == '[')
                {
                    _at++;
                    SkipSpace();
                    while (_text[_at] != ']')
                    {
                        Expression();
                        SkipSpace();
                        if (_text[_at] == ',')
                        {
                            _at++;
                            SkipSpace();
                        }
                    }

                    _at++;
                }
                else if (c == '{')
                {
                    _at++;
                    SkipSpace();
                    while (_text[_at] != '}')
                    {
                        _leaves.Add(_text[_at] == '"' ? String() : Identifier());
                        SkipSpace();
                        Expect('=');
                        Expression();
                        SkipSpace();
                    }

                    _at++;
                }
                else
                {
                    int start = _at;
                    while (_at < _text.Length && (char.IsLetterOrDigit(_text[_at]) || _text[_at] is '-' or '.'))
                    {
                        _at++;
                    }

                    string literal = _text.Substring(start, _at - start);
                    Assert.True(literal is "true" or "false" || decimal.TryParse(literal, out _), "not a literal: " + literal);
                    _leaves.Add(literal);
                }
            }

            private string String()
            {
                Expect('"');
                var value = new StringBuilder();
                while (_text[_at] != '"')
                {
                    char c = _text[_at++];
                    Assert.NotEqual('\n', c);
                    if (c == '\\')
                    {
                        char escape = _text[_at++];
                        switch (escape)
                        {
                            case 'n': value.Append('\n'); break;
                            case 'r': value.Append('\r'); break;
                            case 't': value.Append('\t'); break;
                            case '"': value.Append('"'); break;
                            case '\\': value.Append('\\'); break;
                            case 'u':
                                value.Append((char)Convert.ToInt32(_text.Substring(_at, 4), 16));
                                _at += 4;
                                break;
                            default: throw new Xunit.Sdk.XunitException("unknown escape \\" + escape);
                        }
                    }
                    else if ((c == '$' || c == '%') && _text[_at] == c && _text[_at + 1] == '{')
                    {
                        // $${ and %%{ are a literal ${ and %{.
                        value.Append(c);
                        _at++;
                    }
                    else
                    {
                        Assert.False((c == '$' || c == '%') && _text[_at] == '{', "an unescaped template sequence");
                        value.Append(c);
                    }
                }

                _at++;
                return value.ToString();
            }

            private string Identifier()
            {
                int start = _at;
                while (_at < _text.Length && (char.IsLetterOrDigit(_text[_at]) || _text[_at] is '_' or '-'))
                {
                    _at++;
                }

                Assert.True(_at > start, "an identifier at " + start + ": " + _text.Substring(start, Math.Min(40, _text.Length - start)));
                return _text.Substring(start, _at - start);
            }

            private void Expect(char c)
            {
                SkipSpace();
                Assert.True(_text[_at] == c, $"'{c}' at {_at}: {_text.Substring(_at, Math.Min(40, _text.Length - _at))}");
                _at++;
            }

            private void SkipSpace()
            {
                while (_at < _text.Length)
                {
                    if (char.IsWhiteSpace(_text[_at]))
                    {
                        _at++;
                    }
                    else if (_text[_at] == '#')
                    {
                        while (_at < _text.Length && _text[_at] != '\n')
                        {
                            _at++;
                        }
                    }
                    else
                    {
                        return;
                    }
                }
            }
        }
    }
}
