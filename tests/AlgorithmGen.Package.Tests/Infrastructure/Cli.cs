using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace AlgorithmGen.Package.Tests.Infrastructure
{
    /// <summary>
    /// Runs a command line tool (dotnet, python3, an installed tool) as a subprocess with a timeout, isolated from the
    /// `dotnet test` that runs these tests: no MSBuild or VSTest variables leak into it, telemetry and logos are off.
    /// </summary>
    public static class Cli
    {
        /// <summary>The dotnet host that runs these tests (the one `dotnet test` was started with).</summary>
        public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

        /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>.</summary>
        public static Result Dotnet(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout, params string[] arguments) =>
            Run(DotnetHost, workingDirectory, environment, timeout, arguments);

        /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> and waits at most <paramref name="timeout"/>.</summary>
        public static Result Run(string fileName, string workingDirectory, IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout, params string[] arguments)
        {
            var start = new ProcessStartInfo(fileName)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
            {
                string name = (string)variable.Key;
                // MSBuild*: the test host may run with the parent build's MSBuild variables; the child must find its
                // own SDK. VSTest*: .ci/run passes test-logger settings as environment variables, which MSBuild would
                // read as properties.
                if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                    || name.StartsWith("VSTest", StringComparison.OrdinalIgnoreCase))
                {
                    start.Environment.Remove(name);
                }
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            start.Environment["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "1";
            start.Environment["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false";
            // A build server would outlive the test; every build here also passes -nodeReuse:false.
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            if (environment is not null)
            {
                foreach (var (name, value) in environment)
                {
                    if (value is null)
                    {
                        start.Environment.Remove(name);
                    }
                    else
                    {
                        start.Environment[name] = value;
                    }
                }
            }

            var output = new StringBuilder();
            var stopwatch = Stopwatch.StartNew();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(timeout))
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It ended just now.
                }

                process.WaitForExit();
                throw new TimeoutException($"{Describe(fileName, arguments)} did not finish within {timeout}:{Environment.NewLine}{Snapshot(output)}");
            }

            process.WaitForExit(); // Flushes the asynchronous readers.
            return new Result(Describe(fileName, arguments), process.ExitCode, Snapshot(output), stopwatch.Elapsed);
        }

        private static string Describe(string fileName, IEnumerable<string> arguments) =>
            fileName + " " + string.Join(" ", arguments);

        private static void Append(StringBuilder output, string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }
        }

        private static string Snapshot(StringBuilder output)
        {
            lock (output)
            {
                return output.ToString();
            }
        }

        /// <summary>A finished command: what ran, its exit code, its standard output and error interleaved, how long it took.</summary>
        public sealed record Result(string Command, int ExitCode, string Output, TimeSpan Duration)
        {
            /// <summary>A one-line summary and the output, for assertion messages.</summary>
            public override string ToString() => $"{Command} (exit {ExitCode}, {Duration.TotalSeconds:0.0} s){Environment.NewLine}{Output}";
        }
    }
}
