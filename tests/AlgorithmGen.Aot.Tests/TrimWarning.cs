using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace AlgorithmGen.Aot.Tests
{
    /// <summary>
    /// One trim (IL2xxx) or AOT (IL3xxx) diagnostic from a publish log, as the C# trim analyzers
    /// (<c>File.cs(3,5): warning IL2026: …</c>) or ILC (<c>File.cs(12): Trim analysis warning IL2026: Origin.Member(): …</c>,
    /// <c>ILC : AOT analysis warning IL3050: Origin.Member(): …</c>) print it.
    /// </summary>
    internal sealed record TrimWarning(string Code, string Location, string Origin, string Line)
    {
        // Location (anything before the category), the severity word, the code, then the rest. MSBuild appends the
        // project being built in brackets; that is where the log line came from, not what the warning is about.
        private static readonly Regex Pattern = new Regex(
            @"^(?<location>.*?):?\s*(?:(?:Trim|AOT|Single-file) analysis )?(?:warning|error)\s+(?<code>IL[23][0-9]{3})\s*:\s*(?<message>.*?)(?:\s+\[[^\]]+\])?\s*$",
            RegexOptions.CultureInvariant);

        // ILC starts the message with the member the warning is reported on: "Namespace.Type.Member(Args): text".
        private static readonly Regex OriginPattern = new Regex(@"^(?<origin>[^\s(:]+)(?:\([^)]*\))?:\s", RegexOptions.CultureInvariant);

        /// <summary>
        /// Whether the warning is about AlgorithmGen's own code: a file of its repository (src/AlgorithmGen*, the host
        /// app, generated sources under AlgorithmGen.Generators), a member of an <c>AlgorithmGen*</c> namespace or
        /// assembly, or the host's top-level <c>Program</c>.
        /// </summary>
        public bool IsFromAlgorithmGen =>
            Location.Contains("AlgorithmGen", StringComparison.Ordinal)
            || Origin.StartsWith("AlgorithmGen", StringComparison.Ordinal)
            || Origin.StartsWith("Program.", StringComparison.Ordinal)
            || Origin.StartsWith("<Program>", StringComparison.Ordinal)
            || Line.Contains("Assembly 'AlgorithmGen", StringComparison.Ordinal);

        /// <summary>Every distinct trim/AOT diagnostic in <paramref name="log"/> (MSBuild repeats warnings in its summary).</summary>
        public static IReadOnlyList<TrimWarning> Parse(string log) =>
            log.Split('\n')
                .Select(line => line.TrimEnd('\r').Trim())
                .Distinct(StringComparer.Ordinal)
                .Select(TryParse)
                .OfType<TrimWarning>()
                .ToList();

        /// <summary>The diagnostic on <paramref name="line"/>, or null when the line carries none.</summary>
        public static TrimWarning? TryParse(string line)
        {
            Match match = Pattern.Match(line);
            if (!match.Success)
            {
                return null;
            }

            string message = match.Groups["message"].Value;
            Match origin = OriginPattern.Match(message);
            return new TrimWarning(
                match.Groups["code"].Value,
                match.Groups["location"].Value.Trim(),
                origin.Success ? origin.Groups["origin"].Value : string.Empty,
                line);
        }

        /// <summary>The warnings one per line, for assertion messages.</summary>
        public static string Describe(IEnumerable<TrimWarning> warnings) =>
            string.Join(Environment.NewLine, warnings.Select(warning => "  " + warning.Line));
    }
}
