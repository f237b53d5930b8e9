namespace AlgorithmGen.Generators.Tests
{
    /// <summary>Annotated classes the tests generate from.</summary>
    internal static class Sources
    {
        public const string Forecaster = """
            using System.Runtime.Serialization;
            using AlgorithmGen;

            namespace Demo.Forecasting
            {
                /// <summary>Forecasts demand with <see cref="Forecaster"/> trees &amp; friends.</summary>
                [Algorithm("demand-forecaster",
                    TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/forecaster:2",
                    SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge, "ml.future.large" },
                    SupportsDistributedTraining = false)]
                [Channel("train", IsRequired = true, SupportedContentTypes = new[] { "text/csv" },
                    SupportedCompressionTypes = new[] { CompressionType.Gzip }, SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe })]
                [Metric("validation:mape", @"mape=(\d+\.\d+)", TuningObjective = ObjectiveType.Minimize)]
                [Metric("train:loss", "loss=([0-9.]+)")]
                [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/forecaster-serve:2", Environment = new[] { "WORKERS=4", "MODE=fast=yes" })]
                [InferenceSpecification(SupportedContentTypes = new[] { "text/csv" }, SupportedResponseMIMETypes = new[] { "application/json" })]
                [Tag("team", "demand \u00e9quipe")]
                public partial class Forecaster
                {
                    /// <summary>
                    /// Forecast horizon in days.
                    /// </summary>
                    [HyperParameter(MinValue = 1, MaxValue = 365, IsTunable = true)]
                    public required int HorizonDays { get; set; }

                    /// <summary>L2 regularisation.</summary>
                    [HyperParameter(MinValue = 0.0, MaxValue = 10.5)]
                    public double L2Regularization { get; set; } = 0.25;

                    [HyperParameter(Description = "The seasonality model.")]
                    public Seasonality Seasonality { get; set; } = Seasonality.Weekly;

                    [HyperParameter("use_holidays")]
                    public bool Holidays { get; set; }

                    [HyperParameter(Values = new[] { "a", "b\"quoted\"" })]
                    public string Variant { get; set; } = "a";

                    [HyperParameter]
                    public string? Notes { get; set; }

                    [HyperParameter(Type = HyperParameterType.FreeText, DefaultValue = "x,y")]
                    public string? Features { get; set; }

                    public int NotAHyperParameter { get; set; } = 3;
                }

                public enum Seasonality
                {
                    None,
                    [EnumMember(Value = "weekly-7")]
                    Weekly,
                    Yearly,
                }
            }
            """;

        public const string Minimal = """
            using AlgorithmGen;

            namespace Demo
            {
                [Algorithm("minimal", TrainingImage = "img", SupportedTrainingInstanceTypes = new[] { "ml.m5.large" })]
                [Channel("train", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                public partial class Minimal
                {
                    [HyperParameter]
                    public int Depth { get; set; } = 3;
                }
            }
            """;

        public const string Nested = """
            using AlgorithmGen;

            namespace Demo
            {
                public static partial class Outer
                {
                    internal partial class Middle
                    {
                        [Algorithm("nested-algo", TrainingImage = "img", SupportedTrainingInstanceTypes = new[] { "ml.m5.large" })]
                        [Channel("train", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                        public partial class Inner
                        {
                        }
                    }
                }
            }
            """;
    }
}
