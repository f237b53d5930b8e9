using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace AlgorithmGen.CodeFixes.Infrastructure
{
    /// <summary>One code action a fixer offers for one diagnostic: what it says, how Fix All groups it, what it edits.</summary>
    internal sealed class Fix
    {
        public Fix(string title, string equivalenceKey, Action<SyntaxEditor> apply, string? mergeKey = null)
        {
            Title = title;
            EquivalenceKey = equivalenceKey;
            Apply = apply;
            MergeKey = mergeKey;
        }

        public string Title { get; }

        public string EquivalenceKey { get; }

        /// <summary>Records the edit on an editor over the document's current root (the one the fix was computed from).</summary>
        public Action<SyntaxEditor> Apply { get; }

        /// <summary>Fixes with the same merge key make the same edit: a Fix All applies only the first.</summary>
        public string? MergeKey { get; }

        /// <summary>The fix that removes the argument at <paramref name="at"/> from its attribute.</summary>
        public static Fix RemoveArgument(string title, string equivalenceKey, ArgumentSite at)
        {
            AttributeSyntax attribute = at.Attribute;
            AttributeSyntax fixedAttribute = SyntaxEdits.RemoveArgument(attribute, at.Argument);
            return new Fix(title, equivalenceKey, editor => editor.ReplaceNode(attribute, fixedAttribute));
        }
    }

    /// <summary>
    /// Base of AlgorithmGen's fixers. A fixer describes, per diagnostic, the fixes it can make (<see cref="GetFixes"/>)
    /// against the document's syntax root; the base registers them, recomputes them when one is applied (so it never
    /// edits a stale tree) and, for fixers that need it, applies every fix of a document in one pass for Fix All.
    /// A diagnostic that is not where the fixer expects it gets no fix, and no exception escapes.
    /// </summary>
    public abstract class AlgorithmCodeFixProvider : CodeFixProvider
    {
        private FixAllProvider? _fixAllProvider;

        /// <summary>
        /// Every fixer's Fix All (document, project and solution scope): each document's fixes applied to one editor, see
        /// <see cref="ApplyAllAsync"/>. Not the batch fixer, which finds nothing when the equivalence key is null.
        /// </summary>
        public sealed override FixAllProvider GetFixAllProvider() => _fixAllProvider ??= FixAllProvider.Create(ApplyAllAsync);

        /// <inheritdoc />
        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            FixSite? site = await FixSite.CreateAsync(context.Document, context.CancellationToken).ConfigureAwait(false);
            if (site is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                foreach (Fix fix in SafeFixes(site, diagnostic))
                {
                    Document document = context.Document;
                    string key = fix.EquivalenceKey;
                    context.RegisterCodeFix(
                        CodeAction.Create(fix.Title, cancellationToken => ApplyAsync(document, diagnostic, key, cancellationToken), key),
                        diagnostic);
                }
            }
        }

        /// <summary>The fixes for <paramref name="diagnostic"/>; none when it is not where this fixer expects it.</summary>
        internal abstract IEnumerable<Fix> GetFixes(FixSite site, Diagnostic diagnostic);

        /// <summary>
        /// Applies every fix of a document to one editor (so fixes touching the same attribute or class compose instead of
        /// conflicting as text changes), once per <see cref="Fix.MergeKey"/>. The fix of each diagnostic is the one with
        /// the Fix All's equivalence key or, when that key is null, the first one offered: `dotnet format analyzers`
        /// passes null when the diagnostic it asked about first was another rule's (it does so whenever several IDs are
        /// fixed in one run), and the IDE's own default is the first fix too.
        /// </summary>
        private async Task<Document?> ApplyAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            FixSite? site = await FixSite.CreateAsync(document, fixAllContext.CancellationToken).ConfigureAwait(false);
            if (site is null)
            {
                return null;
            }

            string? key = fixAllContext.CodeActionEquivalenceKey;
            SyntaxEditor editor = site.CreateEditor();
            var merged = new HashSet<string>(StringComparer.Ordinal);
            bool changed = false;
            foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                Fix? fix = SafeFixes(site, diagnostic).FirstOrDefault(f => key is null || f.EquivalenceKey == key);
                if (fix is null || (fix.MergeKey is { } mergeKey && !merged.Add(mergeKey)))
                {
                    continue;
                }

                changed |= TryApply(fix, editor);
            }

            return changed && TryGetChangedRoot(editor) is { } root ? document.WithSyntaxRoot(root) : null;
        }

        private async Task<Document> ApplyAsync(Document document, Diagnostic diagnostic, string key, CancellationToken cancellationToken)
        {
            FixSite? site = await FixSite.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            Fix? fix = site is null ? null : SafeFixes(site, diagnostic).FirstOrDefault(f => f.EquivalenceKey == key);
            if (site is null || fix is null)
            {
                return document;
            }

            SyntaxEditor editor = site.CreateEditor();
            return TryApply(fix, editor) && TryGetChangedRoot(editor) is { } root ? document.WithSyntaxRoot(root) : document;
        }

        private static bool TryApply(Fix fix, SyntaxEditor editor)
        {
            try
            {
                fix.Apply(editor);
                return true;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return false;
            }
        }

        private static SyntaxNode? TryGetChangedRoot(SyntaxEditor editor)
        {
            try
            {
                return editor.GetChangedRoot();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return null;
            }
        }

        private IReadOnlyList<Fix> SafeFixes(FixSite site, Diagnostic diagnostic)
        {
            if (!FixableDiagnosticIds.Contains(diagnostic.Id) || !site.Contains(diagnostic))
            {
                return Array.Empty<Fix>();
            }

            try
            {
                return GetFixes(site, diagnostic).ToList();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Code this unusual gets no fix rather than an exception in the editor.
                return Array.Empty<Fix>();
            }
        }
    }
}
