using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AlgorithmGen.Generators.Tests.Infrastructure
{
    /// <summary>
    /// A project's severity settings as the compiler receives them: .editorconfig and global config files (read by the
    /// compiler's own <see cref="AnalyzerConfigSet"/>), and the command line's <c>NoWarn</c>, <c>WarningsAsErrors</c>,
    /// <c>WarningsNotAsErrors</c>, <c>TreatWarningsAsErrors</c> and <c>WarningLevel</c>. Sources live under
    /// <see cref="Root"/> so that the .editorconfig's sections match them.
    /// </summary>
    public sealed record BuildConfiguration(
        string? EditorConfig = null,
        string? GlobalConfig = null,
        string[]? NoWarn = null,
        string[]? WarningsAsErrors = null,
        string[]? WarningsNotAsErrors = null,
        bool TreatWarningsAsErrors = false,
        int WarningLevel = 4)
    {
        public const string Root = "/project/";

        /// <summary><paramref name="compilation"/> with these settings, and the analyzer config options that go with it.</summary>
        public (CSharpCompilation Compilation, AnalyzerConfigOptionsProvider Options) Apply(CSharpCompilation compilation)
        {
            var configs = new List<AnalyzerConfig>();
            if (EditorConfig is not null)
            {
                configs.Add(AnalyzerConfig.Parse(EditorConfig, Root + ".editorconfig"));
            }

            if (GlobalConfig is not null)
            {
                configs.Add(AnalyzerConfig.Parse(GlobalConfig, Root + "project.globalconfig"));
            }

            AnalyzerConfigSet set = AnalyzerConfigSet.Create(configs);
            var specific = new Dictionary<string, ReportDiagnostic>();
            foreach (string id in WarningsNotAsErrors ?? new string[0])
            {
                specific[id] = ReportDiagnostic.Default;
            }

            foreach (string id in WarningsAsErrors ?? new string[0])
            {
                specific[id] = ReportDiagnostic.Error;
            }

            // As csc: /nowarn is applied last and wins over /warnaserror for the same ID.
            foreach (string id in NoWarn ?? new string[0])
            {
                specific[id] = ReportDiagnostic.Suppress;
            }

            CSharpCompilationOptions options = compilation.Options
                .WithSyntaxTreeOptionsProvider(new TreeOptions(set))
                .WithSpecificDiagnosticOptions(specific)
                .WithGeneralDiagnosticOption(TreatWarningsAsErrors ? ReportDiagnostic.Error : ReportDiagnostic.Default)
                .WithWarningLevel(WarningLevel);
            var perTree = compilation.SyntaxTrees.ToImmutableDictionary(
                tree => tree, tree => (AnalyzerConfigOptions)new DictionaryOptions(set.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions));
            return (compilation.WithOptions(options), new OptionsProvider(perTree, new DictionaryOptions(set.GlobalConfigOptions.AnalyzerOptions)));
        }

        private sealed class TreeOptions : SyntaxTreeOptionsProvider
        {
            private readonly AnalyzerConfigSet _set;

            public TreeOptions(AnalyzerConfigSet set) => _set = set;

            public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

            public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
                _set.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

            public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
                _set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
        }

        private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly ImmutableDictionary<SyntaxTree, AnalyzerConfigOptions> _perTree;

            public OptionsProvider(ImmutableDictionary<SyntaxTree, AnalyzerConfigOptions> perTree, AnalyzerConfigOptions global)
            {
                _perTree = perTree;
                GlobalOptions = global;
            }

            public override AnalyzerConfigOptions GlobalOptions { get; }

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _perTree.TryGetValue(tree, out AnalyzerConfigOptions? options) ? options : GlobalOptions;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;
        }

        private sealed class DictionaryOptions : AnalyzerConfigOptions
        {
            private readonly ImmutableDictionary<string, string> _values;

            public DictionaryOptions(ImmutableDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
