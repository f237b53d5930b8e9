using System;
using System.IO;

namespace AlgorithmGen.Analyzers.Tests.Infrastructure
{
    /// <summary>Files of the repository the tests run from, found by walking up to AlgorithmGen.slnx (or .sln).</summary>
    internal static class RepositoryFiles
    {
        private static readonly Lazy<string> Root = new(() =>
        {
            for (string? directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
            {
                if (File.Exists(Path.Combine(directory, "AlgorithmGen.slnx")) || File.Exists(Path.Combine(directory, "AlgorithmGen.sln")))
                {
                    return directory;
                }
            }

            throw new InvalidOperationException("No AlgorithmGen.slnx or AlgorithmGen.sln above " + AppContext.BaseDirectory);
        });

        public static string RootDirectory => Root.Value;

        /// <summary>The text of <paramref name="relativePath"/> (segments separated by '/').</summary>
        public static string ReadAllText(string relativePath) =>
            File.ReadAllText(Path.Combine(RootDirectory, relativePath.Replace('/', Path.DirectorySeparatorChar)));
    }
}
