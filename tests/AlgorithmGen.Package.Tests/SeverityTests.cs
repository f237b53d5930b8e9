using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AlgorithmGen.Package.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace AlgorithmGen.Package.Tests
{
    /// <summary>
    /// The README's ways of changing severities, on a consumer of the package: a rule's ID setting winning over its
    /// category's, <c>#pragma warning disable</c>, <c>NoWarn</c> and <c>WarningsAsErrors</c>. Each acts on a rule of
    /// its own, so two builds of one project show them all: one without any setting, where every rule is reported as
    /// shipped, and one with all the settings.
    /// </summary>
    [Collection(PackageFeedCollection.Name)]
    public sealed class SeverityTests
    {
        private static readonly object CacheGate = new();
        private static (PackageFeed Feed, SeverityBuilds Builds)? s_cache;

        private readonly SeverityBuilds _builds;

        public SeverityTests(PackageFeed feed, ITestOutputHelper output)
        {
            lock (CacheGate)
            {
                if (s_cache is not { } cache || cache.Feed != feed)
                {
                    s_cache = cache = (feed, new SeverityBuilds(feed, output));
                }

                _builds = cache.Builds;
            }
        }

        [Fact]
        public void IdSettingWinsOverItsCategorySetting()
        {
            // AG0101 and AG0107 are both AlgorithmGen.HyperParameters: the category is off, AG0101 alone is an error.
            var ag0101 = (SeverityBuilds.AlgorithmFile, SeverityBuilds.LineOf(Consumer.AlgorithmSource, "public required int NumRound"));
            var ag0107 = (SeverityBuilds.CasesFile, SeverityBuilds.LineOf(SeverityBuilds.CasesSource, "IsTunable = true"));
            _builds.AssertReported(_builds.Default, "warning", "AG0101", ag0101);
            _builds.AssertReported(_builds.Default, "warning", "AG0107", ag0107);

            _builds.AssertReported(_builds.Configured, "error", "AG0101", ag0101);
            _builds.AssertNotReported(_builds.Configured, "AG0107");
        }

        [Fact]
        public void PragmaSilencesOnlyTheLinesItEncloses()
        {
            // Two metrics with the same mistake; the second sits between #pragma warning disable and restore.
            var outside = (SeverityBuilds.CasesFile, SeverityBuilds.LineOf(SeverityBuilds.CasesSource, "[Metric(\"loss\""));
            foreach (Cli.Result build in new[] { _builds.Default, _builds.Configured })
            {
                _builds.AssertReported(build, "warning", "AG0204", outside);
            }
        }

        [Fact]
        public void NoWarnSilencesARuleForTheProject()
        {
            var ag0007 = (SeverityBuilds.CasesFile, SeverityBuilds.LineOf(SeverityBuilds.CasesSource, "ml.m99.huge"));
            _builds.AssertReported(_builds.Default, "warning", "AG0007", ag0007);

            _builds.AssertNotReported(_builds.Configured, "AG0007");
        }

        [Fact]
        public void WarningsAsErrorsMakesARuleAnErrorThatFailsTheBuild()
        {
            var ag0903 = (SeverityBuilds.CasesFile, SeverityBuilds.LineOf(SeverityBuilds.CasesSource, "System.Math.Max"));
            _builds.AssertReported(_builds.Default, "warning", "AG0903", ag0903);
            Assert.True(_builds.Default.ExitCode == 0, _builds.Default.ToString());

            _builds.AssertReported(_builds.Configured, "error", "AG0903", ag0903);
            Assert.True(_builds.Configured.ExitCode != 0, "Errors should fail the build:\n" + _builds.Configured);
        }
    }

    /// <summary>The two builds of the severity consumer, and what they reported.</summary>
    internal sealed class SeverityBuilds
    {
        public const string AlgorithmFile = "GradientBoostingAlgorithm.cs";
        public const string CasesFile = "SeverityCases.cs";

        /// <summary>A second algorithm with one mistake per setting, each on a line of its own (the build is still valid).</summary>
        public const string CasesSource = """
            using AlgorithmGen;

            namespace App;

            [Algorithm("severity-cases",
                TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/severity-cases:1.0",
                SupportedTrainingInstanceTypes = new[] { "ml.m99.huge" })]
            [Channel("train", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
            [Metric("loss", "loss=[0-9.]+")]
            #pragma warning disable AG0204
            [Metric("auc", "auc=[0-9.]+")]
            #pragma warning restore AG0204
            public partial class SeverityCases
            {
                [HyperParameter(IsTunable = true)]
                public int Depth { get; set; }

                [HyperParameter]
                public int Rounds { get; set; } = System.Math.Max(2, 3);
            }
            """;

        private static readonly Regex Diagnostic = new(@"(?<file>[^/\\\s(]+\.cs)\((?<line>\d+),\d+\): (?<severity>warning|error) (?<id>AG\d{4})");

        public SeverityBuilds(PackageFeed feed, ITestOutputHelper output)
        {
            var consumer = Consumer.Create(feed, output, "severities");
            consumer.WriteSource(CasesFile, CasesSource);
            Default = consumer.Build();
            Assert.True(Default.ExitCode == 0, Default.ToString());

            consumer.WriteSource(".editorconfig", """
                root = true

                [*.cs]
                dotnet_analyzer_diagnostic.category-AlgorithmGen.HyperParameters.severity = none
                dotnet_diagnostic.AG0101.severity = error
                """);
            consumer.SetProperty("NoWarn", "$(NoWarn);AG0007");
            consumer.SetProperty("WarningsAsErrors", "$(WarningsAsErrors);AG0903");
            Configured = consumer.Build();
        }

        /// <summary>The build without any severity setting.</summary>
        public Cli.Result Default { get; }

        /// <summary>The build with all of them.</summary>
        public Cli.Result Configured { get; }

        /// <summary>The 1-based line of the only line of <paramref name="source"/> that contains <paramref name="text"/>.</summary>
        public static int LineOf(string source, string text)
        {
            string[] lines = source.Split('\n');
            return Assert.Single(Enumerable.Range(0, lines.Length), i => lines[i].Contains(text, StringComparison.Ordinal)) + 1;
        }

        /// <summary>Asserts that <paramref name="build"/> reported <paramref name="id"/> at exactly the given places, with that severity, and nowhere else.</summary>
        public void AssertReported(Cli.Result build, string severity, string id, params (string File, int Line)[] places)
        {
            var reported = Reports(build).Where(report => report.Id == id).Distinct().ToArray();
            Assert.True(
                reported.OrderBy(r => r.Line).SequenceEqual(places.OrderBy(p => p.Line).Select(p => (p.File, p.Line, severity, id))),
                $"{id}: expected {severity} at {string.Join(", ", places)}, reported: {string.Join(", ", reported)}\n{build}");
        }

        public void AssertNotReported(Cli.Result build, string id) =>
            Assert.False(Reports(build).Any(report => report.Id == id), $"{id} was reported:\n{build}");

        private static IEnumerable<(string File, int Line, string Severity, string Id)> Reports(Cli.Result build) =>
            Diagnostic.Matches(build.Output).Select(match => (
                match.Groups["file"].Value,
                int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["severity"].Value,
                match.Groups["id"].Value));
    }
}
