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
    /// <summary>AG0107 (tunable without a range, or FreeText): removes the <c>IsTunable = ...</c> argument.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NotTunableCodeFixProvider))]
    [Shared]
    public sealed class NotTunableCodeFixProvider : AlgorithmCodeFixProvider
    {
        /// <summary>The fix's title.</summary>
        public const string Title = "Remove IsTunable";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.TunableWithoutRange.Id);

        internal override IEnumerable<Fix> GetFixes(FixSite site, Diagnostic diagnostic)
        {
            if (site.ArgumentAt(diagnostic) is not { } at || !at.IsNamed(nameof(HyperParameterAttribute.IsTunable)) || !site.Is(at.Attribute, AttributeNames.HyperParameter))
            {
                yield break;
            }

            AttributeSyntax attribute = at.Attribute;
            AttributeSyntax fixedAttribute = SyntaxEdits.RemoveArgument(attribute, at.Argument);
            yield return new Fix(Title, EquivalenceKeys.RemoveIsTunable, editor => editor.ReplaceNode(attribute, fixedAttribute));
        }
    }
}
