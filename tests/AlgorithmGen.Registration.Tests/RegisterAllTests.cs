using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Client;
using AlgorithmGen.Registration.Tests.Infrastructure;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Registration.Tests
{
    /// <summary><see cref="AlgorithmRegistrar.RegisterAllAsync"/>: a result per algorithm, failures isolated, bounded concurrency.</summary>
    public sealed class RegisterAllTests
    {
        [Fact]
        public async Task EachAlgorithmGetsItsOwnReportInOrder()
        {
            using var server = new FakeSageMakerServer();
            server.Seed(TestAlgorithms.BodyNamed("all-existing"));
            server.Seed(TestAlgorithms.BodyNamed("all-conflict", r => r.TrainingSpecification!.TrainingImage += "-old"));
            using SageMakerClient client = TestClients.Client(server);
            AlgorithmRegistrationOptions options = TestClients.Registration(client);
            options.Configure = request =>
            {
                if (request.AlgorithmName == "all-invalid")
                {
                    request.ValidationSpecification!.ValidationRole = "not-an-arn";
                }
            };

            var reports = await AlgorithmRegistrar.RegisterAllAsync(
                new[] { "all-new", "all-existing", "all-invalid", "all-conflict" }.Select(TestAlgorithms.Named), options);

            Assert.Equal(new[] { "all-new", "all-existing", "all-invalid", "all-conflict" }, reports.Select(r => r.Definition.AlgorithmName));
            Assert.Equal(AlgorithmRegistrationOutcome.Created, reports[0].Result!.Outcome);
            Assert.Equal(AlgorithmRegistrationOutcome.AlreadyRegistered, reports[1].Result!.Outcome);
            Assert.IsType<AlgorithmValidationException>(reports[2].Error);
            Assert.IsType<AlgorithmConflictException>(reports[3].Error);
            Assert.Equal(new[] { true, true, false, false }, reports.Select(r => r.Succeeded));
            // Nothing was sent for the invalid one.
            Assert.DoesNotContain(server.Requests, r => r.BodyText.Contains("all-invalid", StringComparison.Ordinal));
            Assert.Equal(new[] { "all-existing", "all-conflict", "all-new" }, server.AlgorithmNames);
        }

        [Fact]
        public async Task ProgressHearsOfEachAlgorithmOnce_IncludingFailures()
        {
            using var server = new FakeSageMakerServer();
            using SageMakerClient client = TestClients.Client(server);
            AlgorithmRegistrationOptions options = TestClients.Registration(client);
            options.Configure = request =>
            {
                if (request.AlgorithmName == "progress-invalid")
                {
                    request.ValidationSpecification!.ValidationRole = "not-an-arn";
                }
            };
            var heard = new System.Collections.Concurrent.ConcurrentQueue<AlgorithmRegistrationReport>();
            options.Progress = new SynchronousProgress(heard.Enqueue);

            var reports = await AlgorithmRegistrar.RegisterAllAsync(
                new[] { "progress-a", "progress-invalid", "progress-b" }.Select(TestAlgorithms.Named), options);

            // The same report objects, each once; the invalid one is known (and told) before any request.
            Assert.Equal(reports.OrderBy(r => r.Definition.AlgorithmName), heard.OrderBy(r => r.Definition.AlgorithmName));
            Assert.Equal("progress-invalid", heard.First().Definition.AlgorithmName);
        }

        [Fact]
        public async Task ARequestFromElsewhere_RegistersLikeAGeneratedDefinition()
        {
            using var server = new FakeSageMakerServer();
            using SageMakerClient client = TestClients.Client(server);
            Model.CreateAlgorithmRequest request = TestAlgorithms.Named("from-file").CreateRequest();

            AlgorithmDefinition definition = AlgorithmDefinition.FromRequest(request);
            request.AlgorithmDescription = "changed after the definition was made";

            Assert.Null(definition.AlgorithmType);
            Assert.Equal("from-file", definition.ToString());
            Assert.DoesNotContain("changed after", definition.CompactJson, StringComparison.Ordinal);
            Assert.NotSame(definition.CreateRequest(), definition.CreateRequest());
            AlgorithmRegistrationResult result = await AlgorithmRegistrar.RegisterAsync(definition, TestClients.Registration(client));
            Assert.Equal(AlgorithmRegistrationOutcome.Created, result.Outcome);
            Assert.Equal(definition.CompactJson, server.StoredBody("from-file"));
            Assert.Throws<ArgumentException>(() => AlgorithmDefinition.FromRequest(new Model.CreateAlgorithmRequest()));
        }

        private sealed class SynchronousProgress : IProgress<AlgorithmRegistrationReport>
        {
            private readonly Action<AlgorithmRegistrationReport> _report;

            public SynchronousProgress(Action<AlgorithmRegistrationReport> report) => _report = report;

            public void Report(AlgorithmRegistrationReport value) => _report(value);
        }

        [Fact]
        public async Task RegistrationsRunInParallelUpToTheBound()
        {
            const int bound = 3;
            using var server = new FakeSageMakerServer();
            // Each create is held until `bound` creates have arrived (at most 10 s), and a moment longer: only
            // registrations that really run side by side get `bound` requests in flight at once, and one that started
            // more than `bound` would get its extra requests in during that moment.
            int creates = 0;
            var boundReached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            async Task HoldUntilBoundReached()
            {
                if (Interlocked.Increment(ref creates) >= bound)
                {
                    boundReached.TrySetResult();
                }

                await boundReached.Task;
                await Task.Delay(TimeSpan.FromMilliseconds(300));
            }

            server.InjectAlways("CreateAlgorithm", Fault.Hold(HoldUntilBoundReached, atMost: TimeSpan.FromSeconds(10)));
            using SageMakerClient client = TestClients.Client(server);
            AlgorithmRegistrationOptions options = TestClients.Registration(client);
            options.MaxConcurrency = bound;
            string[] names = Enumerable.Range(1, 2 * bound + 1).Select(i => "bounded-" + i).ToArray();

            var reports = await AlgorithmRegistrar.RegisterAllAsync(names.Select(TestAlgorithms.Named), options);

            Assert.All(reports, r => Assert.Equal(AlgorithmRegistrationOutcome.Created, r.Result!.Outcome));
            Assert.Equal(bound, server.MaxConcurrentRequests);
            Assert.All(names, name => Assert.Equal(1, server.CountOf(name)));
        }

        [Fact]
        public async Task TheSameNameTwiceInOneBatchExistsOnce()
        {
            using var server = new FakeSageMakerServer();
            using SageMakerClient client = TestClients.Client(server);

            var reports = await AlgorithmRegistrar.RegisterAllAsync(new[] { TestAlgorithms.Named("twin"), TestAlgorithms.Named("twin") }, TestClients.Registration(client));

            Assert.All(reports, r => Assert.True(r.Succeeded, r.ToString()));
            Assert.Contains(reports, r => r.Result!.Outcome == AlgorithmRegistrationOutcome.Created);
            Assert.Equal(1, server.CountOf("twin"));
            Assert.Equal(1, server.CreatesProcessed("twin"));
        }

        [Fact]
        public async Task ADryRunWritesEveryPayloadAndSendsNothing()
        {
            using var server = new FakeSageMakerServer();
            using var directory = new TempDirectory();
            using SageMakerClient client = TestClients.Client(server);
            AlgorithmRegistrationOptions options = TestClients.Registration(client);
            options.DryRun = true;
            options.OutputDirectory = directory.Path;

            var reports = await AlgorithmRegistrar.RegisterAllAsync(new[] { TestAlgorithms.Named("dry-a"), TestAlgorithms.Named("dry-b") }, options);

            Assert.All(reports, r => Assert.Equal(AlgorithmRegistrationOutcome.DryRun, r.Result!.Outcome));
            Assert.Equal(
                new[] { "dry-a.create-algorithm.json", "dry-b.create-algorithm.json" },
                Directory.GetFiles(directory.Path).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task ALiveRegistrationValidatesBeforeSendingAndWritesWhatItSends()
        {
            using var server = new FakeSageMakerServer();
            using var directory = new TempDirectory();
            using SageMakerClient client = TestClients.Client(server);
            AlgorithmRegistrationOptions options = TestClients.Registration(client);
            options.OutputDirectory = directory.Path;
            options.Configure = request => request.ValidationSpecification!.ValidationRole = "not-an-arn";

            await Assert.ThrowsAsync<AlgorithmValidationException>(() => AlgorithmRegistrar.RegisterAsync(TestAlgorithms.Named("invalid"), options));
            Assert.Empty(server.Requests);
            Assert.Empty(Directory.GetFiles(directory.Path));

            options.Configure = null;
            AlgorithmRegistrationResult result = await AlgorithmRegistrar.RegisterAsync(TestAlgorithms.Named("written"), options);

            Assert.Equal(AlgorithmRegistrationOutcome.Created, result.Outcome);
            Assert.Equal(PayloadFiles.ContentFor(TestAlgorithms.RequestNamed("written")), File.ReadAllText(result.FilePath!));
            Assert.Equal(result.CompactJson, server.Requests.Single(r => r.Operation == "CreateAlgorithm").BodyText);
        }
    }
}
