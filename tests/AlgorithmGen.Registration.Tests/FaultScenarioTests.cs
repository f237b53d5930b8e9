using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Client;
using AlgorithmGen.Registration.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace AlgorithmGen.Registration.Tests
{
    /// <summary>
    /// Live registration against the fake endpoint with injected faults. Each scenario asserts the outcome, the exact
    /// requests sent (retries included), and that the algorithm exists exactly once (or not at all).
    /// </summary>
    public sealed class FaultScenarioTests
    {
        private const string Create = "CreateAlgorithm";
        private const string Describe = "DescribeAlgorithm";
        private const string List = "ListAlgorithms";

        /// <summary>
        /// The attempt timeout where a fault hangs: it is what such a scenario waits, and it must stay well above a
        /// normal attempt, whose first one in a process pays for JIT and AWSSDK start-up on a busy 2-core machine.
        /// </summary>
        private static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(2.5);

        private readonly ITestOutputHelper _output;

        public FaultScenarioTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task NoFaultCreatesOnce()
        {
            using var server = new FakeSageMakerServer();

            AlgorithmRegistrationResult result = await RegisterAsync(server, "no-fault");

            Assert.Equal(AlgorithmRegistrationOutcome.Created, result.Outcome);
            Assert.Equal(FakeSageMakerServer.ArnOf("no-fault"), result.AlgorithmArn);
            Assert.False(result.RecoveredLostResponse);
            // Describe answers "missing" with a ValidationException; ListAlgorithms confirms it before creating.
            AssertRequests(server, Describe, List, Create);
            AssertExactlyOnce(server, "no-fault");
        }

        [Fact]
        public async Task ThrottledCreateIsRetriedWithBackoff()
        {
            using var server = new FakeSageMakerServer();
            server.Inject(Create, Fault.Throttle(), Fault.Throttle());

            AlgorithmRegistrationResult result = await RegisterAsync(server, "throttled-create");

            Assert.Equal(AlgorithmRegistrationOutcome.Created, result.Outcome);
            Assert.False(result.RecoveredLostResponse);
            // Throttling means "not processed": no existence check is needed before sending again.
            AssertRequests(server, Describe, List, Create, Create, Create);
            AssertAttemptHeaders(server, Create, "attempt=1; max=4", "attempt=2; max=4", "attempt=3; max=4");
            AssertExactlyOnce(server, "throttled-create");
        }

        [Fact]
        public async Task ThrottledDescribeIsRetried()
        {
            using var server = new FakeSageMakerServer();
            server.Inject(Describe, Fault.Throttle(), Fault.Error(429, "TooManyRequestsException", "Too many requests"));

            AlgorithmRegistrationResult result = await RegisterAsync(server, "throttled-describe");

            Assert.Equal(AlgorithmRegistrationOutcome.Created, result.Outcome);
            AssertRequests(server, Describe, Describe, Describe, List, Create);
            AssertExactlyOnce(server, "throttled-describe");
        }

        [Theory]
        [InlineData(500, "InternalFailure")]
        [InlineData(503, "ServiceUnavailable")]
        public async Task ServerErrorOnCreateIsCheckedThenRetried(int status, string code)
        {
            using var server = new FakeSageMakerServer();
            server.Inject(Create, Fault.Error(status, code, "try again"));

            AlgorithmRegistrationResult result = await RegisterAsync(server, "server-error");

            Assert.Equal(AlgorithmRegistrationOutcome.Created, result.Outcome);
            Assert.False(result.RecoveredLostResponse);
            // A 5xx may follow work done: the retry describes first, finds nothing, and creates.
            AssertRequests(server, Describe, List, Create, Describe, List, Create);
            AssertExactlyOnce(server, "server-error");
        }

        [Fact]
        public async Task ServerErrorAfterTheCreateSucceededIsNotAFailure()
        {
            using var server = new FakeSageMakerServer();
            server.Inject(Create, Fault.InternalFailureAfterProcessing());

            AlgorithmRegistrationResult result = await RegisterAsync(server, "error-after-create");

            Assert.Equal(AlgorithmRegistrationOutcome.Created, result.Outcome);
            Assert.True(result.RecoveredLostResponse);
            AssertRequests(server, Describe, List, Create, Describe);
            AssertExactlyOnce(server, "error-after-create");
        }

        [Fact]
        public async Task ConnectionResetBeforeProcessingIsCheckedThenRetried()
        {
            using var server = new FakeSageMakerServer();
            server.Inject(Create, Fault.ResetBeforeProcessing());

            AlgorithmRegistrationResult result = await RegisterAsync(server, "reset-before");

            Assert.Equal(AlgorithmRegistrationOutcome.Created, result.Outcome);
            Assert.False(result.RecoveredLostResponse);
            AssertRequests(server, Describe, List, Create, Describe, List, Create);
            AssertExactlyOnce(server, "reset-before");
        }

        [Fact]
        public async Task CreateSucceededButResponseLostToResetIsDetected()
        {
            using var server = new FakeSageMakerServer();
            server.Inject(Create, Fault.LostResponse());

            AlgorithmRegistrationResult result = await RegisterAsync(server, "lost-response");

            Assert.Equal(AlgorithmRegistrationOutcome.Created, result.Outcome);
            Assert.True(result.RecoveredLostResponse);
            Assert.Equal(FakeSageMakerServer.ArnOf("lost-response"), result.AlgorithmArn);
            // The second attempt describes, finds the algorithm with this specification, and sends no second create.
            AssertRequests(server, Describe, List, Create, Describe);
            AssertExactlyOnce(server, "lost-response");
        }

        [Fact]
        public async Task CreateSucceededButResponseLostToTimeoutIsDetected()
        {
            using var server = new FakeSageMakerServer();
            server.Inject(Create, Fault.HangAfterProcessing());

            AlgorithmRegistrationResult result = await RegisterAsync(server, "lost-timeout", TestClients.FastRetries(attemptTimeout: HangTimeout));

            Assert.Equal(AlgorithmRegistrationOutcome.Created, result.Outcome);
            Assert.True(result.RecoveredLostResponse);
            AssertRequests(server, Describe, List, Create, Describe);
            AssertExactlyOnce(server, "lost-timeout");
        }

        [Fact]
        public async Task SlowDescribeTimesOutAndIsRetried()
        {
            using var server = new FakeSageMakerServer();
            server.Inject(Describe, Fault.HangBeforeProcessing());

            AlgorithmRegistrationResult result = await RegisterAsync(server, "slow-describe", TestClients.FastRetries(attemptTimeout: HangTimeout));

            Assert.Equal(AlgorithmRegistrationOutcome.Created, result.Outcome);
            AssertRequests(server, Describe, Describe, List, Create);
            AssertExactlyOnce(server, "slow-describe");
        }

        [Fact]
        public async Task SlowResponseWithinTheAttemptTimeoutIsNotRetried()
        {
            using var server = new FakeSageMakerServer();
            server.Inject(Create, Fault.Slow(TimeSpan.FromMilliseconds(300)));

            AlgorithmRegistrationResult result = await RegisterAsync(server, "slow-create");

            Assert.Equal(AlgorithmRegistrationOutcome.Created, result.Outcome);
            AssertRequests(server, Describe, List, Create);
            AssertExactlyOnce(server, "slow-create");
        }

        [Fact]
        public async Task CreateRefusedBecauseAnIdenticalOneAppearedIsSuccess()
        {
            using var server = new FakeSageMakerServer();
            // Another caller (or a resend by the HTTP stack) creates it between our Describe and our Create.
            server.Inject(Create, Fault.ConcurrentCreate());

            AlgorithmRegistrationResult result = await RegisterAsync(server, "concurrent-same");

            Assert.Equal(AlgorithmRegistrationOutcome.AlreadyRegistered, result.Outcome);
            Assert.Equal(FakeSageMakerServer.ArnOf("concurrent-same"), result.AlgorithmArn);
            AssertRequests(server, Describe, List, Create, Describe);
            Assert.Equal(1, server.CountOf("concurrent-same"));
            Assert.Empty(server.SignatureFailures);
        }

        [Fact]
        public async Task CreateRefusedBecauseADifferentOneAppearedIsAConflict()
        {
            using var server = new FakeSageMakerServer();
            string other = TestAlgorithms.BodyNamed("concurrent-other", r => r.TrainingSpecification!.TrainingImage = "111122223333.dkr.ecr.us-east-1.amazonaws.com/other:9");
            server.Inject(Create, Fault.ConcurrentCreate(other));

            AlgorithmConflictException conflict = await Assert.ThrowsAsync<AlgorithmConflictException>(() => RegisterAsync(server, "concurrent-other"));

            SpecificationDifference difference = Assert.Single(conflict.Differences);
            Assert.Equal("TrainingSpecification.TrainingImage", difference.Path);
            AssertRequests(server, Describe, List, Create, Describe);
            Assert.Equal(other, server.StoredBody("concurrent-other"));
            Assert.Equal(1, server.CountOf("concurrent-other"));
        }

        [Fact]
        public async Task PersistentThrottlingEndsAfterMaxAttemptsWithTheServiceError()
        {
            using var server = new FakeSageMakerServer();
            server.InjectAlways(Create, Fault.Throttle());

            SageMakerServiceException error = await Assert.ThrowsAsync<SageMakerServiceException>(
                () => RegisterAsync(server, "always-throttled", TestClients.FastRetries(maxAttempts: 3)));

            Assert.Equal("ThrottlingException", error.ErrorCode);
            Assert.Equal(3, error.Attempts);
            Assert.Equal(server.Requests.Last().ResponseRequestId, error.RequestId);
            AssertRequests(server, Describe, List, Create, Create, Create);
            Assert.Equal(0, server.CountOf("always-throttled"));
        }

        [Fact]
        public async Task PersistentResetsEndAfterMaxAttemptsAsUnavailable()
        {
            using var server = new FakeSageMakerServer();
            server.InjectAlways(Create, Fault.ResetBeforeProcessing());

            SageMakerUnavailableException error = await Assert.ThrowsAsync<SageMakerUnavailableException>(
                () => RegisterAsync(server, "always-reset", TestClients.FastRetries(maxAttempts: 3)));

            Assert.Equal(3, error.Attempts);
            Assert.Contains(". 3 attempts in ", error.Describe());
            AssertRequests(server, Describe, List, Create, Describe, List, Create, Describe, List, Create);
            Assert.Equal(0, server.CountOf("always-reset"));
        }

        [Fact]
        public async Task TotalTimeBoundsTheRetries()
        {
            using var server = new FakeSageMakerServer();
            server.InjectAlways(Describe, Fault.ServiceUnavailable());
            var retry = new SageMakerRetryOptions
            {
                MaxAttempts = 1000,
                BaseDelay = TimeSpan.FromMilliseconds(20),
                MaxDelay = TimeSpan.FromMilliseconds(50),
                AttemptTimeout = TimeSpan.FromSeconds(5),
                TotalTimeout = TimeSpan.FromMilliseconds(1500),
            };

            SageMakerUnavailableException error = await Assert.ThrowsAsync<SageMakerUnavailableException>(() => RegisterAsync(server, "total-timeout", retry));

            Assert.InRange(error.Attempts, 1, 999);
            Assert.Contains("in time", error.Message);
            Assert.All(server.Operations, operation => Assert.Equal(Describe, operation));
            Assert.Equal(0, server.CountOf("total-timeout"));
        }

        [Fact]
        public async Task CancellationStopsAHangingCallAndCreatesNothing()
        {
            using var server = new FakeSageMakerServer();
            server.Inject(Describe, Fault.HangBeforeProcessing());
            using var cancellation = new CancellationTokenSource();
            server.RequestReceived += request => cancellation.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(
                () => RegisterAsync(server, "cancelled", TestClients.FastRetries(attemptTimeout: TimeSpan.FromMinutes(5)), cancellation.Token));

            AssertRequests(server, Describe);
            Assert.Equal(0, server.CountOf("cancelled"));
        }

        [Fact]
        public async Task ValidationExceptionReachesTheCallerVerbatimAndIsNotRetried()
        {
            using var server = new FakeSageMakerServer();
            const string message = "1 validation error detected: Value 'ml.zz9.large' at 'trainingSpecification.supportedTrainingInstanceTypes.1.member' failed to satisfy constraint: Member must satisfy enum value set";
            server.Inject(Create, Fault.Error(400, "ValidationException", message));

            SageMakerValidationException error = await Assert.ThrowsAsync<SageMakerValidationException>(() => RegisterAsync(server, "rejected"));

            Assert.Equal(message, error.Message);
            Assert.Equal(message, error.ServiceMessage);
            Assert.Equal("ValidationException", error.ErrorCode);
            Assert.Equal(Create, error.Operation);
            Assert.Equal(1, error.Attempts);
            Assert.Equal(server.Requests.Single(r => r.Operation == Create).ResponseRequestId, error.RequestId);
            // "Does it exist after all?" is checked (a ValidationException is also how a duplicate is refused), then the error stands.
            AssertRequests(server, Describe, List, Create, Describe, List);
            Assert.Equal(0, server.CountOf("rejected"));
        }

        private async Task<AlgorithmRegistrationResult> RegisterAsync(FakeSageMakerServer server, string name, SageMakerRetryOptions? retry = null, CancellationToken cancellationToken = default)
        {
            var logs = new CapturingLoggerProvider();
            using SageMakerClient client = TestClients.Client(server, retry, logger: logs.CreateLogger());
            try
            {
                return await AlgorithmRegistrar.RegisterAsync(TestAlgorithms.Named(name), TestClients.Registration(client, logs.CreateLogger()), cancellationToken);
            }
            finally
            {
                _output.WriteLine("requests: " + string.Join(", ", server.Requests));
                _output.WriteLine(logs.AllText);
            }
        }

        private static void AssertRequests(FakeSageMakerServer server, params string[] operations)
        {
            Assert.Equal(operations, server.Operations);
            Assert.Empty(server.SignatureFailures);
        }

        private static void AssertAttemptHeaders(FakeSageMakerServer server, string operation, params string[] expected)
        {
            var requests = server.Requests.Where(r => r.Operation == operation).ToArray();
            Assert.Equal(expected, requests.Select(r => r.Header("amz-sdk-request")));
            // One logical call: every attempt carries the same invocation id.
            Assert.Single(requests.Select(r => r.Header("amz-sdk-invocation-id")).Distinct());
        }

        private static void AssertExactlyOnce(FakeSageMakerServer server, string name)
        {
            Assert.Equal(1, server.CountOf(name));
            Assert.Equal(1, server.CreatesProcessed(name));
            Assert.Equal(new[] { name }, server.AlgorithmNames);
        }
    }
}
