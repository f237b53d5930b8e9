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
    public sealed class TransformJobBuilder : RequestBuilder<TransformJobBuilder, CreateTransformJobRequest>
    {
        private readonly InferenceSpecification? _inference;
        private TransformInput? _input;
        private TransformOutput? _output;
        private TransformResources? _resources;
        private string? _batchStrategy;
        private int? _maxPayloadInMB;
        private int? _maxConcurrentTransforms;

        /// <summary>Starts a transform job request on <paramref name="modelName"/>, a model made from <paramref name="algorithm"/>.</summary>
        public TransformJobBuilder(AlgorithmDefinition algorithm, string transformJobName, string modelName)
            : base(Operations.CreateTransformJob, transformJobName)
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
        public TransformJobBuilder Environment(string name, string value) => SetEnvironment(name, value);

        /// <inheritdoc />
        private protected override CreateTransformJobRequest Compose() =>
            new CreateTransformJobRequest
            {
                TransformJobName = JobName,
                ModelName = ModelName,
                MaxConcurrentTransforms = _maxConcurrentTransforms,
                MaxPayloadInMB = _maxPayloadInMB,
                BatchStrategy = _batchStrategy,
                Environment = EnvironmentVariables,
                TransformInput = _input,
                TransformOutput = _output,
                TransformResources = _resources,
                Tags = Tags,
            };

        /// <inheritdoc />
        private protected override IReadOnlyList<Violation> Check(CreateTransformJobRequest request) => JobValidator.Validate(request, _inference);

        /// <summary>Checks the request and starts the job.</summary>
        /// <exception cref="JobValidationException">The request has errors; nothing was sent.</exception>
        /// <exception cref="SageMakerException">SageMaker refused the request or could not be reached.</exception>
        public Task<CreateTransformJobResponse> StartAsync(SageMakerClient client, CancellationToken cancellationToken = default) =>
            SendAsync(client, (c, request, token) => c.CreateTransformJobAsync(request, token), cancellationToken);
    }
}
