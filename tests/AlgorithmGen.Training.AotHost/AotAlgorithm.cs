using System.Runtime.Serialization;
using AlgorithmGen;

namespace AlgorithmGen.Training.AotHost
{
    /// <summary>
    /// A small algorithm covering what binding does at run time: an integer, a double, an enum with wire values, a
    /// bool and a free-text string; a required and an optional channel; a metric by name only and one with a regex.
    /// </summary>
    [Algorithm(Name, TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/aot-host:1",
        SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_Large })]
    [Channel("train", IsRequired = true, SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
    [Channel("validation", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
    [Metric("train:loss")]
    [Metric("validation:accuracy", @"\[epoch \d+\] validation accuracy: (-?[0-9.]+(?:[eE][-+]?[0-9]+)?)", TuningObjective = ObjectiveType.Maximize)]
    public sealed partial class AotAlgorithm
    {
        /// <summary>The algorithm's name.</summary>
        public const string Name = "aot-host";

        /// <summary>Passes over the training rows.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 100, IsTunable = true)]
        public required int Epochs { get; set; }

        /// <summary>Step size.</summary>
        [HyperParameter(MinValue = 0.0001, MaxValue = 1.0, IsTunable = true)]
        public double LearningRate { get; set; } = 0.1;

        /// <summary>The loss to minimise.</summary>
        [HyperParameter]
        public Loss Loss { get; set; } = Loss.Squared;

        /// <summary>Whether to shuffle rows between epochs.</summary>
        [HyperParameter]
        public bool Shuffle { get; set; }

        /// <summary>A label written into the model file.</summary>
        [HyperParameter]
        public string? ModelLabel { get; set; }
    }

    /// <summary>Losses; the wire values contain ':' so they come from [EnumMember].</summary>
    public enum Loss
    {
        /// <summary>Squared error.</summary>
        [EnumMember(Value = "reg:squared")]
        Squared,

        /// <summary>Absolute error.</summary>
        [EnumMember(Value = "reg:absolute")]
        Absolute,
    }
}
