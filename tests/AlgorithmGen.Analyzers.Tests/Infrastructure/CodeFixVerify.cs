extern alias generators;
using System.Threading;
using System.Threading.Tasks;
using generators::AlgorithmGen.Generators.Analyzers;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace AlgorithmGen.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// Runs a code fix with <see cref="AlgorithmAnalyzer"/>: the "before" markup must report exactly the marked
    /// diagnostics; the fix (one at a time, then Fix All in document, project and solution) must give the "after"
    /// code, which must report exactly its own marked diagnostics. References as in <see cref="Verify"/>.
    /// </summary>
    internal static class CodeFixVerify<TFixer>
        where TFixer : CodeFixProvider, new()
    {
        public sealed class Test : CSharpCodeFixTest<AlgorithmAnalyzer, TFixer, DefaultVerifier>
        {
            public Test()
            {
                ReferenceAssemblies = Infrastructure.Verify.NoPackages;
                TestState.AdditionalReferences.AddRange(Infrastructure.Verify.References);
            }

            /// <summary>When set, every applied code action must have this title.</summary>
            public string? ExpectedTitle
            {
                set => CodeActionVerifier = (action, verifier) => verifier.Equal(value, action.Title);
            }
        }

        /// <summary>Fixes <paramref name="before"/> into <paramref name="after"/> with the fix of <paramref name="equivalenceKey"/>.</summary>
        public static Task Fix(string before, string after, string equivalenceKey, string? title = null)
        {
            var test = new Test
            {
                TestCode = before,
                FixedCode = after,
                CodeActionEquivalenceKey = equivalenceKey,
            };
            if (title is not null)
            {
                test.ExpectedTitle = title;
            }

            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>The fixer offers nothing for the marked diagnostics of <paramref name="source"/>.</summary>
        public static Task NoFix(string source)
        {
            var test = new Test
            {
                TestCode = source,
                FixedCode = source,
            };
            return test.RunAsync(CancellationToken.None);
        }
    }
}
