using System.Runtime.Serialization;
using AlgorithmGen;

namespace AlgorithmGen.Benchmarks.Registration.Algorithms
{
    /// <summary>Image classification with a residual network, trained from scratch or fine-tuned from ImageNet weights.</summary>
    [Algorithm("image-classifier",
        TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/image-classification:3.1.0",
        SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlP3_2XLarge, TrainingInstanceTypes.MlP3_8XLarge, TrainingInstanceTypes.MlG4dn_XLarge, TrainingInstanceTypes.MlG5_2XLarge },
        SupportsDistributedTraining = true)]
    [Channel("train", Description = "Training images in RecordIO, or JPEG and PNG files with train_lst.", IsRequired = true,
        SupportedContentTypes = new[] { "application/x-recordio", "application/x-image" },
        SupportedCompressionTypes = new[] { CompressionType.None },
        SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe })]
    [Channel("validation", Description = "Validation images, in the same format as train.", IsRequired = true,
        SupportedContentTypes = new[] { "application/x-recordio", "application/x-image" },
        SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe })]
    [Channel("train_lst", Description = "The .lst file that labels the training images (image format only).",
        SupportedContentTypes = new[] { "application/x-image" },
        SupportedInputModes = new[] { TrainingInputMode.File })]
    [Channel("validation_lst", Description = "The .lst file that labels the validation images (image format only).",
        SupportedContentTypes = new[] { "application/x-image" },
        SupportedInputModes = new[] { TrainingInputMode.File })]
    [Metric("validation:accuracy", @"Validation-accuracy=(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)", TuningObjective = ObjectiveType.Maximize)]
    [Metric("train:accuracy", @"Train-accuracy=(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)")]
    [Metric("train:cross_entropy")]
    [InferenceSpecification(
        SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlP3_2XLarge, TransformInstanceTypes.MlC5_4XLarge },
        SupportedRealtimeInferenceInstanceTypes = new[] { RealtimeInferenceInstanceTypes.MlG4dn_XLarge, RealtimeInferenceInstanceTypes.MlC5_2XLarge },
        SupportedContentTypes = new[] { "image/jpeg", "image/png", "application/x-image" },
        SupportedResponseMIMETypes = new[] { "application/json" })]
    [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/image-classification-serve:3.1.0",
        Environment = new[] { "SAGEMAKER_MODEL_SERVER_WORKERS=1", "OMP_NUM_THREADS=4" },
        Framework = "MXNET",
        FrameworkVersion = "1.8",
        NearestModelName = "resnet50")]
    [ValidationProfile("smoke-test",
        ValidationRole = "arn:aws:iam::123456789012:role/SageMakerAlgorithmValidation",
        TrainingInputMode = TrainingInputMode.File,
        HyperParameters = new[] { "num_classes=2", "num_training_samples=200", "epochs=1", "num_layers=18" },
        S3OutputPath = "s3://example-ml-artifacts/image-classifier/validation/output",
        InstanceType = TrainingInstanceTypes.MlP3_2XLarge,
        InstanceCount = 1,
        VolumeSizeInGB = 50,
        MaxRuntimeInSeconds = 3600)]
    [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://example-ml-data/image-classifier/cats-dogs/train/",
        ContentType = "application/x-recordio")]
    [ValidationInput("validation", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://example-ml-data/image-classifier/cats-dogs/validation/",
        ContentType = "application/x-recordio")]
    [Tag("team", "vision")]
    public partial class ImageClassifierAlgorithm
    {
        /// <summary>Number of output classes.</summary>
        [HyperParameter(MinValue = 2, MaxValue = 100000)]
        public required int NumClasses { get; set; }

        /// <summary>Number of training images.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 100000000)]
        public required int NumTrainingSamples { get; set; }

        /// <summary>Depth of the residual network.</summary>
        [HyperParameter(Values = new[] { "18", "34", "50", "101", "152", "200" })]
        public string NumLayers { get; set; } = "152";

        /// <summary>Passes over the training data.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 1000)]
        public int Epochs { get; set; } = 30;

        /// <summary>Initial learning rate.</summary>
        [HyperParameter(MinValue = 0.000001, MaxValue = 0.5, IsTunable = true)]
        public double LearningRate { get; set; } = 0.1;

        /// <summary>Images per mini-batch (over all GPUs).</summary>
        [HyperParameter(MinValue = 8, MaxValue = 512, IsTunable = true)]
        public int MiniBatchSize { get; set; } = 32;

        /// <summary>The optimizer.</summary>
        [HyperParameter(IsTunable = true)]
        public ImageOptimizer Optimizer { get; set; } = ImageOptimizer.Sgd;

        /// <summary>Momentum of SGD and NAG.</summary>
        [HyperParameter(MinValue = 0.0, MaxValue = 0.999, IsTunable = true)]
        public double Momentum { get; set; } = 0.9;

        /// <summary>Weight decay.</summary>
        [HyperParameter(MinValue = 0.0, MaxValue = 1.0, IsTunable = true)]
        public double WeightDecay { get; set; } = 0.0001;

        /// <summary>Input image shape, channels first.</summary>
        [HyperParameter]
        public string ImageShape { get; set; } = "3,224,224";

        /// <summary>Start from ImageNet weights.</summary>
        [HyperParameter]
        public bool UsePretrainedModel { get; set; }

        /// <summary>Data augmentation applied to the training images.</summary>
        [HyperParameter(Values = new[] { "crop", "crop_color", "crop_color_transform" })]
        public string AugmentationType { get; set; } = "crop_color";

        /// <summary>Whether each image may carry several labels.</summary>
        [HyperParameter]
        public bool MultiLabel { get; set; }
    }

    /// <summary>Optimizers of the image classifier.</summary>
    public enum ImageOptimizer
    {
        /// <summary>Stochastic gradient descent.</summary>
        [EnumMember(Value = "sgd")]
        Sgd,

        /// <summary>Adam.</summary>
        [EnumMember(Value = "adam")]
        Adam,

        /// <summary>RMSProp.</summary>
        [EnumMember(Value = "rmsprop")]
        RmsProp,

        /// <summary>Nesterov accelerated gradient.</summary>
        [EnumMember(Value = "nag")]
        Nag,
    }
}
