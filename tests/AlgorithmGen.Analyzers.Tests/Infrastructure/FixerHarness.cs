extern alias generators;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using generators::AlgorithmGen.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AlgorithmGen.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// Calls a code fix provider directly, outside the testing library: for the titles of the actions offered on one
    /// particular diagnostic, and for diagnostics placed anywhere (the fixers must not throw).
    /// </summary>
    internal static class FixerHarness
    {
        public static Document CreateDocument(string source, string path = "Test.cs")
        {
            var workspace = new AdhocWorkspace();
            ProjectInfo project = ProjectInfo.Create(
                ProjectId.CreateNewId(),
                VersionStamp.Default,
                "Test",
                "Test",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: Verify.References);
            Solution solution = workspace.CurrentSolution.AddProject(project);
            DocumentId id = DocumentId.CreateNewId(project.Id);
            return solution.AddDocument(id, path, SourceText.From(source), filePath: path).GetDocument(id)!;
        }

        public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Document document)
        {
            Compilation compilation = (await document.Project.GetCompilationAsync(CancellationToken.None))!;
            return await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AlgorithmAnalyzer()))
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        }

        public static async Task<IReadOnlyList<CodeAction>> ActionsAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic)
        {
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            await fixer.RegisterCodeFixesAsync(context);
            return actions;
        }

        /// <summary>The text of <paramref name="document"/> after <paramref name="action"/>.</summary>
        public static async Task<string> ApplyAsync(Document document, CodeAction action)
        {
            ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
            Solution changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            return (await changed.GetDocument(document.Id)!.GetTextAsync(CancellationToken.None)).ToString();
        }
    }
}
