using System.Linq;
using AlgorithmGen.Json;
using AlgorithmGen.Model;
using AlgorithmGen.Registration.Tests.Infrastructure;
using AlgorithmGen.Rules;
using Xunit;

namespace AlgorithmGen.Registration.Tests
{
    /// <summary>How a local request is compared with what DescribeAlgorithm returns, and the content-hash name.</summary>
    public sealed class SpecificationComparisonTests
    {
        [Fact]
        public void TheSameSpecificationHasNoDifferences()
        {
            Assert.Empty(AlgorithmSpecification.Compare(TestAlgorithms.RequestNamed("a"), Describe(TestAlgorithms.RequestNamed("a"))));
        }

        [Fact]
        public void WhatTheServiceAddsOrSpellsOutIsNotADifference()
        {
            CreateAlgorithmRequest local = TestAlgorithms.RequestNamed("a");
            local.TrainingSpecification!.TrainingImageDigest = null;
            local.TrainingSpecification.SupportsDistributedTraining = null;
            local.TrainingSpecification.SupportedHyperParameters![0].IsTunable = null;
            DescribeAlgorithmResponse service = Describe(TestAlgorithms.RequestNamed("a"));
            service.TrainingSpecification!.TrainingImageDigest = "sha256:" + new string('c', 64);
            service.TrainingSpecification.SupportsDistributedTraining = false;
            service.TrainingSpecification.SupportedHyperParameters![0].IsTunable = false;
            service.InferenceSpecification!.Containers![0].ImageDigest = "sha256:" + new string('d', 64);
            // String lists are sets to the API: another order is the same specification.
            service.TrainingSpecification.SupportedTrainingInstanceTypes!.Reverse();
            // Tags are not part of the specification (DescribeAlgorithm does not return them).
            local.Tags!.Clear();

            Assert.Empty(AlgorithmSpecification.Compare(local, service));
        }

        [Fact]
        public void EveryKindOfChangeIsNamedByItsPath()
        {
            CreateAlgorithmRequest local = TestAlgorithms.RequestNamed("a");
            DescribeAlgorithmResponse service = Describe(TestAlgorithms.RequestNamed("a"));
            service.AlgorithmDescription = "old text";
            service.TrainingSpecification!.SupportedHyperParameters!.RemoveAt(service.TrainingSpecification.SupportedHyperParameters.Count - 1);
            service.TrainingSpecification.SupportedTrainingInstanceTypes!.Add("ml.p3.2xlarge");
            service.InferenceSpecification!.Containers![0].Environment!["GBM_PREDICT_BATCH"] = "64";
            service.ValidationSpecification!.ValidationProfiles![0].TrainingJobDefinition!.ResourceConfig!.VolumeSizeInGB = 50;
            service.CertifyForMarketplace = true;

            string[] paths = AlgorithmSpecification.Compare(local, service).Select(d => d.Path).ToArray();

            // The hyperparameter the service lacks: the sample's last one.
            string removed = "TrainingSpecification.SupportedHyperParameters[" + (local.TrainingSpecification!.SupportedHyperParameters!.Count - 1) + "]";
            Assert.Equal(
                new[]
                {
                    "AlgorithmDescription",
                    removed + ".Name",
                    removed + ".Description",
                    removed + ".Type",
                    removed + ".Range.CategoricalParameterRangeSpecification.Values",
                    removed + ".DefaultValue",
                    "TrainingSpecification.SupportedTrainingInstanceTypes",
                    "InferenceSpecification.Containers[0].Environment.GBM_PREDICT_BATCH",
                    "ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.ResourceConfig.VolumeSizeInGB",
                    "CertifyForMarketplace",
                },
                paths);
        }

        [Fact]
        public void TheContentHashFollowsTheSpecificationNotTheNameOrTags()
        {
            CreateAlgorithmRequest a = TestAlgorithms.RequestNamed("a");
            CreateAlgorithmRequest b = TestAlgorithms.RequestNamed("b");
            b.Tags!.Add(new Tag { Key = "stage", Value = "prod" });
            b.TrainingSpecification!.SupportedTrainingInstanceTypes!.Reverse();
            CreateAlgorithmRequest c = TestAlgorithms.RequestNamed("a");
            c.TrainingSpecification!.TrainingImage += "-rc1";

            Assert.Equal(AlgorithmSpecification.ContentHash(a), AlgorithmSpecification.ContentHash(b));
            Assert.NotEqual(AlgorithmSpecification.ContentHash(a), AlgorithmSpecification.ContentHash(c));
        }

        [Theory]
        [InlineData("gradient-boosting")]
        [InlineData("a")]
        [InlineData("a-very-long-algorithm-name-that-already-uses-most-of-the-63-chars")]
        [InlineData("abcdefghijklmnopqrstuvwxyz-abcdefghijklmnopqrstuvwx-yz0123456789")] // cut at a hyphen
        public void VersionedNamesAreValidAlgorithmNames(string name)
        {
            string versioned = AlgorithmSpecification.VersionedName(name.Substring(0, System.Math.Min(63, name.Length)), TestAlgorithms.RequestNamed("a"));

            Assert.InRange(versioned.Length, 1, 63);
            Assert.True(ConstraintValidator.MatchesWhole(CreateAlgorithmRequest.Members.AlgorithmName.Pattern!, versioned), versioned);
            Assert.EndsWith("-" + AlgorithmSpecification.ContentHash(TestAlgorithms.RequestNamed("a")), versioned);
        }

        /// <summary>What DescribeAlgorithm would return for a request, through the JSON both sides speak.</summary>
        private static DescribeAlgorithmResponse Describe(CreateAlgorithmRequest request) =>
            PayloadJsonReader.Read<DescribeAlgorithmResponse>(PayloadJsonWriter.ToCompactJson(request));
    }
}
