using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using Polly.Timeout;

namespace AlgorithmGen.Client
{
    /// <summary>What a failed attempt tells about the request and about trying again.</summary>
    internal enum FailureKind
    {
        /// <summary>Trying again gives the same answer (bad request, access denied, quota): do not retry.</summary>
        Permanent,

        /// <summary>The service refused to process the request (throttled): safe to retry any operation.</summary>
        Throttled,

        /// <summary>
        /// No answer, or a server-side failure (5xx, connection reset, timeout): worth retrying, but the service may have
        /// processed the request, so a non-idempotent operation must check before sending it again.
        /// </summary>
        Transient,
    }

    /// <summary>Sorts failures the way the AWS SDKs' standard retry mode does.</summary>
    internal static class FailureClassifier
    {
        // botocore's standard retry mode: throttling error codes.
        private static readonly HashSet<string> ThrottlingCodes = new HashSet<string>(StringComparer.Ordinal)
        {
            "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
            "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
            "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
            "EC2ThrottledException",
        };

        // botocore's standard retry mode: transient error codes.
        private static readonly HashSet<string> TransientCodes = new HashSet<string>(StringComparer.Ordinal)
        {
            "RequestTimeout", "RequestTimeoutException", "InternalError", "InternalFailure", "InternalServerError",
            "ServiceUnavailable", "ServiceUnavailableException", "IDPCommunicationError",
        };

        /// <summary>Classifies <paramref name="failure"/>; <paramref name="callerToken"/> tells a caller's cancellation from a timeout.</summary>
        public static FailureKind Classify(Exception failure, CancellationToken callerToken)
        {
            switch (failure)
            {
                case SageMakerServiceException service:
                    if (ThrottlingCodes.Contains(service.ErrorCode) || service.StatusCode == (HttpStatusCode)429)
                    {
                        return FailureKind.Throttled;
                    }

                    int status = (int)service.StatusCode;
                    return TransientCodes.Contains(service.ErrorCode) || status == 500 || status == 502 || status == 503 || status == 504
                        ? FailureKind.Transient
                        : FailureKind.Permanent;
                case TimeoutRejectedException _:
                case HttpRequestException _:
                case IOException _:
                    return FailureKind.Transient;
                case OperationCanceledException _:
                    // Not the caller's cancellation: HttpClient.Timeout of a factory-made client fired.
                    return callerToken.IsCancellationRequested ? FailureKind.Permanent : FailureKind.Transient;
                default:
                    return FailureKind.Permanent;
            }
        }

        /// <summary>A short description of a failure for logs and messages: no headers, no request content.</summary>
        public static string Describe(Exception failure)
        {
            switch (failure)
            {
                case SageMakerServiceException service:
                    return service.ErrorCode + " (HTTP " + (int)service.StatusCode + ", request id " + (service.RequestId ?? "none") + ")";
                case TimeoutRejectedException timeout:
                    return "no response within " + timeout.Timeout.TotalMilliseconds + " ms";
                default:
                    Exception innermost = failure;
                    while (innermost.InnerException != null)
                    {
                        innermost = innermost.InnerException;
                    }

                    return ReferenceEquals(innermost, failure)
                        ? failure.GetType().Name + ": " + failure.Message
                        : failure.GetType().Name + ": " + failure.Message + " (" + innermost.GetType().Name + ": " + innermost.Message + ")";
            }
        }
    }
}
