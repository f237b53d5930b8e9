using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AlgorithmGen.Benchmarks
{
    /// <summary>
    /// The synthetic project of benchmarks/generator/synthetic_project.py (the one source of its code, shared with the
    /// real-build harness), parsed, with the references a net10.0 build of it gets.
    /// </summary>
    internal sealed class SyntheticProject
    {
        // The one-character edits; synthetic_project.py writes each exactly once (UNRELATED_EDIT, ALGORITHM_EDIT).
        public const string UnrelatedFile = "Unrelated.cs";
        public const string EditedAlgorithmFile = "Algorithms/Algorithm0.cs";
        private const string UnrelatedText = "=> 1;";
        private const string UnrelatedPattern = @"=> \d;";
        private const string AlgorithmText = "MaxValue = 1000,";

        private SyntheticProject(int count, CSharpCompilation compilation, CSharpParseOptions parseOptions)
        {
            Count = count;
            Compilation = compilation;
            ParseOptions = parseOptions;
        }

        public int Count { get; }

        /// <summary>The project's compilation, never bound: take a <see cref="Compilation.Clone"/> for each measurement.</summary>
        public CSharpCompilation Compilation { get; }

        public CSharpParseOptions ParseOptions { get; }

        public SyntaxTree Tree(string path) => Compilation.SyntaxTrees.Single(tree => tree.FilePath == path);

        /// <summary>A fresh compilation (no binding shared with any other) of the project.</summary>
        public CSharpCompilation Fresh() => (CSharpCompilation)Compilation.Clone();

        /// <summary>
        /// <paramref name="compilation"/> with the unrelated method's body changed to return <paramref name="value"/>:
        /// edit number n of a session gives a different text from edit n − 1.
        /// </summary>
        public static CSharpCompilation WithUnrelatedEdit(CSharpCompilation compilation, int value)
        {
            string current = compilation.SyntaxTrees.Single(tree => tree.FilePath == UnrelatedFile).GetText().ToString();
            string returned = System.Text.RegularExpressions.Regex.Match(current, UnrelatedPattern).Value;
            return Edit(compilation, UnrelatedFile, returned.Length > 0 ? returned : UnrelatedText, "=> " + ((value % 9) + 1) + ";");
        }

        /// <summary><paramref name="compilation"/> with one range bound in the 40-hyperparameter class changed by one character.</summary>
        public static CSharpCompilation WithAlgorithmEdit(CSharpCompilation compilation) =>
            Edit(compilation, EditedAlgorithmFile, AlgorithmText, "MaxValue = 1001,");

        private static CSharpCompilation Edit(CSharpCompilation compilation, string path, string oldText, string newText)
        {
            SyntaxTree tree = compilation.SyntaxTrees.Single(candidate => candidate.FilePath == path);
            SourceText text = tree.GetText();
            int at = text.ToString().IndexOf(oldText, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new BenchmarkException($"{path} no longer contains '{oldText}': synthetic_project.py and the harness disagree");
            }

            SourceText edited = text.WithChanges(new TextChange(new TextSpan(at, oldText.Length), newText));
            return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(edited));
        }

        /// <summary>Runs synthetic_project.py for <paramref name="count"/> into a temporary folder and parses what it wrote.</summary>
        public static SyntheticProject Create(int count, ImmutableArray<MetadataReference> references)
        {
            string script = RepositoryFile("benchmarks/generator/synthetic_project.py");
            string directory = Path.Combine(Path.GetTempPath(), "algorithmgen-inprocess-" + Guid.NewGuid().ToString("N"));
            try
            {
                var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
                foreach (string argument in new[] { script, "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", directory })
                {
                    start.ArgumentList.Add(argument);
                }

                using Process process = Process.Start(start) ?? throw new BenchmarkException("python3 could not be started");
                string written = process.StandardOutput.ReadToEnd();
                string errors = process.StandardError.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    throw new BenchmarkException("synthetic_project.py failed: " + errors.Trim());
                }

                var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
                SyntaxTree[] trees = written.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(relative => CSharpSyntaxTree.ParseText(
                        SourceText.From(File.ReadAllText(Path.Combine(directory, relative)), Encoding.UTF8), parseOptions, relative))
                    .ToArray();
                CSharpCompilation compilation = CSharpCompilation.Create(
                    "Synthetic",
                    trees,
                    references,
                    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
                return new SyntheticProject(count, compilation, parseOptions);
            }
            finally
            {
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }
            }
        }

        /// <summary>
        /// What a net10.0 build of the project references: the SDK's Microsoft.NETCore.App.Ref pack, the logging and
        /// dependency-injection abstractions of the ASP.NET Core pack (the logging generator's own release, as the
        /// real-build harness uses), AlgorithmGen.dll and its other dependencies (copied next to this program).
        /// </summary>
        public static ImmutableArray<MetadataReference> References()
        {
            string netCoreRef = Directory.GetDirectories(Packs.Newest("Microsoft.NETCore.App.Ref"), "ref").Single();
            string netCore = Directory.GetDirectories(netCoreRef, "net10.*").Single();
            string aspNet = Directory.GetDirectories(Path.Combine(Packs.Newest("Microsoft.AspNetCore.App.Ref"), "ref"), "net10.*").Single();
            var files = Directory.GetFiles(netCore, "*.dll").ToList();
            var names = new HashSet<string>(files.Select(Path.GetFileName)!, StringComparer.OrdinalIgnoreCase);
            System.Reflection.Assembly library = typeof(AlgorithmAttribute).Assembly;
            files.Add(library.Location);
            foreach (System.Reflection.AssemblyName dependency in library.GetReferencedAssemblies())
            {
                string file = dependency.Name + ".dll";
                if (names.Contains(file))
                {
                    continue;
                }

                string fromAspNet = Path.Combine(aspNet, file);
                string local = Path.Combine(AppContext.BaseDirectory, file);
                files.Add(File.Exists(fromAspNet) ? fromAspNet : local);
                names.Add(file);
            }

            foreach (string abstractions in new[] { "Microsoft.Extensions.Logging.Abstractions.dll", "Microsoft.Extensions.DependencyInjection.Abstractions.dll" })
            {
                if (names.Add(abstractions))
                {
                    files.Add(Path.Combine(aspNet, abstractions));
                }
            }

            return files.Select(file => (MetadataReference)MetadataReference.CreateFromFile(file)).ToImmutableArray();
        }

        /// <summary>A file of this repository, found by walking up from the program's folder.</summary>
        public static string RepositoryFile(string relative)
        {
            for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                string candidate = Path.Combine(directory.FullName, relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new BenchmarkException(relative + " not found above " + AppContext.BaseDirectory + ": run the program from its build output in the repository");
        }
    }

    /// <summary>The SDK's targeting packs, next to the runtime this program runs on.</summary>
    internal static class Packs
    {
        public static string DotnetRoot { get; } =
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

        /// <summary>The newest 10.x version folder of the pack <paramref name="name"/>.</summary>
        public static string Newest(string name)
        {
            string folder = Path.Combine(DotnetRoot, "packs", name);
            string? newest = Directory.Exists(folder)
                ? Directory.GetDirectories(folder, "10.*").OrderBy(path => Version.TryParse(Path.GetFileName(path), out Version? version) ? version : new Version()).LastOrDefault()
                : null;
            return newest ?? throw new BenchmarkException($"no 10.x {name} targeting pack under {folder}");
        }
    }

    /// <summary>A problem the harness reports in one line.</summary>
    internal sealed class BenchmarkException : Exception
    {
        public BenchmarkException(string message)
            : base(message)
        {
        }
    }
}
