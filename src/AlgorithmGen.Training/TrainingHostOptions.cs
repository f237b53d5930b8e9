using System.IO;
using Microsoft.Extensions.Logging;

namespace AlgorithmGen.Training
{
    /// <summary>
    /// How <see cref="TrainingHost.RunAsync{TContext}"/> runs a training job. Command-line options, where given, win:
    /// <c>--base-dir</c> over <see cref="BaseDirectory"/>, <c>--ignore-undeclared</c> over
    /// <see cref="UndeclaredInputs"/>, <c>--verbose</c> (and the <c>ALGORITHMGEN_LOG_LEVEL</c> variable) over
    /// <see cref="MinimumLogLevel"/>.
    /// </summary>
    public sealed class TrainingHostOptions
    {
        /// <summary>
        /// The <c>/opt/ml</c> tree to read. Null: <c>SAGEMAKER_BASE_DIR</c> when set, else <c>/opt/ml</c>. Not used by a
        /// local run, which lays out its own tree.
        /// </summary>
        public string? BaseDirectory { get; set; }

        /// <summary>
        /// What binding does with hyperparameters and channels the algorithm does not declare: by default the job fails
        /// before the training code runs. Keys SageMaker and its Python SDK add (<c>_tuning_objective_metric</c>,
        /// <c>sagemaker_*</c>) are accepted either way.
        /// </summary>
        public UndeclaredInputPolicy UndeclaredInputs { get; set; } = UndeclaredInputPolicy.Error;

        /// <summary>
        /// The least severe log entry written (default <see cref="LogLevel.Information"/>). At <see cref="LogLevel.Debug"/>
        /// and below, errors are logged with their stack traces.
        /// </summary>
        public LogLevel MinimumLogLevel { get; set; } = LogLevel.Information;

        /// <summary>Where metric lines (and a local run's summary) go. Null: standard output, where SageMaker looks for metrics.</summary>
        public TextWriter? Output { get; set; }

        /// <summary>Where log entries and usage errors go. Null: standard error.</summary>
        public TextWriter? Error { get; set; }

        /// <summary>Whether SIGTERM and SIGINT stop the job (true outside tests, which run several jobs in one process).</summary>
        internal bool HandleSignals { get; set; } = true;
    }
}
