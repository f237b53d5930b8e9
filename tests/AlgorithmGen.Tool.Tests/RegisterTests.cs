using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using AlgorithmGen.Registration.Tests.Infrastructure;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Tool.Tests
{
    /// <summary>`register` as a pipeline runs it: against the project's fake SageMaker endpoint on 127.0.0.1, configured by environment variables only.</summary>
    public sealed class RegisterTests
    {
        private static readonly string SampleDll = ToolRunner.SampleDll;

        // What the AWS CLI would read: keys, a region and the endpoint, and no config file or instance metadata.
        private static Dictionary<string, string> Aws(TempDirectory folder, FakeSageMakerServer? server) => new()
        {
            ["HOME"] = folder.Path,
            ["AWS_CONFIG_FILE"] = folder.Combine("no-config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = folder.Combine("no-credentials"),
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_ACCESS_KEY_ID"] = FakeSageMakerServer.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = FakeSageMakerServer.SecretAccessKey,
            ["AWS_REGION"] = FakeSageMakerServer.Region,
            ["AWS_ENDPOINT_URL_SAGEMAKER"] = server?.Endpoint.ToString() ?? "http://127.0.0.1:9",
        };

        private static string OtherAlgorithm(string name)
        {
            JsonNode request = JsonNode.Parse(Payloads.Valid)!;
            request["AlgorithmName"] = name;
            return request.ToJsonString();
        }

        [Fact]
        public void AssemblyAndFile_AreRegisteredWithProgress_AndASecondRunFindsThemRegistered()
        {
            using var server = new FakeSageMakerServer();
            using var folder = new TempDirectory();
            folder.WriteFile("other.json", OtherAlgorithm("other-algo"));

            ProcessResult first = ToolRunner.Run(folder.Path, Aws(folder, server), "register", SampleDll, "other.json");
            Assert.True(first.ExitCode == 0, first.Describe());
            string[] lines = ToolRunner.Lines(first.StandardOutput);
            Assert.Equal(3, lines.Length);
            Assert.Contains($"gradient-boosting: created {FakeSageMakerServer.ArnOf("gradient-boosting")}", lines.Single(l => l.Contains("gradient-boosting", StringComparison.Ordinal)), StringComparison.Ordinal);
            Assert.Contains($"other-algo: created {FakeSageMakerServer.ArnOf("other-algo")}", lines.Single(l => l.Contains("other-algo", StringComparison.Ordinal)), StringComparison.Ordinal);
            Assert.Equal(new[] { "[1/2]", "[2/2]" }, lines.Take(2).Select(l => l.Split(' ')[0]).OrderBy(c => c, StringComparer.Ordinal));
            Assert.Equal("2 of 2 algorithms registered.", lines[2]);
            Assert.Equal(string.Empty, first.StandardError);
            Assert.Equal(1, server.CreatesProcessed("gradient-boosting"));
            Assert.Equal(1, server.CreatesProcessed("other-algo"));
            Assert.Empty(server.SignatureFailures);

            ProcessResult second = ToolRunner.Run(folder.Path, Aws(folder, server), "register", SampleDll, "other.json");
            Assert.True(second.ExitCode == 0, second.Describe());
            Assert.Equal(2, ToolRunner.Lines(second.StandardOutput).Count(l => l.Contains("already registered with the same specification", StringComparison.Ordinal)));
            Assert.Equal(1, server.CreatesProcessed("gradient-boosting"));
            Assert.Equal(1, server.CreatesProcessed("other-algo"));
        }

        [Fact]
        public void AnInvalidFile_StopsEverything_BeforeAnyRequest()
        {
            using var server = new FakeSageMakerServer();
            using var folder = new TempDirectory();
            JsonNode bad = JsonNode.Parse(Payloads.Valid)!;
            bad["AlgorithmName"] = "bad name";
            bad["Bogus"] = true;
            folder.WriteFile("bad.json", bad.ToJsonString());

            ProcessResult result = ToolRunner.Run(folder.Path, Aws(folder, server), "register", SampleDll, "bad.json");
            Assert.True(result.ExitCode == 1, result.Describe());
            string[] errors = ToolRunner.Lines(result.StandardError);
            Assert.Contains(errors, line => line.StartsWith("ERROR bad.json: AlgorithmName: AG", StringComparison.Ordinal));
            Assert.Contains("ERROR bad.json: Bogus: AGT003 unknown member (not in the CreateAlgorithm request of the shipped service model)", errors);
            Assert.Equal("algorithmgen register: nothing was registered.", errors[^1]);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public void DryRun_WritesThePayloads_AndSendsNothing()
        {
            using var server = new FakeSageMakerServer();
            using var folder = new TempDirectory();
            ProcessResult result = ToolRunner.Run(folder.Path, Aws(folder, server), "register", SampleDll, "--dry-run", "-o", "out");
            Assert.True(result.ExitCode == 0, result.Describe());
            string payload = folder.Combine("out", "gradient-boosting.create-algorithm.json");
            Assert.Equal($"gradient-boosting: valid (dry run, nothing sent); payload {payload}", result.StandardOutput.Trim());
            Assert.True(File.Exists(payload));
            Assert.Empty(server.Requests);
        }

        [Fact]
        public void NameTakenByAnotherSpecification_Fails_OrRegistersAVersionedName()
        {
            using var server = new FakeSageMakerServer();
            using var folder = new TempDirectory();
            JsonNode taken = JsonNode.Parse(OtherAlgorithm("gradient-boosting"))!;
            server.Seed(taken.ToJsonString());

            ProcessResult refused = ToolRunner.Run(folder.Path, Aws(folder, server), "register", SampleDll);
            Assert.True(refused.ExitCode == 1, refused.Describe());
            Assert.StartsWith("gradient-boosting: failed: ", refused.StandardError, StringComparison.Ordinal);
            Assert.Equal("0 of 1 algorithms registered, 1 failed.", refused.StandardOutput.Trim());
            Assert.Equal(0, server.CreatesProcessed("gradient-boosting"));

            ProcessResult versioned = ToolRunner.Run(folder.Path, Aws(folder, server), "register", SampleDll, "--on-conflict", "versioned-name");
            Assert.True(versioned.ExitCode == 0, versioned.Describe());
            string versionedName = server.AlgorithmNames.Single(name => name.StartsWith("gradient-boosting-", StringComparison.Ordinal));
            Assert.StartsWith($"gradient-boosting (as {versionedName}): created ", versioned.StandardOutput, StringComparison.Ordinal);
        }

        [Fact]
        public void Wait_ReportsAFailedValidation_WithItsReason()
        {
            using var server = new FakeSageMakerServer();
            using var folder = new TempDirectory();
            server.OnDescribeAlgorithm = output =>
            {
                output["AlgorithmStatus"] = "Failed";
                output["AlgorithmStatusDetails"]!["ValidationStatuses"]![0]!["Status"] = "Failed";
                output["AlgorithmStatusDetails"]!["ValidationStatuses"]![0]!["FailureReason"] = "ClientError: validation training job failed";
            };

            ProcessResult result = ToolRunner.Run(folder.Path, Aws(folder, server), "register", SampleDll, "--wait");
            Assert.True(result.ExitCode == 1, result.Describe());
            Assert.StartsWith("gradient-boosting: failed: ", result.StandardError, StringComparison.Ordinal);
            Assert.Contains("ClientError: validation training job failed", result.StandardError, StringComparison.Ordinal);
        }

        [Fact]
        public void Wait_UntilCompleted_ShowsTheStatus()
        {
            using var server = new FakeSageMakerServer();
            using var folder = new TempDirectory();
            int describes = 0;
            server.OnDescribeAlgorithm = output => output["AlgorithmStatus"] = Interlocked.Increment(ref describes) <= 1 ? "InProgress" : "Completed";

            ProcessResult result = ToolRunner.Run(folder.Path, Aws(folder, server), "register", SampleDll, "--wait");
            Assert.True(result.ExitCode == 0, result.Describe());
            Assert.Equal($"gradient-boosting: created {FakeSageMakerServer.ArnOf("gradient-boosting")} (Completed)", result.StandardOutput.Trim());
        }

        [Fact]
        public void WithoutARegion_FailsInOneLine()
        {
            using var folder = new TempDirectory();
            Dictionary<string, string> aws = Aws(folder, null);
            aws.Remove("AWS_REGION");

            ProcessResult result = ToolRunner.Run(folder.Path, aws, "register", SampleDll);
            Assert.True(result.ExitCode == 1, result.Describe());
            Assert.StartsWith("gradient-boosting: failed: No AWS region is configured", result.StandardError, StringComparison.Ordinal);
            Assert.Single(ToolRunner.Lines(result.StandardError));
        }

        [Theory]
        [InlineData("--endpoint-url", "127.0.0.1:notaport", "is not an http or https URL")]
        [InlineData("--max-concurrency", "0", "--max-concurrency must be at least 1")]
        [InlineData("--on-conflict", "overwrite", "overwrite")]
        public void BadOptions_AreUsageErrors(string option, string value, string expected)
        {
            using var server = new FakeSageMakerServer();
            using var folder = new TempDirectory();
            ProcessResult result = ToolRunner.Run(folder.Path, Aws(folder, server), "register", SampleDll, option, value);
            Assert.True(result.ExitCode == 2, result.Describe());
            Assert.Contains(expected, result.StandardError, StringComparison.Ordinal);
            Assert.Empty(server.Requests);
        }

        [Theory]
        [InlineData("missing.dll", "does not exist", 2)]
        [InlineData("missing.json", "cannot read", 2)]
        public void MissingInputs_AreOneLine(string input, string expected, int exitCode)
        {
            using var server = new FakeSageMakerServer();
            using var folder = new TempDirectory();
            ProcessResult result = ToolRunner.Run(folder.Path, Aws(folder, server), "register", input);
            Assert.True(result.ExitCode == exitCode, result.Describe());
            Assert.Contains(expected, ToolRunner.Lines(result.StandardError)[0], StringComparison.Ordinal);
            Assert.Empty(server.Requests);
        }
    }
}
