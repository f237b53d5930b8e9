using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Client;
using AlgorithmGen.Hosting;
using AlgorithmGen.Registration.Tests.Infrastructure;
using AlgorithmGen.Testing;
using Amazon.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit;

namespace AlgorithmGen.Registration.Tests
{
    /// <summary><c>services.AddSageMakerAlgorithms(...)</c>: registration at host start, through IHttpClientFactory and ILogger.</summary>
    public sealed class HostingTests
    {
        private const string SessionAccessKey = "ASIAHOSTING";
        private const string SessionSecret = "hosting/secret+KEY/do-not-log";
        private const string SessionToken = "IQoJb3JpZ2luX2VjEHosting/session+token==do-not-log";

        [Fact]
        public async Task AlgorithmsAreRegisteredWhenTheHostStarts()
        {
            using var server = new FakeSageMakerServer();
            var counter = new CountingHandler();
            using IHost host = BuildHost(server, new[] { TestAlgorithms.Named("hosted-a"), TestAlgorithms.Named("hosted-b") }, out _,
                configureServices: services => services.AddHttpClient(SageMakerClient.HttpClientName).AddHttpMessageHandler(() => counter));

            await host.StartAsync();
            IReadOnlyList<AlgorithmRegistrationReport> reports = await host.Services.GetRequiredService<AlgorithmRegistrationStatus>().Completion;
            await host.StopAsync();

            Assert.Equal(new[] { AlgorithmRegistrationOutcome.Created, AlgorithmRegistrationOutcome.Created }, reports.Select(r => r.Result!.Outcome));
            Assert.Equal(new[] { "hosted-a", "hosted-b" }, server.AlgorithmNames.OrderBy(n => n, StringComparer.Ordinal));
            // Every request went through the factory's named client.
            Assert.Equal(server.Requests.Count, counter.Count);
            Assert.Empty(server.SignatureFailures);
        }

        [Fact]
        public async Task AFailedRegistrationStopsTheStart()
        {
            using var server = new FakeSageMakerServer();
            server.Seed(TestAlgorithms.BodyNamed("hosted-conflict", r => r.TrainingSpecification!.TrainingImage += "-old"));
            using IHost host = BuildHost(server, new[] { TestAlgorithms.Named("hosted-ok"), TestAlgorithms.Named("hosted-conflict") }, out _);

            AlgorithmRegistrationFailedException error = await Assert.ThrowsAsync<AlgorithmRegistrationFailedException>(() => host.StartAsync());

            Assert.StartsWith("1 of 2 algorithm(s) could not be registered", error.Message);
            Assert.Contains("hosted-conflict", error.Message);
            Assert.IsType<AlgorithmConflictException>(error.InnerException);
            IReadOnlyList<AlgorithmRegistrationReport> reports = await host.Services.GetRequiredService<AlgorithmRegistrationStatus>().Completion;
            Assert.Equal(new[] { true, false }, reports.Select(r => r.Succeeded));
        }

        [Fact]
        public async Task FailuresCanBeLoggedInsteadOfStoppingTheStart()
        {
            using var server = new FakeSageMakerServer();
            server.InjectAlways("DescribeAlgorithm", Fault.Error(400, "AccessDeniedException", "not allowed"));
            using IHost host = BuildHost(server, new[] { TestAlgorithms.Named("hosted-denied") }, out CapturingLoggerProvider logs,
                configure: options => options.FailStartupOnError = false);

            await host.StartAsync();
            await host.StopAsync();

            AlgorithmRegistrationReport report = Assert.Single(await host.Services.GetRequiredService<AlgorithmRegistrationStatus>().Completion);
            Assert.Equal("AccessDeniedException", Assert.IsType<SageMakerServiceException>(report.Error).ErrorCode);
            Assert.Contains(logs.Entries, e => e.Contains("Error AlgorithmGen.Registration: Algorithm hosted-denied could not be registered", StringComparison.Ordinal));
        }

