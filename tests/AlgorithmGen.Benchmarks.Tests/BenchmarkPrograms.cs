using System;
using System.IO;
using System.Linq;
using System.Reflection;
using AlgorithmGen.Testing;

namespace AlgorithmGen.Benchmarks.Tests
{
    /// <summary>Where the benchmark programs built with this test project are, and how a smoke test starts them.</summary>
    internal static class BenchmarkPrograms
    {
        /// <summary>The configuration this test project (and so every benchmark it references) was built in.</summary>
        public static string Configuration { get; } = typeof(BenchmarkPrograms).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "BenchmarkConfiguration").Value!;

        /// <summary>
        /// The built <c>.dll</c> of the benchmark project <paramref name="project"/>, in the folder under benchmarks/
        /// named <paramref name="folder"/> (by default, like the project).
        /// </summary>
        public static string Dll(string project, string? folder = null) =>
            RepositoryRoot.Combine($"benchmarks/{folder ?? project}/bin/{Configuration}/net10.0/{project}.dll");

        /// <summary>The build output folder of <paramref name="project"/>, a project under tests/ that this test project references.</summary>
        public static string TestProjectOutput(string project) =>
            RepositoryRoot.Combine($"tests/{project}/bin/{Configuration}/net10.0");

        /// <summary>Runs a benchmark's Python script from the repository root, with a hard timeout.</summary>
        public static ProcessResult Python(string script, TimeSpan timeout, params string[] arguments) =>
            ProcessRunner.Run("python3", new[] { RepositoryRoot.Combine(script) }.Concat(arguments), timeout: timeout);

        /// <summary>Runs a built benchmark program with <c>dotnet</c>, with a hard timeout.</summary>
        public static ProcessResult Dotnet(string project, TimeSpan timeout, params string[] arguments)
        {
            string dll = Dll(project);
            if (!File.Exists(dll))
            {
                throw new InvalidOperationException(dll + " is missing: build the solution (or this test project) first.");
            }

            return ProcessRunner.Run("dotnet", new[] { dll }.Concat(arguments), timeout: timeout);
        }
    }
}
