#nullable enable
using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AlgorithmGen.Rules
{
    /// <summary>
    /// Matches values against the service model's patterns the way the service does. The patterns are Java
    /// regular expressions matched against whole values: in Java <c>\d \w \s</c> are ASCII-only, <c>.</c> does not
    /// match <c>\r</c>, U+0085, U+2028 or U+2029, and a character outside the BMP is one character. .NET differs on
    /// each point, so a pattern is translated once, and surrogate pairs in a value are replaced by a BMP character of
    /// the same Unicode category before matching.
    /// </summary>
    internal static class ServicePatterns
    {
        private const string NotJavaSpace = @"\x00-\x08\x0E-\x1F\x21-\uFFFF";
        private const string NotJavaDigit = @"\x00-\x2F\x3A-\uFFFF";
        private const string NotJavaWord = @"\x00-\x2F\x3A-\x40\x5B-\x5E\x60\x7B-\uFFFF";
        private static readonly ConcurrentDictionary<string, Regex> Cache = new ConcurrentDictionary<string, Regex>();

        /// <summary>Whether all of <paramref name="value"/> matches the service-model <paramref name="pattern"/>.</summary>
        public static bool MatchesWhole(string pattern, string value) =>
            Cache.GetOrAdd(pattern, p => new Regex("^(?:" + ToDotNet(p) + @")\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
                .IsMatch(WithoutSurrogatePairs(value));

        /// <summary>The .NET regex that matches what the Java <paramref name="pattern"/> matches.</summary>
        public static string ToDotNet(string pattern)
        {
            var result = new StringBuilder(pattern.Length + 16);
            bool inClass = false;
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                if (c == '\\' && i + 1 < pattern.Length)
                {
                    char escaped = pattern[++i];
                    string? shorthand = (escaped, inClass) switch
                    {
                        ('d', false) => "[0-9]",
                        ('d', true) => "0-9",
                        ('D', false) => "[" + NotJavaDigit + "]",
                        ('D', true) => NotJavaDigit,
                        ('w', false) => "[a-zA-Z_0-9]",
                        ('w', true) => "a-zA-Z_0-9",
                        ('W', false) => "[" + NotJavaWord + "]",
                        ('W', true) => NotJavaWord,
                        ('s', false) => @"[ \t\n\x0B\f\r]",
                        ('s', true) => @" \t\n\x0B\f\r",
                        ('S', false) => "[" + NotJavaSpace + "]",
                        ('S', true) => NotJavaSpace,
                        _ => null,
                    };
                    result.Append(shorthand ?? "\\" + escaped);
                    continue;
                }

                if (inClass)
                {
                    inClass = c != ']';
                    result.Append(c);
                }
                else if (c == '[')
                {
                    inClass = true;
                    result.Append(c);
                    // A ']' right after '[' or '[^' is a literal in both dialects.
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        result.Append(pattern[++i]);
                    }

                    if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                    {
                        result.Append(pattern[++i]);
                    }
                }
                else if (c == '.')
                {
                    result.Append(@"[^\n\r\u0085\u2028\u2029]");
                }
                else
                {
                    result.Append(c);
                }
            }

            return result.ToString();
        }

        // One BMP stand-in per category, none of them ASCII, so ASCII-only classes treat them as Java treats the original.
        private static string WithoutSurrogatePairs(string value)
        {
            if (!HasSurrogate(value))
            {
                return value;
            }

            var result = new StringBuilder(value.Length);
            for (int i = 0; i < value.Length; i++)
            {
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    result.Append(StandIn(CharUnicodeInfo.GetUnicodeCategory(value, i)));
                    i++;
                }
                else
                {
                    result.Append(value[i]);
                }
            }

            return result.ToString();
        }

        private static bool HasSurrogate(string value)
        {
            foreach (char c in value)
            {
                if (char.IsSurrogate(c))
                {
                    return true;
                }
            }

            return false;
        }

        private static char StandIn(UnicodeCategory category) => category switch
        {
            UnicodeCategory.UppercaseLetter => '\u00C0',
            UnicodeCategory.LowercaseLetter => '\u00E0',
            UnicodeCategory.TitlecaseLetter => '\u01C5',
            UnicodeCategory.ModifierLetter => '\u02B0',
            UnicodeCategory.OtherLetter => '\u4E00',
            UnicodeCategory.NonSpacingMark => '\u0300',
            UnicodeCategory.SpacingCombiningMark => '\u0903',
            UnicodeCategory.EnclosingMark => '\u20DD',
            UnicodeCategory.DecimalDigitNumber => '\u0660',
            UnicodeCategory.LetterNumber => '\u2160',
            UnicodeCategory.OtherNumber => '\u00B2',
            UnicodeCategory.ConnectorPunctuation => '\u203F',
            UnicodeCategory.DashPunctuation => '\u2010',
            UnicodeCategory.OpenPunctuation => '\u2045',
            UnicodeCategory.ClosePunctuation => '\u2046',
            UnicodeCategory.InitialQuotePunctuation => '\u00AB',
            UnicodeCategory.FinalQuotePunctuation => '\u00BB',
            UnicodeCategory.OtherPunctuation => '\u00A1',
            UnicodeCategory.MathSymbol => '\u00AC',
            UnicodeCategory.CurrencySymbol => '\u00A2',
            UnicodeCategory.ModifierSymbol => '\u00B4',
            UnicodeCategory.OtherSymbol => '\u00A9',
            UnicodeCategory.SpaceSeparator => '\u2000',
            UnicodeCategory.Format => '\u00AD',
            UnicodeCategory.PrivateUse => '\uE000',
            _ => '\u0378', // unassigned
        };
    }
}
