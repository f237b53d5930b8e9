using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AlgorithmGen.Training
{
    /// <summary>
    /// What the training code of one job gets: the job's environment, its channels and folders, a logger and where
    /// metric lines go. The generated <c>TrainingContext</c> of each algorithm adds the typed hyperparameters, one
    /// property per declared channel and one method per declared metric.
    /// </summary>
    public abstract class TrainingContext
    {
        /// <summary>Called by generated code.</summary>
        protected TrainingContext(TrainingEnvironment environment, IReadOnlyDictionary<string, TrainingChannel> inputChannels)
        {
            Environment = environment ?? throw new ArgumentNullException(nameof(environment));
            InputChannels = inputChannels ?? throw new ArgumentNullException(nameof(inputChannels));
        }

        /// <summary>The job's files and variables as SageMaker wrote them.</summary>
        public TrainingEnvironment Environment { get; }

        /// <summary>Every input channel of the job by name, declared or (when undeclared inputs are ignored) not.</summary>
        public IReadOnlyDictionary<string, TrainingChannel> InputChannels { get; }

        /// <summary>The cluster: this host, all hosts (sorted), instance type and groups, network interface.</summary>
        public TrainingResources Resources => Environment.Resources;

        /// <summary>Where the model goes (<c>/opt/ml/model</c>); SageMaker uploads it as <c>model.tar.gz</c> when the job ends.</summary>
        public string ModelDirectory => Environment.Paths.Model;

        /// <summary>Other artefacts (<c>/opt/ml/output/data</c>); uploaded as <c>output.tar.gz</c>.</summary>
        public string OutputDataDirectory => Environment.Paths.OutputData;

        /// <summary>Checkpoints (<c>CheckpointConfig.LocalPath</c>, by default <c>/opt/ml/checkpoints</c>), synced with S3 during the job.</summary>
        public string CheckpointDirectory => Environment.Paths.Checkpoints;

        /// <summary>The training job's name (<c>TRAINING_JOB_NAME</c>), when SageMaker set it.</summary>
        public string? JobName => Environment.JobName;

        /// <summary>The training job's ARN (<c>TRAINING_JOB_ARN</c>), when SageMaker set it.</summary>
        public string? JobArn => Environment.JobArn;

        /// <summary>The host's logger (standard error); SageMaker sends both output streams to CloudWatch Logs.</summary>
        public ILogger Logger { get; internal set; } = NullLogger.Instance;

        /// <summary>Where metric lines are written: standard output, where the service's metric regexes look.</summary>
        public TextWriter MetricOutput { get; internal set; } = Console.Out;
    }

    /// <inheritdoc />
    /// <typeparam name="TAlgorithm">The <c>[Algorithm]</c> class, whose instance holds the job's hyperparameters.</typeparam>
    public abstract class TrainingContext<TAlgorithm> : TrainingContext
        where TAlgorithm : class
    {
        /// <summary>Called by generated code.</summary>
        protected TrainingContext(TrainingEnvironment environment, TAlgorithm hyperParameters, IReadOnlyDictionary<string, TrainingChannel> inputChannels)
            : base(environment, inputChannels)
        {
            HyperParameters = hyperParameters ?? throw new ArgumentNullException(nameof(hyperParameters));
        }

        /// <summary>The job's hyperparameters, parsed and checked: the declared defaults where the job sets none.</summary>
        public TAlgorithm HyperParameters { get; }
    }
}
