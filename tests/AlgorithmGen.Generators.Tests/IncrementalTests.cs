extern alias generators;
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AlgorithmGen.Generators.Tests.Infrastructure;
using generators::AlgorithmGen.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AlgorithmGen.Generators.Tests
{
    /// <summary>The pipeline caches: an edit that does not change an algorithm leaves every tracked step cached.</summary>
    public class IncrementalTests
    {
        private static readonly string[] TrackedSteps =
        {
            AlgorithmGenerator.Steps.Algorithms,
            AlgorithmGenerator.Steps.ValidAlgorithms,
            AlgorithmGenerator.Steps.NullableContext,
            AlgorithmGenerator.Steps.Catalog,
            AlgorithmGenerator.Steps.SageMakerSdk,
            AlgorithmGenerator.Steps.RuleSeverities,
        };

        [Fact]
        public void Unrelated_edit_leaves_every_tracked_step_cached_or_unchanged()
        {
            CSharpCompilation first = GeneratorHarness.Compilation(new[] { Sources.Forecaster, Sources.Minimal, SageMakerSdkStandIn.V4, "class Unrelated { int X => 1; }" });
            GeneratorDriver driver = GeneratorHarness.Driver().RunGenerators(first);

            SyntaxTree unrelated = first.SyntaxTrees.Last();
            CSharpCompilation second = first.ReplaceSyntaxTree(unrelated, unrelated.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From("class Unrelated { int X => 2; int Y => 3; }")));
            GeneratorRunResult result = driver.RunGenerators(second).GetRunResult().Results.Single();

            AssertAllCachedOrUnchanged(result);
        }

        [Fact]
        public void Edit_inside_an_algorithm_class_body_that_changes_no_attribute_keeps_the_outputs_cached()
        {
            string edited = Sources.Minimal.Replace("public int Depth { get; set; } = 3;", "public int Depth { get; set; } = 3;\n        public void Helper() { }");
            CSharpCompilation first = GeneratorHarness.Compilation(new[] { Sources.Minimal });
            GeneratorDriver driver = GeneratorHarness.Driver().RunGenerators(first);
            CSharpCompilation second = first.ReplaceSyntaxTree(first.SyntaxTrees[0], CSharpSyntaxTree.ParseText(edited, GeneratorHarness.LatestParseOptions, path: "Source0.cs"));
            GeneratorRunResult result = driver.RunGenerators(second).GetRunResult().Results.Single();

            // The transform re-runs for the edited class, but yields an equal model: everything after it is cached.
            Assert.All(result.TrackedSteps[AlgorithmGenerator.Steps.ValidAlgorithms].SelectMany(step => step.Outputs), output =>
                Assert.Contains(output.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
            Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output =>
                Assert.Contains(output.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        }

        [Fact]
        public void Changing_an_attribute_value_regenerates_that_algorithm()
        {
            CSharpCompilation first = GeneratorHarness.Compilation(new[] { Sources.Minimal });
            GeneratorDriver driver = GeneratorHarness.Driver().RunGenerators(first);
            string edited = Sources.Minimal.Replace("= 3;", "= 4;");
            CSharpCompilation second = first.ReplaceSyntaxTree(first.SyntaxTrees[0], CSharpSyntaxTree.ParseText(edited, GeneratorHarness.LatestParseOptions, path: "Source0.cs"));
            GeneratorRunResult result = driver.RunGenerators(second).GetRunResult().Results.Single();

            Assert.Contains(result.TrackedSteps[AlgorithmGenerator.Steps.ValidAlgorithms].SelectMany(step => step.Outputs), output => output.Reason == IncrementalStepRunReason.Modified);
            Assert.Contains("\\\"DefaultValue\\\":\\\"4\\\"", result.GeneratedSources.Single(s => s.HintName == "Demo.Minimal.g.cs").SourceText.ToString(), StringComparison.Ordinal);
            // The catalog lists classes, not their attributes: it is not emitted again.
            Assert.All(result.TrackedSteps[AlgorithmGenerator.Steps.Catalog].SelectMany(step => step.Outputs), output =>
                Assert.Contains(output.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        }

        [Fact]
        public void No_symbol_compilation_or_syntax_reaches_a_cached_model()
        {
            CSharpCompilation compilation = GeneratorHarness.Compilation(new[] { Sources.Forecaster, Sources.Minimal, Sources.Nested });
            GeneratorRunResult result = GeneratorHarness.Driver().RunGenerators(compilation).GetRunResult().Results.Single();

            var forbidden = new[] { typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SemanticModel), typeof(Location), typeof(SyntaxTree), typeof(AttributeData) };
            int visited = 0;
            foreach (string step in TrackedSteps)
            {
                foreach (IncrementalGeneratorRunStep run in result.TrackedSteps[step])
                {
                    foreach ((object value, IncrementalStepRunReason _) in run.Outputs)
                    {
                        visited += AssertGraphFree(value, forbidden, new HashSet<object>(ReferenceEqualityComparer.Instance), step);
                    }
                }
            }

            Assert.True(visited > 100, $"The guard walked only {visited} objects; it should see every model in depth.");
        }

        private static void AssertAllCachedOrUnchanged(GeneratorRunResult result)
        {
            foreach (string step in TrackedSteps)
            {
                Assert.True(result.TrackedSteps.ContainsKey(step), "Missing tracked step " + step);
                Assert.All(result.TrackedSteps[step].SelectMany(run => run.Outputs), output =>
                    Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {output.Reason}"));
            }

            Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output =>
                Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        }

        // Walks the object graph by reflection (fields of every object, items of every collection), so a Roslyn
        // object nested at any depth (or typed as object) is found, not just one declared with a Roslyn type.
        private static int AssertGraphFree(object? value, Type[] forbidden, HashSet<object> seen, string path)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
            {
                return 0;
            }

            Type type = value.GetType();
            Assert.False(forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} holds a {type.FullName}");
            int count = 1;
            if (value is IEnumerable items)
            {
                int i = 0;
                foreach (object? item in items)
                {
                    count += AssertGraphFree(item, forbidden, seen, $"{path}[{i++}]");
                }
            }

            for (Type? current = type; current is not null && current != typeof(object); current = current.BaseType)
            {
                foreach (FieldInfo field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType.IsPointer)
                    {
                        continue;
                    }

                    count += AssertGraphFree(field.GetValue(value), forbidden, seen, $"{path}.{field.Name}");
                }
            }

            return count;
        }
    }
}
