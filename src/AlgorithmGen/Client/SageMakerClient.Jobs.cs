using System;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Model;

namespace AlgorithmGen.Client
{
    // The job and model operations, on the same signing, retries and typed errors as the algorithm operations.
    // Creates and stops change state and carry no idempotency token: they are retried only when throttled (the service
    // refused to process them). Describes and lists are retried on every transient failure.
    public sealed partial class SageMakerClient
    {
        /// <summary>Starts a training job. Retried only when throttled. Build and check it first with the algorithm's generated job builder.</summary>
        /// <exception cref="SageMakerServiceException">The service answered with an error (a taken name is <c>ResourceInUse</c>).</exception>
        /// <exception cref="SageMakerUnavailableException">No usable answer came back.</exception>
        /// <exception cref="SageMakerConfigurationException">No region or credentials resolved; nothing was sent.</exception>
        public Task<CreateTrainingJobResponse> CreateTrainingJobAsync(CreateTrainingJobRequest request, CancellationToken cancellationToken = default) =>
            InvokeAsync<CreateTrainingJobResponse>(Operations.CreateTrainingJob, request, ThrottledOnly, cancellationToken);

        /// <summary>Describes a training job. Retried on throttling and transient failures.</summary>
        /// <exception cref="SageMakerServiceException">The service answered with an error (a missing job is a <c>ValidationException</c>).</exception>
        /// <exception cref="SageMakerUnavailableException">No usable answer came back.</exception>
        /// <exception cref="SageMakerConfigurationException">No region or credentials resolved; nothing was sent.</exception>
        public Task<DescribeTrainingJobResponse> DescribeTrainingJobAsync(DescribeTrainingJobRequest request, CancellationToken cancellationToken = default) =>
            InvokeAsync<DescribeTrainingJobResponse>(Operations.DescribeTrainingJob, request, AnyTransient, cancellationToken);

        /// <summary>Lists training jobs (one page). Retried on throttling and transient failures.</summary>
        /// <exception cref="SageMakerException">The call failed.</exception>
        public Task<ListTrainingJobsResponse> ListTrainingJobsAsync(ListTrainingJobsRequest request, CancellationToken cancellationToken = default) =>
            InvokeAsync<ListTrainingJobsResponse>(Operations.ListTrainingJobs, request, AnyTransient, cancellationToken);

        /// <summary>Asks SageMaker to stop a training job (it goes to <c>Stopping</c>, then <c>Stopped</c>). Retried only when throttled.</summary>
        /// <exception cref="SageMakerException">The call failed.</exception>
        public Task StopTrainingJobAsync(StopTrainingJobRequest request, CancellationToken cancellationToken = default) =>
            InvokeWithoutResponseAsync(Operations.StopTrainingJob, request, ThrottledOnly, cancellationToken);

        /// <summary>Starts a hyperparameter tuning job. Retried only when throttled. Build and check it first with the algorithm's generated job builder.</summary>
        /// <exception cref="SageMakerException">The call failed.</exception>
        public Task<CreateHyperParameterTuningJobResponse> CreateHyperParameterTuningJobAsync(CreateHyperParameterTuningJobRequest request, CancellationToken cancellationToken = default) =>
            InvokeAsync<CreateHyperParameterTuningJobResponse>(Operations.CreateHyperParameterTuningJob, request, ThrottledOnly, cancellationToken);

        /// <summary>Describes a hyperparameter tuning job. Retried on throttling and transient failures.</summary>
        /// <exception cref="SageMakerException">The call failed.</exception>
        public Task<DescribeHyperParameterTuningJobResponse> DescribeHyperParameterTuningJobAsync(DescribeHyperParameterTuningJobRequest request, CancellationToken cancellationToken = default) =>
            InvokeAsync<DescribeHyperParameterTuningJobResponse>(Operations.DescribeHyperParameterTuningJob, request, AnyTransient, cancellationToken);

        /// <summary>Lists hyperparameter tuning jobs (one page). Retried on throttling and transient failures.</summary>
        /// <exception cref="SageMakerException">The call failed.</exception>
        public Task<ListHyperParameterTuningJobsResponse> ListHyperParameterTuningJobsAsync(ListHyperParameterTuningJobsRequest request, CancellationToken cancellationToken = default) =>
            InvokeAsync<ListHyperParameterTuningJobsResponse>(Operations.ListHyperParameterTuningJobs, request, AnyTransient, cancellationToken);

        /// <summary>Asks SageMaker to stop a tuning job and its training jobs. Retried only when throttled.</summary>
        /// <exception cref="SageMakerException">The call failed.</exception>
        public Task StopHyperParameterTuningJobAsync(StopHyperParameterTuningJobRequest request, CancellationToken cancellationToken = default) =>
            InvokeWithoutResponseAsync(Operations.StopHyperParameterTuningJob, request, ThrottledOnly, cancellationToken);

        /// <summary>Starts a batch transform job. Retried only when throttled. Build and check it first with the algorithm's generated job builder.</summary>
        /// <exception cref="SageMakerException">The call failed.</exception>
        public Task<CreateTransformJobResponse> CreateTransformJobAsync(CreateTransformJobRequest request, CancellationToken cancellationToken = default) =>
            InvokeAsync<CreateTransformJobResponse>(Operations.CreateTransformJob, request, ThrottledOnly, cancellationToken);

