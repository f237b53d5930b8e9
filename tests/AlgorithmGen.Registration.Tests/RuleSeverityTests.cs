using System;
using System.Linq;
using System.Threading.Tasks;
using AlgorithmGen.Json;
using AlgorithmGen.Model;
using AlgorithmGen.Registration.Tests.Infrastructure;
using AlgorithmGen.Rules;
using GradientBoosting;
using Xunit;

namespace AlgorithmGen.Registration.Tests
{
    /// <summary>
    /// Registration refuses exactly what the build refused: the severities baked into a definition hold, and
    /// <see cref="AlgorithmRegistrationOptions.RuleSeverities"/> wins over them, in both directions.
    /// </summary>
    public sealed class RuleSeverityTests
    {
        // Configure adds a second metric of a declared name: AG0202, an error in the catalogue.
        private static readonly Action<CreateAlgorithmRequest> DuplicateMetric = request =>
            request.TrainingSpecification!.MetricDefinitions!.Add(new MetricDefinition { Name = "train:rmse", Regex = @"rmse=(\d+)" });

        // Configure adds a metric whose regex captures nothing: AG0204, a warning in the catalogue.
        private static readonly Action<CreateAlgorithmRequest> RegexWithoutGroup = request =>
            request.TrainingSpecification!.MetricDefinitions!.Add(new MetricDefinition { Name = "extra:loss", Regex = @"loss=\d+" });

        [Fact]
        public async Task ByDefault_TheCatalogueDecides()
        {
            await Assert.ThrowsAsync<AlgorithmValidationException>(() => DryRunAsync(Baked("default-error", RuleSeverities.Empty), DuplicateMetric));

            AlgorithmRegistrationResult result = await DryRunAsync(Baked("default-warning", RuleSeverities.Empty), RegexWithoutGroup);
            Assert.Equal(RuleSeverity.Warning, Assert.Single(result.Warnings, v => v.Rule == RuleCatalog.InvalidMetricRegex).Severity);
        }

