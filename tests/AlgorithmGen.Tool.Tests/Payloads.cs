namespace AlgorithmGen.Tool.Tests
{
    internal static class Payloads
    {
        /// <summary>A CreateAlgorithm request with no problem at all.</summary>
        public const string Valid = """
            {
              "AlgorithmName": "my-algo",
              "TrainingSpecification": {
                "TrainingImage": "123456789012.dkr.ecr.us-east-1.amazonaws.com/algo:1",
                "SupportedTrainingInstanceTypes": ["ml.m5.xlarge"],
                "TrainingChannels": [{ "Name": "train", "SupportedContentTypes": ["text/csv"], "SupportedInputModes": ["File"] }]
              }
            }
            """;
    }
}
