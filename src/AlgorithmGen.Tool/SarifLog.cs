using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace AlgorithmGen.Tool
{
    /// <summary>
    /// <c>validate --format sarif</c>: one SARIF 2.1.0 log (OASIS), one run, written with <see cref="Utf8JsonWriter"/>.
    /// Each result has the rule ID, its level, the message, the file as <c>artifactLocation.uri</c> (a relative
    /// reference as given, or a <c>file:</c> URI for an absolute path), a region when the position is known (AGT001),
    /// and the member path as a logical location (<c>fullyQualifiedName</c>, kind <c>member</c>).
    /// </summary>
    internal static class SarifLog
    {
        public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

        public static void Write(TextWriter output, IReadOnlyList<(string File, IReadOnlyList<Finding> Findings)> files)
        {
            var rules = ToolRules.All;
            var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteString("$schema", SchemaUri);
                json.WriteString("version", "2.1.0");
                json.WriteStartArray("runs");
                json.WriteStartObject();

                json.WriteStartObject("tool");
                json.WriteStartObject("driver");
                json.WriteString("name", "algorithmgen");
                json.WriteString("semanticVersion", SemanticVersion());
                json.WriteString("informationUri", AlgorithmGen.Rules.RepositoryInfo.Url);
                json.WriteStartArray("rules");
                foreach (ToolRule rule in rules)
                {
                    json.WriteStartObject();
                    json.WriteString("id", rule.Id);
                    json.WriteStartObject("shortDescription");
                    json.WriteString("text", rule.Title);
                    json.WriteEndObject();
                    if (rule.HelpUri is not null)
                    {
                        json.WriteString("helpUri", rule.HelpUri);
                    }

                    json.WriteStartObject("defaultConfiguration");
                    json.WriteString("level", LevelName(rule.DefaultLevel));
                    json.WriteEndObject();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();

                json.WriteStartArray("results");
                foreach ((string file, IReadOnlyList<Finding> findings) in files)
                {
                    foreach (Finding finding in findings)
                    {
                        json.WriteStartObject();
                        json.WriteString("ruleId", finding.Rule.Id);
                        json.WriteNumber("ruleIndex", ruleIndex[finding.Rule.Id]);
                        json.WriteString("level", LevelName(finding.Level));
                        json.WriteStartObject("message");
                        json.WriteString("text", finding.Message);
                        json.WriteEndObject();
                        json.WriteStartArray("locations");
                        json.WriteStartObject();
                        json.WriteStartObject("physicalLocation");
                        json.WriteStartObject("artifactLocation");
                        json.WriteString("uri", ArtifactUri(file));
                        json.WriteEndObject();
                        if (finding.Line is int line)
                        {
                            json.WriteStartObject("region");
                            json.WriteNumber("startLine", line);
                            if (finding.Column is int column)
                            {
                                json.WriteNumber("startColumn", column);
                            }

                            json.WriteEndObject();
                        }

                        json.WriteEndObject();
                        json.WriteStartArray("logicalLocations");
                        json.WriteStartObject();
                        json.WriteString("fullyQualifiedName", finding.Path);
                        json.WriteString("kind", "member");
                        json.WriteEndObject();
                        json.WriteEndArray();
                        json.WriteEndObject();
                        json.WriteEndArray();
                        json.WriteEndObject();
                    }
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }

        /// <summary>A URI reference for the file: relative paths stay relative (forward slashes, escaped); absolute ones become <c>file:</c> URIs.</summary>
        internal static string ArtifactUri(string file)
        {
            if (Path.IsPathRooted(file))
            {
                return new Uri(Path.GetFullPath(file)).AbsoluteUri;
            }

            return string.Join("/", file.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
        }

        private static string LevelName(Level level) => level switch
        {
            Level.Error => "error",
            Level.Warning => "warning",
            Level.Note => "note",
            _ => "none",
        };

        private static string SemanticVersion()
        {
            string? informational = typeof(SarifLog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            return informational ?? "0.0.0";
        }
    }
}
