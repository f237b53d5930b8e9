using System.Linq;
using System.Threading.Tasks;
using AlgorithmGen.Client;
using AlgorithmGen.Json;
using AlgorithmGen.Model;
using AlgorithmGen.Registration.Tests.Infrastructure;
using Xunit;

namespace AlgorithmGen.Registration.Tests
{
    /// <summary>Registering what already exists: identical is success, different is a named conflict or a versioned name.</summary>
    public sealed class IdempotencyTests
    {
        private const string OtherImage = "111122223333.dkr.ecr.us-east-1.amazonaws.com/gradient-boosting:2.0.0";

        [Fact]
        public async Task AnIdenticalExistingAlgorithmIsSuccessWithoutCreating()
        {
            using var server = new FakeSageMakerServer();
            server.Seed(TestAlgorithms.BodyNamed("existing"));
            using SageMakerClient client = TestClients.Client(server);

            AlgorithmRegistrationResult result = await AlgorithmRegistrar.RegisterAsync(TestAlgorithms.Named("existing"), TestClients.Registration(client));

            Assert.Equal(AlgorithmRegistrationOutcome.AlreadyRegistered, result.Outcome);
            Assert.Equal(FakeSageMakerServer.ArnOf("existing"), result.AlgorithmArn);
            Assert.Equal("Completed", result.AlgorithmStatus);
            // The fake describes it as the service does (digests filled in, defaults spelt out) and it still matches.
            Assert.Equal(new[] { "DescribeAlgorithm" }, server.Operations);
            Assert.Equal(0, server.CreatesProcessed("existing"));
        }

        [Fact]
        public async Task RegisteringTwiceCreatesOnce()
        {
            using var server = new FakeSageMakerServer();
            using SageMakerClient client = TestClients.Client(server);
            AlgorithmDefinition definition = TestAlgorithms.Named("twice");

            AlgorithmRegistrationResult first = await AlgorithmRegistrar.RegisterAsync(definition, TestClients.Registration(client));
            AlgorithmRegistrationResult second = await AlgorithmRegistrar.RegisterAsync(definition, TestClients.Registration(client));

            Assert.Equal(AlgorithmRegistrationOutcome.Created, first.Outcome);
            Assert.Equal(AlgorithmRegistrationOutcome.AlreadyRegistered, second.Outcome);
            Assert.Equal(first.AlgorithmArn, second.AlgorithmArn);
            Assert.Equal(1, server.CreatesProcessed("twice"));
            Assert.Equal(1, server.CountOf("twice"));
        }

        [Fact]
        public async Task ADifferentExistingAlgorithmIsAConflictNamingTheMembers()
        {
            using var server = new FakeSageMakerServer();
            server.Seed(TestAlgorithms.BodyNamed("changed", r =>
            {
                r.TrainingSpecification!.TrainingImage = OtherImage;
                r.TrainingSpecification.SupportedHyperParameters![1].DefaultValue = "0.1";
            }));
            using SageMakerClient client = TestClients.Client(server);

            AlgorithmConflictException conflict = await Assert.ThrowsAsync<AlgorithmConflictException>(
                () => AlgorithmRegistrar.RegisterAsync(TestAlgorithms.Named("changed"), TestClients.Registration(client)));

            Assert.Equal("changed", conflict.AlgorithmName);
            Assert.Equal(FakeSageMakerServer.ArnOf("changed"), conflict.AlgorithmArn);
            Assert.Equal(
                new[] { "TrainingSpecification.TrainingImage", "TrainingSpecification.SupportedHyperParameters[1].DefaultValue" },
                conflict.Differences.Select(d => d.Path));
            Assert.Equal("\"" + OtherImage + "\"", conflict.Differences[0].ServiceValue);
            Assert.Equal("\"0.3\"", conflict.Differences[1].LocalValue);
            Assert.Contains("TrainingSpecification.TrainingImage", conflict.Message);
            Assert.Contains("SupportedHyperParameters[1].DefaultValue", conflict.Message);
            Assert.Contains("cannot be changed", conflict.Message);
            Assert.Contains(conflict.VersionedName!, conflict.Message);
            Assert.Equal(new[] { "DescribeAlgorithm" }, server.Operations);
        }

