using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Client;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;

namespace AlgorithmGen.Jobs
{
    /// <summary>
    /// Builds a <c>CreateTrainingJob</c> request that runs a registered algorithm, and checks it against the
    /// algorithm's training specification (<see cref="JobValidator"/>) before anything is sent.
    /// </summary>
    /// <remarks>
    /// Defaults follow the SageMaker Python SDK: File input mode, one instance, a 30 GB volume, at most one day of run time.
    /// </remarks>
    public sealed class TrainingJobBuilder : RequestBuilder<TrainingJobBuilder, CreateTrainingJobRequest>
    {
        /// <summary>The default volume size, as the SageMaker Python SDK uses.</summary>
        public const int DefaultVolumeSizeInGB = 30;

        /// <summary>The default maximum run time (one day), as the SageMaker Python SDK uses.</summary>
        public const int DefaultMaxRuntimeInSeconds = 24 * 3600;

        private readonly AlgorithmDefinition _algorithm;
        private readonly TrainingSpecification _specification;
        private readonly Dictionary<string, string> _hyperParameters;
        private readonly List<Channel> _inputs = new List<Channel>();
        private string _algorithmName;
        private string? _roleArn;
        private string _inputMode = nameof(TrainingInputMode.File);
        private OutputDataConfig? _output;
        private ResourceConfig _resources = new ResourceConfig { InstanceCount = 1, VolumeSizeInGB = DefaultVolumeSizeInGB };
        private StoppingCondition _stopping = new StoppingCondition { MaxRuntimeInSeconds = DefaultMaxRuntimeInSeconds };
        private CheckpointConfig? _checkpoint;

        /// <summary>Starts a training job request for <paramref name="algorithm"/> with the given hyperparameter values (wire names and values).</summary>
        public TrainingJobBuilder(AlgorithmDefinition algorithm, string trainingJobName, IReadOnlyDictionary<string, string>? hyperParameters = null)
            : base(Operations.CreateTrainingJob, trainingJobName)
        {
            _algorithm = algorithm ?? throw new ArgumentNullException(nameof(algorithm));
            JobName = trainingJobName ?? throw new ArgumentNullException(nameof(trainingJobName));
            _specification = algorithm.CreateRequest().TrainingSpecification ?? new TrainingSpecification();
            _hyperParameters = hyperParameters is null
                ? new Dictionary<string, string>(StringComparer.Ordinal)
                : hyperParameters.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
            _algorithmName = algorithm.AlgorithmName;
        }

        /// <summary>The job's name.</summary>
        public string JobName { get; }

        /// <summary>The algorithm's training specification the job is checked against.</summary>
        public TrainingSpecification Specification => _specification;

        /// <summary>
        /// The algorithm to run, by name or ARN, when it is registered under another name than declared (for example
        /// a versioned name). Default: the declared name.
        /// </summary>
        public TrainingJobBuilder Algorithm(string algorithmNameOrArn)
        {
            _algorithmName = algorithmNameOrArn ?? throw new ArgumentNullException(nameof(algorithmNameOrArn));
            return this;
        }

        /// <summary>Runs the algorithm as <paramref name="registration"/> registered it: its ARN, else the name it was registered under (versioned names included).</summary>
        public TrainingJobBuilder Algorithm(AlgorithmRegistrationResult registration) =>
            Algorithm((registration ?? throw new ArgumentNullException(nameof(registration))).NameOrArn);

        /// <summary>The IAM role SageMaker assumes to run the job (<c>RoleArn</c>, required).</summary>
        public TrainingJobBuilder Role(string roleArn)
        {
            _roleArn = roleArn ?? throw new ArgumentNullException(nameof(roleArn));
            return this;
        }

        /// <summary>The job's input mode (<c>TrainingInputMode</c>) for channels that set none. Default File.</summary>
        public TrainingJobBuilder InputMode(TrainingInputMode mode)
        {
            _inputMode = mode.ToString();
            return this;
        }

