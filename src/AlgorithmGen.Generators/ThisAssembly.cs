namespace AlgorithmGen.Generators
{
    internal static class ThisAssembly
    {
        // Written into [GeneratedCode]; kept constant so generated output does not change between builds.
        public const string Version = "0.1.0";
    }
}
