extern alias generators;
using System;
using System.Globalization;
using System.Linq;
using AlgorithmGen.Generators.Tests.Infrastructure;
using generators::AlgorithmGen.Generators;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AlgorithmGen.Generators.Tests
{
    /// <summary>
    /// An exception inside the generator is reported (AG0999, at the class, naming the exception) instead of leaving the
    /// class silently without its members; the other classes are generated as usual. The failure is forced through the
    /// internal hook, for one class name only, so tests running in parallel are not affected.
    /// </summary>
    public class InternalErrorTests
    {
        private const string ProbeName = "InternalFailureProbe";

        private const string Probe = """
            using AlgorithmGen;

            namespace Demo
            {
                [Algorithm("probe", TrainingImage = "img", SupportedTrainingInstanceTypes = new[] { "ml.m5.large" })]
                public partial class InternalFailureProbe
                {
                }
            }
            """;

        static InternalErrorTests() => InternalError.InjectFailure = type =>
        {
            if (type.Name == ProbeName)
            {
                throw new InvalidOperationException("Injected by a test.");
            }
        };

        [Fact]
        public void An_exception_while_generating_a_class_is_reported_at_its_name_and_the_others_are_generated()
        {
            (Compilation _, GeneratorDriverRunResult result) = GeneratorHarness.Run(Sources.Minimal, Probe);

            Diagnostic diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("AG0999", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal(
                "AlgorithmGen's generator failed on 'Demo.InternalFailureProbe' with System.InvalidOperationException: Injected by a test. "
                + "This is a bug in AlgorithmGen, not in your code; please report it at https://github.com/AlgorithmGen/AlgorithmGen/issues "
                + "with the declaration of 'Demo.InternalFailureProbe'.",
                diagnostic.GetMessage(CultureInfo.InvariantCulture));
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            Assert.Equal("Source1.cs", span.Path);
            string line = Probe.Split('\n')[span.StartLinePosition.Line];
            Assert.Equal(ProbeName, line.Substring(span.StartLinePosition.Character, span.EndLinePosition.Character - span.StartLinePosition.Character));

            string[] hints = result.Results.Single().GeneratedSources.Select(source => source.HintName).ToArray();
            Assert.Contains("Demo.Minimal.g.cs", hints);
            Assert.DoesNotContain(hints, hint => hint.Contains(ProbeName, StringComparison.Ordinal));
        }
    }
}
