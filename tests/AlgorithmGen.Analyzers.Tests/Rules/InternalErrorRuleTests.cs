extern alias generators;
using System;
using System.Threading.Tasks;
using AlgorithmGen.Analyzers.Tests.Infrastructure;
using generators::AlgorithmGen.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace AlgorithmGen.Analyzers.Tests.Rules
{
    /// <summary>
    /// AG0999: an exception inside the analyzer is reported at the class it was analysing, naming the exception, rather
    /// than swallowed (no diagnostic at all) or surfacing as AD0001. The failure is forced through the internal hook,
    /// for one class name only, so tests running in parallel are not affected.
    /// </summary>
    public class InternalErrorRuleTests
    {
        /// <summary>The only class name the hook fails on.</summary>
        public const string ProbeName = "InternalFailureProbe";

        private const string Header = """
            [Algorithm("demo-algorithm", TrainingImage = "img", SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge })]
            [Channel("train", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
            """;

        static InternalErrorRuleTests() => InternalError.InjectFailure = type =>
        {
            if (type.Name == ProbeName)
            {
                throw new InvalidOperationException("Injected by a test.");
            }
        };

        [Fact]
        public Task An_exception_while_analysing_a_class_is_reported_at_its_name_with_the_exception() => Verify.Analyzer(
            Algorithms.Usings + Header + "\npublic partial class {|#0:" + ProbeName + "|} { }",
            new DiagnosticResult("AG0999", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                "AlgorithmGen's analyzer failed on 'InternalFailureProbe' with System.InvalidOperationException: Injected by a test. "
                + "This is a bug in AlgorithmGen, not in your code; please report it at https://github.com/AlgorithmGen/AlgorithmGen/issues "
                + "with the declaration of 'InternalFailureProbe'."));

        [Fact]
        public Task Other_classes_are_analysed_as_usual() => Verify.Analyzer(
            Algorithms.Usings + Header + "\npublic class {|AG0901:Other|} { }");
    }
}
