using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Serving.Tests
{
    /// <summary>The test host app as a real process on a loopback port: what only a process shows.</summary>
    public class ProcessTests
    {
        private static TempDirectory Model(string text = "scale=2\n", bool hold = false)
        {
            var model = new TempDirectory();
            model.WriteFile("model.txt", text);
            if (hold)
            {
                model.WriteFile("hold", string.Empty);
            }

            return model;
        }

        [Fact]
        public async Task It_accepts_connections_and_answers_ping_503_while_the_model_loads_then_200()
        {
            using TempDirectory model = Model(hold: true);
            await using ServingProcess serving = ServingProcess.Serve(model.Path);
            await serving.WaitForPingAsync(HttpStatusCode.ServiceUnavailable);
            System.IO.File.Delete(model.Combine("hold"));
            await serving.WaitForPingAsync(HttpStatusCode.OK);
            using HttpResponseMessage response = await Invoke.PostAsync(serving.Client, "1,2\n", "text/csv", "text/csv");
            Assert.Equal("6\n", await response.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task It_listens_on_SAGEMAKER_BIND_TO_PORT()
        {
            using TempDirectory model = Model();
            int port = ServingProcess.FreePort();
            await using ServingProcess serving = ServingProcess.Start(port, new[] { "serve", "--model", model.Path },
                new Dictionary<string, string> { ["SAGEMAKER_BIND_TO_PORT"] = port.ToString(CultureInfo.InvariantCulture) });
            await serving.WaitForPingAsync();
            using HttpResponseMessage response = await Invoke.PostAsync(serving.Client, "{\"instances\":[[1,1]]}", "application/json");
            Assert.Equal("{\"predictions\":[4]}", await response.Content.ReadAsStringAsync());
            Assert.Contains("on port " + port.ToString(CultureInfo.InvariantCulture) + ":", serving.Output);
        }

        [Fact]
        public async Task SIGTERM_during_a_slow_request_lets_it_finish_then_the_process_exits_0()
        {
            using TempDirectory model = Model();
            await using ServingProcess serving = ServingProcess.Serve(model.Path);
            await serving.WaitForPingAsync();
            Task<HttpResponseMessage> slow = Invoke.PostAsync(serving.Client, "1,2\n", "text/csv", "text/csv", Invoke.Attributes("behavior=slow;delay-ms=2000"));
            while (!serving.Output.Contains("slow request started\n"))
            {
                Assert.False(slow.IsCompleted, "The slow request ended before it started: " + serving.Output);
                await Task.Delay(10);
            }

            serving.Terminate();
            using HttpResponseMessage response = await slow;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("6\n", await response.Content.ReadAsStringAsync());
            Assert.Equal(ServingHost.ExitStopped, await serving.WaitForExitAsync());
            Assert.Contains("Stopping: no new connections; finishing 1 in-flight request(s)", serving.Output);
            Assert.Matches(@"POST /invocations 200 \d+\.\d ms", serving.Output);
            Assert.EndsWith("Stopped.\n", serving.Output);
        }

        [Fact]
        public async Task Each_request_is_one_log_line_with_status_and_duration_and_bodies_are_never_logged()
        {
            using TempDirectory model = Model();
            await using ServingProcess serving = ServingProcess.Serve(model.Path);
            await serving.WaitForPingAsync();
            const string Marker = "SECRET-ROW-MARKER";
            using (HttpResponseMessage ok = await Invoke.PostAsync(serving.Client, "{\"instances\":[[1,2]],\"note\":\"" + Marker + "\"}", "application/json"))
            {
                Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            }

            using (HttpResponseMessage refused = await Invoke.PostAsync(serving.Client, Marker, "text/plain"))
            {
                Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
            }

            using (HttpResponseMessage failed = await Invoke.PostAsync(serving.Client, Marker + "\n", "text/csv", headers: Invoke.Attributes("behavior=throw")))
            {
                Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
            }

            serving.Terminate();
            Assert.Equal(ServingHost.ExitStopped, await serving.WaitForExitAsync());
            string output = serving.Output;
            Assert.DoesNotContain(Marker, output);
            Assert.Single(Regex.Matches(output, @"POST /invocations 200 \d+\.\d ms \(application/json -> application/json, \d+ B in, \d+ B out\)"));
            Assert.Single(Regex.Matches(output, @"POST /invocations 415 \d+\.\d ms"));
            Assert.Single(Regex.Matches(output, @"POST /invocations 500 \d+\.\d ms"));
            Assert.Contains("The inference handler failed (text/csv -> application/json): InvalidOperationException: the scorer broke", output);
            // /ping (every few seconds from SageMaker) is logged at Debug only; no stack traces without --verbose.
            Assert.DoesNotContain("GET /ping", output);
            Assert.DoesNotContain("   at ", output);
        }

        [Fact]
        public async Task Ping_requests_are_logged_with_verbose()
        {
            using TempDirectory model = Model();
            await using ServingProcess serving = ServingProcess.Serve(model.Path, "--verbose");
            await serving.WaitForPingAsync();
            serving.Terminate();
            Assert.Equal(ServingHost.ExitStopped, await serving.WaitForExitAsync());
            Assert.Matches(@"GET /ping 200 \d+\.\d ms", serving.Output);
        }

        [Fact]
        public async Task A_model_that_does_not_load_stops_the_host_with_exit_1_and_one_line()
        {
            using TempDirectory model = Model("scale=fail\n");
            await using ServingProcess serving = ServingProcess.Serve(model.Path);
            Assert.Equal(ServingHost.ExitFailed, await serving.WaitForExitAsync());
            Assert.Contains("crit: AlgorithmGen.Serving[0] Stopping: loading the model failed: InvalidDataException: model.txt says 'scale=fail', not scale=<number>.", serving.Output);
            Assert.DoesNotContain("   at ", serving.Output);
        }

        [Fact]
        public async Task A_missing_model_folder_stops_the_host_with_exit_1()
        {
            using var root = new TempDirectory();
            await using ServingProcess serving = ServingProcess.Serve(root.Combine("no-model"));
            Assert.Equal(ServingHost.ExitFailed, await serving.WaitForExitAsync());
            Assert.Contains("Stopping: the model folder " + root.Combine("no-model") + " does not exist", serving.Output);
        }

        [Fact]
        public async Task A_port_in_use_exits_1()
        {
            using TempDirectory model = Model();
            var taken = new TcpListener(IPAddress.Any, 0);
            taken.Start();
            try
            {
                int port = ((IPEndPoint)taken.LocalEndpoint).Port;
                await using ServingProcess serving = ServingProcess.Start(port, new[] { "serve", "--model", model.Path, "--port", port.ToString(CultureInfo.InvariantCulture) });
                Assert.Equal(ServingHost.ExitFailed, await serving.WaitForExitAsync());
                Assert.Contains("Cannot listen on port " + port.ToString(CultureInfo.InvariantCulture), serving.Output);
            }
            finally
            {
                taken.Stop();
            }
        }

        [Theory]
        [InlineData("error: unknown command 'predict': this host only serves ('<image> serve').", null, "predict")]
        [InlineData("error: --port takes a port number from 1 to 65535, not '0'.", null, "serve", "--port", "0")]
        [InlineData("error: unknown option '--bogus'.", null, "serve", "--bogus")]
        [InlineData("error: --model needs a value.", null, "serve", "--model")]
        [InlineData("error: SAGEMAKER_BIND_TO_PORT='eighty' is not a port number from 1 to 65535.", "eighty", "serve")]
        public async Task Usage_errors_exit_2_with_one_line_and_the_usage(string expected, string? bindTo, params string[] arguments)
        {
            var environment = new Dictionary<string, string>();
            if (bindTo is not null)
            {
                environment["SAGEMAKER_BIND_TO_PORT"] = bindTo;
            }

            await using ServingProcess serving = ServingProcess.Start(0, arguments, environment);
            Assert.Equal(ServingHost.ExitUsage, await serving.WaitForExitAsync());
            Assert.StartsWith(expected + "\nUsage: AlgorithmGen.Serving.TestHost serve [--model DIR] [--port N] [--verbose]", serving.Output);
        }

        [Fact]
        public async Task Help_lists_the_options_and_the_exit_codes()
        {
            await using ServingProcess serving = ServingProcess.Start(0, new[] { "serve", "--help" });
            Assert.Equal(0, await serving.WaitForExitAsync());
            Assert.StartsWith("Usage: AlgorithmGen.Serving.TestHost serve [options]", serving.Output);
            Assert.Contains("--model DIR", serving.Output);
            Assert.Contains("Exit codes: 0 stopped", serving.Output);
        }
    }
}
