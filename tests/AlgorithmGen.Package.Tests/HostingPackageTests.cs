using System.Collections.Generic;
using System.IO;
using System.Linq;
using AlgorithmGen.Package.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace AlgorithmGen.Package.Tests
{
    /// <summary>
    /// The AlgorithmGen.Hosting package installed like AlgorithmGen: `dotnet add package` from the local feed into a
    /// fresh console project whose generic host registers the project's algorithms at startup.
    /// </summary>
    [Collection(PackageFeedCollection.Name)]
    public sealed class HostingPackageTests
    {
        /// <summary>
        /// A live registration (DryRun is not set) on a machine without AWS configuration: the hosted service asks
        /// AWSSDK.Core for a region and credentials, finds none and, as allowed, falls back to a dry run that writes
        /// the payload file into the folder given as the first argument.
        /// </summary>
        private const string HostProgramSource = """
            using AlgorithmGen;
            using AlgorithmGen.Generated;
            using AlgorithmGen.Hosting;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            HostApplicationBuilder builder = Host.CreateApplicationBuilder();
            builder.Services.AddSageMakerAlgorithms(AlgorithmCatalog.All, options =>
            {
                options.Registration.OutputDirectory = args[0];
                options.DryRunWhenRegionOrCredentialsAreMissing = true;
            });
            using IHost host = builder.Build();
            await host.StartAsync();
            AlgorithmRegistrationStatus status = host.Services.GetRequiredService<AlgorithmRegistrationStatus>();
            // Bounded, so a registration that never completes fails the test instead of hanging it.
            foreach (AlgorithmRegistrationReport report in await status.Completion.WaitAsync(TimeSpan.FromMinutes(1)))
            {
                Console.WriteLine("REGISTERED: " + report.Definition.AlgorithmName + " " + report.Result!.Outcome + " " + report.Result.FilePath);
            }

            Console.WriteLine("DRYRUNREASON: " + status.DryRunReason);
            await host.StopAsync();
            """;

        private readonly PackageFeed _feed;
        private readonly ITestOutputHelper _output;

        public HostingPackageTests(PackageFeed feed, ITestOutputHelper output)
        {
            _feed = feed;
            _output = output;
        }

        [Fact]
        public void HostingPackage_RegistersTheProjectsAlgorithmsAtStartup()
        {
            var consumer = Consumer.Create(_feed, _output, "hosting");
            consumer.AddPackage("AlgorithmGen.Hosting", _feed.Version);
            consumer.AddPackage("Microsoft.Extensions.Hosting", _feed.CentralVersionOf("Microsoft.Extensions.Hosting"));
            consumer.WriteSource("Program.cs", HostProgramSource);

            Cli.Result build = consumer.Build();
            Assert.True(build.ExitCode == 0, build.ToString());
            Assert.True(File.Exists(Path.Combine(consumer.OutputDirectory, "AlgorithmGen.Hosting.dll")), "The build output lacks AlgorithmGen.Hosting.dll:\n" + build);

            string payloads = Path.Combine(consumer.Directory, "payloads");
            string missing = Path.Combine(consumer.Directory, "no-such-aws-file");
            Cli.Result run = consumer.RunProgram(
                new Dictionary<string, string?>
                {
                    ["AWS_CONFIG_FILE"] = missing,
                    ["AWS_SHARED_CREDENTIALS_FILE"] = missing,
                    ["AWS_EC2_METADATA_DISABLED"] = "true",
                    ["AWS_REGION"] = null,
                    ["AWS_DEFAULT_REGION"] = null,
                    ["AWS_PROFILE"] = null,
                    ["AWS_ACCESS_KEY_ID"] = null,
                    ["AWS_SECRET_ACCESS_KEY"] = null,
                    ["AWS_SESSION_TOKEN"] = null,
                },
                payloads);

            string[] lines = run.Output.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
            string written = Path.Combine(payloads, Consumer.AlgorithmName + ".create-algorithm.json");
            Assert.Contains("REGISTERED: " + Consumer.AlgorithmName + " DryRun " + written, lines);
            Assert.Equal(File.ReadAllBytes(consumer.PayloadFile), File.ReadAllBytes(written));
            // The reason comes from the client's configuration check, which ran on the package's AWSSDK.Core.
            string reason = Assert.Single(lines, line => line.StartsWith("DRYRUNREASON: ", System.StringComparison.Ordinal));
            Assert.Contains("AWS_REGION", reason);
        }
    }
}
