using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using AlgorithmGen.Generators.Analyzers;
using AlgorithmGen.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AlgorithmGen.Generators.Configuration
{
    /// <summary>
    /// The severity the compiler gives each rule's diagnostics in one file, worked out from the same options, in the
    /// same order, as the compiler's diagnostic filter (<c>CSharpDiagnosticFilter.GetDiagnosticReport</c>) and then the
    /// analyzer driver's bulk configuration (<c>AnalyzerOptionsExtensions.TryGetSeverityFromBulkConfiguration</c>):
    /// <list type="number">
    /// <item>the warning level (<c>WarningLevel</c> 0 drops every analyzer warning);</item>
    /// <item>the command line: <c>NoWarn</c>, <c>WarningsAsErrors</c>, <c>WarningsNotAsErrors</c>;</item>
    /// <item>.editorconfig's <c>dotnet_diagnostic.ID.severity</c> for the file, then a global config's;</item>
    /// <item><c>TreatWarningsAsErrors</c> for warnings nothing above set;</item>
    /// <item>for rules no ID setting names: <c>dotnet_analyzer_diagnostic.category-AREA.severity</c>, then
    /// <c>dotnet_analyzer_diagnostic.severity</c>.</item>
    /// </list>
    /// <c>#pragma warning disable</c> and <c>[SuppressMessage]</c> act at one place, not on the file, and are not followed.
    /// A test compares the result with the severities the compiler reports the analyzer's diagnostics at.
    /// </summary>
    internal static class BuildSeverities
    {
        private const string BulkPrefix = "dotnet_analyzer_diagnostic.";
        private const string SeveritySuffix = "severity";
        private const string CategoryPrefix = "category-";

        // The last answer for each file, with the option objects it came from: the pipeline asks for every algorithm on
        // every compilation, and after an edit elsewhere the options are the same objects.
        private static readonly ConditionalWeakTable<SyntaxTree, Memo> Memos = new();

        /// <summary>As <see cref="For"/>, answered from the last call for the same file and option objects when there was one.</summary>
        public static RuleSeverities Remembered(CompilationOptions options, SyntaxTree tree, AnalyzerConfigOptions treeOptions, CancellationToken cancellationToken)
        {
            Memo memo = Memos.GetValue(tree, static _ => new Memo());
            if (memo.Last is { } last && ReferenceEquals(last.Options, options) && ReferenceEquals(last.TreeOptions, treeOptions))
            {
                return last.Severities;
            }

            RuleSeverities severities = For(options, tree, treeOptions, cancellationToken);
            memo.Last = new Answer(options, treeOptions, severities);
            return severities;
        }

        /// <summary>The rules whose severity in <paramref name="tree"/> differs from the catalogue's.</summary>
        public static RuleSeverities For(CompilationOptions options, SyntaxTree tree, AnalyzerConfigOptions treeOptions, CancellationToken cancellationToken)
        {
            RuleSeverities severities = RuleSeverities.Empty;
            foreach (Rule rule in RuleCatalog.All)
            {
                cancellationToken.ThrowIfCancellationRequested();
                RuleSeverity? effective = ToRuleSeverity(Report(Descriptors.For(rule), options, tree, treeOptions, cancellationToken), rule.Severity);
                if (effective != rule.Severity)
                {
                    severities = effective is { } severity ? severities.With(rule, severity) : severities.WithRuleOff(rule);
                }
            }

            return severities;
        }

        private static ReportDiagnostic Report(DiagnosticDescriptor descriptor, CompilationOptions options, SyntaxTree tree, AnalyzerConfigOptions treeOptions, CancellationToken cancellationToken)
        {
            if (descriptor.CustomTags.Contains(WellKnownDiagnosticTags.NotConfigurable))
            {
                return descriptor.IsEnabledByDefault ? ReportDiagnostic.Default : ReportDiagnostic.Suppress;
            }

            ReportDiagnostic report = Filter(descriptor, options, tree, cancellationToken);
            if (report == ReportDiagnostic.Suppress)
            {
                return report;
            }

            // Bulk configuration applies to what the filter let through, and only where no setting names the ID.
            return TryGetBulkSeverity(descriptor, options, tree, treeOptions, cancellationToken, out ReportDiagnostic bulk) && bulk != ReportDiagnostic.Default
                ? bulk
                : report;
        }

        private static ReportDiagnostic Filter(DiagnosticDescriptor descriptor, CompilationOptions options, SyntaxTree tree, CancellationToken cancellationToken)
        {
            // 1. An analyzer diagnostic's warning level is 0 for an error, 1 for anything else.
            if ((descriptor.DefaultSeverity == DiagnosticSeverity.Error ? 0 : 1) > options.WarningLevel)
            {
                return ReportDiagnostic.Suppress;
            }

            // 2. The command line. WarningsNotAsErrors arrives as Default: config may still change the rule, but not make a warning an error.
            bool isSpecified = options.SpecificDiagnosticOptions.TryGetValue(descriptor.Id, out ReportDiagnostic report);
            bool warnAsErrorMinus = isSpecified && report == ReportDiagnostic.Default;

            // 3. .editorconfig for the file, then global configs.
            SyntaxTreeOptionsProvider? configs = options.SyntaxTreeOptionsProvider;
            if (configs is not null && (!isSpecified || warnAsErrorMinus)
                && (configs.TryGetDiagnosticValue(tree, descriptor.Id, cancellationToken, out ReportDiagnostic configured)
                    || configs.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out configured))
                && !(warnAsErrorMinus && descriptor.DefaultSeverity == DiagnosticSeverity.Warning && configured == ReportDiagnostic.Error))
            {
                isSpecified = true;
                report = configured;
                if (!warnAsErrorMinus && report == ReportDiagnostic.Warn && options.GeneralDiagnosticOption == ReportDiagnostic.Error)
                {
                    report = ReportDiagnostic.Error;
                }
            }

            if (!isSpecified)
            {
                report = descriptor.IsEnabledByDefault ? ReportDiagnostic.Default : ReportDiagnostic.Suppress;
            }

            // 4. TreatWarningsAsErrors (or all warnings off) for what nothing above set.
            if (report == ReportDiagnostic.Default)
            {
                if (options.GeneralDiagnosticOption == ReportDiagnostic.Error && descriptor.DefaultSeverity == DiagnosticSeverity.Warning && !isSpecified)
                {
                    return ReportDiagnostic.Error;
                }

                if (options.GeneralDiagnosticOption == ReportDiagnostic.Suppress
                    && (descriptor.DefaultSeverity == DiagnosticSeverity.Warning || descriptor.DefaultSeverity == DiagnosticSeverity.Info))
                {
                    return ReportDiagnostic.Suppress;
                }
            }

            return report;
        }

        // 5. dotnet_analyzer_diagnostic.category-<Area>.severity, then dotnet_analyzer_diagnostic.severity.
        private static bool TryGetBulkSeverity(
            DiagnosticDescriptor descriptor, CompilationOptions options, SyntaxTree tree, AnalyzerConfigOptions treeOptions, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            SyntaxTreeOptionsProvider? configs = options.SyntaxTreeOptionsProvider;
            if (!descriptor.IsEnabledByDefault
                || options.SpecificDiagnosticOptions.ContainsKey(descriptor.Id)
                || configs?.TryGetDiagnosticValue(tree, descriptor.Id, cancellationToken, out _) == true
                || configs?.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out _) == true)
            {
                return false;
            }

            if (!TryParseSeverity(treeOptions, BulkPrefix + CategoryPrefix + descriptor.Category + "." + SeveritySuffix, out severity)
                && !TryParseSeverity(treeOptions, BulkPrefix + SeveritySuffix, out severity))
            {
                return false;
            }

            if (severity == ReportDiagnostic.Warn && options.GeneralDiagnosticOption == ReportDiagnostic.Error)
            {
                severity = ReportDiagnostic.Error;
            }

            return true;
        }

        // The words the compiler accepts for a severity, exactly (not RuleSeverities.TryParseLevel: the compiler knows
        // "default" and "refactoring" and ignores "info", so reading them otherwise would disagree with the build).
        private static bool TryParseSeverity(AnalyzerConfigOptions treeOptions, string key, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            if (!treeOptions.TryGetValue(key, out string? value))
            {
                return false;
            }

            switch (value.Trim().ToLowerInvariant())
            {
                case "default":
                    severity = ReportDiagnostic.Default;
                    return true;
                case "error":
                    severity = ReportDiagnostic.Error;
                    return true;
                case "warning":
                    severity = ReportDiagnostic.Warn;
                    return true;
                case "suggestion":
                    severity = ReportDiagnostic.Info;
                    return true;
                case "silent":
                case "refactoring":
                    severity = ReportDiagnostic.Hidden;
                    return true;
                case "none":
                    severity = ReportDiagnostic.Suppress;
                    return true;
                default:
                    return false;
            }
        }

        // A hidden diagnostic is shown nowhere in a build, so at run time the rule is off, as for none.
        private static RuleSeverity? ToRuleSeverity(ReportDiagnostic report, RuleSeverity catalogue) => report switch
        {
            ReportDiagnostic.Default => catalogue,
            ReportDiagnostic.Error => RuleSeverity.Error,
            ReportDiagnostic.Warn => RuleSeverity.Warning,
            ReportDiagnostic.Info => RuleSeverity.Info,
            _ => null,
        };

        private sealed class Memo
        {
            private volatile Answer? _last;

            public Answer? Last
            {
                get => _last;
                set => _last = value;
            }
        }

        private sealed record Answer(CompilationOptions Options, AnalyzerConfigOptions TreeOptions, RuleSeverities Severities);
    }
}
