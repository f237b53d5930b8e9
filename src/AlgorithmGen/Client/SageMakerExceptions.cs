using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;

namespace AlgorithmGen.Client
{
    /// <summary>A SageMaker call failed. The subclasses say whether the service answered, and how.</summary>
    /// <remarks>
    /// Messages never contain credentials, signatures or session tokens: they are built only from the operation, the
    /// service's error code, message and request id, and the transport's own description of what failed.
    /// </remarks>
    public abstract class SageMakerException : Exception
    {
        /// <summary>Creates the exception.</summary>
        protected SageMakerException(string operation, string message, Exception? innerException)
            : base(message, innerException)
        {
            Operation = operation;
        }

        /// <summary>The SageMaker operation, for example <c>CreateAlgorithm</c>.</summary>
        public string Operation { get; }

        /// <summary>How many requests were sent for the operation, retries included (0 when none could be sent).</summary>
        public int Attempts { get; internal set; }

        /// <summary>How long the operation took, attempts and the delays between them included.</summary>
        public TimeSpan Elapsed { get; internal set; }

        /// <summary>What to check or change next (a key, the clock, the endpoint, a permission); null when the message says it.</summary>
        public string? NextStep { get; internal set; }

        /// <summary>The failure without the attempts, time and next step that <see cref="Describe"/> adds.</summary>
        protected virtual string Headline => Message;

        /// <summary>
        /// One line for a person or a log: what failed (with the service's error code, message and request id), the
        /// attempts made and the time they took, and the next step. No stack trace, no credentials.
        /// </summary>
        public string Describe()
        {
            string line = Headline.TrimEnd();
            if (Attempts > 0)
            {
                line += (line.EndsWith(".", StringComparison.Ordinal) ? " " : ". ") + Attempts + (Attempts == 1 ? " attempt in " : " attempts in ")
                    + Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s.";
            }

            return NextStep is null ? line : line + (line.EndsWith(".", StringComparison.Ordinal) ? " " : ". ") + NextStep;
        }
    }

    /// <summary>SageMaker answered with an error: HTTP 4xx or 5xx and an AWS error body.</summary>
    public class SageMakerServiceException : SageMakerException
    {
        /// <summary>Creates the exception.</summary>
        public SageMakerServiceException(string operation, string errorCode, string serviceMessage, string? requestId, HttpStatusCode statusCode)
            : this(operation, errorCode, serviceMessage, requestId, statusCode,
                "SageMaker " + operation + " failed with " + errorCode + " (HTTP " + (int)statusCode + ", request id " + (requestId ?? "none") + "): " + serviceMessage)
        {
        }

        /// <summary>Creates the exception with a message of the subclass's choosing.</summary>
        protected SageMakerServiceException(string operation, string errorCode, string serviceMessage, string? requestId, HttpStatusCode statusCode, string message)
            : base(operation, message, innerException: null)
        {
            ErrorCode = errorCode;
            ServiceMessage = serviceMessage;
            RequestId = requestId;
            StatusCode = statusCode;
        }

        /// <summary>The service's error code (the <c>__type</c> of the error body without its namespace), e.g. <c>ThrottlingException</c>.</summary>
        public string ErrorCode { get; }

        /// <summary>The service's message, as sent.</summary>
        public string ServiceMessage { get; }

        /// <summary>The <c>x-amzn-RequestId</c> of the failed request, for AWS support; null when the response had none.</summary>
        public string? RequestId { get; }

        /// <summary>The HTTP status of the response.</summary>
        public HttpStatusCode StatusCode { get; }

        /// <inheritdoc />
        protected override string Headline =>
            "SageMaker " + Operation + " failed with " + ErrorCode + " (HTTP " + (int)StatusCode + ", request id " + (RequestId ?? "none") + "): " + ServiceMessage;
    }

    /// <summary>
    /// SageMaker rejected the request as invalid (<c>ValidationException</c>). <see cref="Exception.Message"/> is the
    /// service's message verbatim, because it names the offending member in the service's own words; the code, request
    /// id and status are in the properties.
    /// </summary>
    public sealed class SageMakerValidationException : SageMakerServiceException
    {
        /// <summary>The error code SageMaker uses for invalid requests.</summary>
        public const string Code = "ValidationException";

        /// <summary>Creates the exception.</summary>
        public SageMakerValidationException(string operation, string serviceMessage, string? requestId, HttpStatusCode statusCode)
            : base(operation, Code, serviceMessage, requestId, statusCode, serviceMessage)
        {
        }
    }

    /// <summary>No usable answer came from SageMaker: the connection failed, was reset, or timed out, on every attempt.</summary>
    public sealed class SageMakerUnavailableException : SageMakerException
    {
        /// <summary>Creates the exception.</summary>
        public SageMakerUnavailableException(string operation, string message, Exception? innerException)
            : base(operation, message, innerException)
        {
        }
    }

    /// <summary>Why a <see cref="SageMakerConfigurationException"/> was thrown.</summary>
    public enum SageMakerConfigurationIssue
    {
        /// <summary>A setting is missing: no region, or no credentials anywhere the AWS SDKs look.</summary>
        Missing,

        /// <summary>A setting is present but wrong: a malformed endpoint URL, retry or FIPS/dual-stack value, an unknown profile.</summary>
        Invalid,
    }

    /// <summary>
    /// The client cannot be configured from the environment: no AWS region or credentials resolved
    /// (<see cref="SageMakerConfigurationIssue.Missing"/>), or a setting is malformed
    /// (<see cref="SageMakerConfigurationIssue.Invalid"/>). Nothing was sent. The message names the setting and how to set it.
    /// </summary>
    public sealed class SageMakerConfigurationException : SageMakerException
    {
        /// <summary>Creates the exception for a malformed setting.</summary>
        [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their required parameters: no call can be ambiguous.")]
        public SageMakerConfigurationException(string message, Exception? innerException = null)
            : this(message, SageMakerConfigurationIssue.Invalid, innerException)
        {
        }

        /// <summary>Creates the exception.</summary>
        [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their required parameters: no call can be ambiguous.")]
        public SageMakerConfigurationException(string message, SageMakerConfigurationIssue issue, Exception? innerException = null)
            : base(operation: "(configuration)", message, innerException)
        {
            Issue = issue;
        }

        /// <summary>Whether a setting is missing or malformed.</summary>
        public SageMakerConfigurationIssue Issue { get; }
    }
}
