using System;
using System.Linq;
using System.Text.Json;
using AlgorithmGen.Testing;
using AlgorithmGen.Training;

namespace AlgorithmGen.Aot.Tests
{
    /// <summary>A temporary /opt/ml tree with the config files SageMaker writes before it starts the container.</summary>
    internal sealed class FakeJob : IDisposable
    {
        private readonly TempDirectory _folder = new TempDirectory();

        public FakeJob()
        {
            Paths = new TrainingPaths(_folder.Path);
            _folder.WriteFile(
                "input/config/resourceconfig.json",
                """{"current_host":"algo-1","hosts":["algo-1"],"network_interface_name":"eth0","current_instance_type":"ml.m5.large","current_group_name":"homogeneousCluster","instance_groups":[{"instance_group_name":"homogeneousCluster","instance_type":"ml.m5.large","hosts":["algo-1"]}]}""");
        }

        public TrainingPaths Paths { get; }

        /// <summary>Writes <c>hyperparameters.json</c>: every value a string, as the service writes them.</summary>
        public void WriteHyperParameters(params (string Name, string Value)[] values) =>
            _folder.WriteFile("input/config/hyperparameters.json", JsonSerializer.Serialize(values.ToDictionary(value => value.Name, value => value.Value)));

        /// <summary>Adds a File-mode text/csv file to <paramref name="channel"/>, rewriting <c>inputdataconfig.json</c>.</summary>
        public void WriteChannel(string channel, string file, string content)
        {
            _folder.WriteFile("input/data/" + channel + "/" + file, content);
            string[] channels = System.IO.Directory.GetDirectories(Paths.InputData).Select(System.IO.Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal).ToArray()!;
            _folder.WriteFile(
                "input/config/inputdataconfig.json",
                JsonSerializer.Serialize(channels.ToDictionary(
                    name => name!,
                    name => new { ContentType = "text/csv", TrainingInputMode = "File", S3DistributionType = "FullyReplicated", RecordWrapperType = "None" })));
        }

        public void Dispose() => _folder.Dispose();
    }
}
