using System;
using System.Collections;
using System.Diagnostics;
using System.Text;

namespace AlgorithmGen.Build.Tests.Infrastructure
{
    /// <summary>Runs the <c>dotnet</c> CLI as a subprocess, isolated from the MSBuild that runs these tests.</summary>
    internal static class DotnetCli
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

        /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
        public static Result Run(string workingDirectory, params string[] arguments)
        {
            ProcessStartInfo start = StartInfo(workingDirectory, arguments);
            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in {Timeout}:\n{output}");
            }

            process.WaitForExit(); // Flushes the asynchronous output readers.
            lock (output)
            {
                return new Result(process.ExitCode, output.ToString());
            }
        }

        private static ProcessStartInfo StartInfo(string workingDirectory, string[] arguments)
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // `dotnet test` may run the tests with MSBuild's variables set; the child build must find its own SDK.
            foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
            {
                string name = (string)variable.Key;
                if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase))
                {
                    start.Environment.Remove(name);
                }
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            // No MSBuild node or build server outlives the command (`dotnet run` takes no -nodeReuse switch).
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            return start;
        }

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

        /// <summary>A finished command: its exit code and its standard output and error, interleaved.</summary>
        public sealed record Result(int ExitCode, string Output);
    }
}
