using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AlgorithmGen.Metrics;
using AlgorithmGen.Model;
using AlgorithmGen.Testing;
using AlgorithmGen.Training;
using AlgorithmGen.Training.AotHost;
using Xunit;
using Xunit.Abstractions;

namespace AlgorithmGen.Aot.Tests
{
    /// <summary>
    /// The training host compiled with NativeAOT: the publish is clean of trim and AOT warnings from AlgorithmGen and
    /// its generated code, and the native binary binds, trains and fails exactly as the framework-dependent host does.
    /// One publish for the whole class (<see cref="NativeAotPublish"/>); each run gets its own /opt/ml tree.
    /// </summary>
    public sealed class NativeTrainingHostTests : IClassFixture<NativeAotPublish>
    {
        private const string StartedLine = "user code started";

        private readonly NativeAotPublish _publish;
        private readonly ITestOutputHelper _output;

        public NativeTrainingHostTests(NativeAotPublish publish, ITestOutputHelper output)
        {
            _publish = publish;
            _output = output;
        }

        /// <summary>The publish, failing the test (never skipping it) when there is no native binary to test.</summary>
        private NativeAotPublish Published
        {
            get
            {
                if (_publish.Problem is { } problem)
                {
                    Assert.Fail(problem);
                }

                return _publish;
            }
        }

        [Fact]
        public void Publish_writes_one_self_contained_native_executable()
        {
            NativeAotPublish published = Published;
            _output.WriteLine($"dotnet publish -c Release -r linux-x64 (NativeAOT): {published.Duration.TotalSeconds:F1} s, {new FileInfo(published.Binary).Length:N0} bytes");

            byte[] header = new byte[4];
            using (FileStream binary = File.OpenRead(published.Binary))
            {
                Assert.Equal(4, binary.Read(header, 0, 4));
            }

            Assert.Equal(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }, header);
            // Native code only: no IL assemblies to load and no runtime beside it (the .dbg file is its symbols).
            string[] files = Directory.GetFiles(published.OutputDirectory).Select(Path.GetFileName).ToArray()!;
            Assert.DoesNotContain(files, file => file.EndsWith(".dll", StringComparison.Ordinal) || file.StartsWith("libcoreclr", StringComparison.Ordinal));
        }

        [Fact]
        public void No_trim_or_AOT_warning_comes_from_AlgorithmGen_or_its_generated_code()
        {
            NativeAotPublish published = Published;
            List<TrimWarning> own = published.Warnings.Where(warning => warning.IsFromAlgorithmGen).ToList();
            Assert.True(
                own.Count == 0,
                own.Count + " trim/AOT warnings from AlgorithmGen's assemblies, the host app or its generated code:" + Environment.NewLine + TrimWarning.Describe(own));
        }

        [Fact]
        public void The_publish_reports_no_trim_or_AOT_warning_at_all()
        {
            // Stricter than the test above: a warning from a package (AWSSDK.Core, which the AlgorithmGen library
            // references for registration) means the trimmed container reaches reflection-based code that could break.
            // Today the training host reaches none of it. TrimmerSingleWarn=false in the host project keeps ILC from
            // folding a package's warnings into one IL2104, so each is listed with its origin.
            NativeAotPublish published = Published;
            List<TrimWarning> others = published.Warnings.Where(warning => !warning.IsFromAlgorithmGen).ToList();
            foreach (TrimWarning warning in others)
            {
                _output.WriteLine("third-party: " + warning.Line);
            }

            Assert.True(
                published.Warnings.Count == 0,
                published.Warnings.Count + " trim/AOT warnings (" + others.Count + " from third-party code):" + Environment.NewLine + TrimWarning.Describe(published.Warnings));
        }

