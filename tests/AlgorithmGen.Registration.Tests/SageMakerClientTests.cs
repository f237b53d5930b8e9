using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using AlgorithmGen.Client;
using AlgorithmGen.Model;
using AlgorithmGen.Registration.Tests.Infrastructure;
using Amazon.Runtime;
using Xunit;

namespace AlgorithmGen.Registration.Tests
{
    /// <summary>The client's operations, error mapping and signing, against the fake endpoint.</summary>
    public sealed class SageMakerClientTests
    {
        [Fact]
        public async Task CreateDescribeListDeleteRoundTrip()
        {
            using var server = new FakeSageMakerServer();
            using SageMakerClient client = TestClients.Client(server);
            CreateAlgorithmRequest request = TestAlgorithms.RequestNamed("round-trip");

            CreateAlgorithmResponse created = await client.CreateAlgorithmAsync(request);
            DescribeAlgorithmResponse described = await client.DescribeAlgorithmAsync(new DescribeAlgorithmRequest { AlgorithmName = "round-trip" });
            ListAlgorithmsResponse listed = await client.ListAlgorithmsAsync(new ListAlgorithmsRequest { NameContains = "round" });
            await client.DeleteAlgorithmAsync(new DeleteAlgorithmRequest { AlgorithmName = "round-trip" });

            Assert.Equal(FakeSageMakerServer.ArnOf("round-trip"), created.AlgorithmArn);
            Assert.Equal("round-trip", described.AlgorithmName);
            Assert.Equal("Completed", described.AlgorithmStatus);
            Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 1, TimeSpan.Zero), described.CreationTime);
            Assert.Equal(request.TrainingSpecification!.TrainingImage, described.TrainingSpecification!.TrainingImage);
            Assert.Equal(request.ValidationSpecification!.ValidationProfiles![0].ProfileName, described.ValidationSpecification!.ValidationProfiles![0].ProfileName);
            Assert.Equal("round-trip", Assert.Single(described.AlgorithmStatusDetails!.ValidationStatuses!).Name);
            AlgorithmSummary summary = Assert.Single(listed.AlgorithmSummaryList!);
            Assert.Equal(FakeSageMakerServer.ArnOf("round-trip"), summary.AlgorithmArn);
            Assert.Empty(server.AlgorithmNames);

