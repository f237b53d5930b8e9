using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Tool.Tests
{
    /// <summary>Runs the tool's built dll with `dotnet`, in a given folder, and checks what every run must hold.</summary>
    internal static class ToolRunner
    {
        public static readonly string ToolDll = BuiltFile("ToolDll");

        /// <summary>The sample's built assembly: one algorithm, gradient-boosting, with a validation profile.</summary>
        public static readonly string SampleDll = BuiltFile("SampleDll");

        // Paths the project file records at build time (AssemblyMetadata), so the tests run what was built.
        private static string BuiltFile(string key) => Path.GetFullPath(typeof(ToolRunner).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!);

        public static ProcessResult Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, null, arguments);

        /// <summary>Runs the tool with only <paramref name="environment"/> (plus PATH and what dotnet needs) when given: no AWS_* variable leaks in.</summary>
        public static ProcessResult Run(string workingDirectory, IDictionary<string, string>? environment, params string[] arguments)
        {
            Assert.True(File.Exists(ToolDll), "the tool is not built: " + ToolDll);
            Dictionary<string, string>? variables = environment is null ? null : new Dictionary<string, string>(environment);
            foreach (string name in variables is null ? Array.Empty<string>() : new[] { "HOME", "DOTNET_ROOT", "TMPDIR" })
            {
                if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } value)
                {
                    variables!.TryAdd(name, value);
                }
            }

            ProcessResult result = ProcessRunner.Run("dotnet", new[] { ToolDll }.Concat(arguments), workingDirectory: workingDirectory, timeout: TimeSpan.FromSeconds(120), cleanEnvironment: variables);
            Assert.False(result.TimedOut, result.Describe());

            // Never .NET's words: no exception type, no stack frame.
            string all = result.StandardOutput + result.StandardError;
            Assert.DoesNotContain("Exception", all, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
            return result;
        }

        public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
