using System;
using System.Text;

namespace AlgorithmGen.Serving
{
    /// <summary>
    /// The answer to an inference request. Its content type must be one of the algorithm's declared response types
    /// (<c>InferenceSpecification.SupportedResponseMIMETypes</c>) that the request accepts: the host answers 500
    /// instead of sending anything else. Use the generated <c>InferenceResponseTypes</c> constants or
    /// <see cref="InferenceRequest.ResponseType"/>; analyzer AG0405 flags a literal type the algorithm does not declare.
    /// </summary>
    public sealed class InferenceResponse
    {
        /// <summary>A response with <paramref name="body"/>.</summary>
        /// <param name="contentType">A declared response type, optionally with parameters (<c>text/csv; charset=utf-8</c>).</param>
        /// <param name="body">The body, at most 6 MiB for a real-time endpoint.</param>
        public InferenceResponse(string contentType, ReadOnlyMemory<byte> body)
        {
            ContentType = contentType ?? throw new ArgumentNullException(nameof(contentType));
            Body = body;
        }

        /// <summary>A response whose body is <paramref name="text"/> in UTF-8.</summary>
        /// <param name="contentType">A declared response type.</param>
        /// <param name="text">The body text.</param>
        public static InferenceResponse Text(string contentType, string text) =>
            new(contentType, Encoding.UTF8.GetBytes(text ?? throw new ArgumentNullException(nameof(text))));

        /// <summary>The <c>Content-Type</c> sent back, which the caller of InvokeEndpoint receives as the response's ContentType.</summary>
        public string ContentType { get; }

        /// <summary>The body.</summary>
        public ReadOnlyMemory<byte> Body { get; }

        /// <summary><c>X-Amzn-SageMaker-Custom-Attributes</c> to send back to the caller (SageMaker passes it through); null for none.</summary>
        public string? CustomAttributes { get; init; }
    }
}
