using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using AlgorithmGen.Client;
using AlgorithmGen.Model;
using AlgorithmGen.Registration.Tests.Infrastructure;
using Amazon;
using Xunit;

namespace AlgorithmGen.Registration.Tests
{
    /// <summary>Region, endpoint and credentials from the environment, as the AWS SDKs and CLI resolve them.</summary>
    [Collection(ProcessEnvironmentCollection.Name)]
    public sealed class EnvironmentConfigurationTests
    {
        [Fact]
        public async Task TheDefaultChainsReadTheEnvironmentAndTheEndpointVariable()
        {
            using var server = new FakeSageMakerServer();
            server.AddCredentials("AKIDFROMENV", "secret-from-env", "token-from-env");
            using var environment = new EnvironmentScope(new Dictionary<string, string?>
            {
                ["AWS_ACCESS_KEY_ID"] = "AKIDFROMENV",
                ["AWS_SECRET_ACCESS_KEY"] = "secret-from-env",
                ["AWS_SESSION_TOKEN"] = "token-from-env",
                ["AWS_REGION"] = FakeSageMakerServer.Region,
                ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:9/never-used",
                ["AWS_ENDPOINT_URL_SAGEMAKER"] = server.Endpoint.ToString(),
            });
            using var client = new SageMakerClient(new SageMakerClientOptions { Retry = TestClients.FastRetries() });

            SageMakerClientConfiguration configuration = await client.ResolveConfigurationAsync();
            await client.ListAlgorithmsAsync(new ListAlgorithmsRequest());

            Assert.Equal("AWS_REGION", configuration.RegionSource);
            Assert.Equal("AWS_ENDPOINT_URL_SAGEMAKER", configuration.EndpointSource);
            Assert.Equal("EnvironmentVariablesAWSCredentials", configuration.CredentialsSource);
            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Null(request.SignatureError);
            Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDFROMENV/", request.Header("Authorization"));
        }

        [Fact]
        public async Task AProfileFromTheSharedCredentialsFileSigns()
        {
            using var server = new FakeSageMakerServer();
            server.AddCredentials(TestProcessSetup.ProfileAccessKeyId, TestProcessSetup.ProfileSecretAccessKey);
            using var environment = new EnvironmentScope(new Dictionary<string, string?>
            {
                ["AWS_PROFILE"] = TestProcessSetup.ProfileName,
                ["AWS_REGION"] = FakeSageMakerServer.Region,
                ["AWS_ENDPOINT_URL"] = server.Endpoint.ToString(),
            });

            using (var named = new SageMakerClient(new SageMakerClientOptions { Profile = TestProcessSetup.ProfileName, Retry = TestClients.FastRetries() }))
            {
                await named.ListAlgorithmsAsync(new ListAlgorithmsRequest());
                Assert.Equal("profile registration", (await named.ResolveConfigurationAsync()).CredentialsSource);
            }

            using (var fromChain = new SageMakerClient(new SageMakerClientOptions { Retry = TestClients.FastRetries() }))
            {
                await fromChain.ListAlgorithmsAsync(new ListAlgorithmsRequest());
                Assert.Equal("AWS_ENDPOINT_URL", (await fromChain.ResolveConfigurationAsync()).EndpointSource);
            }

            Assert.Equal(2, server.Requests.Count);
            Assert.Empty(server.SignatureFailures);
        }

        [Fact]
        public async Task TheRegionComesFromTheSharedConfigFileProfileThatAwsProfileNames()
        {
            using var server = new FakeSageMakerServer();
            server.AddCredentials(TestProcessSetup.ProfileAccessKeyId, TestProcessSetup.ProfileSecretAccessKey);
            var variables = new Dictionary<string, string?>
            {
                ["AWS_PROFILE"] = TestProcessSetup.ProfileName,
                ["AWS_ENDPOINT_URL_SAGEMAKER"] = server.Endpoint.ToString(),
            };

            using (new EnvironmentScope(variables))
            using (var client = new SageMakerClient(new SageMakerClientOptions { Retry = TestClients.FastRetries() }))
            {
                SageMakerClientConfiguration configuration = await client.ResolveConfigurationAsync();
                await client.ListAlgorithmsAsync(new ListAlgorithmsRequest());

                Assert.Equal((FakeSageMakerServer.Region, "profile " + TestProcessSetup.ProfileName), (configuration.Region, configuration.RegionSource));
                // Signed for that region: the fake endpoint verifies signatures for its own region only.
                RecordedRequest request = Assert.Single(server.Requests);
                Assert.Null(request.SignatureError);
                Assert.Contains("/" + FakeSageMakerServer.Region + "/sagemaker/aws4_request", request.Header("Authorization"));
            }

            // Another profile of the same file, another region (keys from the environment: that profile has none).
            variables["AWS_PROFILE"] = TestProcessSetup.OtherRegionProfileName;
            variables["AWS_ACCESS_KEY_ID"] = FakeSageMakerServer.AccessKeyId;
            variables["AWS_SECRET_ACCESS_KEY"] = FakeSageMakerServer.SecretAccessKey;
            using (new EnvironmentScope(variables))
            using (var client = new SageMakerClient(new SageMakerClientOptions { Retry = TestClients.FastRetries() }))
            {
                Assert.Equal(TestProcessSetup.OtherRegion, (await client.ResolveConfigurationAsync()).Region);
            }
        }

