using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.CodeFixes;
using AlgorithmGen.CodeFixes.Infrastructure;
using Xunit;
using static AlgorithmGen.Analyzers.Tests.CodeFixes.FixSources;
using VerifyFix = AlgorithmGen.Analyzers.Tests.Infrastructure.CodeFixVerify<AlgorithmGen.CodeFixes.RequiredWithDefaultCodeFixProvider>;

namespace AlgorithmGen.Analyzers.Tests.CodeFixes
{
    public class RequiredWithDefaultTests
    {
        private const string RemoveDefault = RequiredWithDefaultCodeFixProvider.RemoveDefaultTitle;
        private const string MakeOptional = RequiredWithDefaultCodeFixProvider.MakeOptionalTitle;

        [Fact]
        public Task Remove_the_default_removes_the_initializer() => VerifyFix.Fix(
            Class(members: """
                /// <summary>Step size.</summary>
                [HyperParameter(MinValue = 0.1, MaxValue = 0.9)]
                public required double Eta { get; set; } = {|AG0101:0.5|}; // shrinkage
            """),
            Class(members: """
                /// <summary>Step size.</summary>
                [HyperParameter(MinValue = 0.1, MaxValue = 0.9)]
                public required double Eta { get; set; } // shrinkage
            """),
            EquivalenceKeys.RemoveDefault,
            RemoveDefault);

        [Fact]
        public Task Make_optional_removes_the_required_modifier() => VerifyFix.Fix(
            Class(members: """
                [HyperParameter(MinValue = 0.1, MaxValue = 0.9)]
                public required double Eta { get; set; } = {|AG0101:0.5|};
            """),
            Class(members: """
                [HyperParameter(MinValue = 0.1, MaxValue = 0.9)]
                public double Eta { get; set; } = 0.5;
            """),
            EquivalenceKeys.MakeOptional,
            MakeOptional);

        [Fact]
        public Task Make_optional_moves_the_leading_trivia_of_a_first_required_modifier() => VerifyFix.Fix(
            Class(members: """
                [HyperParameter]
                required public int Depth { get; set; } = {|AG0101:6|};
            """),
            Class(members: """
                [HyperParameter]
                public int Depth { get; set; } = 6;
            """),
            EquivalenceKeys.MakeOptional);

        [Fact]
        public Task Remove_the_default_removes_the_DefaultValue_argument_it_is_on() => VerifyFix.Fix(
            Class(members: """
                [HyperParameter(IsRequired = true, DefaultValue = {|AG0101:"0.5"|})]
                public double Eta { get; set; }
            """),
            Class(members: """
                [HyperParameter(IsRequired = true)]
                public double Eta { get; set; }
            """),
            EquivalenceKeys.RemoveDefault,
            RemoveDefault);

        [Fact]
        public Task Remove_the_default_also_removes_a_constant_initializer_that_would_take_its_place() => VerifyFix.Fix(
            Class(members: """
                [HyperParameter(DefaultValue = {|AG0101:"0.5"|}, MinValue = 0.1, MaxValue = 0.9)]
                public required double Eta { get; set; } = 0.5;
            """),
            Class(members: """
                [HyperParameter(MinValue = 0.1, MaxValue = 0.9)]
                public required double Eta { get; set; }
            """),
            EquivalenceKeys.RemoveDefault);

        [Fact]
        public Task Make_optional_removes_IsRequired_true() => VerifyFix.Fix(
            Class(members: """
                [HyperParameter("eta", IsRequired = true, DefaultValue = {|AG0101:"0.5"|})]
                public double Eta { get; set; }
            """),
            Class(members: """
                [HyperParameter("eta", DefaultValue = "0.5")]
                public double Eta { get; set; }
            """),
            EquivalenceKeys.MakeOptional,
            MakeOptional);

        [Fact]
        public Task Make_optional_removes_both_the_modifier_and_IsRequired() => VerifyFix.Fix(
            Class(members: """
                [HyperParameter(IsRequired = true)]
                public required int Depth { get; set; } = {|AG0101:6|};
            """),
            Class(members: """
                [HyperParameter]
                public int Depth { get; set; } = 6;
            """),
            EquivalenceKeys.MakeOptional);

        [Theory]
        [InlineData(EquivalenceKeys.RemoveDefault, "public required int Depth { get; set; }", "public required double Eta { get; set; }")]
        [InlineData(EquivalenceKeys.MakeOptional, "public int Depth { get; set; } = 6;", "public double Eta { get; set; } = 0.3;")]
        public Task Fix_all_fixes_every_hyperparameter_in_a_document_and_across_documents(string key, string depth, string eta)
        {
            var test = new Infrastructure.CodeFixVerify<RequiredWithDefaultCodeFixProvider>.Test { CodeActionEquivalenceKey = key };
            test.TestState.Sources.Add(("First.cs", Class(algorithm: "first", members: """
                    [HyperParameter] public required int Depth { get; set; } = {|AG0101:6|};
                    [HyperParameter] public required double Eta { get; set; } = {|AG0101:0.3|};
                """)));
            test.TestState.Sources.Add(("Second.cs", Class(algorithm: "second", name: "Second", members: """
                    [HyperParameter] public required int Depth { get; set; } = {|AG0101:6|};
                """)));
            test.FixedState.Sources.Add(("First.cs", Class(algorithm: "first", members: $"""
                    [HyperParameter] {depth}
                    [HyperParameter] {eta}
                """)));
            test.FixedState.Sources.Add(("Second.cs", Class(algorithm: "second", name: "Second", members: $"""
                    [HyperParameter] {depth}
                """)));
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Offers_both_fixes_in_this_order()
        {
            var test = new Infrastructure.CodeFixVerify<RequiredWithDefaultCodeFixProvider>.Test
            {
                TestCode = Class(members: "[HyperParameter] public required int Depth { get; set; } = {|AG0101:6|};"),
                FixedCode = Class(members: "[HyperParameter] public int Depth { get; set; } = 6;"),
                CodeActionIndex = 1,
                ExpectedTitle = MakeOptional,
            };
            return test.RunAsync(CancellationToken.None);
        }
    }
}
