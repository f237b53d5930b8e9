using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Text;

namespace AlgorithmGen.CodeFixes.Infrastructure
{
    /// <summary>A document being fixed: its root and semantic model, and where a diagnostic points in it.</summary>
    internal sealed class FixSite
    {
        private FixSite(Document document, SyntaxNode root, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            Document = document;
            Root = root;
            SemanticModel = semanticModel;
            CancellationToken = cancellationToken;
        }

        public Document Document { get; }

        public SyntaxNode Root { get; }

        public SemanticModel SemanticModel { get; }

        public CancellationToken CancellationToken { get; }

        public SyntaxGenerator Generator => SyntaxGenerator.GetGenerator(Document);

        public static async Task<FixSite?> CreateAsync(Document document, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            return root is null || semanticModel is null ? null : new FixSite(document, root, semanticModel, cancellationToken);
        }

        public SyntaxEditor CreateEditor() => new(Root, Document.Project.Solution.Services);

        /// <summary>Whether the diagnostic is located in this document, inside its text.</summary>
        public bool Contains(Diagnostic diagnostic)
        {
            Location location = diagnostic.Location;
            if (!location.IsInSource || location.SourceTree is not { } tree)
            {
                return false;
            }

            bool sameTree = tree == Root.SyntaxTree || (tree.FilePath.Length > 0 && tree.FilePath == Root.SyntaxTree.FilePath);
            return sameTree && location.SourceSpan.End <= Root.FullSpan.End;
        }

        /// <summary>The expression the diagnostic covers exactly (the outermost, if several share the span).</summary>
        public ExpressionSyntax? ExpressionAt(Diagnostic diagnostic)
        {
            TextSpan span = diagnostic.Location.SourceSpan;
            if (span.IsEmpty || span.End > Root.FullSpan.End)
            {
                return null;
            }

            SyntaxNode node = Root.FindNode(span, getInnermostNodeForTie: true);
            while (node.Parent is ExpressionSyntax parent && parent.Span == span)
            {
                node = parent;
            }

            return node is ExpressionSyntax expression && expression.Span == span ? expression : null;
        }

        /// <summary>The attribute argument whose expression the diagnostic covers exactly, with its attribute.</summary>
        public ArgumentSite? ArgumentAt(Diagnostic diagnostic)
        {
            if (ExpressionAt(diagnostic) is { Parent: AttributeArgumentSyntax { Parent: AttributeArgumentListSyntax { Parent: AttributeSyntax attribute } } argument } expression)
            {
                return new ArgumentSite(attribute, argument, expression, PropertyName(attribute, argument));
            }

            return null;
        }

        /// <summary>
        /// The named argument <paramref name="argumentName"/> the diagnostic covers, of an attribute of one of the classes
        /// <paramref name="attributeNames"/>: where most fixers make their one edit. Null when the diagnostic is anywhere else.
        /// </summary>
        public ArgumentSite? NamedArgumentAt(Diagnostic diagnostic, string argumentName, params string[] attributeNames) =>
            ArgumentAt(diagnostic) is { } at && at.IsNamed(argumentName) && attributeNames.Any(name => Is(at.Attribute, name)) ? at : null;

        /// <summary>The token the diagnostic covers exactly.</summary>
        public SyntaxToken? TokenAt(Diagnostic diagnostic)
        {
            TextSpan span = diagnostic.Location.SourceSpan;
            if (span.IsEmpty || span.End > Root.FullSpan.End)
            {
                return null;
            }

            SyntaxToken token = Root.FindToken(span.Start);
            return token.Span == span ? token : null;
        }

        /// <summary>Whether <paramref name="attribute"/> binds to the attribute class <paramref name="metadataName"/>.</summary>
        public bool Is(AttributeSyntax attribute, string metadataName) =>
            AttributeClass(attribute)?.ToDisplayString() == metadataName;

        public INamedTypeSymbol? AttributeClass(AttributeSyntax attribute) =>
            (SemanticModel.GetSymbolInfo(attribute, CancellationToken).Symbol as IMethodSymbol)?.ContainingType;

        /// <summary>The compile-time value of an expression, if it has one.</summary>
        public object? Constant(ExpressionSyntax? expression) =>
            expression is null ? null : SemanticModel.GetConstantValue(expression, CancellationToken) is { HasValue: true } value ? value.Value : null;

        /// <summary>The attributes of the class that declares <paramref name="attribute"/>, bound.</summary>
        public IEnumerable<AttributeData> ClassAttributes(AttributeSyntax attribute) =>
            attribute.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } declaration
            && SemanticModel.GetDeclaredSymbol(declaration, CancellationToken) is { } type
                ? type.GetAttributes()
                : Enumerable.Empty<AttributeData>();

        /// <summary>
        /// The attribute property an argument sets: a named argument's name, or for a constructor argument its
        /// parameter's name with a capital (each constructor parameter of the attribute classes sets that property).
        /// </summary>
        private string? PropertyName(AttributeSyntax attribute, AttributeArgumentSyntax argument)
        {
            if (argument.NameEquals is { } nameEquals)
            {
                return nameEquals.Name.Identifier.ValueText;
            }

            return Capitalized(argument.NameColon is { } nameColon ? nameColon.Name.Identifier.ValueText : ParameterName(attribute, argument));
        }

        private static string? Capitalized(string? name) =>
            string.IsNullOrEmpty(name) ? name : char.ToUpperInvariant(name![0]) + name.Substring(1);

        private string? ParameterName(AttributeSyntax attribute, AttributeArgumentSyntax argument)
        {

            if (SemanticModel.GetSymbolInfo(attribute, CancellationToken).Symbol is not IMethodSymbol constructor || attribute.ArgumentList is not { } list)
            {
                return null;
            }

            int position = list.Arguments.TakeWhile(a => a != argument).Count(a => a.NameEquals is null);
            return position < constructor.Parameters.Length ? constructor.Parameters[position].Name : null;
        }
    }

    /// <summary>An attribute argument a diagnostic points at.</summary>
    internal sealed class ArgumentSite
    {
        public ArgumentSite(AttributeSyntax attribute, AttributeArgumentSyntax argument, ExpressionSyntax expression, string? name)
        {
            Attribute = attribute;
            Argument = argument;
            Expression = expression;
            Name = name;
        }

        public AttributeSyntax Attribute { get; }

        public AttributeArgumentSyntax Argument { get; }

        public ExpressionSyntax Expression { get; }

        /// <summary>The attribute property the argument sets (a positional argument's parameter, capitalized).</summary>
        public string? Name { get; }

        /// <summary>Whether this is the named argument (<c>Name = ...</c>) <paramref name="name"/>.</summary>
        public bool IsNamed(string name) => Argument.NameEquals?.Name.Identifier.ValueText == name;
    }
}
