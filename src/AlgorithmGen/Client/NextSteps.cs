using System;
using System.Collections.Generic;

namespace AlgorithmGen.Client
{
    /// <summary>What a person should check after a failed call, by the service's error code or the kind of failure.</summary>
    internal static class NextSteps
    {
        private static readonly Dictionary<string, string> ByErrorCode = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["InvalidSignatureException"] = SignatureStep,
            ["SignatureDoesNotMatch"] = SignatureStep,
            ["IncompleteSignature"] = SignatureStep,
            ["RequestExpired"] = "Check that this computer's clock is correct: the request's time is too far from AWS's.",
            ["UnrecognizedClientException"] = "Check the access key id (AWS_ACCESS_KEY_ID or aws_access_key_id in the profile): AWS does not know it in this region's partition.",
            ["InvalidClientTokenId"] = "Check the access key id (AWS_ACCESS_KEY_ID or aws_access_key_id in the profile): AWS does not know it in this region's partition.",
            ["ExpiredTokenException"] = "The session credentials have expired: refresh them (aws sso login, or a new AWS_SESSION_TOKEN).",
            ["ExpiredToken"] = "The session credentials have expired: refresh them (aws sso login, or a new AWS_SESSION_TOKEN).",
            ["AccessDeniedException"] = "Grant the caller's IAM identity the sagemaker permission the message names.",
            ["ResourceLimitExceeded"] = "Delete unused SageMaker resources or ask AWS for a higher quota.",
        };

        private const string SignatureStep =
            "Check the secret access key (AWS_SECRET_ACCESS_KEY or aws_secret_access_key in the profile) and that this computer's clock is correct.";

        /// <summary>The next step for <paramref name="failure"/>, or null when its message already says what to do.</summary>
        public static string? For(SageMakerException failure, SageMakerClientConfiguration configuration)
        {
            switch (failure)
            {
                case SageMakerServiceException service when ByErrorCode.TryGetValue(service.ErrorCode, out string? step):
                    return step;
                case SageMakerServiceException service:
                    return FailureClassifier.Classify(service, default) switch
                    {
                        FailureKind.Throttled => "SageMaker kept throttling: try again later, or allow more attempts (AWS_MAX_ATTEMPTS or max_attempts in the profile; now "
                            + configuration.MaxAttempts + ").",
                        FailureKind.Transient => "SageMaker failed on its side: try again later.",
                        _ => null,
                    };
                case SageMakerUnavailableException _:
                    return "Check that the endpoint " + configuration.Endpoint + " (" + configuration.EndpointSource + ") is right and reachable from this computer.";
                default:
                    return null;
            }
        }
    }
}
