using System.Runtime.Serialization;
using AlgorithmGen;

namespace AlgorithmGen.Tests
{
    /// <summary>Overridden by Description: never sent.</summary>
    /// <remarks>
    /// Sets every member of every AlgorithmGen attribute at least once, with values the service model accepts (and
    /// that AlgorithmGen's own rules accept: the validation job sets every required hyperparameter, uses declared
    /// content types, and puts KMS keys only on EBS-only instance types), so the payload tests cover every path
    /// from an attribute argument to the wire. Strings carry characters that
    /// need escaping (quotes, a backslash, non-ASCII letters). Which member each argument feeds is checked in
    /// <see cref="KitchenSinkMappingTests"/>.
    /// </remarks>
    [Algorithm("kitchen-sink",
        Description = "Kitchen sink: every attribute member, \"quoted\", with a back\\slash and na\u00efve caf\u00e9 \u2013 \u00fcber.",
        TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/kitchen-sink:2.0.0",
        TrainingImageDigest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_Large, TrainingInstanceTypes.MlG5_XLarge, TrainingInstanceTypes.MlC5_XLarge },
        SupportsDistributedTraining = true,
        CertifyForMarketplace = true,
        EmptyTags = false,
        EmptySupportedHyperParameters = false,
        EmptyTrainingChannels = false,
        EmptyMetricDefinitions = false,
        EmptySupportedTuningJobObjectiveMetrics = false,
        HyperParameterNaming = HyperParameterNaming.KebabCase)]
    [Channel("train", Description = "Augmented manifest rows, streamed.", IsRequired = true,
        SupportedContentTypes = new[] { "application/x-recordio", "application/jsonlines" },
        SupportedCompressionTypes = new[] { CompressionType.None, CompressionType.Gzip },
        SupportedInputModes = new[] { TrainingInputMode.Pipe, TrainingInputMode.File, TrainingInputMode.FastFile })]
    [Channel("fsx", Description = "Shared FSx for Lustre volume.",
        SupportedContentTypes = new[] { "application/x-parquet" },
        SupportedInputModes = new[] { TrainingInputMode.File })]
    [Channel("hub-dataset", IsRequired = false,
        SupportedContentTypes = new[] { "application/jsonlines" },
        SupportedInputModes = new[] { TrainingInputMode.FastFile })]
    [Metric("train:loss", @"train_loss=(-?[0-9\.]+(?:[eE][-+]?[0-9]+)?)", TuningObjective = ObjectiveType.Minimize)]
    [Metric("validation:accuracy", @"val_acc=(-?[0-9\.]+(?:[eE][-+]?[0-9]+)?)", TuningObjective = ObjectiveType.Maximize)]
    [Metric("throughput", @"samples/s: (\S+)", Format = "throughput samples/s: {value}")]
    [Metric("epoch:seconds")]
    [TuningObjective(ObjectiveType.Maximize, "throughput")]
    [Tag("project", "kitchen-sink")]
    [Tag("owner", "ml-platform@example.com")]
    [Tag("caf\u00e9", "cr\u00e8me br\u00fbl\u00e9e")]
    [AdditionalS3DataSource(S3ObjectDataType.S3Prefix, "s3://kitchen-sink-data/tokenizer/",
        CompressionType = CompressionType.None, ETag = "\"9b2cf535f27731c974343645a3985328\"", Owner = DataSourceOwner.TrainingSpecification)]
    // Every member is set, so this shared list overrides nothing: the explicit real-time list below wins (AG0908 says so).
#pragma warning disable AG0908
    [SupportedInstanceTypes(InstanceTypeUse.RealtimeInference, RealtimeInferenceInstanceTypes.MlM5_Large, RealtimeInferenceInstanceTypes.MlG5_XLarge)]
