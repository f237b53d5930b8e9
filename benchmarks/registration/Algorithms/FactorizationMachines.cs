using AlgorithmGen;

namespace AlgorithmGen.Benchmarks.Registration.Algorithms
{
    /// <summary>Factorization machines for sparse, high-dimensional data such as click prediction and recommendation.</summary>
    [Algorithm("factorization-machines",
        TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/factorization-machines:1.0.14",
        SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge, TrainingInstanceTypes.MlC5_4XLarge, TrainingInstanceTypes.MlP3_2XLarge },
        SupportsDistributedTraining = true)]
    [Channel("train", Description = "Sparse rows in RecordIO-protobuf with Float32 values.", IsRequired = true,
        SupportedContentTypes = new[] { "application/x-recordio-protobuf" },
        SupportedCompressionTypes = new[] { CompressionType.None },
        SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe })]
    [Channel("test", Description = "Rows scored once after training.",
        SupportedContentTypes = new[] { "application/x-recordio-protobuf" },
        SupportedInputModes = new[] { TrainingInputMode.File })]
    [Metric("test:rmse", TuningObjective = ObjectiveType.Minimize)]
    [Metric("test:binary_classification_accuracy", TuningObjective = ObjectiveType.Maximize)]
    [Metric("test:binary_f_beta")]
    [InferenceSpecification(
        SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlM5_XLarge },
        SupportedRealtimeInferenceInstanceTypes = new[] { RealtimeInferenceInstanceTypes.MlM5_Large, RealtimeInferenceInstanceTypes.MlM5_XLarge },
        SupportedContentTypes = new[] { "application/json", "application/x-recordio-protobuf" },
        SupportedResponseMIMETypes = new[] { "application/json" })]
    [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/factorization-machines-serve:1.0.14")]
    [Tag("team", "recommendations")]
    public partial class FactorizationMachinesAlgorithm
    {
        /// <summary>Number of features of each row.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 10000000)]
        public required int FeatureDim { get; set; }

        /// <summary>Dimension of the factorization.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 1000, IsTunable = true)]
        public required int NumFactors { get; set; }

        /// <summary>The kind of target.</summary>
        [HyperParameter(Values = new[] { "binary_classifier", "regressor" })]
        public required string PredictorType { get; set; }

        /// <summary>Passes over the training data.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 1000, IsTunable = true)]
        public int Epochs { get; set; } = 1;

        /// <summary>Rows per mini-batch.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 10000, IsTunable = true)]
        public int MiniBatchSize { get; set; } = 1000;

        /// <summary>Learning rate of the bias term.</summary>
        [HyperParameter(MinValue = 0.0, MaxValue = 1.0, IsTunable = true)]
        public double BiasLr { get; set; } = 0.1;

        /// <summary>Learning rate of the linear terms.</summary>
        [HyperParameter(MinValue = 0.0, MaxValue = 1.0, IsTunable = true)]
        public double LinearLr { get; set; } = 0.001;

        /// <summary>Learning rate of the factorization terms.</summary>
        [HyperParameter(MinValue = 0.0, MaxValue = 1.0, IsTunable = true)]
        public double FactorsLr { get; set; } = 0.0001;

        /// <summary>Weight decay of the factorization terms.</summary>
        [HyperParameter(MinValue = 0.0, MaxValue = 1.0, IsTunable = true)]
        public double FactorsWd { get; set; } = 0.00001;
    }
}
