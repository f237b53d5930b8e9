using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using AlgorithmGen.Testing;

namespace AlgorithmGen.Sample.Tests.Infrastructure
{
    /// <summary>
    /// The sample's program as a container runs it: <c>dotnet GradientBoosting.dll ...</c> from the sample's own build
    /// output (built once per test run by this project's reference to it), where its deps.json places LightGBM's native
    /// library; the copy next to the tests has no such file.
    /// </summary>
    internal static class SampleProgram
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(180);

        private static readonly Lazy<string> AssemblyPath = new Lazy<string>(Find);

        /// <summary>The sample's build output folder for this test run's configuration.</summary>
        public static string Assembly => AssemblyPath.Value;

        /// <summary>The dotnet host running the tests (the SDK sets DOTNET_HOST_PATH for child processes).</summary>
        public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

        /// <summary>The sample's committed data: <c>samples/GradientBoosting/data/&lt;channel&gt;</c>.</summary>
        public static string DataFolder(string channel) => RepositoryRoot.Combine("samples/GradientBoosting/data/" + channel);

        /// <summary>Runs the program to its end with only <paramref name="environment"/> (plus PATH) set.</summary>
        public static ProcessResult Run(string workingDirectory, IDictionary<string, string> environment, params string[] arguments)
        {
            var all = new List<string> { Assembly };
            all.AddRange(arguments);
            var variables = new Dictionary<string, string>(environment);
            foreach (string name in new[] { "HOME", "DOTNET_ROOT", "TMPDIR" })
            {
                if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } value && !variables.ContainsKey(name))
                {
                    variables[name] = value;
                }
            }

            return ProcessRunner.Run(Dotnet, all, workingDirectory: workingDirectory, timeout: Timeout, cleanEnvironment: variables);
        }

        private static string Find()
        {
            string configuration = typeof(SampleProgram).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            string path = RepositoryRoot.Combine("samples/GradientBoosting/bin/" + configuration + "/net10.0/GradientBoosting.dll");
            return File.Exists(path) && File.Exists(Path.ChangeExtension(path, ".deps.json"))
                ? path
                : throw new InvalidOperationException("The sample is not built at " + path + ": build tests/AlgorithmGen.Sample.Tests (it references the sample).");
        }
    }
}
