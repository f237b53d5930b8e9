using System;
using System.Linq;
using AlgorithmGen.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AlgorithmGen.Generators.Tests
{
    /// <summary>Half-typed and wrong code never makes the generator throw; it emits nothing for the broken class.</summary>
    public class RobustnessTests
    {
        public static TheoryData<string> BrokenSources() => new()
        {
            // Attribute being typed.
            "using AlgorithmGen; [Algorithm(] public partial class A { }",
            "using AlgorithmGen; [Algorithm(\"a\", TrainingImage = ] public partial class A { }",
            "using AlgorithmGen; [Algorithm(\"a\", SupportedTrainingInstanceTypes = new[] { \"x\", ] public partial class A { }",
            "using AlgorithmGen; [Algorithm(42)] public partial class A { }",
            "using AlgorithmGen; [Algorithm(null)] public partial class A { }",
            "using AlgorithmGen; [Algorithm] public partial class A { }",
            "using AlgorithmGen; [Algorithm(\"a\", Nope = 1)] public partial class A { }",
            "using AlgorithmGen; [Algorithm(\"a\")] [Channel(\"t\", SupportedInputModes = new[] { (TrainingInputMode)99 })] public partial class A { }",
            "using AlgorithmGen; [Algorithm(\"a\")] [Metric(\"m\")] public partial class A { }",
            "using AlgorithmGen; [Algorithm(\"a\")] [Tag(\"k\", Undefined.Value)] public partial class A { }",
            // Inference declarations being typed, or odd: repeated, empty, wildcard and parameterised types.
            "using AlgorithmGen; [Algorithm(\"a\")] [InferenceSpecification(SupportedContentTypes = new[] { \"text/csv\", ] public partial class A { }",
            "using AlgorithmGen; [Algorithm(\"a\")] [InferenceSpecification(SupportedContentTypes = new[] { \"text/csv\", \"text/csv\", \"\", \"a b\", \"*/*\", \"application/json; charset=utf-8\", \"1/2\" }, SupportedResponseMIMETypes = new string[0])] public partial class A { }",
            "using AlgorithmGen; [Algorithm(\"a\")] [InferenceSpecification(SupportedContentTypes = null, SupportedResponseMIMETypes = new[] { (string)null })] public partial class A { }",
            "using AlgorithmGen; [Algorithm(\"a\")] [InferenceSpecification(SupportedContentTypes = new[] { \"text/csv\" })] public static partial class S { }",
            "using AlgorithmGen; [Algorithm(\"a\")] [InferenceContainer(\"img\")] [InferenceSpecification(SupportedContentTypes = new[] { \"text/csv\" }, SupportedResponseMIMETypes = new[] { \"text/csv\" })] [ValidationProfile(\"p\")] [ValidationTransformJob(MaxPayloadInMB = -1, MaxConcurrentTransforms = int.MaxValue)] public partial class A { }",
            // Wrong targets and shapes.
            "using AlgorithmGen; [Algorithm(\"a\")] public class NotPartial { }",
            "using AlgorithmGen; [Algorithm(\"a\")] public partial class Generic<T> { }",
            "using AlgorithmGen; [Algorithm(\"a\")] public partial struct S { }",
            "using AlgorithmGen; [Algorithm(\"a\")] public partial record R { }",
            "using AlgorithmGen; [Algorithm(\"a\")] public partial interface I { }",
            "using AlgorithmGen; public class Outer { [Algorithm(\"a\")] public partial class Inner { } }",
            "using AlgorithmGen; [Algorithm(\"a\")] public static partial class S { [HyperParameter] public static int X { get; set; } }",
            // Hyperparameters being typed.
            "using AlgorithmGen; [Algorithm(\"a\")] public partial class A { [HyperParameter(] public int X { get; set; } }",
            "using AlgorithmGen; [Algorithm(\"a\")] public partial class A { [HyperParameter] public int X { get; set; } = ; }",
            "using AlgorithmGen; [Algorithm(\"a\")] public partial class A { [HyperParameter] public Missing X { get; set; } = Missing.Y; }",
            "using AlgorithmGen; [Algorithm(\"a\")] public partial class A { [HyperParameter] public System.DateTime X { get; set; } }",
            "using AlgorithmGen; [Algorithm(\"a\")] public partial class A { [HyperParameter(MinValue = typeof(int))] public int X { get; set; } }",
            "using AlgorithmGen; [Algorithm(\"a\")] public partial class A { [HyperParameter] public int X { get; set; } = int.Parse(\"1\"); }",
            "using AlgorithmGen; [Algorithm(\"a\")] public partial class A { [HyperParameter] public int X => 1; }",
            "using AlgorithmGen; [Algorithm(\"a\")] public partial class A { [HyperParameter] public int this[int i] => i; }",
            "using AlgorithmGen; [Algorithm(\"a\")] public partial class A { /// <summary>unclosed <c>doc</summary>\n [HyperParameter] public int X { get; set; } }",
            "using AlgorithmGen; [Algorithm(\"a\")] public partial class A { [HyperParameter] public E X { get; set; } = (E)7; } public enum E { }",
            // Truncated files.
            "using AlgorithmGen; [Algorithm(\"a\")] public partial class A {",
            "using AlgorithmGen; [Algorithm(\"a\")] public partial class",
            "using AlgorithmGen; [Algorithm(\"a\")]",
            "using AlgorithmGen; [Algorithm(\"a\")] [ValidationProfile(\"p\", InstanceCount = \"x\")] public partial class A { }",
        };

        [Theory]
        [MemberData(nameof(BrokenSources))]
        public void Broken_code_never_throws_and_produces_compilable_or_no_output(string source) =>
            AssertNoGeneratedErrors(source, GeneratorHarness.Run(source));

        [Theory]
        [MemberData(nameof(BrokenSources))]
        public void Broken_code_in_a_container_project_never_throws_and_produces_compilable_or_no_output(string source) =>
            AssertNoGeneratedErrors(source, GeneratorHarness.Run(null, GeneratorHarness.ContainerReferences, source));

        [Theory]
        [InlineData("using AlgorithmGen; [Algorithm(\"a\")] public static partial class S { }")]
        [InlineData("using AlgorithmGen; [Algorithm(\"a\")] public abstract partial class A { }")]
        [InlineData("using AlgorithmGen; [Algorithm(\"a\")] public partial class A { public A(int x) { } }")]
        public void A_class_the_binder_cannot_create_gets_no_training_context(string source)
        {
            (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(null, GeneratorHarness.TrainingReferences, source);
            Assert.DoesNotContain(result.Results.Single().GeneratedSources, generated => generated.HintName.EndsWith(".Training.g.cs", StringComparison.Ordinal));
            AssertNoGeneratedErrors(source, (output, result));
        }

        private static void AssertNoGeneratedErrors(string source, (Compilation Output, GeneratorDriverRunResult Result) generated)
        {
            (Compilation output, GeneratorDriverRunResult result) = generated;
            GeneratorRunResult run = result.Results.Single();
            Assert.Null(run.Exception);
            Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id is "CS8785" or "AD0001");
            // Whatever was generated must not add errors of its own in generated files.
            Diagnostic[] generatedErrors = output.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true)
                .ToArray();
            Assert.True(generatedErrors.Length == 0, source + Environment.NewLine + string.Join(Environment.NewLine, generatedErrors.Select(d => d.ToString())));
        }

        [Theory]
        [InlineData("using AlgorithmGen; [Algorithm(\"a\")] public partial class Generic<T> { }")]
        [InlineData("using AlgorithmGen; public partial record Outer { [Algorithm(\"a\")] public partial class Inner { } }")]
        [InlineData("using AlgorithmGen; [Algorithm(\"a\", TrainingImage = ] public partial class A { }")]
        [InlineData("using AlgorithmGen; [Algorithm(\"a\")] public partial class A { [HyperParameter(] public int X { get; set; } }")]
        public void Classes_the_generator_cannot_complete_get_no_output(string source)
        {
            (_, GeneratorDriverRunResult result) = GeneratorHarness.Run(source);
            Assert.True(result.Results.Single().GeneratedSources.IsEmpty, source);
        }

        [Theory]
        [InlineData("[Algorithm(\"a\")] public class NotPartial { }", "NotPartial", "NotPartial")]
        [InlineData("public class Outer { [Algorithm(\"a\")] public partial class Inner { } }", "Outer", "Outer.Inner")]
        public void A_class_without_partial_is_generated_so_the_only_error_is_CS0260_at_its_declaration(string declaration, string missingPartial, string use)
        {
            // Without the generated members, every use of them would be a CS0117 far from the cause (AG0901's place).
            string source = "using AlgorithmGen;\n" + declaration + "\npublic static class User { public static string Json => " + use + ".CreateAlgorithmJson; }";
            (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(source);

            Assert.NotEmpty(result.Results.Single().GeneratedSources);
            Diagnostic error = Assert.Single(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
            Assert.Equal("CS0260", error.Id);
            Assert.Equal("Source0.cs", error.Location.SourceTree?.FilePath);
            Assert.Contains("'" + missingPartial + "'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        [Fact]
        public void Unsupported_property_type_skips_that_hyperparameter_only()
        {
            (_, GeneratorDriverRunResult result) = GeneratorHarness.Run(
                "using AlgorithmGen; [Algorithm(\"a\")] public partial class A { [HyperParameter] public System.DateTime When { get; set; } [HyperParameter] public int Depth { get; set; } }");
            string generated = GeneratorHarness.GeneratedSource(result, "A.g.cs");
            // In the JSON constant, where quotes are escaped.
            Assert.Contains("\\\"depth\\\"", generated, StringComparison.Ordinal);
            Assert.DoesNotContain("\\\"when\\\"", generated, StringComparison.Ordinal);
        }
    }
}
