namespace AlgorithmGen.Build
{
    /// <summary>One <c>[assembly: AlgorithmGen.AlgorithmPayload(name, json)]</c> read from an assembly's metadata.</summary>
    internal sealed class AlgorithmPayload
    {
        public AlgorithmPayload(string algorithmName, string indentedJson, string? ruleSeverities = null)
        {
            AlgorithmName = algorithmName;
            IndentedJson = indentedJson;
            RuleSeverities = ruleSeverities;
        }

        /// <summary>The algorithm's name: the file name without <see cref="Payloads.PayloadFile.Suffix"/>.</summary>
        public string AlgorithmName { get; }

        /// <summary>The indented CreateAlgorithm JSON, the file's content without its final newline.</summary>
        public string IndentedJson { get; }

        /// <summary>The rule severities the build baked for the algorithm (RuleSeverities' text form); null when it kept the catalogue's.</summary>
        public string? RuleSeverities { get; }
    }
}
