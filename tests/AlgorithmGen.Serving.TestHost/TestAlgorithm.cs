using AlgorithmGen;

namespace AlgorithmGen.Serving.TestHost
{
    /// <summary>
    /// The test algorithm: its InferenceContract, InferenceContentTypes and InferenceResponseTypes are generated, exactly
    /// as for a user's algorithm in a project that references AlgorithmGen.Serving. JSON is the default response type
    /// (declared first); the validation profile's transform job declares the batch settings.
    /// </summary>
    [Algorithm(Name, TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/serving-test:1",
        SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge })]
    [Channel("train", IsRequired = true, SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
    [InferenceSpecification(
        SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlM5_XLarge },
        SupportedRealtimeInferenceInstanceTypes = new[] { RealtimeInferenceInstanceTypes.MlM5_Large },
        SupportedContentTypes = new[] { "text/csv", "application/json", "application/x-recordio-protobuf" },
        SupportedResponseMIMETypes = new[] { "application/json", "text/csv" })]
    [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/serving-test-serve:1")]
    [ValidationProfile("smoke", ValidationRole = "arn:aws:iam::123456789012:role/SageMakerValidation", TrainingInputMode = TrainingInputMode.File,
        S3OutputPath = "s3://example-bucket/output", InstanceType = TrainingInstanceTypes.MlM5_XLarge, InstanceCount = 1, MaxRuntimeInSeconds = 3600)]
    [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://example-bucket/train/", ContentType = "text/csv")]
    [ValidationTransformJob(S3DataType = S3DataType.S3Prefix, S3Uri = "s3://example-bucket/batch/", ContentType = "text/csv", SplitType = SplitType.Line,
        S3OutputPath = "s3://example-bucket/transform", InstanceType = TransformInstanceTypes.MlM5_XLarge, InstanceCount = 1,
        MaxConcurrentTransforms = 4, BatchStrategy = BatchStrategy.SingleRecord, MaxPayloadInMB = 5)]
    public sealed partial class TestAlgorithm
    {
        /// <summary>The algorithm's name.</summary>
        public const string Name = "serving-test-algo";
    }
}
