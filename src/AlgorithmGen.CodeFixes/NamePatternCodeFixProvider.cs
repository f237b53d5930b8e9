using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
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
    /// AG0003 on a name the user chooses: rewrites the string literal to a name the pattern accepts (see
    /// <see cref="NamePatterns.Rewrite"/>: '-' separates words of entity names, '_' of channel names). Names:
    /// <c>[Algorithm(name)]</c>, <c>[ValidationProfile(profileName)]</c>, <c>[InferenceContainer(ContainerHostname = ...)]</c>
    /// (<c>[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}</c>), and the channel names of <c>[Channel]</c>, <c>[ValidationInput]</c> and
    /// <c>[AdditionalModelDataSource]</c> (<c>[A-Za-z0-9\.\-_]+</c>), which all rewrite alike so they keep matching.
    /// Offered only on a string literal whose rewrite differs and is valid, and only when the message names that pattern.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NamePatternCodeFixProvider))]
    [Shared]
    public sealed class NamePatternCodeFixProvider : AlgorithmCodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.Pattern.Id);

        internal override IEnumerable<Fix> GetFixes(FixSite site, Diagnostic diagnostic)
        {
            if (site.ArgumentAt(diagnostic) is not { Expression: LiteralExpressionSyntax literal } at
                || !literal.IsKind(SyntaxKind.StringLiteralExpression)
                || site.AttributeClass(at.Attribute)?.ToDisplayString() is not { } attributeClass
                || KindOf(attributeClass, at.Name) is not { } kind)
            {
                yield break;
            }

            // The message names the pattern the value broke; if it names another one, this is not a case we know.
            if (NamePatterns.PatternInMessage(diagnostic.GetMessage()) is { } pattern && pattern != NamePatterns.Pattern(kind))
            {
                yield break;
            }

            if (NamePatterns.Rewrite(literal.Token.ValueText, kind) is not { } rewritten)
            {
                yield break;
            }

            LiteralExpressionSyntax replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(rewritten))
                .WithTriviaFrom(literal);
            yield return new Fix("Change the name to '" + rewritten + "'", EquivalenceKeys.RewriteName, editor => editor.ReplaceNode(literal, replacement));
        }

        private static NameKind? KindOf(string attributeClass, string? argument) => (attributeClass, argument) switch
        {
            (AttributeNames.Algorithm, nameof(AlgorithmAttribute.Name)) => NameKind.Entity,
            (AttributeNames.ValidationProfile, nameof(ValidationProfileAttribute.ProfileName)) => NameKind.Entity,
            (AttributeNames.InferenceContainer, nameof(InferenceContainerAttribute.ContainerHostname)) => NameKind.Entity,
            (AttributeNames.Channel, nameof(ChannelAttribute.Name)) => NameKind.Channel,
            (AttributeNames.ValidationInput, nameof(ValidationInputAttribute.ChannelName)) => NameKind.Channel,
            (AttributeNames.AdditionalModelDataSource, nameof(AdditionalModelDataSourceAttribute.ChannelName)) => NameKind.Channel,
            _ => null,
        };
    }
}
