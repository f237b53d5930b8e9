using System;
using System.Text.Json;
using AlgorithmGen.Json;
using AlgorithmGen.Model;
using GradientBoosting;
using Xunit;

namespace AlgorithmGen.Registration.Tests
{
    /// <summary>Reading JSON 1.1 documents into the typed model through the same member lists the writer uses.</summary>
    public sealed class PayloadJsonReaderTests
    {
        [Fact]
        public void ReadingWhatTheWriterWroteGivesTheSameJsonBack()
        {
            CreateAlgorithmRequest request = PayloadJsonReader.Read<CreateAlgorithmRequest>(GradientBoostingAlgorithm.CreateAlgorithmJson);

            Assert.Equal(GradientBoostingAlgorithm.CreateAlgorithmJson, PayloadJsonWriter.ToCompactJson(request));
            Assert.Equal(PayloadFiles.ContentFor(GradientBoostingAlgorithm.CreateRequest()), PayloadFiles.ContentFor(PayloadJsonReader.Read<CreateAlgorithmRequest>(PayloadFiles.ContentFor(request))));
        }

        [Fact]
        public void UnknownMembersAreSkippedAndNullIsUnset()
        {
            DescribeAlgorithmResponse response = PayloadJsonReader.Read<DescribeAlgorithmResponse>(
                "{\"AlgorithmName\":\"a\",\"FutureMember\":{\"Nested\":[1,2]},\"AlgorithmDescription\":null,\"CertifyForMarketplace\":false,"
                + "\"CreationTime\":1767225601.25,\"AlgorithmStatusDetails\":{\"ValidationStatuses\":[{\"Name\":\"a\",\"Status\":\"Failed\",\"FailureReason\":\"bad image\"}]}}");

            Assert.Equal("a", response.AlgorithmName);
            Assert.Null(response.AlgorithmDescription);
            Assert.False(response.CertifyForMarketplace);
            Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 1, 250, TimeSpan.Zero), response.CreationTime);
            Assert.Equal("bad image", Assert.Single(response.AlgorithmStatusDetails!.ValidationStatuses!).FailureReason);
        }

        [Fact]
        public void TimestampsMayAlsoBeIsoText()
        {
            AlgorithmSummary summary = PayloadJsonReader.Read<AlgorithmSummary>("{\"CreationTime\":\"2026-01-01T00:00:01Z\"}");

            Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 1, TimeSpan.Zero), summary.CreationTime);
        }

        [Theory]
        [InlineData("{\"AlgorithmName\":5}", "$.AlgorithmName")]
        [InlineData("{\"TrainingSpecification\":{\"SupportedTrainingInstanceTypes\":[\"ml.m5.large\",7]}}", "$.TrainingSpecification.SupportedTrainingInstanceTypes[1]")]
        [InlineData("{\"CertifyForMarketplace\":\"yes\"}", "$.CertifyForMarketplace")]
        [InlineData("[]", "$")]
        public void AWrongTypeNamesItsPath(string json, string path)
        {
            JsonException error = Assert.Throws<JsonException>(() => PayloadJsonReader.Read<CreateAlgorithmRequest>(json));

            Assert.Equal(path, error.Path);
            Assert.StartsWith(path + " should be", error.Message);
        }
    }
}
