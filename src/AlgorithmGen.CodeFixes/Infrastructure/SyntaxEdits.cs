using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace AlgorithmGen.CodeFixes.Infrastructure
{
    /// <summary>Trivia-preserving edits of attributes, properties and type declarations.</summary>
    internal static class SyntaxEdits
    {
        /// <summary>The named argument <c>name = ...</c> of <paramref name="attribute"/>, if written.</summary>
        public static AttributeArgumentSyntax? NamedArgument(AttributeSyntax attribute, string name) =>
            attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);

        /// <summary>Removes the named argument <paramref name="name"/>; the attribute unchanged if it has none.</summary>
        public static AttributeSyntax RemoveNamedArgument(AttributeSyntax attribute, string name) =>
            NamedArgument(attribute, name) is { } argument ? RemoveArgument(attribute, argument) : attribute;

        /// <summary>
        /// Removes an argument with one of its separators so the list keeps its layout: an argument that ends its line
        /// (or the list) goes with the separator before it; otherwise with the one after it, and the argument that moves
        /// into its place takes its leading trivia. <c>[X(A = 1)]</c> becomes <c>[X]</c>.
        /// </summary>
        public static AttributeSyntax RemoveArgument(AttributeSyntax attribute, AttributeArgumentSyntax argument)
        {
            if (attribute.ArgumentList is not { } list)
            {
                return attribute;
            }

            SeparatedSyntaxList<AttributeArgumentSyntax> arguments = list.Arguments;
            int index = arguments.IndexOf(argument);
            if (index < 0)
            {
                return attribute;
            }

            if (arguments.Count == 1)
            {
                return attribute.WithArgumentList(null).WithTrailingTrivia(attribute.Name.GetTrailingTrivia().AddRange(list.GetTrailingTrivia()));
            }

            SyntaxNodeOrTokenList items = arguments.GetWithSeparators();
            bool isLast = index == arguments.Count - 1;
            bool endsLine = !isLast && arguments.GetSeparator(index).TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia);
            if (index > 0 && (isLast || endsLine))
            {
                // "A = 1, B = 2,\n" → "A = 1,\n"; "A = 1, B = 2)" → "A = 1)"
                items = items.RemoveAt(2 * index).RemoveAt(2 * index - 1);
            }
            else
            {
                // "A = 1, B = 2, C = 3" → "A = 1, C = 3"; "(A = 1,\n    B = 2)" → "(B = 2)"
                items = items.RemoveAt(2 * index + 1).RemoveAt(2 * index);
                SyntaxNode next = items[2 * index].AsNode()!;
                items = items.Replace(items[2 * index], next.WithLeadingTrivia(argument.GetLeadingTrivia()));
            }

            return attribute.WithArgumentList(list.WithArguments(SyntaxFactory.SeparatedList<AttributeArgumentSyntax>(items)));
        }

        /// <summary>Sets <c>name = value</c>: replaces the expression of an existing argument, or appends the argument.</summary>
        public static AttributeSyntax SetNamedArgument(AttributeSyntax attribute, string name, ExpressionSyntax value)
        {
            if (NamedArgument(attribute, name) is { } existing)
            {
                return attribute.ReplaceNode(existing, existing.WithExpression(value.WithTriviaFrom(existing.Expression)));
            }

            AttributeArgumentSyntax argument = SyntaxFactory.AttributeArgument(
                SyntaxFactory.NameEquals(
                    SyntaxFactory.IdentifierName(name).WithTrailingTrivia(SyntaxFactory.Space),
                    SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space)),
                nameColon: null,
                value.WithoutTrivia());
            return AddArgument(attribute, argument);
        }

        /// <summary>Appends an argument laid out like the ones before it (same line, or one per line).</summary>
        public static AttributeSyntax AddArgument(AttributeSyntax attribute, AttributeArgumentSyntax argument)
        {
            if (attribute.ArgumentList is not { Arguments.Count: > 0 } list)
            {
                AttributeArgumentListSyntax empty = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
                return attribute.WithArgumentList(empty.WithArguments(SyntaxFactory.SingletonSeparatedList(argument)));
            }

            SeparatedSyntaxList<AttributeArgumentSyntax> arguments = list.Arguments;
            SyntaxToken separator = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);
            if (arguments.SeparatorCount > 0)
            {
                SyntaxToken last = arguments.GetSeparator(arguments.SeparatorCount - 1);
                separator = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(
                    last.TrailingTrivia.Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia) || t.IsKind(SyntaxKind.EndOfLineTrivia)));
            }

            if (separator.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia))
            {
                argument = argument.WithLeadingTrivia(Indentation(arguments.Last().GetLeadingTrivia()));
            }

            AttributeArgumentSyntax previous = arguments.Last();
            SyntaxNodeOrTokenList items = arguments.GetWithSeparators()
                .Replace(previous, previous.WithoutTrailingTrivia())
                .Add(separator)
                .Add(argument.WithTrailingTrivia(previous.GetTrailingTrivia()));
            return attribute.WithArgumentList(list.WithArguments(SyntaxFactory.SeparatedList<AttributeArgumentSyntax>(items)));
        }

        /// <summary>Removes a property's initializer (<c>{ get; set; } = 1;</c> becomes <c>{ get; set; }</c>).</summary>
        public static PropertyDeclarationSyntax RemoveInitializer(PropertyDeclarationSyntax property)
        {
            if (property.Initializer is null || property.AccessorList is not { } accessors)
            {
                return property;
            }

            SyntaxTriviaList trailing = property.SemicolonToken.IsKind(SyntaxKind.None)
                ? property.Initializer.GetTrailingTrivia()
                : property.SemicolonToken.TrailingTrivia;
            return property
                .WithInitializer(null)
                .WithSemicolonToken(default)
                .WithAccessorList(accessors.WithCloseBraceToken(accessors.CloseBraceToken.WithTrailingTrivia(trailing)));
        }

        /// <summary>Removes a modifier; its leading trivia (indentation, doc comment) moves to the next token.</summary>
        public static PropertyDeclarationSyntax RemoveModifier(PropertyDeclarationSyntax property, SyntaxKind kind)
        {
            SyntaxTokenList modifiers = property.Modifiers;
            int index = modifiers.IndexOf(kind);
            if (index < 0)
            {
                return property;
            }

            SyntaxTriviaList leading = modifiers[index].LeadingTrivia;
            SyntaxTokenList remaining = modifiers.RemoveAt(index);
            if (index < remaining.Count)
            {
                remaining = remaining.Replace(remaining[index], remaining[index].WithLeadingTrivia(leading.AddRange(remaining[index].LeadingTrivia)));
                return property.WithModifiers(remaining);
            }

            return property.WithModifiers(remaining).WithType(property.Type.WithLeadingTrivia(leading.AddRange(property.Type.GetLeadingTrivia())));
        }

        /// <summary>Adds <c>partial</c> right before the <c>class</c> keyword, where C# requires it.</summary>
        public static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax declaration)
        {
            if (declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return declaration;
            }

            SyntaxToken partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
            if (declaration.Modifiers.Count > 0)
            {
                return declaration.WithModifiers(declaration.Modifiers.Add(partial));
            }

            SyntaxToken keyword = declaration.Keyword;
            return declaration
                .WithKeyword(keyword.WithLeadingTrivia())
                .WithModifiers(SyntaxFactory.TokenList(partial.WithLeadingTrivia(keyword.LeadingTrivia)));
        }

        /// <summary>
        /// <c>global::Namespace.Enum.Member</c> as an expression (member accesses, as a user would write it), marked for the
        /// simplifier: it becomes <c>Enum.Member</c> where the namespace is imported.
        /// </summary>
        public static ExpressionSyntax EnumMember(string enumMetadataName, string member) =>
            SyntaxFactory.ParseExpression("global::" + enumMetadataName + "." + member).WithAdditionalAnnotations(Simplifier.Annotation);

        /// <summary>The whitespace after the last line break of a leading trivia list: the indentation of its token.</summary>
        public static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
        {
            int start = 0;
            for (int i = 0; i < leading.Count; i++)
            {
                if (leading[i].IsKind(SyntaxKind.EndOfLineTrivia) || leading[i].HasStructure)
                {
                    start = i + 1;
                }
            }

            return SyntaxFactory.TriviaList(leading.Skip(start).Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)));
        }
    }
}
