using System;
using System.IO;

namespace AlgorithmGen.Tests.Infrastructure
{
    /// <summary>Finds the repository checkout the tests run from, to reach its scripts (tests/tools, build/scripts).</summary>
    internal static class RepositoryRoot
    {
        private static readonly string[] SolutionFiles = { "AlgorithmGen.sln", "AlgorithmGen.slnx" };
        private static readonly Lazy<string> Root = new Lazy<string>(Find);

        /// <summary>The folder holding the solution file, found by walking up from the test assembly's folder.</summary>
        public static string Path => Root.Value;

        /// <summary>A path under the repository root, from '/'-separated segments.</summary>
        public static string Combine(string relativePath) =>
            System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));

        private static string Find()
        {
            for (DirectoryInfo? directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                foreach (string solution in SolutionFiles)
                {
                    if (File.Exists(System.IO.Path.Combine(directory.FullName, solution)))
                    {
                        return directory.FullName;
                    }
                }
            }

            throw new InvalidOperationException(
                "No folder above " + AppContext.BaseDirectory + " contains " + string.Join(" or ", SolutionFiles) + ": run the tests from a checkout of the repository.");
        }
    }
}
