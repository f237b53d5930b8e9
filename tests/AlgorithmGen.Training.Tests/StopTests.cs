using System.IO;
using System.Threading.Tasks;
using AlgorithmGen.Testing;
using AlgorithmGen.Training.TestHost;
using Xunit;

namespace AlgorithmGen.Training.Tests
{
    /// <summary>StopTrainingJob and MaxRuntimeInSeconds: SageMaker sends SIGTERM (SIGKILL 120 s later). The process is really signalled.</summary>
    public sealed class StopTests
    {
        [Fact]
        public async Task Sigterm_cancels_the_training_code_and_exits_143_with_the_reason()
        {
            using FakeJob job = FakeJob.Valid(("num_round", "5"), ("behavior", "wait"));
            ProcessResult result = await TestHostProcess.RunAndTerminateAsync(TestTraining.StartedLine, "train", "--base-dir", job.Paths.Base);

            Assert.True(result.ExitCode == 143, result.Describe());
            Assert.Equal("Stopped by SIGTERM (StopTrainingJob, or the job reached MaxRuntimeInSeconds); training did not complete.", job.Failure);
            Assert.Contains("warn: SIGTERM received (StopTrainingJob, or the job reached MaxRuntimeInSeconds): stopping; SageMaker ends the container 120 s after SIGTERM.", result.StandardError);

            // The training code had its chance to save: the token fired, its finally block ran.
            Assert.Equal("stopped", File.ReadAllText(Path.Combine(job.Paths.Model, "partial.txt")));
        }
    }
}
