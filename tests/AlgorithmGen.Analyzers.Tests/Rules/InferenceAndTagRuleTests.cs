using System.Collections.Generic;
using System.Threading.Tasks;
using AlgorithmGen.Analyzers.Tests.Infrastructure;
using AlgorithmGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace AlgorithmGen.Analyzers.Tests.Rules
{
    /// <summary>AG04xx: marketplace certification and tags.</summary>
    public class InferenceAndTagRuleTests
    {
        // ---------------------------------------------------------------- AG0401 marketplace without specifications

        [Fact]
        public Task Certification_without_validation_is_a_warning_at_CertifyForMarketplace() => Verify.Analyzer(
            Algorithms.Valid(algorithmArguments: ", CertifyForMarketplace = {|#0:true|}", extraAttributes: Fragments.Inference()),
            new DiagnosticResult("AG0401", DiagnosticSeverity.Warning).WithLocation(0));

        [Fact]
        public Task Certification_without_inference_is_reported_at_CertifyForMarketplace() => Verify.Analyzer(Algorithms.Valid(
            algorithmArguments: ", CertifyForMarketplace = {|AG0401:true|}",
            extraAttributes: Fragments.Profile()));

        [Fact]
        public Task Certification_without_either_specification_names_both_in_its_message() => Verify.Analyzer(
            Algorithms.Valid(algorithmArguments: ", CertifyForMarketplace = {|#0:true|}"),
            new DiagnosticResult("AG0401", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                "CertifyForMarketplace is set but the algorithm lacks a validation specification and an inference specification; AWS Marketplace listing needs both. Add them or leave CertifyForMarketplace unset."));

        [Fact]
        public Task Certification_with_both_specifications_has_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            algorithmArguments: ", CertifyForMarketplace = true",
            extraAttributes: Fragments.Inference() + "\n" + Fragments.Profile()));

        [Fact]
        public Task Explicitly_not_certifying_needs_no_specifications() => Verify.Analyzer(Algorithms.Valid(algorithmArguments: ", CertifyForMarketplace = false"));

        [Fact]
        public void Runtime_certification_without_specifications_reports_AG0401_at_CertifyForMarketplace()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.CertifyForMarketplace = true;
            RuntimeRequests.AssertSingle(request, "AG0401", "CertifyForMarketplace");
        }

        // ---------------------------------------------------------------- AG0404 model data not a .tar.gz

        [Fact]
        public Task Model_data_url_without_tar_gz_is_reported_at_the_url_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: Fragments.Inference(containerArguments: """, ModelDataUrl = {|#0:"s3://example-bucket/model.zip"|}""")),
            new DiagnosticResult("AG0404", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                "ModelDataUrl 's3://example-bucket/model.zip' \"must point to a single gzip compressed tar archive (.tar.gz suffix)\"; point it at the model's .tar.gz."));

        [Fact]
        public Task Model_data_url_of_the_second_container_is_reported_at_its_url() => Verify.Analyzer(Algorithms.Valid(extraAttributes: """
            [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/a:1", Id = "a", ModelDataUrl = "s3://example-bucket/a/model.tar.gz")]
            [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/b:1", Id = "b", ModelDataUrl = {|AG0404:"s3://example-bucket/b/model.tar"|})]
            """));

        [Fact]
        public Task Model_data_url_ending_in_tar_gz_has_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: Fragments.Inference(containerArguments: """, ModelDataUrl = "s3://example-bucket/model.tar.gz" """)));

        [Fact]
        public void Runtime_model_data_url_without_tar_gz_reports_AG0404_at_the_url()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.InferenceSpecification = new InferenceSpecification
            {
                Containers = new List<ModelPackageContainerDefinition> { new() { Image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/demo-serve:1", ModelDataUrl = "s3://example-bucket/model.zip" } },
            };
            RuntimeRequests.AssertSingle(request, "AG0404", "InferenceSpecification.Containers[0].ModelDataUrl");
        }

        // ---------------------------------------------------------------- AG0402 duplicate tag key

        [Fact]
        public Task Repeated_tag_key_is_reported_at_the_second_key_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: """
                [Tag("team", "forecasting")]
                [Tag({|#0:"team"|}, "pricing")]
                """),
            new DiagnosticResult("AG0402", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("Tag key 'team' is used more than once; tag keys must be unique per resource."));

        [Fact]
        public Task Tag_keys_differing_in_case_are_distinct() => Verify.Analyzer(Algorithms.Valid(extraAttributes: """
            [Tag("team", "forecasting")]
            [Tag("Team", "pricing")]
            """));

        [Fact]
        public void Runtime_repeated_tag_key_reports_AG0402_at_the_second_key()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.Tags = new List<Tag> { new() { Key = "team", Value = "a" }, new() { Key = "team", Value = "b" } };
            RuntimeRequests.AssertSingle(request, "AG0402", "Tags[1].Key");
        }

        // ---------------------------------------------------------------- AG0403 reserved tag key

        [Fact]
        public Task Tag_key_starting_with_aws_is_reported_at_the_key_with_its_message() => Verify.Analyzer(
            Algorithms.Valid(extraAttributes: """[Tag({|#0:"aws:team"|}, "forecasting")]"""),
            new DiagnosticResult("AG0403", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("Tag key 'aws:team' starts with 'aws:', which AWS reserves; choose another key."));

        [Fact]
        public Task Reserved_prefix_is_matched_without_regard_to_case() => Verify.Analyzer(Algorithms.Valid(
            extraAttributes: """[Tag(key: {|AG0403:"AWS:Team"|}, value: "forecasting")]"""));

        [Fact]
        public Task Keys_merely_containing_aws_have_no_diagnostics() => Verify.Analyzer(Algorithms.Valid(extraAttributes: """
            [Tag("team:aws", "forecasting")]
            [Tag("aws-team", "pricing")]
            """));

        [Fact]
        public void Runtime_reserved_tag_key_reports_AG0403_at_the_key()
        {
            CreateAlgorithmRequest request = RuntimeRequests.Valid();
            request.Tags = new List<Tag> { new() { Key = "aws:team", Value = "a" } };
            RuntimeRequests.AssertSingle(request, "AG0403", "Tags[0].Key");
        }
    }
}
