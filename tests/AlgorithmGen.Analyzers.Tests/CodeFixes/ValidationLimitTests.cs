using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.CodeFixes;
using AlgorithmGen.CodeFixes.Infrastructure;
using Xunit;
using static AlgorithmGen.Analyzers.Tests.CodeFixes.FixSources;
using VerifyFix = AlgorithmGen.Analyzers.Tests.Infrastructure.CodeFixVerify<AlgorithmGen.CodeFixes.ValidationLimitCodeFixProvider>;

namespace AlgorithmGen.Analyzers.Tests.CodeFixes
{
    public class ValidationLimitTests
    {
        private const string Inference = """
            [InferenceSpecification(SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlM5_XLarge }, SupportedContentTypes = new[] { "text/csv" }, SupportedResponseMIMETypes = new[] { "text/csv" })]
            [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/serve:1")]
            """;

        private static string TransformJob(string count) => """
            [ValidationTransformJob(S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/batch/", S3OutputPath = "s3://bucket/transform",
                InstanceType = TransformInstanceTypes.MlM5_XLarge, InstanceCount =
            """ + " " + count + ")]";

        [Fact]
        public Task Lowers_the_run_time_to_28_days() => VerifyFix.Fix(
            Class(attributes: Profile.Replace("MaxRuntimeInSeconds = 3600", "MaxRuntimeInSeconds = {|AG0311:3000000|}")),
            Class(attributes: Profile.Replace("MaxRuntimeInSeconds = 3600", "MaxRuntimeInSeconds = 2419200")),
            EquivalenceKeys.UseDocumentedMaximum,
            "Use the documented maximum (2419200 seconds)");

        [Fact]
        public Task Lowers_the_transform_instance_count_to_100() => VerifyFix.Fix(
            Class(attributes: Inference + "\n" + Profile + "\n" + TransformJob("{|AG0311:150|}")),
            Class(attributes: Inference + "\n" + Profile + "\n" + TransformJob("100")),
            EquivalenceKeys.UseDocumentedMaximum,
            "Use the documented maximum (100 instances)");

        [Fact]
        public Task Fix_all_fixes_both_limits_of_a_document_and_across_documents()
        {
            var test = new Infrastructure.CodeFixVerify<ValidationLimitCodeFixProvider>.Test { CodeActionEquivalenceKey = EquivalenceKeys.UseDocumentedMaximum };
            test.TestState.Sources.Add(("First.cs", Class(algorithm: "first", attributes: Inference + "\n"
                + Profile.Replace("MaxRuntimeInSeconds = 3600", "MaxRuntimeInSeconds = {|AG0311:30 * 24 * 3600|}") + "\n" + TransformJob("{|AG0311:1000|}"))));
            test.TestState.Sources.Add(("Second.cs", Class(algorithm: "second", name: "Second", attributes: Profile.Replace("MaxRuntimeInSeconds = 3600", "MaxRuntimeInSeconds = {|AG0311:int.MaxValue|}"))));
            test.FixedState.Sources.Add(("First.cs", Class(algorithm: "first", attributes: Inference + "\n"
                + Profile.Replace("MaxRuntimeInSeconds = 3600", "MaxRuntimeInSeconds = 2419200") + "\n" + TransformJob("100"))));
            test.FixedState.Sources.Add(("Second.cs", Class(algorithm: "second", name: "Second", attributes: Profile.Replace("MaxRuntimeInSeconds = 3600", "MaxRuntimeInSeconds = 2419200"))));
            return test.RunAsync(CancellationToken.None);
        }
    }
}
