using System.Linq;
using System.Threading.Tasks;
using AlgorithmGen.Client;
using AlgorithmGen.Jobs.Tests.Infrastructure;
using AlgorithmGen.Model;
using GradientBoosting;
using Xunit;

namespace AlgorithmGen.Jobs.Tests
{
    /// <summary>
    /// Real jobs created, described and listed through the project's client against moto's SageMaker emulator, with
    /// every request body compared with the one botocore's serializer sends for the same parameters.
    /// </summary>
    [Collection(MotoCollection.Name)]
    public sealed class MotoJobTests
    {
        private readonly MotoServer _moto;

        public MotoJobTests(MotoServer moto) => _moto = moto;

        [Fact]
        public async Task A_training_job_is_created_described_and_listed()
        {
            using var client = new JobClient(_moto.Endpoint);
            string name = SampleJobs.Name("gbm-train");
            CreateTrainingJobRequest request = SampleJobs.Training(name).Build();

            CreateTrainingJobResponse created = await client.Client.CreateTrainingJobAsync(request);
            DescribeTrainingJobResponse described = await client.Client.DescribeTrainingJobAsync(new DescribeTrainingJobRequest { TrainingJobName = name });
            ListTrainingJobsResponse listed = await client.Client.ListTrainingJobsAsync(new ListTrainingJobsRequest { NameContains = name, MaxResults = 10 });

            Assert.EndsWith(":training-job/" + name, created.TrainingJobArn);
            Assert.Equal(name, described.TrainingJobName);
            Assert.Equal("gradient-boosting", described.AlgorithmSpecification!.AlgorithmName);
            Assert.Equal(request.HyperParameters, described.HyperParameters);
            Assert.Equal(new[] { "train", "validation" }, described.InputDataConfig!.Select(c => c.ChannelName));
            Assert.Equal("ml.m5.xlarge", described.ResourceConfig!.InstanceType);
            Assert.Equal(created.TrainingJobArn, Assert.Single(listed.TrainingJobSummaries!).TrainingJobArn);
            Botocore.AssertSendsTheSameBody("CreateTrainingJob", client.Recorder.BodyOf("CreateTrainingJob"));
            Botocore.AssertSendsTheSameBody("DescribeTrainingJob", client.Recorder.BodyOf("DescribeTrainingJob"));
            Botocore.AssertSendsTheSameBody("ListTrainingJobs", client.Recorder.BodyOf("ListTrainingJobs"));
        }

        [Fact]
        public async Task A_training_job_is_waited_for_until_it_completes()
        {
            using var client = new JobClient(_moto.Endpoint);
            string name = SampleJobs.Name("gbm-wait");
            await SampleJobs.Training(name).StartAsync(client.Client);

            DescribeTrainingJobResponse done = await client.Client.WaitForTrainingJobAsync(name, Waiting.Fast());

            Assert.Equal("Completed", done.TrainingJobStatus);
        }

        [Fact]
        public async Task A_tuning_job_is_created_described_and_listed()
        {
            using var client = new JobClient(_moto.Endpoint);
            string name = SampleJobs.Name("gbm-tune");
            CreateHyperParameterTuningJobRequest request = SampleJobs.Tuning(name).Build();

            CreateHyperParameterTuningJobResponse created = await client.Client.CreateHyperParameterTuningJobAsync(request);
            DescribeHyperParameterTuningJobResponse described = await client.Client.DescribeHyperParameterTuningJobAsync(new DescribeHyperParameterTuningJobRequest { HyperParameterTuningJobName = name });
            ListHyperParameterTuningJobsResponse listed = await client.Client.ListHyperParameterTuningJobsAsync(new ListHyperParameterTuningJobsRequest { NameContains = name });

            Assert.EndsWith(":hyper-parameter-tuning-job/" + name, created.HyperParameterTuningJobArn);
            Assert.Equal(name, described.HyperParameterTuningJobName);
            Assert.Equal("Minimize", described.HyperParameterTuningJobConfig!.HyperParameterTuningJobObjective!.Type);
            Assert.Equal(new[] { "max_depth" }, described.HyperParameterTuningJobConfig.ParameterRanges!.IntegerParameterRanges!.Select(r => r.Name));
            Assert.DoesNotContain("max_depth", described.TrainingJobDefinition!.StaticHyperParameters!.Keys);
            Assert.Equal("100", described.TrainingJobDefinition.StaticHyperParameters["num_round"]);
            Assert.Contains(listed.HyperParameterTuningJobSummaries!, s => s.HyperParameterTuningJobName == name);
            Botocore.AssertSendsTheSameBody("CreateHyperParameterTuningJob", client.Recorder.BodyOf("CreateHyperParameterTuningJob"));
            Botocore.AssertSendsTheSameBody("DescribeHyperParameterTuningJob", client.Recorder.BodyOf("DescribeHyperParameterTuningJob"));
            Botocore.AssertSendsTheSameBody("ListHyperParameterTuningJobs", client.Recorder.BodyOf("ListHyperParameterTuningJobs"));
        }

