using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AlgorithmGen.Tool.Exporting
{
    /// <summary>
    /// A CloudFormation template with one <c>AWS::SageMaker::Algorithm</c> resource, in JSON and in YAML. The members
    /// of the request the resource type cannot hold (always <c>ValidationSpecification</c> when the algorithm has one)
    /// are listed in the template's <c>Metadata</c> and, in YAML, in a comment at the top.
    /// </summary>
    internal sealed class CloudFormationTemplate
    {
        /// <summary>The key under the template's <c>Metadata</c> that lists what the template leaves out.</summary>
        public const string MetadataKey = "AlgorithmGen";

        private readonly string _algorithmName;
        private readonly string _source;
        private readonly ResourceProperties _resource;

        public CloudFormationTemplate(string algorithmName, string source, StructureNode request)
        {
            _algorithmName = algorithmName;
            _source = source;
            _resource = ResourceProperties.Select(ResourceSchema.CloudFormation, request);
        }

        /// <summary>The API paths of the request's members the template cannot hold.</summary>
        public IReadOnlyList<string> LeftOut => _resource.LeftOut;

        /// <summary>The resource's logical id: the algorithm name in PascalCase (<c>gradient-boosting</c> → <c>GradientBoosting</c>).</summary>
        public string LogicalId => string.Concat(_algorithmName.Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => char.ToUpperInvariant(word[0]) + word.Substring(1)));

        private string Description => $"SageMaker algorithm {_algorithmName}, exported by algorithmgen from {_source}.";

        // The template as a tree: what both syntaxes write.
        private StructureNode Template()
        {
            var members = new List<KeyValuePair<string, RequestNode>>
            {
                new("AWSTemplateFormatVersion", new ScalarNode(ScalarKind.String, "2010-09-09")),
                new("Description", new ScalarNode(ScalarKind.String, Description)),
            };
            if (LeftOut.Count > 0)
            {
                members.Add(new("Metadata", new StructureNode(new List<KeyValuePair<string, RequestNode>>
                {
                    new(MetadataKey, new StructureNode(new List<KeyValuePair<string, RequestNode>>
                    {
                        new("NotExpressible", new ListNode(LeftOut.Select(path => (RequestNode)new ScalarNode(ScalarKind.String, path)).ToList())),
                        new("Note", new ScalarNode(ScalarKind.String, NotExpressibleNote)),
                    })),
                })));
            }

            members.Add(new("Resources", new StructureNode(new List<KeyValuePair<string, RequestNode>>
            {
                new(LogicalId, new StructureNode(new List<KeyValuePair<string, RequestNode>>
                {
                    new("Type", new ScalarNode(ScalarKind.String, ResourceSchema.CloudFormation.ResourceType)),
                    new("Properties", _resource.Properties),
                })),
            })));
            return new StructureNode(members);
        }

        private string NotExpressibleNote =>
            $"{ResourceSchema.CloudFormation.ResourceType} cannot hold these members of the CreateAlgorithm request; they are not in this template. "
            + "Register with `algorithmgen register` or the generated RegisterAsync to keep them.";

        /// <summary>The template as indented JSON (ASCII, other characters \u-escaped) with a final newline.</summary>
        public string ToJson()
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Default }))
            {
                WriteJson(writer, Template());
            }

            return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
        }

        private static void WriteJson(Utf8JsonWriter writer, RequestNode node)
        {
            switch (node)
            {
                case StructureNode structure:
                    writer.WriteStartObject();
                    foreach (KeyValuePair<string, RequestNode> member in structure.Members)
                    {
                        writer.WritePropertyName(member.Key);
                        WriteJson(writer, member.Value);
                    }

                    writer.WriteEndObject();
                    break;
                case ListNode list:
                    writer.WriteStartArray();
                    foreach (RequestNode item in list.Items)
                    {
                        WriteJson(writer, item);
                    }

                    writer.WriteEndArray();
                    break;
                case MapNode map:
                    writer.WriteStartObject();
                    foreach (KeyValuePair<string, string> entry in map.Entries)
                    {
                        writer.WriteString(entry.Key, entry.Value);
                    }

                    writer.WriteEndObject();
                    break;
                case ScalarNode { Kind: ScalarKind.String } text:
                    writer.WriteStringValue(text.Text);
                    break;
                case ScalarNode { Kind: ScalarKind.Boolean } flag:
                    writer.WriteBooleanValue(flag.Text == "true");
                    break;
                case ScalarNode number:
                    writer.WriteRawValue(number.Text);
                    break;
            }
        }

        /// <summary>
        /// The template as YAML: block style, two-space indent, every string double-quoted (so no value is read as a
        /// number, boolean or date), and a comment at the top naming what the template leaves out.
        /// </summary>
        public string ToYaml()
        {
            var text = new StringBuilder();
            text.Append("# ").Append(Description).Append('\n');
            if (LeftOut.Count > 0)
            {
                text.Append("# ").Append(ResourceSchema.CloudFormation.ResourceType)
                    .Append(" cannot hold these members of the CreateAlgorithm request; they are not in this template:\n");
                foreach (string path in LeftOut)
                {
                    text.Append("#   ").Append(path).Append('\n');
                }
            }

            WriteYamlMembers(text, Template().Members.Select(m => (YamlKey(m.Key, quoted: false), m.Value)), indent: 0, firstLinePrefix: null);
            return text.ToString();
        }

        private static void WriteYamlMembers(StringBuilder text, IEnumerable<(string Key, RequestNode Value)> members, int indent, string? firstLinePrefix)
        {
            bool first = true;
            foreach ((string key, RequestNode value) in members)
            {
                text.Append(first && firstLinePrefix is not null ? firstLinePrefix : new string(' ', indent)).Append(key).Append(':');
                first = false;
                WriteYamlValue(text, value, indent);
            }

            if (first)
            {
                // An empty mapping in a list item.
                text.Append(firstLinePrefix ?? new string(' ', indent)).Append("{}\n");
            }
        }

        // Writes what follows "key:" (a scalar on the same line, or a nested block on the lines below).
        private static void WriteYamlValue(StringBuilder text, RequestNode value, int indent)
        {
            switch (value)
            {
                case StructureNode { Members.Count: 0 }:
                case MapNode { Entries.Count: 0 }:
                    text.Append(" {}\n");
                    break;
                case ListNode { Items.Count: 0 }:
                    text.Append(" []\n");
                    break;
                case StructureNode structure:
                    text.Append('\n');
                    WriteYamlMembers(text, structure.Members.Select(m => (YamlKey(m.Key, quoted: false), m.Value)), indent + 2, null);
                    break;
                case MapNode map:
                    text.Append('\n');
                    WriteYamlMembers(text, map.Entries.Select(e => (YamlKey(e.Key, quoted: true), (RequestNode)new ScalarNode(ScalarKind.String, e.Value))), indent + 2, null);
                    break;
                case ListNode list:
                    text.Append('\n');
                    foreach (RequestNode item in list.Items)
                    {
                        string dash = new string(' ', indent + 2) + "- ";
                        if (item is StructureNode element)
                        {
                            WriteYamlMembers(text, element.Members.Select(m => (YamlKey(m.Key, quoted: false), m.Value)), indent + 4, dash);
                        }
                        else
                        {
                            text.Append(dash).Append(YamlScalar((ScalarNode)item)).Append('\n');
                        }
                    }

                    break;
                case ScalarNode scalar:
                    text.Append(' ').Append(YamlScalar(scalar)).Append('\n');
                    break;
            }
        }

        private static string YamlKey(string key, bool quoted) => quoted ? YamlString(key) : key;

        private static string YamlScalar(ScalarNode scalar) => scalar.Kind == ScalarKind.String ? YamlString(scalar.Text) : scalar.Text;

        /// <summary>A YAML double-quoted scalar: printable ASCII as is, everything else escaped (\uXXXX, \UXXXXXXXX).</summary>
        internal static string YamlString(string value)
        {
            var text = new StringBuilder(value.Length + 2).Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (QuotedText.TryAppendCommonEscape(text, c))
                {
                    continue;
                }

                if (c >= 0x20 && c < 0x7F)
                {
                    text.Append(c);
                }
                else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    text.Append("\\U").Append(char.ConvertToUtf32(c, value[++i]).ToString("X8", CultureInfo.InvariantCulture));
                }
                else
                {
                    QuotedText.AppendUnicodeEscape(text, c);
                }
            }

            return text.Append('"').ToString();
        }
    }
}
