using AlgorithmGen;

namespace AlgorithmGen.Benchmarks.Registration.Algorithms
{
    /// <summary>Sequence-to-sequence translation and summarization with an attention-based encoder and decoder.</summary>
    [Algorithm("sequence-to-sequence",
        TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/seq2seq:1.5.0",
        SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlP3_2XLarge, TrainingInstanceTypes.MlP3_8XLarge, TrainingInstanceTypes.MlG5_2XLarge })]
    [Channel("train", Description = "Token id pairs in RecordIO-protobuf.", IsRequired = true,
        SupportedContentTypes = new[] { "application/x-recordio-protobuf" },
        SupportedCompressionTypes = new[] { CompressionType.None },
        SupportedInputModes = new[] { TrainingInputMode.File })]
    [Channel("validation", Description = "Held-out pairs for BLEU or perplexity.", IsRequired = true,
        SupportedContentTypes = new[] { "application/x-recordio-protobuf" },
        SupportedInputModes = new[] { TrainingInputMode.File })]
    [Channel("vocab", Description = "The source and target vocabulary files.", IsRequired = true,
        SupportedContentTypes = new[] { "text/plain" },
        SupportedInputModes = new[] { TrainingInputMode.File })]
    [Metric("validation:bleu", TuningObjective = ObjectiveType.Maximize)]
    [Metric("validation:perplexity", TuningObjective = ObjectiveType.Minimize)]
    [Metric("validation:accuracy")]
    [InferenceSpecification(
        SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlP3_2XLarge },
        SupportedRealtimeInferenceInstanceTypes = new[] { RealtimeInferenceInstanceTypes.MlG4dn_XLarge, RealtimeInferenceInstanceTypes.MlP3_2XLarge },
        SupportedContentTypes = new[] { "application/json", "application/x-recordio-protobuf" },
        SupportedResponseMIMETypes = new[] { "application/json" })]
    [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/seq2seq-serve:1.5.0",
        Framework = "MXNET",
        FrameworkVersion = "1.8")]
    [Tag("team", "localization")]
    public partial class SequenceToSequenceAlgorithm
    {
        /// <summary>Encoder type.</summary>
        [HyperParameter(Values = new[] { "rnn", "cnn" })]
        public string Encoder { get; set; } = "rnn";

        /// <summary>Decoder type.</summary>
        [HyperParameter(Values = new[] { "rnn", "cnn" })]
        public string Decoder { get; set; } = "rnn";

        /// <summary>Layers of the encoder.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 8, IsTunable = true)]
        public int NumLayersEncoder { get; set; } = 1;

        /// <summary>Layers of the decoder.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 8, IsTunable = true)]
        public int NumLayersDecoder { get; set; } = 1;

        /// <summary>Hidden units of each layer.</summary>
        [HyperParameter(MinValue = 32, MaxValue = 4096, IsTunable = true)]
        public int RnnNumHidden { get; set; } = 1024;

        /// <summary>Longest source sequence, in tokens.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 1000)]
        public int MaxSeqLenSource { get; set; } = 100;

        /// <summary>Longest target sequence, in tokens.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 1000)]
        public int MaxSeqLenTarget { get; set; } = 100;

        /// <summary>Initial learning rate.</summary>
        [HyperParameter(MinValue = 0.00005, MaxValue = 0.2, IsTunable = true)]
        public double LearningRate { get; set; } = 0.0003;

        /// <summary>Dropout between layers.</summary>
        [HyperParameter(MinValue = 0.0, MaxValue = 0.5, IsTunable = true)]
        public double Dropout { get; set; }

        /// <summary>Beam size of the decoder at inference.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 20)]
        public int BeamSize { get; set; } = 5;

        /// <summary>The metric optimized on validation.</summary>
        [HyperParameter(Values = new[] { "perplexity", "accuracy", "bleu" })]
        public string OptimizedMetric { get; set; } = "perplexity";
    }
}
