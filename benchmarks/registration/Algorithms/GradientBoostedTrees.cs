using AlgorithmGen;

namespace AlgorithmGen.Benchmarks.Registration.Algorithms
{
    /// <summary>Gradient-boosted decision trees for tabular regression, classification and ranking.</summary>
    [Algorithm("gradient-boosted-trees",
        TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/xgboost:1.7-1",
        TrainingImageDigest = "sha256:6a1f0c7b2d9e8f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a",
        SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge, TrainingInstanceTypes.MlM5_4XLarge, TrainingInstanceTypes.MlC5_4XLarge, TrainingInstanceTypes.MlG5_2XLarge },
        SupportsDistributedTraining = true)]
    [Channel("train", Description = "Training rows; the first column is the label.", IsRequired = true,
        SupportedContentTypes = new[] { "text/csv", "application/x-recordio-protobuf", "application/x-parquet", "text/libsvm" },
        SupportedCompressionTypes = new[] { CompressionType.None, CompressionType.Gzip },
        SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe, TrainingInputMode.FastFile })]
    [Channel("validation", Description = "Held-out rows for early stopping and the validation metrics.",
        SupportedContentTypes = new[] { "text/csv", "application/x-recordio-protobuf", "application/x-parquet", "text/libsvm" },
        SupportedCompressionTypes = new[] { CompressionType.None, CompressionType.Gzip },
        SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe })]
    [Metric("train:rmse", @"\[\d+\]\s+train-rmse:(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)")]
    [Metric("validation:rmse", @"\[\d+\].*validation-rmse:(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)", TuningObjective = ObjectiveType.Minimize)]
    [Metric("validation:auc", @"\[\d+\].*validation-auc:(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)", TuningObjective = ObjectiveType.Maximize)]
    [Metric("validation:logloss", @"\[\d+\].*validation-logloss:(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)", TuningObjective = ObjectiveType.Minimize)]
    [InferenceSpecification(
        SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlM5_XLarge, TransformInstanceTypes.MlC5_2XLarge },
        SupportedRealtimeInferenceInstanceTypes = new[] { RealtimeInferenceInstanceTypes.MlM5_Large, RealtimeInferenceInstanceTypes.MlC5_XLarge },
        SupportedContentTypes = new[] { "text/csv", "text/libsvm", "application/x-recordio-protobuf" },
        SupportedResponseMIMETypes = new[] { "text/csv", "application/json" })]
    [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/xgboost-serve:1.7-1",
        Environment = new[] { "SAGEMAKER_MODEL_SERVER_WORKERS=2" },
        Framework = "XGBOOST",
        FrameworkVersion = "1.7-1",
        NearestModelName = "xgboost")]
    [Tag("team", "forecasting")]
    public partial class GradientBoostedTreesAlgorithm
    {
        /// <summary>Number of boosting rounds.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 5000, IsTunable = true)]
        public required int NumRound { get; set; }

        /// <summary>The learning objective.</summary>
        [HyperParameter(Values = new[] { "reg:squarederror", "reg:logistic", "binary:logistic", "multi:softmax", "rank:pairwise" })]
        public string Objective { get; set; } = "reg:squarederror";

        /// <summary>Step size shrinkage applied after each round.</summary>
        [HyperParameter("eta", MinValue = 0.001, MaxValue = 1.0, IsTunable = true)]
        public double LearningRate { get; set; } = 0.3;

        /// <summary>Maximum depth of a tree.</summary>
        [HyperParameter(MinValue = 0, MaxValue = 16, IsTunable = true)]
        public int MaxDepth { get; set; } = 6;

        /// <summary>Minimum loss reduction to split a leaf.</summary>
        [HyperParameter(MinValue = 0.0, MaxValue = 100.0, IsTunable = true)]
        public double Gamma { get; set; }

        /// <summary>Minimum sum of instance weight in a child.</summary>
        [HyperParameter(MinValue = 0.0, MaxValue = 120.0, IsTunable = true)]
        public double MinChildWeight { get; set; } = 1.0;

        /// <summary>Fraction of rows sampled for each tree.</summary>
        [HyperParameter(MinValue = 0.1, MaxValue = 1.0, IsTunable = true)]
        public double Subsample { get; set; } = 1.0;

        /// <summary>Fraction of columns sampled for each tree.</summary>
        [HyperParameter(MinValue = 0.1, MaxValue = 1.0, IsTunable = true)]
        public double ColsampleBytree { get; set; } = 1.0;

        /// <summary>L2 regularization on weights.</summary>
        [HyperParameter("lambda", MinValue = 0.0, MaxValue = 1000.0, IsTunable = true)]
        public double Lambda { get; set; } = 1.0;

        /// <summary>L1 regularization on weights.</summary>
        [HyperParameter("alpha", MinValue = 0.0, MaxValue = 1000.0, IsTunable = true)]
        public double Alpha { get; set; }

        /// <summary>Rounds without improvement on validation before stopping.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 1000)]
        public int EarlyStoppingRounds { get; set; } = 10;

        /// <summary>The tree construction algorithm.</summary>
        [HyperParameter(Values = new[] { "auto", "exact", "approx", "hist", "gpu_hist" })]
        public string TreeMethod { get; set; } = "auto";
    }
}
