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
    }
}
