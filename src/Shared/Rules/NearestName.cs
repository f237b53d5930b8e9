#nullable enable
using System;
using System.Collections.Generic;

namespace AlgorithmGen.Rules
{
    /// <summary>The known name a mistyped one most likely meant: "did you mean ml.m5.xlarge?".</summary>
    internal static class NearestName
    {
        /// <summary>
        /// The entry of <paramref name="known"/> at the smallest edit distance from <paramref name="value"/> (whole names,
        /// ignoring case; the first in list order on a tie), or null when even that one is too far to be a typo: more than
        /// 3 edits, or more than a third of the name.
        /// </summary>
        public static string? Find(IReadOnlyList<string> known, string value)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            int limit = Math.Min(3, value.Length / 3);
            foreach (string candidate in known)
            {
                int distance = Distance(value, candidate, bestDistance);
                if (distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            return bestDistance <= limit ? best : null;
        }

        // Levenshtein distance (insert, delete, substitute), case-insensitive; stops early once every path exceeds 'ceiling'.
        private static int Distance(string a, string b, int ceiling)
        {
            if (Math.Abs(a.Length - b.Length) >= ceiling)
            {
                return ceiling;
            }

            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                int rowMinimum = current[0];
                for (int j = 1; j <= b.Length; j++)
                {
                    int substitution = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                    current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + substitution);
                    rowMinimum = Math.Min(rowMinimum, current[j]);
                }

                if (rowMinimum >= ceiling)
                {
                    return ceiling;
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}
