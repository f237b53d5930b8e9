using System.IO;
using System.Threading.Tasks;
using AlgorithmGen.Training.TestHost;
using Xunit;

namespace AlgorithmGen.Training.Tests
{
    /// <summary>SageMaker starts a training image as <c>&lt;image&gt; train</c>; anything else is a usage error (exit 2) before anything runs.</summary>
    public sealed class CommandLineTests
    {
        [Theory]
        [InlineData(new string[0], "error: no command: SageMaker starts a training image as '<image> train'.")]
        [InlineData(new[] { "serve" }, "error: unknown command 'serve': this image only trains ('<image> train'); serving is another host.")]
        [InlineData(new[] { "train", "--channel", "train=data" }, "error: --channel is an option of a local run: add --local.")]
        [InlineData(new[] { "train", "--local", "--channel", "train" }, "error: --channel takes NAME=PATH, not 'train'.")]
        [InlineData(new[] { "train", "--local", "--hyperparameter", "a=1", "--hyperparameter", "a=2" }, "error: hyperparameter 'a' is given twice.")]
        [InlineData(new[] { "train", "--local", "--epochs", "3" }, "error: unknown option '--epochs' for a local run.")]
        [InlineData(new[] { "train", "--local", "--base-dir", "/opt/ml" }, "error: --base-dir and --local exclude each other: a local run lays out its own tree.")]
        [InlineData(new[] { "train", "--local", "--channel", "train/x=data" }, "error: channel name 'train/x' is not 1 to 64 characters of A-Z, a-z, 0-9, '.', '-' and '_' (the API's ChannelName).")]
        [InlineData(new[] { "train", "--base-dir" }, "error: --base-dir needs a value.")]
        public async Task Unusable_command_lines_exit_2_with_one_line_and_the_usage(string[] arguments, string expected)
        {
            using var job = new FakeJob();
            var output = new StringWriter();
            var error = new StringWriter();
            bool ran = false;
            int exitCode = await TrainingHost.RunAsync<TestAlgorithm.TrainingContext>(
                arguments,
                (_, _) =>
                {
                    ran = true;
                    return Task.CompletedTask;
                },
                new TrainingHostOptions { BaseDirectory = job.Paths.Base, Output = output, Error = error, HandleSignals = false });
            var run = new HostRun(exitCode, output.ToString(), error.ToString(), null, job.Failure);

            Assert.Equal(2, run.ExitCode);
            string[] lines = run.Error.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.Equal(expected, lines[0]);
            Assert.StartsWith("Usage: ", lines[1]);
            Assert.False(ran);
            Assert.Equal(string.Empty, run.Output);
            Assert.False(Directory.Exists(job.Paths.Model));
        }

        [Fact]
        public async Task Help_prints_the_options_and_exit_codes()
        {
            using var job = new FakeJob();
            HostRun run = await job.RunAsync(null, null, "--help");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("--channel NAME=PATH", run.Output);
            Assert.Contains("--hyperparameter KEY=VALUE", run.Output);
            Assert.Contains("Exit codes: 0 completed; 1 failed", run.Output);
            Assert.Contains("143 stopped by SIGTERM", run.Output);
            Assert.Equal(string.Empty, run.Error);
        }

        [Fact]
        public async Task Arguments_a_job_adds_after_train_are_tolerated()
        {
            using FakeJob job = FakeJob.Valid(("num_round", "5"));
            HostRun run = await job.RunAsync((_, _) => Task.CompletedTask, null, "train", "--epochs", "3", "extra");

            Assert.True(run.ExitCode == 0, run.ToString());
        }
    }
}
