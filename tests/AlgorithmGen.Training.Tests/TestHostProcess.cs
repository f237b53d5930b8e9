using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Testing;

namespace AlgorithmGen.Training.Tests
{
    /// <summary>The test host app (AlgorithmGen.Training.TestHost) as a child process: a training container without the container.</summary>
    internal static class TestHostProcess
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

        /// <summary>The app's assembly, copied next to the tests by the project reference.</summary>
        public static string Assembly
        {
            get
            {
                string path = Path.Combine(AppContext.BaseDirectory, "AlgorithmGen.Training.TestHost.dll");
                return File.Exists(path) ? path : throw new InvalidOperationException("The test host app is not at " + path + ": build tests/AlgorithmGen.Training.Tests.");
            }
        }

        /// <summary>The dotnet host running the tests (the SDK sets DOTNET_HOST_PATH for child processes).</summary>
        public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

        /// <summary>Runs the app to its end.</summary>
        public static ProcessResult Run(string workingDirectory, params string[] arguments)
        {
            var all = new List<string> { Assembly };
            all.AddRange(arguments);
            return ProcessRunner.Run(Dotnet, all, workingDirectory: workingDirectory, timeout: Timeout);
        }

        /// <summary>
        /// Starts the app, waits until it prints <paramref name="line"/> on standard output, sends it SIGTERM with
        /// <c>kill -TERM</c>, and waits for it to exit.
        /// </summary>
        public static async Task<ProcessResult> RunAndTerminateAsync(string line, params string[] arguments)
        {
            ProcessStartInfo startInfo = ProcessRunner.StartInfo(Dotnet, new[] { Assembly }.Concat(arguments));

            using var process = new Process { StartInfo = startInfo };
            var output = new StringBuilder();
            var error = new StringBuilder();
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is null)
                {
                    return;
                }

                lock (output)
                {
                    output.Append(e.Data).Append('\n');
                }

                if (e.Data == line)
                {
                    started.TrySetResult();
                }
            };
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    lock (error)
                    {
                        error.Append(e.Data).Append('\n');
                    }
                }
            };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await Task.WhenAny(started.Task, process.WaitForExitAsync(timeout.Token));
                if (!started.Task.IsCompleted)
                {
                    throw new InvalidOperationException("The test host never printed '" + line + "'.\n" + output + "\n" + error);
                }

                ProcessResult kill = ProcessRunner.Run("kill", new[] { "-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, timeout: TimeSpan.FromSeconds(10));
                if (kill.ExitCode != 0)
                {
                    throw new InvalidOperationException(kill.Describe());
                }

                await process.WaitForExitAsync(timeout.Token);
            }
            finally
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }
            }

            process.WaitForExit();
            return new ProcessResult("dotnet " + string.Join(" ", startInfo.ArgumentList), process.ExitCode, output.ToString(), error.ToString(), timedOut: false);
        }
    }
}
