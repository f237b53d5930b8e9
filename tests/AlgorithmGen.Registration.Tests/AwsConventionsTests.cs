using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AlgorithmGen.Client;
using AlgorithmGen.Model;
using AlgorithmGen.Registration.Tests.Infrastructure;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Registration.Tests
{
    /// <summary>
    /// The settings every AWS tool honours, from environment variables and a temporary shared config file, against
    /// the fake endpoint: retry mode and attempts, endpoints from the profile, FIPS and dual-stack endpoints (their
    /// host names compared with botocore's for the same settings), and retries logged at Information.
    /// </summary>
    [Collection(ProcessEnvironmentCollection.Name)]
    public sealed class AwsConventionsTests : IDisposable
    {
        private readonly TempDirectory _folder = new TempDirectory();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public async Task RetryModeAndAttemptsComeFromOptionsThenTheEnvironmentThenTheProfile()
        {
            using var server = new FakeSageMakerServer();
            server.InjectAlways("ListAlgorithms", Fault.Throttle());
            string config = WriteConfig("[profile retries]\nretry_mode = legacy\nmax_attempts = 4\n");
            var variables = Keys(config, endpoint: server.Endpoint);
            variables["AWS_PROFILE"] = "retries";

            using (new EnvironmentScope(variables))
            {
                Assert.Equal((SageMakerRetryMode.Legacy, 4, 4), await ThrottledCallAsync(new SageMakerRetryOptions()));
            }

            variables["AWS_MAX_ATTEMPTS"] = "2";
            variables["AWS_RETRY_MODE"] = "adaptive";
            using (new EnvironmentScope(variables))
            {
                Assert.Equal((SageMakerRetryMode.Adaptive, 2, 2), await ThrottledCallAsync(new SageMakerRetryOptions()));
                Assert.Equal((SageMakerRetryMode.Standard, 1, 1), await ThrottledCallAsync(new SageMakerRetryOptions { Mode = SageMakerRetryMode.Standard, MaxAttempts = 1 }));
            }

            variables.Remove("AWS_PROFILE");
            variables.Remove("AWS_MAX_ATTEMPTS");
            variables.Remove("AWS_RETRY_MODE");
            using (new EnvironmentScope(variables))
            {
                // The AWS SDKs' standard mode and its three attempts.
                Assert.Equal((SageMakerRetryMode.Standard, 3, 3), await ThrottledCallAsync(new SageMakerRetryOptions()));
            }

            async Task<(SageMakerRetryMode, int, int)> ThrottledCallAsync(SageMakerRetryOptions retry)
            {
                retry.BaseDelay = TimeSpan.FromMilliseconds(1);
                retry.MaxDelay = TimeSpan.FromMilliseconds(5);
                using var client = new SageMakerClient(new SageMakerClientOptions { Region = FakeSageMakerServer.Region, Retry = retry });
                SageMakerClientConfiguration configuration = await client.ResolveConfigurationAsync();
                SageMakerServiceException error = await Assert.ThrowsAsync<SageMakerServiceException>(() => client.ListAlgorithmsAsync(new ListAlgorithmsRequest()));
                return (configuration.RetryMode, configuration.MaxAttempts, error.Attempts);
            }
        }

        [Theory]
        [InlineData("AWS_RETRY_MODE", "bogus", "AWS_RETRY_MODE must be standard, adaptive or legacy, not 'bogus'.")]
        [InlineData("AWS_MAX_ATTEMPTS", "0", "AWS_MAX_ATTEMPTS must be a whole number of attempts, 1 or more, not '0'.")]
        [InlineData("AWS_MAX_ATTEMPTS", "three", "AWS_MAX_ATTEMPTS must be a whole number of attempts, 1 or more, not 'three'.")]
        [InlineData("AWS_USE_FIPS_ENDPOINT", "yes", "AWS_USE_FIPS_ENDPOINT must be true or false, not 'yes'.")]
        public void AMalformedVariableIsAConfigurationErrorWithoutRegionOrCredentials(string variable, string value, string message)
        {
            using var environment = new EnvironmentScope(new Dictionary<string, string?> { [variable] = value });

            SageMakerConfigurationException error = Assert.Throws<SageMakerConfigurationException>(() => SageMakerClient.ValidateSettings());

            Assert.Equal(message, error.Message);
            Assert.Equal(SageMakerConfigurationIssue.Invalid, error.Issue);
        }

        [Fact]
        public void AMalformedProfileValueNamesItsKeyProfileAndFile()
        {
            string config = WriteConfig("[profile broken]\nregion = eu-west-1\nmax_attempts = 0\n");
            using var environment = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_CONFIG_FILE"] = config, ["AWS_PROFILE"] = "broken" });

            SageMakerConfigurationException error = Assert.Throws<SageMakerConfigurationException>(() => SageMakerClient.ValidateSettings());

            Assert.Equal("max_attempts in profile 'broken' of " + config + " must be a whole number of attempts, 1 or more, not '0'.", error.Message);
        }

        [Fact]
        public async Task TheEndpointComesFromTheProfilesServicesSectionThenItsEndpointUrl()
        {
            using var server = new FakeSageMakerServer();
            string config = WriteConfig(
                "[profile local]\nregion = " + FakeSageMakerServer.Region + "\nservices = local-services\nendpoint_url = http://127.0.0.1:9/not-this-one\n\n"
                + "[services local-services]\nsagemaker =\n  endpoint_url = " + server.Endpoint + "\n\n"
                + "[profile global]\nregion = " + FakeSageMakerServer.Region + "\nendpoint_url = " + server.Endpoint + "\n");
            var variables = Keys(config, endpoint: null);

            variables["AWS_PROFILE"] = "local";
            using (new EnvironmentScope(variables))
            using (var client = new SageMakerClient(new SageMakerClientOptions { Retry = TestClients.FastRetries() }))
            {
                await client.ListAlgorithmsAsync(new ListAlgorithmsRequest());
                SageMakerClientConfiguration configuration = await client.ResolveConfigurationAsync();
                Assert.Equal(server.Endpoint, configuration.Endpoint);
                Assert.Equal("endpoint_url of sagemaker in the services section of profile 'local' of " + config, configuration.EndpointSource);
                Assert.Equal((FakeSageMakerServer.Region, "profile local"), (configuration.Region, configuration.RegionSource));
            }

            // The profile named in code wins over AWS_PROFILE, for the endpoint as for the region.
            using (new EnvironmentScope(variables))
            using (var client = new SageMakerClient(new SageMakerClientOptions { Profile = "global", Credentials = TestClients.Options(server).Credentials, Retry = TestClients.FastRetries() }))
            {
                await client.ListAlgorithmsAsync(new ListAlgorithmsRequest());
                Assert.Equal("endpoint_url in profile 'global' of " + config, (await client.ResolveConfigurationAsync()).EndpointSource);
            }

            Assert.Equal(2, server.Requests.Count);
            Assert.Empty(server.SignatureFailures);
        }

        [Fact]
        public async Task FipsAndDualStackHostsAreBotocoresForTheSameSettings()
        {
            var cases = (from region in new[] { "us-east-1", "eu-west-1", "us-gov-west-1", "cn-north-1" }
                         from fips in new[] { false, true }
                         from dualStack in new[] { false, true }
                         select (Region: region, Fips: fips, DualStack: dualStack)).ToArray();
            var query = new JsonObject
            {
                ["cases"] = new JsonArray(cases.Select(c => (JsonNode)new JsonObject { ["region"] = c.Region, ["fips"] = c.Fips, ["dualstack"] = c.DualStack }).ToArray()),
            };

            string[] botocore = JsonSerializer.Deserialize<string[]>(await BotocoreAsync(query, new Dictionary<string, string>
            {
                ["AWS_CONFIG_FILE"] = Path.Combine(_folder.Path, "no-config"),
                ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(_folder.Path, "no-credentials"),
            }))!;

            Assert.Equal(
                botocore.Select(url => new Uri(url).Host),
                cases.Select(c => SageMakerSettings.DefaultEndpoint(c.Region, c.Fips, c.DualStack).Endpoint.Host));
        }

        [Fact]
        public async Task FipsFromTheProfileAndDualStackFromTheEnvironmentGiveBotocoresHost()
        {
            string config = WriteConfig("[profile fips]\nregion = eu-west-1\nuse_fips_endpoint = true\n");
            var variables = new Dictionary<string, string?>
            {
                ["AWS_CONFIG_FILE"] = config,
                ["AWS_PROFILE"] = "fips",
                ["AWS_USE_DUALSTACK_ENDPOINT"] = "true",
                ["AWS_ACCESS_KEY_ID"] = FakeSageMakerServer.AccessKeyId,
                ["AWS_SECRET_ACCESS_KEY"] = FakeSageMakerServer.SecretAccessKey,
            };
            var python = variables.ToDictionary(pair => pair.Key, pair => pair.Value!);
            python["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(_folder.Path, "no-credentials");
            string botocore = JsonSerializer.Deserialize<string>(await BotocoreAsync(new JsonObject { ["environment"] = true }, python))!;

            using var environment = new EnvironmentScope(variables);
            using var client = new SageMakerClient();
            SageMakerClientConfiguration configuration = await client.ResolveConfigurationAsync();

            Assert.Equal("api.sagemaker-fips.eu-west-1.api.aws", configuration.Endpoint.Host);
            Assert.Equal(new Uri(botocore).Host, configuration.Endpoint.Host);
            Assert.Equal("FIPS dual-stack", configuration.EndpointSource);
        }

        [Fact]
        public async Task EachRetryIsLoggedAtInformationWithItsReasonAndDelay()
        {
            using var server = new FakeSageMakerServer();
            server.Inject("ListAlgorithms", Fault.Throttle(), Fault.ServiceUnavailable());
            var logs = new CapturingLoggerProvider();
            using var client = TestClients.Client(server, TestClients.FastRetries(maxAttempts: 3), logger: logs.CreateLogger());

            await client.ListAlgorithmsAsync(new ListAlgorithmsRequest());

            string[] retries = logs.Entries.Where(entry => entry.Contains("retrying in", StringComparison.Ordinal)).ToArray();
            Assert.Equal(2, retries.Length);
            Assert.Matches(@"^[\d:.]+ Information test: SageMaker ListAlgorithms attempt 1 of 3 failed: ThrottlingException \(HTTP 400, request id [^)]+\); retrying in \d+ ms \{", retries[0]);
            Assert.Matches(@"^[\d:.]+ Information test: SageMaker ListAlgorithms attempt 2 of 3 failed: ServiceUnavailable \(HTTP 503, request id [^)]+\); retrying in \d+ ms \{", retries[1]);
        }

        [Fact]
        public async Task SustainedThrottlingSpendsTheRetryQuotaThenCallsFailOnTheirFirstError()
        {
            using var server = new FakeSageMakerServer();
            server.InjectAlways("ListAlgorithms", Fault.Throttle());
            using var client = TestClients.Client(server, TestClients.FastRetries(maxAttempts: 3));

            var attempts = new List<int>();
            for (int call = 0; call < 52; call++)
            {
                attempts.Add((await Assert.ThrowsAsync<SageMakerServiceException>(() => client.ListAlgorithmsAsync(new ListAlgorithmsRequest()))).Attempts);
            }

            // 500 tokens at 5 a retry: 50 calls retry twice, then none retries.
            Assert.Equal(Enumerable.Repeat(3, 50).Concat(new[] { 1, 1 }), attempts);
            Assert.Equal(152, server.Requests.Count);
        }

        [Fact]
        public void TheRetryQuotaChargesRetriesAndRefundsSuccesses()
        {
            var quota = new RetryQuota();
            Assert.True(quota.TryAcquire(afterTimeout: true, out int timeoutCost));
            Assert.True(quota.TryAcquire(afterTimeout: false, out int cost));
            Assert.Equal((10, 5, 485), (timeoutCost, cost, quota.Available));

            quota.Release(cost);
            quota.Release(0);
            Assert.Equal(491, quota.Available);

            while (quota.TryAcquire(afterTimeout: false, out _))
            {
            }

            Assert.Equal(1, quota.Available);
            Assert.False(quota.TryAcquire(afterTimeout: false, out int refused));
            Assert.Equal(0, refused);
        }

        [Fact]
        public void TheAdaptiveRateLimiterCutsTheRateOnThrottlingAndGrowsItBackAsCallsSucceed()
        {
            var clock = new ManualClock();
            var limiter = new AdaptiveRateLimiter(clock);
            Assert.Null(limiter.Rate);

            // Ten calls a second for four seconds, all accepted: no limit yet.
            for (int i = 0; i < 40; i++)
            {
                clock.Advance(TimeSpan.FromMilliseconds(100));
                limiter.OnResponse(throttled: false);
            }

            Assert.Null(limiter.Rate);

            // A throttle: the rate drops to 70 % of the measured ten a second.
            limiter.OnResponse(throttled: true);
            Assert.InRange(limiter.Rate!.Value, 6.5, 7.0);

            // Successes for the cubic curve's time to regain the rate before the throttle (about 2 s at ten a second).
            for (int i = 0; i < 22; i++)
            {
                clock.Advance(TimeSpan.FromMilliseconds(100));
                limiter.OnResponse(throttled: false);
            }

            Assert.InRange(limiter.Rate!.Value, 9.5, 20.0);

            // Another throttle cuts it again.
            limiter.OnResponse(throttled: true);
            Assert.InRange(limiter.Rate!.Value, 0.5, 7.5);
        }

        /// <summary>The fake endpoint's keys, the config file given, and the endpoint variable when one is given.</summary>
        private static Dictionary<string, string?> Keys(string config, Uri? endpoint) => new Dictionary<string, string?>
        {
            ["AWS_CONFIG_FILE"] = config,
            ["AWS_ACCESS_KEY_ID"] = FakeSageMakerServer.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = FakeSageMakerServer.SecretAccessKey,
            ["AWS_ENDPOINT_URL_SAGEMAKER"] = endpoint?.ToString(),
        };

        private static async Task<string> BotocoreAsync(JsonObject query, IDictionary<string, string> environment)
        {
            ProcessResult python = await ProcessRunner.RunAsync(
                "python3", new[] { Path.Combine(AppContext.BaseDirectory, "Tools", "endpoint_botocore.py") }, environment, query.ToJsonString());
            Assert.True(python.ExitCode == 0, python.ToString());
            return python.StandardOutput;
        }

        private string WriteConfig(string text)
        {
            string path = Path.Combine(_folder.Path, "config-" + Guid.NewGuid().ToString("N"));
            File.WriteAllText(path, text);
            return path;
        }

        /// <summary>A clock that moves only when told; timestamps in ticks.</summary>
        private sealed class ManualClock : TimeProvider
        {
            private long _ticks;

            public override long TimestampFrequency => TimeSpan.TicksPerSecond;

            public override long GetTimestamp() => _ticks;

            public void Advance(TimeSpan by) => _ticks += by.Ticks;
        }
    }
}
