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
        /// The AWS region, e.g. <c>eu-west-1</c>. When null: <c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>, the profile's
        /// <c>region</c>, then AWSSDK.Core's region chain (instance metadata).
        /// </summary>
        public string? Region { get; set; }

        /// <summary>
        /// The endpoint to call instead of SageMaker's regional one. When null, the AWS SDK and CLI convention applies:
        /// <c>AWS_ENDPOINT_URL_SAGEMAKER</c>, <c>AWS_ENDPOINT_URL</c>, then the profile's <c>endpoint_url</c> for
        /// <c>sagemaker</c> in its <c>services</c> section and its own <c>endpoint_url</c> (all ignored when
        /// <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS</c> or the profile's <c>ignore_configured_endpoint_urls</c> is
        /// <c>true</c>). A configured endpoint wins over <see cref="UseFipsEndpoint"/> and <see cref="UseDualStackEndpoint"/>.
        /// </summary>
        public Uri? EndpointUrl { get; set; }

        /// <summary>
        /// Call SageMaker's FIPS 140 endpoint (<c>api-fips.sagemaker.REGION.amazonaws.com</c>). When null:
        /// <c>AWS_USE_FIPS_ENDPOINT</c>, then the profile's <c>use_fips_endpoint</c>, else false.
        /// </summary>
        public bool? UseFipsEndpoint { get; set; }

        /// <summary>
        /// Call SageMaker's dual-stack (IPv4 and IPv6) endpoint (<c>api.sagemaker.REGION.api.aws</c>). When null:
        /// <c>AWS_USE_DUALSTACK_ENDPOINT</c>, then the profile's <c>use_dualstack_endpoint</c>, else false.
        /// </summary>
        public bool? UseDualStackEndpoint { get; set; }

        /// <summary>
        /// The credentials to sign with. When null, <see cref="Profile"/> or else AWSSDK.Core's default chain decides
        /// (environment variables, web identity, shared profiles including SSO and credential processes, container and
        /// instance metadata).
        /// </summary>
        public AWSCredentials? Credentials { get; set; }

        /// <summary>
        /// The profile of the shared AWS config and credentials files (<c>AWS_CONFIG_FILE</c>,
        /// <c>AWS_SHARED_CREDENTIALS_FILE</c>) to read settings and, when <see cref="Credentials"/> is null, credentials
        /// from. When null: <c>AWS_PROFILE</c>, else <c>default</c>.
        /// </summary>
        public string? Profile { get; set; }

        /// <summary>How failed attempts are retried.</summary>
        public SageMakerRetryOptions Retry { get; set; } = new SageMakerRetryOptions();
    }

    /// <summary>The AWS SDKs' retry modes (<c>retry_mode</c> / <c>AWS_RETRY_MODE</c>).</summary>
    public enum SageMakerRetryMode
    {
        /// <summary>Exponential backoff with full jitter; 3 attempts unless configured.</summary>
        Standard,

        /// <summary>
        /// <see cref="Standard"/> plus a client-side rate limiter: after throttling, the client sends no faster than
        /// the service accepted, and raises its rate again as calls succeed. For a client that calls one throttled resource.
        /// </summary>
        Adaptive,

        /// <summary>The retries of older SDKs: the same backoff, 5 attempts unless configured.</summary>
        Legacy,
    }

    /// <summary>
    /// Retries of throttled and transiently failed calls, following the AWS SDKs: the mode and the number of attempts
    /// come from these options, else <c>AWS_RETRY_MODE</c> / <c>AWS_MAX_ATTEMPTS</c>, else the profile's
    /// <c>retry_mode</c> / <c>max_attempts</c>, else standard mode with 3 attempts. The delay before retry <c>i</c>
    /// (from 0) is <c>random(0, 1) × BaseDelay × 2^i</c>, at most <see cref="MaxDelay"/> (full jitter), and the whole
    /// operation is bounded by <see cref="TotalTimeout"/>.
    /// </summary>
    public sealed class SageMakerRetryOptions
    {
        /// <summary>The retry mode; null takes it from the environment or the profile (default standard).</summary>
        public SageMakerRetryMode? Mode { get; set; }

        /// <summary>
        /// Requests sent at most for one operation, the first included (1 turns retries off); null takes
        /// <c>AWS_MAX_ATTEMPTS</c> or the profile's <c>max_attempts</c>, else 3 (5 in legacy mode).
        /// </summary>
        public int? MaxAttempts { get; set; }

        /// <summary>The most the first retry waits; each later one may wait twice as long. Default 1 s (the AWS SDKs' base).</summary>
        public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

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

            if (Mode is { } mode && !Enum.IsDefined(typeof(SageMakerRetryMode), mode))
            {
                throw new ArgumentOutOfRangeException(nameof(Mode), mode, "Not a retry mode.");
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
