using System.Runtime.Serialization;
using AlgorithmGen;

namespace GradientBoosting
{
    /// <summary>Gradient-boosted decision trees for tabular regression and classification, trained from CSV or RecordIO-protobuf data.</summary>
    [Algorithm("gradient-boosting",
        TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/gradient-boosting:1.4.0",
        TrainingImageDigest = "sha256:2f5d3b9c8e4a71d06f9b2c3e4d5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6",
        SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge, TrainingInstanceTypes.MlM5_4XLarge, TrainingInstanceTypes.MlC5_2XLarge, TrainingInstanceTypes.MlG5_2XLarge },
        SupportsDistributedTraining = true,
        CertifyForMarketplace = false)]
    [Channel("train", Description = "Training rows; the first column is the label.", IsRequired = true,
        SupportedContentTypes = new[] { "text/csv", "application/x-recordio-protobuf" },
        SupportedCompressionTypes = new[] { CompressionType.None, CompressionType.Gzip },
        SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe, TrainingInputMode.FastFile })]
    [Channel("validation", Description = "Held-out rows for early stopping and the validation metrics.",
        SupportedContentTypes = new[] { "text/csv" },
        SupportedCompressionTypes = new[] { CompressionType.None },
        SupportedInputModes = new[] { TrainingInputMode.File })]
    // Three ways to declare a metric; the generated TrainingMetrics method of each writes a line its regex reads back:
    // a regex of your own (the line is derived from it: "[0] train-rmse:<value>"), a regex and the line format, or
    // the name alone (regex and line "validation:rmse=<value>;" generated).
    [Metric("train:rmse", @"\[\d+\]\s+train-rmse:(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)")]
    [Metric("validation:rmse", TuningObjective = ObjectiveType.Minimize)]
    [Metric("validation:auc", @"validation-auc:(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)", Format = "[final] validation-auc:{value}", TuningObjective = ObjectiveType.Maximize)]
    [InferenceSpecification(
        SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlM5_XLarge, TransformInstanceTypes.MlC5_2XLarge },
        SupportedRealtimeInferenceInstanceTypes = new[] { RealtimeInferenceInstanceTypes.MlM5_Large, RealtimeInferenceInstanceTypes.MlC5_XLarge },
        SupportedContentTypes = new[] { "text/csv", "application/json" },
        SupportedResponseMIMETypes = new[] { "text/csv", "application/json" })]
    [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/gradient-boosting-serve:1.4.0",
        ContainerHostname = "gbm-serve",
        Environment = new[] { "SAGEMAKER_MODEL_SERVER_WORKERS=2", "GBM_PREDICT_BATCH=512" },
        Framework = "XGBOOST",
        FrameworkVersion = "1.7-1",
        NearestModelName = "xgboost")]
    [ValidationProfile("smoke-test",
        ValidationRole = "arn:aws:iam::123456789012:role/SageMakerAlgorithmValidation",
        TrainingInputMode = TrainingInputMode.File,
        HyperParameters = new[] { "num_round=20", "eta=0.3", "objective=reg:squarederror" },
        S3OutputPath = "s3://example-ml-artifacts/gradient-boosting/validation/output",
        InstanceType = TrainingInstanceTypes.MlM5_XLarge,
        InstanceCount = 1,
        VolumeSizeInGB = 30,
        MaxRuntimeInSeconds = 3600)]
    [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://example-ml-data/gradient-boosting/abalone/train/",
        S3DataDistributionType = S3DataDistribution.FullyReplicated, ContentType = "text/csv", ShuffleSeed = 42)]
    [ValidationInput("validation", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://example-ml-data/gradient-boosting/abalone/validation/",
        ContentType = "text/csv")]
    [ValidationTransformJob(
        S3DataType = S3DataType.S3Prefix, S3Uri = "s3://example-ml-data/gradient-boosting/abalone/batch/",
        ContentType = "text/csv", SplitType = SplitType.Line,
        S3OutputPath = "s3://example-ml-artifacts/gradient-boosting/validation/transform", Accept = "text/csv", AssembleWith = AssemblyType.Line,
        InstanceType = TransformInstanceTypes.MlM5_XLarge, InstanceCount = 1,
        BatchStrategy = BatchStrategy.MultiRecord, MaxPayloadInMB = 6)]
    [Tag("team", "forecasting")]
    [Tag("cost-center", "ml-42")]
    public partial class GradientBoostingAlgorithm
    {
        /// <summary>Number of boosting rounds.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 5000, IsTunable = true)]
        public required int NumRound { get; set; }

        /// <summary>Step size shrinkage applied after each round, to prevent overfitting.</summary>
        [HyperParameter("eta", MinValue = 0.001, MaxValue = 1.0, IsTunable = true)]
        public double LearningRate { get; set; } = 0.3;

        /// <summary>Maximum depth of a tree.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 16, IsTunable = true)]
        public int MaxDepth { get; set; } = 6;

        /// <summary>Fraction of rows sampled for each tree.</summary>
        [HyperParameter(MinValue = 0.1, MaxValue = 1.0, IsTunable = true)]
        public float Subsample { get; set; } = 1.0f;

        /// <summary>The learning objective.</summary>
        [HyperParameter(IsTunable = false)]
        public Objective Objective { get; set; } = Objective.SquaredError;

        /// <summary>The booster to use.</summary>
        [HyperParameter(IsTunable = true)]
        public Booster Booster { get; set; } = Booster.GbTree;

        /// <summary>Whether to stop early when the validation metric stops improving.</summary>
        [HyperParameter]
        public bool EarlyStopping { get; set; } = true;

        /// <summary>Evaluation metric used for validation data.</summary>
        [HyperParameter(Values = new[] { "rmse", "mae", "logloss", "auc" })]
        public string EvalMetric { get; set; } = "rmse";
    }

    /// <summary>Learning objectives; the wire values contain ':' so they come from [EnumMember].</summary>
    public enum Objective
    {
        /// <summary>Regression with squared loss.</summary>
        [EnumMember(Value = "reg:squarederror")]
        SquaredError,

        /// <summary>Logistic regression for binary classification.</summary>
        [EnumMember(Value = "binary:logistic")]
        BinaryLogistic,

        /// <summary>Multiclass classification with softmax.</summary>
        [EnumMember(Value = "multi:softmax")]
        MultiSoftmax,
    }

    /// <summary>Booster kinds.</summary>
    public enum Booster
    {
        /// <summary>Tree booster.</summary>
        [EnumMember(Value = "gbtree")]
        GbTree,

        /// <summary>Linear booster.</summary>
        [EnumMember(Value = "gblinear")]
        GbLinear,

        /// <summary>Dropout trees.</summary>
        [EnumMember(Value = "dart")]
        Dart,
    }
}