        [Fact]
        public async Task WithoutARegionNothingIsSentAndTheReasonIsGiven()
        {
            using var server = new FakeSageMakerServer();
            using var environment = new EnvironmentScope(new Dictionary<string, string?>
            {
                ["AWS_ACCESS_KEY_ID"] = FakeSageMakerServer.AccessKeyId,
                ["AWS_SECRET_ACCESS_KEY"] = FakeSageMakerServer.SecretAccessKey,
                ["AWS_ENDPOINT_URL_SAGEMAKER"] = server.Endpoint.ToString(),
            });
            using var client = new SageMakerClient();

            SageMakerConfigurationException error = await Assert.ThrowsAsync<SageMakerConfigurationException>(
                () => AlgorithmRegistrar.RegisterAsync(TestAlgorithms.Named("no-region"), new AlgorithmRegistrationOptions { Client = client }));

            Assert.Contains("AWS_REGION", error.Message);
            Assert.Equal(0, error.Attempts);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task WithoutCredentialsNothingIsSentAndTheReasonIsGiven()
        {
            using var server = new FakeSageMakerServer();
            using var environment = new EnvironmentScope(new Dictionary<string, string?>
            {
                ["AWS_REGION"] = FakeSageMakerServer.Region,
                ["AWS_ENDPOINT_URL_SAGEMAKER"] = server.Endpoint.ToString(),
            });

            SageMakerConfigurationException error = await Assert.ThrowsAsync<SageMakerConfigurationException>(
                () => AlgorithmRegistrar.RegisterAsync(TestAlgorithms.Named("no-credentials"), new AlgorithmRegistrationOptions()));

            Assert.StartsWith("No AWS credentials found. Looked for, in order: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (not set); ", error.Message);
            Assert.Equal(SageMakerConfigurationIssue.Missing, error.Issue);
            Assert.Contains("AWS_ACCESS_KEY_ID", error.Message);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task AMissingNamedProfileIsAConfigurationError()
        {
            using var environment = new EnvironmentScope(new Dictionary<string, string?>());
            using var client = new SageMakerClient(new SageMakerClientOptions { Region = "eu-west-1", Profile = "does-not-exist" });

            SageMakerConfigurationException error = await Assert.ThrowsAsync<SageMakerConfigurationException>(() => client.ResolveConfigurationAsync());

            Assert.Contains("does-not-exist", error.Message);
        }
    }

    /// <summary>The endpoint precedence of the AWS SDK convention, with the environment given as a function.</summary>
    public sealed class EndpointResolutionTests
    {
        private static readonly RegionEndpoint UsEast1 = RegionEndpoint.USEast1;

        [Fact]
        public void TheDefaultIsTheRegionalEndpointOfThePartition()
        {
            Assert.Equal(new Uri("https://api.sagemaker.us-east-1.amazonaws.com/"), Resolve(new SageMakerClientOptions(), UsEast1).Endpoint);
            Assert.Equal(new Uri("https://api.sagemaker.cn-north-1.amazonaws.com.cn/"), Resolve(new SageMakerClientOptions(), RegionEndpoint.CNNorth1).Endpoint);
        }

        [Fact]
        public void TheOptionWinsOverTheVariablesAndTheServiceVariableOverTheGlobalOne()
        {
            var environment = new Dictionary<string, string?>
            {
                ["AWS_ENDPOINT_URL"] = "http://global.example:1/",
                ["AWS_ENDPOINT_URL_SAGEMAKER"] = "http://sagemaker.example:2/",
            };

            Assert.Equal(("http://option.example:3/", "options"), Pair(Resolve(new SageMakerClientOptions { EndpointUrl = new Uri("http://option.example:3/") }, UsEast1, environment)));
            Assert.Equal(("http://sagemaker.example:2/", "AWS_ENDPOINT_URL_SAGEMAKER"), Pair(Resolve(new SageMakerClientOptions(), UsEast1, environment)));
            environment.Remove("AWS_ENDPOINT_URL_SAGEMAKER");
            Assert.Equal(("http://global.example:1/", "AWS_ENDPOINT_URL"), Pair(Resolve(new SageMakerClientOptions(), UsEast1, environment)));
            environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] = "true";
            Assert.Equal(("https://api.sagemaker.us-east-1.amazonaws.com/", "default"), Pair(Resolve(new SageMakerClientOptions(), UsEast1, environment)));
        }

        [Theory]
        [InlineData("not a url")]
        [InlineData("ftp://example.com/")]
        public void AMalformedEndpointVariableIsAConfigurationError(string value)
        {
            var environment = new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_SAGEMAKER"] = value };

            SageMakerConfigurationException error = Assert.Throws<SageMakerConfigurationException>(() => Resolve(new SageMakerClientOptions(), UsEast1, environment));

            Assert.Contains("AWS_ENDPOINT_URL_SAGEMAKER", error.Message);
        }

        private static (Uri Endpoint, string Source) Resolve(SageMakerClientOptions options, RegionEndpoint region, IDictionary<string, string?>? environment = null)
        {
            // No config file: only the options and the variables given count.
            string? Lookup(string name) => name == "AWS_CONFIG_FILE" ? Path.Combine(Path.GetTempPath(), "algorithmgen-no-config-" + Guid.NewGuid().ToString("N"))
                : environment != null && environment.TryGetValue(name, out string? value) ? value : null;
            (Uri? configured, string source) = SageMakerSettings.ResolveConfiguredEndpoint(options, Lookup, AwsSharedConfig.Load(options.Profile, Lookup));
            return configured is null ? SageMakerSettings.DefaultEndpoint(region.SystemName, fips: false, dualStack: false) : (configured, source);
        }

        private static (string, string) Pair((Uri Endpoint, string Source) resolved) => (resolved.Endpoint.ToString(), resolved.Source);
    }
}