        /// <summary>Describes a transform job. Retried on throttling and transient failures.</summary>
        /// <exception cref="SageMakerException">The call failed.</exception>
        public Task<DescribeTransformJobResponse> DescribeTransformJobAsync(DescribeTransformJobRequest request, CancellationToken cancellationToken = default) =>
            InvokeAsync<DescribeTransformJobResponse>(Operations.DescribeTransformJob, request, AnyTransient, cancellationToken);

        /// <summary>Lists transform jobs (one page). Retried on throttling and transient failures.</summary>
        /// <exception cref="SageMakerException">The call failed.</exception>
        public Task<ListTransformJobsResponse> ListTransformJobsAsync(ListTransformJobsRequest request, CancellationToken cancellationToken = default) =>
            InvokeAsync<ListTransformJobsResponse>(Operations.ListTransformJobs, request, AnyTransient, cancellationToken);

        /// <summary>Asks SageMaker to stop a transform job. Retried only when throttled.</summary>
        /// <exception cref="SageMakerException">The call failed.</exception>
        public Task StopTransformJobAsync(StopTransformJobRequest request, CancellationToken cancellationToken = default) =>
            InvokeWithoutResponseAsync(Operations.StopTransformJob, request, ThrottledOnly, cancellationToken);

        /// <summary>Creates a model (for a model made from the algorithm: a container naming its model package). Retried only when throttled.</summary>
        /// <exception cref="SageMakerException">The call failed.</exception>
        public Task<CreateModelResponse> CreateModelAsync(CreateModelRequest request, CancellationToken cancellationToken = default) =>
            InvokeAsync<CreateModelResponse>(Operations.CreateModel, request, ThrottledOnly, cancellationToken);

        /// <summary>Describes a model. Retried on throttling and transient failures.</summary>
        /// <exception cref="SageMakerException">The call failed.</exception>
        public Task<DescribeModelResponse> DescribeModelAsync(DescribeModelRequest request, CancellationToken cancellationToken = default) =>
            InvokeAsync<DescribeModelResponse>(Operations.DescribeModel, request, AnyTransient, cancellationToken);

        /// <summary>Deletes a model. Retried only when throttled.</summary>
        /// <exception cref="SageMakerException">The call failed.</exception>
        public Task DeleteModelAsync(DeleteModelRequest request, CancellationToken cancellationToken = default) =>
            InvokeWithoutResponseAsync(Operations.DeleteModel, request, ThrottledOnly, cancellationToken);

        /// <summary>Creates a model package (for one made from the algorithm: <c>SourceAlgorithmSpecification</c> naming it and a training job's model artifacts). Retried only when throttled.</summary>
        /// <exception cref="SageMakerException">The call failed.</exception>
        public Task<CreateModelPackageResponse> CreateModelPackageAsync(CreateModelPackageRequest request, CancellationToken cancellationToken = default) =>
            InvokeAsync<CreateModelPackageResponse>(Operations.CreateModelPackage, request, ThrottledOnly, cancellationToken);

        /// <summary>Describes a model package. Retried on throttling and transient failures.</summary>
        /// <exception cref="SageMakerException">The call failed.</exception>
        public Task<DescribeModelPackageResponse> DescribeModelPackageAsync(DescribeModelPackageRequest request, CancellationToken cancellationToken = default) =>
            InvokeAsync<DescribeModelPackageResponse>(Operations.DescribeModelPackage, request, AnyTransient, cancellationToken);

        private static bool ThrottledOnly(FailureKind kind) => kind == FailureKind.Throttled;

        private static bool AnyTransient(FailureKind kind) => kind != FailureKind.Permanent;

        private async Task InvokeWithoutResponseAsync(string operation, IApiShape request, Func<FailureKind, bool> retryWhen, CancellationToken cancellationToken)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            await ExecuteAsync(operation, (attempt, token) => SendAsync(operation, request, attempt, token), retryWhen, cancellationToken).ConfigureAwait(false);
        }
    }

    internal static partial class Operations
    {
        public const string CreateTrainingJob = "CreateTrainingJob";
        public const string DescribeTrainingJob = "DescribeTrainingJob";
        public const string ListTrainingJobs = "ListTrainingJobs";
        public const string StopTrainingJob = "StopTrainingJob";
        public const string CreateHyperParameterTuningJob = "CreateHyperParameterTuningJob";
        public const string DescribeHyperParameterTuningJob = "DescribeHyperParameterTuningJob";
        public const string ListHyperParameterTuningJobs = "ListHyperParameterTuningJobs";
        public const string StopHyperParameterTuningJob = "StopHyperParameterTuningJob";
        public const string CreateTransformJob = "CreateTransformJob";
        public const string DescribeTransformJob = "DescribeTransformJob";
        public const string ListTransformJobs = "ListTransformJobs";
        public const string StopTransformJob = "StopTransformJob";
        public const string CreateModel = "CreateModel";
        public const string DescribeModel = "DescribeModel";
        public const string DeleteModel = "DeleteModel";
        public const string CreateModelPackage = "CreateModelPackage";
        public const string DescribeModelPackage = "DescribeModelPackage";
    }
}
