using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace AlgorithmGen.Jobs.Tests.Infrastructure
{
    /// <summary>Records every request our client sends (operation and body, as sent) before passing it on.</summary>
    internal sealed class RecordingHandler : DelegatingHandler
    {
        private readonly List<(string Operation, string Body)> _sent = new();

        public RecordingHandler()
            : base(new SocketsHttpHandler { UseProxy = false })
        {
        }

        public IReadOnlyList<(string Operation, string Body)> Sent
        {
            get
            {
                lock (_sent)
                {
                    return _sent.ToArray();
                }
            }
        }

        public string BodyOf(string operation)
        {
            lock (_sent)
            {
                return _sent.FindLast(s => s.Operation == operation).Body ?? throw new KeyNotFoundException(operation + " was not sent.");
            }
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            string target = request.Headers.TryGetValues("X-Amz-Target", out var values) ? string.Join(",", values) : string.Empty;
            lock (_sent)
            {
                _sent.Add((target.Replace("SageMaker.", string.Empty), body));
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
