using System.Collections.Generic;
using System.Linq;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;
using Xunit;

namespace AlgorithmGen.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// Hand-built run-time requests (the library's <c>AlgorithmGen.Model</c> types, not the analyzer's copies) for
    /// the "one catalogue" tests: a mistake assembled at run time must be reported by
    /// <see cref="RequestValidator"/> with the same rule ID the analyzer reports at compile time.
    /// </summary>
    internal static class RuntimeRequests
    {
        /// <summary>The run-time twin of <see cref="Algorithms.Valid"/>: no violation at all.</summary>
        public static CreateAlgorithmRequest Valid() => new()
        {
            AlgorithmName = "demo-algorithm",
            TrainingSpecification = new TrainingSpecification
            {
                TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/demo:1",
                SupportedTrainingInstanceTypes = new List<string> { "ml.m5.xlarge", "ml.g5.2xlarge" },
                TrainingChannels = new List<ChannelSpecification>
                {
                    new()
                    {
                        Name = "train",
                        IsRequired = true,
                        SupportedContentTypes = new List<string> { "text/csv" },
                        SupportedInputModes = new List<string> { "File", "Pipe" },
                    },
                },
            },
        };

        /// <summary><see cref="Valid"/> with the twin of <see cref="Fragments.Profile"/>.</summary>
        public static CreateAlgorithmRequest WithProfile()
        {
            CreateAlgorithmRequest request = Valid();
            request.ValidationSpecification = new AlgorithmValidationSpecification
            {
                ValidationRole = Fragments.Role,
                ValidationProfiles = new List<AlgorithmValidationProfile>
                {
                    new()
                    {
                        ProfileName = "smoke",
                        TrainingJobDefinition = new TrainingJobDefinition
                        {
                            TrainingInputMode = "File",
                            InputDataConfig = new List<Channel>
                            {
                                new()
                                {
                                    ChannelName = "train",
                                    DataSource = new DataSource { S3DataSource = new S3DataSource { S3DataType = "S3Prefix", S3Uri = "s3://example-bucket/train/" } },
                                },
                            },
                            OutputDataConfig = new OutputDataConfig { S3OutputPath = "s3://example-bucket/output" },
                            ResourceConfig = new ResourceConfig { InstanceType = "ml.m5.xlarge", InstanceCount = 1 },
                            StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 3600 },
                        },
                    },
                },
            };
            return request;
        }

        /// <summary>The validation profile's training job of a request built by <see cref="WithProfile"/>.</summary>
        public static TrainingJobDefinition TrainingJob(CreateAlgorithmRequest request) =>
            request.ValidationSpecification!.ValidationProfiles![0].TrainingJobDefinition!;

        /// <summary>Asserts that validating <paramref name="request"/> reports exactly one violation: <paramref name="ruleId"/> at <paramref name="path"/>.</summary>
        public static Violation AssertSingle(CreateAlgorithmRequest request, string ruleId, string path)
        {
            IReadOnlyList<Violation> violations = RequestValidator.Validate(request);
            Violation violation = Assert.Single(violations);
            Assert.Equal(ruleId, violation.RuleId);
            Assert.Equal(path, violation.Path);
            return violation;
        }

        /// <summary>Asserts that validating <paramref name="request"/> reports <paramref name="ruleId"/> at <paramref name="path"/> (among others).</summary>
        public static Violation AssertReports(CreateAlgorithmRequest request, string ruleId, string path)
        {
            IReadOnlyList<Violation> violations = RequestValidator.Validate(request);
            Violation? violation = violations.FirstOrDefault(v => v.RuleId == ruleId && v.Path == path);
            Assert.True(violation is not null, "Expected " + ruleId + " at " + path + "; got:\n" + string.Join("\n", violations));
            return violation!;
        }

        /// <summary>Asserts that validating <paramref name="request"/> reports nothing.</summary>
        public static void AssertValid(CreateAlgorithmRequest request)
        {
            IReadOnlyList<Violation> violations = RequestValidator.Validate(request);
            Assert.True(violations.Count == 0, string.Join("\n", violations));
        }
    }
}