        [Fact]
        public async Task A_model_from_the_algorithms_package_and_a_transform_job_are_created_described_and_listed()
        {
            using var client = new JobClient(_moto.Endpoint);
            string model = SampleJobs.Name("gbm-model");
            string name = SampleJobs.Name("gbm-transform");
            await client.Client.CreateModelAsync(new CreateModelRequest
            {
                ModelName = model,
                Containers = new() { new ContainerDefinition { ModelPackageName = "arn:aws:sagemaker:us-east-1:123456789012:model-package/gradient-boosting-trained" } },
                ExecutionRoleArn = SampleJobs.Role,
                EnableNetworkIsolation = true,
            });
            CreateTransformJobRequest request = SampleJobs.Transform(name, model).Build();

            CreateTransformJobResponse created = await client.Client.CreateTransformJobAsync(request);
            DescribeTransformJobResponse described = await client.Client.DescribeTransformJobAsync(new DescribeTransformJobRequest { TransformJobName = name });
            ListTransformJobsResponse listed = await client.Client.ListTransformJobsAsync(new ListTransformJobsRequest { NameContains = name });
            DescribeModelResponse describedModel = await client.Client.DescribeModelAsync(new DescribeModelRequest { ModelName = model });

            Assert.EndsWith(":transform-job/" + name, created.TransformJobArn);
            Assert.Equal(model, described.ModelName);
            Assert.Equal("text/csv", described.TransformInput!.ContentType);
            Assert.Equal("Line", described.TransformInput.SplitType);
            Assert.Contains(listed.TransformJobSummaries!, s => s.TransformJobName == name);
            Assert.Equal(model, describedModel.ModelName);
            Assert.Equal("Completed", (await client.Client.WaitForTransformJobAsync(name, Waiting.Fast())).TransformJobStatus);
            Botocore.AssertSendsTheSameBody("CreateModel", client.Recorder.BodyOf("CreateModel"));
            Botocore.AssertSendsTheSameBody("CreateTransformJob", client.Recorder.BodyOf("CreateTransformJob"));
            Botocore.AssertSendsTheSameBody("DescribeTransformJob", client.Recorder.BodyOf("DescribeTransformJob"));
            Botocore.AssertSendsTheSameBody("ListTransformJobs", client.Recorder.BodyOf("ListTransformJobs"));
        }

        [Fact]
        public async Task A_model_package_from_the_algorithm_serves_a_model_that_runs_a_transform_job()
        {
            using var client = new JobClient(_moto.Endpoint);
            string package = SampleJobs.Name("gbm-package");
            string model = SampleJobs.Name("gbm-model");
            string transform = SampleJobs.Name("gbm-transform");

            CreateModelPackageResponse created = await SampleJobs.ModelPackage(package)
                .Validation(SampleJobs.Role, "batch", SampleJobs.ValidationTransform())
                .CreateAsync(client.Client);
            DescribeModelPackageResponse described = await client.Client.DescribeModelPackageAsync(new DescribeModelPackageRequest { ModelPackageName = package });
            await client.Client.CreateModelAsync(new CreateModelRequest
            {
                ModelName = model,
                Containers = new() { new ContainerDefinition { ModelPackageName = created.ModelPackageArn } },
                ExecutionRoleArn = SampleJobs.Role,
                EnableNetworkIsolation = true,
            });
            await SampleJobs.Transform(transform, model).StartAsync(client.Client);

            Assert.EndsWith(":model-package/" + package, created.ModelPackageArn);
            SourceAlgorithm source = Assert.Single(described.SourceAlgorithmSpecification!.SourceAlgorithms!);
            Assert.Equal(GradientBoostingAlgorithm.Definition.AlgorithmName, source.AlgorithmName);
            Assert.Equal(SampleJobs.ModelData, source.ModelDataUrl);
            Assert.Equal("batch", Assert.Single(described.ValidationSpecification!.ValidationProfiles!).ProfileName);
            Assert.Equal("Completed", (await client.Client.WaitForTransformJobAsync(transform, Waiting.Fast())).TransformJobStatus);
            Botocore.AssertSendsTheSameBody("CreateModelPackage", client.Recorder.BodyOf("CreateModelPackage"));
            Botocore.AssertSendsTheSameBody("DescribeModelPackage", client.Recorder.BodyOf("DescribeModelPackage"));
        }

        [Fact]
        public async Task A_missing_job_is_a_typed_validation_error()
        {
            using var client = new JobClient(_moto.Endpoint);

            var error = await Assert.ThrowsAsync<SageMakerValidationException>(
                () => client.Client.DescribeTrainingJobAsync(new DescribeTrainingJobRequest { TrainingJobName = "no-such-job" }));

            Assert.Contains("Could not find training job", error.Message);
        }
    }
}
