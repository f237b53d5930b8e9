using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using AlgorithmGen.CodeFixes.Infrastructure;
using AlgorithmGen.Generators.Parsing;
using AlgorithmGen.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AlgorithmGen.CodeFixes
{
    /// <summary>AG0104: swaps the <c>MinValue</c> and <c>MaxValue</c> expressions of the <c>[HyperParameter]</c> (the diagnostic is on MinValue).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SwapRangeBoundsCodeFixProvider))]
    [Shared]
    public sealed class SwapRangeBoundsCodeFixProvider : AlgorithmCodeFixProvider
    {
        /// <summary>The fix's title.</summary>
        public const string Title = "Swap MinValue and MaxValue";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.MinGreaterThanMax.Id);

        internal override IEnumerable<Fix> GetFixes(FixSite site, Diagnostic diagnostic)
        {
            if (site.NamedArgumentAt(diagnostic, nameof(HyperParameterAttribute.MinValue), AttributeNames.HyperParameter) is not { } at
                || SyntaxEdits.NamedArgument(at.Attribute, nameof(HyperParameterAttribute.MaxValue)) is not { } max)
            {
                yield break;
            }

            ExpressionSyntax low = at.Expression;
            ExpressionSyntax high = max.Expression;
            AttributeSyntax attribute = at.Attribute;
            AttributeSyntax swapped = attribute.ReplaceNodes(new[] { low, high }, (original, _) =>
                original == low ? high.WithTriviaFrom(low) : low.WithTriviaFrom(high));
            yield return new Fix(Title, EquivalenceKeys.SwapBounds, editor => editor.ReplaceNode(attribute, swapped));
        }
    }
}
