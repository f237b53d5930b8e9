using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Training.Tests
{
    /// <summary><c>train --local</c>: the job run as SageMaker would, in a temporary tree, with a summary of what the service would show.</summary>
    public sealed class LocalRunTests
    {
        [Fact]
        public void A_good_run_prints_the_bound_hyperparameters_every_metric_value_and_keeps_the_model()
        {
            using var job = new FakeJob();
            string data = job.Scratch("data");
            File.WriteAllText(Path.Combine(data, "train.csv"), "1,2,3,4\n5,6,7,8\n9,10,11,12\n");
            string work = job.Scratch("work");

            ProcessResult result = TestHostProcess.Run(work, "train", "--local", "--channel", "train=" + data, "--hyperparameter", "num_round=3", "--hyperparameter", "eta=0.25", "--job-name", "local-test-1");

            Assert.True(result.ExitCode == 0, result.Describe());
            string[] summary = SummaryOf(result);
            Assert.Equal(
                new[]
                {
                    "Local training job local-test-1: Completed (exit code 0)",
                    "Hyperparameters:",
                    "  behavior = train (default)",
                    "  eta = 0.25",
                    "  num_round = 3",
                    "  objective = reg:squarederror (default)",
                    "Metrics (what SageMaker would record from this output):",
                    "  train:rmse: final 0.3333333333333333 (3 values: 1.0, 0.5, 0.3333333333333333)",
                    "  validation:rmse: final 0.75 (1 value: 0.75)",
                    "Model: " + Path.Combine(work, "local-runs", "local-test-1", "model") + " (1 file, 55 bytes); output: " + Path.Combine(work, "local-runs", "local-test-1", "output"),
                },
                summary);

            // The job's own output came through (teed), metric lines included.
            Assert.Contains("train:rmse=0.5;\n", result.StandardOutput);
            Assert.Contains("validation:rmse=0.75;\n", result.StandardError);
            Assert.Equal("num_round=3\neta=0.25\nobjective=reg:squarederror\nrows=3\n", File.ReadAllText(Path.Combine(work, "local-runs", "local-test-1", "model", "model.txt")));
            Assert.Equal("ok", File.ReadAllText(Path.Combine(work, "local-runs", "local-test-1", "output", "data", "report.txt")));

            // The temporary tree is gone, and with it only the links to the data, never the data.
            Assert.False(Directory.Exists(TreeOf(result)));
            Assert.True(File.Exists(Path.Combine(data, "train.csv")));
        }

        [Fact]
        public void A_bad_hyperparameter_value_fails_with_the_reason_and_writes_nothing()
        {
            using var job = new FakeJob();
            string data = job.Scratch("data");
            File.WriteAllText(Path.Combine(data, "train.csv"), "1,2,3,4\n");
            string work = job.Scratch("work");

            ProcessResult result = TestHostProcess.Run(work, "train", "--local", "--channel", "train=" + data, "--hyperparameter", "num_round=ten", "--job-name", "local-test-2");

            Assert.True(result.ExitCode == 1, result.Describe());
            string reason = "The training job's input does not fit the algorithm: The training job's value for 'num_round' is not valid for an Integer hyperparameter: 'ten' is not an integer. [AG0309]";
            Assert.Contains("fail: " + reason + "\n", result.StandardError);
            Assert.Equal(
                new[]
                {
                    "Local training job local-test-2: Failed (exit code 1)",
                    "Hyperparameters: not bound (see the failure reason)",
                    "Metrics (what SageMaker would record from this output):",
                    "  train:rmse: no value",
                    "  validation:rmse: no value",
                    "Failure reason (the first 1,024 characters of output/failure):",
                    "  " + reason,
                    "Model: not kept (the job did not complete)",
                },
                SummaryOf(result));
            Assert.Empty(Directory.EnumerateFileSystemEntries(work));
            Assert.False(Directory.Exists(TreeOf(result)));
        }

        [Fact]
        public void A_missing_channel_folder_is_a_usage_error_before_anything_is_written()
        {
            using var job = new FakeJob();
            string work = job.Scratch("work");

            ProcessResult result = TestHostProcess.Run(work, "train", "--local", "--channel", "train=" + Path.Combine(work, "nothing"), "--hyperparameter", "num_round=3");

            Assert.True(result.ExitCode == 2, result.Describe());
            Assert.StartsWith("error: channel 'train': no file or folder " + Path.Combine(work, "nothing") + ".\n", result.StandardError);
            Assert.Empty(Directory.EnumerateFileSystemEntries(work));
        }

        [Fact]
        public async Task The_kept_tree_is_laid_out_as_the_sdk_local_mode_does()
        {
            using var job = new FakeJob();
            string data = job.Scratch("data");
            File.WriteAllText(Path.Combine(data, "train.csv"), "1,2,3,4\n");
            string validation = Path.Combine(job.Scratch("more"), "validation.parquet");
            File.WriteAllText(validation, "PAR1");
            string work = job.Scratch("work");

            HostRun run = await job.RunAsync(
                (_, _) => Task.CompletedTask,
                null,
                "train", "--local", "--keep", "--channel", "train=" + data, "--channel", "validation=" + validation, "--content-type", "validation=application/x-parquet",
                "--hyperparameter", "num_round=3", "--hyperparameter", "sagemaker_program=\"train.py\"", "--instance-type", "ml.c5.xlarge", "--job-name", "local-test-3", "--output-dir", work);

            Assert.True(run.ExitCode == 0, run.ToString());
            string tree = Regex.Match(run.Output, "^Job tree \\(kept\\): (.+)$", RegexOptions.Multiline).Groups[1].Value.TrimEnd('\r');
            try
            {
                var paths = new TrainingPaths(tree);
                Assert.Equal("{\n  \"num_round\": \"3\",\n  \"sagemaker_program\": \"\\\"train.py\\\"\"\n}", File.ReadAllText(paths.HyperParametersFile));
                Assert.Equal("{\n  \"current_host\": \"algo-1\",\n  \"hosts\": [\n    \"algo-1\"\n  ],\n  \"network_interface_name\": \"eth0\",\n  \"current_instance_type\": \"ml.c5.xlarge\"\n}", File.ReadAllText(paths.ResourceConfigFile));
                Assert.Equal(
                    "{\n  \"train\": {\n    \"ContentType\": \"text/csv\",\n    \"TrainingInputMode\": \"File\"\n  },\n  \"validation\": {\n    \"ContentType\": \"application/x-parquet\",\n    \"TrainingInputMode\": \"File\"\n  }\n}",
                    File.ReadAllText(paths.InputDataConfigFile));
                Assert.Equal("1,2,3,4\n", File.ReadAllText(Path.Combine(paths.ChannelDirectory("train"), "train.csv")));
                Assert.Equal("PAR1", File.ReadAllText(Path.Combine(paths.ChannelDirectory("validation"), "validation.parquet")));
                Assert.Equal("local-test-3", run.Context!.JobName);
                Assert.Equal("train.py", run.Context.Environment.HyperParameters["sagemaker_program"]);
                Assert.True(Directory.Exists(Path.Combine(work, "local-test-3", "model")));
            }
            finally
            {
                Directory.Delete(tree, recursive: true);
            }
        }

        [Fact]
        public async Task An_instance_type_the_algorithm_does_not_support_is_refused()
        {
            using var job = new FakeJob();
            string data = job.Scratch("data");

            HostRun run = await job.RunAsync(null, null, "train", "--local", "--channel", "train=" + data, "--hyperparameter", "num_round=3", "--instance-type", "ml.p3.2xlarge");

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith("error: instance type 'ml.p3.2xlarge' is not among the algorithm's SupportedTrainingInstanceTypes (ml.m5.xlarge, ml.c5.xlarge); SageMaker would refuse the job.", run.Error);
        }

        [Fact]
        public void Default_job_names_follow_the_sdk_and_the_api_limit()
        {
            var now = new DateTime(2026, 11, 30, 9, 8, 7, 6, DateTimeKind.Utc);
            Assert.Equal("test-algo-2026-11-30-09-08-07-006", Host.LocalRun.DefaultJobName("test-algo", now));
            string longName = Host.LocalRun.DefaultJobName(new string('a', 80) + ".v2", now);
            Assert.Equal(63, longName.Length);
            Assert.EndsWith("-2026-11-30-09-08-07-006", longName);
        }

        // The summary: everything standard output carries after the job's own lines and one blank line.
        private static string[] SummaryOf(ProcessResult result)
        {
            string[] lines = result.StandardOutput.Replace("\r\n", "\n").Split('\n');
            int start = Array.FindIndex(lines, line => line.StartsWith("Local training job ", StringComparison.Ordinal));
            Assert.True(start > 0 && lines[start - 1].Length == 0, result.Describe());
            return lines.Skip(start).Where(line => line.Length > 0).ToArray();
        }

        private static string TreeOf(ProcessResult result) =>
            Regex.Match(result.StandardError, "the job's tree is (.+)\\.$", RegexOptions.Multiline).Groups[1].Value is { Length: > 0 } tree ? tree : throw new InvalidOperationException(result.Describe());
    }
}