        /// <summary>
        /// An input channel by its declared name, reading the S3 prefix <paramref name="s3Uri"/>. The name, content
        /// type, input mode and compression are checked against the channel's declaration when the request is built.
        /// </summary>
        /// <param name="channelName">A channel the algorithm declares (<c>[Channel("train", ...)]</c>).</param>
        /// <param name="s3Uri">The S3 prefix (or manifest, with <paramref name="configure"/>) of the channel's data.</param>
        /// <param name="contentType">The data's MIME type; null leaves it to the algorithm.</param>
        /// <param name="configure">Sets anything else of the channel (input mode, compression, shuffling, distribution).</param>
        public TrainingJobBuilder Input(string channelName, string s3Uri, string? contentType = null, Action<Channel>? configure = null)
        {
            var channel = new Channel
            {
                ChannelName = channelName ?? throw new ArgumentNullException(nameof(channelName)),
                DataSource = new DataSource
                {
                    S3DataSource = new S3DataSource
                    {
                        S3DataType = nameof(S3DataType.S3Prefix),
                        S3Uri = s3Uri ?? throw new ArgumentNullException(nameof(s3Uri)),
                        S3DataDistributionType = nameof(S3DataDistribution.FullyReplicated),
                    },
                },
                ContentType = contentType,
            };
            configure?.Invoke(channel);
            _inputs.RemoveAll(c => c.ChannelName == channelName);
            _inputs.Add(channel);
            return this;
        }

        /// <summary>Where the model artifacts go (<c>OutputDataConfig</c>, required), optionally encrypted with a KMS key.</summary>
        public TrainingJobBuilder Output(string s3OutputPath, string? kmsKeyId = null)
        {
            _output = new OutputDataConfig { S3OutputPath = s3OutputPath ?? throw new ArgumentNullException(nameof(s3OutputPath)), KmsKeyId = kmsKeyId };
            return this;
        }

        /// <summary>The instances (<c>ResourceConfig</c>): checked against SupportedTrainingInstanceTypes and SupportsDistributedTraining.</summary>
        public TrainingJobBuilder Resources(string instanceType, int instanceCount = 1, int volumeSizeInGB = DefaultVolumeSizeInGB, string? volumeKmsKeyId = null)
        {
            _resources = new ResourceConfig
            {
                InstanceType = instanceType ?? throw new ArgumentNullException(nameof(instanceType)),
                InstanceCount = instanceCount,
                VolumeSizeInGB = volumeSizeInGB,
                VolumeKmsKeyId = volumeKmsKeyId,
            };
            return this;
        }

        /// <summary>How long the job may run (<c>StoppingCondition</c>); a wait time for managed spot training.</summary>
        public TrainingJobBuilder StoppingCondition(int maxRuntimeInSeconds, int? maxWaitTimeInSeconds = null)
        {
            _stopping = new StoppingCondition { MaxRuntimeInSeconds = maxRuntimeInSeconds, MaxWaitTimeInSeconds = maxWaitTimeInSeconds };
            return this;
        }

        /// <summary>Where checkpoints are copied to and from (<c>CheckpointConfig</c>).</summary>
        public TrainingJobBuilder Checkpoint(string s3Uri, string? localPath = null)
        {
            _checkpoint = new CheckpointConfig { S3Uri = s3Uri ?? throw new ArgumentNullException(nameof(s3Uri)), LocalPath = localPath };
            return this;
        }

        /// <summary>An environment variable of the training container.</summary>
        public TrainingJobBuilder Environment(string name, string value) => SetEnvironment(name, value);

        /// <summary>Sets one hyperparameter by its wire name (checked like the others); prefer the typed instance.</summary>
        public TrainingJobBuilder HyperParameter(string name, string value)
        {
            _hyperParameters[name ?? throw new ArgumentNullException(nameof(name))] = value ?? throw new ArgumentNullException(nameof(value));
            return this;
        }

        /// <inheritdoc />
        private protected override CreateTrainingJobRequest Compose() =>
            new CreateTrainingJobRequest
            {
                TrainingJobName = JobName,
                HyperParameters = _hyperParameters.Count == 0 ? null : new Dictionary<string, string>(_hyperParameters, StringComparer.Ordinal),
                AlgorithmSpecification = new Model.AlgorithmSpecification { AlgorithmName = _algorithmName, TrainingInputMode = _inputMode },
                RoleArn = _roleArn,
                InputDataConfig = _inputs.Count == 0 ? null : _inputs.ToList(),
                OutputDataConfig = _output,
                ResourceConfig = _resources,
                StoppingCondition = _stopping,
                Tags = Tags,
                CheckpointConfig = _checkpoint,
                Environment = EnvironmentVariables,
            };

        /// <inheritdoc />
        private protected override IReadOnlyList<Violation> Check(CreateTrainingJobRequest request) => JobValidator.Validate(request, _specification);

        /// <summary>Checks the request and starts the job.</summary>
        /// <exception cref="JobValidationException">The request has errors; nothing was sent.</exception>
        /// <exception cref="SageMakerException">SageMaker refused the request or could not be reached.</exception>
        public Task<CreateTrainingJobResponse> StartAsync(SageMakerClient client, CancellationToken cancellationToken = default) =>
            SendAsync(client, (c, request, token) => c.CreateTrainingJobAsync(request, token), cancellationToken);
    }
}
