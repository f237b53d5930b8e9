using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace AlgorithmGen.Registration.Tests.Infrastructure
{
    /// <summary>A finished child process.</summary>
    internal sealed class ProcessResult
    {
        public ProcessResult(string commandLine, int exitCode, string standardOutput, string standardError)
        {
            CommandLine = commandLine;
            ExitCode = exitCode;
            StandardOutput = standardOutput;
            StandardError = standardError;
        }

        public string CommandLine { get; }

        /// <summary>The exit code; -1 when the process timed out and was killed.</summary>
        public int ExitCode { get; }

        public string StandardOutput { get; }

        public string StandardError { get; }

        public override string ToString() =>
            "$ " + CommandLine + Environment.NewLine + "exit code " + ExitCode + Environment.NewLine
            + "--- stdout ---" + Environment.NewLine + StandardOutput + Environment.NewLine + "--- stderr ---" + Environment.NewLine + StandardError;
    }

    /// <summary>Runs python3 and the AWS CLI with a clean environment, optional input and a hard timeout.</summary>
    internal static class ProcessRunner
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

        /// <summary>
        /// Runs <paramref name="fileName"/> with only PATH and <paramref name="environment"/> set (plus PYENV_VERSION, so
        /// a pyenv shim picks the same Python), so no AWS_* or proxy variable of the test process leaks in.
        /// </summary>
        public static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, IDictionary<string, string> environment, string? standardInput = null)
        {
            var startInfo = new ProcessStartInfo(fileName)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = AppContext.BaseDirectory,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (string argument in arguments)
            {
                startInfo.ArgumentList.Add(argument);
            }

            string? path = Environment.GetEnvironmentVariable("PATH");
            string? pyenv = Environment.GetEnvironmentVariable("PYENV_VERSION");
            startInfo.Environment.Clear();
            startInfo.Environment["PATH"] = path ?? "/usr/bin:/bin";
            if (pyenv != null)
            {
                startInfo.Environment["PYENV_VERSION"] = pyenv;
            }

            foreach (KeyValuePair<string, string> pair in environment)
            {
                startInfo.Environment[pair.Key] = pair.Value;
            }

            string commandLine = fileName + " " + string.Join(" ", startInfo.ArgumentList);
            using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Cannot start " + commandLine);
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            await process.StandardInput.WriteAsync(standardInput ?? string.Empty);
            process.StandardInput.Close();
            Task exited = process.WaitForExitAsync();
            if (await Task.WhenAny(exited, Task.Delay(Timeout)) != exited)
            {
                process.Kill(entireProcessTree: true);
                await exited;
                return new ProcessResult(commandLine, -1, await output, await error);
            }

            return new ProcessResult(commandLine, process.ExitCode, await output, await error);
        }
    }
}
