using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace AlgorithmGen.Serving.Host
{
    /// <summary>
    /// The host's settings after the command line, the options, the environment and the algorithm's contract are
    /// combined. One instance per application, registered as a service (tests replace it).
    /// </summary>
    internal sealed class ServingSettings
    {
        /// <summary>SageMaker's port variable for multi-container endpoints and inference pipelines.</summary>
        public const string PortVariable = "SAGEMAKER_BIND_TO_PORT";

        public const string BaseDirectoryVariable = "SAGEMAKER_BASE_DIR";

        public const string BatchVariable = "SAGEMAKER_BATCH";

        public const string MaxPayloadVariable = "SAGEMAKER_MAX_PAYLOAD_IN_MB";

        public const string LogLevelVariable = "ALGORITHMGEN_LOG_LEVEL";

        public ServingSettings(string algorithmName, IReadOnlyList<string> contentTypes, IReadOnlyList<string> responseTypes, ExecutionParameters executionParameters)
        {
            AlgorithmName = algorithmName;
            ContentTypes = new MediaTypeList(contentTypes);
            ResponseTypes = new MediaTypeList(responseTypes);
            ExecutionParameters = executionParameters;
        }

        public string AlgorithmName { get; }

        /// <summary>The declared <c>SupportedContentTypes</c>.</summary>
        public MediaTypeList ContentTypes { get; }

        /// <summary>The declared <c>SupportedResponseMIMETypes</c>.</summary>
        public MediaTypeList ResponseTypes { get; }

        public ExecutionParameters ExecutionParameters { get; }

        public string ModelDirectory { get; set; } = "/opt/ml/model";

        public int Port { get; set; } = ServingHost.DefaultPort;

        /// <summary>The largest request body in bytes; null for no limit.</summary>
        public long? MaxRequestBodySize { get; set; } = ServingHost.RealtimePayloadLimit;

        /// <summary>Whether errors are logged with their stack traces.</summary>
        public bool IncludeStackTraces { get; set; }

        public static bool TryParsePort(string text, out int port) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port >= 1 && port <= 65535;

        /// <summary>
        /// The model folder, the port and the body limit, from the command line, the options and the environment.
        /// Returns the problem with them (a usage error), or null.
        /// </summary>
        public string? Resolve(CommandLine line, ServingHostOptions options, Func<string, string?> environment)
        {
            string? baseDirectory = environment(BaseDirectoryVariable);
            ModelDirectory = Path.GetFullPath(line.ModelDirectory ?? options.ModelDirectory
                ?? (baseDirectory is { Length: > 0 } ? Path.Combine(baseDirectory, "model") : "/opt/ml/model"));

            string? bindTo = environment(PortVariable);
            if (line.Port is { } port)
            {
                Port = port;
            }
            else if (bindTo is { Length: > 0 })
            {
                if (!TryParsePort(bindTo, out int parsed))
                {
                    return PortVariable + "='" + bindTo + "' is not a port number from 1 to 65535";
                }

                Port = parsed;
            }
            else
            {
                Port = options.Port ?? ServingHost.DefaultPort;
            }

            if (options.MaxRequestBodySize is { } size)
            {
                MaxRequestBodySize = size <= 0 ? null : size;
            }
            else if (string.Equals(environment(BatchVariable), "true", StringComparison.OrdinalIgnoreCase))
            {
                int megabytes = ExecutionParameters.MaxPayloadInMB;
                string? payload = environment(MaxPayloadVariable);
                if (payload is { Length: > 0 } && !int.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out megabytes))
                {
                    return MaxPayloadVariable + "='" + payload + "' is not a whole number of megabytes";
                }

                // MaxPayloadInMB 0: "the payload is unbounded", sent with chunked encoding.
                MaxRequestBodySize = megabytes == 0 ? null : megabytes * 1024L * 1024L;
            }
            else
            {
                MaxRequestBodySize = ServingHost.RealtimePayloadLimit;
            }

            return null;
        }
    }
}
