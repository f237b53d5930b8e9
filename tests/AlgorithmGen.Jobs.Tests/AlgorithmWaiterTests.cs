using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Client;
using AlgorithmGen.Jobs.Tests.Infrastructure;
using AlgorithmGen.Model;
using AlgorithmGen.Registration.Tests.Infrastructure;
using GradientBoosting;
using Xunit;

namespace AlgorithmGen.Jobs.Tests
{
    /// <summary>The algorithm-status waiter against the project's fake SageMaker endpoint, with scripted statuses.</summary>
    public sealed class AlgorithmWaiterTests
    {
        [Fact]
        public async Task Pending_then_InProgress_then_Completed_returns_the_completed_description()
        {
            using var server = Seeded(out string name);
            int describes = 0;
            server.OnDescribeAlgorithm = output => Script(output, Interlocked.Increment(ref describes) switch
            {
                1 => ("Pending", "NotStarted", null),
                2 => ("InProgress", "InProgress", null),
                _ => ("Completed", "Completed", null),
            });
            using var client = new JobClient(server.Endpoint);

            DescribeAlgorithmResponse done = await client.Client.WaitForAlgorithmAsync(name, Waiting.Fast());

            Assert.Equal("Completed", done.AlgorithmStatus);
            Assert.Equal(3, describes);
            Assert.Equal(new[] { "validation smoke-test: Completed", "image scan " + name + ": Completed" }, SageMakerWaiters.Details(done));
        }

        [Fact]
        public async Task Failed_validation_throws_with_its_FailureReason_verbatim_and_every_status()
        {
            using var server = Seeded(out string name);
            const string reason = "Training job smoke-test failed: AlgorithmError: channel 'train' is empty (exit code 2)";
            int describes = 0;
            server.OnDescribeAlgorithm = output => Script(output, Interlocked.Increment(ref describes) == 1 ? ("InProgress", "InProgress", null) : ("Failed", "Failed", reason));
            using var client = new JobClient(server.Endpoint);

            var error = await Assert.ThrowsAsync<SageMakerResourceFailedException>(() => client.Client.WaitForAlgorithmAsync(name, Waiting.Fast()));

            Assert.Equal(reason, error.FailureReason);
            Assert.Equal("Failed", error.Status);
            Assert.StartsWith("Algorithm '" + name + "' ended Failed: " + reason, error.Message);
            Assert.Contains("validation smoke-test: Failed: " + reason, error.Details);
            Assert.Contains("image scan " + name + ": Failed: " + reason, error.Details);
        }

        [Fact]
        public async Task An_algorithm_that_never_finishes_times_out_with_a_clear_error()
        {
            using var server = Seeded(out string name);
            server.OnDescribeAlgorithm = output => Script(output, ("InProgress", "InProgress", null));
            using var client = new JobClient(server.Endpoint);

            var error = await Assert.ThrowsAsync<WaiterTimeoutException>(() => client.Client.WaitForAlgorithmAsync(name, Waiting.Fast(TimeSpan.FromMilliseconds(300))));

            Assert.Equal("InProgress [validation smoke-test: InProgress; image scan " + name + ": InProgress]", error.LastStatus);
            Assert.StartsWith("Algorithm '" + name + "' was still InProgress", error.Message);
            Assert.Contains("raise WaiterOptions.Timeout to wait longer", error.Message);
            Assert.True(server.Operations.Count(o => o == "DescribeAlgorithm") > 1);
        }

        [Fact]
        public async Task Throttled_describes_are_retried_and_the_wait_goes_on()
        {
            using var server = Seeded(out string name);
            int describes = 0;
            server.OnDescribeAlgorithm = output => Script(output, Interlocked.Increment(ref describes) < 2 ? ("InProgress", "InProgress", null) : ("Completed", "Completed", null));
            // More throttles in a row than the client's 4 attempts: the waiter polls on after the client gives up.
            server.Inject("DescribeAlgorithm", Enumerable.Range(0, 6).Select(_ => Fault.Throttle()).ToArray());
            using var client = new JobClient(server.Endpoint);

            DescribeAlgorithmResponse done = await client.Client.WaitForAlgorithmAsync(name, Waiting.Fast());

            Assert.Equal("Completed", done.AlgorithmStatus);
            Assert.Equal(8, server.Operations.Count(o => o == "DescribeAlgorithm"));
            Assert.Empty(server.SignatureFailures);
        }

        private static FakeSageMakerServer Seeded(out string name)
        {
            var server = new FakeSageMakerServer();
            CreateAlgorithmRequest request = GradientBoostingAlgorithm.CreateRequest();
            name = request.AlgorithmName!;
            server.Seed(GradientBoostingAlgorithm.CreateAlgorithmJson);
            return server;
        }

        private static void Script(JsonObject output, (string Status, string Item, string? Reason) state)
        {
            string name = (string)output["AlgorithmName"]!;
            JsonObject Item(string itemName)
            {
                var item = new JsonObject { ["Name"] = itemName, ["Status"] = state.Item };
                if (state.Reason is not null)
                {
                    item["FailureReason"] = state.Reason;
                }

                return item;
            }

            output["AlgorithmStatus"] = state.Status;
            output["AlgorithmStatusDetails"] = new JsonObject
            {
                ["ValidationStatuses"] = new JsonArray(Item("smoke-test")),
                ["ImageScanStatuses"] = new JsonArray(Item(name)),
            };
        }
    }
}
