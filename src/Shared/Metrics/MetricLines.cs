#nullable enable
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AlgorithmGen.Rules;

namespace AlgorithmGen.Metrics
{
    /// <summary>
    /// The log lines that carry metric values, and the regexes that find them: one module for the generator (the line
    /// a metric method writes), the analyzer (whether the declared regex finds that line), the training host (writing
    /// it) and the local run (reading values back out of a job's output as SageMaker would).
    /// </summary>
    /// <remarks>
    /// What we assume of the service, which AWS does not document: it searches each log line for the regex (not a
    /// whole-line match), with Java's regex dialect, and records the first capturing group as a float. The dialect is
    /// the one the service model's patterns use (<see cref="ServicePatterns"/>).
    /// </remarks>
    internal static class MetricLines
    {
        /// <summary>Where a metric's value goes in a line template.</summary>
        public const string ValuePlaceholder = "{value}";

        /// <summary>
        /// A number as <see cref="FormatValue"/> writes it: optional minus, digits, optional fraction, optional exponent.
        /// Written in the dialect both Java and .NET read the same way.
        /// </summary>
        public const string ValuePattern = @"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?";

        // Values a template must carry intact through its regex: sign, zero, fraction, tiny and huge exponents.
        private static readonly double[] ProbeValues = { 0, 1, -0.5, 0.123456789, 123456.789, 1E-07, -2.5E-300, 1.7976931348623157E+308 };

        /// <summary>The line template of a metric declared without a regex or format: <c>name=value;</c>.</summary>
        public static string DefaultTemplate(string metricName) => metricName + "=" + ValuePlaceholder + ";";

        /// <summary>
        /// The regex of a metric declared without one: the name at the start of a line or after white space, then
        /// <c>=</c>, the value and <c>;</c>. The boundary keeps metric <c>rmse</c> from matching <c>validation:rmse=…</c>.
        /// </summary>
        public static string DefaultRegex(string metricName) => @"(?:^|\s)" + QuoteLiteral(metricName) + "=(" + ValuePattern + ");";

        /// <summary>
        /// The text of a metric value: invariant culture, the shortest form that reads back as the same double
        /// (<c>0.1</c>, <c>-3</c>, <c>1E-07</c>). Null for NaN and infinities, which the host does not write: the
        /// service records floats, and a non-finite objective would mislead a tuning job.
        /// </summary>
        public static string? FormatValue(double value) =>
            double.IsNaN(value) || double.IsInfinity(value) ? null : HyperParameterCodec.Format(value);

        /// <summary>The line <paramref name="template"/> writes for <paramref name="value"/>, or null when the value is not finite.</summary>
        public static string? Line(string template, double value) =>
            FormatValue(value) is { } text ? template.Replace(ValuePlaceholder, text) : null;

