#nullable enable
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using AlgorithmGen.Model;

namespace AlgorithmGen.Json
{
    /// <summary>
    /// Writes an <see cref="IApiShape"/> as the JSON the SageMaker JSON 1.1 protocol expects: members in the API's
    /// order, unset members omitted, ASCII only (other characters \u-escaped, as the AWS CLI sends them), invariant
    /// numbers. The generator runs this same code at compile time, so compile-time bytes and run-time bytes agree.
    /// </summary>
    internal sealed class PayloadJsonWriter : IShapeVisitor
    {
        private readonly StringBuilder _text = new StringBuilder();
        private readonly bool _indented;
        private readonly Stack<bool> _hasMembers = new Stack<bool>();

        private PayloadJsonWriter(bool indented) => _indented = indented;

        /// <summary>The compact form, sent on the wire.</summary>
        public static string ToCompactJson(IApiShape shape) => Write(shape, indented: false);

        /// <summary>The indented form (two spaces, like <c>json.dumps(indent=2)</c>), written to files for people and the AWS CLI.</summary>
        public static string ToIndentedJson(IApiShape shape) => Write(shape, indented: true);

        private static string Write(IApiShape shape, bool indented)
        {
            var writer = new PayloadJsonWriter(indented);
            writer.WriteObject(shape);
            return writer._text.ToString();
        }

        string? IShapeVisitor.String(MemberSpec member, string? value)
        {
            if (value != null)
            {
                StartMember(member);
                WriteString(value);
            }

            return value;
        }

        bool? IShapeVisitor.Boolean(MemberSpec member, bool? value)
        {
            if (value.HasValue)
            {
                StartMember(member);
                _text.Append(value.Value ? "true" : "false");
            }

            return value;
        }

        int? IShapeVisitor.Integer(MemberSpec member, int? value)
        {
            if (value.HasValue)
            {
                StartMember(member);
                _text.Append(value.Value.ToString(CultureInfo.InvariantCulture));
            }

            return value;
        }

        long? IShapeVisitor.Long(MemberSpec member, long? value)
        {
            if (value.HasValue)
            {
                StartMember(member);
                _text.Append(value.Value.ToString(CultureInfo.InvariantCulture));
            }

            return value;
        }

        float? IShapeVisitor.Float(MemberSpec member, float? value)
        {
            if (value.HasValue)
            {
                StartMember(member);
                // The shortest text that reads back as the same float, as a JSON number.
                _text.Append(HyperParameterCodec.Format(value.Value));
            }

            return value;
        }

        DateTimeOffset? IShapeVisitor.Timestamp(MemberSpec member, DateTimeOffset? value)
        {
            if (value.HasValue)
            {
                StartMember(member);
                // JSON 1.1 carries timestamps as epoch seconds with up to millisecond precision.
                decimal seconds = value.Value.ToUnixTimeMilliseconds() / 1000m;
                _text.Append(seconds.ToString("0.###", CultureInfo.InvariantCulture));
            }

            return value;
        }

        T? IShapeVisitor.Structure<T>(MemberSpec member, T? value) where T : class
        {
            if (value != null)
            {
                StartMember(member);
                WriteObject(value);
            }

            return value;
        }

        List<string>? IShapeVisitor.StringList(MemberSpec member, List<string>? value)
        {
            if (value != null)
            {
                StartMember(member);
                WriteArray(value, WriteString);
            }

            return value;
        }

        List<T>? IShapeVisitor.StructureList<T>(MemberSpec member, List<T>? value) where T : class
        {
            if (value != null)
            {
                StartMember(member);
                WriteArray(value, WriteObject);
            }

            return value;
        }

        Dictionary<string, string>? IShapeVisitor.StringMap(MemberSpec member, Dictionary<string, string>? value)
        {
            if (value != null)
            {
                StartMember(member);
                _text.Append('{');
                int i = 0;
                foreach (KeyValuePair<string, string> entry in value)
                {
                    if (i++ > 0)
                    {
                        _text.Append(',');
                    }

                    NewLine(_hasMembers.Count + 1);
                    WriteString(entry.Key);
                    _text.Append(_indented ? ": " : ":");
                    WriteString(entry.Value);
                }

                if (i > 0)
                {
                    NewLine(_hasMembers.Count);
                }

                _text.Append('}');
            }

            return value;
        }

        private void WriteObject(IApiShape shape)
        {
            _text.Append('{');
            _hasMembers.Push(false);
            shape.Accept(this);
            bool any = _hasMembers.Pop();
            if (any)
            {
                NewLine(_hasMembers.Count);
            }

            _text.Append('}');
        }

        private void WriteArray<T>(List<T> items, Action<T> writeItem)
        {
            _text.Append('[');
            for (int i = 0; i < items.Count; i++)
            {
                if (i > 0)
                {
                    _text.Append(',');
                }

                NewLine(_hasMembers.Count + 1);
                // Arrays nest one level deeper than the member that holds them.
                _hasMembers.Push(false);
                writeItem(items[i]);
                _hasMembers.Pop();
            }

            if (items.Count > 0)
            {
                NewLine(_hasMembers.Count);
            }

            _text.Append(']');
        }

        private void StartMember(MemberSpec member)
        {
            if (_hasMembers.Peek())
            {
                _text.Append(',');
            }
            else
            {
                _hasMembers.Pop();
                _hasMembers.Push(true);
            }

            NewLine(_hasMembers.Count);
            WriteString(member.Name);
            _text.Append(_indented ? ": " : ":");
        }

        private void NewLine(int depth)
        {
            if (_indented)
            {
                _text.Append('\n').Append(' ', depth * 2);
            }
        }

        private void WriteString(string? value)
        {
            if (value is null)
            {
                _text.Append("null"); // only a list item can be null; validation reports it
                return;
            }

            _text.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': _text.Append("\\\""); break;
                    case '\\': _text.Append("\\\\"); break;
                    case '\n': _text.Append("\\n"); break;
                    case '\r': _text.Append("\\r"); break;
                    case '\t': _text.Append("\\t"); break;
                    case '\b': _text.Append("\\b"); break;
                    case '\f': _text.Append("\\f"); break;
                    default:
                        if (c < ' ' || c > '~')
                        {
                            _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            _text.Append(c);
                        }

                        break;
                }
            }

            _text.Append('"');
        }
    }
}
