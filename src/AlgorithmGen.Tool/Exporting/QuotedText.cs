using System.Globalization;
using System.Text;

namespace AlgorithmGen.Tool.Exporting
{
    /// <summary>
    /// What the double-quoted strings of the formats the tool writes (YAML, HCL) escape alike; each format adds its own
    /// rules for the other characters.
    /// </summary>
    internal static class QuotedText
    {
        /// <summary>Appends the escape of <paramref name="c"/> when it is a quote, a backslash, a newline, a return or a tab.</summary>
        public static bool TryAppendCommonEscape(StringBuilder text, char c)
        {
            string? escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => null,
            };
            if (escape is null)
            {
                return false;
            }

            text.Append(escape);
            return true;
        }

        /// <summary>Appends <c>\uXXXX</c> for <paramref name="c"/>.</summary>
        public static void AppendUnicodeEscape(StringBuilder text, char c) =>
            text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
    }
}
