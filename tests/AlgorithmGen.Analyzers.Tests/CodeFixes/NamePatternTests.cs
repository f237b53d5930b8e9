using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.CodeFixes;
using AlgorithmGen.CodeFixes.Infrastructure;
using Xunit;
using static AlgorithmGen.Analyzers.Tests.CodeFixes.FixSources;
using VerifyFix = AlgorithmGen.Analyzers.Tests.Infrastructure.CodeFixVerify<AlgorithmGen.CodeFixes.NamePatternCodeFixProvider>;

namespace AlgorithmGen.Analyzers.Tests.CodeFixes
{
    public class NamePatternTests
    {
        [Fact]
        public Task Rewrites_the_algorithm_name() => VerifyFix.Fix(
            Class(algorithm: "demo-algorithm").Replace("\"demo-algorithm\"", "{|AG0003:\"Demo_Algorithm v2!\"|}"),
            Class(algorithm: "Demo-Algorithm-v2"),
            EquivalenceKeys.RewriteName,
            "Change the name to 'Demo-Algorithm-v2'");

        [Fact]
        public Task Rewrites_a_verbatim_algorithm_name_given_by_parameter_name() => VerifyFix.Fix(
            Class().Replace("[Algorithm(\"demo-algorithm\"", "[Algorithm(name: {|AG0003:@\"--demo  algorithm--\"|}"),
            Class().Replace("[Algorithm(\"demo-algorithm\"", "[Algorithm(name: \"demo-algorithm\""),
            EquivalenceKeys.RewriteName);

        [Fact]
        public Task Truncates_a_long_name_to_63_characters()
        {
            string tooLong = "my algorithm " + new string('a', 60);
            string fixedName = ("my-algorithm-" + new string('a', 60)).Substring(0, 63);
            return VerifyFix.Fix(
                Class().Replace("\"demo-algorithm\"", "{|AG0002:{|AG0003:\"" + tooLong + "\"|}|}"),
                Class(algorithm: fixedName),
                EquivalenceKeys.RewriteName);
        }

        [Fact]
        public Task Rewrites_the_profile_name() => VerifyFix.Fix(
            Class(attributes: Profile.Replace("\"smoke-test\"", "{|AG0003:\"smoke test\"|}")),
            Class(attributes: Profile),
            EquivalenceKeys.RewriteName,
            "Change the name to 'smoke-test'");

        [Fact]
        public Task Rewrites_the_container_hostname() => VerifyFix.Fix(
            Class(attributes: """
                [InferenceSpecification(SupportedContentTypes = new[] { "text/csv" }, SupportedResponseMIMETypes = new[] { "text/csv" })]
                [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/serve:1", ContainerHostname = {|AG0003:"serve_1"|})]
                """),
            Class(attributes: """
                [InferenceSpecification(SupportedContentTypes = new[] { "text/csv" }, SupportedResponseMIMETypes = new[] { "text/csv" })]
                [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/serve:1", ContainerHostname = "serve-1")]
                """),
            EquivalenceKeys.RewriteName);

        [Fact]
        public Task Channel_names_become_environment_variable_names_and_the_declaration_and_its_input_rewrite_alike()
        {
            // '_' rather than '-', and '.' replaced too: valid channel characters, but AG0206 would then flag the fixed name.
            string before = Class(attributes: """
                [Channel({|AG0206:{|AG0003:"extra data/v1.2_b"|}|}, SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                """ + "\n" + Profile + "\n" + """
                [ValidationInput({|AG0003:"extra data/v1.2_b"|}, S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/extra/")]
                """);
            string after = Class(attributes: """
                [Channel("extra_data_v1_2_b", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                """ + "\n" + Profile + "\n" + """
                [ValidationInput("extra_data_v1_2_b", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/extra/")]
                """);
            var test = new Infrastructure.CodeFixVerify<NamePatternCodeFixProvider>.Test
            {
                TestCode = before,
                FixedCode = after,
                CodeActionEquivalenceKey = EquivalenceKeys.RewriteName,
                // Renaming only the declaration first leaves the input's (still invalid) name undeclared for one step.
                NumberOfIncrementalIterations = 2,
            };
            test.FixedState.ExpectedDiagnostics.Clear();
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Rewrites_an_additional_model_data_source_channel_name() => VerifyFix.Fix(
            Class(attributes: """
                [InferenceSpecification(SupportedContentTypes = new[] { "text/csv" }, SupportedResponseMIMETypes = new[] { "text/csv" })]
                [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/serve:1")]
                [AdditionalModelDataSource({|AG0003:"draft model"|}, "s3://bucket/draft/", S3ObjectDataType.S3Prefix, CompressionType.None)]
                """),
            Class(attributes: """
                [InferenceSpecification(SupportedContentTypes = new[] { "text/csv" }, SupportedResponseMIMETypes = new[] { "text/csv" })]
                [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/serve:1")]
                [AdditionalModelDataSource("draft_model", "s3://bucket/draft/", S3ObjectDataType.S3Prefix, CompressionType.None)]
                """),
            EquivalenceKeys.RewriteName);

        [Fact]
        public Task No_fix_when_nothing_valid_is_left() => VerifyFix.NoFix(
            Class().Replace("\"demo-algorithm\"", "{|AG0003:\"__\"|}"));

        [Fact]
        public Task No_fix_for_a_name_that_is_not_a_literal() => VerifyFix.NoFix(
            Class(members: "private const string Name = \"demo algorithm\";").Replace("[Algorithm(\"demo-algorithm\"", "[Algorithm({|AG0003:Name|}"));

        [Fact]
        public Task No_fix_for_patterns_of_values_the_user_does_not_choose() => VerifyFix.NoFix(
            Class().Replace("TrainingImage = \"", "TrainingImageDigest = {|AG0003:\"sha1:abc\"|}, TrainingImage = \""));

        [Fact]
        public Task Fix_all_rewrites_every_name_in_a_document_and_across_documents()
        {
            var test = new Infrastructure.CodeFixVerify<NamePatternCodeFixProvider>.Test { CodeActionEquivalenceKey = EquivalenceKeys.RewriteName };
            test.TestState.Sources.Add(("First.cs", Class(attributes: Profile.Replace("\"smoke-test\"", "{|AG0003:\"smoke test\"|}"))
                .Replace("\"demo-algorithm\"", "{|AG0003:\"first algorithm\"|}")));
            test.TestState.Sources.Add(("Second.cs", Class(name: "Second").Replace("\"demo-algorithm\"", "{|AG0003:\"second.algorithm\"|}")));
            test.FixedState.Sources.Add(("First.cs", Class(algorithm: "first-algorithm", attributes: Profile)));
            test.FixedState.Sources.Add(("Second.cs", Class(name: "Second", algorithm: "second-algorithm")));
            return test.RunAsync(CancellationToken.None);
        }
    }
}
