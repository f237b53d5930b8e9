namespace AlgorithmGen.Analyzers.Tests.Infrastructure
{
    /// <summary>Builds test sources around a baseline algorithm that raises no diagnostic at all.</summary>
    internal static class Algorithms
    {
        public const string Usings = "using System.Runtime.Serialization;\nusing AlgorithmGen;\n";

        /// <param name="extraAttributes">More class attributes, one per line.</param>
        /// <param name="members">Class members (hyperparameter properties).</param>
        /// <param name="algorithmArguments">More named arguments of [Algorithm], starting with ", ".</param>
        public static string Valid(string extraAttributes = "", string members = "", string algorithmArguments = "") => Usings + $$"""

            [Algorithm("demo-algorithm", TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/demo:1",
                SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge, TrainingInstanceTypes.MlG5_2XLarge }{{algorithmArguments}})]
            [Channel("train", IsRequired = true, SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe })]
            {{extraAttributes}}
            public partial class Demo
            {
            {{members}}
            }
            """;
    }
}
