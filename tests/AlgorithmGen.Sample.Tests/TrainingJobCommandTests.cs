using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using AlgorithmGen.Jobs.Tests.Infrastructure;
using AlgorithmGen.Registration.Tests.Infrastructure;
using AlgorithmGen.Sample.Tests.Infrastructure;
using AlgorithmGen.Testing;
using GradientBoosting;
using Xunit;

namespace AlgorithmGen.Sample.Tests
{
    /// <summary>
    /// The sample's opt-in path, <c>run-training-job</c>, as a user runs it: register, wait until the algorithm is
    /// validated, start a training job from the typed algorithm class, wait for it. One endpoint URL: the project's fake
    /// SageMaker endpoint answers the algorithm operations (moto 5.2.1 emulates none of them) and forwards the job
    /// operations to moto's emulator, which creates and describes the real job.
    /// </summary>
    [Collection(MotoCollection.Name)]
    public sealed class TrainingJobCommandTests
    {
        private const string Role = "arn:aws:iam::123456789012:role/SageMakerTraining";
        private readonly MotoServer _moto;

        public TrainingJobCommandTests(MotoServer moto) => _moto = moto;

        [Fact]
        public void The_command_registers_waits_for_validation_trains_from_the_typed_class_and_waits_for_the_job()
        {
            using var work = new TempDirectory();
            using var sageMaker = new FakeSageMakerServer { Upstream = _moto.Endpoint };
            int describes = 0;
            // Validation takes a while in SageMaker: the first description after the create says so.
            sageMaker.OnDescribeAlgorithm = output =>
            {
                if (++describes == 1)
                {
                    output["AlgorithmStatus"] = "InProgress";
                    output["AlgorithmStatusDetails"]!["ValidationStatuses"]![0]!["Status"] = "InProgress";
                }
            };
            string job = "gbm-cli-" + Guid.NewGuid().ToString("N").Substring(0, 10);

            ProcessResult run = SampleProgram.Run(work.Path, Aws(work.Path, sageMaker.Endpoint), TrainingJobCommand.Name,
                "--role", Role, "--train", "s3://example-ml-data/gbm/train/", "--validation", "s3://example-ml-data/gbm/validation/",
                "--output", "s3://example-ml-artifacts/gbm/output", "--job-name", job, "--num-round", "50", "--learning-rate", "0.1");

            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.Empty(sageMaker.SignatureFailures);
            string[] operations = sageMaker.Operations.ToArray();
            int created = Array.IndexOf(operations, "CreateAlgorithm");
            int started = Array.IndexOf(operations, "CreateTrainingJob");
            Assert.True(created >= 0 && started > created, string.Join(", ", operations));
            // Waited: described until Completed (after InProgress) before the job was started.
            Assert.True(operations.Take(started).Count(o => o == "DescribeAlgorithm") >= 2, string.Join(", ", operations));
            Assert.Equal("DescribeTrainingJob", operations.Last());
            Assert.Contains("Algorithm 'gradient-boosting': Created, Completed (" + FakeSageMakerServer.ArnOf("gradient-boosting") + ")", run.StandardOutput, StringComparison.Ordinal);
            // moto made the job and reports where its model went: the job really reached the emulator.
            Assert.Contains("Training job '" + job + "': Completed; model artifacts: s3://example-ml-artifacts/gbm/output/" + job + "/output/model.tar.gz", run.StandardOutput, StringComparison.Ordinal);

            string body = sageMaker.Requests.Single(r => r.Operation == "CreateTrainingJob").BodyText;
            JsonObject request = JsonNode.Parse(body)!.AsObject();
            Assert.Equal(FakeSageMakerServer.ArnOf("gradient-boosting"), (string?)request["AlgorithmSpecification"]!["AlgorithmName"]);
            Assert.Equal("50", (string?)request["HyperParameters"]!["num_round"]);
            Assert.Equal("0.1", (string?)request["HyperParameters"]!["eta"]);
            Assert.Equal(new[] { "train", "validation" }, request["InputDataConfig"]!.AsArray().Select(c => (string?)c!["ChannelName"]));
            Botocore.AssertSendsTheSameBody("CreateTrainingJob", body);
        }

