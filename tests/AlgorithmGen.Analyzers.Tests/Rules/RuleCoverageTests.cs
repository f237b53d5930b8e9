using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AlgorithmGen.Analyzers.Tests.Infrastructure;
using AlgorithmGen.Rules;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Analyzers.Tests.Rules
{
    /// <summary>
    /// Keeps the rule tests complete as the catalogue grows: every rule of <see cref="RuleCatalog.All"/> must be
    /// expected by at least one test in this folder that is not skipped, at its exact location: the analyzer's
    /// markup/DiagnosticResult span or, for rules attributes cannot break (<see cref="UnreachableFromAttributes"/>),
    /// the request path of a run-time RequestValidator assertion.
    /// </summary>
    public class RuleCoverageTests
    {
        /// <summary>Rules no attribute can break, and why; they fire only on requests built or changed at run time.</summary>
        private static readonly IReadOnlyDictionary<string, string> UnreachableFromAttributes = new Dictionary<string, string>
        {
            [RuleCatalog.RangeNotTunable.Id] = "attributes declare no tuning job: it checks the ranges of tuning jobs built at run time",
        };

        private static readonly Lazy<string> ActiveTestSource = new(() =>
        {
            string folder = Path.Combine(RepositoryRoot.Path, "tests", "AlgorithmGen.Analyzers.Tests", "Rules");
            string all = string.Concat(Directory.GetFiles(folder, "*RuleTests.cs").Select(File.ReadAllText));
            // Leave out skipped tests: from a [Fact(Skip = ...)] to the next test attribute.
            return Regex.Replace(all, @"\[(Fact|Theory)\(Skip = .*?(?=\[(Fact|Theory)[\]\(])", string.Empty, RegexOptions.Singleline);
        });

        public static TheoryData<string> RuleIds() => new(RuleCatalog.All.Select(rule => rule.Id));

        [Theory]
        [MemberData(nameof(RuleIds))]
        public void Rule_is_expected_by_an_active_test(string id)
        {
            string source = ActiveTestSource.Value;
            bool asDiagnosticId = source.Contains("Assert.Equal(\"" + id + "\", diagnostic.Id)", StringComparison.Ordinal);
            bool atRunTime = Regex.IsMatch(source, @"(RuntimeRequests|JobRequests)\.Assert(Single|Reports)\(request, """ + id + @"""");
            Assert.True(AtAnalyzerLocation(source, id) || asDiagnosticId || atRunTime, id + " is not expected by any active test in tests/AlgorithmGen.Analyzers.Tests/Rules.");
        }

        [Theory]
        [MemberData(nameof(RuleIds))]
        public void Rule_is_expected_at_an_exact_location(string id)
        {
            string source = ActiveTestSource.Value;
            if (UnreachableFromAttributes.TryGetValue(id, out string? why))
            {
                Assert.False(AtAnalyzerLocation(source, id), id + " is listed as unreachable from attributes (" + why + "), yet an analyzer test reports it: remove it from the list.");
                Assert.True(
                    Regex.IsMatch(source, @"(RuntimeRequests|JobRequests)\.AssertSingle\(request, """ + id + @""", ""[A-Za-z]"),
                    id + " can't be written with attributes (" + why + "); it needs a run-time test that asserts its exact request path.");
                return;
            }

            Assert.True(AtAnalyzerLocation(source, id), id + " has no active test asserting its exact location.");
        }

        /// <summary>An analyzer test that pins the diagnostic to a span: markup or a DiagnosticResult.</summary>
        private static bool AtAnalyzerLocation(string source, string id) =>
            source.Contains("{|" + id + ":", StringComparison.Ordinal) || source.Contains("new DiagnosticResult(\"" + id + "\"", StringComparison.Ordinal);
    }
}
