extern alias generators;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AlgorithmGen.Generators.Tests.Infrastructure;
using AlgorithmGen.Rules;
using generators::AlgorithmGen.Generators;
using generators::AlgorithmGen.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace AlgorithmGen.Generators.Tests
{
    /// <summary>
    /// The generator bakes the severities the build gives the analyzer's diagnostics into the generated definition
    /// (and the assembly's payload attribute): .editorconfig, global configs, category settings, NoWarn,
    /// WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors; and they are the severities the compiler reports.
    /// </summary>
    public sealed class BuildSeverityTests
    {
        private const string FilePath = BuildConfiguration.Root + "SeverityDemo.cs";

        // One violation per kind of rule, every one reported in this file: an error (AG0202), warnings (AG0007,
        // AG0101, AG0204) and advice (AG0206). The generator generates it all the same.
        private const string Source = """
            using AlgorithmGen;

            namespace Demo
            {
                [Algorithm("severity-demo",
                    TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/demo:1",
                    SupportedTrainingInstanceTypes = new[] { "ml.m99.huge" })]
                [Channel("train", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                [Channel("extra-data", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                [Metric("loss", "loss=([0-9.]+)")]
                [Metric("loss", "total loss=([0-9.]+)")]
                [Metric("auc", "auc=[0-9.]+")]
                public partial class SeverityDemo
                {
                    [HyperParameter]
                    public required int Rounds { get; set; } = 3;
                }
            }
            """;

        private static readonly Regex BakedInDefinition = new(@"RuleSeverities\.Parse\(""(?<text>[^""]*)""\)");

        public static TheoryData<string, BuildConfiguration> Configurations => new()
        {
            { "none", new BuildConfiguration() },
            { "editorconfig", new BuildConfiguration(EditorConfig: EditorConfig("dotnet_diagnostic.AG0202.severity = warning", "dotnet_diagnostic.AG0204.severity = error", "dotnet_diagnostic.AG0206.severity = none", "dotnet_diagnostic.AG0101.severity = silent")) },
            { "editorconfig over global config", new BuildConfiguration(EditorConfig: EditorConfig("dotnet_diagnostic.AG0204.severity = error"), GlobalConfig: GlobalConfig("dotnet_diagnostic.AG0204.severity = suggestion", "dotnet_diagnostic.AG0007.severity = error")) },
            { "NoWarn and WarningsAsErrors over editorconfig", new BuildConfiguration(EditorConfig: EditorConfig("dotnet_diagnostic.AG0204.severity = error", "dotnet_diagnostic.AG0101.severity = none"), NoWarn: new[] { "AG0204" }, WarningsAsErrors: new[] { "AG0101" }) },
            { "TreatWarningsAsErrors", new BuildConfiguration(EditorConfig: EditorConfig("dotnet_diagnostic.AG0101.severity = warning", "dotnet_diagnostic.AG0202.severity = suggestion"), TreatWarningsAsErrors: true, WarningsNotAsErrors: new[] { "AG0204" }) },
            { "WarningsNotAsErrors keeps config from raising a warning", new BuildConfiguration(EditorConfig: EditorConfig("dotnet_diagnostic.AG0204.severity = error", "dotnet_diagnostic.AG0007.severity = none"), WarningsNotAsErrors: new[] { "AG0204", "AG0007" }) },
            { "categories", new BuildConfiguration(EditorConfig: EditorConfig("dotnet_analyzer_diagnostic.category-AlgorithmGen.ChannelsAndMetrics.severity = error", "dotnet_analyzer_diagnostic.severity = suggestion", "dotnet_diagnostic.AG0202.severity = warning")) },
            { "all analyzers off, category warning, TreatWarningsAsErrors", new BuildConfiguration(GlobalConfig: GlobalConfig("dotnet_analyzer_diagnostic.severity = none", "dotnet_analyzer_diagnostic.category-AlgorithmGen.HyperParameters.severity = warning"), TreatWarningsAsErrors: true) },
            { "WarningLevel 0", new BuildConfiguration(WarningLevel: 0) },
        };

        [Fact]
        public void WithoutSettings_NothingIsBaked()
        {
            (string definition, string catalog) = Generate(new BuildConfiguration());

            Assert.DoesNotContain("RuleSeverities", definition, StringComparison.Ordinal);
            Assert.DoesNotContain("RuleSeverities", catalog, StringComparison.Ordinal);
        }

        [Fact]
        public void EditorConfig_IsBakedIntoTheDefinitionAndThePayloadAttribute()
        {
            (string definition, _) = Generate(new BuildConfiguration(EditorConfig: EditorConfig(
                "dotnet_diagnostic.AG0202.severity = warning", "dotnet_diagnostic.AG0101.severity = none", "dotnet_diagnostic.AG0204.severity = error", "dotnet_diagnostic.AG0201.severity = error")));

            // AG0201 is an error in the catalogue already: only what differs is baked. The payload attribute is in the
            // algorithm's own file.
            Assert.Equal("AG0101=none;AG0202=warning;AG0204=error", Baked(definition).ToString());
            Assert.Contains(", RuleSeverities = \"AG0101=none;AG0202=warning;AG0204=error\")]", definition, StringComparison.Ordinal);
        }

        [Fact]
        public void AnEditorConfigSectionForAnotherFile_DoesNotApply()
        {
            (string definition, _) = Generate(new BuildConfiguration(EditorConfig: "root = true\n[Other.cs]\ndotnet_diagnostic.AG0202.severity = none\n"));

            Assert.True(Baked(definition).IsEmpty);
        }

        [Fact]
        public void GlobalConfig_AppliesWhereNoEditorConfigSettingDoes()
        {
            (string definition, _) = Generate(new BuildConfiguration(
                EditorConfig: EditorConfig("dotnet_diagnostic.AG0204.severity = error"),
                GlobalConfig: GlobalConfig("dotnet_diagnostic.AG0204.severity = none", "dotnet_diagnostic.AG0202.severity = suggestion")));

            Assert.Equal("AG0202=suggestion;AG0204=error", Baked(definition).ToString());
        }

        [Fact]
        public void NoWarnAndWarningsAsErrors_WinOverEditorConfig()
        {
            (string definition, _) = Generate(new BuildConfiguration(
                EditorConfig: EditorConfig("dotnet_diagnostic.AG0202.severity = error", "dotnet_diagnostic.AG0204.severity = none"),
                NoWarn: new[] { "AG0202" },
                WarningsAsErrors: new[] { "AG0204" }));

            Assert.Equal("AG0202=none;AG0204=error", Baked(definition).ToString());
        }

        [Fact]
        public void TreatWarningsAsErrors_MakesEveryWarningAnErrorButLeavesAdviceAndExceptions()
        {
            (string definition, _) = Generate(new BuildConfiguration(
                EditorConfig: EditorConfig("dotnet_diagnostic.AG0101.severity = suggestion", "dotnet_diagnostic.AG0007.severity = warning"),
                TreatWarningsAsErrors: true,
                WarningsNotAsErrors: new[] { "AG0204" }));

            RuleSeverities baked = Baked(definition);
            foreach (Rule rule in RuleCatalog.All)
            {
                RuleSeverity? expected = rule.Id switch
                {
                    "AG0101" => RuleSeverity.Info,
                    "AG0204" => RuleSeverity.Warning,
                    // A warning set by .editorconfig is raised too, as the compiler does.
                    "AG0007" => RuleSeverity.Error,
                    _ => rule.Severity == RuleSeverity.Warning ? RuleSeverity.Error : rule.Severity,
                };
                Assert.True(expected == baked.SeverityOf(rule), $"{rule.Id}: expected {expected}, baked {baked.SeverityOf(rule)}");
            }
        }

        [Fact]
        public void CategorySettings_ApplyToRulesNoIdSettingNames()
        {
            (string definition, _) = Generate(new BuildConfiguration(EditorConfig: EditorConfig(
                "dotnet_analyzer_diagnostic.category-AlgorithmGen.ChannelsAndMetrics.severity = warning",
                "dotnet_analyzer_diagnostic.severity = none",
                "dotnet_diagnostic.AG0202.severity = error")));

            RuleSeverities baked = Baked(definition);
            foreach (Rule rule in RuleCatalog.All)
            {
                RuleSeverity? expected = rule.Id == "AG0202" ? RuleSeverity.Error
                    : rule.Area == RuleCatalog.ChannelsAndMetricsArea ? RuleSeverity.Warning
                    : null;
                Assert.True(expected == baked.SeverityOf(rule), $"{rule.Id}: expected {expected}, baked {baked.SeverityOf(rule)}");
            }
        }

        [Fact]
        public async Task TheGeneratedDefinitionRegistersWhatTheBuildAccepted()
        {
            BuildConfiguration relaxed = new(EditorConfig: EditorConfig("dotnet_diagnostic.AG0202.severity = warning", "dotnet_diagnostic.AG0204.severity = error"));
            (CSharpCompilation compilation, AnalyzerConfigOptionsProvider options) = relaxed.Apply(Compilation());
            CSharpGeneratorDriver.Create(new[] { new AlgorithmGenerator().AsSourceGenerator() }, parseOptions: GeneratorHarness.LatestParseOptions, optionsProvider: options)
                .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
            using var stream = new System.IO.MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = output.Emit(stream);
            Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            stream.Position = 0;
            System.Reflection.Assembly assembly = new System.Runtime.Loader.AssemblyLoadContext("severities-" + Guid.NewGuid(), isCollectible: true).LoadFromStream(stream);
            var definition = (AlgorithmDefinition)assembly.GetType("Demo.SeverityDemo", throwOnError: true)!.GetProperty("Definition")!.GetValue(null)!;

            Assert.Equal(RuleSeverities.Parse("AG0202=warning;AG0204=error"), definition.RuleSeverities);

            // The duplicate metric the build reported as a warning does not block; the regex the build made an error does.
            var exception = await Assert.ThrowsAsync<AlgorithmValidationException>(() => AlgorithmRegistrar.RegisterAsync(definition, new AlgorithmRegistrationOptions { DryRun = true }));
            Assert.Equal(new[] { "AG0204" }, exception.Violations.Where(v => v.Severity == RuleSeverity.Error).Select(v => v.RuleId).Distinct());
            Assert.Contains(exception.Violations, v => v.RuleId == "AG0202" && v.Severity == RuleSeverity.Warning);

            AlgorithmRegistrationResult result = await AlgorithmRegistrar.RegisterAsync(definition, new AlgorithmRegistrationOptions
            {
                DryRun = true,
                Configure = request => request.TrainingSpecification!.MetricDefinitions!.RemoveAll(metric => metric.Name == "auc"),
            });
            Assert.Contains(result.Warnings, v => v.RuleId == "AG0202" && v.Severity == RuleSeverity.Warning);
        }

        /// <summary>
        /// The baked severity of every rule the file breaks is the severity the compiler reports its diagnostic at
        /// (none when the compiler reports nothing), under each configuration: the generator and the build cannot disagree.
        /// </summary>
        [Theory]
        [MemberData(nameof(Configurations))]
        public async Task TheBakedSeveritiesAreTheOnesTheCompilerReports(string name, BuildConfiguration configuration)
        {
            IReadOnlyDictionary<string, DiagnosticSeverity> byDefault = await AnalyzerSeveritiesAsync(new BuildConfiguration());
            Assert.Contains(byDefault.Values, severity => severity == DiagnosticSeverity.Error);
            Assert.Contains(byDefault.Values, severity => severity == DiagnosticSeverity.Warning);
            Assert.Contains(byDefault.Values, severity => severity == DiagnosticSeverity.Info);

            IReadOnlyDictionary<string, DiagnosticSeverity> reported = await AnalyzerSeveritiesAsync(configuration);
            RuleSeverities baked = Baked(Generate(configuration).Definition);

            foreach (string id in byDefault.Keys)
            {
                Rule rule = RuleCatalog.All.Single(r => r.Id == id);
                RuleSeverity? compiler = reported.TryGetValue(id, out DiagnosticSeverity severity) ? ToRuleSeverity(severity) : null;
                Assert.True(compiler == baked.SeverityOf(rule), $"{name}: {id} reported as {compiler?.ToString() ?? "nothing"}, baked as {baked.SeverityOf(rule)?.ToString() ?? "off"}");
            }
        }

        // Suppressions in the source that cover the whole [Algorithm] declaration (as `algorithmgen import` writes them).
        public static TheoryData<string, string> WholeDeclarationSuppressions => new()
        {
            { "#pragma at the top of the file", Source.Replace("namespace Demo", "#pragma warning disable AG0202, AG0101 // the input's defects, kept\nnamespace Demo") },
            { "#pragma without codes around the class", Source.Replace("    [Algorithm(", "#pragma warning disable\n    [Algorithm(").Replace("    }\n}", "    }\n#pragma warning restore\n}") },
            { "[SuppressMessage] on the class", Source.Replace("    public partial class", "    [System.Diagnostics.CodeAnalysis.SuppressMessage(\"AlgorithmGen.ChannelsAndMetrics\", \"AG0204:Metric regex\")]\n    public partial class") },
            { "#pragma restored inside the class", Source.Replace("namespace Demo", "#pragma warning disable AG0101, AG0202\nnamespace Demo").Replace("        [HyperParameter]", "#pragma warning restore AG0101\n        [HyperParameter]") },
            { "#pragma with TreatWarningsAsErrors", Source.Replace("namespace Demo", "#pragma warning disable AG0007\nnamespace Demo") },
        };

        /// <summary>
        /// A rule silenced over the whole declaration is off at run time too, and the result is still exactly what the
        /// compiler reports (nothing for a silenced rule).
        /// </summary>
        [Theory]
        [MemberData(nameof(WholeDeclarationSuppressions))]
        public async Task SuppressionsOverTheWholeDeclaration_AreBakedAsTheCompilerApplies(string name, string source)
        {
            var configuration = new BuildConfiguration(TreatWarningsAsErrors: name.EndsWith("TreatWarningsAsErrors", StringComparison.Ordinal));
            IReadOnlyDictionary<string, DiagnosticSeverity> byDefault = await AnalyzerSeveritiesAsync(new BuildConfiguration());
            IReadOnlyDictionary<string, DiagnosticSeverity> reported = await AnalyzerSeveritiesAsync(configuration, source);
            RuleSeverities baked = Baked(Generate(configuration, source).Definition);

            Assert.True(reported.Count < byDefault.Count, name + ": the source silences nothing the compiler reports");
            foreach (string id in byDefault.Keys)
            {
                Rule rule = RuleCatalog.All.Single(r => r.Id == id);
                RuleSeverity? compiler = reported.TryGetValue(id, out DiagnosticSeverity severity) ? ToRuleSeverity(severity) : null;
                Assert.True(compiler == baked.SeverityOf(rule), $"{name}: {id} reported as {compiler?.ToString() ?? "nothing"}, baked as {baked.SeverityOf(rule)?.ToString() ?? "off"}");
            }
        }

        [Fact]
        public async Task APragmaAroundOneProperty_SilencesThatPlaceOnly_NotTheRuntimeRule()
        {
            // Run time sees the request, not the source: it cannot tell this property from another, so the rule stays on.
            string source = Source.Replace("        [HyperParameter]", "#pragma warning disable AG0101\n        [HyperParameter]").Replace("= 3;", "= 3;\n#pragma warning restore AG0101");

            IReadOnlyDictionary<string, DiagnosticSeverity> reported = await AnalyzerSeveritiesAsync(new BuildConfiguration(), source);
            RuleSeverities baked = Baked(Generate(new BuildConfiguration(), source).Definition);

            Assert.DoesNotContain("AG0101", reported.Keys);
            Assert.Equal(RuleSeverity.Warning, baked.SeverityOf(RuleCatalog.RequiredWithDefault));
        }

        private static string EditorConfig(params string[] lines) => "root = true\n\n[*.cs]\n" + string.Join("\n", lines) + "\n";

        private static string GlobalConfig(params string[] lines) => "is_global = true\n" + string.Join("\n", lines) + "\n";

        private static CSharpCompilation Compilation(string source = Source) =>
            GeneratorHarness.Compilation(Array.Empty<string>())
                .AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, GeneratorHarness.LatestParseOptions, path: FilePath));

        private static (string Definition, string Catalog) Generate(BuildConfiguration configuration, string source = Source)
        {
            (CSharpCompilation compilation, AnalyzerConfigOptionsProvider options) = configuration.Apply(Compilation(source));
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new AlgorithmGenerator().AsSourceGenerator() },
                parseOptions: GeneratorHarness.LatestParseOptions,
                optionsProvider: options);
            GeneratorDriverRunResult result = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _).GetRunResult();
            Assert.Empty(result.Diagnostics);
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            return (GeneratorHarness.GeneratedSource(result, "Demo.SeverityDemo.g.cs"), GeneratorHarness.GeneratedSource(result, "AlgorithmGen.Catalog.g.cs"));
        }

        private static RuleSeverities Baked(string definition)
        {
            MatchCollection matches = BakedInDefinition.Matches(definition);
            return matches.Count == 0 ? RuleSeverities.Empty : RuleSeverities.Parse(Assert.Single(matches).Groups["text"].Value);
        }

        // What the compiler reports for the file, by rule: the severity of its diagnostics there.
        private static async Task<IReadOnlyDictionary<string, DiagnosticSeverity>> AnalyzerSeveritiesAsync(BuildConfiguration configuration, string source = Source)
        {
            (CSharpCompilation compilation, AnalyzerConfigOptionsProvider options) = configuration.Apply(Compilation(source));
            ImmutableArray<Diagnostic> diagnostics = await compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AlgorithmAnalyzer()), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options))
                .GetAnalyzerDiagnosticsAsync();
            var severities = new Dictionary<string, DiagnosticSeverity>();
            foreach (IGrouping<string, Diagnostic> group in diagnostics.Where(d => d.Id.StartsWith("AG", StringComparison.Ordinal)).GroupBy(d => d.Id))
            {
                severities[group.Key] = Assert.Single(group.Select(d => d.Severity).Distinct());
            }

            return severities;
        }

        private static RuleSeverity? ToRuleSeverity(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => RuleSeverity.Error,
            DiagnosticSeverity.Warning => RuleSeverity.Warning,
            DiagnosticSeverity.Info => RuleSeverity.Info,
            // A hidden diagnostic shows nowhere in the build: off, as the baked severities say.
            _ => null,
        };
    }
}
