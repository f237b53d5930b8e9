using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AlgorithmGen.Client;
using AlgorithmGen.Model;
using AlgorithmGen.Registration.Tests.Infrastructure;
using AlgorithmGen.Testing;
using Amazon.Runtime;
using GradientBoosting;
using Xunit;

namespace AlgorithmGen.Registration.Tests
{
    /// <summary>
    /// What our client sends, checked against the reference implementations: botocore's SigV4 signer recomputes the
    /// signature from the same credentials and time, and the AWS CLI sends the same body for the same payload file.
    /// </summary>
    public sealed class CrossCheckTests
    {
        [Fact]
        public async Task BotocoreComputesTheSameSignatureForACreateAlgorithmRequest()
        {
            using var server = new FakeSageMakerServer();
            using SageMakerClient client = TestClients.Client(server);

            await client.CreateAlgorithmAsync(GradientBoostingAlgorithm.CreateRequest());

            RecordedRequest request = Assert.Single(server.Requests);
            await AssertBotocoreSignsAlikeAsync(server, request, FakeSageMakerServer.AccessKeyId, FakeSageMakerServer.SecretAccessKey, token: null);
        }

        [Fact]
        public async Task BotocoreComputesTheSameSignatureWithASessionToken()
        {
            using var server = new FakeSageMakerServer();
            server.AddCredentials("ASIASESSION", "session-secret", "FwoGZXIvYXdzEXAMPLETOKEN/with+symbols=");
            using SageMakerClient client = TestClients.Client(server, credentials: new SessionAWSCredentials("ASIASESSION", "session-secret", "FwoGZXIvYXdzEXAMPLETOKEN/with+symbols="));

            await client.DescribeAlgorithmAsync(new DescribeAlgorithmRequest { AlgorithmName = "missing" }).ContinueWith(_ => { });

            RecordedRequest request = Assert.Single(server.Requests);
            await AssertBotocoreSignsAlikeAsync(server, request, "ASIASESSION", "session-secret", "FwoGZXIvYXdzEXAMPLETOKEN/with+symbols=");
        }

        [Fact]
        public async Task TheAwsCliSendsTheSameBodyForThePayloadFile()
        {
            using var directory = new TempDirectory();
            CreateAlgorithmRequest request = GradientBoostingAlgorithm.CreateRequest();
            // A description with characters the CLI escapes (quotes, non-ASCII), so the escaping is compared too.
            request.AlgorithmDescription = "Gradient-boosted \"trees\" — für tabellarische Daten ✓";
            string file = directory.Combine(PayloadFiles.FileNameFor(request.AlgorithmName!));
            File.WriteAllText(file, PayloadFiles.ContentFor(request));

            using var cliServer = new FakeSageMakerServer();
            ProcessResult cli = await ProcessRunner.RunAsync(
                "aws",
                new[] { "sagemaker", "create-algorithm", "--cli-input-json", "file://" + file, "--endpoint-url", cliServer.Endpoint.ToString(), "--region", FakeSageMakerServer.Region, "--output", "json" },
                CliEnvironment(directory.Combine("home")));
            Assert.True(cli.ExitCode == 0, cli.ToString());
            Assert.Equal(FakeSageMakerServer.ArnOf(request.AlgorithmName!), JsonNode.Parse(cli.StandardOutput)!["AlgorithmArn"]!.GetValue<string>());

            using var ourServer = new FakeSageMakerServer();
            using SageMakerClient client = TestClients.Client(ourServer);
            await client.CreateAlgorithmAsync(request);

            RecordedRequest fromCli = Assert.Single(cliServer.Requests);
            RecordedRequest fromUs = Assert.Single(ourServer.Requests);
            // The fake endpoint verified the CLI's signature with the same code that verifies ours.
            Assert.Null(fromCli.SignatureError);
            Assert.Null(fromUs.SignatureError);
            Assert.Equal(fromCli.Header("X-Amz-Target"), fromUs.Header("X-Amz-Target"));
            Assert.Equal(fromCli.Header("Content-Type"), fromUs.Header("Content-Type"));
            // botocore writes json.dumps' default separators (", " and ": "); without them the CLI's body is ours, byte
            // for byte: same members, same order at every level, same string escapes (non-ASCII as \uXXXX), same numbers.
            Assert.Contains("\\u2014", fromCli.BodyText);
            Assert.Equal(WithoutSeparatorSpaces(fromCli.BodyText), fromUs.BodyText);
        }

        /// <summary>JSON text with the spaces after ':' and ',' outside strings removed.</summary>
        private static string WithoutSeparatorSpaces(string json)
        {
            var compact = new System.Text.StringBuilder(json.Length);
            bool inString = false;
            for (int i = 0; i < json.Length; i++)
            {
                char c = json[i];
                compact.Append(c);
                if (inString)
                {
                    if (c == '\\')
                    {
                        compact.Append(json[++i]);
                    }
                    else if (c == '"')
                    {
                        inString = false;
                    }
                }
                else if (c == '"')
                {
                    inString = true;
                }
                else if ((c == ':' || c == ',') && i + 1 < json.Length && json[i + 1] == ' ')
                {
                    i++;
                }
            }

            return compact.ToString();
        }

        private static async Task AssertBotocoreSignsAlikeAsync(FakeSageMakerServer server, RecordedRequest request, string accessKey, string secretKey, string? token)
        {
            Assert.Null(request.SignatureError);
            string authorization = request.Header("Authorization")!;
            string[] signedHeaders = authorization.Split("SignedHeaders=")[1].Split(',')[0].Split(';');
            var headers = new JsonObject();
            foreach (string name in signedHeaders.Where(h => h != "host" && h != "x-amz-date" && h != "x-amz-security-token"))
            {
                headers[name] = request.Header(name);
            }

            var input = new JsonObject
            {
                ["method"] = request.Method,
                ["url"] = new Uri(server.Endpoint, request.Target).ToString(),
                ["headers"] = headers,
                ["body_base64"] = Convert.ToBase64String(request.Body),
                ["access_key"] = accessKey,
                ["secret_key"] = secretKey,
                ["token"] = token,
                ["region"] = FakeSageMakerServer.Region,
                ["service"] = "sagemaker",
                ["amz_date"] = request.Header("X-Amz-Date"),
            };

            ProcessResult python = await ProcessRunner.RunAsync(
                "python3", new[] { Path.Combine(AppContext.BaseDirectory, "Tools", "sigv4_botocore.py") }, new Dictionary<string, string>(), input.ToJsonString());

            Assert.True(python.ExitCode == 0, python.ToString());
            JsonNode botocore = JsonNode.Parse(python.StandardOutput)!;
            Assert.Equal(request.Header("X-Amz-Date"), botocore["x_amz_date"]!.GetValue<string>());
            // Same credential scope, same signed headers, same signature.
            Assert.Equal(botocore["authorization"]!.GetValue<string>(), authorization);
        }

        private static Dictionary<string, string> CliEnvironment(string home)
        {
            Directory.CreateDirectory(home);
            return new Dictionary<string, string>
            {
                ["HOME"] = home,
                ["PYTHONUTF8"] = "1",
                ["AWS_ACCESS_KEY_ID"] = FakeSageMakerServer.AccessKeyId,
                ["AWS_SECRET_ACCESS_KEY"] = FakeSageMakerServer.SecretAccessKey,
                ["AWS_CONFIG_FILE"] = "/dev/null",
                ["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null",
                ["AWS_EC2_METADATA_DISABLED"] = "true",
                ["NO_PROXY"] = "127.0.0.1,localhost",
                ["no_proxy"] = "127.0.0.1,localhost",
            };
        }
    }
}