        [Fact]
        public async Task ConflictCanRegisterUnderAVersionedNameIdempotently()
        {
            using var server = new FakeSageMakerServer();
            server.Seed(TestAlgorithms.BodyNamed("versioned", r => r.TrainingSpecification!.TrainingImage = OtherImage));
            using SageMakerClient client = TestClients.Client(server);
            AlgorithmRegistrationOptions options = TestClients.Registration(client);
            options.OnConflict = AlgorithmConflictBehavior.RegisterVersionedName;

            AlgorithmRegistrationResult first = await AlgorithmRegistrar.RegisterAsync(TestAlgorithms.Named("versioned"), options);
            AlgorithmRegistrationResult second = await AlgorithmRegistrar.RegisterAsync(TestAlgorithms.Named("versioned"), options);

            Assert.Equal(AlgorithmRegistrationOutcome.Created, first.Outcome);
            Assert.True(first.IsVersionedName);
            Assert.Equal("versioned", first.RequestedName);
            Assert.Matches("^versioned-[0-9a-f]{10}$", first.AlgorithmName);
            Assert.Equal(FakeSageMakerServer.ArnOf(first.AlgorithmName), first.AlgorithmArn);
            Assert.Equal(AlgorithmRegistrationOutcome.AlreadyRegistered, second.Outcome);
            Assert.Equal(first.AlgorithmName, second.AlgorithmName);
            Assert.Equal(new[] { "versioned", first.AlgorithmName }, server.AlgorithmNames);
            Assert.Equal(1, server.CreatesProcessed(first.AlgorithmName));
            // What was created under the versioned name is the local specification.
            CreateAlgorithmRequest stored = PayloadJsonReader.Read<CreateAlgorithmRequest>(server.StoredBody(first.AlgorithmName)!);
            Assert.Equal(TestAlgorithms.RequestNamed("x").TrainingSpecification!.TrainingImage, stored.TrainingSpecification!.TrainingImage);
        }

        [Fact]
        public async Task AnAlgorithmCreatedBetweenDescribeAndListIsDescribedAgain()
        {
            using var server = new FakeSageMakerServer();
            server.Inject("ListAlgorithms", Fault.ConcurrentCreate(TestAlgorithms.BodyNamed("race")));
            using SageMakerClient client = TestClients.Client(server);

            AlgorithmRegistrationResult result = await AlgorithmRegistrar.RegisterAsync(TestAlgorithms.Named("race"), TestClients.Registration(client));

            Assert.Equal(AlgorithmRegistrationOutcome.AlreadyRegistered, result.Outcome);
            Assert.Equal(new[] { "DescribeAlgorithm", "ListAlgorithms", "DescribeAlgorithm" }, server.Operations);
            Assert.Equal(1, server.CountOf("race"));
        }

        [Fact]
        public async Task AValidationExceptionFromDescribeForAListedAlgorithmIsNotTakenForMissing()
        {
            using var server = new FakeSageMakerServer();
            server.Seed(TestAlgorithms.BodyNamed("listed"));
            server.InjectAlways("DescribeAlgorithm", Fault.Error(400, "ValidationException", "Something else is wrong with this request."));
            using SageMakerClient client = TestClients.Client(server);

            SageMakerValidationException error = await Assert.ThrowsAsync<SageMakerValidationException>(
                () => AlgorithmRegistrar.RegisterAsync(TestAlgorithms.Named("listed"), TestClients.Registration(client)));

            Assert.Equal("Something else is wrong with this request.", error.Message);
            Assert.Equal(new[] { "DescribeAlgorithm", "ListAlgorithms", "DescribeAlgorithm", "ListAlgorithms" }, server.Operations);
            Assert.Equal(0, server.CreatesProcessed("listed"));
        }

        [Fact]
        public async Task ConfigureChangesAreWhatIsCompared()
        {
            using var server = new FakeSageMakerServer();
            server.Seed(TestAlgorithms.BodyNamed("staged", r => r.TrainingSpecification!.TrainingImage = OtherImage));
            using SageMakerClient client = TestClients.Client(server);
            AlgorithmRegistrationOptions options = TestClients.Registration(client);
            options.Configure = request => request.TrainingSpecification!.TrainingImage = OtherImage;

            AlgorithmRegistrationResult result = await AlgorithmRegistrar.RegisterAsync(TestAlgorithms.Named("staged"), options);

            Assert.Equal(AlgorithmRegistrationOutcome.AlreadyRegistered, result.Outcome);
        }
    }
}
