using System;
using System.Collections.Generic;
using System.Linq;
using AlgorithmGen.Rules;

namespace AlgorithmGen.Tool
{
    /// <summary>How a finding counts: SARIF's levels, plus <see cref="None"/> for a rule turned off.</summary>
    internal enum Level
    {
        None,
        Note,
        Warning,
        Error,
    }

    /// <summary>A rule the tool reports: the shared catalogue's AG rules, and the tool's own AGT rules about the file itself.</summary>
    internal sealed record ToolRule(string Id, Level DefaultLevel, string Title, string? HelpUri, bool CanOverride);

    /// <summary>One problem of one file: rule, level (after overrides), member path, message, and a position when known.</summary>
    internal sealed record Finding(ToolRule Rule, Level Level, string Path, string Message, int? Line = null, int? Column = null);

    /// <summary>The rules <c>validate</c> knows: the tool's five AGT rules, then <see cref="RuleCatalog.All"/>.</summary>
    internal static class ToolRules
    {
        /// <summary>The file is not a JSON document the tool can read (empty, not UTF-8, malformed, too deep).</summary>
        public static readonly ToolRule NotJson = new("AGT001", Level.Error, "The file is not a readable JSON document", null, CanOverride: false);

        /// <summary>A member has the wrong JSON type; it is left out of the request the rules check.</summary>
        public static readonly ToolRule WrongType = new("AGT002", Level.Error, "A member has the wrong JSON type", null, CanOverride: false);

        /// <summary>A member the CreateAlgorithm request does not have (the service rejects it).</summary>
        public static readonly ToolRule UnknownMember = new("AGT003", Level.Error, "Unknown member", null, CanOverride: true);

        /// <summary>A <c>null</c> value (the SDKs drop it; leave the member out).</summary>
        public static readonly ToolRule NullValue = new("AGT004", Level.Error, "null is not a value", null, CanOverride: true);

        /// <summary>A member given twice in one object.</summary>
        public static readonly ToolRule DuplicateMember = new("AGT005", Level.Error, "Member given more than once", null, CanOverride: true);

        public static IReadOnlyList<ToolRule> All { get; } =
            new[] { NotJson, WrongType, UnknownMember, NullValue, DuplicateMember }
                .Concat(RuleCatalog.All.Select(rule => new ToolRule(rule.Id, ToLevel(rule.Severity), rule.Title, rule.HelpUri, CanOverride: true)))
                .ToArray();

        private static readonly Dictionary<string, ToolRule> ById = All.ToDictionary(rule => rule.Id, StringComparer.OrdinalIgnoreCase);

        public static ToolRule? Find(string id) => ById.TryGetValue(id, out ToolRule? rule) ? rule : null;

        public static ToolRule For(Rule rule) => ById[rule.Id];

        public static Level ToLevel(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => Level.Error,
            RuleSeverity.Warning => Level.Warning,
            _ => Level.Note,
        };
    }

    /// <summary>
    /// <c>--severity AG0101=error</c>: per-rule levels, as <c>dotnet_diagnostic.AG0101.severity</c> in .editorconfig.
    /// Values: <c>error</c>, <c>warning</c>, <c>note</c> (or <c>suggestion</c>, <c>info</c>), <c>none</c> (or
    /// <c>silent</c>) to drop the rule.
    /// </summary>
    internal sealed class SeverityOverrides
    {
        private readonly Dictionary<string, Level> _levels;

        private SeverityOverrides(Dictionary<string, Level> levels) => _levels = levels;

        public static SeverityOverrides? Parse(IEnumerable<string> values, out string? problem)
        {
            var levels = new Dictionary<string, Level>(StringComparer.OrdinalIgnoreCase);
            foreach (string value in values)
            {
                int equals = value.IndexOf('=');
                if (equals <= 0)
                {
                    problem = $"--severity '{value}': expected RULE=LEVEL, e.g. AG0101=error.";
                    return null;
                }

                string id = value.Substring(0, equals).Trim();
                string levelText = value.Substring(equals + 1).Trim().ToLowerInvariant();
                ToolRule? rule = ToolRules.Find(id);
                if (rule is null)
                {
                    problem = $"--severity '{value}': there is no rule {id} (rules: AGT001-AGT005 and the AG rules in docs/rules).";
                    return null;
                }

                if (!rule.CanOverride)
                {
                    problem = $"--severity '{value}': {rule.Id} cannot be changed: without it the file cannot be read.";
                    return null;
                }

                Level? level = levelText switch
                {
                    "error" => Level.Error,
                    "warning" => Level.Warning,
                    "note" or "suggestion" or "info" => Level.Note,
                    "none" or "silent" => Level.None,
                    _ => null,
                };
                if (level is null)
                {
                    problem = $"--severity '{value}': unknown level '{levelText}' (use error, warning, note or none).";
                    return null;
                }

                levels[rule.Id] = level.Value;
            }

            problem = null;
            return new SeverityOverrides(levels);
        }

        public Level LevelOf(ToolRule rule) => _levels.TryGetValue(rule.Id, out Level level) ? level : rule.DefaultLevel;

        /// <summary>The levels given to AG rules, as the library's rule severities (note is suggestion, none turns the rule off).</summary>
        public RuleSeverities ToRuleSeverities()
        {
            RuleSeverities severities = RuleSeverities.Empty;
            foreach (Rule rule in RuleCatalog.All)
            {
                if (_levels.TryGetValue(rule.Id, out Level level))
                {
                    severities = level switch
                    {
                        Level.Error => severities.With(rule, RuleSeverity.Error),
                        Level.Warning => severities.With(rule, RuleSeverity.Warning),
                        Level.Note => severities.With(rule, RuleSeverity.Info),
                        _ => severities.WithRuleOff(rule),
                    };
                }
            }

            return severities;
        }
    }
}
