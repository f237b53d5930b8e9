using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Testing;

namespace AlgorithmGen.Serving.Tests
{
    /// <summary>The test host app as a child process on a loopback port: an inference container without the container.</summary>
    internal sealed class ServingProcess : IAsyncDisposable
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
        private readonly Process _process;
        private readonly StringBuilder _output = new();

        private ServingProcess(Process process, int port)
        {
            _process = process;
            Port = port;
            Client = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture)), Timeout = Timeout };
        }

        public int Port { get; }

        public HttpClient Client { get; }

        /// <summary>Standard output and error so far, interleaved by line.</summary>
        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public static string Assembly
        {
            get
            {
                string path = Path.Combine(AppContext.BaseDirectory, "AlgorithmGen.Serving.TestHost.dll");
                return File.Exists(path) ? path : throw new InvalidOperationException("The test host app is not at " + path + ": build tests/AlgorithmGen.Serving.Tests.");
            }
        }

        public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

        /// <summary>A port nothing listens on now.</summary>
        public static int FreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }

        /// <summary>Starts <c>serve</c> with the given arguments; <paramref name="port"/> is where the tests expect it.</summary>
        public static ServingProcess Start(int port, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
        {
            ProcessStartInfo startInfo = ProcessRunner.StartInfo(Dotnet, new[] { Assembly }.Concat(arguments));

            foreach (string variable in new[] { "SAGEMAKER_BIND_TO_PORT", "SAGEMAKER_BASE_DIR", "SAGEMAKER_BATCH", "SAGEMAKER_MAX_PAYLOAD_IN_MB", "ALGORITHMGEN_LOG_LEVEL", "ASPNETCORE_URLS" })
            {
                startInfo.Environment.Remove(variable);
            }

            foreach (KeyValuePair<string, string> variable in environment ?? new Dictionary<string, string>())
            {
                startInfo.Environment[variable.Key] = variable.Value;
            }

            var process = new Process { StartInfo = startInfo };
            var serving = new ServingProcess(process, port);
            process.OutputDataReceived += (_, e) => serving.Append(e.Data);
            process.ErrorDataReceived += (_, e) => serving.Append(e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return serving;
        }

        /// <summary>Serves the model in <paramref name="modelDirectory"/> on a free port.</summary>
        public static ServingProcess Serve(string modelDirectory, params string[] more)
        {
            int port = FreePort();
            var arguments = new List<string> { "serve", "--model", modelDirectory, "--port", port.ToString(CultureInfo.InvariantCulture) };
            arguments.AddRange(more);
            return Start(port, arguments);
        }

        /// <summary>Polls <c>/ping</c> until it answers <paramref name="status"/> (connection refusals retried).</summary>
        public async Task WaitForPingAsync(HttpStatusCode status = HttpStatusCode.OK)
        {
            var deadline = DateTime.UtcNow + Timeout;
            while (DateTime.UtcNow < deadline)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException("The test host exited with " + _process.ExitCode + " before /ping answered " + (int)status + ".\n" + Output);
                }

                try
                {
                    using HttpResponseMessage ping = await Client.GetAsync("/ping");
                    if (ping.StatusCode == status)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(25);
            }

            throw new TimeoutException("/ping never answered " + (int)status + ".\n" + Output);
        }

        /// <summary>Sends SIGTERM, as <c>docker stop</c> does.</summary>
        public void Terminate()
        {
            ProcessResult kill = ProcessRunner.Run("kill", new[] { "-TERM", _process.Id.ToString(CultureInfo.InvariantCulture) }, timeout: TimeSpan.FromSeconds(10));
            if (kill.ExitCode != 0)
            {
                throw new InvalidOperationException(kill.Describe());
            }
        }

        /// <summary>Waits for the process to end and returns its exit code.</summary>
        public async Task<int> WaitForExitAsync()
        {
            using var timeout = new CancellationTokenSource(Timeout);
            await _process.WaitForExitAsync(timeout.Token);
            _process.WaitForExit();
            return _process.ExitCode;
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        private void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_output)
            {
                _output.Append(line).Append('\n');
            }
        }
    }
}
