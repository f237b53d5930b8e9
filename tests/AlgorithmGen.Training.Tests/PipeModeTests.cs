using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Training.Tests
{
    /// <summary>Pipe mode as SageMaker delivers it: one FIFO per channel and epoch, the next appearing after the previous one was read.</summary>
    public sealed class PipeModeTests
    {
        [Fact]
        public async Task Two_epochs_are_read_from_real_fifos()
        {
            using FakeJob job = FakeJob.Valid(("num_round", "2"), ("behavior", "pipe"));
            job.Channels(("train", "Pipe", "text/csv"));
            Directory.CreateDirectory(job.Paths.InputData);

            // The writer plays SageMaker: create epoch 0's FIFO, stream the data, and only then create epoch 1's.
            Task writer = Task.Run(() =>
            {
                for (int epoch = 0; epoch < 2; epoch++)
                {
                    string fifo = job.Paths.PipePath("train", epoch);
                    ProcessResult made = ProcessRunner.Run("mkfifo", new[] { fifo }, timeout: TimeSpan.FromSeconds(10));
                    Assert.True(made.ExitCode == 0, made.Describe());
                    using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Write);
                    byte[] data = Encoding.UTF8.GetBytes("row-a-" + epoch + "\nrow-b-" + epoch + "\n");
                    stream.Write(data, 0, data.Length);
                }
            });

            HostRun run = await job.RunAsync().WaitAsync(TimeSpan.FromSeconds(60));
            await writer.WaitAsync(TimeSpan.FromSeconds(10));

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.True(run.Context!.Channels.Train.IsPipe);
            Assert.Equal("epoch 0: row-a-0|row-b-0|\nepoch 1: row-a-1|row-b-1|\n", File.ReadAllText(Path.Combine(job.Paths.Model, "epochs.txt")));
        }

        [Fact]
        public async Task Waiting_for_a_writer_that_never_comes_ends_when_the_job_is_stopped()
        {
            using FakeJob job = FakeJob.Valid(("num_round", "1"));
            job.Channels(("train", "Pipe", "text/csv"));
            Directory.CreateDirectory(job.Paths.InputData);
            ProcessResult made = ProcessRunner.Run("mkfifo", new[] { job.Paths.PipePath("train", 0) }, timeout: TimeSpan.FromSeconds(10));
            Assert.True(made.ExitCode == 0, made.Describe());
            var channel = new TrainingChannel(job.Paths, new InputChannelConfiguration("train", "text/csv", "Pipe"));
            using var stop = new System.Threading.CancellationTokenSource(TimeSpan.FromMilliseconds(300));

            Task<Stream> open = channel.OpenEpochAsync(0, stop.Token);

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => open.WaitAsync(TimeSpan.FromSeconds(10)));

            // Play the late writer, so the abandoned open returns and frees its thread.
            await Task.Run(() => new FileStream(job.Paths.PipePath("train", 0), FileMode.Open, FileAccess.Write).Dispose()).WaitAsync(TimeSpan.FromSeconds(10));
        }
    }
}
