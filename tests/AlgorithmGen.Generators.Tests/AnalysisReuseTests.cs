extern alias generators;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AlgorithmGen.Generators.Tests.Infrastructure;
using generators::AlgorithmGen.Generators;
using generators::AlgorithmGen.Generators.Analyzers;
using generators::AlgorithmGen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace AlgorithmGen.Generators.Tests
{
    /// <summary>
    /// One analysis per class (ClassAnalyses): kept across an edit that leaves the class's declaration and environment
    /// as they were, dropped by any edit that could change its parse, and shared with the analyzers, which run on the
    /// generator's trees plus the generated ones.
    /// </summary>
    public class AnalysisReuseTests
    {
        private const string Limits = "namespace Demo { public static class Limits { public const int Depth = 3; public static int Helper() { return 1; } } }";

        private const string UsesLimits = """
            using AlgorithmGen;
            namespace Demo
            {
                [Algorithm("uses-limits", TrainingImage = "img")]
                [Channel("train")]
                public partial class UsesLimits
                {
                    [HyperParameter(MaxValue = Limits.Depth * 10)] public int Depth { get; set; } = Limits.Depth;
                }
            }
            """;

        [Fact]
        public void A_method_body_edit_elsewhere_reuses_every_model_without_parsing_again()
        {
            CSharpCompilation first = GeneratorHarness.Compilation(new[] { Sources.Forecaster, Sources.Minimal, UsesLimits, Limits });
            GeneratorDriver driver = GeneratorHarness.Driver().RunGenerators(first);
            ClassAnalysis?[] before = Kept(first);

            CSharpCompilation second = Edit(first, 3, Limits.Replace("return 1;", "return 2;"));
            GeneratorRunResult result = driver.RunGenerators(second).GetRunResult().Results.Single();

            // The same analysis objects: the transform returned the kept analyses, it did not parse and build equal ones.
            Assert.Equal(3, before.Length);
            Assert.All(before, Assert.NotNull);
            Assert.Equal(before, Kept(second), ReferenceEqualityComparer.Instance);
            Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output =>
                Assert.Contains(output.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        }

        [Fact]
        public void A_constant_changed_in_another_file_is_read_again()
        {
            CSharpCompilation first = GeneratorHarness.Compilation(new[] { UsesLimits, Limits });
            GeneratorDriver driver = GeneratorHarness.Driver().RunGenerators(first);

            CSharpCompilation second = Edit(first, 1, Limits.Replace("Depth = 3", "Depth = 5"));
            GeneratorRunResult result = driver.RunGenerators(second).GetRunResult().Results.Single();

            string generated = result.GeneratedSources.Single(source => source.HintName == "Demo.UsesLimits.g.cs").SourceText.ToString();
            Assert.Contains("\\\"MaxValue\\\":\\\"50\\\"", generated, System.StringComparison.Ordinal);
            Assert.Contains("\\\"DefaultValue\\\":\\\"5\\\"", generated, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_new_declaration_elsewhere_parses_again_and_yields_equal_models()
        {
            CSharpCompilation first = GeneratorHarness.Compilation(new[] { Sources.Minimal, Limits });
            GeneratorDriver driver = GeneratorHarness.Driver().RunGenerators(first);
            ClassAnalysis before = Assert.Single(Kept(first))!;

            CSharpCompilation second = Edit(first, 1, Limits.Replace("public const int Depth = 3;", "public const int Depth = 3; public const int Width = 4;"));
            GeneratorRunResult result = driver.RunGenerators(second).GetRunResult().Results.Single();

            ClassAnalysis after = Assert.Single(Kept(second))!;
            Assert.NotSame(before, after);
            Assert.Equal(before.Model, after.Model);
            Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output =>
                Assert.Contains(output.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        }

        [Fact]
        public void The_analyzer_reports_the_generators_analysis_on_the_compilation_with_the_generated_files()
        {
            string withProblem = Sources.Minimal.Replace("[Algorithm(\"minimal\"", "[Algorithm(\"Not A Valid Name\"");
            CSharpCompilation input = GeneratorHarness.Compilation(new[] { withProblem, Limits });
            GeneratorHarness.Driver().RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _);
            INamedTypeSymbol type = output.GetTypeByMetadataName("Demo.Minimal")!;

            Assert.True(output.SyntaxTrees.Count() > input.SyntaxTrees.Count());
            Assert.NotNull(ClassAnalyses.Find(type, output, default));

            ImmutableArray<Diagnostic> shared = Analyze(output);
            // A fresh copy of the same sources has no kept analysis: the analyzer parses it itself.
            CSharpCompilation fresh = GeneratorHarness.Compilation(new[] { withProblem, Limits });
            Assert.Null(ClassAnalyses.Find(fresh.GetTypeByMetadataName("Demo.Minimal")!, fresh, default));
            ImmutableArray<Diagnostic> own = Analyze(fresh);

            Assert.NotEmpty(own);
            Assert.Equal(Describe(own), Describe(shared));
        }

        [Fact]
        public void A_diagnostic_in_a_replaced_partial_file_is_placed_in_the_file_the_compilation_has()
        {
            const string partOne = """
                using AlgorithmGen;
                namespace Demo
                {
                    [Algorithm("two-files", TrainingImage = "img")]
                    [Channel("train")]
                    public partial class TwoFiles { }
                }
                """;
            const string partTwo = """
                using AlgorithmGen;
                namespace Demo
                {
                    public partial class TwoFiles
                    {
                        [HyperParameter(MinValue = 10, MaxValue = 1)] public int Depth { get; set; }
                        public int Helper() { return 1; }
                    }
                }
                """;
            CSharpCompilation first = GeneratorHarness.Compilation(new[] { partOne, partTwo });
            GeneratorHarness.Driver().RunGenerators(first);
            Assert.Contains(Analyze(first), diagnostic => diagnostic.Id == "AG0104");

            // Equivalent declarations, but the diagnostic's file is a new tree: the kept analysis must not be reported.
            CSharpCompilation second = Edit(first, 1, partTwo.Replace("return 1;", "return 2;"));
            Diagnostic swapped = Assert.Single(Analyze(second), diagnostic => diagnostic.Id == "AG0104");
            Assert.Same(second.SyntaxTrees.ElementAt(1), swapped.Location.SourceTree);
        }

        private static CSharpCompilation Edit(CSharpCompilation compilation, int index, string text)
        {
            SyntaxTree old = compilation.SyntaxTrees.ElementAt(index);
            return compilation.ReplaceSyntaxTree(old, old.WithChangedText(SourceText.From(text)));
        }

        // The analysis kept for each [Algorithm] class declaration of the compilation, in source order.
        private static ClassAnalysis?[] Kept(Compilation compilation) => compilation.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>())
            .Where(declaration => declaration.AttributeLists.SelectMany(list => list.Attributes).Any(attribute => attribute.Name.ToString() == "Algorithm"))
            .Select(ClassAnalyses.KeptFor)
            .ToArray();

        private static ImmutableArray<Diagnostic> Analyze(Compilation compilation) =>
            compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AlgorithmAnalyzer()))
                .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

        private static string[] Describe(ImmutableArray<Diagnostic> diagnostics) => diagnostics
            .Select(diagnostic => $"{diagnostic.Id} {diagnostic.Location.GetLineSpan()} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .OrderBy(text => text, System.StringComparer.Ordinal)
            .ToArray();
    }
}
