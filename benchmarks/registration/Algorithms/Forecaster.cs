using System.Runtime.Serialization;
using AlgorithmGen;

namespace AlgorithmGen.Benchmarks.Registration.Algorithms
{
    /// <summary>Probabilistic forecasting of many related time series with an autoregressive recurrent network.</summary>
    [Algorithm("demand-forecaster",
        TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/forecasting-deepar:1.7.0",
        SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlC5_2XLarge, TrainingInstanceTypes.MlC5_4XLarge, TrainingInstanceTypes.MlP3_2XLarge, TrainingInstanceTypes.MlG4dn_2XLarge },
        SupportsDistributedTraining = true)]
    [Channel("train", Description = "Time series as JSON Lines: start, target, optional cat and dynamic_feat.", IsRequired = true,
        SupportedContentTypes = new[] { "application/jsonlines", "application/x-parquet" },
        SupportedCompressionTypes = new[] { CompressionType.None, CompressionType.Gzip },
        SupportedInputModes = new[] { TrainingInputMode.File })]
    [Channel("test", Description = "The same series extended by prediction_length points, for the accuracy metrics.",
        SupportedContentTypes = new[] { "application/jsonlines", "application/x-parquet" },
        SupportedCompressionTypes = new[] { CompressionType.None, CompressionType.Gzip },
        SupportedInputModes = new[] { TrainingInputMode.File })]
    [Metric("test:RMSE", TuningObjective = ObjectiveType.Minimize)]
    [Metric("test:mean_wQuantileLoss", TuningObjective = ObjectiveType.Minimize)]
    [Metric("train:final_loss", @"#quality_metric: host=\S+, train final_loss <loss>=\(([0-9.eE+-]+)\)")]
    [InferenceSpecification(
        SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlM5_XLarge, TransformInstanceTypes.MlC5_2XLarge },
        SupportedRealtimeInferenceInstanceTypes = new[] { RealtimeInferenceInstanceTypes.MlM5_Large, RealtimeInferenceInstanceTypes.MlC5_XLarge },
        SupportedContentTypes = new[] { "application/json", "application/jsonlines" },
        SupportedResponseMIMETypes = new[] { "application/json", "application/jsonlines" })]
    [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/forecasting-deepar-serve:1.7.0",
        Environment = new[] { "SAGEMAKER_MODEL_SERVER_WORKERS=2" })]
    [ValidationProfile("smoke-test",
        ValidationRole = "arn:aws:iam::123456789012:role/SageMakerAlgorithmValidation",
        TrainingInputMode = TrainingInputMode.File,
        HyperParameters = new[] { "time_freq=D", "context_length=14", "prediction_length=7", "epochs=2" },
        S3OutputPath = "s3://example-ml-artifacts/demand-forecaster/validation/output",
        InstanceType = TrainingInstanceTypes.MlC5_2XLarge,
        InstanceCount = 1,
        VolumeSizeInGB = 30,
        MaxRuntimeInSeconds = 1800)]
    [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://example-ml-data/demand-forecaster/electricity/train/",
        ContentType = "application/jsonlines")]
    [Tag("team", "supply-chain")]
    public partial class DemandForecasterAlgorithm
    {
        /// <summary>Granularity of the series: M, W, D, H or min with a multiple (5min, 2H).</summary>
        [HyperParameter(Values = new[] { "M", "W", "D", "H", "30min", "15min", "5min", "min" })]
        public required string TimeFreq { get; set; }

        /// <summary>Points the model sees before predicting.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 1000, IsTunable = true)]
        public required int ContextLength { get; set; }

        /// <summary>Points predicted.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 1000)]
        public required int PredictionLength { get; set; }

        /// <summary>Passes over the training data.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 1000, IsTunable = true)]
        public int Epochs { get; set; } = 100;

        /// <summary>Cells in each recurrent layer.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 200, IsTunable = true)]
        public int NumCells { get; set; } = 40;

        /// <summary>Recurrent layers.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 8, IsTunable = true)]
        public int NumLayers { get; set; } = 2;

        /// <summary>The noise model.</summary>
        [HyperParameter]
        public Likelihood Likelihood { get; set; } = Likelihood.StudentT;

        /// <summary>Dropout rate during training.</summary>
        [HyperParameter(MinValue = 0.0, MaxValue = 0.2, IsTunable = true)]
        public double DropoutRate { get; set; } = 0.1;

        /// <summary>Step size.</summary>
        [HyperParameter(MinValue = 0.00001, MaxValue = 0.1, IsTunable = true)]
        public double LearningRate { get; set; } = 0.001;

        /// <summary>Series per mini-batch.</summary>
        [HyperParameter(MinValue = 32, MaxValue = 1028, IsTunable = true)]
        public int MiniBatchSize { get; set; } = 128;

        /// <summary>Epochs without improvement before stopping early.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 100)]
        public int EarlyStoppingPatience { get; set; } = 10;
    }

    /// <summary>DeepAR's likelihoods.</summary>
    public enum Likelihood
    {
        /// <summary>Gaussian.</summary>
        [EnumMember(Value = "gaussian")]
        Gaussian,

        /// <summary>Beta.</summary>
        [EnumMember(Value = "beta")]
        Beta,

        /// <summary>Negative binomial, for counts.</summary>
        [EnumMember(Value = "negative-binomial")]
        NegativeBinomial,

        /// <summary>Student's t.</summary>
        [EnumMember(Value = "student-T")]
        StudentT,

        /// <summary>Deterministic L1.</summary>
        [EnumMember(Value = "deterministic-L1")]
        DeterministicL1,
    }
}
