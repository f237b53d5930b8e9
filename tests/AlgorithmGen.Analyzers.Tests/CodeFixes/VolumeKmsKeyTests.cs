using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.CodeFixes;
using AlgorithmGen.CodeFixes.Infrastructure;
using Xunit;
using static AlgorithmGen.Analyzers.Tests.CodeFixes.FixSources;
using VerifyFix = AlgorithmGen.Analyzers.Tests.Infrastructure.CodeFixVerify<AlgorithmGen.CodeFixes.VolumeKmsKeyCodeFixProvider>;

namespace AlgorithmGen.Analyzers.Tests.CodeFixes
{
    public class VolumeKmsKeyTests
    {
        private static readonly string LocalStorageProfile = Profile.Replace("TrainingInstanceTypes.MlM5_XLarge", "TrainingInstanceTypes.MlG5_2XLarge");

        private const string Inference = """
            [InferenceSpecification(SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlG4dn_XLarge }, SupportedContentTypes = new[] { "text/csv" }, SupportedResponseMIMETypes = new[] { "text/csv" })]
            [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/serve:1")]
            """;

        [Fact]
        public Task Removes_the_profiles_VolumeKmsKeyId() => VerifyFix.Fix(
            Class(attributes: LocalStorageProfile.Replace("VolumeSizeInGB = 30,", "VolumeSizeInGB = 30,\n    VolumeKmsKeyId = {|AG0308:\"alias/validation\"|},")),
            Class(attributes: LocalStorageProfile),
            EquivalenceKeys.RemoveVolumeKmsKeyId,
            VolumeKmsKeyCodeFixProvider.Title);

        [Fact]
        public Task Fix_all_removes_it_from_the_profile_and_the_transform_job_of_a_document_and_across_documents()
        {
            string transformJob(string kms) => """
                [ValidationTransformJob(S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/batch/", S3OutputPath = "s3://bucket/transform",
                    InstanceType = TransformInstanceTypes.MlG4dn_XLarge, InstanceCount = 1
                """ + kms + ")]";
            var test = new Infrastructure.CodeFixVerify<VolumeKmsKeyCodeFixProvider>.Test { CodeActionEquivalenceKey = EquivalenceKeys.RemoveVolumeKmsKeyId };
            test.TestState.Sources.Add(("First.cs", Class(algorithm: "first", attributes: Inference + "\n"
                + LocalStorageProfile.Replace("VolumeSizeInGB = 30,", "VolumeKmsKeyId = {|AG0308:\"alias/validation\"|}, VolumeSizeInGB = 30,") + "\n"
                + transformJob(", VolumeKmsKeyId = {|AG0308:\"alias/transform\"|}"))));
            test.TestState.Sources.Add(("Second.cs", Class(algorithm: "second", name: "Second", attributes: LocalStorageProfile.Replace("VolumeSizeInGB = 30,", "VolumeSizeInGB = 30, VolumeKmsKeyId = {|AG0308:\"alias/validation\"|},"))));
            test.FixedState.Sources.Add(("First.cs", Class(algorithm: "first", attributes: Inference + "\n" + LocalStorageProfile + "\n" + transformJob(""))));
            test.FixedState.Sources.Add(("Second.cs", Class(algorithm: "second", name: "Second", attributes: LocalStorageProfile)));
            return test.RunAsync(CancellationToken.None);
        }
    }
}
