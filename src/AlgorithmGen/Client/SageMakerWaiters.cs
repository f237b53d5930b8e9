using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AlgorithmGen.Client
{
    /// <summary>How a waiter polls: exponential backoff with jitter between describes, bounded by a total time.</summary>
    public sealed class WaiterOptions
    {
        /// <summary>The delay before the second describe; later delays double, with jitter. Default 5 s.</summary>
        public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>The longest delay between two describes. Default 60 s.</summary>
        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>How long to wait in all before giving up with <see cref="WaiterTimeoutException"/>. Default 3 hours.</summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromHours(3);

        /// <summary>Where each status change is logged; nothing is logged when null.</summary>
        public ILogger? Logger { get; set; }

        internal void Validate()
        {
            if (InitialDelay < TimeSpan.Zero || MaxDelay < InitialDelay || Timeout <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(Timeout), "Delays must be non-negative, MaxDelay at least InitialDelay and Timeout positive.");
            }
        }
    }

    /// <summary>A job or an algorithm ended in a failed state. <see cref="Exception.Message"/> carries the service's <c>FailureReason</c> verbatim.</summary>
    public sealed class SageMakerResourceFailedException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public SageMakerResourceFailedException(string resourceKind, string resourceName, string status, string? failureReason, IReadOnlyList<string>? details = null)
            : base(resourceKind + " '" + resourceName + "' ended " + status + ": " + (failureReason ?? "(no FailureReason given)")
                + (details is { Count: > 0 } ? Environment.NewLine + string.Join(Environment.NewLine, details.Select(d => "  " + d)) : string.Empty))
        {
            ResourceKind = resourceKind;
            ResourceName = resourceName;
            Status = status;
            FailureReason = failureReason;
            Details = details ?? Array.Empty<string>();
        }

        /// <summary>What failed: <c>Training job</c>, <c>Tuning job</c>, <c>Transform job</c> or <c>Algorithm</c>.</summary>
        public string ResourceKind { get; }

        /// <summary>The job's or algorithm's name.</summary>
        public string ResourceName { get; }

        /// <summary>The terminal status (<c>Failed</c>, or <c>Stopped</c> when the waiter was asked to treat it as failure).</summary>
        public string Status { get; }

        /// <summary>The service's <c>FailureReason</c>, as sent.</summary>
        public string? FailureReason { get; }

        /// <summary>For an algorithm: each validation and image-scan status, one line each (<c>validation smoke-test: Failed: ...</c>).</summary>
        public IReadOnlyList<string> Details { get; }
    }

    /// <summary>A waiter gave up: the resource did not reach a terminal status within <see cref="WaiterOptions.Timeout"/>.</summary>
    public sealed class WaiterTimeoutException : TimeoutException
    {
        /// <summary>Creates the exception.</summary>
        public WaiterTimeoutException(string resourceKind, string resourceName, string? lastStatus, TimeSpan waited, int describes)
            : base(resourceKind + " '" + resourceName + "' was still " + (lastStatus ?? "(no status)") + " after " + waited.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)
                + " s (" + describes + " describe(s)); raise WaiterOptions.Timeout to wait longer. The resource itself was not stopped.")
        {
            ResourceKind = resourceKind;
            ResourceName = resourceName;
            LastStatus = lastStatus;
        }

        /// <summary>What was waited for.</summary>
        public string ResourceKind { get; }

        /// <summary>The job's or algorithm's name.</summary>
        public string ResourceName { get; }

        /// <summary>The last status seen.</summary>
        public string? LastStatus { get; }
    }

    /// <summary>
    /// Waiters: describe a job or algorithm with backoff until it reaches a terminal status. A completed resource
    /// returns its last description; a failed one throws <see cref="SageMakerResourceFailedException"/> with the
    /// service's <c>FailureReason</c> verbatim. Throttled and transiently failed describes are retried by the client,
    /// and a describe that still fails that way only delays the next poll.
    /// </summary>
    public static class SageMakerWaiters
    {
        /// <summary>Waits until the training job is <c>Completed</c> (returned), <c>Stopped</c> (returned) or <c>Failed</c> (thrown).</summary>
        /// <exception cref="SageMakerResourceFailedException">The job failed.</exception>
        /// <exception cref="WaiterTimeoutException">The job was still running after <see cref="WaiterOptions.Timeout"/>.</exception>
        public static Task<DescribeTrainingJobResponse> WaitForTrainingJobAsync(this SageMakerClient client, string trainingJobName, WaiterOptions? options = null, CancellationToken cancellationToken = default) =>
            PollAsync(
                "Training job", trainingJobName,
                token => Client(client).DescribeTrainingJobAsync(new DescribeTrainingJobRequest { TrainingJobName = trainingJobName }, token),
                d => d.TrainingJobStatus + (d.SecondaryStatus is null ? string.Empty : " (" + d.SecondaryStatus + ")"),
                d => JobEnded("Training job", trainingJobName, d.TrainingJobStatus, d.FailureReason),
                options, cancellationToken);

        /// <summary>Waits until the tuning job is <c>Completed</c> or <c>Stopped</c> (returned) or <c>Failed</c> (thrown).</summary>
        /// <exception cref="SageMakerResourceFailedException">The tuning job failed.</exception>
        /// <exception cref="WaiterTimeoutException">The tuning job was still running after <see cref="WaiterOptions.Timeout"/>.</exception>
        public static Task<DescribeHyperParameterTuningJobResponse> WaitForHyperParameterTuningJobAsync(this SageMakerClient client, string tuningJobName, WaiterOptions? options = null, CancellationToken cancellationToken = default) =>
            PollAsync(
                "Tuning job", tuningJobName,
                token => Client(client).DescribeHyperParameterTuningJobAsync(new DescribeHyperParameterTuningJobRequest { HyperParameterTuningJobName = tuningJobName }, token),
                d => d.HyperParameterTuningJobStatus,
                d => JobEnded("Tuning job", tuningJobName, d.HyperParameterTuningJobStatus, d.FailureReason),
                options, cancellationToken);

        /// <summary>Waits until the transform job is <c>Completed</c> or <c>Stopped</c> (returned) or <c>Failed</c> (thrown).</summary>
        /// <exception cref="SageMakerResourceFailedException">The transform job failed.</exception>
        /// <exception cref="WaiterTimeoutException">The transform job was still running after <see cref="WaiterOptions.Timeout"/>.</exception>
        public static Task<DescribeTransformJobResponse> WaitForTransformJobAsync(this SageMakerClient client, string transformJobName, WaiterOptions? options = null, CancellationToken cancellationToken = default) =>
            PollAsync(
                "Transform job", transformJobName,
                token => Client(client).DescribeTransformJobAsync(new DescribeTransformJobRequest { TransformJobName = transformJobName }, token),
                d => d.TransformJobStatus,
                d => JobEnded("Transform job", transformJobName, d.TransformJobStatus, d.FailureReason),
                options, cancellationToken);

        /// <summary>
        /// Waits, after <c>CreateAlgorithm</c>, until the algorithm is <c>Completed</c> (returned) or <c>Failed</c>
        /// (thrown, with each validation and image-scan status of <c>AlgorithmStatusDetails</c> and its failure reason).
        /// Every change of status or of a detail is logged to <see cref="WaiterOptions.Logger"/>.
        /// </summary>
        /// <exception cref="SageMakerResourceFailedException">Validation (or the image scan) failed, or the algorithm is being deleted.</exception>
        /// <exception cref="WaiterTimeoutException">The algorithm was still Pending or InProgress after <see cref="WaiterOptions.Timeout"/>.</exception>
        public static Task<DescribeAlgorithmResponse> WaitForAlgorithmAsync(this SageMakerClient client, string algorithmNameOrArn, WaiterOptions? options = null, CancellationToken cancellationToken = default) =>
            PollAsync(
                "Algorithm", algorithmNameOrArn,
                token => Client(client).DescribeAlgorithmAsync(new DescribeAlgorithmRequest { AlgorithmName = algorithmNameOrArn }, token),
                d => d.AlgorithmStatus + (Details(d).Count == 0 ? string.Empty : " [" + string.Join("; ", Details(d)) + "]"),
                d => d.AlgorithmStatus == "Completed" ? true
                    : d.AlgorithmStatus is "Failed" or "Deleting"
                        ? throw Failed("Algorithm", algorithmNameOrArn, d.AlgorithmStatus, FirstFailure(d) ?? d.AlgorithmStatus + " with no validation or image-scan failure reason", Details(d))
                        : false,
                options, cancellationToken);

        /// <summary>Each validation and image-scan status of an algorithm, one line each: <c>validation smoke-test: Failed: reason</c>.</summary>
        public static IReadOnlyList<string> Details(DescribeAlgorithmResponse description)
        {
            if (description is null)
            {
                throw new ArgumentNullException(nameof(description));
            }

            AlgorithmStatusDetails? details = description.AlgorithmStatusDetails;
            return (details?.ValidationStatuses ?? new List<AlgorithmStatusItem>()).Select(s => "validation " + Line(s))
                .Concat((details?.ImageScanStatuses ?? new List<AlgorithmStatusItem>()).Select(s => "image scan " + Line(s)))
                .ToArray();
        }

        private static string Line(AlgorithmStatusItem item) => item.Name + ": " + item.Status + (item.FailureReason is null ? string.Empty : ": " + item.FailureReason);

        private static string? FirstFailure(DescribeAlgorithmResponse description) =>
            (description.AlgorithmStatusDetails?.ValidationStatuses ?? new List<AlgorithmStatusItem>())
                .Concat(description.AlgorithmStatusDetails?.ImageScanStatuses ?? new List<AlgorithmStatusItem>())
                .Select(s => s.FailureReason)
                .FirstOrDefault(reason => reason is not null);

        private static SageMakerClient Client(SageMakerClient client) => client ?? throw new ArgumentNullException(nameof(client));

        /// <summary>Whether a job in <paramref name="status"/> has ended: <c>Completed</c> or <c>Stopped</c>; <c>Failed</c> is thrown.</summary>
        private static bool JobEnded(string kind, string name, string? status, string? failureReason) =>
            status is "Completed" or "Stopped" || (status == "Failed" ? throw Failed(kind, name, status, failureReason) : false);

        private static SageMakerResourceFailedException Failed(string kind, string name, string? status, string? reason, IReadOnlyList<string>? details = null) =>
            new SageMakerResourceFailedException(kind, name, status ?? "Failed", reason, details);

        private static async Task<T> PollAsync<T>(
            string kind, string name, Func<CancellationToken, Task<T>> describe, Func<T, string?> status, Func<T, bool> isDone, WaiterOptions? options, CancellationToken cancellationToken)
        {
            if (name is null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            options ??= new WaiterOptions();
            options.Validate();
            ILogger logger = options.Logger ?? NullLogger.Instance;
            var random = new Random();
            Stopwatch elapsed = Stopwatch.StartNew();
            TimeSpan delay = options.InitialDelay;
            string? lastStatus = null;
            int describes = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    describes++;
                    T description = await describe(cancellationToken).ConfigureAwait(false);
                    string? current = status(description);
                    if (current != lastStatus)
                    {
                        logger.LogInformation("{Kind} {Name}: {Status}", kind, name, current);
                        lastStatus = current;
                    }

                    if (isDone(description))
                    {
                        return description;
                    }
                }
                catch (SageMakerException exception) when (IsWorthAnotherPoll(exception, cancellationToken))
                {
                    // The client has already retried with its own backoff; the waiter keeps polling until its timeout.
                    logger.LogWarning("{Kind} {Name}: describe failed ({Failure}); polling again", kind, name, FailureClassifier.Describe(exception));
                }

                TimeSpan left = options.Timeout - elapsed.Elapsed;
                if (left <= TimeSpan.Zero)
                {
                    throw new WaiterTimeoutException(kind, name, lastStatus, elapsed.Elapsed, describes);
                }

                // Full backoff with ±20 % jitter, never past the deadline.
                double jitter = 0.8 + (0.4 * random.NextDouble());
                TimeSpan wait = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * jitter, left.TotalMilliseconds));
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, options.MaxDelay.TotalMilliseconds));
            }
        }

        private static bool IsWorthAnotherPoll(SageMakerException exception, CancellationToken cancellationToken) =>
            exception is SageMakerUnavailableException
            || (exception is SageMakerServiceException && FailureClassifier.Classify(exception, cancellationToken) != FailureKind.Permanent);
    }
}
