using System;
using System.Collections.Generic;
using System.Globalization;
using AlgorithmGen.Model;

namespace AlgorithmGen.Tool.Exporting
{
    /// <summary>A value of the request, with what the service model says it is (a structure, list, map or scalar).</summary>
    internal abstract class RequestNode
    {
    }

    /// <summary>A structure: its set members in the API's order.</summary>
    internal sealed class StructureNode : RequestNode
    {
        public StructureNode(IReadOnlyList<KeyValuePair<string, RequestNode>> members) => Members = members;

        public IReadOnlyList<KeyValuePair<string, RequestNode>> Members { get; }
    }

    /// <summary>A list of strings or of structures.</summary>
    internal sealed class ListNode : RequestNode
    {
        public ListNode(IReadOnlyList<RequestNode> items, bool holdsStructures = false)
        {
            Items = items;
            HoldsStructures = holdsStructures;
        }

        public IReadOnlyList<RequestNode> Items { get; }

        /// <summary>Whether the items are structures (known even when the list is empty).</summary>
        public bool HoldsStructures { get; }
    }

    /// <summary>A string-to-string map, in the request's order.</summary>
    internal sealed class MapNode : RequestNode
    {
        public MapNode(IReadOnlyList<KeyValuePair<string, string>> entries) => Entries = entries;

        public IReadOnlyList<KeyValuePair<string, string>> Entries { get; }
    }

    internal enum ScalarKind
    {
        String,
        Boolean,
        Number,
    }

    /// <summary>A string, a boolean or a number, as its wire text (<c>true</c>, <c>42</c>).</summary>
    internal sealed class ScalarNode : RequestNode
    {
        public ScalarNode(ScalarKind kind, string text)
        {
            Kind = kind;
            Text = text;
        }

        public ScalarKind Kind { get; }

        public string Text { get; }
    }

    /// <summary>
    /// Turns a request into <see cref="RequestNode"/>s by visiting it the way <see cref="Json.PayloadJsonWriter"/> does,
    /// so the infrastructure-as-code writers see exactly the members, order and values the payload file has.
    /// </summary>
    internal sealed class RequestTree : IShapeVisitor
    {
        private List<KeyValuePair<string, RequestNode>> _members = new();

        public static StructureNode From(IApiShape shape) => new RequestTree().Structure(shape);

        private StructureNode Structure(IApiShape shape)
        {
            List<KeyValuePair<string, RequestNode>> outer = _members;
            _members = new List<KeyValuePair<string, RequestNode>>();
            shape.Accept(this);
            var node = new StructureNode(_members);
            _members = outer;
            return node;
        }

        private void Add(MemberSpec member, RequestNode node) => _members.Add(new KeyValuePair<string, RequestNode>(member.Name, node));

        string? IShapeVisitor.String(MemberSpec member, string? value)
        {
            if (value is not null)
            {
                Add(member, new ScalarNode(ScalarKind.String, value));
            }

            return value;
        }

        bool? IShapeVisitor.Boolean(MemberSpec member, bool? value)
        {
            if (value is { } flag)
            {
                Add(member, new ScalarNode(ScalarKind.Boolean, flag ? "true" : "false"));
            }

            return value;
        }

        int? IShapeVisitor.Integer(MemberSpec member, int? value)
        {
            if (value is { } number)
            {
                Add(member, new ScalarNode(ScalarKind.Number, number.ToString(CultureInfo.InvariantCulture)));
            }

            return value;
        }

        long? IShapeVisitor.Long(MemberSpec member, long? value)
        {
            if (value is { } number)
            {
                Add(member, new ScalarNode(ScalarKind.Number, number.ToString(CultureInfo.InvariantCulture)));
            }

            return value;
        }

        float? IShapeVisitor.Float(MemberSpec member, float? value)
        {
            if (value is { } number)
            {
                Add(member, new ScalarNode(ScalarKind.Number, HyperParameterCodec.Format(number)));
            }

            return value;
        }

        DateTimeOffset? IShapeVisitor.Timestamp(MemberSpec member, DateTimeOffset? value)
        {
            if (value is { } time)
            {
                // ISO 8601, which both CloudFormation and Terraform read for a timestamp.
                Add(member, new ScalarNode(ScalarKind.String, time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)));
            }

            return value;
        }

        T? IShapeVisitor.Structure<T>(MemberSpec member, T? value) where T : class
        {
            if (value is not null)
            {
                Add(member, Structure(value));
            }

            return value;
        }

        List<string>? IShapeVisitor.StringList(MemberSpec member, List<string>? value)
        {
            if (value is not null)
            {
                Add(member, new ListNode(value.ConvertAll<RequestNode>(item => new ScalarNode(ScalarKind.String, item))));
            }

            return value;
        }

        List<T>? IShapeVisitor.StructureList<T>(MemberSpec member, List<T>? value) where T : class
        {
            if (value is not null)
            {
                Add(member, new ListNode(value.ConvertAll<RequestNode>(item => Structure(item)), holdsStructures: true));
            }

            return value;
        }

        Dictionary<string, string>? IShapeVisitor.StringMap(MemberSpec member, Dictionary<string, string>? value)
        {
            if (value is not null)
            {
                Add(member, new MapNode(new List<KeyValuePair<string, string>>(value)));
            }

            return value;
        }
    }
}
