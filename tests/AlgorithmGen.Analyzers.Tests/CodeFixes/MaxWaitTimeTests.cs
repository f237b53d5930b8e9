using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.CodeFixes;
using AlgorithmGen.CodeFixes.Infrastructure;
using Xunit;
using static AlgorithmGen.Analyzers.Tests.CodeFixes.FixSources;
using VerifyFix = AlgorithmGen.Analyzers.Tests.Infrastructure.CodeFixVerify<AlgorithmGen.CodeFixes.MaxWaitTimeCodeFixProvider>;

namespace AlgorithmGen.Analyzers.Tests.CodeFixes
{
    public class MaxWaitTimeTests
    {
        private static string WithStopping(string stopping) => Class(attributes: Profile.Replace("MaxRuntimeInSeconds = 3600)]", stopping + ")]"));

        [Fact]
        public Task Sets_the_wait_to_the_run_time() => VerifyFix.Fix(
            WithStopping("MaxRuntimeInSeconds = 3600, MaxWaitTimeInSeconds = {|AG0307:600|}"),
            WithStopping("MaxRuntimeInSeconds = 3600, MaxWaitTimeInSeconds = 3600"),
            EquivalenceKeys.WaitForRuntime,
            MaxWaitTimeCodeFixProvider.Title);

        [Fact]
        public Task Copies_the_run_time_expression() => VerifyFix.Fix(
            Class(members: "private const int Hour = 3600;", attributes: Profile.Replace("MaxRuntimeInSeconds = 3600)]", """
                MaxWaitTimeInSeconds = {|AG0307:Hour / 2|},
                    MaxRuntimeInSeconds = 2 * Hour)]
                """)),
            Class(members: "private const int Hour = 3600;", attributes: Profile.Replace("MaxRuntimeInSeconds = 3600)]", """
                MaxWaitTimeInSeconds = 2 * Hour,
                    MaxRuntimeInSeconds = 2 * Hour)]
                """)),
            EquivalenceKeys.WaitForRuntime);

        [Fact]
        public Task Fix_all_fixes_every_profile_across_documents()
        {
            var test = new Infrastructure.CodeFixVerify<MaxWaitTimeCodeFixProvider>.Test { CodeActionEquivalenceKey = EquivalenceKeys.WaitForRuntime };
            test.TestState.Sources.Add(("First.cs", Class(algorithm: "first", attributes: Profile.Replace("MaxRuntimeInSeconds = 3600)]", "MaxRuntimeInSeconds = 3600, MaxWaitTimeInSeconds = {|AG0307:60|})]"))));
            test.TestState.Sources.Add(("Second.cs", Class(algorithm: "second", name: "Second", attributes: Profile.Replace("MaxRuntimeInSeconds = 3600)]", "MaxRuntimeInSeconds = 7200, MaxWaitTimeInSeconds = {|AG0307:3600|})]"))));
            test.FixedState.Sources.Add(("First.cs", Class(algorithm: "first", attributes: Profile.Replace("MaxRuntimeInSeconds = 3600)]", "MaxRuntimeInSeconds = 3600, MaxWaitTimeInSeconds = 3600)]"))));
            test.FixedState.Sources.Add(("Second.cs", Class(algorithm: "second", name: "Second", attributes: Profile.Replace("MaxRuntimeInSeconds = 3600)]", "MaxRuntimeInSeconds = 7200, MaxWaitTimeInSeconds = 7200)]"))));
            return test.RunAsync(CancellationToken.None);
        }
    }
}
