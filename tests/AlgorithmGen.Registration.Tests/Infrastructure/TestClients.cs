using System;
using AlgorithmGen.Client;
using Amazon.Runtime;
using Microsoft.Extensions.Logging;

namespace AlgorithmGen.Registration.Tests.Infrastructure
{
    /// <summary>Clients and options pointed at a fake endpoint, with small delays so retries stay fast.</summary>
    internal static class TestClients
    {
        /// <summary>Retries as in production, with millisecond delays. Timeouts are generous: tests assert outcomes, never durations.</summary>
        public static SageMakerRetryOptions FastRetries(int maxAttempts = 4, TimeSpan? attemptTimeout = null) => new SageMakerRetryOptions
        {
            MaxAttempts = maxAttempts,
            BaseDelay = TimeSpan.FromMilliseconds(1),
            MaxDelay = TimeSpan.FromMilliseconds(5),
            AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(10),
            TotalTimeout = TimeSpan.FromSeconds(60),
        };

        public static SageMakerClientOptions Options(FakeSageMakerServer server, SageMakerRetryOptions? retry = null, AWSCredentials? credentials = null) => new SageMakerClientOptions
        {
            Region = FakeSageMakerServer.Region,
            EndpointUrl = server.Endpoint,
            Credentials = credentials ?? new BasicAWSCredentials(FakeSageMakerServer.AccessKeyId, FakeSageMakerServer.SecretAccessKey),
            Retry = retry ?? FastRetries(),
        };

        public static SageMakerClient Client(FakeSageMakerServer server, SageMakerRetryOptions? retry = null, AWSCredentials? credentials = null, ILogger? logger = null) =>
            new SageMakerClient(Options(server, retry, credentials), logger);

        public static AlgorithmRegistrationOptions Registration(SageMakerClient client, ILogger? logger = null) => new AlgorithmRegistrationOptions
        {
            Client = client,
            Logger = logger,
        };
    }
}
