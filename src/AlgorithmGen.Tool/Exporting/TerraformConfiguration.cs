using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AlgorithmGen.Model;

namespace AlgorithmGen.Tool.Exporting
{
    /// <summary>
    /// An <c>aws_sagemaker_algorithm</c> resource block for Terraform's hashicorp/aws provider: structures as nested
    /// blocks, lists of structures as repeated blocks, string maps and <c>tags</c> as map attributes. Members the
    /// provider cannot hold are named in a comment above the block.
    /// </summary>
    internal sealed class TerraformConfiguration
    {
        private const string TagsMember = nameof(CreateAlgorithmRequest.Tags);
        private readonly string _algorithmName;
        private readonly string _source;
        private readonly ResourceProperties _resource;

        public TerraformConfiguration(string algorithmName, string source, StructureNode request)
        {
            _algorithmName = algorithmName;
            _source = source;
            _resource = ResourceProperties.Select(ResourceSchema.Terraform, WithTagsAsMap(request));
        }

        /// <summary>The API paths of the request's members the resource cannot hold.</summary>
        public IReadOnlyList<string> LeftOut => _resource.LeftOut;

        /// <summary>The resource's local name: the algorithm name in snake_case (<c>gradient-boosting</c> → <c>gradient_boosting</c>).</summary>
        public string LocalName => (char.IsDigit(_algorithmName[0]) ? "algorithm_" : "") + _algorithmName.Replace('-', '_').ToLowerInvariant();

        // The provider takes tags as a map; the API as a list of Key/Value pairs.
        private static StructureNode WithTagsAsMap(StructureNode request) => new(request.Members.Select(member =>
            member.Key == TagsMember && member.Value is ListNode tags
                ? new KeyValuePair<string, RequestNode>(member.Key, new MapNode(tags.Items.OfType<StructureNode>().Select(TagEntry).ToList()))
                : member).ToList());

        private static KeyValuePair<string, string> TagEntry(StructureNode tag)
        {
            string Field(string name) => tag.Members.Where(m => m.Key == name).Select(m => ((ScalarNode)m.Value).Text).FirstOrDefault() ?? "";
            return new KeyValuePair<string, string>(Field(nameof(Tag.Key)), Field(nameof(Tag.Value)));
        }

        /// <summary>The resource block, with a final newline.</summary>
        public string ToHcl()
        {
            var text = new StringBuilder();
            text.Append("# SageMaker algorithm ").Append(_algorithmName).Append(", exported by algorithmgen from ").Append(_source).Append(".\n");
            if (LeftOut.Count > 0)
            {
                text.Append("# ").Append(ResourceSchema.Terraform.ResourceType)
                    .Append(" cannot hold these members of the CreateAlgorithm request; they are not in this configuration:\n");
                foreach (string path in LeftOut)
                {
                    text.Append("#   ").Append(path).Append('\n');
                }
            }

            text.Append("resource ").Append(HclString(ResourceSchema.Terraform.ResourceType)).Append(' ').Append(HclString(LocalName)).Append(" {\n");
            WriteBody(text, _resource.Properties, indent: 2);
            text.Append("}\n");
            return text.ToString();
        }

        private static void WriteBody(StringBuilder text, StructureNode body, int indent)
        {
            string pad = new string(' ', indent);
            // Attributes first, then blocks, each block after the first line of a body set off by a blank line.
            bool any = false;
            foreach (KeyValuePair<string, RequestNode> member in body.Members.Where(m => !IsBlock(m.Value)))
            {
                text.Append(pad).Append(member.Key).Append(" = ");
                WriteExpression(text, member.Value, indent);
                text.Append('\n');
                any = true;
            }

            foreach (KeyValuePair<string, RequestNode> member in body.Members.Where(m => IsBlock(m.Value)))
            {
                // An empty list of structures is no block at all, which the provider reads as the member being absent.
                IEnumerable<StructureNode> blocks = member.Value is ListNode list ? list.Items.Cast<StructureNode>() : new[] { (StructureNode)member.Value };
                foreach (StructureNode block in blocks)
                {
                    text.Append(any ? "\n" : "").Append(pad).Append(member.Key).Append(" {\n");
                    any = true;
                    WriteBody(text, block, indent + 2);
                    text.Append(pad).Append("}\n");
                }
            }
        }

        private static bool IsBlock(RequestNode node) => node is StructureNode or ListNode { HoldsStructures: true };

        private static void WriteExpression(StringBuilder text, RequestNode node, int indent)
        {
            switch (node)
            {
                case ListNode list:
                    text.Append('[').Append(string.Join(", ", list.Items.Cast<ScalarNode>().Select(Scalar))).Append(']');
                    break;
                case MapNode { Entries.Count: 0 }:
                    text.Append("{}");
                    break;
                case MapNode map:
                    text.Append("{\n");
                    foreach (KeyValuePair<string, string> entry in map.Entries)
                    {
                        text.Append(' ', indent + 2).Append(HclString(entry.Key)).Append(" = ").Append(HclString(entry.Value)).Append('\n');
                    }

                    text.Append(' ', indent).Append('}');
                    break;
                case ScalarNode scalar:
                    text.Append(Scalar(scalar));
                    break;
            }
        }

        private static string Scalar(ScalarNode scalar) => scalar.Kind == ScalarKind.String ? HclString(scalar.Text) : scalar.Text;

        /// <summary>
        /// An HCL quoted string: the JSON-like escapes, and <c>${</c> / <c>%{</c> doubled so Terraform reads them as
        /// text, not as an interpolation or a template directive.
        /// </summary>
        internal static string HclString(string value)
        {
            var text = new StringBuilder(value.Length + 2).Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (QuotedText.TryAppendCommonEscape(text, c))
                {
                    continue;
                }

                if (c is '$' or '%' && i + 1 < value.Length && value[i + 1] == '{')
                {
                    text.Append(c).Append(c);
                }
                else if (c < 0x20 || c == 0x7F)
                {
                    QuotedText.AppendUnicodeEscape(text, c);
                }
                else
                {
                    // HCL files are UTF-8: other characters are written as themselves.
                    text.Append(c);
                }
            }

            return text.Append('"').ToString();
        }
    }
}
