using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace AlgorithmGen.Serving
{
    /// <summary>
    /// How <see cref="ServingHost"/> serves. The command line wins where it sets the same thing (<c>--model</c>,
    /// <c>--port</c>, <c>--verbose</c>), and SageMaker's variables win over these defaults
    /// (<c>SAGEMAKER_BIND_TO_PORT</c>, <c>SAGEMAKER_MAX_PAYLOAD_IN_MB</c>).
    /// </summary>
    public sealed class ServingHostOptions
    {
        /// <summary>
        /// The model folder. Null: <c>$SAGEMAKER_BASE_DIR/model</c> when that variable is set, else <c>/opt/ml/model</c>,
        /// where SageMaker extracts the model archive before the container starts.
        /// </summary>
        public string? ModelDirectory { get; set; }

        /// <summary>The port when <c>SAGEMAKER_BIND_TO_PORT</c> is not set. Null: 8080, the port SageMaker calls.</summary>
        public int? Port { get; set; }

        /// <summary>
        /// What <c>GET /execution-parameters</c> reports, member by member over the algorithm's declared settings (its
        /// validation profile's transform job) and the defaults. Null: the declared settings and the defaults.
        /// </summary>
        public BatchSettings? Batch { get; set; }

        /// <summary>
        /// The largest request body accepted, in bytes; larger ones get 413. Null: 6 MiB (InvokeEndpoint's limit), or in a
        /// batch transform job (<c>SAGEMAKER_BATCH</c>) <c>SAGEMAKER_MAX_PAYLOAD_IN_MB</c> or the reported
        /// <c>MaxPayloadInMB</c> (0: no limit).
        /// </summary>
        public long? MaxRequestBodySize { get; set; }

        /// <summary>The least severe log entry written (default <see cref="LogLevel.Information"/>; <c>--verbose</c> and <c>ALGORITHMGEN_LOG_LEVEL</c> override it).</summary>
        public LogLevel MinimumLogLevel { get; set; } = LogLevel.Information;

        /// <summary>
        /// How long a stop (SIGTERM) waits for in-flight requests before the host gives up on them. Default 25 s: SageMaker
        /// sends SIGKILL 30 s after SIGTERM.
        /// </summary>
        public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(25);

        /// <summary>Changes the ASP.NET Core builder before the application is built (services, logging, Kestrel).</summary>
        public Action<WebApplicationBuilder>? ConfigureBuilder { get; set; }
    }
}
