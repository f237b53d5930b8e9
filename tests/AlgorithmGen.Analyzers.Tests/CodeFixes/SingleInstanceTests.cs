using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.CodeFixes;
using AlgorithmGen.CodeFixes.Infrastructure;
using Xunit;
using static AlgorithmGen.Analyzers.Tests.CodeFixes.FixSources;
using VerifyFix = AlgorithmGen.Analyzers.Tests.Infrastructure.CodeFixVerify<AlgorithmGen.CodeFixes.SingleInstanceCodeFixProvider>;

namespace AlgorithmGen.Analyzers.Tests.CodeFixes
{
    public class SingleInstanceTests
    {
        [Fact]
        public Task Sets_InstanceCount_to_one() => VerifyFix.Fix(
            Class(attributes: Profile.Replace("InstanceCount = 1,", "InstanceCount = {|AG0305:4|},")),
            Class(attributes: Profile),
            EquivalenceKeys.SingleInstance,
            SingleInstanceCodeFixProvider.Title);

        [Fact]
        public Task No_fix_when_instance_groups_add_instances() => VerifyFix.NoFix(
            Class(attributes: Profile.Replace("InstanceCount = 1,", "InstanceCount = {|AG0305:1|},") + """

                [ValidationInstanceGroup("workers", TrainingInstanceTypes.MlM5_XLarge, 1)]
                """));

        [Fact]
        public Task Fix_all_sets_every_profile_to_one_instance_across_documents()
        {
            var test = new Infrastructure.CodeFixVerify<SingleInstanceCodeFixProvider>.Test { CodeActionEquivalenceKey = EquivalenceKeys.SingleInstance };
            test.TestState.Sources.Add(("First.cs", Class(algorithm: "first", attributes: Profile.Replace("InstanceCount = 1,", "InstanceCount = {|AG0305:2|},"))));
            test.TestState.Sources.Add(("Second.cs", Class(algorithm: "second", name: "Second", attributes: Profile.Replace("InstanceCount = 1,", "InstanceCount = {|AG0305:8|} /* cluster */,"))));
            test.FixedState.Sources.Add(("First.cs", Class(algorithm: "first", attributes: Profile)));
            test.FixedState.Sources.Add(("Second.cs", Class(algorithm: "second", name: "Second", attributes: Profile.Replace("InstanceCount = 1,", "InstanceCount = 1 /* cluster */,"))));
            return test.RunAsync(CancellationToken.None);
        }
    }
}