        [Fact]
        public async Task ARuleTheBuildMadeAWarning_IsReportedAndDoesNotBlock()
        {
            AlgorithmRegistrationResult result = await DryRunAsync(Baked("relaxed", RuleSeverities.Parse("AG0202=warning")), DuplicateMetric);

            Violation warning = Assert.Single(result.Warnings, v => v.Rule == RuleCatalog.DuplicateMetric);
            Assert.Equal(RuleSeverity.Warning, warning.Severity);
            Assert.StartsWith("AG0202 warning at TrainingSpecification.MetricDefinitions", warning.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task ARuleTheBuildTurnedOff_IsDropped()
        {
            AlgorithmRegistrationResult result = await DryRunAsync(Baked("off", RuleSeverities.Parse("AG0202=none")), DuplicateMetric);

            Assert.DoesNotContain(result.Warnings, v => v.Rule == RuleCatalog.DuplicateMetric);
        }

        [Fact]
        public async Task ARuleTheBuildMadeAnError_BlocksWhatConfigureIntroduces()
        {
            var exception = await Assert.ThrowsAsync<AlgorithmValidationException>(
                () => DryRunAsync(Baked("tightened", RuleSeverities.Parse("AG0204=error")), RegexWithoutGroup));

            Violation error = Assert.Single(exception.Violations, v => v.Rule == RuleCatalog.InvalidMetricRegex);
            Assert.Equal(RuleSeverity.Error, error.Severity);
            Assert.Contains("AG0204 error at", exception.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task TheRunTimeOverrideWinsOverTheBuild_BothWays()
        {
            // The build relaxed AG0202; the run makes it an error again.
            AlgorithmDefinition relaxed = Baked("override-tighten", RuleSeverities.Parse("AG0202=warning"));
            await Assert.ThrowsAsync<AlgorithmValidationException>(
                () => DryRunAsync(relaxed, DuplicateMetric, RuleSeverities.Empty.With(RuleCatalog.DuplicateMetric, RuleSeverity.Error)));

            // The build kept AG0202 an error; the run turns it off.
            AlgorithmRegistrationResult result = await DryRunAsync(
                Baked("override-relax", RuleSeverities.Empty), DuplicateMetric, RuleSeverities.Empty.WithRuleOff(RuleCatalog.DuplicateMetric));
            Assert.DoesNotContain(result.Warnings, v => v.Rule == RuleCatalog.DuplicateMetric);

            // An override of one rule leaves the build's other settings alone.
            AlgorithmDefinition both = Baked("override-other", RuleSeverities.Parse("AG0202=warning;AG0204=error"));
            await Assert.ThrowsAsync<AlgorithmValidationException>(
                () => DryRunAsync(both, r => { DuplicateMetric(r); RegexWithoutGroup(r); }, RuleSeverities.Parse("AG0202=none")));
            result = await DryRunAsync(both, r => { DuplicateMetric(r); RegexWithoutGroup(r); }, RuleSeverities.Parse("AG0202=none;AG0204=suggestion"));
            Assert.Equal(RuleSeverity.Info, Assert.Single(result.Warnings, v => v.Rule == RuleCatalog.InvalidMetricRegex).Severity);
        }

        [Fact]
        public async Task RegisterAll_AppliesEachDefinitionsOwnSeverities()
        {
            var options = new AlgorithmRegistrationOptions { DryRun = true, Configure = DuplicateMetric };

            var reports = await AlgorithmRegistrar.RegisterAllAsync(
                new[] { Baked("all-relaxed", RuleSeverities.Parse("AG0202=warning")), Baked("all-default", RuleSeverities.Empty) }, options);

            Assert.True(reports[0].Succeeded);
            Assert.Contains(reports[0].Result!.Warnings, v => v.Rule == RuleCatalog.DuplicateMetric && v.Severity == RuleSeverity.Warning);
            Assert.IsType<AlgorithmValidationException>(reports[1].Error);
        }

        [Fact]
        public void FromRequest_KeepsTheSeveritiesItIsGiven()
        {
            RuleSeverities severities = RuleSeverities.Parse("AG0202=warning");

            Assert.Same(severities, AlgorithmDefinition.FromRequest(TestAlgorithms.RequestNamed("from-request"), severities).RuleSeverities);
            Assert.True(AlgorithmDefinition.FromRequest(TestAlgorithms.RequestNamed("from-request")).RuleSeverities.IsEmpty);
            Assert.Throws<ArgumentNullException>(() => new AlgorithmRegistrationOptions().RuleSeverities = null!);
        }

        [Fact]
        public void TheSampleKeepsTheRepositorysTreatWarningsAsErrors()
        {
            // Directory.Build.props builds every project with TreatWarningsAsErrors: the generator baked every warning
            // rule into the sample's definition as an error, and left errors and advice as they are.
            RuleSeverities baked = GradientBoostingAlgorithm.Definition.RuleSeverities;

            Assert.All(RuleCatalog.All, rule => Assert.Equal(rule.Severity == RuleSeverity.Warning ? RuleSeverity.Error : rule.Severity, baked.SeverityOf(rule)));
            Assert.Equal(RuleCatalog.All.Where(rule => rule.Severity == RuleSeverity.Warning), baked.Rules);
        }

        private static AlgorithmDefinition Baked(string name, RuleSeverities severities)
        {
            CreateAlgorithmRequest request = TestAlgorithms.RequestNamed(name);
            return new AlgorithmDefinition(name, typeof(GradientBoostingAlgorithm), PayloadJsonWriter.ToCompactJson(request), severities);
        }

        private static Task<AlgorithmRegistrationResult> DryRunAsync(AlgorithmDefinition definition, Action<CreateAlgorithmRequest> configure, RuleSeverities? overrides = null) =>
            AlgorithmRegistrar.RegisterAsync(definition, new AlgorithmRegistrationOptions
            {
                DryRun = true,
                Configure = configure,
                RuleSeverities = overrides ?? RuleSeverities.Empty,
            });
    }
}
