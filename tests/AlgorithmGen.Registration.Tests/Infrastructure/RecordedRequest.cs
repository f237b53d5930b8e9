using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AlgorithmGen.Registration.Tests.Infrastructure
{
    /// <summary>One HTTP request as the fake endpoint received it, and what it did with it.</summary>
    internal sealed class RecordedRequest
    {
        public RecordedRequest(string method, string target, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body)
        {
            Method = method;
            Target = target;
            Headers = headers;
            Body = body;
        }

        public string Method { get; }

        /// <summary>The request target (path and query) as sent.</summary>
        public string Target { get; }

        /// <summary>Every header line, in order, names as sent.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

        public byte[] Body { get; }

        /// <summary>When the request had been read, for diagnostics (tests never assert on time).</summary>
        public DateTimeOffset ReceivedAt { get; } = DateTimeOffset.UtcNow;

        public string BodyText => Encoding.UTF8.GetString(Body);

        /// <summary>The operation from <c>X-Amz-Target</c> without the <c>SageMaker.</c> prefix.</summary>
        public string Operation
        {
            get
            {
                string target = Header("X-Amz-Target") ?? "(none)";
                return target.StartsWith("SageMaker.", StringComparison.Ordinal) ? target.Substring("SageMaker.".Length) : target;
            }
        }

        /// <summary>Why the signature was rejected; null when it verified.</summary>
        public string? SignatureError { get; set; }

        /// <summary>The fault injected into this request, if any.</summary>
        public Fault? Fault { get; set; }

        /// <summary>The status answered; null when the connection was reset or abandoned.</summary>
        public int? ResponseStatus { get; set; }

        /// <summary>The <c>x-amzn-RequestId</c> answered, if any.</summary>
        public string? ResponseRequestId { get; set; }

        /// <summary>All values of a header (joined by commas, as HTTP allows), or null.</summary>
        public string? Header(string name)
        {
            string[] values = Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToArray();
            return values.Length == 0 ? null : string.Join(",", values);
        }

        public override string ToString() => ReceivedAt.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture) + " " + Operation + (Fault is null ? string.Empty : " [" + Fault + "]") + " -> " + (ResponseStatus?.ToString() ?? "no response");
    }
}
