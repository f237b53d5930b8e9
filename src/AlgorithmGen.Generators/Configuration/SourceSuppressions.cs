using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using AlgorithmGen.Generators.Model;
using AlgorithmGen.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AlgorithmGen.Generators.Configuration
{
    /// <summary>
    /// The rules the source silences over a whole <c>[Algorithm]</c> declaration, so that registration does not refuse
    /// what the build let through (<c>algorithmgen import</c> writes such a <c>#pragma</c> for an input's defects):
    /// <list type="bullet">
    /// <item>a <c>#pragma warning disable</c> in effect from the declaration's first attribute to its closing brace
    /// (placed before it and not restored inside it);</item>
    /// <item><c>[SuppressMessage]</c> on the class, which covers its members too.</item>
    /// </list>
    /// A suppression around one attribute or property silences one place, which run time cannot tell apart from the
    /// others (it sees the request, not the source), so it is not followed: the rule keeps its build severity there.
    /// </summary>
    internal static class SourceSuppressions
    {
        /// <summary>The IDs of catalogue rules silenced over all of <paramref name="declaration"/>, sorted.</summary>
        public static EquatableArray<string> Of(INamedTypeSymbol type, SyntaxNode declaration, CancellationToken cancellationToken)
        {
            List<string> checkIds = SuppressMessageCheckIds(type);
            bool hasDirectives = declaration.SyntaxTree.GetRoot(cancellationToken).ContainsDirectives;
            if (checkIds.Count == 0 && !hasDirectives)
            {
                return EquatableArray<string>.Empty; // the common case, without a look at each rule
            }

            var silenced = new SortedSet<string>(StringComparer.Ordinal);
            foreach (Rule rule in RuleCatalog.All)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (checkIds.Exists(checkId => Names(checkId, rule.Id)) || (hasDirectives && DisabledThroughout(declaration, rule.Id)))
                {
                    silenced.Add(rule.Id);
                }
            }

            return new EquatableArray<string>(silenced.ToArray());
        }

        // The CheckId of each [SuppressMessage] on the class, found by the attribute's name and namespace (no display
        // string: this runs for every algorithm on every compilation).
        private static List<string> SuppressMessageCheckIds(INamedTypeSymbol type)
        {
            var checkIds = new List<string>();
            foreach (AttributeData attribute in type.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: nameof(SuppressMessageAttribute) } attributeClass
                    && attributeClass.ContainingNamespace is { Name: "CodeAnalysis", ContainingNamespace: { Name: "Diagnostics", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } }
                    && attribute.ConstructorArguments.Length == 2
                    && attribute.ConstructorArguments[1].Value is string checkId)
                {
                    checkIds.Add(checkId);
                }
            }

            return checkIds;
        }

        // [SuppressMessage("category", "AG0101")] or "AG0101:Title", as the compiler matches its CheckId.
        private static bool Names(string checkId, string id) =>
            checkId == id || checkId.StartsWith(id + ":", StringComparison.Ordinal);

        private static bool DisabledThroughout(SyntaxNode declaration, string id)
        {
            SyntaxNode root = declaration.SyntaxTree.GetRoot();
            if (!root.ContainsDirectives)
            {
                return false;
            }

            bool disabled = false;
            for (DirectiveTriviaSyntax? directive = root.GetFirstDirective(); directive is not null; directive = directive.GetNextDirective())
            {
                if (directive.SpanStart >= declaration.Span.End)
                {
                    break;
                }

                if (directive is not PragmaWarningDirectiveTriviaSyntax pragma || !Names(pragma, id))
                {
                    continue;
                }

                bool disables = pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword);
                if (directive.SpanStart < declaration.SpanStart)
                {
                    disabled = disables;
                }
                else if (!disables)
                {
                    return false; // restored (or enabled) inside the declaration: some of it is checked
                }
            }

            return disabled;
        }

        // A pragma without codes applies to every diagnostic.
        private static bool Names(PragmaWarningDirectiveTriviaSyntax pragma, string id) =>
            pragma.ErrorCodes.Count == 0 || pragma.ErrorCodes.Any(code => code is IdentifierNameSyntax name && name.Identifier.ValueText == id);
    }
}