            Assert.Equal(new[] { "CreateAlgorithm", "DescribeAlgorithm", "ListAlgorithms", "DeleteAlgorithm" }, server.Operations);
            Assert.Empty(server.SignatureFailures);
            RecordedRequest first = server.Requests[0];
            Assert.Equal("POST", first.Method);
            Assert.Equal("/", first.Target);
            Assert.Equal("application/x-amz-json-1.1", first.Header("Content-Type"));
            Assert.Equal("SageMaker.CreateAlgorithm", first.Header("X-Amz-Target"));
            Assert.Equal(GradientBoosting.GradientBoostingAlgorithm.CreateAlgorithmJson.Replace("\"gradient-boosting\"", "\"round-trip\""), first.BodyText);
        }

        [Fact]
        public async Task ListAlgorithmsPagesWithNextToken()
        {
            using var server = new FakeSageMakerServer();
            foreach (string name in new[] { "page-a", "page-b", "page-c" })
            {
                server.Seed(TestAlgorithms.BodyNamed(name));
            }

            using SageMakerClient client = TestClients.Client(server);
            ListAlgorithmsResponse first = await client.ListAlgorithmsAsync(new ListAlgorithmsRequest { MaxResults = 2 });
            ListAlgorithmsResponse second = await client.ListAlgorithmsAsync(new ListAlgorithmsRequest { MaxResults = 2, NextToken = first.NextToken });

            Assert.Equal(new[] { "page-a", "page-b" }, first.AlgorithmSummaryList!.Select(s => s.AlgorithmName));
            Assert.NotNull(first.NextToken);
            Assert.Equal(new[] { "page-c" }, second.AlgorithmSummaryList!.Select(s => s.AlgorithmName));
            Assert.Null(second.NextToken);
        }

        [Fact]
        public async Task AServiceErrorIsTypedWithCodeMessageAndRequestIdAndNotRetried()
        {
            using var server = new FakeSageMakerServer();
            server.Inject("DescribeAlgorithm", Fault.Error(400, "com.amazon.coral.service#AccessDeniedException", "User is not authorized to perform: sagemaker:DescribeAlgorithm"));
            using SageMakerClient client = TestClients.Client(server);

            SageMakerServiceException error = await Assert.ThrowsAsync<SageMakerServiceException>(
                () => client.DescribeAlgorithmAsync(new DescribeAlgorithmRequest { AlgorithmName = "x" }));

            Assert.Equal("AccessDeniedException", error.ErrorCode);
            Assert.Equal("User is not authorized to perform: sagemaker:DescribeAlgorithm", error.ServiceMessage);
            Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
            Assert.Equal(server.Requests.Single().ResponseRequestId, error.RequestId);
            Assert.Equal("DescribeAlgorithm", error.Operation);
            Assert.Equal(1, error.Attempts);
            Assert.Contains(error.ServiceMessage, error.Message);
            Assert.Contains(error.RequestId!, error.Message);
        }

        [Fact]
        public async Task ReadOperationsRetryTransientFailures()
        {
            using var server = new FakeSageMakerServer();
            server.Inject("ListAlgorithms", Fault.InternalFailure(), Fault.ResetBeforeProcessing(), Fault.Error(502, "BadGateway", "<html>bad gateway</html>"));
            using SageMakerClient client = TestClients.Client(server);

            ListAlgorithmsResponse response = await client.ListAlgorithmsAsync(new ListAlgorithmsRequest());

            Assert.Empty(response.AlgorithmSummaryList!);
            Assert.Equal(4, server.Requests.Count);
        }

        [Fact]
        public async Task CreateIsRetriedOnlyWhenTheServiceDidNotProcessIt()
        {
            using var server = new FakeSageMakerServer();
            server.Inject("CreateAlgorithm", Fault.Throttle(), Fault.InternalFailure());
            using SageMakerClient client = TestClients.Client(server);

            // Throttling is retried; the 500 that follows may have created it, so the bare client stops there
            // (AlgorithmRegistrar is the one that checks and carries on).
            SageMakerServiceException error = await Assert.ThrowsAsync<SageMakerServiceException>(
                () => client.CreateAlgorithmAsync(TestAlgorithms.RequestNamed("bare-create")));

            Assert.Equal("InternalFailure", error.ErrorCode);
            Assert.Equal(2, error.Attempts);
            Assert.Equal(new[] { "CreateAlgorithm", "CreateAlgorithm" }, server.Operations);
        }

        [Fact]
        public async Task AWrongSecretIsRejectedBySignatureAndNotRetried()
        {
            using var server = new FakeSageMakerServer();
            using SageMakerClient client = TestClients.Client(server, credentials: new BasicAWSCredentials(FakeSageMakerServer.AccessKeyId, "not-the-secret"));

            SageMakerServiceException error = await Assert.ThrowsAsync<SageMakerServiceException>(
                () => client.DescribeAlgorithmAsync(new DescribeAlgorithmRequest { AlgorithmName = "x" }));

            Assert.Equal("InvalidSignatureException", error.ErrorCode);
            Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
            Assert.Equal("signature mismatch", Assert.Single(server.SignatureFailures).SignatureError);
        }

        [Fact]
        public async Task SessionCredentialsSendAndSignTheToken()
        {
            using var server = new FakeSageMakerServer();
            server.AddCredentials("ASIATEMPORARY", "temporary-secret", "session-token-value");
            using SageMakerClient client = TestClients.Client(server, credentials: new SessionAWSCredentials("ASIATEMPORARY", "temporary-secret", "session-token-value"));

            await client.ListAlgorithmsAsync(new ListAlgorithmsRequest());

            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Null(request.SignatureError);
            Assert.Equal("session-token-value", request.Header("X-Amz-Security-Token"));
        }

        [Fact]
        public async Task ResolveConfigurationReportsWhatWasResolvedWithoutSecrets()
        {
            using var server = new FakeSageMakerServer();
            using SageMakerClient client = TestClients.Client(server);

            SageMakerClientConfiguration configuration = await client.ResolveConfigurationAsync();

            Assert.Equal("us-east-1", configuration.Region);
            Assert.Equal(server.Endpoint, configuration.Endpoint);
            Assert.Equal("options", configuration.EndpointSource);
            Assert.DoesNotContain(FakeSageMakerServer.SecretAccessKey, configuration.ToString());
            Assert.DoesNotContain(FakeSageMakerServer.AccessKeyId, configuration.ToString());
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task AMalformedRegionIsAConfigurationError()
        {
            using var client = new SageMakerClient(new SageMakerClientOptions { Region = "US East 1", EndpointUrl = new Uri("http://127.0.0.1:9/") });

            SageMakerConfigurationException error = await Assert.ThrowsAsync<SageMakerConfigurationException>(() => client.ResolveConfigurationAsync());

            Assert.Contains("'US East 1'", error.Message);
        }

        [Fact]
        public async Task TheFakeEndpointRejectsATamperedBodyOrAnUnsignedTarget()
        {
            using var server = new FakeSageMakerServer();
            using SageMakerClient client = TestClients.Client(server);
            await client.ListAlgorithmsAsync(new ListAlgorithmsRequest { NameContains = "a" });
            RecordedRequest sent = Assert.Single(server.Requests);
            var credentials = new System.Collections.Generic.Dictionary<string, (string, string?)> { [FakeSageMakerServer.AccessKeyId] = (FakeSageMakerServer.SecretAccessKey, null) };

            var tamperedBody = new RecordedRequest(sent.Method, sent.Target, sent.Headers, System.Text.Encoding.UTF8.GetBytes("{\"NameContains\":\"b\"}"));
            var otherTarget = new RecordedRequest(
                sent.Method,
                sent.Target,
                sent.Headers.Select(h => h.Key == "X-Amz-Target" ? new System.Collections.Generic.KeyValuePair<string, string>(h.Key, "SageMaker.DeleteAlgorithm") : h).ToArray(),
                sent.Body);

            Assert.Null(SigV4Verifier.Verify(sent, credentials, FakeSageMakerServer.Region, "sagemaker", DateTimeOffset.UtcNow));
            Assert.Equal("X-Amz-Content-SHA256 does not match the body", SigV4Verifier.Verify(tamperedBody, credentials, FakeSageMakerServer.Region, "sagemaker", DateTimeOffset.UtcNow));
            Assert.Equal("signature mismatch", SigV4Verifier.Verify(otherTarget, credentials, FakeSageMakerServer.Region, "sagemaker", DateTimeOffset.UtcNow));
            Assert.Equal("signed more than 15 minutes from now", SigV4Verifier.Verify(sent, credentials, FakeSageMakerServer.Region, "sagemaker", DateTimeOffset.UtcNow.AddHours(1)));
        }

        [Fact]
        public void RetryOptionsAreCheckedWhenTheClientIsMade()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new SageMakerClient(new SageMakerClientOptions { Retry = new SageMakerRetryOptions { MaxAttempts = 0 } }));
            Assert.Throws<ArgumentOutOfRangeException>(() => new SageMakerClient(new SageMakerClientOptions { Retry = new SageMakerRetryOptions { AttemptTimeout = TimeSpan.Zero } }));
        }
    }
}