#pragma warning restore AG0908
    [InferenceSpecification(
        EmptyContainers = false,
        SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlM5_Large, TransformInstanceTypes.MlG5_XLarge },
        SupportedRealtimeInferenceInstanceTypes = new[] { RealtimeInferenceInstanceTypes.MlM5_Large, RealtimeInferenceInstanceTypes.MlG5_XLarge },
        SupportedContentTypes = new[] { "application/json", "application/jsonlines", "text/csv" },
        SupportedResponseMIMETypes = new[] { "application/json", "application/jsonlines", "text/csv" })]
    [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/kitchen-sink-serve:2.0.0",
        Id = "primary",
        ContainerHostname = "primary-host",
        ImageDigest = "sha256:fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210",
        ModelDataUrl = "s3://kitchen-sink-models/primary/model.tar.gz",
        ProductId = "prod-kitchen-sink-1",
        Environment = new[] { "SAGEMAKER_PROGRAM=serve.py", "OPTIONS=--fast=true", "EMPTY=" },
        DataInputConfig = "{\"input_1\": [1, 3, 224, 224]}",
        Framework = "PYTORCH",
        FrameworkVersion = "2.1.0",
        NearestModelName = "resnet50",
        ModelDataETag = "\"5d41402abc4b2a76b9719d911017c592\"",
        IsCheckpoint = false,
        EmptyAdditionalModelDataSources = false,
        BaseModelHubContentName = "kitchen-sink-base",
        BaseModelHubContentVersion = "1.2.3",
        BaseModelRecipeName = "fine-tune-recipe")]
    [InferenceContainer(
        Id = "secondary",
        Image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/kitchen-sink-post:2.0.0",
        ContainerHostname = "secondary-host",
        IsCheckpoint = true)]
    [ModelDataSource("s3://kitchen-sink-models/primary/", S3ObjectDataType.S3Prefix, CompressionType.None,
        Container = "primary",
        AcceptEula = true,
        HubContentArn = "arn:aws:sagemaker:us-east-1:aws:hub-content/SageMakerPublicHub/Model/kitchen-sink-llm/1.0.0",
        ManifestS3Uri = "s3://kitchen-sink-models/primary/manifest.json",
        ETag = "etag-primary-model",
        ManifestEtag = "etag-primary-manifest")]
    [ModelDataSource("s3://kitchen-sink-models/secondary/model.tar.gz", S3ObjectDataType.S3Object, CompressionType.Gzip,
        Container = "secondary")]
    [AdditionalModelDataSource("draft-model", "s3://kitchen-sink-models/draft/", S3ObjectDataType.S3Prefix, CompressionType.None,
        Container = "primary",
        AcceptEula = false,
        HubContentArn = "arn:aws:sagemaker:us-east-1:aws:hub-content/SageMakerPublicHub/Model/kitchen-sink-draft/1.0.0",
        ManifestS3Uri = "s3://kitchen-sink-models/draft/manifest.json",
        ETag = "etag-draft-model",
        ManifestEtag = "etag-draft-manifest")]
    [AdditionalS3DataSource(S3ObjectDataType.S3Object, "s3://kitchen-sink-data/post/lookup.json",
        Container = "secondary", CompressionType = CompressionType.Gzip, ETag = "etag-lookup")]
    [ValidationProfile("kitchen-sink-profile",
        ValidationRole = "arn:aws:iam::123456789012:role/service-role/KitchenSinkValidation",
        TrainingInputMode = TrainingInputMode.FastFile,
        HyperParameters = new[] { "learning-rate=0.05", "max_depth=8", "seed=42", "extra-args=--mode=fast" },
        S3OutputPath = "s3://kitchen-sink-artifacts/validation/output",
        OutputKmsKeyId = "alias/kitchen-sink-output",
        OutputCompressionType = OutputCompressionType.None,
        InstanceType = TrainingInstanceTypes.MlM5_Large,
        InstanceCount = 3,
        VolumeSizeInGB = 100,
        VolumeKmsKeyId = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        KeepAlivePeriodInSeconds = 1800,
        TrainingPlanArn = "arn:aws:sagemaker:us-east-1:123456789012:training-plan/kitchen-sink-plan",
        EnableMultipleJobs = true,
        MaxRuntimeInSeconds = 86400,
        MaxWaitTimeInSeconds = 172800,
        MaxPendingTimeInSeconds = 7200,
        // The structures are sent by the members above; written false, the flags ask for nothing.
        EmptyStoppingCondition = false,
        EmptyInstancePlacementConfig = false,
        EmptyInputDataConfig = false,
        EmptyInstanceGroups = false,
        EmptyPlacementSpecifications = false)]
    [ValidationInput("train",
        Profile = "kitchen-sink-profile",
        ContentType = "application/x-recordio",
        CompressionType = CompressionType.Gzip,
        RecordWrapperType = RecordWrapperType.RecordIO,
        InputMode = TrainingInputMode.Pipe,
        ShuffleSeed = 9007199254740993L,
        S3DataType = S3DataType.AugmentedManifestFile,
        S3Uri = "s3://kitchen-sink-data/train/manifest.jsonl",
        S3DataDistributionType = S3DataDistribution.ShardedByS3Key,
        AttributeNames = new[] { "source-ref", "label" },
        InstanceGroupNames = new[] { "workers", "parameter-servers" },
        AcceptEula = true,
        HubContentArn = "arn:aws:sagemaker:us-east-1:aws:hub-content/SageMakerPublicHub/DataSet/kitchen-sink-train/1.0.0")]
    [ValidationInput("fsx",
        InputMode = TrainingInputMode.File,
        FileSystemId = "fs-0123456789abcdef0",
        FileSystemAccessMode = FileSystemAccessMode.ReadOnly,
        FileSystemType = FileSystemType.FSxLustre,
        DirectoryPath = "/fsx/kitchen-sink/train")]
    [ValidationInput("hub-dataset",
        DatasetArn = "arn:aws:sagemaker:us-east-1:123456789012:hub-content/kitchen-sink-hub/DataSet/kitchen-sink-data/1.0.0")]
    [ValidationInstanceGroup("workers", TrainingInstanceTypes.MlM5_Large, 2, Profile = "kitchen-sink-profile")]
    [ValidationInstanceGroup("parameter-servers", TrainingInstanceTypes.MlC5_XLarge, 1)]
    [ValidationPlacement(2, UltraServerId = "ultraserver-kitchen-sink-1", Profile = "kitchen-sink-profile")]
    [ValidationPlacement(1)]
    [ValidationTransformJob(
        Profile = "kitchen-sink-profile",
        MaxConcurrentTransforms = 4,
        MaxPayloadInMB = 6,
        BatchStrategy = BatchStrategy.SingleRecord,
        Environment = new[] { "LOG_LEVEL=debug", "BATCH_SIZE=64" },
        S3DataType = S3DataType.ManifestFile,
        S3Uri = "s3://kitchen-sink-data/batch/manifest.json",
        ContentType = "application/jsonlines",
        CompressionType = CompressionType.Gzip,
        SplitType = SplitType.RecordIO,
        S3OutputPath = "s3://kitchen-sink-artifacts/validation/transform",
        Accept = "application/jsonlines",
        AssembleWith = AssemblyType.Line,
        KmsKeyId = "alias/kitchen-sink-transform",
        InstanceType = TransformInstanceTypes.MlM5_Large,
        InstanceCount = 2,
        VolumeKmsKeyId = "arn:aws:kms:us-east-1:123456789012:key/abcd1234-ab12-cd34-ef56-abcdef123456",
        TransformAmiVersion = "al2-ami-sagemaker-batch-gpu-470")]
    public partial class KitchenSink
    {
        /// <summary>Step size of the optimizer.</summary>
        [HyperParameter(MinValue = 0.0001, MaxValue = 1.0, IsTunable = true)]
        public double LearningRate { get; set; } = 0.05;

        /// <summary>Ignored: the Description argument wins.</summary>
        [HyperParameter("max_depth", Description = "Deepest tree, in levels.", MinValue = 1, MaxValue = 32, IsTunable = true)]
        public required int MaxDepth { get; set; }

        /// <summary>Fraction of rows sampled per round, as text.</summary>
        [HyperParameter(Name = "sample-fraction", Type = HyperParameterType.Continuous, MinValue = "0.1", MaxValue = "1", DefaultValue = "0.8")]
        public string? SampleRate { get; set; }

        /// <summary>Tree construction algorithm.</summary>
        [HyperParameter(Values = new[] { "auto", "exact", "hist" }, IsTunable = true)]
        public string TreeMethod { get; set; } = "hist";

        /// <summary>Random seed; must be given.</summary>
        [HyperParameter(IsRequired = true, IsTunable = false)]
        public long Seed { get; set; }

        /// <summary>The optimizer.</summary>
        [HyperParameter(IsTunable = true)]
        public KitchenSinkOptimizer Optimizer { get; set; } = KitchenSinkOptimizer.AdamW;

        /// <summary>Whether to train on GPUs.</summary>
        [HyperParameter]
        public bool UseGpu { get; set; }

        /// <summary>Momentum of <see cref="KitchenSinkOptimizer.Sgd"/>.</summary>
        [HyperParameter(MinValue = 0.0f, MaxValue = 0.99f)]
        public float Momentum { get; set; } = 0.9f;

        /// <summary>Extra command-line arguments, passed through "as is" to the trainer.</summary>
        [HyperParameter]
        public string? ExtraArgs { get; set; }

        /// <summary>The HTTP proxy to reach the feature store through.</summary>
        [HyperParameter]
        public string? HTTPProxyURL { get; set; }

        /// <summary>Number of classes.</summary>
        [HyperParameter(MinValue = 2, MaxValue = 1000, IsTunable = false, IsRequired = false)]
        public short NumClasses { get; set; } = 2;

        /// <summary>Leaves per tree, its range stated member by member.</summary>
        [HyperParameter]
        [HyperParameterRange(IntegerMinValue = 2, IntegerMaxValue = "4096")]
        public int MaxLeaves { get; set; } = 31;

        /// <summary>L2 regularization, its range stated member by member.</summary>
        [HyperParameter]
        [HyperParameterRange(ContinuousMinValue = 0.0, ContinuousMaxValue = "1E+3")]
        public double Lambda { get; set; } = 1.0;

        /// <summary>Boosting scheme, Categorical by its stated values.</summary>
        [HyperParameter]
        [HyperParameterRange(CategoricalValues = new[] { "gbtree", "dart" })]
        public string? BoostingScheme { get; set; }

        /// <summary>Not a hyperparameter: no attribute.</summary>
        public int NotAHyperParameter { get; set; } = 7;
    }

    /// <summary>Optimizers of the kitchen sink; two wire values differ from the member names.</summary>
    public enum KitchenSinkOptimizer
    {
        /// <summary>Stochastic gradient descent.</summary>
        [EnumMember(Value = "sgd")]
        Sgd,

        /// <summary>Adam with decoupled weight decay.</summary>
        [EnumMember(Value = "adamw")]
        AdamW,

        /// <summary>Adagrad, spelled as declared.</summary>
        Adagrad,
    }
}
