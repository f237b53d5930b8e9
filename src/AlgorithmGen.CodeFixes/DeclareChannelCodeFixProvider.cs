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
using Microsoft.CodeAnalysis.Simplification;

namespace AlgorithmGen.CodeFixes
{
    /// <summary>
    /// AG0301, a <c>[ValidationInput]</c> reads a channel the training specification does not declare (the diagnostic
    /// is on its channel name): adds <c>[Channel("name", SupportedContentTypes = new[] { ... }, SupportedInputModes =
    /// new[] { ... })]</c> to the class after its last <c>[Channel]</c> (else after <c>[Algorithm]</c>, else after the
    /// input). The content type is the input's <c>ContentType</c>, else <c>"text/csv"</c>; the input mode is the one the
    /// input runs in: its <c>InputMode</c>, else its profile's <c>TrainingInputMode</c>, else <c>File</c>. Fix All
    /// declares each channel once per class, in the order the inputs name them.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclareChannelCodeFixProvider))]
    [Shared]
    public sealed class DeclareChannelCodeFixProvider : AlgorithmCodeFixProvider
    {
        private static readonly SyntaxAnnotation Inserted = new("AlgorithmGen.DeclaredChannel");

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.UndeclaredValidationChannel.Id);

        internal override IEnumerable<Fix> GetFixes(FixSite site, Diagnostic diagnostic)
        {
            if (site.ArgumentAt(diagnostic) is not { Name: nameof(ValidationInputAttribute.ChannelName) } at
                || site.Constant(at.Expression) is not string name
                || at.Attribute.Parent is not AttributeListSyntax inputList
                || inputList.Parent is not ClassDeclarationSyntax declaration
                || !site.Is(at.Attribute, AttributeNames.ValidationInput))
            {
                yield break;
            }

            List<AttributeListSyntax> lists = declaration.AttributeLists.ToList();
            AttributeSyntax? lastChannel = lists.SelectMany(l => l.Attributes).LastOrDefault(a => site.Is(a, AttributeNames.Channel));
            AttributeListSyntax anchor = lastChannel?.Parent as AttributeListSyntax
                ?? lists.FirstOrDefault(l => l.Attributes.Any(a => site.Is(a, AttributeNames.Algorithm)))
                ?? inputList;
            int anchorIndex = lists.IndexOf(anchor);

            AttributeListSyntax channel = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
                    SyntaxFactory.Attribute(ChannelName(lastChannel, at.Attribute), SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(
                        new[]
                        {
                            SyntaxFactory.AttributeArgument(at.Expression.WithoutTrivia()),
                            Named(nameof(ChannelAttribute.SupportedContentTypes), SingleItemArray(ContentType(at.Attribute))),
                            Named(nameof(ChannelAttribute.SupportedInputModes), SingleItemArray(InputMode(site, at.Attribute, declaration))),
                        },
                        Enumerable.Repeat(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space), 2))))))
                .WithLeadingTrivia(SyntaxEdits.Indentation(anchor.GetLeadingTrivia()))
                .WithTrailingTrivia(anchor.GetTrailingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia) || t.IsKind(SyntaxKind.EndOfLineTrivia)))
                .WithAdditionalAnnotations(Inserted);

            yield return new Fix(
                "Declare the missing channel '" + name + "'",
                EquivalenceKeys.DeclareChannel,
                editor => editor.ReplaceNode(declaration, (current, _) =>
                {
                    var type = (TypeDeclarationSyntax)current;
                    int position = anchorIndex + 1;
                    while (position < type.AttributeLists.Count && type.AttributeLists[position].HasAnnotation(Inserted))
                    {
                        position++; // after the channels an earlier fix of this Fix All declared
                    }

                    return type.WithAttributeLists(type.AttributeLists.Insert(position, channel));
                }),
                mergeKey: declaration.SpanStart + "|" + name);
        }

        // Spelt like the class's other [Channel]s, else like the [ValidationInput] (AlgorithmGen.ValidationInput → AlgorithmGen.Channel).
        private static NameSyntax ChannelName(AttributeSyntax? existing, AttributeSyntax input)
        {
            if (existing is not null)
            {
                return existing.Name.WithoutTrivia();
            }

            string text = input.Name.WithoutTrivia().ToString();
            foreach ((string suffix, string replacement) in new[] { ("ValidationInputAttribute", "ChannelAttribute"), ("ValidationInput", "Channel") })
            {
                if (text.EndsWith(suffix, System.StringComparison.Ordinal))
                {
                    return SyntaxFactory.ParseName(text.Substring(0, text.Length - suffix.Length) + replacement);
                }
            }

            return SyntaxFactory.ParseName("global::AlgorithmGen.Channel").WithAdditionalAnnotations(Simplifier.Annotation);
        }

        private static ExpressionSyntax ContentType(AttributeSyntax input) =>
            SyntaxEdits.NamedArgument(input, nameof(ValidationInputAttribute.ContentType))?.Expression.WithoutTrivia()
            ?? SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("text/csv"));

        // The mode the input runs in, as the rule computes it: its InputMode, else its profile's TrainingInputMode, else File.
        private static ExpressionSyntax InputMode(FixSite site, AttributeSyntax input, ClassDeclarationSyntax declaration)
        {
            if (SyntaxEdits.NamedArgument(input, nameof(ValidationInputAttribute.InputMode)) is { } inputMode)
            {
                return inputMode.Expression.WithoutTrivia();
            }

            object? mode = null;
            if (site.SemanticModel.GetDeclaredSymbol(declaration, site.CancellationToken) is { } type)
            {
                string? profile = SyntaxEdits.NamedArgument(input, nameof(ValidationInputAttribute.Profile)) is { } named ? site.Constant(named.Expression) as string : null;
                List<AttributeData> profiles = type.GetAttributes().Where(a => a.AttributeClass?.ToDisplayString() == AttributeNames.ValidationProfile).ToList();
                AttributeData? owner = profile is null
                    ? (profiles.Count == 1 ? profiles[0] : null)
                    : profiles.FirstOrDefault(p => p.ConstructorArguments.Length > 0 && p.ConstructorArguments[0].Value as string == profile);
                mode = owner?.NamedArguments.FirstOrDefault(a => a.Key == nameof(ValidationProfileAttribute.TrainingInputMode)).Value.Value;
            }

            INamedTypeSymbol? modes = site.SemanticModel.Compilation.GetTypeByMetadataName(AttributeNames.TrainingInputMode);
            string member = modes?.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, mode))?.Name ?? "File";
            return SyntaxEdits.EnumMember(AttributeNames.TrainingInputMode, member);
        }

        private static AttributeArgumentSyntax Named(string name, ExpressionSyntax value) =>
            SyntaxFactory.AttributeArgument(
                SyntaxFactory.NameEquals(
                    SyntaxFactory.IdentifierName(name).WithTrailingTrivia(SyntaxFactory.Space),
                    SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space)),
                nameColon: null,
                value);

        // new[] { item }
        private static ExpressionSyntax SingleItemArray(ExpressionSyntax item) =>
            SyntaxFactory.ImplicitArrayCreationExpression(
                SyntaxFactory.Token(SyntaxKind.NewKeyword),
                SyntaxFactory.Token(SyntaxKind.OpenBracketToken),
                default,
                SyntaxFactory.Token(SyntaxKind.CloseBracketToken).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.InitializerExpression(
                    SyntaxKind.ArrayInitializerExpression,
                    SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space),
                    SyntaxFactory.SingletonSeparatedList(item),
                    SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space)));
    }
}
