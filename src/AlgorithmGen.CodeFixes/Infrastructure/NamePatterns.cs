using System;
using System.Text;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;

namespace AlgorithmGen.CodeFixes.Infrastructure
{
    /// <summary>The kinds of names a user chooses whose pattern a code fix can repair mechanically.</summary>
    internal enum NameKind
    {
        /// <summary><c>EntityName</c> (AlgorithmName, ProfileName) and <c>ContainerHostname</c>.</summary>
        Entity,

        /// <summary><c>ChannelName</c>, <c>AdditionalModelChannelName</c>.</summary>
        Channel,
    }

    /// <summary>
    /// Rewrites a name to one its pattern accepts. The pattern and the length limit are the service model's own (from the
    /// generator assembly), so the rewrite can't drift from what AG0002/AG0003 check.
    /// </summary>
    internal static class NamePatterns
    {
        /// <summary>The service model's member whose pattern and length limit names of <paramref name="kind"/> follow.</summary>
        public static MemberSpec Spec(NameKind kind) =>
            kind == NameKind.Entity ? CreateAlgorithmRequest.Members.AlgorithmName : ChannelSpecification.Members.Name;

        public static string Pattern(NameKind kind) => Spec(kind).Pattern!;

        /// <summary>Whether <paramref name="value"/> is a valid name of the kind (pattern and length).</summary>
        public static bool IsValid(string value, NameKind kind)
        {
            MemberSpec spec = Spec(kind);
            return value.Length >= (spec.Min ?? 1) && value.Length <= (spec.Max ?? int.MaxValue) && ConstraintValidator.MatchesWhole(Pattern(kind), value);
        }

        /// <summary>
        /// Every character other than a letter or digit becomes the kind's separator ('-' for entity names; '_' for channel
        /// names, so that the result is also an environment variable name and AG0206 has nothing to say), runs of the
        /// separator collapse to one, leading and trailing ones go, and the result is cut to the member's maximum length.
        /// Null when the name is valid already, or when the result is not a valid name.
        /// </summary>
        public static string? Rewrite(string value, NameKind kind)
        {
            if (IsValid(value, kind))
            {
                return null;
            }

            char separator = kind == NameKind.Entity ? '-' : '_';
            var builder = new StringBuilder(value.Length);
            foreach (char character in value)
            {
                char next = IsLetterOrDigit(character) ? character : separator;
                if (next == separator && builder.Length > 0 && builder[builder.Length - 1] == separator)
                {
                    continue;
                }

                builder.Append(next);
            }

            string rewritten = builder.ToString().Trim(separator);
            int maxLength = (int)(Spec(kind).Max ?? int.MaxValue);
            if (rewritten.Length > maxLength)
            {
                rewritten = rewritten.Substring(0, maxLength).TrimEnd(separator);
            }

            bool environmentSafe = kind == NameKind.Entity || ChannelAndMetricRules.IsEnvironmentVariableName(rewritten);
            return environmentSafe && IsValid(rewritten, kind) ? rewritten : null;
        }

        // ASCII only: both patterns refuse other letters.
        private static bool IsLetterOrDigit(char character) =>
            (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z') || (character >= '0' && character <= '9');

        /// <summary>The pattern a diagnostic message of AG0003 names (<c>... does not match X's pattern P.</c>), if any.</summary>
        public static string? PatternInMessage(string message)
        {
            const string marker = "'s pattern ";
            int start = message.LastIndexOf(marker, StringComparison.Ordinal);
            if (start < 0 || !message.EndsWith(".", StringComparison.Ordinal))
            {
                return null;
            }

            start += marker.Length;
            return message.Substring(start, message.Length - 1 - start);
        }
    }
}
