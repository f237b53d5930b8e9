using System.Linq;
using AlgorithmGen.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AlgorithmGen.Generators.Tests
{
    public class SnapshotTests
    {
        [Fact]
        public void Algorithm_class_source_matches_snapshot()
        {
            (_, GeneratorDriverRunResult result) = GeneratorHarness.Run(Sources.Forecaster);
            Snapshot.Match("Forecaster.g.cs", GeneratorHarness.GeneratedSource(result, "Demo.Forecasting.Forecaster.g.cs"));
        }

        [Fact]
        public void Catalog_source_matches_snapshot()
        {
            (_, GeneratorDriverRunResult result) = GeneratorHarness.Run(Sources.Forecaster, Sources.Minimal, Sources.Nested);
            Snapshot.Match("Catalog.g.cs", GeneratorHarness.GeneratedSource(result, "AlgorithmGen.Catalog.g.cs"));
        }

        [Fact]
        public void Nested_class_source_matches_snapshot()
        {
            (_, GeneratorDriverRunResult result) = GeneratorHarness.Run(Sources.Nested);
            Snapshot.Match("Nested.g.cs", GeneratorHarness.GeneratedSource(result, "Demo.Outer.Middle.Inner.g.cs"));
        }

        [Fact]
        public void Training_and_serving_sources_match_snapshots()
        {
            (_, GeneratorDriverRunResult result) = GeneratorHarness.Run(null, GeneratorHarness.ContainerReferences, Sources.Forecaster);
            Snapshot.Match("Forecaster.Training.g.cs", GeneratorHarness.GeneratedSource(result, "Demo.Forecasting.Forecaster.Training.g.cs"));
            Snapshot.Match("Forecaster.Serving.g.cs", GeneratorHarness.GeneratedSource(result, "Demo.Forecasting.Forecaster.Serving.g.cs"));
        }

        [Fact]
        public void Hint_names_include_namespace_and_containing_types()
        {
            (_, GeneratorDriverRunResult result) = GeneratorHarness.Run(Sources.Forecaster, Sources.Minimal, Sources.Nested);
            string[] hints = result.Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(h => h, System.StringComparer.Ordinal).ToArray();
            Assert.Equal(
                new[]
                {
                    "AlgorithmGen.Catalog.g.cs", "Demo.Forecasting.Forecaster.Jobs.g.cs", "Demo.Forecasting.Forecaster.g.cs", "Demo.Minimal.Jobs.g.cs", "Demo.Minimal.g.cs",
                    "Demo.Outer.Middle.Inner.Jobs.g.cs", "Demo.Outer.Middle.Inner.g.cs",
                },
                hints);
        }
    }
}
