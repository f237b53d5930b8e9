using System;
using System.IO;

namespace AlgorithmGen.Testing
{
    /// <summary>The repository checkout the tests run from, to reach its scripts and files (tests/tools, build/scripts, docs).</summary>
    internal static class RepositoryRoot
    {
        private static readonly Lazy<string> Root = new Lazy<string>(Find);

        /// <summary>The folder holding AlgorithmGen.sln, found by walking up from the test assembly's folder.</summary>
        public static string Path => Root.Value;

        /// <summary>A path under the repository root, from '/'-separated segments.</summary>
        public static string Combine(string relativePath) =>
            System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));

        /// <summary>The text of a file under the repository root.</summary>
        public static string ReadAllText(string relativePath) => File.ReadAllText(Combine(relativePath));

        private static string Find()
        {
            for (DirectoryInfo? directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "AlgorithmGen.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("No folder above " + AppContext.BaseDirectory + " contains AlgorithmGen.sln: run the tests from a checkout of the repository.");
        }
    }
}
