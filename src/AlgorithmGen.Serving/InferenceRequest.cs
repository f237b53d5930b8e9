using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.AspNetCore.Http;

namespace AlgorithmGen.Serving
{
    /// <summary>One <c>POST /invocations</c>, negotiated against the algorithm's declared types before the handler runs.</summary>
    public sealed class InferenceRequest
    {
        private IReadOnlyDictionary<string, string>? _customAttributeValues;

        internal InferenceRequest(HttpContext httpContext, Stream body, string contentType, IReadOnlyDictionary<string, string> contentTypeParameters, string responseType)
        {
            HttpContext = httpContext;
            Body = body;
            ContentType = contentType;
            ContentTypeParameters = contentTypeParameters;
            ResponseType = responseType;
            IHeaderDictionary headers = httpContext.Request.Headers;
            CustomAttributes = Header(headers, SageMakerHeaders.CustomAttributes);
            TargetModel = Header(headers, SageMakerHeaders.TargetModel);
            TargetVariant = Header(headers, SageMakerHeaders.TargetVariant);
            TargetContainerHostname = Header(headers, SageMakerHeaders.TargetContainerHostname);
            InferenceId = Header(headers, SageMakerHeaders.InferenceId);
        }

        /// <summary>
        /// The body, read as it arrives. Reading past the host's limit (6 MiB for real-time requests; the batch payload
        /// limit in a transform job) ends the request with 413.
        /// </summary>
        public Stream Body { get; }

        /// <summary>
        /// The declared content type the request's <c>Content-Type</c> matched, exactly as declared (compare it with the
        /// generated <c>InferenceContentTypes</c> constants); the declared first type when the request has none.
        /// </summary>
        public string ContentType { get; }

        /// <summary>The parameters of the request's <c>Content-Type</c> (for <c>text/csv; charset=utf-8</c>: <c>charset</c>), names lower-cased.</summary>
        public IReadOnlyDictionary<string, string> ContentTypeParameters { get; }

        /// <summary>The <c>charset</c> parameter of the request's <c>Content-Type</c>, if any.</summary>
        public string? Charset => ContentTypeParameters.TryGetValue("charset", out string? charset) ? charset : null;

        /// <summary>
        /// The declared response type to answer with: the one the <c>Accept</c> header prefers (the declared first type
        /// for a missing <c>Accept</c> or <c>*/*</c>). Compare it with the generated <c>InferenceResponseTypes</c> constants.
        /// </summary>
        public string ResponseType { get; }

        /// <summary>
        /// <c>X-Amzn-SageMaker-Custom-Attributes</c>: up to 1,024 visible ASCII characters the caller passed to
        /// InvokeEndpoint, opaque to SageMaker; null when absent. <see cref="InferenceResponse.CustomAttributes"/> sends
        /// some back.
        /// </summary>
        public string? CustomAttributes { get; }

        /// <summary>
        /// <see cref="CustomAttributes"/> read as <c>key=value</c> pairs separated by <c>;</c> or <c>,</c> (the convention
        /// AWS's examples use, such as <c>trace_id=abc;accept_eula=true</c>); parts without <c>=</c> are left out.
        /// </summary>
        public IReadOnlyDictionary<string, string> CustomAttributeValues => _customAttributeValues ??= ParseAttributes(CustomAttributes);

        /// <summary><c>X-Amzn-SageMaker-Target-Model</c>: the model a multi-model endpoint was asked for; null when absent.</summary>
        public string? TargetModel { get; }

        /// <summary><c>X-Amzn-SageMaker-Target-Variant</c>: the production variant the caller chose; null when absent.</summary>
        public string? TargetVariant { get; }

        /// <summary><c>X-Amzn-SageMaker-Target-Container-Hostname</c>: the container a multi-container endpoint was asked for; null when absent.</summary>
        public string? TargetContainerHostname { get; }

        /// <summary><c>X-Amzn-SageMaker-Inference-Id</c>: the caller's identifier of this inference; null when absent.</summary>
        public string? InferenceId { get; }

        /// <summary>The ASP.NET Core request, for anything else (other headers, features).</summary>
        public HttpContext HttpContext { get; }

        private static string? Header(IHeaderDictionary headers, string name) =>
            headers.TryGetValue(name, out var values) && values.Count > 0 ? values.ToString() : null;

        private static IReadOnlyDictionary<string, string> ParseAttributes(string? text)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (text is null)
            {
                return values;
            }

            foreach (string part in text.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                int equals = part.IndexOf('=');
                if (equals > 0)
                {
                    string key = part.Substring(0, equals).Trim();
                    if (key.Length > 0)
                    {
                        values[key] = part.Substring(equals + 1).Trim();
                    }
                }
            }

            return values;
        }
    }

    /// <summary>The SageMaker runtime's headers the container sees.</summary>
    public static class SageMakerHeaders
    {
        /// <summary>The caller's opaque attributes, passed on verbatim (request and response).</summary>
        public const string CustomAttributes = "X-Amzn-SageMaker-Custom-Attributes";

        /// <summary>Multi-model endpoints: the model to invoke.</summary>
        public const string TargetModel = "X-Amzn-SageMaker-Target-Model";

        /// <summary>The production variant the caller chose.</summary>
        public const string TargetVariant = "X-Amzn-SageMaker-Target-Variant";

        /// <summary>Multi-container endpoints with direct invocation: the container to invoke.</summary>
        public const string TargetContainerHostname = "X-Amzn-SageMaker-Target-Container-Hostname";

        /// <summary>The caller's identifier of the inference.</summary>
        public const string InferenceId = "X-Amzn-SageMaker-Inference-Id";
    }
}
