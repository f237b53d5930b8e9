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
    /// <summary>AG0307, MaxWaitTimeInSeconds below MaxRuntimeInSeconds: sets MaxWaitTimeInSeconds to the MaxRuntimeInSeconds expression.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MaxWaitTimeCodeFixProvider))]
    [Shared]
    public sealed class MaxWaitTimeCodeFixProvider : AlgorithmCodeFixProvider
    {
        /// <summary>The fix's title.</summary>
        public const string Title = "Set MaxWaitTimeInSeconds to MaxRuntimeInSeconds";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.WaitShorterThanRuntime.Id);

        internal override IEnumerable<Fix> GetFixes(FixSite site, Diagnostic diagnostic)
        {
            if (site.NamedArgumentAt(diagnostic, nameof(ValidationProfileAttribute.MaxWaitTimeInSeconds), AttributeNames.ValidationProfile) is not { } at
                || SyntaxEdits.NamedArgument(at.Attribute, nameof(ValidationProfileAttribute.MaxRuntimeInSeconds)) is not { } runtime)
            {
                yield break;
            }

            ExpressionSyntax wait = at.Expression;
            ExpressionSyntax replacement = runtime.Expression.WithTriviaFrom(wait);
            yield return new Fix(
                Title,
                EquivalenceKeys.WaitForRuntime,
                editor => editor.ReplaceNode(wait, replacement));
        }
    }
}
