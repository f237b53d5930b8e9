using System;
using System.Collections.Generic;

namespace AlgorithmGen.Hosting
{
    /// <summary>What <c>AddSageMakerAlgorithms</c> registers at startup, and how.</summary>
    public sealed class SageMakerAlgorithmsOptions
    {
        /// <summary>The algorithms to register, typically <c>AlgorithmGen.Generated.AlgorithmCatalog.All</c>.</summary>
        public IList<AlgorithmDefinition> Algorithms { get; } = new List<AlgorithmDefinition>();

        /// <summary>
        /// Dry run, output directory, per-stage <c>Configure</c>, conflict behaviour, concurrency and the client's
        /// region, endpoint, credentials and retries. <see cref="AlgorithmRegistrationOptions.Client"/> and
        /// <see cref="AlgorithmRegistrationOptions.Logger"/> are supplied by the host (IHttpClientFactory, ILogger)
        /// and ignored here.
        /// </summary>
        public AlgorithmRegistrationOptions Registration { get; set; } = new AlgorithmRegistrationOptions();

        /// <summary>
        /// Fail the application's start when an algorithm cannot be registered (default <c>true</c>): a service that
        /// depends on its algorithms should not run without them. When false, failures are logged and the application starts.
        /// </summary>
        public bool FailStartupOnError { get; set; } = true;

        /// <summary>
        /// Hides a missing AWS region or missing credentials: when either resolves nowhere, registration silently becomes
        /// a dry run (validate and write payloads, send nothing), the application starts as if registered, and the only
        /// signs are a warning in the log and <see cref="AlgorithmRegistrationStatus.DryRunReason"/>. Off by default:
        /// turn it on only for demos and local development, never where a deployment depends on the algorithms existing.
        /// Malformed settings (an invalid endpoint URL, retry mode, attempts or FIPS/dual-stack flag) are errors either way.
        /// </summary>
        public bool DryRunWhenRegionOrCredentialsAreMissing { get; set; }

        /// <summary>The former name of <see cref="DryRunWhenRegionOrCredentialsAreMissing"/>, which says what it hides.</summary>
        [Obsolete("Use DryRunWhenRegionOrCredentialsAreMissing: it skips registration, silently, when the region or credentials are missing.")]
        public bool DryRunWhenAwsIsNotConfigured
        {
            get => DryRunWhenRegionOrCredentialsAreMissing;
            set => DryRunWhenRegionOrCredentialsAreMissing = value;
        }
    }
}
