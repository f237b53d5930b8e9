namespace AlgorithmGen.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// Attribute snippets that add a whole area to <see cref="Algorithms.Valid"/> without any diagnostic; tests pass
    /// extra arguments (which may carry markup) to break exactly one thing.
    /// </summary>
    internal static class Fragments
    {
        public const string Role = "arn:aws:iam::123456789012:role/Validation";

        /// <summary>A complete validation profile whose training job reads the baseline's required "train" channel.</summary>
        /// <param name="profileArguments">More named arguments of [ValidationProfile], starting with ", ".</param>
        /// <param name="inputArguments">More named arguments of [ValidationInput("train")], starting with ", ".</param>
        /// <param name="extra">More attributes of the profile (instance groups, transform job…), one per line.</param>
        public static string Profile(string profileArguments = "", string inputArguments = "", string extra = "") => $$"""
            [ValidationProfile("smoke", ValidationRole = "{{Role}}", TrainingInputMode = TrainingInputMode.File,
                S3OutputPath = "s3://example-bucket/output", InstanceType = TrainingInstanceTypes.MlM5_XLarge, InstanceCount = 1,
                MaxRuntimeInSeconds = 3600{{profileArguments}})]
            [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://example-bucket/train/"{{inputArguments}})]
            {{extra}}
            """;

        /// <summary>An inference specification with one container.</summary>
        /// <param name="specificationArguments">More named arguments of [InferenceSpecification], starting with ", ".</param>
        /// <param name="containerArguments">More named arguments of [InferenceContainer], starting with ", ".</param>
        public static string Inference(string specificationArguments = "", string containerArguments = "") => $$"""
            [InferenceSpecification(SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlM5_XLarge, TransformInstanceTypes.MlG4dn_XLarge },
                SupportedContentTypes = new[] { "text/csv" }, SupportedResponseMIMETypes = new[] { "text/csv" }{{specificationArguments}})]
            [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/demo-serve:1"{{containerArguments}})]
            """;

        /// <summary>A transform job for the profile.</summary>
        /// <param name="arguments">More named arguments of [ValidationTransformJob], starting with ", ".</param>
        public static string TransformJob(string arguments = "") => $$"""
            [ValidationTransformJob(S3DataType = S3DataType.S3Prefix, S3Uri = "s3://example-bucket/batch/",
                S3OutputPath = "s3://example-bucket/transform", InstanceType = TransformInstanceTypes.MlM5_XLarge, InstanceCount = 1{{arguments}})]
            """;

        /// <summary>A metric offered as a tuning objective.</summary>
        public const string TuningMetric = """[Metric("validation:rmse", "rmse=([0-9.]+)", TuningObjective = ObjectiveType.Minimize)]""";

        /// <summary>A tunable hyperparameter with a range.</summary>
        public const string TunableHyperParameter = """
                [HyperParameter(MinValue = 1, MaxValue = 10, IsTunable = true)]
                public int Depth { get; set; } = 3;
            """;
    }
}
