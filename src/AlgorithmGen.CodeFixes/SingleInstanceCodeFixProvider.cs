using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
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
    /// AG0305, more instances than an algorithm without distributed training allows: sets the <c>[ValidationProfile]</c>'s
    /// <c>InstanceCount</c> to 1. Offered when the diagnostic is on the <c>InstanceCount = ...</c> argument and no
    /// <c>[ValidationInstanceGroup]</c> of the profile adds instances (one instance would still be too many then).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SingleInstanceCodeFixProvider))]
    [Shared]
    public sealed class SingleInstanceCodeFixProvider : AlgorithmCodeFixProvider
    {
        /// <summary>The fix's title.</summary>
        public const string Title = "Set the instance count to 1";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.DistributedTrainingNotSupported.Id);

        internal override IEnumerable<Fix> GetFixes(FixSite site, Diagnostic diagnostic)
        {
            if (site.NamedArgumentAt(diagnostic, nameof(ValidationProfileAttribute.InstanceCount), AttributeNames.ValidationProfile) is not { } at)
            {
                yield break;
            }

            string? profile = at.Attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null) is { } first ? site.Constant(first.Expression) as string : null;
            bool hasGroups = site.ClassAttributes(at.Attribute).Any(a =>
                a.AttributeClass?.ToDisplayString() == AttributeNames.ValidationInstanceGroup
                && (a.NamedArguments.FirstOrDefault(n => n.Key == nameof(ValidationInstanceGroupAttribute.Profile)).Value.Value is not string target || target == profile));
            if (hasGroups)
            {
                yield break;
            }

            ExpressionSyntax count = at.Expression;
            ExpressionSyntax one = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(1)).WithTriviaFrom(count);
            yield return new Fix(Title, EquivalenceKeys.SingleInstance, editor => editor.ReplaceNode(count, one));
        }
    }
}
