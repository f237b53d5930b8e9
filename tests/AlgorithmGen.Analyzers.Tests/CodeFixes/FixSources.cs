namespace AlgorithmGen.Analyzers.Tests.CodeFixes
{
    /// <summary>Pieces of test sources for the code-fix tests: a baseline algorithm that raises no diagnostic.</summary>
    internal static class FixSources
    {
        public const string Usings = "using AlgorithmGen;\n";

        /// <summary>[Algorithm] (no distributed training) and a "train" channel (File and Pipe), one attribute per line.</summary>
        public const string Header = """
            [Algorithm("demo-algorithm", TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/demo:1",
                SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge, TrainingInstanceTypes.MlG5_2XLarge })]
            [Channel("train", IsRequired = true, SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe })]
            """;

        /// <summary>A valid validation profile (File mode, one ml.m5.xlarge) with input for "train".</summary>
        public const string Profile = """
            [ValidationProfile("smoke-test",
                ValidationRole = "arn:aws:iam::123456789012:role/Validation",
                TrainingInputMode = TrainingInputMode.File,
                S3OutputPath = "s3://bucket/output",
                InstanceType = TrainingInstanceTypes.MlM5_XLarge,
                InstanceCount = 1,
                VolumeSizeInGB = 30,
                MaxRuntimeInSeconds = 3600)]
            [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/train/", ContentType = "text/csv")]
            """;

        /// <summary>A class with the header, <paramref name="attributes"/> after it and <paramref name="members"/>.</summary>
        public static string Class(string attributes = "", string members = "", string name = "Demo", string algorithm = "demo-algorithm") => Usings + $$"""

            {{Header.Replace("demo-algorithm", algorithm)}}
            {{attributes}}
            public partial class {{name}}
            {
            {{members}}
            }
            """;
    }
}