        [Fact]
        public void Train_binds_every_hyperparameter_type_reads_the_channels_and_writes_the_model_and_the_declared_metrics()
        {
            using var job = new FakeJob();
            job.WriteHyperParameters(("epochs", "3"), ("learning_rate", "0.5"), ("loss", "reg:absolute"), ("shuffle", "true"), ("model_label", "hello world"));
            job.WriteChannel("train", "a.csv", "1,2\n3,4\n");
            job.WriteChannel("train", "b.csv", "5,6\n");
            job.WriteChannel("validation", "v.csv", "7,8\n");

            ProcessResult run = Train(job);

            Assert.True(run.ExitCode == TrainingHost.ExitCompleted, run.Describe());
            Assert.False(File.Exists(job.Paths.FailureFile), run.Describe());
            Assert.Equal(
                "epochs=3\nlearning_rate=0.5\nloss=Absolute\nshuffle=True\nlabel=hello world\ntrain_rows=3\nvalidation_rows=1\n",
                File.ReadAllText(Path.Combine(job.Paths.Model, "model.txt")));
            Assert.Equal(StartedLine, run.StandardOutput.Split('\n')[0].TrimEnd('\r'));

            // What SageMaker would record, with the regexes the algorithm declares.
            Dictionary<string, List<double>> recorded = RecordedMetrics(run.StandardOutput + "\n" + run.StandardError);
            Assert.Equal(new[] { "train:loss", "validation:accuracy" }, recorded.Keys.OrderBy(name => name, StringComparer.Ordinal));
            Assert.Equal(new[] { 0.5 / 1, 0.5 / 2, 0.5 / 3 }, recorded["train:loss"]);
            Assert.Equal(new[] { 1.0 / 4 }, recorded["validation:accuracy"]);
        }

        [Fact]
        public void Bad_hyperparameter_values_fail_the_job_before_user_code_with_every_problem_in_the_failure_file()
        {
            using var job = new FakeJob();
            job.WriteHyperParameters(("epochs", "0"), ("loss", "reg:huber"), ("shuffle", "true"));
            job.WriteChannel("train", "a.csv", "1,2\n");

            ProcessResult run = Train(job);

            Assert.True(run.ExitCode == TrainingHost.ExitFailed, run.Describe());
            Assert.DoesNotContain(StartedLine, run.StandardOutput, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(job.Paths.Model, "model.txt")));
            Assert.True(File.Exists(job.Paths.FailureFile), "No output/failure after a failed job." + Environment.NewLine + run.Describe());
            Assert.Equal(
                "2 problems with the training job's input: "
                + "The training job's value for 'epochs' is not valid for an Integer hyperparameter: '0' is outside the range 1–100. [AG0309] | "
                + "The training job's value for 'loss' is not valid for a Categorical hyperparameter: 'reg:huber' is not one of reg:squared, reg:absolute. [AG0309]",
                File.ReadAllText(job.Paths.FailureFile));
        }

        [Fact]
        public void A_missing_required_hyperparameter_fails_the_job_with_its_name_in_the_failure_file()
        {
            using var job = new FakeJob();
            job.WriteHyperParameters(("learning_rate", "0.5"));
            job.WriteChannel("train", "a.csv", "1,2\n");

            ProcessResult run = Train(job);

            Assert.True(run.ExitCode == TrainingHost.ExitFailed, run.Describe());
            Assert.DoesNotContain(StartedLine, run.StandardOutput, StringComparison.Ordinal);
            Assert.Equal(
                "The training job's input does not fit the algorithm: Required hyperparameter 'epochs' has no value in the training job; set it in the job's HyperParameters. [AG0303]",
                File.ReadAllText(job.Paths.FailureFile));
        }

        private ProcessResult Train(FakeJob job)
        {
            NativeAotPublish published = Published;
            ProcessResult run = ProcessRunner.Run(
                published.Binary,
                new[] { "train" },
                workingDirectory: job.Paths.Base,
                timeout: TimeSpan.FromSeconds(60),
                cleanEnvironment: new Dictionary<string, string> { [TrainingPaths.BaseDirectoryVariable] = job.Paths.Base });
            _output.WriteLine(run.Describe());
            return run;
        }

        // Each log line searched with each declared metric's regex, as the service does.
        private static Dictionary<string, List<double>> RecordedMetrics(string log)
        {
            List<MetricDefinition> definitions = AotAlgorithm.Definition.CreateRequest().TrainingSpecification!.MetricDefinitions!;
            var recorded = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            foreach (string line in log.Split('\n').Select(line => line.TrimEnd('\r')))
            {
                foreach (MetricDefinition definition in definitions)
                {
                    if (MetricLines.TryExtract(definition.Regex!, line, out double value))
                    {
                        if (!recorded.TryGetValue(definition.Name!, out List<double>? values))
                        {
                            recorded[definition.Name!] = values = new List<double>();
                        }

                        values.Add(value);
                    }
                }
            }

            return recorded;
        }
    }
}
