using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using AlgorithmGen.CodeFixes.Infrastructure;
using AlgorithmGen.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AlgorithmGen.CodeFixes
{
    /// <summary>
    /// AG0901: adds <c>partial</c> to the class the diagnostic is on (the [Algorithm] class or a containing class) and to
    /// every class containing it that lacks it. Not offered for the other AG0901 cases (a struct, a record, a generic
    /// type), which <c>partial</c> does not fix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFixProvider))]
    [Shared]
    public sealed class MakePartialCodeFixProvider : AlgorithmCodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.NotPartial.Id);

        internal override IEnumerable<Fix> GetFixes(FixSite site, Diagnostic diagnostic)
        {
            if (site.TokenAt(diagnostic) is not { Parent: ClassDeclarationSyntax declaration } identifier
                || declaration.Identifier != identifier
                || !NeedsPartial(declaration))
            {
                yield break;
            }

            // The diagnosed class, then the classes containing it that lack 'partial' (they get their own AG0901 too).
            List<ClassDeclarationSyntax> targets = declaration.AncestorsAndSelf().OfType<ClassDeclarationSyntax>().Where(NeedsPartial).ToList();
            List<string> names = targets.Select(t => "'" + t.Identifier.ValueText + "'").Reverse().ToList();
            yield return new Fix(
                "Add the partial modifier to " + (names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1]),
                EquivalenceKeys.MakePartial,
                editor =>
                {
                    foreach (ClassDeclarationSyntax target in targets)
                    {
                        editor.ReplaceNode(target, (current, _) => SyntaxEdits.AddPartial((TypeDeclarationSyntax)current));
                    }
                });
        }

        // A class that is not partial and not generic: adding 'partial' is all it needs.
        private static bool NeedsPartial(ClassDeclarationSyntax declaration) =>
            !declaration.Modifiers.Any(SyntaxKind.PartialKeyword) && declaration.TypeParameterList is null;
    }
}
