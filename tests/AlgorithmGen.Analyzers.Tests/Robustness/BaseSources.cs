using System;
using System.Collections.Generic;
using AlgorithmGen.Analyzers.Tests.Infrastructure;
using AlgorithmGen.Testing;

namespace AlgorithmGen.Analyzers.Tests.Robustness
{
    /// <summary>The realistic, diagnostic-free sources the mutation tests start from.</summary>
    internal static class BaseSources
    {
        public const string Sample = "sample";
        public const string Baseline = "baseline";
        public const string Rich = "rich";

        public static readonly IReadOnlyList<string> Names = new[] { Sample, Baseline, Rich };

        public static string Get(string name) => name switch
        {
            Sample => RepositoryRoot.ReadAllText("samples/GradientBoosting/GradientBoostingAlgorithm.cs"),
            Baseline => BaselineWithHyperParameters,
            Rich => RichSource,
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };

        /// <summary><see cref="Algorithms.Valid"/> with one hyperparameter of each kind.</summary>
        private static readonly string BaselineWithHyperParameters = Algorithms.Valid(
            extraAttributes: """
                [Metric("validation:rmse", "rmse=([0-9.]+)", TuningObjective = ObjectiveType.Minimize)]
                [Tag("team", "forecasting")]
                """,
            members: """
                /// <summary>Maximum depth of a tree.</summary>
                [HyperParameter(MinValue = 1, MaxValue = 16, IsTunable = true)]
                public required int MaxDepth { get; set; }

                [HyperParameter("eta", MinValue = 0.001, MaxValue = 1.0, IsTunable = true)]
                public double LearningRate { get; set; } = 0.3;

                [HyperParameter]
                public Booster Booster { get; set; } = Booster.GbTree;

                [HyperParameter]
                public bool EarlyStopping { get; set; } = true;

                [HyperParameter(Values = new[] { "rmse", "mae" })]
                public string EvalMetric { get; set; } = "rmse";

                [HyperParameter]
                public string? Notes { get; set; }

                [HyperParameter]
                [HyperParameterRange(IntegerMinValue = 2, IntegerMaxValue = "4096")]
                public int MaxLeaves { get; set; } = 31;
            """) + """

            public enum Booster
            {
                [EnumMember(Value = "gbtree")]
                GbTree,
                [EnumMember(Value = "dart")]
                Dart,
            }
            """;

