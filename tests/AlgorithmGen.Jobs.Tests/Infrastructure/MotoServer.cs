using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace AlgorithmGen.Jobs.Tests.Infrastructure
{
    /// <summary>
    /// moto's SageMaker emulator on 127.0.0.1, on a port the OS picks (Tools/moto_endpoint.py prints it), started once
    /// for the test collection and stopped when it ends: closing the script's stdin stops the server, and the process
    /// is killed if it does not exit.
    /// </summary>
    public sealed class MotoServer : IAsyncLifetime
    {
        private Process? _process;

        /// <summary>The emulator's endpoint.</summary>
        public Uri Endpoint { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var start = new ProcessStartInfo("python3")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Tools", "moto_endpoint.py"));
            // moto must not pick up the developer's AWS settings or a proxy.
            start.Environment["NO_PROXY"] = "127.0.0.1,localhost";
            start.Environment.Remove("HTTP_PROXY");
            start.Environment.Remove("HTTPS_PROXY");
            _process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started.");
            _process.ErrorDataReceived += (_, _) => { };
            _process.BeginErrorReadLine();
            Task<string?> line = _process.StandardOutput.ReadLineAsync();
            if (await Task.WhenAny(line, Task.Delay(TimeSpan.FromSeconds(60))) != line || await line is not { } port)
            {
                Kill();
                throw new InvalidOperationException("moto's server did not start (python3 with moto 5.x is needed: .ci/run checks it).");
            }

            Endpoint = new Uri("http://127.0.0.1:" + port.Trim() + "/");
        }

        public async Task DisposeAsync()
        {
            if (_process is null)
            {
                return;
            }

            try
            {
                _process.StandardInput.Close();
                using var exited = new System.Threading.CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _process.WaitForExitAsync(exited.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException || exception is IOException || exception is InvalidOperationException)
            {
                Kill();
            }
            finally
            {
                _process.Dispose();
            }
        }

        private void Kill()
        {
            try
            {
                _process?.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }
    }

    /// <summary>The tests that share one moto server.</summary>
    [CollectionDefinition(Name)]
    public sealed class MotoCollection : ICollectionFixture<MotoServer>
    {
        public const string Name = "moto";
    }
}
