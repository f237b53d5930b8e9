using AlgorithmGen;

namespace MyAlgorithm;

/// <summary>
/// Predicts the mean of the training labels (the first CSV column). Replace the hyperparameter, channel and metric
/// declarations and <see cref="Trainer"/> with your own: the analyzers check every declaration against the
/// CreateAlgorithm API as you type.
/// </summary>
[Algorithm("my-algorithm",
    TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-algorithm:0.1.0",
    SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_Large, TrainingInstanceTypes.MlM5_XLarge })]
[Channel("train", IsRequired = true, SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
[Metric("train:mse", TuningObjective = ObjectiveType.Minimize)]
public partial class MyAlgorithmAlgorithm
{
    /// <summary>How far the prediction is pulled towards zero: 0 keeps the mean, 1 predicts zero.</summary>
    [HyperParameter(MinValue = 0.0, MaxValue = 1.0, IsTunable = true)]
    public double Shrinkage { get; set; } = 0.0;
}