        /// <summary>Every attribute area: inference with two containers and their data sources, a full validation profile, nesting.</summary>
        private const string RichSource = """
            using System.Runtime.Serialization;
            using AlgorithmGen;

            namespace Robustness.Rich
            {
                /// <summary>Image classification with a serving container, a validation profile and every kind of data source.</summary>
                [Algorithm("image-classifier",
                    TrainingImage = "123456789012.dkr.ecr.us-west-2.amazonaws.com/image-classifier:3.1",
                    TrainingImageDigest = "sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0",
                    SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlG5_2XLarge, TrainingInstanceTypes.MlM5_XLarge, TrainingInstanceTypes.MlP3_2XLarge },
                    SupportsDistributedTraining = true,
                    CertifyForMarketplace = true,
                    HyperParameterNaming = HyperParameterNaming.SnakeCase)]
                [Channel("train", Description = "Labelled images.", IsRequired = true,
                    SupportedContentTypes = new[] { "application/x-image", "application/x-recordio" },
                    SupportedCompressionTypes = new[] { CompressionType.None, CompressionType.Gzip },
                    SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe })]
                [Channel("validation", SupportedContentTypes = new[] { "application/x-image" }, SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.FastFile })]
                [Channel("pretrained", SupportedContentTypes = new[] { "application/octet-stream" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                [Metric("train:accuracy", @"train_accuracy=([0-9.]+)")]
                [Metric("validation:accuracy", @"validation_accuracy=([0-9.]+)", TuningObjective = ObjectiveType.Maximize)]
                [Metric("validation:loss", "validation_loss=([0-9.eE+-]+)", TuningObjective = ObjectiveType.Minimize)]
                [AdditionalS3DataSource(S3ObjectDataType.S3Prefix, "s3://example-ml-data/image-classifier/labels/", CompressionType = CompressionType.Gzip, ETag = "abc123")]
                [InferenceSpecification(
                    SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlM5_XLarge, TransformInstanceTypes.MlG4dn_XLarge },
                    SupportedRealtimeInferenceInstanceTypes = new[] { RealtimeInferenceInstanceTypes.MlG4dn_XLarge, RealtimeInferenceInstanceTypes.MlC5_XLarge },
                    SupportedContentTypes = new[] { "application/x-image", "image/jpeg" },
                    SupportedResponseMIMETypes = new[] { "application/json" })]
                [InferenceContainer("123456789012.dkr.ecr.us-west-2.amazonaws.com/image-classifier-serve:3.1", Id = "serve",
                    ContainerHostname = "classifier", Environment = new[] { "MODEL_SERVER_WORKERS=2", "TS_MAX_REQUEST_SIZE=6553500" },
                    Framework = "PYTORCH", FrameworkVersion = "2.1.0", NearestModelName = "resnet50", DataInputConfig = "{\"input0\":[1,3,224,224]}",
                    BaseModelHubContentName = "resnet-50", BaseModelHubContentVersion = "1.0.0")]
                [InferenceContainer(Image = "123456789012.dkr.ecr.us-west-2.amazonaws.com/image-postprocess:3.1", Id = "post", IsCheckpoint = false, ProductId = "prod-abc123")]
                [ModelDataSource("s3://example-ml-models/image-classifier/model.tar.gz", S3ObjectDataType.S3Object, CompressionType.Gzip, Container = "serve", AcceptEula = true, ETag = "etag-1")]
                [AdditionalModelDataSource("labels", "s3://example-ml-models/image-classifier/labels/", S3ObjectDataType.S3Prefix, CompressionType.None, Container = "post")]
                [AdditionalS3DataSource(S3ObjectDataType.S3Object, "s3://example-ml-models/image-classifier/vocab.json", Container = "post")]
                [ValidationProfile("smoke-test",
                    ValidationRole = "arn:aws:iam::123456789012:role/SageMakerValidation",
                    TrainingInputMode = TrainingInputMode.File,
                    HyperParameters = new[] { "epochs=2", "learning_rate=0.01", "optimizer=adam", "augment=true" },
                    S3OutputPath = "s3://example-ml-artifacts/image-classifier/validation/",
                    OutputKmsKeyId = "alias/validation-output", OutputCompressionType = OutputCompressionType.Gzip,
                    InstanceType = TrainingInstanceTypes.MlM5_XLarge, InstanceCount = 1, VolumeSizeInGB = 50, VolumeKmsKeyId = "alias/validation-volume",
                    KeepAlivePeriodInSeconds = 600, EnableMultipleJobs = false,
                    MaxRuntimeInSeconds = 7200, MaxWaitTimeInSeconds = 10800, MaxPendingTimeInSeconds = 7200)]
                [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://example-ml-data/image-classifier/train/",
                    S3DataDistributionType = S3DataDistribution.ShardedByS3Key, ContentType = "application/x-image", ShuffleSeed = 7, InstanceGroupNames = new[] { "workers" })]
                [ValidationInput("validation", FileSystemId = "fs-0123456789abcdef0", FileSystemType = FileSystemType.FSxLustre,
                    FileSystemAccessMode = FileSystemAccessMode.ReadOnly, DirectoryPath = "/fsx/validation", ContentType = "application/x-image")]
                [ValidationInput("pretrained", DatasetArn = "arn:aws:sagemaker:us-west-2:123456789012:hub-content/models/DataSet/resnet-weights/1.0.0")]
                [ValidationInstanceGroup("workers", TrainingInstanceTypes.MlM5_XLarge, 1, Profile = "smoke-test")]
                [ValidationPlacement(1, UltraServerId = "ultra-1")]
                [ValidationTransformJob(MaxConcurrentTransforms = 2, MaxPayloadInMB = 6, BatchStrategy = BatchStrategy.MultiRecord, Environment = new[] { "BATCH=1" },
                    S3DataType = S3DataType.S3Prefix, S3Uri = "s3://example-ml-data/image-classifier/batch/", ContentType = "application/x-image",
                    CompressionType = CompressionType.None, SplitType = SplitType.None,
                    S3OutputPath = "s3://example-ml-artifacts/image-classifier/transform/", Accept = "application/json", AssembleWith = AssemblyType.None, KmsKeyId = "alias/transform",
                    InstanceType = TransformInstanceTypes.MlM5_XLarge, InstanceCount = 1, TransformAmiVersion = "al2-ami-sagemaker-batch-gpu-470")]
                [Tag("team", "vision")]
                [Tag("cost-center", "ml-7")]
                public partial class ImageClassifier
                {
                    /// <summary>Passes over the training data.</summary>
                    [HyperParameter(MinValue = 1, MaxValue = 200, IsTunable = true)]
                    public required int Epochs { get; set; }

                    [HyperParameter("learning_rate", MinValue = 1e-5, MaxValue = 1.0, IsTunable = true)]
                    public double LearningRate { get; set; } = 0.01;

                    /// <summary>The optimizer; see <see cref="Optimizer"/>.</summary>
                    [HyperParameter(IsTunable = true)]
                    public Optimizer Optimizer { get; set; } = Optimizer.Adam;

                    [HyperParameter]
                    public bool Augment { get; set; } = true;

                    [HyperParameter(Values = new[] { "18", "34", "50" }, Description = "ResNet depth.")]
                    public string Depth { get; set; } = "50";

                    [HyperParameter(Type = HyperParameterType.FreeText, DefaultValue = "0,1,2")]
                    public string? Classes { get; set; }

                    [HyperParameter(MinValue = "0", MaxValue = "1")]
                    public float? Dropout { get; set; }

                    public int NotAHyperParameter { get; set; } = 3;
                }

                public static partial class Catalog
                {
                    [Algorithm("text-embedder", TrainingImage = "123456789012.dkr.ecr.us-west-2.amazonaws.com/text-embedder:1",
                        SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_Large })]
                    [Channel("corpus", SupportedContentTypes = new[] { "text/plain" }, SupportedInputModes = new[] { TrainingInputMode.Pipe })]
                    public partial class TextEmbedder
                    {
                        /// <summary>Embedding size.</summary>
                        [HyperParameter(MinValue = 8, MaxValue = 4096)]
                        public int Dimensions { get; set; } = 256;
                    }
                }

                public enum Optimizer
                {
                    [EnumMember(Value = "sgd")]
                    Sgd,
                    [EnumMember(Value = "adam")]
                    Adam,
                    [EnumMember(Value = "rmsprop")]
                    RmsProp,
                }
            }
            """;
    }
}
