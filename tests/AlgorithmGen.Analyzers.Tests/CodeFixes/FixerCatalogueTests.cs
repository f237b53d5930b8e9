using System;
using System.Collections.Generic;
using System.Composition;
using System.Linq;
using System.Reflection;
using AlgorithmGen.CodeFixes.Infrastructure;
using AlgorithmGen.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace AlgorithmGen.Analyzers.Tests.CodeFixes
{
    /// <summary>The fixers cover exactly the rules the catalogue marks fixable, and are exported as Roslyn expects.</summary>
    public class FixerCatalogueTests
    {
        internal static IReadOnlyList<Type> FixerTypes { get; } = typeof(AlgorithmCodeFixProvider).Assembly.GetTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

        public static IEnumerable<object[]> Fixers => FixerTypes.Select(t => new object[] { t });

        [Fact]
        public void Fixable_diagnostic_ids_are_exactly_the_fixable_rules_of_the_catalogue()
        {
            IEnumerable<string> fixed_ = FixerTypes.SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds);
            // AG0203 (a tuning objective names an undeclared metric) is not fixable: [Metric(name, ..., TuningObjective = ...)]
            // declares the metric and the objective together, so only a request changed at run time can break it.
            IEnumerable<string> fixable = RuleCatalog.All.Where(r => r.IsFixable).Select(r => r.Id);
            Assert.Equal(fixable.OrderBy(id => id, StringComparer.Ordinal), fixed_.OrderBy(id => id, StringComparer.Ordinal));
        }

        [Theory]
        [MemberData(nameof(Fixers))]
        public void Fixer_is_exported_for_csharp_shared_and_supports_fix_all(Type type)
        {
            Assert.True(type.IsPublic && type.IsSealed);
            ExportCodeFixProviderAttribute export = Assert.Single(type.GetCustomAttributes<ExportCodeFixProviderAttribute>());
            Assert.Equal(new[] { LanguageNames.CSharp }, export.Languages);
            Assert.Equal(type.Name, export.Name);
            Assert.NotNull(type.GetCustomAttribute<SharedAttribute>());
            var fixer = (CodeFixProvider)Activator.CreateInstance(type)!;
            Assert.NotNull(fixer.GetFixAllProvider());
            Assert.NotEmpty(fixer.FixableDiagnosticIds);
        }

        [Fact]
        public void Equivalence_keys_are_unique_and_name_their_rule()
        {
            string[] keys = typeof(EquivalenceKeys).GetFields().Select(f => (string)f.GetValue(null)!).ToArray();
            Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());
            string[] ids = RuleCatalog.All.Where(r => r.IsFixable).Select(r => r.Id).ToArray();
            Assert.All(keys, key => Assert.Contains(key.Substring(0, key.IndexOf('.')), ids));
        }
    }
}
