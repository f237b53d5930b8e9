using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using AlgorithmGen.CodeFixes.Infrastructure;
using AlgorithmGen.Generators.Parsing;
using AlgorithmGen.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AlgorithmGen.CodeFixes
{
    /// <summary>
    /// AG0311, a validation job above a documented limit: sets the <c>[ValidationProfile]</c>'s <c>MaxRuntimeInSeconds</c>
    /// to 2419200 (28 days) or the <c>[ValidationTransformJob]</c>'s <c>InstanceCount</c> to 100.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ValidationLimitCodeFixProvider))]
    [Shared]
    public sealed class ValidationLimitCodeFixProvider : AlgorithmCodeFixProvider
    {
        /// <summary>"The maximum value is 28 days" (StoppingCondition.MaxRuntimeInSeconds).</summary>
        public const int MaxRuntimeInSeconds = 28 * 24 * 3600;

        /// <summary>"The maximum is 100" (TransformResources.InstanceCount).</summary>
        public const int MaxTransformInstances = 100;

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.ValidationLimitExceeded.Id);

        internal override IEnumerable<Fix> GetFixes(FixSite site, Diagnostic diagnostic)
        {
            if (site.ArgumentAt(diagnostic) is not { } at)
            {
                yield break;
            }

            (int limit, string unit)? maximum =
                at.IsNamed(nameof(ValidationProfileAttribute.MaxRuntimeInSeconds)) && site.Is(at.Attribute, AttributeNames.ValidationProfile) ? (MaxRuntimeInSeconds, "seconds")
                : at.IsNamed(nameof(ValidationTransformJobAttribute.InstanceCount)) && site.Is(at.Attribute, AttributeNames.ValidationTransformJob) ? (MaxTransformInstances, "instances")
                : null;
            if (maximum is not { } value)
            {
                yield break;
            }

            ExpressionSyntax expression = at.Expression;
            ExpressionSyntax replacement = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value.limit))
                .WithTriviaFrom(expression);
            yield return new Fix(
                "Use the documented maximum (" + value.limit.ToString(CultureInfo.InvariantCulture) + " " + value.unit + ")",
                EquivalenceKeys.UseDocumentedMaximum,
                editor => editor.ReplaceNode(expression, replacement));
        }
    }
}
