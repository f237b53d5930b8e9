#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace AlgorithmGen.Rules
{
    /// <summary>
    /// The severity each rule of <see cref="RuleCatalog"/> has in one build or one run: the catalogue's
    /// (<see cref="Rule.Severity"/>) unless set here, or turned off. The generator records the severities the build
    /// gave AlgorithmGen's diagnostics (.editorconfig, global configs, <c>NoWarn</c>, <c>WarningsAsErrors</c>,
    /// <c>TreatWarningsAsErrors</c>) in each algorithm's <see cref="AlgorithmDefinition.RuleSeverities"/>, so
    /// registration refuses exactly what the build refused. Immutable.
    /// </summary>
    /// <remarks>
    /// The text form uses .editorconfig's words, entries separated by <c>;</c>: <c>AG0202=warning;AG0101=none</c>.
    /// Levels: <c>error</c>, <c>warning</c>, <c>suggestion</c> (or <c>info</c>), <c>none</c> (or <c>silent</c>: the
    /// build shows a silent diagnostic nowhere, so at run time it is off too).
    /// </remarks>
    public sealed class RuleSeverities : IEquatable<RuleSeverities>
    {
        private const char Separator = ';';

        private static readonly Dictionary<string, Rule> RulesById = RuleCatalog.All.ToDictionary(rule => rule.Id, StringComparer.OrdinalIgnoreCase);

        // Rule ID → severity; null turns the rule off. Sorted, so equal settings have equal text.
        private readonly SortedDictionary<string, RuleSeverity?> _settings;

        private RuleSeverities(SortedDictionary<string, RuleSeverity?> settings) => _settings = settings;

        /// <summary>No rule set: every rule at its catalogue severity.</summary>
        public static RuleSeverities Empty { get; } = new RuleSeverities(new SortedDictionary<string, RuleSeverity?>(StringComparer.Ordinal));

        /// <summary>Whether no rule is set.</summary>
        public bool IsEmpty => _settings.Count == 0;

        /// <summary>The rules set here, by ID (the others have their catalogue severity).</summary>
        public IEnumerable<Rule> Rules => _settings.Keys.Select(id => RulesById[id]);

        /// <summary>The severity <paramref name="rule"/> has: its catalogue severity unless set here; null when it is turned off.</summary>
        public RuleSeverity? SeverityOf(Rule rule)
        {
            if (rule is null)
            {
                throw new ArgumentNullException(nameof(rule));
            }

            return _settings.TryGetValue(rule.Id, out RuleSeverity? severity) ? severity : rule.Severity;
        }

        /// <summary>A copy with <paramref name="rule"/> at <paramref name="severity"/> (even if that is its catalogue severity).</summary>
        public RuleSeverities With(Rule rule, RuleSeverity severity) => With(rule, (RuleSeverity?)severity);

        /// <summary>A copy with <paramref name="rule"/> turned off: its violations are left out, as <c>none</c> in .editorconfig.</summary>
        public RuleSeverities WithRuleOff(Rule rule) => With(rule, (RuleSeverity?)null);

        /// <summary>A copy with every rule <paramref name="overrides"/> sets taken from it: the overrides win.</summary>
        public RuleSeverities With(RuleSeverities overrides)
        {
            if (overrides is null)
            {
                throw new ArgumentNullException(nameof(overrides));
            }

            if (overrides.IsEmpty)
            {
                return this;
            }

            var settings = new SortedDictionary<string, RuleSeverity?>(_settings, StringComparer.Ordinal);
            foreach (KeyValuePair<string, RuleSeverity?> setting in overrides._settings)
            {
                settings[setting.Key] = setting.Value;
            }

            return new RuleSeverities(settings);
        }

        /// <summary>
        /// <paramref name="violations"/> as these severities report them: each at its rule's severity here, those of
        /// rules turned off left out, in the order given.
        /// </summary>
        public IReadOnlyList<Violation> Apply(IEnumerable<Violation> violations)
        {
            if (violations is null)
            {
                throw new ArgumentNullException(nameof(violations));
            }

            var applied = new List<Violation>();
            foreach (Violation violation in violations)
            {
                if (SeverityOf(violation.Rule) is { } severity)
                {
                    applied.Add(violation.Severity == severity ? violation : violation.WithSeverity(severity));
                }
            }

            return applied;
        }

        /// <summary>Reads the text form, e.g. <c>AG0202=warning;AG0101=none</c> (<c>,</c> separates too; empty text is <see cref="Empty"/>).</summary>
        /// <exception cref="FormatException">An entry is not <c>RULE=LEVEL</c>, names no AG rule, or has an unknown level; the message says which.</exception>
        public static RuleSeverities Parse(string text)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            return TryParse(text, out RuleSeverities? severities, out string? problem) ? severities! : throw new FormatException(problem);
        }

        /// <summary>Reads the text form as <see cref="Parse"/> does; false, with what is wrong in one line, when it cannot.</summary>
        public static bool TryParse(string? text, out RuleSeverities? severities, out string? problem)
        {
            severities = null;
            var settings = new SortedDictionary<string, RuleSeverity?>(StringComparer.Ordinal);
            foreach (string entry in (text ?? string.Empty).Split(new[] { Separator, ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (entry.Trim().Length == 0)
                {
                    continue;
                }

                int equals = entry.IndexOf('=');
                if (equals <= 0)
                {
                    problem = "'" + entry.Trim() + "' is not RULE=LEVEL, e.g. AG0202=warning.";
                    return false;
                }

                string id = entry.Substring(0, equals).Trim();
                string level = entry.Substring(equals + 1).Trim();
                if (!RulesById.TryGetValue(id, out Rule? rule))
                {
                    problem = "'" + entry.Trim() + "': there is no rule " + id + " (the rules are listed in docs/rules).";
                    return false;
                }

                if (!TryParseLevel(level, out RuleSeverity? severity))
                {
                    problem = "'" + entry.Trim() + "': unknown level '" + level + "' (use error, warning, suggestion or none).";
                    return false;
                }

                settings[rule.Id] = severity;
            }

            problem = null;
            severities = settings.Count == 0 ? Empty : new RuleSeverities(settings);
            return true;
        }

        // An .editorconfig severity word as a rule severity; null for none and silent (off). False for other words.
        private static bool TryParseLevel(string? level, out RuleSeverity? severity)
        {
            switch ((level ?? string.Empty).Trim().ToLowerInvariant())
            {
                case "error":
                    severity = RuleSeverity.Error;
                    return true;
                case "warning":
                    severity = RuleSeverity.Warning;
                    return true;
                case "suggestion":
                case "info":
                    severity = RuleSeverity.Info;
                    return true;
                case "none":
                case "silent":
                    severity = null;
                    return true;
                default:
                    severity = null;
                    return false;
            }
        }

        /// <summary>The text form, rules in ID order, levels in .editorconfig's words; empty for <see cref="Empty"/>.</summary>
        public override string ToString() =>
            string.Join(Separator.ToString(), _settings.Select(setting => setting.Key + "=" + LevelWord(setting.Value)));

        /// <inheritdoc />
        public bool Equals(RuleSeverities? other) =>
            other is not null && _settings.Count == other._settings.Count
            && _settings.All(setting => other._settings.TryGetValue(setting.Key, out RuleSeverity? severity) && severity == setting.Value);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as RuleSeverities);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

        private static string LevelWord(RuleSeverity? severity) => severity switch
        {
            RuleSeverity.Error => "error",
            RuleSeverity.Warning => "warning",
            RuleSeverity.Info => "suggestion",
            _ => "none",
        };

        private RuleSeverities With(Rule rule, RuleSeverity? severity)
        {
            if (rule is null)
            {
                throw new ArgumentNullException(nameof(rule));
            }

            if (!RulesById.TryGetValue(rule.Id, out Rule? known) || !ReferenceEquals(known, rule))
            {
                throw new ArgumentException("The rule is not one of RuleCatalog.All.", nameof(rule));
            }

            var settings = new SortedDictionary<string, RuleSeverity?>(_settings, StringComparer.Ordinal) { [rule.Id] = severity };
            return new RuleSeverities(settings);
        }
    }
}
