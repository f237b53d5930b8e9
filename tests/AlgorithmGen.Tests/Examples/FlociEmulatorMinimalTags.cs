using AlgorithmGen;

namespace AlgorithmGen.Tests.Examples
{
    /// <summary>an integration test algorithm</summary>
    /// <remarks>
    /// TestData/examples/08-floci-emulator-minimal-tags.json: the smallest request an emulator accepts, plus a tag.
    /// The summary above is the payload's AlgorithmDescription.
    /// </remarks>
    [Algorithm("integration-algorithm",
        TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/algo:latest",
        SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_Large })]
    [Channel("train",
        SupportedContentTypes = new[] { "text/csv" },
        SupportedInputModes = new[] { TrainingInputMode.File })]
    [Tag("team", "ml")]
    public partial class FlociEmulatorMinimalTags
    {
    }
}
