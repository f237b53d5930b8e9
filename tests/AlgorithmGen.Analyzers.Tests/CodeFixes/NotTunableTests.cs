using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.CodeFixes;
using AlgorithmGen.CodeFixes.Infrastructure;
using Xunit;
using static AlgorithmGen.Analyzers.Tests.CodeFixes.FixSources;
using VerifyFix = AlgorithmGen.Analyzers.Tests.Infrastructure.CodeFixVerify<AlgorithmGen.CodeFixes.NotTunableCodeFixProvider>;

namespace AlgorithmGen.Analyzers.Tests.CodeFixes
{
    public class NotTunableTests
    {
        [Fact]
        public Task Removes_IsTunable_from_a_FreeText_hyperparameter_and_the_then_empty_argument_list() => VerifyFix.Fix(
            Class(members: """
                [HyperParameter(IsTunable = {|AG0107:true|})]
                public string Objective { get; set; } = "reg:squarederror";
            """),
            Class(members: """
                [HyperParameter]
                public string Objective { get; set; } = "reg:squarederror";
            """),
            EquivalenceKeys.RemoveIsTunable,
            NotTunableCodeFixProvider.Title);

        [Fact]
        public Task Removes_IsTunable_between_other_arguments() => VerifyFix.Fix(
            Class(members: """
                [HyperParameter("depth", IsTunable = {|AG0107:true|}, Description = "Tree depth.")]
                public int Depth { get; set; }
            """),
            Class(members: """
                [HyperParameter("depth", Description = "Tree depth.")]
                public int Depth { get; set; }
            """),
            EquivalenceKeys.RemoveIsTunable);

        [Fact]
        public Task Removes_IsTunable_from_a_list_with_one_argument_per_line() => VerifyFix.Fix(
            Class(members: """
                [HyperParameter(
                    IsTunable = {|AG0107:true|},
                    Description = "Tree depth.")]
                public int Depth { get; set; }

                [HyperParameter("rounds",
                    Description = "Rounds.",
                    IsTunable = {|AG0107:true|})]
                public int Rounds { get; set; }
            """),
            Class(members: """
                [HyperParameter(
                    Description = "Tree depth.")]
                public int Depth { get; set; }

                [HyperParameter("rounds",
                    Description = "Rounds.")]
                public int Rounds { get; set; }
            """),
            EquivalenceKeys.RemoveIsTunable);

        [Fact]
        public Task Fix_all_removes_every_IsTunable_in_a_document_and_across_documents()
        {
            var test = new Infrastructure.CodeFixVerify<NotTunableCodeFixProvider>.Test { CodeActionEquivalenceKey = EquivalenceKeys.RemoveIsTunable };
            test.TestState.Sources.Add(("First.cs", Class(algorithm: "first", members: """
                    [HyperParameter(IsTunable = {|AG0107:true|})] public string Objective { get; set; }
                    [HyperParameter(Description = "Depth.", IsTunable = {|AG0107:true|})] public int Depth { get; set; }
                """)));
            test.TestState.Sources.Add(("Second.cs", Class(algorithm: "second", name: "Second", members: """
                    [HyperParameter(IsTunable = {|AG0107:true|}, Description = "Rate.")] public double Rate { get; set; }
                """)));
            test.FixedState.Sources.Add(("First.cs", Class(algorithm: "first", members: """
                    [HyperParameter] public string Objective { get; set; }
                    [HyperParameter(Description = "Depth.")] public int Depth { get; set; }
                """)));
            test.FixedState.Sources.Add(("Second.cs", Class(algorithm: "second", name: "Second", members: """
                    [HyperParameter(Description = "Rate.")] public double Rate { get; set; }
                """)));
            return test.RunAsync(CancellationToken.None);
        }
    }
}
