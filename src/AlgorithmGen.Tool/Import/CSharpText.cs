using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text;

namespace AlgorithmGen.Tool.Import
{
    /// <summary>C# source text for imported values: literals, identifiers, enum members and instance-type constants.</summary>
    internal static class CSharpText
    {
        private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
            "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
            "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long",
            "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected", "public",
            "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct", "switch",
            "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void",
            "volatile", "while",
        };

        /// <summary>A regular string literal; a verbatim one when that reads better (backslashes, as in regexes).</summary>
        public static string String(string? value)
        {
            if (value is null)
            {
                return "null";
            }

            bool verbatimFits = value.IndexOf('\\') >= 0 && value.All(c => c >= ' ' && !char.IsSurrogate(c) && c != '\u2028' && c != '\u2029' && c != 0x7F);
            if (verbatimFits)
            {
                return "@\"" + value.Replace("\"", "\"\"") + "\"";
            }

            var text = new StringBuilder(value.Length + 2).Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': text.Append("\\\""); break;
                    case '\\': text.Append("\\\\"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    default:
                        if (c < ' ' || c == 0x7F || c == '\u2028' || c == '\u2029' || c == '\u0085')
                        {
                            text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            text.Append(c);
                        }

                        break;
                }
            }

            return text.Append('"').ToString();
        }

        public static string Bool(bool value) => value ? "true" : "false";

        public static string Strings(IEnumerable<string> values) => "new[] { " + string.Join(", ", values.Select(String)) + " }";

        /// <summary>PascalCase from a wire name (<c>num_round</c> → <c>NumRound</c>, <c>eta</c> → <c>Eta</c>); null when nothing is left.</summary>
        public static string Pascal(string name)
        {
            var result = new StringBuilder(name.Length);
            bool upper = true;
            foreach (char c in name)
            {
                if (c < 0x80 && char.IsLetterOrDigit(c))
                {
                    result.Append(upper ? char.ToUpperInvariant(c) : c);
                    upper = false;
                }
                else
                {
                    upper = true;
                }
            }

            if (result.Length == 0)
            {
                result.Append("Value");
            }

            if (char.IsDigit(result[0]))
            {
                result.Insert(0, '_');
            }

            string identifier = result.ToString();
            return Keywords.Contains(identifier) ? "@" + identifier : identifier;
        }

        /// <summary><paramref name="wire"/> as a member of the AlgorithmGen enum <paramref name="enumType"/>, or null when it has none.</summary>
        public static string? EnumMember(Type enumType, string wire)
        {
            foreach (FieldInfo field in enumType.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                string spelled = field.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? field.Name;
                if (spelled == wire)
                {
                    return enumType.Name + "." + field.Name;
                }
            }

            return null;
        }

        /// <summary>The <paramref name="constants"/> class's constant for <paramref name="instanceType"/>, else the string literal.</summary>
        public static string InstanceType(Type constants, string instanceType)
        {
            foreach (FieldInfo field in constants.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (field.IsLiteral && field.GetRawConstantValue() is string value && value == instanceType)
                {
                    return constants.Name + "." + field.Name;
                }
            }

            return String(instanceType);
        }

        /// <summary>Escapes text for an XML doc comment.</summary>
        public static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
    }
}
