using AlgorithmGen;

namespace AlgorithmGen.Benchmarks.Registration.Algorithms
{
    /// <summary>Single-shot multibox object detection on a VGG or ResNet base network.</summary>
    [Algorithm("object-detector",
        TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/object-detection:1.4.2",
        SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlP3_2XLarge, TrainingInstanceTypes.MlP3_8XLarge, TrainingInstanceTypes.MlP3_16XLarge, TrainingInstanceTypes.MlG5_2XLarge },
        SupportsDistributedTraining = true)]
    [Channel("train", Description = "Training images with boxes, in RecordIO or augmented-manifest form.", IsRequired = true,
        SupportedContentTypes = new[] { "application/x-recordio", "application/x-image" },
        SupportedCompressionTypes = new[] { CompressionType.None },
        SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe })]
    [Channel("validation", Description = "Validation images with boxes.", IsRequired = true,
        SupportedContentTypes = new[] { "application/x-recordio", "application/x-image" },
        SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe })]
    [Channel("train_annotation", Description = "One JSON annotation file per training image (image format only).",
        SupportedContentTypes = new[] { "application/json" },
        SupportedInputModes = new[] { TrainingInputMode.File })]
    [Channel("validation_annotation", Description = "One JSON annotation file per validation image (image format only).",
        SupportedContentTypes = new[] { "application/json" },
        SupportedInputModes = new[] { TrainingInputMode.File })]
    [Metric("validation:mAP", @"#quality_metric: host=\S+, epoch=\d+, validation mAP <score>=\(([0-9.]+)\)", TuningObjective = ObjectiveType.Maximize)]
    [Metric("train:smooth_l1")]
    [Metric("train:cross_entropy")]
    [InferenceSpecification(
        SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlP3_2XLarge },
        SupportedRealtimeInferenceInstanceTypes = new[] { RealtimeInferenceInstanceTypes.MlG4dn_XLarge, RealtimeInferenceInstanceTypes.MlP3_2XLarge },
        SupportedContentTypes = new[] { "image/jpeg", "image/png" },
        SupportedResponseMIMETypes = new[] { "application/json" })]
    [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/object-detection-serve:1.4.2",
        Environment = new[] { "SAGEMAKER_MODEL_SERVER_WORKERS=1" },
        Framework = "MXNET",
        FrameworkVersion = "1.8")]
    [Tag("team", "vision")]
    [Tag("cost-center", "ml-17")]
    public partial class ObjectDetectorAlgorithm
    {
        /// <summary>Number of object classes.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 1000)]
        public required int NumClasses { get; set; }

        /// <summary>Number of training images.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 100000000)]
        public required int NumTrainingSamples { get; set; }

        /// <summary>The base network.</summary>
        [HyperParameter(Values = new[] { "vgg-16", "resnet-50" })]
        public string BaseNetwork { get; set; } = "vgg-16";

        /// <summary>Start from ImageNet weights.</summary>
        [HyperParameter]
        public bool UsePretrainedModel { get; set; } = true;

        /// <summary>Passes over the training data.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 1000)]
        public int Epochs { get; set; } = 30;

        /// <summary>Initial learning rate.</summary>
        [HyperParameter(MinValue = 0.000001, MaxValue = 0.5, IsTunable = true)]
        public double LearningRate { get; set; } = 0.001;

        /// <summary>Images per mini-batch.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 128, IsTunable = true)]
        public int MiniBatchSize { get; set; } = 32;

        /// <summary>Side length of the square input images.</summary>
        [HyperParameter(MinValue = 300, MaxValue = 1024)]
        public int ImageShape { get; set; } = 300;

        /// <summary>Non-maximum suppression threshold.</summary>
        [HyperParameter(MinValue = 0.0, MaxValue = 1.0)]
        public double NmsThreshold { get; set; } = 0.45;

        /// <summary>Intersection over union above which a detection counts.</summary>
        [HyperParameter(MinValue = 0.0, MaxValue = 1.0)]
        public double OverlapThreshold { get; set; } = 0.5;
    }
}
