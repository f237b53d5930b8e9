using System.Collections.Generic;
using System.IO;
using AlgorithmGen.Sample.Tests.Infrastructure;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Sample.Tests
{
    /// <summary>The sample's registration at startup as a deployment pipeline runs it: asked to register, it never passes silently.</summary>
    public sealed class RegisterTests
    {
        // No region, credentials or config files anywhere the AWS SDK looks, and no instance metadata.
        private static Dictionary<string, string> UnconfiguredAws(string folder) => new()
        {
            ["AWS_CONFIG_FILE"] = Path.Combine(folder, "no-config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(folder, "no-credentials"),
            ["AWS_EC2_METADATA_DISABLED"] = "true",
        };

        [Fact]
        public void Register_without_AWS_configured_fails_in_one_line_without_a_stack_trace()
        {
            using var work = new TempDirectory();
            ProcessResult run = SampleProgram.Run(work.Path, UnconfiguredAws(work.Path), "--register", work.Path);

            Assert.True(run.ExitCode == 1, run.Describe());
            Assert.StartsWith(
                "Algorithm 'gradient-boosting' could not be registered with SageMaker: No AWS region is configured: set AWS_REGION, a region in the AWS profile, or SageMakerClientOptions.Region.\n",
                run.StandardError.Replace("\r\n", "\n"), System.StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.StandardOutput + run.StandardError, System.StringComparison.Ordinal);
            Assert.DoesNotContain("Dry run", run.StandardOutput, System.StringComparison.Ordinal);
        }

        [Fact]
        public void The_demo_is_a_dry_run_that_says_how_to_register()
        {
            using var work = new TempDirectory();
            ProcessResult run = SampleProgram.Run(work.Path, UnconfiguredAws(work.Path), work.Path);

            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.Contains("Dry run: 'gradient-boosting' is valid; payload written to " + Path.Combine(work.Path, "gradient-boosting.create-algorithm.json"), run.StandardOutput, System.StringComparison.Ordinal);
            Assert.Contains("Pass --register to register it with SageMaker at startup.", run.StandardOutput, System.StringComparison.Ordinal);
        }
    }
}
