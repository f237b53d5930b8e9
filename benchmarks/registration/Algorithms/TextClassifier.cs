using AlgorithmGen;

namespace AlgorithmGen.Benchmarks.Registration.Algorithms
{
    /// <summary>Fast text classification and word embeddings (supervised fastText and Word2Vec modes).</summary>
    [Algorithm("text-classifier",
        TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/blazingtext:1.9.0",
        SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlC5_4XLarge, TrainingInstanceTypes.MlC5_9XLarge, TrainingInstanceTypes.MlP3_2XLarge })]
    [Channel("train", Description = "One sentence per line, labels prefixed __label__ (supervised mode).", IsRequired = true,
        SupportedContentTypes = new[] { "text/plain", "application/jsonlines" },
        SupportedCompressionTypes = new[] { CompressionType.None, CompressionType.Gzip },
        SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe })]
    [Channel("validation", Description = "Labelled sentences for early stopping.",
        SupportedContentTypes = new[] { "text/plain", "application/jsonlines" },
        SupportedInputModes = new[] { TrainingInputMode.File })]
    [Metric("validation:accuracy", @"Validation accuracy: (-?[0-9.]+(?:[eE][-+]?[0-9]+)?)", TuningObjective = ObjectiveType.Maximize)]
    [Metric("train:mean_rho", @"mean_rho: (-?[0-9.]+(?:[eE][-+]?[0-9]+)?)")]
    [InferenceSpecification(
        SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlM5_XLarge, TransformInstanceTypes.MlC5_XLarge },
        SupportedRealtimeInferenceInstanceTypes = new[] { RealtimeInferenceInstanceTypes.MlM5_Large, RealtimeInferenceInstanceTypes.MlC5_Large },
        SupportedContentTypes = new[] { "application/json", "application/jsonlines" },
        SupportedResponseMIMETypes = new[] { "application/json", "application/jsonlines" })]
    [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/blazingtext-serve:1.9.0")]
    [Tag("team", "support-routing")]
    public partial class TextClassifierAlgorithm
    {
        /// <summary>What is trained.</summary>
        [HyperParameter(Values = new[] { "supervised", "skipgram", "cbow", "batch_skipgram" })]
        public required string Mode { get; set; }

        /// <summary>Passes over the training data.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 1000, IsTunable = true)]
        public int Epochs { get; set; } = 5;

        /// <summary>Step size.</summary>
        [HyperParameter(MinValue = 0.005, MaxValue = 0.5, IsTunable = true)]
        public double LearningRate { get; set; } = 0.05;

        /// <summary>Dimension of the word vectors.</summary>
        [HyperParameter(MinValue = 32, MaxValue = 300, IsTunable = true)]
        public int VectorDim { get; set; } = 100;

        /// <summary>Word n-grams used as features (supervised mode).</summary>
        [HyperParameter(MinValue = 1, MaxValue = 3, IsTunable = true)]
        public int WordNgrams { get; set; } = 2;

        /// <summary>Words seen fewer times are dropped.</summary>
        [HyperParameter(MinValue = 0, MaxValue = 100)]
        public int MinCount { get; set; } = 5;

        /// <summary>Stop when validation accuracy stops improving.</summary>
        [HyperParameter]
        public bool EarlyStopping { get; set; }

        /// <summary>Epochs without improvement before stopping early.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 100)]
        public int Patience { get; set; } = 4;

        /// <summary>Size of the context window.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 20)]
        public int WindowSize { get; set; } = 5;
    }
}
