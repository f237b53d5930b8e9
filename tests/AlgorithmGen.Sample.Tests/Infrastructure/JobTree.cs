using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using AlgorithmGen.Testing;

namespace AlgorithmGen.Sample.Tests.Infrastructure
{
    /// <summary>
    /// A temporary <c>/opt/ml</c> tree as SageMaker lays it out for a File-mode job: <c>input/config</c>'s three JSON
    /// files and each channel's data under <c>input/data/&lt;channel&gt;</c>. The program reads it through
    /// <c>SAGEMAKER_BASE_DIR</c>.
    /// </summary>
    internal sealed class JobTree : IDisposable
    {
        private readonly TempDirectory _directory = new TempDirectory();

        public JobTree(IReadOnlyDictionary<string, string> hyperParameters, IReadOnlyDictionary<string, string> channels)
        {
            var options = new JsonSerializerOptions { WriteIndented = true };
            Write("input/config/hyperparameters.json", JsonSerializer.Serialize(hyperParameters, options));
            Write("input/config/inputdataconfig.json", JsonSerializer.Serialize(
                channels.Keys.ToDictionary(name => name, _ => new Dictionary<string, string>
                {
                    ["ContentType"] = "text/csv",
                    ["TrainingInputMode"] = "File",
                    ["S3DistributionType"] = "FullyReplicated",
                    ["RecordWrapperType"] = "None",
                }),
                options));
            Write("input/config/resourceconfig.json", """
                {
                  "current_host": "algo-1",
                  "current_instance_type": "ml.m5.xlarge",
                  "current_group_name": "homogeneousCluster",
                  "hosts": ["algo-1"],
                  "instance_groups": [{ "instance_group_name": "homogeneousCluster", "instance_type": "ml.m5.xlarge", "hosts": ["algo-1"] }],
                  "network_interface_name": "eth0"
                }
                """);
            foreach (KeyValuePair<string, string> channel in channels)
            {
                string target = Combine("input/data/" + channel.Key);
                Directory.CreateDirectory(target);
                foreach (string file in Directory.GetFiles(channel.Value))
                {
                    File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
                }
            }
        }

        /// <summary>The tree's root, the job's <c>/opt/ml</c>.</summary>
        public string Base => _directory.Path;

        public string ModelFolder => Combine("model");

        public string FailureFile => Combine("output/failure");

        /// <summary>Runs <c>train</c> as SageMaker starts the image, with <c>SAGEMAKER_BASE_DIR</c> pointing at this tree.</summary>
        public ProcessResult Train() =>
            SampleProgram.Run(Base, new Dictionary<string, string> { ["SAGEMAKER_BASE_DIR"] = Base }, "train");

        public string Combine(string relativePath) => _directory.Combine(relativePath.Split('/'));

        public void Dispose() => _directory.Dispose();

        private void Write(string relativePath, string content) => _directory.WriteFile(relativePath, content);
    }
}
