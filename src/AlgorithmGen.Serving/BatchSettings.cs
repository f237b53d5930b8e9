using System;

namespace AlgorithmGen.Serving
{
    /// <summary>
    /// Batch transform settings the container reports on <c>GET /execution-parameters</c>. A null member is taken from
    /// the next source: <see cref="ServingHostOptions.Batch"/>, then the algorithm's declared settings, then the defaults
    /// (<see cref="ExecutionParameters.Default"/>). A transform job's own settings win over all of these: SageMaker asks
    /// the container only for what the job leaves unset.
    /// </summary>
    public sealed class BatchSettings
    {
        /// <summary>Settings with every member unset.</summary>
        public BatchSettings()
        {
        }

        /// <summary>Called by generated code.</summary>
        public BatchSettings(int? maxConcurrentTransforms, BatchStrategy? batchStrategy, int? maxPayloadInMB)
        {
            MaxConcurrentTransforms = maxConcurrentTransforms;
            BatchStrategy = batchStrategy;
            MaxPayloadInMB = maxPayloadInMB;
        }

        /// <summary><c>MaxConcurrentTransforms</c>: the most <c>/invocations</c> requests a transform job sends at once (1 or more).</summary>
        public int? MaxConcurrentTransforms { get; set; }

        /// <summary><c>BatchStrategy</c>: one record per request, or as many as fit in <see cref="MaxPayloadInMB"/>.</summary>
        public BatchStrategy? BatchStrategy { get; set; }

        /// <summary><c>MaxPayloadInMB</c>: the largest request body of a transform job, 0 to 100 (0: unbounded, sent chunked).</summary>
        public int? MaxPayloadInMB { get; set; }
    }

    /// <summary>The answer to <c>GET /execution-parameters</c>, every member resolved.</summary>
    /// <param name="MaxConcurrentTransforms">At least 1; with <paramref name="MaxPayloadInMB"/> at most 100 in product, as the API requires.</param>
    /// <param name="BatchStrategy">The strategy.</param>
    /// <param name="MaxPayloadInMB">0 to 100.</param>
    public sealed record ExecutionParameters(int MaxConcurrentTransforms, BatchStrategy BatchStrategy, int MaxPayloadInMB)
    {
        /// <summary>
        /// What a container reports when nothing is declared or configured: one transform per processor, MultiRecord (what
        /// the SageMaker Python SDK's local mode assumes), 6 MB (the API's default <c>MaxPayloadInMB</c>).
        /// </summary>
        public static ExecutionParameters Default => new(Math.Max(1, Environment.ProcessorCount), BatchStrategy.MultiRecord, 6);

        /// <summary>
        /// Resolves each member from the first source that sets it. <c>MaxConcurrentTransforms × MaxPayloadInMB</c> may
        /// not exceed 100 (the API's rule): the concurrency is lowered to fit.
        /// </summary>
        public static ExecutionParameters Resolve(BatchSettings? configured, BatchSettings? declared)
        {
            ExecutionParameters fallback = Default;
            int payload = Clamp(configured?.MaxPayloadInMB ?? declared?.MaxPayloadInMB ?? fallback.MaxPayloadInMB, 0, 100);
            int concurrency = Math.Max(1, configured?.MaxConcurrentTransforms ?? declared?.MaxConcurrentTransforms ?? fallback.MaxConcurrentTransforms);
            if (payload > 0)
            {
                concurrency = Math.Min(concurrency, Math.Max(1, 100 / payload));
            }

            return new ExecutionParameters(concurrency, configured?.BatchStrategy ?? declared?.BatchStrategy ?? fallback.BatchStrategy, payload);
        }

        /// <summary>The JSON SageMaker reads: <c>{"MaxConcurrentTransforms":4,"BatchStrategy":"MULTI_RECORD","MaxPayloadInMB":6}</c>.</summary>
        public string ToJson() =>
            "{\"MaxConcurrentTransforms\":" + MaxConcurrentTransforms.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + ",\"BatchStrategy\":\"" + (BatchStrategy == BatchStrategy.SingleRecord ? "SINGLE_RECORD" : "MULTI_RECORD")
            + "\",\"MaxPayloadInMB\":" + MaxPayloadInMB.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";

        private static int Clamp(int value, int min, int max) => value < min ? min : value > max ? max : value;
    }
}
