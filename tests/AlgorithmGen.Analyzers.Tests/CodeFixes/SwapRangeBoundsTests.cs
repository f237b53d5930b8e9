using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.CodeFixes;
using AlgorithmGen.CodeFixes.Infrastructure;
using Xunit;
using static AlgorithmGen.Analyzers.Tests.CodeFixes.FixSources;
using VerifyFix = AlgorithmGen.Analyzers.Tests.Infrastructure.CodeFixVerify<AlgorithmGen.CodeFixes.SwapRangeBoundsCodeFixProvider>;

namespace AlgorithmGen.Analyzers.Tests.CodeFixes
{
    public class SwapRangeBoundsTests
    {
        [Fact]
        public Task Swaps_integer_bounds() => VerifyFix.Fix(
            Class(members: """
                [HyperParameter(MinValue = {|AG0104:16|}, MaxValue = 1, IsTunable = true)]
                public int MaxDepth { get; set; } = 6; // inside the swapped range: AG0106 does not repeat AG0104
            """),
            Class(members: """
                [HyperParameter(MinValue = 1, MaxValue = 16, IsTunable = true)]
                public int MaxDepth { get; set; } = 6; // inside the swapped range: AG0106 does not repeat AG0104
            """),
            EquivalenceKeys.SwapBounds,
            SwapRangeBoundsCodeFixProvider.Title);

        [Fact]
        public Task Swaps_expressions_of_different_forms_keeping_each_slots_layout() => VerifyFix.Fix(
            Class(members: """
                [HyperParameter("eta",
                    MaxValue = 0.001,
                    MinValue = {|AG0104:"1.0"|} /* upper */)]
                public double Eta { get; set; }
            """),
            Class(members: """
                [HyperParameter("eta",
                    MaxValue = "1.0",
                    MinValue = 0.001 /* upper */)]
                public double Eta { get; set; }
            """),
            EquivalenceKeys.SwapBounds);

        [Fact]
        public Task Swaps_the_bounds_of_a_stated_range() => VerifyFix.Fix(
            Class(members: """
                [HyperParameter]
                [HyperParameterRange(ContinuousMinValue = {|AG0104:0.9|}, ContinuousMaxValue = 0.1)]
                public double Eta { get; set; }
            """),
            Class(members: """
                [HyperParameter]
                [HyperParameterRange(ContinuousMinValue = 0.1, ContinuousMaxValue = 0.9)]
                public double Eta { get; set; }
            """),
            EquivalenceKeys.SwapBounds,
            "Swap ContinuousMinValue and ContinuousMaxValue");

        [Fact]
        public Task Fix_all_swaps_every_range_in_a_document_and_across_documents()
        {
            var test = new Infrastructure.CodeFixVerify<SwapRangeBoundsCodeFixProvider>.Test { CodeActionEquivalenceKey = EquivalenceKeys.SwapBounds };
            test.TestState.Sources.Add(("First.cs", Class(algorithm: "first", members: """
                    [HyperParameter(MinValue = {|AG0104:16|}, MaxValue = 1)] public int MaxDepth { get; set; }
                    [HyperParameter(MinValue = {|AG0104:0.9|}, MaxValue = 0.1)] public double Eta { get; set; }
                """)));
            test.TestState.Sources.Add(("Second.cs", Class(algorithm: "second", name: "Second", members: """
                    [HyperParameter(MinValue = {|AG0104:100|}, MaxValue = 10)] public long Rounds { get; set; }
                """)));
            test.FixedState.Sources.Add(("First.cs", Class(algorithm: "first", members: """
                    [HyperParameter(MinValue = 1, MaxValue = 16)] public int MaxDepth { get; set; }
                    [HyperParameter(MinValue = 0.1, MaxValue = 0.9)] public double Eta { get; set; }
                """)));
            test.FixedState.Sources.Add(("Second.cs", Class(algorithm: "second", name: "Second", members: """
                    [HyperParameter(MinValue = 10, MaxValue = 100)] public long Rounds { get; set; }
                """)));
            return test.RunAsync(CancellationToken.None);
        }
    }
}
