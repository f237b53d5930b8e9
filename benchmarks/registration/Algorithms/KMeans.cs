using AlgorithmGen;

namespace AlgorithmGen.Benchmarks.Registration.Algorithms
{
    /// <summary>Web-scale k-means clustering with mini-batches and k-means++ initialisation.</summary>
    [Algorithm("kmeans-clustering",
        TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/kmeans:1.8.0",
        SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge, TrainingInstanceTypes.MlM5_4XLarge, TrainingInstanceTypes.MlC5_9XLarge },
        SupportsDistributedTraining = true)]
    [Channel("train", Description = "Unlabelled rows of features.", IsRequired = true,
        SupportedContentTypes = new[] { "text/csv", "application/x-recordio-protobuf" },
        SupportedCompressionTypes = new[] { CompressionType.None },
        SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe })]
    [Channel("test", Description = "Rows whose distance to the centers is reported.",
        SupportedContentTypes = new[] { "text/csv", "application/x-recordio-protobuf" },
        SupportedInputModes = new[] { TrainingInputMode.File })]
    [Metric("test:msd", TuningObjective = ObjectiveType.Minimize)]
    [Metric("test:ssd", TuningObjective = ObjectiveType.Minimize)]
    [InferenceSpecification(
        SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlM5_XLarge },
        SupportedRealtimeInferenceInstanceTypes = new[] { RealtimeInferenceInstanceTypes.MlM5_Large, RealtimeInferenceInstanceTypes.MlM5_XLarge },
        SupportedContentTypes = new[] { "text/csv", "application/json" },
        SupportedResponseMIMETypes = new[] { "application/json" })]
    [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/kmeans-serve:1.8.0")]
    public partial class KMeansAlgorithm
    {
        /// <summary>Number of clusters.</summary>
        [HyperParameter(MinValue = 2, MaxValue = 10000)]
        public required int K { get; set; }

        /// <summary>Number of features of each row.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 100000)]
        public required int FeatureDim { get; set; }

        /// <summary>How the initial centers are chosen.</summary>
        [HyperParameter(Values = new[] { "random", "kmeans++" }, IsTunable = true)]
        public string InitMethod { get; set; } = "random";

        /// <summary>Rows per mini-batch.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 10000, IsTunable = true)]
        public int MiniBatchSize { get; set; } = 5000;

        /// <summary>Passes over the training data.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 100, IsTunable = true)]
        public int Epochs { get; set; } = 1;

        /// <summary>Extra centers kept during training and reduced to k at the end.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 100, IsTunable = true)]
        public int ExtraCenterFactor { get; set; } = 4;

        /// <summary>Relative change in the objective below which training stops.</summary>
        [HyperParameter(MinValue = 0.0, MaxValue = 1.0)]
        public double Tol { get; set; } = 0.0001;
    }
}
