using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AlgorithmGen.Generators.Parsing
{
    /// <summary>
    /// What the parse of an <c>[Algorithm]</c> class can read outside its own declaration: the references, the options
    /// that change binding, and the declarations (everything but method bodies) of the project's files. Two compilations
    /// whose environments are equivalent parse every unchanged class the same, so a parse made in one holds in the
    /// other (<see cref="ClassAnalyses"/>). That is the case after an edit inside a method body, the common keystroke, and
    /// between the generator's compilation and the analyzers' one, which adds only generated files.
    /// </summary>
    /// <remarks>
    /// Files the compiler treats as generated (<c>*.g.cs</c>, <c>*.designer.cs</c>, <c>*.generated.cs</c>, or headed
    /// <c>&lt;auto-generated&gt;</c>) are left out, as the analyzers leave them out: a constant such a file declares and an
    /// attribute uses is re-read when the class's own file changes, not when the generated file does.
    /// </remarks>
    internal sealed class DeclarationEnvironment
    {
        // The last environments made canonical, newest first: a new compilation is compared with these only. Held weakly:
        // the kept analyses hold the environments they were made in, and one no analysis holds has nothing left to
        // validate (so a compiler server keeps no project's files once its build is over).
        private const int RecentCapacity = 8;
        private static readonly List<WeakReference<DeclarationEnvironment>> Recent = new();
        private static readonly ConditionalWeakTable<Compilation, DeclarationEnvironment> ByCompilation = new();
        private static readonly ConditionalWeakTable<SyntaxTree, DeclarationHash> Hashes = new();
        // Whether each file is generated, decided once per syntax tree: in an IDE a tree's root may have to be re-read
        // from its text, so unchanged files must not be looked at again on every keystroke.
        private static readonly ConditionalWeakTable<SyntaxTree, object> Generated = new();
        private static readonly object IsGeneratedFile = new();
        private static readonly object IsSourceFile = new();

        private readonly MetadataReference[] _references;
        private readonly CompilationOptions _bindingOptions;
        private readonly SyntaxTree[] _trees;

        private DeclarationEnvironment(Compilation compilation)
        {
            _references = compilation.References.ToArray();
            _bindingOptions = BindingOptions(compilation.Options);
            _trees = compilation.SyntaxTrees.Where(tree => Generated.GetValue(tree, static t => IsGenerated(t) ? IsGeneratedFile : IsSourceFile) == IsSourceFile).ToArray();
        }

        /// <summary>
        /// The environment equivalent to this one that was seen first: analyses made under it hold under this one. The
        /// same object for every equivalent compilation, so a class's cached analysis is checked with one comparison.
        /// </summary>
        public DeclarationEnvironment Canonical { get; private set; } = null!;

        /// <summary>The canonical environment of <paramref name="compilation"/>, worked out once per compilation.</summary>
        public static DeclarationEnvironment Of(Compilation compilation) => ByCompilation.GetValue(compilation, Create).Canonical;

        private static DeclarationEnvironment Create(Compilation compilation)
        {
            var environment = new DeclarationEnvironment(compilation);
            lock (Recent)
            {
                DeclarationEnvironment? canonical = null;
                for (int i = 0; i < Recent.Count; i++)
                {
                    if (!Recent[i].TryGetTarget(out DeclarationEnvironment? candidate))
                    {
                        Recent.RemoveAt(i--);
                    }
                    else if (environment.IsEquivalentTo(candidate))
                    {
                        canonical = candidate;
                        Recent.RemoveAt(i);
                        break;
                    }
                }

                canonical ??= environment;
                canonical.Canonical = canonical;
                environment.Canonical = canonical;
                Recent.Insert(0, new WeakReference<DeclarationEnvironment>(canonical));
                if (Recent.Count > RecentCapacity)
                {
                    Recent.RemoveAt(RecentCapacity);
                }
            }

            return environment;
        }

        private bool IsEquivalentTo(DeclarationEnvironment other)
        {
            if (_references.Length != other._references.Length || _trees.Length != other._trees.Length)
            {
                return false;
            }

            for (int i = 0; i < _references.Length; i++)
            {
                if (!ReferenceEquals(_references[i], other._references[i]))
                {
                    return false;
                }
            }

            if (!_bindingOptions.Equals(other._bindingOptions))
            {
                return false;
            }

            // An edit replaces a file in place, so the files pair up by position.
            for (int i = 0; i < _trees.Length; i++)
            {
                SyntaxTree tree = _trees[i];
                SyntaxTree otherTree = other._trees[i];
                if (!ReferenceEquals(tree, otherTree)
                    && (tree.FilePath != otherTree.FilePath || !tree.Options.Equals(otherTree.Options) || HashOf(tree) != HashOf(otherTree)))
                {
                    return false;
                }
            }

            return true;
        }

        // The options minus those that only set diagnostics' severities (the baked severities read those separately), so
        // that an .editorconfig change keeps the parses.
        private static CompilationOptions BindingOptions(CompilationOptions options) => options
            .WithSyntaxTreeOptionsProvider(null)
            .WithSpecificDiagnosticOptions(ImmutableDictionary<string, ReportDiagnostic>.Empty)
            .WithGeneralDiagnosticOption(ReportDiagnostic.Default)
            .WithReportSuppressedDiagnostics(false);

        private static long HashOf(SyntaxTree tree) => Hashes.GetValue(tree, DeclarationHash.Of).Value;

        /// <summary>Whether the compiler counts the file as generated code (the rules of its <c>GeneratedCodeUtilities</c>).</summary>
        internal static bool IsGenerated(SyntaxTree tree)
        {
            string fileName = System.IO.Path.GetFileName(tree.FilePath);
            if (fileName.StartsWith("TemporaryGeneratedFile_", StringComparison.OrdinalIgnoreCase)
                || fileName.EndsWith(".designer.cs", StringComparison.OrdinalIgnoreCase)
                || fileName.EndsWith(".generated.cs", StringComparison.OrdinalIgnoreCase)
                || fileName.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase)
                || fileName.EndsWith(".g.i.cs", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            foreach (SyntaxTrivia trivia in tree.GetRoot().GetLeadingTrivia())
            {
                if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
                {
                    string text = trivia.ToString();
                    if (text.IndexOf("<autogenerated", StringComparison.OrdinalIgnoreCase) >= 0
                        || text.IndexOf("<auto-generated", StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        return true;
                    }
                }
                else if (!trivia.IsKind(SyntaxKind.WhitespaceTrivia) && !trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    break;
                }
            }

            return false;
        }

        /// <summary>
        /// A 64-bit FNV-1a hash of a file's text outside its method, accessor and local-function bodies (blocks and
        /// <c>=&gt;</c> bodies): what another file's declarations can bind to. Worked out once per syntax tree.
        /// </summary>
        private sealed class DeclarationHash
        {
            private DeclarationHash(long value) => Value = value;

            public long Value { get; }

            public static DeclarationHash Of(SyntaxTree tree)
            {
                SyntaxNode root = tree.GetRoot();
                SourceText text = tree.GetText();
                const ulong Prime = 1099511628211;
                ulong hash = 14695981039346656037;
                int position = 0;
                var buffer = new char[4096];
                foreach (SyntaxNode node in root.DescendantNodes(static node => node is not (BlockSyntax or ArrowExpressionClauseSyntax)))
                {
                    if (node is BlockSyntax or ArrowExpressionClauseSyntax)
                    {
                        hash = Add(hash, text, position, node.SpanStart, buffer);
                        position = node.Span.End;
                    }
                }

                hash = Add(hash, text, position, text.Length, buffer);
                return new DeclarationHash(unchecked((long)hash));

                static ulong Add(ulong hash, SourceText text, int start, int end, char[] buffer)
                {
                    while (start < end)
                    {
                        int count = Math.Min(buffer.Length, end - start);
                        text.CopyTo(start, buffer, 0, count);
                        for (int i = 0; i < count; i++)
                        {
                            hash = unchecked((hash ^ buffer[i]) * Prime);
                        }

                        start += count;
                    }

                    // A body's place counts, not its content: moving text across a body changes the hash.
                    return unchecked((hash ^ '{') * Prime);
                }
            }
        }
    }
}
