using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;
using AlgorithmGen.Testing;

namespace AlgorithmGen.Testing
{
    /// <summary>The outcome of a finished (or timed-out) child process.</summary>
    internal sealed class ProcessResult
    {
        public ProcessResult(string commandLine, int exitCode, string standardOutput, string standardError, bool timedOut)
        {
            CommandLine = commandLine;
            ExitCode = exitCode;
            StandardOutput = standardOutput;
            StandardError = standardError;
            TimedOut = timedOut;
        }

        public string CommandLine { get; }

        /// <summary>The exit code; -1 when the process timed out and was killed.</summary>
        public int ExitCode { get; }

        public string StandardOutput { get; }

        public string StandardError { get; }

        public bool TimedOut { get; }

        /// <summary>Everything known about the run, for assertion messages.</summary>
        public string Describe() =>
            "$ " + CommandLine + Environment.NewLine
            + (TimedOut ? "(timed out and killed)" : "exit code " + ExitCode) + Environment.NewLine
            + "--- stdout ---" + Environment.NewLine + StandardOutput
            + (StandardOutput.EndsWith("\n", StringComparison.Ordinal) ? string.Empty : Environment.NewLine)
            + "--- stderr ---" + Environment.NewLine + StandardError;

        public override string ToString() => Describe();
    }

    /// <summary>Runs a child process with captured output, optional standard input and a hard timeout.</summary>
    internal static class ProcessRunner
    {
        /// <summary>The timeout for the Python tools and the AWS CLI they start.</summary>
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(120);

        /// <summary>Runs <paramref name="fileName"/> and waits for it (at most <paramref name="timeout"/>, then kills it).</summary>
        /// <param name="cleanEnvironment">
        /// When given, the child gets only these variables plus PATH (and PYENV_VERSION, so a pyenv shim picks the same
        /// Python): no AWS_* or proxy variable of the test process leaks in.
        /// </param>
        /// <summary>How the tests start a child process: output and error captured as UTF-8, no shell, no window.</summary>
        public static ProcessStartInfo StartInfo(string fileName, IEnumerable<string> arguments)
        {
            var startInfo = new ProcessStartInfo(fileName)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                CreateNoWindow = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (string argument in arguments)
            {
                startInfo.ArgumentList.Add(argument);
            }

            return startInfo;
        }

        public static ProcessResult Run(
            string fileName,
            IEnumerable<string> arguments,
            string? standardInput = null,
            string? workingDirectory = null,
            TimeSpan? timeout = null,
            IDictionary<string, string>? cleanEnvironment = null)
        {
            ProcessStartInfo startInfo = StartInfo(fileName, arguments);
            startInfo.RedirectStandardInput = true;
            startInfo.WorkingDirectory = workingDirectory ?? RepositoryRoot.Path;

            if (cleanEnvironment is not null)
            {
                string? path = Environment.GetEnvironmentVariable("PATH");
                string? pyenv = Environment.GetEnvironmentVariable("PYENV_VERSION");
                startInfo.Environment.Clear();
                startInfo.Environment["PATH"] = path ?? "/usr/bin:/bin";
                if (pyenv is not null)
                {
                    startInfo.Environment["PYENV_VERSION"] = pyenv;
                }

                foreach (KeyValuePair<string, string> pair in cleanEnvironment)
                {
                    startInfo.Environment[pair.Key] = pair.Value;
                }
            }

            string commandLine = fileName + " " + string.Join(" ", startInfo.ArgumentList);
            using var process = new Process { StartInfo = startInfo };
            try
            {
                process.Start();
            }
            catch (Exception exception) when (exception is System.ComponentModel.Win32Exception)
            {
                throw new InvalidOperationException("Cannot start '" + commandLine + "': " + exception.Message + ". Is " + fileName + " on PATH?", exception);
            }

            Task<string> standardOutput = process.StandardOutput.ReadToEndAsync();
            Task<string> standardError = process.StandardError.ReadToEndAsync();
            // Written on another thread, so a child that never reads its input cannot block us past the timeout.
            Task writeInput = Task.Run(() =>
            {
                try
                {
                    using var input = new System.IO.StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false));
                    input.Write(standardInput ?? string.Empty);
                }
                catch (System.IO.IOException)
                {
                    // The child closed its input (or exited) early; its exit code and output tell why.
                }
            });

            bool exited = process.WaitForExit((int)(timeout ?? DefaultTimeout).TotalMilliseconds);
            if (!exited)
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It exited between the wait and the kill.
                }

                process.WaitForExit();
            }
            else
            {
                // Let the output readers reach end of stream.
                process.WaitForExit();
            }

            writeInput.Wait(TimeSpan.FromSeconds(5));
            return new ProcessResult(commandLine, exited ? process.ExitCode : -1, standardOutput.Result, standardError.Result, timedOut: !exited);
        }

        /// <summary><see cref="Run"/> on the thread pool, with a clean environment, for async tests.</summary>
        public static Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, IDictionary<string, string> environment, string? standardInput = null) =>
            Task.Run(() => Run(fileName, arguments, standardInput, AppContext.BaseDirectory, cleanEnvironment: environment));
    }
}
