using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Analyzers.Tests.Infrastructure;
using AlgorithmGen.CodeFixes;
using AlgorithmGen.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static AlgorithmGen.Analyzers.Tests.CodeFixes.FixSources;
using VerifyFix = AlgorithmGen.Analyzers.Tests.Infrastructure.CodeFixVerify<AlgorithmGen.CodeFixes.MakePartialCodeFixProvider>;

namespace AlgorithmGen.Analyzers.Tests.CodeFixes
{
    public class MakePartialTests
    {
        [Fact]
        public Task Adds_partial_after_the_other_modifiers() => VerifyFix.Fix(
            Usings + $$"""
            /// <summary>Demo.</summary>
            {{Header}}
            public sealed class {|AG0901:Demo|}
            {
            }
            """,
            Usings + $$"""
            /// <summary>Demo.</summary>
            {{Header}}
            public sealed partial class Demo
            {
            }
            """,
            EquivalenceKeys.MakePartial,
            "Add the partial modifier to 'Demo'");

        [Fact]
        public Task Adds_partial_before_class_keeping_its_indentation_when_there_are_no_modifiers() => VerifyFix.Fix(
            Usings + """
            namespace Demos
            {
                [Algorithm("demo-algorithm", TrainingImage = "img", SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge })]
                [Channel("train", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                class {|AG0901:Demo|} { }
            }
            """,
            Usings + """
            namespace Demos
            {
                [Algorithm("demo-algorithm", TrainingImage = "img", SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge })]
                [Channel("train", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                partial class Demo { }
            }
            """,
            EquivalenceKeys.MakePartial);

        [Fact]
        public Task Doc_comment_stays_before_partial_when_it_is_the_first_token() => VerifyFix.Fix(
            Usings + """
            public static partial class Outer
            {
                /// <summary>Demo.</summary>
                [Algorithm("demo-algorithm", TrainingImage = "img", SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge }), Channel("train", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                internal class {|AG0901:Demo|} { }
            }
            """,
            Usings + """
            public static partial class Outer
            {
                /// <summary>Demo.</summary>
                [Algorithm("demo-algorithm", TrainingImage = "img", SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge }), Channel("train", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                internal partial class Demo { }
            }
            """,
            EquivalenceKeys.MakePartial);

        [Fact]
        public Task Fix_on_the_nested_class_makes_its_containing_classes_partial_too()
        {
            var test = new Infrastructure.CodeFixVerify<MakePartialCodeFixProvider>.Test
            {
                TestCode = Usings + $$"""
                public class {|AG0901:Outer|}
                {
                    internal class {|AG0901:Middle|}
                    {
                        {{Header.Replace("\n", "\n        ")}}
                        public class {|AG0901:Demo|} { }
                    }
                }
                """,
                FixedCode = Usings + $$"""
                public partial class Outer
                {
                    internal partial class Middle
                    {
                        {{Header.Replace("\n", "\n        ")}}
                        public partial class Demo { }
                    }
                }
                """,
                CodeActionEquivalenceKey = EquivalenceKeys.MakePartial,
                // One at a time, Outer is fixed first (it comes first); Fix All makes the three partial in one pass.
                NumberOfIncrementalIterations = 3,
                NumberOfFixAllIterations = 1,
                // The analyzer reports the containing types' AG0901 while analyzing Demo, so they are non-local
                // diagnostics (an IDE shows their fix only after full-solution analysis): see the report.
                CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
            };
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Fix_on_a_nested_class_names_every_class_it_makes_partial()
        {
            string source = Usings + $$"""
                public partial class Outer
                {
                    internal class Middle
                    {
                        {{Header.Replace("\n", "\n        ")}}
                        public class Demo { }
                    }
                }
                """;
            Document document = FixerHarness.CreateDocument(source);
            Diagnostic onDemo = (await FixerHarness.AnalyzeAsync(document)).Single(d => d.Id == "AG0901" && d.GetMessage().StartsWith("[Algorithm] class", StringComparison.Ordinal));
            CodeAction action = Assert.Single(await FixerHarness.ActionsAsync(new MakePartialCodeFixProvider(), document, onDemo));
            Assert.Equal("Add the partial modifier to 'Middle' and 'Demo'", action.Title);
            Assert.Equal(EquivalenceKeys.MakePartial, action.EquivalenceKey);
            Assert.Equal(source.Replace("internal class", "internal partial class").Replace("public class", "public partial class"), await FixerHarness.ApplyAsync(document, action));
        }

        [Fact]
        public Task Fix_all_makes_every_algorithm_class_partial_in_one_document_and_across_documents()
        {
            var test = new Infrastructure.CodeFixVerify<MakePartialCodeFixProvider>.Test
            {
                CodeActionEquivalenceKey = EquivalenceKeys.MakePartial,
                NumberOfIncrementalIterations = 3,
                NumberOfFixAllInDocumentIterations = 2,
                NumberOfFixAllIterations = 1,
            };
            test.TestState.Sources.Add(("First.cs", Class(name: "{|AG0901:First|}", algorithm: "first").Replace("partial ", "")
                + "\n" + Class(name: "{|AG0901:Second|}", algorithm: "second").Replace("partial ", "").Replace(Usings, "")));
            test.TestState.Sources.Add(("Third.cs", Class(name: "{|AG0901:Third|}", algorithm: "third").Replace("partial ", "")));
            test.FixedState.Sources.Add(("First.cs", Class(name: "First", algorithm: "first") + "\n" + Class(name: "Second", algorithm: "second").Replace(Usings, "")));
            test.FixedState.Sources.Add(("Third.cs", Class(name: "Third", algorithm: "third")));
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Generic_class_gets_no_fix() => VerifyFix.NoFix(Usings + $$"""
            {{Header}}
            public class {|AG0901:Demo|}<T> { }
            """);

        [Fact]
        public Task Record_gets_no_fix() => VerifyFix.NoFix(Usings + $$"""
            {{Header}}
            public record {|AG0901:Demo|} { }
            """);
    }
}