        [Fact]
        public void A_failed_algorithm_validation_fails_with_its_reason_and_starts_no_job()
        {
            using var work = new TempDirectory();
            using var sageMaker = new FakeSageMakerServer { Upstream = _moto.Endpoint };
            const string Reason = "ClientError: validation training job failed: AlgorithmError: no module named 'gbm'";
            sageMaker.OnDescribeAlgorithm = output =>
            {
                output["AlgorithmStatus"] = "Failed";
                output["AlgorithmStatusDetails"]!["ValidationStatuses"]![0]!["Status"] = "Failed";
                output["AlgorithmStatusDetails"]!["ValidationStatuses"]![0]!["FailureReason"] = Reason;
            };

            ProcessResult run = SampleProgram.Run(work.Path, Aws(work.Path, sageMaker.Endpoint), TrainingJobCommand.Name,
                "--role", Role, "--train", "s3://example-ml-data/gbm/train/", "--output", "s3://example-ml-artifacts/gbm/output");

            Assert.True(run.ExitCode == 1, run.Describe());
            Assert.StartsWith("error: Algorithm '" + FakeSageMakerServer.ArnOf("gradient-boosting") + "' ended Failed: " + Reason, run.StandardError, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.StandardOutput + run.StandardError, StringComparison.Ordinal);
            Assert.DoesNotContain("CreateTrainingJob", sageMaker.Operations);
        }

        [Fact]
        public void A_job_the_algorithm_would_reject_is_refused_before_anything_is_sent()
        {
            using var work = new TempDirectory();
            using var sageMaker = new FakeSageMakerServer { Upstream = _moto.Endpoint };

            ProcessResult run = SampleProgram.Run(work.Path, Aws(work.Path, sageMaker.Endpoint), TrainingJobCommand.Name,
                "--role", Role, "--train", "s3://example-ml-data/gbm/train/", "--output", "s3://example-ml-artifacts/gbm/output",
                "--num-round", "0", "--instance-type", "ml.p3.2xlarge");

            Assert.True(run.ExitCode == 1, run.Describe());
            Assert.StartsWith("error: The CreateTrainingJob request for 'gradient-boosting-", run.StandardError, StringComparison.Ordinal);
            Assert.Contains("HyperParameters.num_round", run.StandardError, StringComparison.Ordinal);
            Assert.Contains("ml.p3.2xlarge", run.StandardError, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.StandardError, StringComparison.Ordinal);
            Assert.Empty(sageMaker.Requests);
        }

        [Theory]
        [InlineData("error: --role is required.", "--train", "s3://b/train/", "--output", "s3://b/out")]
        [InlineData("error: --num-round takes a whole number, not 'many'.", "--role", Role, "--train", "s3://b/train/", "--output", "s3://b/out", "--num-round", "many")]
        [InlineData("error: --learning-rate takes a number such as 0.1, not 'fast'.", "--learning-rate", "fast")]
        [InlineData("error: --output needs a value.", "--role", Role, "--train", "s3://b/train/", "--output")]
        [InlineData("error: unknown option '--epochs'.", "--epochs", "3")]
        public void Bad_arguments_fail_in_one_line_with_exit_code_2(string message, params string[] arguments)
        {
            using var work = new TempDirectory();

            ProcessResult run = SampleProgram.Run(work.Path, Unconfigured(work.Path), new[] { TrainingJobCommand.Name }.Concat(arguments).ToArray());

            Assert.True(run.ExitCode == 2, run.Describe());
            Assert.Equal(message + " Run 'GradientBoosting " + TrainingJobCommand.Name + " --help' for usage.", run.StandardError.TrimEnd());
            Assert.Equal(string.Empty, run.StandardOutput);
        }

        [Fact]
        public void Help_lists_the_options_and_the_program_help_names_the_command()
        {
            using var work = new TempDirectory();

            ProcessResult command = SampleProgram.Run(work.Path, Unconfigured(work.Path), TrainingJobCommand.Name, "--help");
            ProcessResult program = SampleProgram.Run(work.Path, Unconfigured(work.Path), "--help");

            Assert.True(command.ExitCode == 0, command.Describe());
            Assert.Equal(TrainingJobCommand.Usage, command.StandardOutput.TrimEnd());
            Assert.True(program.ExitCode == 0, program.Describe());
            Assert.Contains("GradientBoosting " + TrainingJobCommand.Name + " --role ARN --train S3_URI --output S3_URI", program.StandardOutput, StringComparison.Ordinal);
        }

        /// <summary>AWS configured as a deployment would be, pointed at the endpoint; no profile files.</summary>
        private static Dictionary<string, string> Aws(string folder, Uri endpoint)
        {
            Dictionary<string, string> environment = Unconfigured(folder);
            environment["AWS_REGION"] = FakeSageMakerServer.Region;
            environment["AWS_ACCESS_KEY_ID"] = FakeSageMakerServer.AccessKeyId;
            environment["AWS_SECRET_ACCESS_KEY"] = FakeSageMakerServer.SecretAccessKey;
            environment["AWS_ENDPOINT_URL_SAGEMAKER"] = endpoint.ToString();
            return environment;
        }

        private static Dictionary<string, string> Unconfigured(string folder) => new()
        {
            ["AWS_CONFIG_FILE"] = Path.Combine(folder, "no-config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(folder, "no-credentials"),
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["NO_PROXY"] = "127.0.0.1,localhost",
        };
    }
}
