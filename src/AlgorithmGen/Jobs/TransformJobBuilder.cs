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
        private readonly RequestParts<CreateTransformJobRequest> _parts;
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
            _parts = new RequestParts<CreateTransformJobRequest>(Operations.CreateTransformJob, JobName, request => JobValidator.Validate(request, _inference));
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
            _parts.SetEnvironment(name, value);
            return this;
        }

        /// <summary>A tag of the job.</summary>
        public TransformJobBuilder Tag(string key, string value)
        {
            _parts.Tag(key, value);
            return this;
        }

        /// <summary>Adjusts the request after the builder has filled it in; the checks still run on the result.</summary>
        public TransformJobBuilder Configure(Action<CreateTransformJobRequest> configure)
        {
            _parts.Configure(configure);
            return this;
        }

        /// <summary>The request as set up so far, not checked.</summary>
        public CreateTransformJobRequest ToRequest() =>
            _parts.Configured(new CreateTransformJobRequest
            {
                TransformJobName = JobName,
                ModelName = ModelName,
                MaxConcurrentTransforms = _maxConcurrentTransforms,
                MaxPayloadInMB = _maxPayloadInMB,
                BatchStrategy = _batchStrategy,
                Environment = _parts.Environment,
                TransformInput = _input,
                TransformOutput = _output,
                TransformResources = _resources,
                Tags = _parts.Tags,
            });

        /// <summary>Every violation of the request, errors and warnings, each naming the member at fault.</summary>
        public IReadOnlyList<Violation> Validate() => _parts.Validate(ToRequest());

        /// <summary>The checked request.</summary>
        /// <exception cref="JobValidationException">The request has errors; the exception lists every violation.</exception>
        public CreateTransformJobRequest Build() => _parts.Checked(ToRequest());

        /// <summary>Checks the request and starts the job.</summary>
        /// <exception cref="JobValidationException">The request has errors; nothing was sent.</exception>
        /// <exception cref="SageMakerException">SageMaker refused the request or could not be reached.</exception>
        public Task<CreateTransformJobResponse> StartAsync(SageMakerClient client, CancellationToken cancellationToken = default) =>
            RequestParts<CreateTransformJobRequest>.StartAsync(client, Build, (c, request, token) => c.CreateTransformJobAsync(request, token), cancellationToken);
    }
}
