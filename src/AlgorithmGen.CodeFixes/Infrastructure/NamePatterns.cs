using System;
using System.Text;
using System.Text.RegularExpressions;

namespace AlgorithmGen.CodeFixes.Infrastructure
{
    /// <summary>The kinds of names a user chooses whose pattern a code fix can repair mechanically.</summary>
    internal enum NameKind
    {
        /// <summary><c>EntityName</c> (AlgorithmName, ProfileName) and <c>ContainerHostname</c>: <c>[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}</c>.</summary>
        Entity,

        /// <summary><c>ChannelName</c>, <c>AdditionalModelChannelName</c>: <c>[A-Za-z0-9\.\-_]+</c>, 1–64 characters.</summary>
        Channel,
    }

    /// <summary>Rewrites a name to one its pattern accepts.</summary>
    internal static class NamePatterns
    {
        /// <summary>The service model's pattern of entity names and container host names.</summary>
        public const string EntityPattern = "[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}";

        /// <summary>The service model's pattern of channel names.</summary>
        public const string ChannelPattern = @"[A-Za-z0-9\.\-_]+";

        /// <summary>The longest name the rewrite produces (entity names allow 63, channel names 64).</summary>
        public const int MaxLength = 63;

        private static readonly Regex Entity = new("^(?:" + EntityPattern + ")\\z", RegexOptions.CultureInvariant);
        private static readonly Regex Channel = new("^(?:" + ChannelPattern + ")\\z", RegexOptions.CultureInvariant);

        public static string Pattern(NameKind kind) => kind == NameKind.Entity ? EntityPattern : ChannelPattern;

        /// <summary>Whether <paramref name="value"/> is a valid name of the kind (pattern and length).</summary>
        public static bool IsValid(string value, NameKind kind) =>
            value.Length >= 1 && value.Length <= (kind == NameKind.Entity ? 63 : 64) && (kind == NameKind.Entity ? Entity : Channel).IsMatch(value);

        /// <summary>
        /// Every character the pattern refuses becomes '-', runs of '-' collapse to one, leading and trailing '-' go,
        /// and the result is cut to 63 characters. Null when the name is valid already, or when the result is not a valid name.
        /// </summary>
        public static string? Rewrite(string value, NameKind kind)
        {
            if (IsValid(value, kind))
            {
                return null;
            }

            var builder = new StringBuilder(value.Length);
            foreach (char character in value)
            {
                char next = IsAllowed(character, kind) ? character : '-';
                if (next == '-' && builder.Length > 0 && builder[builder.Length - 1] == '-')
                {
                    continue;
                }

                builder.Append(next);
            }

            string rewritten = builder.ToString().Trim('-');
            if (rewritten.Length > MaxLength)
            {
                rewritten = rewritten.Substring(0, MaxLength).TrimEnd('-');
            }

            return IsValid(rewritten, kind) ? rewritten : null;
        }

        private static bool IsAllowed(char character, NameKind kind) =>
            (character >= 'a' && character <= 'z')
            || (character >= 'A' && character <= 'Z')
            || (character >= '0' && character <= '9')
            || character == '-'
            || (kind == NameKind.Channel && (character == '.' || character == '_'));

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
