using AlgorithmGen;

namespace AlgorithmGen.Training.TestHost
{
    /// <summary>
    /// The test algorithm: its TrainingContext, TrainingChannels and TrainingMetrics are generated, exactly as for a
    /// user's algorithm in a project that references AlgorithmGen.Training.
    /// </summary>
    [Algorithm(Name, TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/test-algo:1",
        SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge, TrainingInstanceTypes.MlC5_XLarge })]
    [Channel("train", IsRequired = true, SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe })]
    [Channel("validation", SupportedContentTypes = new[] { "text/csv", "application/x-parquet" }, SupportedInputModes = new[] { TrainingInputMode.File })]
    [Metric("train:rmse")]
    [Metric("validation:rmse")]
    public sealed partial class TestAlgorithm
    {
        /// <summary>The algorithm's name.</summary>
        public const string Name = "test-algo";

        /// <summary>num_round: Integer 1..1000, required.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 1000, IsTunable = true, IsRequired = true)]
        public int NumRound { get; set; }

        /// <summary>eta: Continuous 0..1, default 0.3.</summary>
        [HyperParameter(MinValue = 0.0, MaxValue = 1.0, IsTunable = true)]
        public double Eta { get; set; } = 0.3;

        /// <summary>objective: Categorical, default reg:squarederror.</summary>
        [HyperParameter(Values = new[] { "reg:squarederror", "binary:logistic" })]
        public string Objective { get; set; } = "reg:squarederror";

        /// <summary>behavior: what the test training code does (train, pipe, wait, throw, throw-long, own-failure).</summary>
        [HyperParameter(Values = new[] { "train", "pipe", "wait", "throw", "throw-long", "own-failure" })]
        public string Behavior { get; set; } = "train";
    }
}
