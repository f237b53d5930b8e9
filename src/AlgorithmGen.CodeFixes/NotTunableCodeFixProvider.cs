using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using AlgorithmGen.CodeFixes.Infrastructure;
using AlgorithmGen.Generators.Parsing;
using AlgorithmGen.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AlgorithmGen.CodeFixes
{
    /// <summary>AG0107 (tunable without a range, or FreeText): removes the <c>IsTunable = ...</c> argument.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NotTunableCodeFixProvider))]
    [Shared]
    public sealed class NotTunableCodeFixProvider : AlgorithmCodeFixProvider
    {
        /// <summary>The fix's title.</summary>
        public const string Title = "Remove IsTunable";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.TunableWithoutRange.Id);

        internal override IEnumerable<Fix> GetFixes(FixSite site, Diagnostic diagnostic)
        {
            if (site.NamedArgumentAt(diagnostic, nameof(HyperParameterAttribute.IsTunable), AttributeNames.HyperParameter) is { } at)
            {
                yield return Fix.RemoveArgument(Title, EquivalenceKeys.RemoveIsTunable, at);
            }
        }
    }
}