        [Fact]
        public async Task WithoutAwsConfigurationItCanFallBackToADryRunAndSayWhy()
        {
            using var server = new FakeSageMakerServer();
            using var directory = new TempDirectory();
            using IHost host = BuildHost(server, new[] { TestAlgorithms.Named("hosted-dry") }, out CapturingLoggerProvider logs, configure: options =>
            {
                options.DryRunWhenRegionOrCredentialsAreMissing = true;
                options.Registration.OutputDirectory = directory.Path;
                options.Registration.ClientOptions!.Credentials = null;
                options.Registration.ClientOptions.Profile = "no-such-profile";
            });

            await host.StartAsync();
            await host.StopAsync();

            AlgorithmRegistrationStatus status = host.Services.GetRequiredService<AlgorithmRegistrationStatus>();
            AlgorithmRegistrationReport report = Assert.Single(await status.Completion);
            Assert.Equal(AlgorithmRegistrationOutcome.DryRun, report.Result!.Outcome);
            Assert.Equal(directory.Combine("hosted-dry.create-algorithm.json"), report.Result.FilePath);
            Assert.Contains("no-such-profile", status.DryRunReason);
            Assert.Contains(logs.Entries, e => e.Contains("AWS is not configured", StringComparison.Ordinal));
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task WithoutTheFallbackAMissingConfigurationIsAFailure()
        {
            using var server = new FakeSageMakerServer();
            using IHost host = BuildHost(server, new[] { TestAlgorithms.Named("hosted-unconfigured") }, out _, configure: options =>
            {
                options.Registration.ClientOptions!.Credentials = null;
                options.Registration.ClientOptions.Profile = "no-such-profile";
            });

            AlgorithmRegistrationFailedException error = await Assert.ThrowsAsync<AlgorithmRegistrationFailedException>(() => host.StartAsync());

            Assert.IsType<SageMakerConfigurationException>(error.InnerException);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task NoKeyIdSecretSignatureOrSessionTokenIsEverLogged()
        {
            using var server = new FakeSageMakerServer();
            server.Inject("CreateAlgorithm", Fault.Throttle(), Fault.LostResponse());
            server.Seed(TestAlgorithms.BodyNamed("hosted-secret-conflict", r => r.AlgorithmDescription = "older"));
            using IHost host = BuildHost(server, new[] { TestAlgorithms.Named("hosted-secret"), TestAlgorithms.Named("hosted-secret-conflict") }, out CapturingLoggerProvider logs,
                configure: options => options.FailStartupOnError = false);

            await host.StartAsync();
            IReadOnlyList<AlgorithmRegistrationReport> reports = await host.Services.GetRequiredService<AlgorithmRegistrationStatus>().Completion;
            await host.StopAsync();

            Assert.True(reports[0].Result!.RecoveredLostResponse);
            Assert.IsType<AlgorithmConflictException>(reports[1].Error);
            string[] signatures = server.Requests.Select(r => SigV4Verifier.SignatureOf(r.Header("Authorization"))!).ToArray();
            Assert.All(signatures, Assert.NotNull);
            string everything = logs.AllText + string.Join("\n", reports.Select(r => r.Error?.ToString()));
            // Trace level: the HTTP client factory logged too.
            Assert.Contains("System.Net.Http.HttpClient." + SageMakerClient.HttpClientName, everything);
            // The key ID is no secret on its own, but names the account's credentials; AWS SDKs keep it out of logs too.
            Assert.DoesNotContain(SessionAccessKey, everything);
            Assert.DoesNotContain(SessionSecret, everything);
            Assert.DoesNotContain(SessionToken, everything);
            Assert.All(signatures, signature => Assert.DoesNotContain(signature, everything));
            Assert.DoesNotContain("Signature=", everything);
        }

        private static IHost BuildHost(
            FakeSageMakerServer server,
            IEnumerable<AlgorithmDefinition> algorithms,
            out CapturingLoggerProvider logs,
            Action<SageMakerAlgorithmsOptions>? configure = null,
            Action<IServiceCollection>? configureServices = null)
        {
            server.AddCredentials(SessionAccessKey, SessionSecret, SessionToken);
            HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            logs = new CapturingLoggerProvider();
            builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
            builder.Services.AddSageMakerAlgorithms(algorithms, options =>
            {
                options.Registration.ClientOptions = TestClients.Options(server, credentials: new SessionAWSCredentials(SessionAccessKey, SessionSecret, SessionToken));
                configure?.Invoke(options);
            });
            configureServices?.Invoke(builder.Services);
            return builder.Build();
        }

        /// <summary>Counts the requests that pass through the factory's handler pipeline.</summary>
        private sealed class CountingHandler : DelegatingHandler
        {
            private int _count;

            public int Count => Volatile.Read(ref _count);

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Interlocked.Increment(ref _count);
                return base.SendAsync(request, cancellationToken);
            }
        }
    }
}
