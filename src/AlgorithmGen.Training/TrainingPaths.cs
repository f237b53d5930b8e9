using System;
using System.IO;

namespace AlgorithmGen.Training
{
    /// <summary>The <c>/opt/ml</c> tree of a training container, rooted anywhere (local runs and tests use a temporary folder).</summary>
    public sealed class TrainingPaths
    {
        /// <summary>The variable that moves the base folder, as in the SageMaker training toolkit.</summary>
        public const string BaseDirectoryVariable = "SAGEMAKER_BASE_DIR";

        /// <summary>Where SageMaker mounts the tree.</summary>
        public const string DefaultBaseDirectory = "/opt/ml";

        /// <summary>The tree under <paramref name="baseDirectory"/>; <paramref name="checkpoints"/> overrides <c>checkpoints/</c>.</summary>
        public TrainingPaths(string baseDirectory, string? checkpoints = null)
        {
            if (string.IsNullOrEmpty(baseDirectory))
            {
                throw new ArgumentException("The base directory must not be empty.", nameof(baseDirectory));
            }

            Base = Path.GetFullPath(baseDirectory);
            InputConfig = Path.Combine(Base, "input", "config");
            InputData = Path.Combine(Base, "input", "data");
            Model = Path.Combine(Base, "model");
            Output = Path.Combine(Base, "output");
            OutputData = Path.Combine(Output, "data");
            Checkpoints = checkpoints ?? Path.Combine(Base, "checkpoints");
        }

        /// <summary>The base folder (<c>/opt/ml</c>).</summary>
        public string Base { get; }

        /// <summary><c>input/config</c>: the files SageMaker writes before the container starts.</summary>
        public string InputConfig { get; }

        /// <summary><c>input/config/hyperparameters.json</c>.</summary>
        public string HyperParametersFile => Path.Combine(InputConfig, "hyperparameters.json");

        /// <summary><c>input/config/inputdataconfig.json</c>.</summary>
        public string InputDataConfigFile => Path.Combine(InputConfig, "inputdataconfig.json");

        /// <summary><c>input/config/resourceconfig.json</c>.</summary>
        public string ResourceConfigFile => Path.Combine(InputConfig, "resourceconfig.json");

        /// <summary><c>input/config/checkpointconfig.json</c> (present when the job has a CheckpointConfig).</summary>
        public string CheckpointConfigFile => Path.Combine(InputConfig, "checkpointconfig.json");

        /// <summary><c>input/data</c>: one folder per channel (File and FastFile modes) or one FIFO per channel and epoch (Pipe mode).</summary>
        public string InputData { get; }

        /// <summary><c>model</c>: uploaded as <c>model.tar.gz</c> at the end of the job.</summary>
        public string Model { get; }

        /// <summary><c>output</c>.</summary>
        public string Output { get; }

        /// <summary><c>output/data</c>: uploaded as <c>output.tar.gz</c>.</summary>
        public string OutputData { get; }

        /// <summary><c>output/failure</c>: its first 1,024 characters become the job's FailureReason.</summary>
        public string FailureFile => Path.Combine(Output, "failure");

        /// <summary>The checkpoint folder: <c>checkpoints</c> unless checkpointconfig.json names another LocalPath.</summary>
        public string Checkpoints { get; }

        /// <summary>A File or FastFile channel's folder, <c>input/data/&lt;channel&gt;</c>.</summary>
        public string ChannelDirectory(string channel) => Path.Combine(InputData, channel);

        /// <summary>A Pipe channel's FIFO for one epoch, <c>input/data/&lt;channel&gt;_&lt;epoch&gt;</c>.</summary>
        public string PipePath(string channel, int epoch) =>
            epoch < 0 ? throw new ArgumentOutOfRangeException(nameof(epoch), epoch, "Epochs count from 0.") : Path.Combine(InputData, channel + "_" + epoch.ToString(System.Globalization.CultureInfo.InvariantCulture));

        /// <summary>The base folder from <see cref="BaseDirectoryVariable"/>, else <see cref="DefaultBaseDirectory"/>.</summary>
        public static string ResolveBaseDirectory(string? explicitBaseDirectory = null) =>
            explicitBaseDirectory is { Length: > 0 } given ? given
            : System.Environment.GetEnvironmentVariable(BaseDirectoryVariable) is { Length: > 0 } variable ? variable
            : DefaultBaseDirectory;
    }
}
