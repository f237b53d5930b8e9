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
    /// <summary>
    /// AG0104: swaps the two bounds of the range the diagnostic is on (at its minimum): <c>MinValue</c> and
    /// <c>MaxValue</c> of <c>[HyperParameter]</c>, or one kind's pair of <c>[HyperParameterRange]</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SwapRangeBoundsCodeFixProvider))]
    [Shared]
    public sealed class SwapRangeBoundsCodeFixProvider : AlgorithmCodeFixProvider
    {
        /// <summary>The fix's title for <c>[HyperParameter]</c>; for <c>[HyperParameterRange]</c> it names that kind's bounds.</summary>
        public const string Title = "Swap " + nameof(HyperParameterAttribute.MinValue) + " and " + nameof(HyperParameterAttribute.MaxValue);

        // Each range's bounds: the attribute, the argument the diagnostic is on, and the one it swaps with.
        private static readonly (string Attribute, string Min, string Max)[] Bounds =
        {
            (AttributeNames.HyperParameter, nameof(HyperParameterAttribute.MinValue), nameof(HyperParameterAttribute.MaxValue)),
            (AttributeNames.HyperParameterRange, nameof(HyperParameterRangeAttribute.IntegerMinValue), nameof(HyperParameterRangeAttribute.IntegerMaxValue)),
            (AttributeNames.HyperParameterRange, nameof(HyperParameterRangeAttribute.ContinuousMinValue), nameof(HyperParameterRangeAttribute.ContinuousMaxValue)),
        };

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.MinGreaterThanMax.Id);

        internal override IEnumerable<Fix> GetFixes(FixSite site, Diagnostic diagnostic)
        {
            foreach ((string attributeName, string minName, string maxName) in Bounds)
            {
                if (site.NamedArgumentAt(diagnostic, minName, attributeName) is { } at
                    && SyntaxEdits.NamedArgument(at.Attribute, maxName) is { } max)
                {
                    yield return Swap(at, max, "Swap " + minName + " and " + maxName);
                    yield break;
                }
            }
        }

        private static Fix Swap(ArgumentSite at, AttributeArgumentSyntax max, string title)
        {
            ExpressionSyntax low = at.Expression;
            ExpressionSyntax high = max.Expression;
            AttributeSyntax attribute = at.Attribute;
            AttributeSyntax swapped = attribute.ReplaceNodes(new[] { low, high }, (original, _) =>
                original == low ? high.WithTriviaFrom(low) : low.WithTriviaFrom(high));
            return new Fix(title, EquivalenceKeys.SwapBounds, editor => editor.ReplaceNode(attribute, swapped));
        }
    }
}
