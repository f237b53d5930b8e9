using System.IO;
using System.Threading.Tasks;
using AlgorithmGen.Training.TestHost;
using Xunit;

namespace AlgorithmGen.Training.Tests
{
    /// <summary>
    /// The job's files bound before any training code runs: the typed result when they fit the algorithm, otherwise
    /// exit code 1, the training code never started, and the exact failure-file text DescribeTrainingJob would show.
    /// </summary>
    public sealed class BindingTests
    {
        private const string OneProblem = "The training job's input does not fit the algorithm: ";

        [Fact]
        public async Task Valid_input_binds_typed_values_and_creates_the_output_folders_first()
        {
            using FakeJob job = FakeJob.Valid(("num_round", "25"), ("eta", "0.05"), ("objective", "binary:logistic"));
            bool foldersExisted = false;
            HostRun run = await job.RunAsync((context, _) =>
            {
                foldersExisted = Directory.Exists(context.ModelDirectory) && Directory.Exists(context.OutputDataDirectory) && Directory.Exists(context.CheckpointDirectory);
                return Task.CompletedTask;
            });

            Assert.True(run.ExitCode == 0, run.ToString());
            TestAlgorithm hyperParameters = run.Context!.HyperParameters;
            Assert.Equal(25, hyperParameters.NumRound);
            Assert.Equal(0.05, hyperParameters.Eta);
            Assert.Equal("binary:logistic", hyperParameters.Objective);
            Assert.Equal("train", run.Context.Channels.Train.Name);
            Assert.Equal("text/csv", run.Context.Channels.Train.ContentType);
            Assert.Null(run.Context.Channels.Validation);
            Assert.Equal("ml.m5.xlarge", run.Context.Resources.CurrentInstanceType);
            Assert.True(foldersExisted);
            Assert.Null(run.Failure);
            Assert.Contains("info: Training test-algo on algo-1 (ml.m5.xlarge). Hyperparameters: behavior = train (default), eta = 0.05, num_round = 25, objective = binary:logistic. Channels: train (File, text/csv).", run.ErrorLines);
        }

        [Fact]
        public async Task Defaults_apply_where_the_job_sets_nothing()
        {
            using FakeJob job = FakeJob.Valid(("num_round", "7"));
            HostRun run = await job.RunAsync((_, _) => Task.CompletedTask);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(7, run.Context!.HyperParameters.NumRound);
            Assert.Equal(0.3, run.Context.HyperParameters.Eta);
            Assert.Equal("reg:squarederror", run.Context.HyperParameters.Objective);
        }

        [Fact]
        public async Task Missing_required_hyperparameter_fails_before_training()
        {
            using FakeJob job = FakeJob.Valid(("eta", "0.1"));
            HostRun run = await job.RunAsync();

            Assert.Equal(1, run.ExitCode);
            Assert.Null(run.Context);
            Assert.Equal(OneProblem + "Required hyperparameter 'num_round' has no value in the training job; set it in the job's HyperParameters. [AG0303]", run.Failure);
            Assert.Contains("fail: " + run.Failure, run.ErrorLines);
        }

        [Fact]
        public async Task Value_out_of_range_fails()
        {
            using FakeJob job = FakeJob.Valid(("num_round", "1001"));
            HostRun run = await job.RunAsync();

            Assert.Equal(1, run.ExitCode);
            Assert.Null(run.Context);
            Assert.Equal(OneProblem + "The training job's value for 'num_round' is not valid for an Integer hyperparameter: '1001' is outside the range 1–1000. [AG0309]", run.Failure);
        }

        [Fact]
        public async Task Categorical_value_not_among_the_declared_values_fails()
        {
            using FakeJob job = FakeJob.Valid(("num_round", "5"), ("objective", "multi:softmax"));
            HostRun run = await job.RunAsync();

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(OneProblem + "The training job's value for 'objective' is not valid for a Categorical hyperparameter: 'multi:softmax' is not one of reg:squarederror, binary:logistic. [AG0309]", run.Failure);
        }

        [Fact]
        public async Task Keys_of_tuning_jobs_and_the_python_sdk_are_accepted_and_json_strings_decoded()
        {
            using FakeJob job = FakeJob.Valid(("num_round", "\"12\""), ("_tuning_objective_metric", "validation:rmse"), ("sagemaker_program", "\"train.py\""), ("sagemaker_container_log_level", "20"));
            HostRun run = await job.RunAsync((_, _) => Task.CompletedTask);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(12, run.Context!.HyperParameters.NumRound);
            Assert.Equal("train.py", run.Context.Environment.HyperParameters["sagemaker_program"]);
            Assert.Equal("validation:rmse", run.Context.Environment.HyperParameters["_tuning_objective_metric"]);
        }

