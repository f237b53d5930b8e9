using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AlgorithmGen.Training.TestHost;
using Xunit;

namespace AlgorithmGen.Training.Tests
{
    /// <summary>
    /// <c>output/failure</c>: what went wrong in its first 1,024 characters (the job's FailureReason), stack traces
    /// after, written last and whole; one line on standard error without a stack trace unless verbose.
    /// </summary>
    public sealed class FailureFileTests
    {
        [Fact]
        public async Task Exception_in_training_code_is_the_failure_reason_with_the_stack_trace_after()
        {
            using FakeJob job = FakeJob.Valid(("num_round", "5"), ("behavior", "throw"));
            HostRun run = await job.RunAsync();

            Assert.Equal(1, run.ExitCode);
            string headline = "InvalidOperationException: " + TestTraining.ThrowMessage;
            Assert.StartsWith(headline + "\n\nSystem.InvalidOperationException: " + TestTraining.ThrowMessage + Environment.NewLine + "   at AlgorithmGen.Training.TestHost.TestTraining.TrainAsync(", run.Failure);
            Assert.Equal("fail: Training failed: " + headline, run.ErrorLines.Last());
            Assert.DoesNotContain("   at ", run.Error);
        }

        [Fact]
        public async Task Verbose_logs_the_stack_trace_too()
        {
            using FakeJob job = FakeJob.Valid(("num_round", "5"), ("behavior", "throw"));
            HostRun run = await job.RunAsync(null, null, "train", "--verbose");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("fail: Training failed: InvalidOperationException: " + TestTraining.ThrowMessage + Environment.NewLine + "System.InvalidOperationException: ", run.Error);
            Assert.Contains("   at AlgorithmGen.Training.TestHost.TestTraining.TrainAsync(", run.Error);
            Assert.Contains("dbug: Job tree " + job.Paths.Base, run.Error);
        }

        [Fact]
        public async Task A_long_message_still_leads_the_first_1024_characters()
        {
            using FakeJob job = FakeJob.Valid(("num_round", "5"), ("behavior", "throw-long"));
            HostRun run = await job.RunAsync();

            Assert.Equal(1, run.ExitCode);
            string failure = run.Failure!;
            Assert.True(failure.Length > 3000, failure);
            string reason = failure.Substring(0, 1024);
            string message = "Row 3 of train.csv cannot be read: " + string.Concat(Enumerable.Repeat("0123456789", 300));
            Assert.Equal(("InvalidDataException: " + message).Substring(0, 1024), reason);
            Assert.Contains("   at AlgorithmGen.Training.TestHost.TestTraining.TrainAsync(", failure.Substring(1024));
        }

        [Fact]
        public async Task Many_binding_problems_start_with_their_count()
        {
            (string, string)[] values = Enumerable.Range(1, 40).Select(i => ("undeclared_key_number_" + i, "x")).Prepend(("num_round", "5")).ToArray();
            using FakeJob job = FakeJob.Valid(values);
            HostRun run = await job.RunAsync();

            Assert.Equal(1, run.ExitCode);
            Assert.True(run.Failure!.Length > 1024);
            Assert.StartsWith("40 problems with the training job's input: The training job sets hyperparameter 'undeclared_key_number_", run.Failure);
        }

        [Fact]
        public async Task The_failure_file_is_whole_and_written_after_the_last_log_line()
        {
            using FakeJob job = FakeJob.Valid(("num_round", "5"), ("behavior", "throw"));
            var error = new ObservingWriter(() => File.Exists(job.Paths.FailureFile));
            var options = new TrainingHostOptions { Error = error };
            HostRun run = await job.RunAsync(null, options);

            Assert.Equal(1, run.ExitCode);
            Assert.False(error.SawFailureFileWhileWriting);
            Assert.Equal(new[] { "data", "failure" }, Directory.EnumerateFileSystemEntries(job.Paths.Output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }

        [Fact]
        public async Task A_failure_file_the_training_code_wrote_is_kept()
        {
            using FakeJob job = FakeJob.Valid(("num_round", "5"), ("behavior", "own-failure"));
            HostRun run = await job.RunAsync();

            Assert.Equal(1, run.ExitCode);
            Assert.Equal("Custom: the training code's own reason.", run.Failure);
        }

        [Fact]
        public async Task A_failure_file_of_an_earlier_run_does_not_outlive_a_successful_one()
        {
            using FakeJob job = FakeJob.Valid(("num_round", "5"));
            job.Write(job.Paths.FailureFile, "from an earlier run");
            HostRun run = await job.RunAsync((_, _) => Task.CompletedTask);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Null(run.Failure);
        }

        [Fact]
        public async Task Cancellation_the_host_did_not_request_is_a_failure()
        {
            using FakeJob job = FakeJob.Valid(("num_round", "5"));
            HostRun run = await job.RunAsync((_, _) => throw new OperationCanceledException("The HTTP request timed out."));

            Assert.Equal(1, run.ExitCode);
            Assert.StartsWith("OperationCanceledException: The HTTP request timed out.\n\n", run.Failure);
        }

        /// <summary>Records whether the failure file existed while anything was written to it.</summary>
        private sealed class ObservingWriter : StringWriter
        {
            private readonly Func<bool> _failureExists;

            public ObservingWriter(Func<bool> failureExists) => _failureExists = failureExists;

            public bool SawFailureFileWhileWriting { get; private set; }

            public override void Write(char value)
            {
                SawFailureFileWhileWriting |= _failureExists();
                base.Write(value);
            }

            public override void Write(string? value)
            {
                SawFailureFileWhileWriting |= _failureExists();
                base.Write(value);
            }

            public override void Write(char[] buffer, int index, int count)
            {
                SawFailureFileWhileWriting |= _failureExists();
                base.Write(buffer, index, count);
            }
        }
    }
}
