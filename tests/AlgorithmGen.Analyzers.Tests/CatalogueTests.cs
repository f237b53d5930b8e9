extern alias generators;
using System;
using System.IO;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using AlgorithmGen.Rules;
using AlgorithmGen.Testing;
using generators::AlgorithmGen.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AlgorithmGen.Analyzers.Tests
{
    /// <summary>The catalogue, the analyzer's descriptors, the release-tracking files and the docs agree.</summary>
    public class CatalogueTests
    {
        private static readonly string RepoRoot = RepositoryRoot.Path;

        [Fact]
        public void Analyzer_supports_exactly_the_catalogue_with_matching_severity_category_and_help_link()
        {
            var supported = new AlgorithmAnalyzer().SupportedDiagnostics.ToDictionary(d => d.Id);
            Assert.Equal(RuleCatalog.All.Select(r => r.Id).OrderBy(id => id), supported.Keys.OrderBy(id => id));
            foreach (Rule rule in RuleCatalog.All)
            {
                DiagnosticDescriptor descriptor = supported[rule.Id];
                Assert.Equal(rule.Area, descriptor.Category);
                Assert.Equal(rule.Title, descriptor.Title.ToString());
                Assert.Equal(Rule.HelpUriBase + rule.Id + ".md", descriptor.HelpLinkUri);
                Assert.Equal(rule.Severity switch { RuleSeverity.Error => DiagnosticSeverity.Error, RuleSeverity.Warning => DiagnosticSeverity.Warning, _ => DiagnosticSeverity.Info }, descriptor.DefaultSeverity);
            }
        }

        [Fact]
        public void Every_rule_has_its_messages_in_the_catalogue_and_every_message_uses_all_its_placeholders()
        {
            var messages = typeof(generators::AlgorithmGen.Rules.RuleMessages).GetFields(BindingFlags.Public | BindingFlags.Static)
                .SelectMany(field => field.GetValue(null) switch
                {
                    generators::AlgorithmGen.Rules.RuleMessage message => new[] { (Name: field.Name, Message: message) },
                    generators::AlgorithmGen.Rules.JobRuleMessage job => new[] { (Name: field.Name + "." + nameof(job.ValidationProfile), Message: job.ValidationProfile), (Name: field.Name + "." + nameof(job.Job), Message: job.Job) },
                    _ => throw new InvalidOperationException(field.Name + " is neither a RuleMessage nor a JobRuleMessage."),
                })
                .ToList();

            Assert.Equal(RuleCatalog.All.Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal),
                messages.Select(m => m.Message.Rule.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
            foreach ((string name, generators::AlgorithmGen.Rules.RuleMessage message) in messages)
            {
                int[] used = Regex.Matches(message.Format, @"\{(\d+)[,:}]")
                    .Select(match => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
                    .Distinct()
                    .OrderBy(index => index)
                    .ToArray();
                // A gap means an argument the call site passes but the text never shows.
                Assert.True(Enumerable.Range(0, used.Length).SequenceEqual(used), name + " uses placeholders " + string.Join(", ", used) + "; it should use {0} to {" + (used.Length - 1) + "} each.");
                Assert.DoesNotContain("{", message.Text(used.Select(index => (object?)("<" + index + ">")).ToArray()), StringComparison.Ordinal);
            }
        }

        [Fact]
        public void Rule_ids_are_unique_and_grouped_by_area()
        {
            Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Id).Distinct().Count());
            foreach (Rule rule in RuleCatalog.All)
            {
                Assert.Matches("^AG0[0-9]{3}$", rule.Id);
                string expectedArea = rule.Id.Substring(0, 4) switch
                {
                    "AG00" => RuleCatalog.ConstraintsArea,
                    "AG01" => RuleCatalog.HyperParametersArea,
                    "AG02" => RuleCatalog.ChannelsAndMetricsArea,
                    "AG03" => RuleCatalog.ValidationArea,
                    "AG04" => RuleCatalog.InferenceArea,
                    "AG09" => RuleCatalog.UsageArea,
                    _ => "unknown",
                };
                Assert.Equal(expectedArea, rule.Area);
            }
        }

        [Fact]
        public void Unshipped_release_file_lists_exactly_the_catalogue()
        {
            string[] rows = File.ReadAllLines(Path.Combine(RepoRoot, "src", "AlgorithmGen.Generators", "AnalyzerReleases.Unshipped.md"))
                .Where(line => line.StartsWith("AG", StringComparison.Ordinal))
                .ToArray();
            string[] expected = RuleCatalog.All.Select(r => $"{r.Id} | {r.Area} | {r.Severity} | {r.Title}").ToArray();
            Assert.Equal(expected, rows);
            Assert.DoesNotContain(File.ReadAllLines(Path.Combine(RepoRoot, "src", "AlgorithmGen.Generators", "AnalyzerReleases.Shipped.md")), line => line.StartsWith("AG", StringComparison.Ordinal));
        }

        [Fact]
        public void Every_rule_has_a_docs_page_and_a_row_in_the_rules_table()
        {
            string table = File.ReadAllText(Path.Combine(RepoRoot, "docs", "rules", "README.md"));
            foreach (Rule rule in RuleCatalog.All)
            {
                string page = Path.Combine(RepoRoot, "docs", "rules", rule.Id + ".md");
                Assert.True(File.Exists(page), "Missing " + page);
                Assert.StartsWith("# " + rule.Id + ":", File.ReadAllText(page), StringComparison.Ordinal);
                Assert.Contains("[" + rule.Id + "](" + rule.Id + ".md)", table, StringComparison.Ordinal);
            }
        }
    }
}
