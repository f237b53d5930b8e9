using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace AlgorithmGen.Serving.Tests
{
    /// <summary>Builds <c>POST /invocations</c> requests with headers exactly as given (none added, none normalised).</summary>
    internal static class Invoke
    {
        public static Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string? contentType, string? accept = null, IDictionary<string, string>? headers = null) =>
            PostAsync(client, new ByteArrayContent(Encoding.UTF8.GetBytes(body)), contentType, accept, headers);

        public static Task<HttpResponseMessage> PostAsync(HttpClient client, HttpContent content, string? contentType, string? accept = null, IDictionary<string, string>? headers = null)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/invocations") { Content = content };
            content.Headers.ContentType = null;
            if (contentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }

            if (accept is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept", accept);
            }

            foreach (KeyValuePair<string, string> header in headers ?? new Dictionary<string, string>())
            {
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            return client.SendAsync(request);
        }

        public static Dictionary<string, string> Attributes(string value) => new() { ["X-Amzn-SageMaker-Custom-Attributes"] = value };

        public static string? MediaType(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;
    }
}
