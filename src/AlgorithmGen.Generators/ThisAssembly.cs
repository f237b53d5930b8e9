namespace AlgorithmGen.Generators
{
    /// <summary>This generator's name and version, as written into every generated file's header and <c>[GeneratedCode]</c>.</summary>
    internal static class ThisAssembly
    {
        /// <summary>The assembly's simple name, <c>AlgorithmGen.Generators</c>.</summary>
        public static readonly string Name = typeof(ThisAssembly).Assembly.GetName().Name;

        /// <summary>
        /// The build's <c>Version</c> (Directory.Build.props), in three parts, without a prerelease label. The assembly version
        /// carries no commit hash (unlike the informational version), so output stays byte-identical between builds of one version.
        /// </summary>
        public static readonly string Version = typeof(ThisAssembly).Assembly.GetName().Version.ToString(3);
    }
}
