using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using AlgorithmGen.Registration.Tests.Infrastructure;
using AlgorithmGen.Sample.Tests.Infrastructure;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Registration.Tests
{
    /// <summary>
    /// The sample's <c>--register</c> as a user or a deployment pipeline runs it: a process with only the variables
    /// given, temporary AWS config and credentials files, and the fake endpoint. Each failure is one line on standard
    /// error, exit code 1, and no stack trace anywhere.
    /// </summary>
    public sealed class RegisterCommandTests : IDisposable
    {
        private const string Algorithm = "gradient-boosting";

        private readonly TempDirectory _work = new TempDirectory();

        public void Dispose() => _work.Dispose();

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void AMalformedEndpointUrlFailsEveryModeTheDemoIncluded(bool register)
        {
            Dictionary<string, string> environment = Keys();
            environment["AWS_ENDPOINT_URL_SAGEMAKER"] = "http://127.0.0.1:notaport";

            ProcessResult run = Run(environment, register);

            AssertFailsWith(
                run,
                "No algorithm was registered with SageMaker: AWS_ENDPOINT_URL_SAGEMAKER is not a valid URL: 'http://127.0.0.1:notaport'. "
                + "Set it to the endpoint's URL, such as https://api.sagemaker.us-east-1.amazonaws.com, or unset it.");
        }

        [Fact]
        public void AMalformedRetryModeFailsTheDemo()
        {
            Dictionary<string, string> environment = Unconfigured();
            environment["AWS_RETRY_MODE"] = "fast";

            ProcessResult run = Run(environment, register: false);

            AssertFailsWith(run, "No algorithm was registered with SageMaker: AWS_RETRY_MODE must be standard, adaptive or legacy, not 'fast'.");
        }

        [Fact]
        public void AWrongSecretKeySaysToCheckTheKeyAndTheClock()
        {
            using var server = new FakeSageMakerServer();
            Dictionary<string, string> environment = Keys(server);
            environment["AWS_SECRET_ACCESS_KEY"] = "not-the-secret";

            ProcessResult run = Run(environment, register: true);

            string requestId = server.Requests.Single().ResponseRequestId!;
            AssertFailsWith(
                run,
                "Algorithm '" + Algorithm + "' could not be registered with SageMaker: SageMaker DescribeAlgorithm failed with InvalidSignatureException (HTTP 403, request id "
                + requestId + "): The request signature we calculated does not match the signature you provided. 1 attempt in #.# s. "
                + "Check the secret access key (AWS_SECRET_ACCESS_KEY or aws_secret_access_key in the profile) and that this computer's clock is correct.");
        }

        [Fact]
        public void ARefusedConnectionReportsTheAttemptsAndPointsAtTheEndpoint()
        {
            string endpoint = "http://127.0.0.1:" + ClosedPort() + "/";
            Dictionary<string, string> environment = Keys();
            environment["AWS_ENDPOINT_URL_SAGEMAKER"] = endpoint;
            environment["AWS_MAX_ATTEMPTS"] = "2";

            ProcessResult run = Run(environment, register: true);

            string port = new Uri(endpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            AssertFailsWith(
                run,
                "Algorithm '" + Algorithm + "' could not be registered with SageMaker: SageMaker DescribeAlgorithm at " + endpoint
                + " gave no answer: HttpRequestException: Connection refused (127.0.0.1:" + port + ") (SocketException: Connection refused). 2 attempts in #.# s. "
                + "Check that the endpoint " + endpoint + " (AWS_ENDPOINT_URL_SAGEMAKER) is right and reachable from this computer.");
            // The retry was shown as it happened, with its reason and delay.
            Assert.Matches(@"info: AlgorithmGen\.Client\.SageMakerClient\[0\]\s+SageMaker DescribeAlgorithm attempt 1 of 2 failed: HttpRequestException: Connection refused .*; retrying in \d+ ms", run.StandardOutput);
        }

        [Fact]
        public void SustainedThrottlingUsesTheProfilesAttemptsEndpointAndCredentialsFiles()
        {
            using var server = new FakeSageMakerServer();
            server.AddCredentials("AKIDCI", "secret-ci");
            server.InjectAlways("DescribeAlgorithm", Fault.Throttle());
            Dictionary<string, string> environment = ProfileFiles(
                "[profile ci]\nregion = " + FakeSageMakerServer.Region + "\nmax_attempts = 2\nservices = ci-endpoints\n\n[services ci-endpoints]\nsagemaker =\n  endpoint_url = " + server.Endpoint + "\n",
                "[ci]\naws_access_key_id = AKIDCI\naws_secret_access_key = secret-ci\n");
            environment["AWS_PROFILE"] = "ci";

            ProcessResult run = Run(environment, register: true);

            Assert.Equal(new[] { "DescribeAlgorithm", "DescribeAlgorithm" }, server.Operations);
            Assert.Empty(server.SignatureFailures);
            AssertFailsWith(
                run,
                "Algorithm '" + Algorithm + "' could not be registered with SageMaker: SageMaker DescribeAlgorithm failed with ThrottlingException (HTTP 400, request id "
                + server.Requests.Last().ResponseRequestId + "): Rate exceeded. 2 attempts in #.# s. "
                + "SageMaker kept throttling: try again later, or allow more attempts (AWS_MAX_ATTEMPTS or max_attempts in the profile; now 2).");
        }

        [Fact]
        public void TheProfilesRegionAndEndpointUrlRegister()
        {
            using var server = new FakeSageMakerServer();
            server.AddCredentials("AKIDDEV", "secret-dev");
            Dictionary<string, string> environment = ProfileFiles(
                "[profile dev]\nregion = " + FakeSageMakerServer.Region + "\nendpoint_url = " + server.Endpoint + "\n",
                "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = secret-dev\n");
            environment["AWS_PROFILE"] = "dev";

            ProcessResult run = Run(environment, register: true);

            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.Contains("Registered '" + Algorithm + "': Created (" + FakeSageMakerServer.ArnOf(Algorithm) + ")", run.StandardOutput, StringComparison.Ordinal);
            Assert.Empty(server.SignatureFailures);
        }

        [Fact]
        public void WithoutCredentialsTheMessageSaysWhatWasLookedForInOrder()
        {
            Dictionary<string, string> environment = Unconfigured();
            environment["AWS_REGION"] = FakeSageMakerServer.Region;

            ProcessResult run = Run(environment, register: true);

            AssertFailsWith(
                run,
                "Algorithm '" + Algorithm + "' could not be registered with SageMaker: No AWS credentials found. Looked for, in order: "
                + "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (not set); AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN (not set); "
                + "profile 'default' (default) in " + environment["AWS_SHARED_CREDENTIALS_FILE"] + " and " + environment["AWS_CONFIG_FILE"] + " (not found); "
                + "container credentials AWS_CONTAINER_CREDENTIALS_RELATIVE_URI or _FULL_URI (not set); EC2 instance metadata (disabled by AWS_EC2_METADATA_DISABLED). "
                + "Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE to a profile with credentials (aws configure, or aws sso login).");
            Assert.DoesNotContain("webIdentityTokenFile", run.StandardOutput + run.StandardError, StringComparison.Ordinal);
        }

        /// <summary>
        /// Exit code 1, <paramref name="expected"/> as the first line of standard error (<c>#.#</c> stands for the
        /// seconds taken), and no stack trace in either stream.
        /// </summary>
        private static void AssertFailsWith(ProcessResult run, string expected)
        {
            Assert.True(run.ExitCode == 1, run.Describe());
            string firstLine = run.StandardError.Replace("\r\n", "\n").Split('\n')[0];
            Assert.Matches("^" + Regex.Escape(expected).Replace(@"\#\.\#", @"\d+\.\d") + "$", firstLine);
            Assert.DoesNotContain("   at ", run.StandardOutput + run.StandardError, StringComparison.Ordinal);
            Assert.DoesNotContain("Dry run", run.StandardOutput, StringComparison.Ordinal);
        }

        private ProcessResult Run(Dictionary<string, string> environment, bool register) =>
            register ? SampleProgram.Run(_work.Path, environment, "--register", _work.Path) : SampleProgram.Run(_work.Path, environment, _work.Path);

        /// <summary>No region, credentials or config files anywhere the AWS SDK looks, and no instance metadata.</summary>
        private Dictionary<string, string> Unconfigured() => new Dictionary<string, string>
        {
            ["AWS_CONFIG_FILE"] = Path.Combine(_work.Path, "no-config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(_work.Path, "no-credentials"),
            ["AWS_EC2_METADATA_DISABLED"] = "true",
        };

        /// <summary>The fake endpoint's region and keys in variables, and the endpoint when a server is given.</summary>
        private Dictionary<string, string> Keys(FakeSageMakerServer? server = null)
        {
            Dictionary<string, string> environment = Unconfigured();
            environment["AWS_REGION"] = FakeSageMakerServer.Region;
            environment["AWS_ACCESS_KEY_ID"] = FakeSageMakerServer.AccessKeyId;
            environment["AWS_SECRET_ACCESS_KEY"] = FakeSageMakerServer.SecretAccessKey;
            if (server != null)
            {
                environment["AWS_ENDPOINT_URL_SAGEMAKER"] = server.Endpoint.ToString();
            }

            return environment;
        }

        /// <summary>Temporary config and credentials files with the text given, named by AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE.</summary>
        private Dictionary<string, string> ProfileFiles(string config, string credentials)
        {
            Dictionary<string, string> environment = Unconfigured();
            File.WriteAllText(environment["AWS_CONFIG_FILE"], config);
            File.WriteAllText(environment["AWS_SHARED_CREDENTIALS_FILE"], credentials);
            return environment;
        }

        /// <summary>A loopback port nothing listens on: bound, read, and released.</summary>
        private static int ClosedPort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}
