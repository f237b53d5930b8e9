using AlgorithmGen;

namespace AlgorithmGen.Benchmarks.Registration.Algorithms
{
    /// <summary>Random cut forest: an anomaly score for each row of a stream or table.</summary>
    [Algorithm("random-cut-forest",
        TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/randomcutforest:1.0.7",
        SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge, TrainingInstanceTypes.MlM5_4XLarge, TrainingInstanceTypes.MlC5_2XLarge },
        SupportsDistributedTraining = true)]
    [Channel("train", Description = "Rows of features, unlabelled.", IsRequired = true,
        SupportedContentTypes = new[] { "text/csv", "application/x-recordio-protobuf" },
        SupportedCompressionTypes = new[] { CompressionType.None },
        SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe })]
    [Channel("test", Description = "Labelled rows (1 = anomaly) for the test metrics.",
        SupportedContentTypes = new[] { "text/csv" },
        SupportedInputModes = new[] { TrainingInputMode.File })]
    [Metric("test:f1", TuningObjective = ObjectiveType.Maximize)]
    [Metric("test:precision")]
    [Metric("test:recall")]
    [InferenceSpecification(
        SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlM5_XLarge, TransformInstanceTypes.MlC5_XLarge },
        SupportedRealtimeInferenceInstanceTypes = new[] { RealtimeInferenceInstanceTypes.MlM5_Large, RealtimeInferenceInstanceTypes.MlC5_Large },
        SupportedContentTypes = new[] { "text/csv", "application/json", "application/x-recordio-protobuf" },
        SupportedResponseMIMETypes = new[] { "application/json" })]
    [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/randomcutforest-serve:1.0.7")]
    [Tag("team", "fraud")]
    public partial class RandomCutForestAlgorithm
    {
        /// <summary>Number of features of each row.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 10000)]
        public required int FeatureDim { get; set; }

        /// <summary>Trees in the forest.</summary>
        [HyperParameter(MinValue = 50, MaxValue = 1000, IsTunable = true)]
        public int NumTrees { get; set; } = 100;

        /// <summary>Rows sampled for each tree.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 2048, IsTunable = true)]
        public int NumSamplesPerTree { get; set; } = 256;

        /// <summary>Test metrics computed when a test channel is given.</summary>
        [HyperParameter(Values = new[] { "accuracy", "precision_recall_fscore" })]
        public string EvalMetrics { get; set; } = "precision_recall_fscore";
    }
}
