using System;
using System.Linq;
using AlgorithmGen.Rules;
using Xunit;

namespace AlgorithmGen.Registration.Tests
{
    /// <summary><see cref="RuleSeverities"/>: the text form the generator bakes and users write, overlays, and bad input.</summary>
    public sealed class RuleSeveritiesTests
    {
        [Fact]
        public void TheTextFormRoundTripsInRuleOrderWithEditorConfigWords()
        {
            RuleSeverities severities = RuleSeverities.Parse(" ag0404 = NONE , AG0202=warning;AG0204=info;AG0101=silent;AG0206=error ");

            Assert.Equal("AG0101=none;AG0202=warning;AG0204=suggestion;AG0206=error;AG0404=none", severities.ToString());
            Assert.Equal(severities, RuleSeverities.Parse(severities.ToString()));
            Assert.Equal(severities.GetHashCode(), RuleSeverities.Parse(severities.ToString()).GetHashCode());
            Assert.Equal(new[] { "AG0101", "AG0202", "AG0204", "AG0206", "AG0404" }, severities.Rules.Select(rule => rule.Id));
            Assert.Null(severities.SeverityOf(RuleCatalog.ModelDataNotTarGz));
            Assert.Equal(RuleSeverity.Info, severities.SeverityOf(RuleCatalog.InvalidMetricRegex));
            Assert.Equal(RuleSeverity.Error, severities.SeverityOf(RuleCatalog.NotAnEnvironmentVariableName));
            // A rule not set keeps the catalogue's severity.
            Assert.Equal(RuleCatalog.DuplicateChannel.Severity, severities.SeverityOf(RuleCatalog.DuplicateChannel));
            Assert.Same(RuleSeverities.Empty, RuleSeverities.Parse(" ; "));
            Assert.Equal(string.Empty, RuleSeverities.Empty.ToString());
        }

        [Theory]
        [InlineData("AG0202", "'AG0202' is not RULE=LEVEL, e.g. AG0202=warning.")]
        [InlineData("=error", "'=error' is not RULE=LEVEL, e.g. AG0202=warning.")]
        [InlineData("AG9999=error", "'AG9999=error': there is no rule AG9999 (the rules are listed in docs/rules).")]
        [InlineData("AG0202=fatal", "'AG0202=fatal': unknown level 'fatal' (use error, warning, suggestion or none).")]
        [InlineData("AG0202=default", "'AG0202=default': unknown level 'default' (use error, warning, suggestion or none).")]
        public void BadTextIsRefusedWithOneLineSayingWhy(string text, string problem)
        {
            Assert.False(RuleSeverities.TryParse(text, out RuleSeverities? severities, out string? message));
            Assert.Null(severities);
            Assert.Equal(problem, message);
            Assert.Equal(problem, Assert.Throws<FormatException>(() => RuleSeverities.Parse(text)).Message);
        }

        [Fact]
        public void AnOverlayWinsRuleByRuleAndKeepsTheRest()
        {
            RuleSeverities baked = RuleSeverities.Parse("AG0202=warning;AG0204=error");

            RuleSeverities effective = baked.With(RuleSeverities.Empty.With(RuleCatalog.DuplicateMetric, RuleSeverity.Error).WithRuleOff(RuleCatalog.ModelDataNotTarGz));

            Assert.Equal("AG0202=error;AG0204=error;AG0404=none", effective.ToString());
            Assert.Same(baked, baked.With(RuleSeverities.Empty));
            // Immutable: the originals are unchanged.
            Assert.Equal("AG0202=warning;AG0204=error", baked.ToString());
        }

        [Fact]
        public void ApplyReportsEachViolationAtItsRulesSeverityAndDropsRulesTurnedOff()
        {
            var duplicate = new Violation(RuleCatalog.DuplicateMetric, "TrainingSpecification.MetricDefinitions[1].Name", "twice");
            var regex = new Violation(RuleCatalog.InvalidMetricRegex, "TrainingSpecification.MetricDefinitions[2].Regex", "no group");
            var channel = new Violation(RuleCatalog.DuplicateChannel, "TrainingSpecification.TrainingChannels[1].Name", "twice");

            var applied = RuleSeverities.Parse("AG0202=warning;AG0204=none").Apply(new[] { duplicate, regex, channel });

            Assert.Equal(new[] { "AG0202", "AG0201" }, applied.Select(v => v.RuleId));
            Assert.Equal(new[] { RuleSeverity.Warning, RuleSeverity.Error }, applied.Select(v => v.Severity));
            Assert.Same(channel, applied[1]);
            // The original violation keeps the catalogue's severity.
            Assert.Equal(RuleSeverity.Error, duplicate.Severity);
            Assert.Equal(duplicate.Path, applied[0].Path);
            Assert.Equal(duplicate.Message, applied[0].Message);
        }

        [Fact]
        public void OnlyCatalogueRulesCanBeSet()
        {
            Assert.Throws<ArgumentNullException>(() => RuleSeverities.Empty.With(null!, RuleSeverity.Error));
            Assert.Throws<ArgumentNullException>(() => RuleSeverities.Empty.With((RuleSeverities)null!));
            Assert.Throws<ArgumentNullException>(() => RuleSeverities.Empty.SeverityOf(null!));
        }
    }
}