        [Fact]
        public async Task Undeclared_hyperparameter_fails_by_default()
        {
            using FakeJob job = FakeJob.Valid(("num_round", "5"), ("max_depth", "6"));
            HostRun run = await job.RunAsync();

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(OneProblem + "The training job sets hyperparameter 'max_depth', which the training specification does not declare; declare it or remove it. [AG0302]", run.Failure);
        }

        [Fact]
        public async Task Undeclared_hyperparameter_is_ignored_under_the_ignore_policy()
        {
            using FakeJob job = FakeJob.Valid(("num_round", "5"), ("max_depth", "6"));
            HostRun run = await job.RunAsync((_, _) => Task.CompletedTask, new TrainingHostOptions { UndeclaredInputs = UndeclaredInputPolicy.Ignore });

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal("6", run.Context!.Environment.HyperParameters["max_depth"]);
        }

        [Fact]
        public async Task Ignore_undeclared_flag_overrides_the_options()
        {
            using FakeJob job = FakeJob.Valid(("num_round", "5"), ("max_depth", "6"));
            HostRun run = await job.RunAsync((_, _) => Task.CompletedTask, null, "train", "--ignore-undeclared");

            Assert.True(run.ExitCode == 0, run.ToString());
        }

        [Fact]
        public async Task Missing_required_channel_fails()
        {
            using FakeJob job = FakeJob.Valid();
            job.Channels(("validation", "File", "text/csv"));
            HostRun run = await job.RunAsync();

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(OneProblem + "Required channel 'train' gets no input in the training job; give the job an input channel named 'train'. [AG0303]", run.Failure);
        }

        [Fact]
        public async Task Undeclared_channel_fails_by_default_and_is_kept_under_the_ignore_policy()
        {
            using FakeJob job = FakeJob.Valid();
            job.Channels(("train", "File", "text/csv"), ("test", "File", null));
            HostRun strict = await job.RunAsync();

            Assert.Equal(1, strict.ExitCode);
            Assert.Equal(OneProblem + "The training job reads channel 'test', which the training specification does not declare; declare it with [Channel(\"test\", ...)] or remove it from the job. [AG0301]", strict.Failure);

            HostRun lenient = await job.RunAsync((_, _) => Task.CompletedTask, new TrainingHostOptions { UndeclaredInputs = UndeclaredInputPolicy.Ignore });
            Assert.True(lenient.ExitCode == 0, lenient.ToString());
            Assert.Null(lenient.Failure);
            Assert.True(lenient.Context!.InputChannels.ContainsKey("test"));
        }

        [Fact]
        public async Task Every_problem_is_listed_and_the_count_comes_first()
        {
            using FakeJob job = FakeJob.Valid(("num_round", "0"), ("eta", "2"));
            HostRun run = await job.RunAsync();

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(
                "2 problems with the training job's input: The training job's value for 'num_round' is not valid for an Integer hyperparameter: '0' is outside the range 1–1000. [AG0309]"
                + " | The training job's value for 'eta' is not valid for a Continuous hyperparameter: '2' is outside the range 0.0–1.0. [AG0309]",
                run.Failure);
        }

        [Fact]
        public async Task Malformed_hyperparameters_json_fails_naming_the_file()
        {
            using FakeJob job = FakeJob.Valid();
            job.Write(job.Paths.HyperParametersFile, "{\"num_round\": \"10\",");
            HostRun run = await job.RunAsync();

            Assert.Equal(1, run.ExitCode);
            Assert.Null(run.Context);
            Assert.StartsWith("Cannot read hyperparameters.json: it is not valid JSON (", run.Failure);
            Assert.Contains("fail: " + run.Failure, run.ErrorLines);
        }

        [Theory]
        [InlineData("{\"num_round\": \"10\"} trailing")]
        [InlineData("{\"num_round\": \"10\"} {}")]
        [InlineData("")]
        [InlineData("   ")]
        public async Task A_config_file_that_is_not_exactly_one_JSON_value_fails_naming_the_file(string content)
        {
            using FakeJob job = FakeJob.Valid();
            job.Write(job.Paths.HyperParametersFile, content);
            HostRun run = await job.RunAsync();

            Assert.Equal(1, run.ExitCode);
            Assert.Null(run.Context);
            Assert.StartsWith("Cannot read hyperparameters.json: it is not valid JSON (", run.Failure);
        }

        [Fact]
        public async Task Hyperparameter_that_is_not_a_string_fails()
        {
            using FakeJob job = FakeJob.Valid();
            job.Write(job.Paths.HyperParametersFile, "{\"num_round\": [10]}");
            HostRun run = await job.RunAsync();

            Assert.Equal(1, run.ExitCode);
            Assert.Equal("Cannot read hyperparameters.json: the value of 'num_round' is a list, not a string.", run.Failure);
        }
    }
}
