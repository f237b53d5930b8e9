using System.Runtime.Serialization;
using AlgorithmGen;

namespace AlgorithmGen.Benchmarks.Registration.Algorithms
{
    /// <summary>Linear models for regression and binary or multiclass classification, trained with SGD on many models in parallel.</summary>
    [Algorithm("linear-learner",
        TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/linear-learner:2.3.1",
        SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge, TrainingInstanceTypes.MlM5_4XLarge, TrainingInstanceTypes.MlC5_4XLarge, TrainingInstanceTypes.MlP3_2XLarge },
        SupportsDistributedTraining = true)]
    [Channel("train", Description = "Labelled rows: label first, then the features.", IsRequired = true,
        SupportedContentTypes = new[] { "text/csv", "application/x-recordio-protobuf" },
        SupportedCompressionTypes = new[] { CompressionType.None, CompressionType.Gzip },
        SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe })]
    [Channel("validation", Description = "Held-out rows for model selection and early stopping.",
        SupportedContentTypes = new[] { "text/csv", "application/x-recordio-protobuf" },
        SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe })]
    [Channel("test", Description = "Rows scored once after training.",
        SupportedContentTypes = new[] { "text/csv", "application/x-recordio-protobuf" },
        SupportedInputModes = new[] { TrainingInputMode.File })]
    [Metric("validation:objective_loss", TuningObjective = ObjectiveType.Minimize)]
    [Metric("validation:binary_f_beta", TuningObjective = ObjectiveType.Maximize)]
    [Metric("test:objective_loss")]
    [InferenceSpecification(
        SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlM5_XLarge, TransformInstanceTypes.MlC5_2XLarge },
        SupportedRealtimeInferenceInstanceTypes = new[] { RealtimeInferenceInstanceTypes.MlM5_Large, RealtimeInferenceInstanceTypes.MlC5_XLarge },
        SupportedContentTypes = new[] { "text/csv", "application/json", "application/x-recordio-protobuf" },
        SupportedResponseMIMETypes = new[] { "application/json", "text/csv" })]
    [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/linear-learner-serve:2.3.1",
        Environment = new[] { "SAGEMAKER_MODEL_SERVER_WORKERS=4" })]
    [Tag("team", "pricing")]
    public partial class LinearLearnerAlgorithm
    {
        /// <summary>The kind of target variable.</summary>
        [HyperParameter(IsTunable = false)]
        public required PredictorType PredictorType { get; set; }

        /// <summary>Number of features of each row.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 1000000)]
        public int FeatureDim { get; set; } = 10;

        /// <summary>Passes over the training data.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 1000, IsTunable = true)]
        public int Epochs { get; set; } = 15;

        /// <summary>Rows per mini-batch.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 100000, IsTunable = true)]
        public int MiniBatchSize { get; set; } = 1000;

        /// <summary>Step size of the optimizer.</summary>
        [HyperParameter(MinValue = 0.0001, MaxValue = 1.0, IsTunable = true)]
        public double LearningRate { get; set; } = 0.01;

        /// <summary>L1 regularization.</summary>
        [HyperParameter("l1", MinValue = 0.0, MaxValue = 1.0, IsTunable = true)]
        public double L1 { get; set; }

        /// <summary>Weight decay (L2 regularization).</summary>
        [HyperParameter("wd", MinValue = 0.0, MaxValue = 1.0, IsTunable = true)]
        public double WeightDecay { get; set; }

        /// <summary>Models trained in parallel; the best on validation is kept.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 32)]
        public int NumModels { get; set; } = 8;

        /// <summary>Whether features are normalized before training.</summary>
        [HyperParameter]
        public bool NormalizeData { get; set; } = true;

        /// <summary>The loss function.</summary>
        [HyperParameter(Values = new[] { "auto", "logistic", "squared_loss", "absolute_loss", "hinge_loss" })]
        public string Loss { get; set; } = "auto";
    }

    /// <summary>Target kinds.</summary>
    public enum PredictorType
    {
        /// <summary>A real-valued target.</summary>
        [EnumMember(Value = "regressor")]
        Regressor,

        /// <summary>A 0/1 target.</summary>
        [EnumMember(Value = "binary_classifier")]
        BinaryClassifier,

        /// <summary>A class index.</summary>
        [EnumMember(Value = "multiclass_classifier")]
        MulticlassClassifier,
    }
}
