using System;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Client;
using AlgorithmGen.Jobs.Tests.Infrastructure;
using AlgorithmGen.Registration.Tests.Infrastructure;
using AlgorithmGen.Hosting;
using GradientBoosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace AlgorithmGen.Jobs.Tests
{
    /// <summary>
    /// Registration that waits for the algorithm to be usable (opt-in), then the algorithm run: registered on the
    /// project's fake endpoint (moto does not emulate CreateAlgorithm), trained on moto.
    /// </summary>
    [Collection(MotoCollection.Name)]
    public sealed class RegistrationWaitTests
    {
        private readonly MotoServer _moto;

        public RegistrationWaitTests(MotoServer moto) => _moto = moto;

        [Fact]
        public async Task Register_wait_start_a_training_job_and_wait_for_it()
        {
            using var server = new FakeSageMakerServer();
            int describes = 0;
            server.OnDescribeAlgorithm = output => output["AlgorithmStatus"] = Interlocked.Increment(ref describes) <= 2 ? "InProgress" : "Completed";
            using var registry = new JobClient(server.Endpoint);
            using var jobs = new JobClient(_moto.Endpoint);

            AlgorithmRegistrationResult registered = await GradientBoostingAlgorithm.RegisterAsync(new AlgorithmRegistrationOptions { Client = registry.Client, WaitUntilUsable = Waiting.Fast() });
            string name = SampleJobs.Name("gbm-run");
            await SampleJobs.Training(name).Algorithm(registered).StartAsync(jobs.Client);
            var done = await jobs.Client.WaitForTrainingJobAsync(name, Waiting.Fast());

            Assert.Equal("Completed", registered.AlgorithmStatus);
            Assert.Equal(AlgorithmRegistrationOutcome.Created, registered.Outcome);
            Assert.Equal(registered.AlgorithmArn, done.AlgorithmSpecification!.AlgorithmName);
            Assert.Equal("Completed", done.TrainingJobStatus);
        }

        [Fact]
        public async Task Registration_that_waits_fails_when_validation_fails()
        {
            using var server = new FakeSageMakerServer();
            server.OnDescribeAlgorithm = output =>
            {
                output["AlgorithmStatus"] = "Failed";
                output["AlgorithmStatusDetails"]!["ValidationStatuses"]![0]!["Status"] = "Failed";
                output["AlgorithmStatusDetails"]!["ValidationStatuses"]![0]!["FailureReason"] = "ClientError: validation training job failed";
            };
            using var registry = new JobClient(server.Endpoint);

            var error = await Assert.ThrowsAsync<SageMakerResourceFailedException>(
                () => GradientBoostingAlgorithm.RegisterAsync(new AlgorithmRegistrationOptions { Client = registry.Client, WaitUntilUsable = Waiting.Fast() }));

            Assert.Equal("ClientError: validation training job failed", error.FailureReason);
        }

        [Fact]
        public async Task Startup_fails_when_the_awaited_validation_fails()
        {
            using var server = new FakeSageMakerServer();
            server.OnDescribeAlgorithm = output => output["AlgorithmStatus"] = "Failed";
            using IHost host = Host.CreateDefaultBuilder()
                .ConfigureServices(services => services.AddSageMakerAlgorithms(new[] { GradientBoostingAlgorithm.Definition }, options =>
                {
                    options.Registration.ClientOptions = new SageMakerClientOptions
                    {
                        Region = FakeSageMakerServer.Region,
                        EndpointUrl = server.Endpoint,
                        Credentials = new Amazon.Runtime.BasicAWSCredentials(FakeSageMakerServer.AccessKeyId, FakeSageMakerServer.SecretAccessKey),
                    };
                    options.Registration.WaitUntilUsable = Waiting.Fast();
                }))
                .Build();

            Exception error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

            Assert.Contains("ended Failed", error.ToString());
        }
    }
}
