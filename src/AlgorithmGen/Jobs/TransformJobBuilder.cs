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
    /// Builds a <c>CreateTransformJob</c> request for a model made from a registered algorithm, with the content type,
    /// response type and instance type checked against the algorithm's inference specification
    /// (<see cref="JobValidator"/>) before anything is sent.
    /// </summary>
    public sealed class TransformJobBuilder
    {
        private readonly InferenceSpecification? _inference;
        private readonly List<Tag> _tags = new List<Tag>();
        private readonly Dictionary<string, string> _environment = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly List<Action<CreateTransformJobRequest>> _configure = new List<Action<CreateTransformJobRequest>>();
        private TransformInput? _input;
        private TransformOutput? _output;
        private TransformResources? _resources;
        private string? _batchStrategy;
        private int? _maxPayloadInMB;
        private int? _maxConcurrentTransforms;

        /// <summary>Starts a transform job request on <paramref name="modelName"/>, a model made from <paramref name="algorithm"/>.</summary>
        public TransformJobBuilder(AlgorithmDefinition algorithm, string transformJobName, string modelName)
        {
            _inference = (algorithm ?? throw new ArgumentNullException(nameof(algorithm))).CreateRequest().InferenceSpecification;
            JobName = transformJobName ?? throw new ArgumentNullException(nameof(transformJobName));
            ModelName = modelName ?? throw new ArgumentNullException(nameof(modelName));
        }

        /// <summary>The job's name.</summary>
        public string JobName { get; }

        /// <summary>The model the job runs.</summary>
        public string ModelName { get; }

        /// <summary>The data to transform (<c>TransformInput</c>): an S3 prefix, its content type (checked against SupportedContentTypes) and how to split it.</summary>
        public TransformJobBuilder Input(string s3Uri, string contentType, SplitType splitType = SplitType.None, CompressionType compression = CompressionType.None)
        {
            _input = new TransformInput
            {
                DataSource = new TransformDataSource
                {
                    S3DataSource = new TransformS3DataSource { S3DataType = nameof(S3DataType.S3Prefix), S3Uri = s3Uri ?? throw new ArgumentNullException(nameof(s3Uri)) },
                },
                ContentType = contentType ?? throw new ArgumentNullException(nameof(contentType)),
                SplitType = splitType.ToString(),
                CompressionType = compression.ToString(),
            };
            return this;
        }

        /// <summary>Where the results go (<c>TransformOutput</c>), the response type asked for (checked against SupportedResponseMIMETypes) and how records are joined.</summary>
        public TransformJobBuilder Output(string s3OutputPath, string? accept = null, AssemblyType assembleWith = AssemblyType.None, string? kmsKeyId = null)
        {
            _output = new TransformOutput
            {
                S3OutputPath = s3OutputPath ?? throw new ArgumentNullException(nameof(s3OutputPath)),
                Accept = accept,
                AssembleWith = assembleWith.ToString(),
                KmsKeyId = kmsKeyId,
            };
            return this;
        }

        /// <summary>The instances (<c>TransformResources</c>), checked against SupportedTransformInstanceTypes.</summary>
        public TransformJobBuilder Resources(string instanceType, int instanceCount = 1, string? volumeKmsKeyId = null)
        {
            _resources = new TransformResources { InstanceType = instanceType ?? throw new ArgumentNullException(nameof(instanceType)), InstanceCount = instanceCount, VolumeKmsKeyId = volumeKmsKeyId };
            return this;
        }

        /// <summary>How records are batched per request (<c>BatchStrategy</c>) and the largest request (<c>MaxPayloadInMB</c>).</summary>
        public TransformJobBuilder Batching(BatchStrategy strategy, int? maxPayloadInMB = null, int? maxConcurrentTransforms = null)
        {
            _batchStrategy = strategy.ToString();
            _maxPayloadInMB = maxPayloadInMB;
            _maxConcurrentTransforms = maxConcurrentTransforms;
            return this;
        }

        /// <summary>An environment variable of the inference container.</summary>
        public TransformJobBuilder Environment(string name, string value)
        {
            _environment[name ?? throw new ArgumentNullException(nameof(name))] = value ?? throw new ArgumentNullException(nameof(value));
            return this;
        }

        /// <summary>A tag of the job.</summary>
        public TransformJobBuilder Tag(string key, string value)
        {
            _tags.RemoveAll(t => t.Key == key);
            _tags.Add(new Tag { Key = key ?? throw new ArgumentNullException(nameof(key)), Value = value ?? throw new ArgumentNullException(nameof(value)) });
            return this;
        }

        /// <summary>Adjusts the request after the builder has filled it in; the checks still run on the result.</summary>
        public TransformJobBuilder Configure(Action<CreateTransformJobRequest> configure)
        {
            _configure.Add(configure ?? throw new ArgumentNullException(nameof(configure)));
            return this;
        }

        /// <summary>The request as set up so far, not checked.</summary>
        public CreateTransformJobRequest ToRequest()
        {
            var request = new CreateTransformJobRequest
            {
                TransformJobName = JobName,
                ModelName = ModelName,
                MaxConcurrentTransforms = _maxConcurrentTransforms,
                MaxPayloadInMB = _maxPayloadInMB,
                BatchStrategy = _batchStrategy,
                Environment = _environment.Count == 0 ? null : new Dictionary<string, string>(_environment, StringComparer.Ordinal),
                TransformInput = _input,
                TransformOutput = _output,
                TransformResources = _resources,
                Tags = _tags.Count == 0 ? null : _tags.ToList(),
            };
            foreach (Action<CreateTransformJobRequest> configure in _configure)
            {
                configure(request);
            }

            return request;
        }

        /// <summary>Every violation of the request, errors and warnings, each naming the member at fault.</summary>
        public IReadOnlyList<Violation> Validate() => JobValidator.Validate(ToRequest(), _inference);

        /// <summary>The checked request.</summary>
        /// <exception cref="JobValidationException">The request has errors; the exception lists every violation.</exception>
        public CreateTransformJobRequest Build()
        {
            CreateTransformJobRequest request = ToRequest();
            IReadOnlyList<Violation> violations = JobValidator.Validate(request, _inference);
            if (JobValidator.HasErrors(violations))
            {
                throw new JobValidationException(Operations.CreateTransformJob, JobName, violations);
            }

            return request;
        }

        /// <summary>Checks the request and starts the job.</summary>
        /// <exception cref="JobValidationException">The request has errors; nothing was sent.</exception>
        /// <exception cref="SageMakerException">SageMaker refused the request or could not be reached.</exception>
        public Task<CreateTransformJobResponse> StartAsync(SageMakerClient client, CancellationToken cancellationToken = default)
        {
            if (client is null)
            {
                throw new ArgumentNullException(nameof(client));
            }

            return client.CreateTransformJobAsync(Build(), cancellationToken);
        }
    }
}
