using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AlgorithmGen.Client;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;
using GradientBoosting;

namespace AlgorithmGen.Jobs.Tests.Infrastructure
{
    /// <summary>Valid jobs of the sample algorithm, for the tests to send or to break one member of.</summary>
    internal static class SampleJobs
    {
        public const string Role = "arn:aws:iam::123456789012:role/SageMakerTraining";

        public static string Name(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N").Substring(0, 12);

        public static TrainingJobBuilder Training(string name, GradientBoostingAlgorithm? algorithm = null) =>
            Configure((algorithm ?? new GradientBoostingAlgorithm { NumRound = 200, LearningRate = 0.1 }).CreateTrainingJob(name));

        public static TrainingJobBuilder Configure(TrainingJobBuilder builder) => builder
            .Role(Role)
            .Input(GradientBoostingAlgorithm.ChannelNames.Train, "s3://example-ml-data/gradient-boosting/train/", "text/csv")
            .Input(GradientBoostingAlgorithm.ChannelNames.Validation, "s3://example-ml-data/gradient-boosting/validation/", "text/csv")
            .Output("s3://example-ml-artifacts/gradient-boosting/output")
            .Resources(TrainingInstanceTypes.MlM5_XLarge)
            .StoppingCondition(3600)
            .Checkpoint("s3://example-ml-artifacts/gradient-boosting/checkpoints")
            .Environment("GBM_LOG_LEVEL", "info")
            .Tag("team", "forecasting");

        public static TuningJobBuilder Tuning(string name) =>
            new GradientBoostingAlgorithm { NumRound = 100, Objective = Objective.SquaredError }
                .CreateTuningJob(name, training => Configure(training))
                .Objective("validation:rmse")
                .IntegerRange("max_depth", 3, 10)
                .ContinuousRange("eta", 0.01, 0.3, "Logarithmic")
                .CategoricalRange("booster", "gbtree", "dart")
                .ResourceLimits(4, 2)
                .Tag("team", "forecasting");

        public static TransformJobBuilder Transform(string name, string modelName) =>
            GradientBoostingAlgorithm.Definition.CreateTransformJob(name, modelName)
                .Input("s3://example-ml-data/gradient-boosting/batch/", "text/csv", SplitType.Line)
                .Output("s3://example-ml-artifacts/gradient-boosting/transform", "text/csv", AssemblyType.Line)
                .Resources(TransformInstanceTypes.MlM5_XLarge)
                .Batching(BatchStrategy.MultiRecord, maxPayloadInMB: 6);

        /// <summary>Where a training job of the sample wrote its model (moto's ModelArtifacts for a job named gbm-1).</summary>
        public const string ModelData = "s3://example-ml-artifacts/gradient-boosting/output/gbm-1/output/model.tar.gz";

        public static ModelPackageBuilder ModelPackage(string name, AlgorithmDefinition? algorithm = null) =>
            (algorithm ?? GradientBoostingAlgorithm.Definition).CreateModelPackage(name, ModelData)
                .Description("Gradient-boosted trees trained on abalone")
                .Tag("team", "forecasting");

        /// <summary>A validation transform job for a model package, as the sample's inference specification accepts it unless told otherwise.</summary>
        public static TransformJobDefinition ValidationTransform(string contentType = "text/csv", string instanceType = TransformInstanceTypes.MlM5_XLarge) => new TransformJobDefinition
        {
            TransformInput = new TransformInput
            {
                DataSource = new TransformDataSource { S3DataSource = new TransformS3DataSource { S3DataType = nameof(S3DataType.S3Prefix), S3Uri = "s3://example-ml-data/gradient-boosting/batch/" } },
                ContentType = contentType,
                SplitType = nameof(SplitType.Line),
            },
            TransformOutput = new TransformOutput { S3OutputPath = "s3://example-ml-artifacts/gradient-boosting/validation", Accept = "text/csv" },
            TransformResources = new TransformResources { InstanceType = instanceType, InstanceCount = 1 },
        };

        /// <summary>The sample algorithm without its inference specification (training only).</summary>
        public static AlgorithmDefinition TrainingOnlyAlgorithm()
        {
            var request = GradientBoostingAlgorithm.CreateRequest();
            request.InferenceSpecification = null;
            return AlgorithmDefinition.FromRequest(request);
        }

        /// <summary>The sample algorithm with distributed training turned off (it declares it on).</summary>
        public static AlgorithmDefinition SingleInstanceAlgorithm()
        {
            var request = GradientBoostingAlgorithm.CreateRequest();
            request.TrainingSpecification!.SupportsDistributedTraining = false;
            return AlgorithmDefinition.FromRequest(request);
        }
    }

    /// <summary>Any of the builders, as the rule tests use them.</summary>
    internal sealed class AnyJob
    {
        private AnyJob(string operation, Func<IReadOnlyList<Violation>> validate, Action build, Func<SageMakerClient, Task> start)
        {
            Operation = operation;
            Validate = validate;
            Build = build;
            Start = start;
        }

        public string Operation { get; }

        public Func<IReadOnlyList<Violation>> Validate { get; }

        public Action Build { get; }

        public Func<SageMakerClient, Task> Start { get; }

        public static implicit operator AnyJob(TrainingJobBuilder b) => new AnyJob("CreateTrainingJob", b.Validate, () => b.Build(), c => b.StartAsync(c));

        public static implicit operator AnyJob(TuningJobBuilder b) => new AnyJob("CreateHyperParameterTuningJob", b.Validate, () => b.Build(), c => b.StartAsync(c));

        public static implicit operator AnyJob(TransformJobBuilder b) => new AnyJob("CreateTransformJob", b.Validate, () => b.Build(), c => b.StartAsync(c));

        public static implicit operator AnyJob(ModelPackageBuilder b) => new AnyJob("CreateModelPackage", b.Validate, () => b.Build(), c => b.CreateAsync(c));
    }
}
