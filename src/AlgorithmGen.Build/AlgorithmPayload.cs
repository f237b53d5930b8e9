namespace AlgorithmGen.Build
{
    /// <summary>One <c>[assembly: AlgorithmGen.AlgorithmPayload(name, json)]</c> read from an assembly's metadata.</summary>
    internal sealed class AlgorithmPayload
    {
        public AlgorithmPayload(string algorithmName, string indentedJson)
        {
            AlgorithmName = algorithmName;
            IndentedJson = indentedJson;
        }

        /// <summary>The algorithm's name: the file name without <see cref="Payloads.PayloadFile.Suffix"/>.</summary>
        public string AlgorithmName { get; }

        /// <summary>The indented CreateAlgorithm JSON, the file's content without its final newline.</summary>
        public string IndentedJson { get; }
    }
}
