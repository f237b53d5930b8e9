using System;
using Amazon.Runtime;

namespace AlgorithmGen.Client
{
    /// <summary>
    /// Where and as whom <see cref="SageMakerClient"/> calls SageMaker. Every member is optional: unset ones come from
    /// the environment the way the AWS SDKs and CLI resolve them.
    /// </summary>
    public sealed class SageMakerClientOptions
    {
        /// <summary>
        /// The AWS region, e.g. <c>eu-west-1</c>. When null, AWSSDK.Core's region chain decides
        /// (<c>AWS_REGION</c>, the profile's <c>region</c>, instance metadata).
        /// </summary>
        public string? Region { get; set; }

        /// <summary>
        /// The endpoint to call instead of <c>https://api.sagemaker.&lt;region&gt;.&lt;partition DNS suffix&gt;/</c>. When
        /// null, the AWS SDK convention applies: <c>AWS_ENDPOINT_URL_SAGEMAKER</c>, then <c>AWS_ENDPOINT_URL</c> (both
        /// ignored when <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS</c> is <c>true</c>).
        /// </summary>
        public Uri? EndpointUrl { get; set; }

        /// <summary>
        /// The credentials to sign with. When null, <see cref="Profile"/> or else AWSSDK.Core's default chain decides
        /// (environment variables, web identity, shared profiles including SSO and credential processes, container and
        /// instance metadata).
        /// </summary>
        public AWSCredentials? Credentials { get; set; }

        /// <summary>A named profile of the shared AWS config and credentials files, used when <see cref="Credentials"/> is null.</summary>
        public string? Profile { get; set; }

        /// <summary>How failed attempts are retried.</summary>
        public SageMakerRetryOptions Retry { get; set; } = new SageMakerRetryOptions();
    }

    /// <summary>
    /// Retries of throttled and transiently failed calls: exponential backoff with jitter, bounded by a number of
    /// attempts and by a total time. The defaults follow the AWS SDKs' standard retry mode.
    /// </summary>
    public sealed class SageMakerRetryOptions
    {
        /// <summary>Requests sent at most for one operation, the first included (1 turns retries off). Default 5.</summary>
        public int MaxAttempts { get; set; } = 5;

        /// <summary>The median delay before the first retry; later ones grow exponentially, with jitter. Default 200 ms.</summary>
        public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

        /// <summary>The longest delay between two attempts. Default 20 s (the AWS SDKs' cap).</summary>
        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

        /// <summary>How long one attempt may take, from sending the request to reading the whole response. Default 30 s.</summary>
        public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>How long one operation may take, attempts and delays included. Default 2 minutes.</summary>
        public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

        internal void Validate()
        {
            if (MaxAttempts < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxAttempts), MaxAttempts, "At least one attempt is needed.");
            }

            if (BaseDelay < TimeSpan.Zero || MaxDelay < BaseDelay)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxDelay), MaxDelay, "Delays must be non-negative and MaxDelay at least BaseDelay.");
            }

            // Polly's timeout strategy accepts (10 ms, 24 h).
            if (AttemptTimeout <= TimeSpan.FromMilliseconds(10) || TotalTimeout <= TimeSpan.FromMilliseconds(10)
                || AttemptTimeout >= TimeSpan.FromHours(24) || TotalTimeout >= TimeSpan.FromHours(24))
            {
                throw new ArgumentOutOfRangeException(nameof(AttemptTimeout), "AttemptTimeout and TotalTimeout must lie between 10 ms and 24 h.");
            }
        }
    }
}
