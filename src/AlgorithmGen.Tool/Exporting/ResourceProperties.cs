using System.Collections.Generic;
using System.Globalization;

namespace AlgorithmGen.Tool.Exporting
{
    /// <summary>A request's members that a resource can hold, in its spelling, and the API paths of those it cannot.</summary>
    internal sealed class ResourceProperties
    {
        private ResourceProperties(StructureNode properties, IReadOnlyList<string> leftOut)
        {
            Properties = properties;
            LeftOut = leftOut;
        }

        /// <summary>The members the resource holds, renamed to its spelling, in the request's order.</summary>
        public StructureNode Properties { get; }

        /// <summary>The API paths (<c>A.B[0].C</c>) of the request's members the resource cannot hold.</summary>
        public IReadOnlyList<string> LeftOut { get; }

        public static ResourceProperties Select(ResourceSchema schema, StructureNode request)
        {
            var leftOut = new List<string>();
            StructureNode properties = Structure(schema, request, apiPath: "", schemaPath: "", leftOut);
            return new ResourceProperties(properties, leftOut);
        }

        private static StructureNode Structure(ResourceSchema schema, StructureNode node, string apiPath, string schemaPath, List<string> leftOut)
        {
            var members = new List<KeyValuePair<string, RequestNode>>();
            foreach (KeyValuePair<string, RequestNode> member in node.Members)
            {
                string name = schema.Spell(member.Key);
                string memberApiPath = apiPath.Length == 0 ? member.Key : apiPath + "." + member.Key;
                string memberSchemaPath = schemaPath.Length == 0 ? name : schemaPath + "." + name;
                if (!schema.Holds(memberSchemaPath))
                {
                    leftOut.Add(memberApiPath);
                    continue;
                }

                members.Add(new KeyValuePair<string, RequestNode>(name, Value(schema, member.Value, memberApiPath, memberSchemaPath, leftOut)));
            }

            return new StructureNode(members);
        }

        private static RequestNode Value(ResourceSchema schema, RequestNode node, string apiPath, string schemaPath, List<string> leftOut)
        {
            switch (node)
            {
                case StructureNode structure:
                    return Structure(schema, structure, apiPath, schemaPath, leftOut);
                case ListNode list:
                    var items = new List<RequestNode>(list.Items.Count);
                    for (int i = 0; i < list.Items.Count; i++)
                    {
                        items.Add(Value(schema, list.Items[i], apiPath + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", schemaPath + "[]", leftOut));
                    }

                    return new ListNode(items, list.HoldsStructures);
                default:
                    return node;
            }
        }
    }
}
