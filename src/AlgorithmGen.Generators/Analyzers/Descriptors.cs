using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AlgorithmGen.Rules;
using Microsoft.CodeAnalysis;

namespace AlgorithmGen.Generators.Analyzers
{
    /// <summary>The diagnostic descriptor of every rule in <see cref="RuleCatalog"/>: one place, one ID each.</summary>
    internal static class Descriptors
    {
        private static readonly Dictionary<string, DiagnosticDescriptor> ById = RuleCatalog.All.ToDictionary(rule => rule.Id, Create);

        public static ImmutableArray<DiagnosticDescriptor> All { get; } = RuleCatalog.All.Select(rule => ById[rule.Id]).ToImmutableArray();

        public static DiagnosticDescriptor For(Rule rule) => ById[rule.Id];

        private static DiagnosticDescriptor Create(Rule rule) => new(
            rule.Id,
            rule.Title,
            "{0}",
            rule.Area,
            rule.Severity switch
            {
                RuleSeverity.Error => DiagnosticSeverity.Error,
                RuleSeverity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            },
            isEnabledByDefault: true,
            description: rule.Title + ".",
            helpLinkUri: rule.HelpUri,
            // Duplicate names are found only once the whole compilation has been seen.
            customTags: rule == RuleCatalog.DuplicateAlgorithmName ? new[] { WellKnownDiagnosticTags.CompilationEnd } : new string[0]);
    }
}
