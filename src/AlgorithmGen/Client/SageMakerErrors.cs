using System;
using System.Net;
using System.Text;
using System.Text.Json;

namespace AlgorithmGen.Client
{
    /// <summary>Turns an AWS JSON 1.1 error response into a typed <see cref="SageMakerServiceException"/>.</summary>
    internal static class SageMakerErrors
    {
        /// <summary>The response header that carries the request id.</summary>
        public const string RequestIdHeader = "x-amzn-RequestId";

        /// <summary>The header some AWS front ends use for the error code when the body has none.</summary>
        public const string ErrorTypeHeader = "x-amzn-ErrorType";

        public static SageMakerServiceException FromResponse(string operation, HttpStatusCode status, string? requestId, string? errorTypeHeader, byte[] body)
        {
            (string? code, string? message) = ReadBody(body);
            code = Normalize(code) ?? Normalize(errorTypeHeader) ?? "HttpStatus" + (int)status;
            message ??= status == HttpStatusCode.ServiceUnavailable ? "Service unavailable." : "(no message in the response)";
            return code == SageMakerValidationException.Code
                ? new SageMakerValidationException(operation, message, requestId, status)
                : new SageMakerServiceException(operation, code, message, requestId, status);
        }

        /// <summary>
        /// The code without its namespace or trailing URL, as botocore reads it:
        /// <c>com.amazon.coral.service#ValidationException</c> and <c>ValidationException:http://…</c> are both <c>ValidationException</c>.
        /// </summary>
        internal static string? Normalize(string? code)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                return null;
            }

            string value = code!.Trim();
            int colon = value.IndexOf(':');
            if (colon >= 0)
            {
                value = value.Substring(0, colon);
            }

            int hash = value.LastIndexOf('#');
            if (hash >= 0)
            {
                value = value.Substring(hash + 1);
            }

            return value.Length == 0 ? null : value;
        }

        private static (string? Code, string? Message) ReadBody(byte[] body)
        {
            if (body.Length == 0)
            {
                return (null, null);
            }

            try
            {
                using JsonDocument document = JsonDocument.Parse(body);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return (null, null);
                }

                string? code = null;
                string? message = null;
                foreach (JsonProperty property in document.RootElement.EnumerateObject())
                {
                    if (property.Value.ValueKind != JsonValueKind.String)
                    {
                        continue;
                    }

                    // JSON 1.1 puts the code in "__type"; services spell the message "message" or "Message".
                    if (property.NameEquals("__type") || (code == null && property.NameEquals("code")))
                    {
                        code = property.Value.GetString();
                    }
                    else if (property.Name.Equals("message", StringComparison.OrdinalIgnoreCase))
                    {
                        message = property.Value.GetString();
                    }
                }

                return (code, message);
            }
            catch (JsonException)
            {
                // A proxy or load balancer answered with HTML or text: keep a bounded excerpt as the message.
                string text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 200)).Trim();
                return (null, text.Length == 0 ? null : text);
            }
        }
    }
}
