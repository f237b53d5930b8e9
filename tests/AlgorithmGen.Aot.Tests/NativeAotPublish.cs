using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using AlgorithmGen.Testing;

namespace AlgorithmGen.Aot.Tests
{
    /// <summary>
    /// One NativeAOT publish of tests/AlgorithmGen.Training.AotHost per test run, shared by the tests of a class. It
    /// builds into its own temporary folder (<c>--artifacts-path</c>), so it never touches the obj/bin folders that
    /// other builds of the repository use at the same time.
    /// </summary>
    public sealed class NativeAotPublish : IDisposable
    {
        /// <summary>The project published.</summary>
        public const string Project = "tests/AlgorithmGen.Training.AotHost/AlgorithmGen.Training.AotHost.csproj";

        /// <summary>A publish takes a minute or two on two busy cores; past this something is wrong.</summary>
        private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(8);

        private readonly TempDirectory _folder = new TempDirectory();

        public NativeAotPublish()
        {
            string[] missing = new[] { "clang", "ld.lld" }.Where(tool => FindOnPath(tool) is null).ToArray();
            if (missing.Length > 0)
            {
                Problem = "NativeAOT needs clang and lld on PATH; missing: " + string.Join(", ", missing)
                    + ". Install them with `apt-get install -y clang lld` (.ci/run does this before the tests).";
                return;
            }

            OutputDirectory = _folder.Combine("native");
            var stopwatch = Stopwatch.StartNew();
            // PublishAot is set in the project, not passed as -p:PublishAot=true: a global property would reach the
            // netstandard2.0 projects it references and fail them with NETSDK1207.
            Result = ProcessRunner.Run(
                Dotnet,
                new[]
                {
                    "publish", RepositoryRoot.Combine(Project),
                    "-c", "Release", "-r", "linux-x64",
                    "--artifacts-path", _folder.Combine("artifacts"),
                    "-o", OutputDirectory,
                    "-nodeReuse:false", "-clp:NoSummary",
                },
                workingDirectory: RepositoryRoot.Path,
                timeout: PublishTimeout,
                cleanEnvironment: ChildEnvironment());
            Duration = stopwatch.Elapsed;
            Warnings = TrimWarning.Parse(Result.StandardOutput + "\n" + Result.StandardError);
            if (Result.ExitCode != 0)
            {
                Problem = "dotnet publish failed:" + Environment.NewLine + Result.Describe();
            }
            else if (!File.Exists(Binary))
            {
                Problem = "dotnet publish succeeded but wrote no " + Binary + ":" + Environment.NewLine + Result.Describe();
            }
        }

        /// <summary>Why the native binary is not there to test (tools missing, publish failed); null when it is.</summary>
        public string? Problem { get; }

        /// <summary>The publish command's outcome; null when it did not run.</summary>
        internal ProcessResult? Result { get; }

        /// <summary>How long the publish took.</summary>
        public TimeSpan Duration { get; }

        /// <summary>Every trim (IL2xxx) and AOT (IL3xxx) diagnostic the publish printed.</summary>
        internal IReadOnlyList<TrimWarning> Warnings { get; } = Array.Empty<TrimWarning>();

        /// <summary>The publish folder.</summary>
        public string OutputDirectory { get; } = string.Empty;

        /// <summary>The native executable.</summary>
        public string Binary => Path.Combine(OutputDirectory, "AlgorithmGen.Training.AotHost");

        /// <summary>The dotnet host running the tests (the SDK sets DOTNET_HOST_PATH for child processes).</summary>
        private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

        public void Dispose() => _folder.Dispose();

        // The test process's variables (certificates, HOME for the NuGet cache) less those of the `dotnet test` that
        // started it: MSBuild* would point the child at the parent's SDK state, VSTest* and AlgorithmGenTestResults are
        // read by MSBuild as properties. No build server outlives the test.
        private static Dictionary<string, string> ChildEnvironment()
        {
            var environment = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
            {
                string name = (string)variable.Key;
                if (!name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                    && !name.StartsWith("VSTest", StringComparison.OrdinalIgnoreCase)
                    && !name.Equals("AlgorithmGenTestResults", StringComparison.OrdinalIgnoreCase))
                {
                    environment[name] = (string?)variable.Value ?? string.Empty;
                }
            }

            environment["MSBUILDDISABLENODEREUSE"] = "1";
            environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            environment["DOTNET_NOLOGO"] = "1";
            environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            return environment;
        }

        private static string? FindOnPath(string tool) =>
            (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(folder => Path.Combine(folder, tool))
                .FirstOrDefault(File.Exists);
    }
}
