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
        /// When AWS is not configured (no region or no credentials resolve), register in dry-run mode instead of
        /// failing, and log why. Off by default: in production a missing configuration should be an error.
        /// </summary>
        public bool DryRunWhenAwsIsNotConfigured { get; set; }
    }
}
