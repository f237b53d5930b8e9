using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Sample.Tests.Infrastructure;
using Xunit;

namespace AlgorithmGen.Sample.Tests
{
    /// <summary>
    /// The sample trained, then served as SageMaker runs the image (<c>serve</c>) from the model folder the training job
    /// wrote: the predictions for the validation rows, over HTTP, are the saved model's own.
    /// </summary>
    public sealed class ServingTests : IClassFixture<RegressionJob>
    {
        private static readonly string ValidationFile = Path.Combine(SampleProgram.DataFolder("validation"), "validation.csv");

        private readonly RegressionJob _job;

        public ServingTests(RegressionJob job) => _job = job;

        /// <summary>The validation rows without their label: what a client sends to the endpoint.</summary>
        private static string[] FeatureRows() => File.ReadAllLines(ValidationFile)
            .Where(line => line.Length > 0)
            .Select(line => line.Substring(line.IndexOf(',') + 1))
            .ToArray();

        [Fact]
        public async Task The_trained_model_is_served_and_predicts_the_validation_rows_as_ML_NET_does()
        {
            Assert.True(_job.Result.ExitCode == 0, _job.Result.Describe());
            float[] expected = new SavedModel(Path.Combine(_job.Tree.ModelFolder, "model.zip")).Predict<float>(ValidationFile, "Score");
            string[] rows = FeatureRows();

            await using var serving = await SampleServer.StartAsync(_job.Tree.ModelFolder);
            using (HttpResponseMessage csv = await serving.PostAsync(string.Join("\n", rows) + "\n", "text/csv", "text/csv"))
            {
                Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
                Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
                float[] predicted = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
                    .Select(value => float.Parse(value, CultureInfo.InvariantCulture)).ToArray();
                Assert.Equal(expected.Length, predicted.Length);
                for (int i = 0; i < expected.Length; i++)
                {
                    Assert.Equal(expected[i], predicted[i], 1e-4f);
                }
            }

            string json = "{\"instances\":[" + string.Join(",", rows.Take(5).Select(row => "[" + row + "]")) + "]}";
            using (HttpResponseMessage response = await serving.PostAsync(json, "application/json", "application/json"))
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
                using JsonDocument document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                float[] scores = document.RootElement.GetProperty("predictions").EnumerateArray().Select(p => p.GetProperty("score").GetSingle()).ToArray();
                Assert.Equal(expected.Take(5).ToArray(), scores, (a, b) => Math.Abs(a - b) < 1e-4f);
            }

            using (HttpResponseMessage refused = await serving.PostAsync(rows[0], "text/plain", null))
            {
                Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
                Assert.Equal("Content-Type 'text/plain' is not supported. Supported content types: text/csv, application/json.\n", await refused.Content.ReadAsStringAsync());
            }

            using (HttpResponseMessage labelled = await serving.PostAsync(File.ReadAllLines(ValidationFile)[0], "text/csv", null))
            {
                Assert.Equal(HttpStatusCode.BadRequest, labelled.StatusCode);
                Assert.Equal("Row 1 has 7 values; the model reads 6 features (no label column).\n", await labelled.Content.ReadAsStringAsync());
            }

            using (HttpResponseMessage parameters = await serving.Client.GetAsync("/execution-parameters"))
            {
                Assert.Matches("^\\{\"MaxConcurrentTransforms\":[0-9]+,\"BatchStrategy\":\"MULTI_RECORD\",\"MaxPayloadInMB\":6\\}$", await parameters.Content.ReadAsStringAsync());
            }

            Assert.Equal(0, await serving.StopAsync());
            Assert.Contains("predicts reg:squarederror (value)", serving.Output);
        }

        /// <summary>The sample's program running <c>serve</c> on a free loopback port.</summary>
        private sealed class SampleServer : IAsyncDisposable
        {
            private readonly Process _process;
            private readonly StringBuilder _output = new();

            private SampleServer(Process process, int port)
            {
                _process = process;
                Client = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture)), Timeout = TimeSpan.FromSeconds(60) };
            }

            public HttpClient Client { get; }

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

            public static async Task<SampleServer> StartAsync(string modelFolder)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                int port = ((IPEndPoint)listener.LocalEndpoint).Port;
                listener.Stop();
                var startInfo = new ProcessStartInfo(SampleProgram.Dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                foreach (string argument in new[] { SampleProgram.Assembly, "serve", "--model", modelFolder, "--port", port.ToString(CultureInfo.InvariantCulture) })
                {
                    startInfo.ArgumentList.Add(argument);
                }

                startInfo.Environment.Remove("SAGEMAKER_BIND_TO_PORT");
                var server = new SampleServer(new Process { StartInfo = startInfo }, port);
                server._process.OutputDataReceived += (_, e) => server.Append(e.Data);
                server._process.ErrorDataReceived += (_, e) => server.Append(e.Data);
                server._process.Start();
                server._process.BeginOutputReadLine();
                server._process.BeginErrorReadLine();
                DateTime deadline = DateTime.UtcNow.AddSeconds(60);
                while (DateTime.UtcNow < deadline && !server._process.HasExited)
                {
                    try
                    {
                        using HttpResponseMessage ping = await server.Client.GetAsync("/ping");
                        if (ping.StatusCode == HttpStatusCode.OK)
                        {
                            return server;
                        }
                    }
                    catch (HttpRequestException)
                    {
                        // Not listening yet.
                    }

                    await Task.Delay(50);
                }

                throw new InvalidOperationException("The sample never answered /ping with 200.\n" + server.Output);
            }

            public Task<HttpResponseMessage> PostAsync(string body, string contentType, string? accept)
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "/invocations") { Content = new StringContent(body, Encoding.UTF8) };
                request.Content.Headers.ContentType = null;
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                if (accept is not null)
                {
                    request.Headers.TryAddWithoutValidation("Accept", accept);
                }

                return Client.SendAsync(request);
            }

            /// <summary>SIGTERM, as SageMaker stops a container; returns the exit code.</summary>
            public async Task<int> StopAsync()
            {
                using (Process kill = Process.Start("kill", new[] { "-TERM", _process.Id.ToString(CultureInfo.InvariantCulture) }))
                {
                    await kill.WaitForExitAsync();
                }

                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
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
                if (line is not null)
                {
                    lock (_output)
                    {
                        _output.Append(line).Append('\n');
                    }
                }
            }
        }
    }
}
