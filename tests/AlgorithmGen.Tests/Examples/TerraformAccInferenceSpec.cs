using AlgorithmGen;

// Examples 09 and 10 are separate requests that happen to use the same AlgorithmName.
#pragma warning disable AG0904 // Two algorithms in the project have the same name

namespace AlgorithmGen.Tests.Examples
{
    // TestData/examples/10-terraform-acc-inference-spec.json: a minimal training specification and an inference
    // specification whose one container sets most container members. No XML doc summary: the payload has no
    // AlgorithmDescription. (Its AlgorithmName is the same as example 09's; each is a separate request.)
    [Algorithm("tf-acc-test-1234567890123456789",
        TrainingImage = "174872318107.dkr.ecr.us-west-2.amazonaws.com/linear-learner:1",
        SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_Large })]
    [Channel("train",
        SupportedContentTypes = new[] { "text/csv" },
        SupportedInputModes = new[] { TrainingInputMode.File })]
    [InferenceSpecification(
        SupportedContentTypes = new[] { "text/csv" },
        SupportedRealtimeInferenceInstanceTypes = new[] { RealtimeInferenceInstanceTypes.MlM5_Large },
        SupportedResponseMIMETypes = new[] { "text/csv" },
        SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlM5_Large })]
    [InferenceContainer("174872318107.dkr.ecr.us-west-2.amazonaws.com/linear-learner:1",
        ContainerHostname = "test-host",
        Environment = new[] { "TEST=value" },
        Framework = "XGBOOST",
        FrameworkVersion = "1.5-1",
        IsCheckpoint = true,
        NearestModelName = "nearest-model",
        BaseModelHubContentName = "basemodel",
        BaseModelHubContentVersion = "1.0.0",
        BaseModelRecipeName = "recipe",
        DataInputConfig = "{}")]
    public partial class TerraformAccInferenceSpec
    {
    }
}