        /// <summary>The value the service would record from <paramref name="line"/> with <paramref name="regex"/>, if any.</summary>
        public static bool TryExtract(string regex, string line, out double value)
        {
            value = 0;
            Match match = Compiled.GetOrAdd(regex, Compile).Match(line);
            return match.Success && match.Groups.Count > 1 && match.Groups[1].Success
                && double.TryParse(match.Groups[1].Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }

        /// <summary>
        /// Why the lines <paramref name="template"/> writes are not read back exactly by <paramref name="regex"/>, or null
        /// when every probe value (negative, zero, tiny, huge, exponents) comes back as written.
        /// </summary>
        public static string? TemplateProblem(string regex, string template)
        {
            if (CountOf(template, ValuePlaceholder) != 1)
            {
                return "its format must contain " + ValuePlaceholder + " exactly once";
            }

            if (template.IndexOfAny(new[] { '\n', '\r' }) >= 0)
            {
                return "its format must be a single line";
            }

            Regex compiled;
            try
            {
                compiled = Compile(regex);
            }
            catch (ArgumentException exception)
            {
                return "its regex does not compile: " + exception.Message;
            }

            foreach (double probe in ProbeValues)
            {
                string text = FormatValue(probe)!;
                string line = template.Replace(ValuePlaceholder, text);
                Match match = compiled.Match(line);
                if (!match.Success)
                {
                    return "its regex does not match the line \"" + line + "\" that the generated method writes";
                }

                if (match.Groups.Count < 2 || !match.Groups[1].Success || match.Groups[1].Value != text)
                {
                    string captured = match.Groups.Count < 2 || !match.Groups[1].Success ? "nothing" : "\"" + match.Groups[1].Value + "\"";
                    return "its regex captures " + captured + " instead of \"" + text + "\" from the line \"" + line + "\"";
                }
            }

            return null;
        }

        /// <summary>
        /// A line template that <paramref name="regex"/> matches, with the first capturing group replaced by the value:
        /// literals kept, <c>\d</c> as 0, <c>\s</c> as a space, one repetition for <c>+</c>, none for <c>?</c> and
        /// <c>*</c>, the first branch of an alternation. Null (with the reason) for constructs it does not write
        /// (lookarounds, back-references, negated classes it cannot satisfy); then the metric needs a <c>Format</c>.
        /// </summary>
        public static string? DeriveTemplate(string regex, out string? problem)
        {
            var reader = new TemplateReader(regex);
            string? template = reader.Read();
            problem = reader.Problem ?? (template is not null && CountOf(template, ValuePlaceholder) == 0 ? "it has no capturing group" : null);
            return problem is null ? template : null;
        }

        // A job's few declared regexes, each applied to every line of its output. (The analyzer compiles without the
        // cache: what a user types would only pile up in it.)
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Compiled = new System.Collections.Concurrent.ConcurrentDictionary<string, Regex>();

        /// <summary>The regex as the service would run it: Java semantics, searched (not anchored), named groups numbered in order.</summary>
        private static Regex Compile(string regex) =>
            new Regex(ServicePatterns.ToDotNet(NamedGroupsAsPlain(regex)), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        // Java numbers named groups with the others by their '(' position; .NET numbers them last. Make them plain.
        private static string NamedGroupsAsPlain(string regex) => Regex.Replace(regex, @"(?<!\\)\(\?<(?![=!])[A-Za-z][A-Za-z0-9]*>", "(");

        private static string QuoteLiteral(string text)
        {
            var quoted = new StringBuilder(text.Length + 8);
            foreach (char c in text)
            {
                if (@"\^$.|?*+()[]{}".IndexOf(c) >= 0)
                {
                    quoted.Append('\\');
                }

                quoted.Append(c);
            }

            return quoted.ToString();
        }

        private static int CountOf(string text, string part)
        {
            int count = 0;
            for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }

        /// <summary>A recursive reader of the regex subset <see cref="DeriveTemplate"/> understands.</summary>
        private sealed class TemplateReader
        {
            private readonly string _pattern;
            private int _position;
            private bool _valueWritten;

            public TemplateReader(string pattern) => _pattern = pattern;

            public string? Problem { get; private set; }

            public string? Read()
            {
                string text = Sequence();
                if (Problem is null && _position < _pattern.Length)
                {
                    Problem = "it has an unbalanced ')'";
                }

                return Problem is null ? text : null;
            }

            // A sequence up to ')' or the end; after the first '|' the other branches are skipped.
            private string Sequence()
            {
                var text = new StringBuilder();
                while (Problem is null && _position < _pattern.Length && _pattern[_position] != ')')
                {
                    if (_pattern[_position] == '|')
                    {
                        SkipBranches();
                        break;
                    }

                    string? atom = Atom();
                    if (atom is null)
                    {
                        return string.Empty;
                    }

                    text.Append(Repeat(atom));
                }

                return text.ToString();
            }

            private string? Atom()
            {
                char c = _pattern[_position++];
                switch (c)
                {
                    case '\\':
                        return Escape();
                    case '^':
                    case '$':
                        return string.Empty;
                    case '.':
                        return "x";
                    case '[':
                        return Class();
                    case '(':
                        return Group();
                    case '*':
                    case '+':
                    case '?':
                    case '{':
                        return Fail("a quantifier has nothing to repeat");
                    default:
                        return c.ToString();
                }
            }

            private string? Escape()
            {
                if (_position >= _pattern.Length)
                {
                    return Fail("it ends with '\\'");
                }

                char c = _pattern[_position++];
                switch (c)
                {
                    case 'd': return "0";
                    case 's': return " ";
                    case 'w': return "a";
                    case 't': return "\t";
                    case 'b': case 'B': case 'A': case 'G': case 'z': case 'Z': return string.Empty;
                    default:
                        return char.IsLetterOrDigit(c) ? Fail("it uses \\" + c) : c.ToString();
                }
            }

            private string? Class()
            {
                bool negated = _position < _pattern.Length && _pattern[_position] == '^';
                if (negated)
                {
                    _position++;
                }

                var members = new StringBuilder();
                bool first = true;
                while (_position < _pattern.Length && (_pattern[_position] != ']' || first))
                {
                    first = false;
                    char c = _pattern[_position++];
                    if (c == '\\' && _position < _pattern.Length)
                    {
                        char escaped = _pattern[_position++];
                        members.Append(escaped switch { 'd' => "0123456789", 's' => " \t", 'w' => "a", _ => escaped.ToString() });
                    }
                    else if (c == '[')
                    {
                        return Fail("it uses a nested character class");
                    }
                    else if (c == '-' && members.Length > 0 && _position < _pattern.Length && _pattern[_position] != ']')
                    {
                        // A range: every character of it is a member (a negated class must avoid them all).
                        char last = _pattern[_position++];
                        for (char member = (char)(members[members.Length - 1] + 1); member <= last && member < 128; member++)
                        {
                            members.Append(member);
                        }
                    }
                    else
                    {
                        members.Append(c);
                    }
                }

                if (_position >= _pattern.Length)
                {
                    return Fail("it has an unclosed '['");
                }

                _position++;
                if (!negated)
                {
                    return members.Length > 0 ? members[0].ToString() : Fail("it has an empty character class");
                }

                foreach (char candidate in "x0 _")
                {
                    if (members.ToString().IndexOf(candidate) < 0)
                    {
                        return candidate.ToString();
                    }
                }

                return Fail("it has a negated class that excludes every simple character");
            }

            private string? Group()
            {
                bool capturing = true;
                if (_position < _pattern.Length && _pattern[_position] == '?')
                {
                    if (_position + 1 < _pattern.Length && _pattern[_position + 1] == ':')
                    {
                        capturing = false;
                        _position += 2;
                    }
                    else if (_position + 2 < _pattern.Length && _pattern[_position + 1] == '<' && char.IsLetter(_pattern[_position + 2]))
                    {
                        _position = _pattern.IndexOf('>', _position) + 1;
                        if (_position == 0)
                        {
                            return Fail("it has an unclosed group name");
                        }
                    }
                    else
                    {
                        return Fail("it uses a lookaround or inline option");
                    }
                }

                if (capturing && !_valueWritten)
                {
                    // The value group: skip its content, the value stands for whatever it matches.
                    _valueWritten = true;
                    SkipToGroupEnd();
                    return Problem is null ? ValuePlaceholder : null;
                }

                string inner = Sequence();
                if (_position >= _pattern.Length)
                {
                    return Fail("it has an unclosed '('");
                }

                _position++;
                return Problem is null ? inner : null;
            }

            private string Repeat(string atom)
            {
                if (_position >= _pattern.Length)
                {
                    return atom;
                }

                int times;
                switch (_pattern[_position])
                {
                    case '?':
                    case '*':
                        times = 0;
                        _position++;
                        break;
                    case '+':
                        times = 1;
                        _position++;
                        break;
                    case '{':
                        int close = _pattern.IndexOf('}', _position);
                        string bounds = close < 0 ? string.Empty : _pattern.Substring(_position + 1, close - _position - 1);
                        string low = bounds.Split(',')[0];
                        if (!int.TryParse(low, NumberStyles.None, CultureInfo.InvariantCulture, out times) || times > 64)
                        {
                            return atom; // a literal '{', as Java reads an incomplete bound
                        }

                        _position = close + 1;
                        break;
                    default:
                        return atom;
                }

                // Lazy or possessive suffixes change how, not what, it matches.
                if (_position < _pattern.Length && (_pattern[_position] == '?' || _pattern[_position] == '+'))
                {
                    _position++;
                }

                if (atom.Contains(ValuePlaceholder) && times != 1)
                {
                    Problem = "its value group is optional or repeated";
                    return string.Empty;
                }

                var repeated = new StringBuilder();
                for (int i = 0; i < times; i++)
                {
                    repeated.Append(atom);
                }

                return repeated.ToString();
            }

            private void SkipToGroupEnd()
            {
                int depth = 1;
                bool inClass = false;
                while (_position < _pattern.Length)
                {
                    char c = _pattern[_position++];
                    if (c == '\\')
                    {
                        _position++;
                    }
                    else if (inClass)
                    {
                        inClass = c != ']';
                    }
                    else if (c == '[')
                    {
                        inClass = true;
                    }
                    else if (c == '(')
                    {
                        depth++;
                    }
                    else if (c == ')' && --depth == 0)
                    {
                        return;
                    }
                }

                Problem = "it has an unclosed '('";
            }

            private void SkipBranches()
            {
                // Skip from '|' to the end of the enclosing group, leaving the ')' for the caller.
                int depth = 0;
                bool inClass = false;
                while (_position < _pattern.Length)
                {
                    char c = _pattern[_position];
                    if (c == '\\')
                    {
                        _position += 2;
                        continue;
                    }

                    if (inClass)
                    {
                        inClass = c != ']';
                    }
                    else if (c == '[')
                    {
                        inClass = true;
                    }
                    else if (c == '(')
                    {
                        depth++;
                    }
                    else if (c == ')')
                    {
                        if (depth == 0)
                        {
                            return;
                        }

                        depth--;
                    }

                    _position++;
                }
            }

            private string? Fail(string problem)
            {
                Problem ??= problem;
                return null;
            }
        }
    }
}
