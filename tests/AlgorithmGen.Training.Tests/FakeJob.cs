using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Testing;
using AlgorithmGen.Training.TestHost;

namespace AlgorithmGen.Training.Tests
{
    /// <summary>
    /// A fake <c>/opt/ml</c> tree in a temp folder, written as SageMaker writes it, and the host run over it in-process
    /// with captured output.
    /// </summary>
    internal sealed class FakeJob : IDisposable
    {
        private readonly TempDirectory _folder = new TempDirectory();

        public FakeJob()
        {
            Paths = new TrainingPaths(_folder.Combine("opt", "ml"));
            Directory.CreateDirectory(Paths.InputConfig);
        }

        public TrainingPaths Paths { get; }

        /// <summary>A folder next to the tree, for data and local-run output.</summary>
        public string Scratch(string name)
        {
            string path = _folder.Combine(name);
            Directory.CreateDirectory(path);
            return path;
        }

        /// <summary>A typical valid job: train channel in File mode with one CSV file, num_round set.</summary>
        public static FakeJob Valid(params (string Key, string Value)[] hyperParameters)
        {
            var job = new FakeJob();
            job.HyperParameters(hyperParameters.Length == 0 ? new[] { ("num_round", "10") } : hyperParameters);
            job.Channels(("train", "File", "text/csv"));
            job.ChannelFile("train", "train.csv", "1,2,3,4\n5,6,7,8\n");
            job.ResourceConfig();
            return job;
        }

        public FakeJob HyperParameters(params (string Key, string Value)[] values)
        {
            var json = new Dictionary<string, string>();
            foreach ((string key, string value) in values)
            {
                json[key] = value;
            }

            return Write(Paths.HyperParametersFile, JsonSerializer.Serialize(json));
        }

        public FakeJob Channels(params (string Name, string Mode, string? ContentType)[] channels)
        {
            var json = new Dictionary<string, Dictionary<string, string>>();
            foreach ((string name, string mode, string? contentType) in channels)
            {
                var entry = new Dictionary<string, string> { ["TrainingInputMode"] = mode, ["S3DistributionType"] = "FullyReplicated", ["RecordWrapperType"] = "None" };
                if (contentType is not null)
                {
                    entry["ContentType"] = contentType;
                }

                json[name] = entry;
            }

            return Write(Paths.InputDataConfigFile, JsonSerializer.Serialize(json));
        }

        public FakeJob ResourceConfig() => Write(
            Paths.ResourceConfigFile,
            "{\"current_group_name\":\"homogeneousCluster\",\"current_host\":\"algo-1\",\"current_instance_type\":\"ml.m5.xlarge\",\"hosts\":[\"algo-1\"],"
            + "\"instance_groups\":[{\"hosts\":[\"algo-1\"],\"instance_group_name\":\"homogeneousCluster\",\"instance_type\":\"ml.m5.xlarge\"}],\"network_interface_name\":\"eth0\"}");

        public FakeJob ChannelFile(string channel, string name, string content) =>
            Write(Path.Combine(Paths.ChannelDirectory(channel), name), content);

        public FakeJob Write(string path, string content)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
            return this;
        }

        /// <summary>The failure file's text, or null when there is none.</summary>
        public string? Failure => File.Exists(Paths.FailureFile) ? File.ReadAllText(Paths.FailureFile) : null;

        /// <summary>Runs the host in-process over this tree with <paramref name="train"/> (default: the test algorithm's training code).</summary>
        public async Task<HostRun> RunAsync(
            Func<TestAlgorithm.TrainingContext, CancellationToken, Task>? train = null,
            TrainingHostOptions? options = null,
            params string[] arguments)
        {
            options ??= new TrainingHostOptions();
            StringWriter output = options.Output as StringWriter ?? new StringWriter();
            StringWriter error = options.Error as StringWriter ?? new StringWriter();
            options.BaseDirectory ??= Paths.Base;
            options.Output = output;
            options.Error = error;
            options.HandleSignals = false;
            TestAlgorithm.TrainingContext? bound = null;
            Func<TestAlgorithm.TrainingContext, CancellationToken, Task> code = train ?? TestTraining.TrainAsync;
            int exitCode = await TrainingHost.RunAsync<TestAlgorithm.TrainingContext>(
                arguments.Length == 0 ? new[] { "train" } : arguments,
                (context, token) =>
                {
                    bound = context;
                    return code(context, token);
                },
                options);
            return new HostRun(exitCode, output.ToString(), error.ToString(), bound, Failure);
        }

        public void Dispose() => _folder.Dispose();
    }

    /// <summary>What one in-process run of the host did.</summary>
    internal sealed class HostRun
    {
        public HostRun(int exitCode, string output, string error, TestAlgorithm.TrainingContext? context, string? failure)
        {
            ExitCode = exitCode;
            Output = output;
            Error = error;
            Context = context;
            Failure = failure;
        }

        public int ExitCode { get; }

        public string Output { get; }

        public string Error { get; }

        /// <summary>The context the training code got; null when it never ran.</summary>
        public TestAlgorithm.TrainingContext? Context { get; }

        public string? Failure { get; }

        public IEnumerable<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r'));

        public override string ToString() =>
            "exit code " + ExitCode + "\n--- stdout ---\n" + Output + "\n--- stderr ---\n" + Error + "\n--- failure ---\n" + (Failure ?? "(none)");
    }
}
