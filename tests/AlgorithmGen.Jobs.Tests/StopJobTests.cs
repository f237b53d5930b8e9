using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AlgorithmGen.Client;
using AlgorithmGen.Jobs.Tests.Infrastructure;
using AlgorithmGen.Model;
using AlgorithmGen.Registration.Tests.Infrastructure;
using Xunit;

namespace AlgorithmGen.Jobs.Tests
{
    /// <summary>
    /// Stopping jobs. moto 5.2.1 emulates none of the three stop operations, so the project's fake endpoint answers them
    /// (and forwards the creates to moto): each request is signed, sent once and serialized as botocore would send it;
    /// the service's answer to a job that is not running comes back as a typed error.
    /// </summary>
    [Collection(MotoCollection.Name)]
    public sealed class StopJobTests
    {
        private const string NotRunning = "The request was rejected because the job is in status Completed.";

        private readonly MotoServer _moto;

        public StopJobTests(MotoServer moto) => _moto = moto;

        public static TheoryData<string> Operations() => new() { "StopTrainingJob", "StopHyperParameterTuningJob", "StopTransformJob" };

        [Theory]
        [MemberData(nameof(Operations))]
        public async Task A_started_job_is_stopped_with_the_body_botocore_sends(string operation)
        {
            using var sageMaker = new FakeSageMakerServer { Upstream = _moto.Endpoint };
            var stopped = new List<string>();
            sageMaker.Handle(operation, input =>
            {
                stopped.Add(input.ToJsonString());
                return (200, "{}");
            });
            using var client = new JobClient(sageMaker.Endpoint);
            string name = SampleJobs.Name("gbm-stop");

            await Start(operation, name, client.Client);
            await Stop(operation, name, client.Client);

            Assert.Empty(sageMaker.SignatureFailures);
            Assert.Equal(name, (string?)JsonNode.Parse(Assert.Single(stopped))![NameMember(operation)]);
            Assert.Equal(operation, sageMaker.Operations.Last());
            Botocore.AssertSendsTheSameBody(operation, client.Recorder.BodyOf(operation));
        }

        [Theory]
        [MemberData(nameof(Operations))]
        public async Task Stopping_a_job_that_is_not_running_is_a_typed_validation_error_sent_once(string operation)
        {
            using var sageMaker = new FakeSageMakerServer();
            sageMaker.Handle(operation, _ => (400, FakeSageMakerServer.Error("ValidationException", NotRunning)));
            using var client = new JobClient(sageMaker.Endpoint);

            var error = await Assert.ThrowsAsync<SageMakerValidationException>(() => Stop(operation, "gbm-finished", client.Client));

            Assert.Contains(NotRunning, error.Message, StringComparison.Ordinal);
            Assert.Equal(new[] { operation }, sageMaker.Operations);
        }

        private static string NameMember(string operation) => operation switch
        {
            "StopTrainingJob" => nameof(StopTrainingJobRequest.TrainingJobName),
            "StopHyperParameterTuningJob" => nameof(StopHyperParameterTuningJobRequest.HyperParameterTuningJobName),
            _ => nameof(StopTransformJobRequest.TransformJobName),
        };

        private static Task Start(string operation, string name, SageMakerClient client) => operation switch
        {
            "StopTrainingJob" => SampleJobs.Training(name).StartAsync(client),
            "StopHyperParameterTuningJob" => SampleJobs.Tuning(name).StartAsync(client),
            _ => SampleJobs.Transform(name, "gbm-model").StartAsync(client),
        };

        private static Task Stop(string operation, string name, SageMakerClient client) => operation switch
        {
            "StopTrainingJob" => client.StopTrainingJobAsync(new StopTrainingJobRequest { TrainingJobName = name }),
            "StopHyperParameterTuningJob" => client.StopHyperParameterTuningJobAsync(new StopHyperParameterTuningJobRequest { HyperParameterTuningJobName = name }),
            _ => client.StopTransformJobAsync(new StopTransformJobRequest { TransformJobName = name }),
        };
    }
}
