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
    /// AG0101, a required hyperparameter with a default. The diagnostic is on the <c>DefaultValue = ...</c> argument
    /// or on the property initializer. Two fixes: remove the default (the argument, and a constant initializer that
    /// would become the default in its place; or the initializer), or make the hyperparameter optional (remove the
    /// <c>required</c> modifier and an <c>IsRequired = true</c> argument).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RequiredWithDefaultCodeFixProvider))]
    [Shared]
    public sealed class RequiredWithDefaultCodeFixProvider : AlgorithmCodeFixProvider
    {
        /// <summary>The title of the fix that removes the default value.</summary>
        public const string RemoveDefaultTitle = "Remove the default value";

        /// <summary>The title of the fix that makes the hyperparameter optional.</summary>
        public const string MakeOptionalTitle = "Make the hyperparameter optional";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.RequiredWithDefault.Id);

        internal override IEnumerable<Fix> GetFixes(FixSite site, Diagnostic diagnostic)
        {
            if (site.ExpressionAt(diagnostic) is not { } expression)
            {
                yield break;
            }

            PropertyDeclarationSyntax? property;
            AttributeSyntax? attribute;
            bool onArgument = expression.Parent is AttributeArgumentSyntax argument && argument.NameEquals?.Name.Identifier.ValueText == nameof(HyperParameterAttribute.DefaultValue);
            if (onArgument)
            {
                attribute = expression.Parent?.Parent?.Parent as AttributeSyntax;
                property = attribute?.Parent?.Parent as PropertyDeclarationSyntax;
            }
            else if (expression.Parent is EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax declaration } initializer && initializer.Value == expression)
            {
                property = declaration;
                attribute = declaration.AttributeLists.SelectMany(list => list.Attributes).FirstOrDefault(a => site.Is(a, AttributeNames.HyperParameter));
            }
            else
            {
                yield break;
            }

            if (property is null || attribute is null || !site.Is(attribute, AttributeNames.HyperParameter))
            {
                yield break;
            }

            PropertyDeclarationSyntax withoutDefault = property;
            if (onArgument)
            {
                withoutDefault = withoutDefault.ReplaceNode(attribute, SyntaxEdits.RemoveNamedArgument(attribute, nameof(HyperParameterAttribute.DefaultValue)));
                // Without the argument, a constant initializer would become the default: remove it too.
                if (site.Constant(property.Initializer?.Value) is not null)
                {
                    withoutDefault = SyntaxEdits.RemoveInitializer(withoutDefault);
                }
            }
            else
            {
                withoutDefault = SyntaxEdits.RemoveInitializer(withoutDefault);
            }

            yield return new Fix(RemoveDefaultTitle, EquivalenceKeys.RemoveDefault, editor => editor.ReplaceNode(property, withoutDefault));

            PropertyDeclarationSyntax optional = property;
            if (SyntaxEdits.NamedArgument(attribute, nameof(HyperParameterAttribute.IsRequired)) is { } isRequired && site.Constant(isRequired.Expression) is true)
            {
                optional = optional.ReplaceNode(attribute, SyntaxEdits.RemoveArgument(attribute, isRequired));
            }

            optional = SyntaxEdits.RemoveModifier(optional, SyntaxKind.RequiredKeyword);
            if (optional != property)
            {
                yield return new Fix(MakeOptionalTitle, EquivalenceKeys.MakeOptional, editor => editor.ReplaceNode(property, optional));
            }
        }
    }
}
