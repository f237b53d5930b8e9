using System.Runtime.Serialization;
using AlgorithmGen;

// Examples 09 and 10 are separate requests that happen to use the same AlgorithmName.
#pragma warning disable AG0904 // Two algorithms in the project have the same name

namespace AlgorithmGen.Tests.Examples
{
    // TestData/examples/09-terraform-acc-training-spec.json: a training specification with hyperparameters of each
    // range kind, a tuning objective and two channels. The payload has no AlgorithmDescription, so the class has no
    // XML doc summary (it would become one).
    [Algorithm("tf-acc-test-1234567890123456789",
        TrainingImage = "174872318107.dkr.ecr.us-west-2.amazonaws.com/linear-learner:1",
        SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_Large, TrainingInstanceTypes.MlC5_XLarge },
        SupportsDistributedTraining = true)]
    [Metric("train:loss", "loss=(.*?);", TuningObjective = ObjectiveType.Minimize)]
    [Channel("train", Description = "Training data channel", IsRequired = true,
        SupportedCompressionTypes = new[] { CompressionType.None, CompressionType.Gzip },
        SupportedContentTypes = new[] { "text/csv" },
        SupportedInputModes = new[] { TrainingInputMode.File })]
    [Channel("validation",
        SupportedContentTypes = new[] { "application/json" },
        SupportedInputModes = new[] { TrainingInputMode.Pipe })]
    public partial class TerraformAccTrainingSpec
    {
        // The example marks "eta" required *and* gives it a default, which the API documents as contradictory
        // (rule AG0101 warns); it is expressed as written: the required modifier plus an initializer.
#pragma warning disable AG0101 // A required hyperparameter has a default value

        /// <summary>Continuous learning rate</summary>
        [HyperParameter(IsTunable = true, MinValue = 0.1, MaxValue = 0.9)]
        public required double Eta { get; set; } = 0.5;
#pragma warning restore AG0101

        /// <summary>Maximum tree depth</summary>
        [HyperParameter(IsRequired = false, IsTunable = true, MinValue = 1, MaxValue = 10)]
        public int MaxDepth { get; set; } = 5;

        /// <summary>Objective function</summary>
        [HyperParameter(IsRequired = false, IsTunable = false)]
        public LinearLearnerObjective Objective { get; set; } = LinearLearnerObjective.SquaredError;
    }

    /// <summary>The objectives example 09 offers; the wire values contain ':'.</summary>
    public enum LinearLearnerObjective
    {
        /// <summary>Regression with squared loss.</summary>
        [EnumMember(Value = "reg:squarederror")]
        SquaredError,

        /// <summary>Logistic regression for binary classification.</summary>
        [EnumMember(Value = "binary:logistic")]
        BinaryLogistic,
    }
}
