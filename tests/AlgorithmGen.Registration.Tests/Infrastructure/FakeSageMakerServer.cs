using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace AlgorithmGen.Registration.Tests.Infrastructure
{
    /// <summary>
    /// A SageMaker JSON 1.1 endpoint on 127.0.0.1 for CreateAlgorithm, DescribeAlgorithm, ListAlgorithms and
    /// DeleteAlgorithm, with AWS-format error bodies, <c>x-amzn-RequestId</c>, SigV4 verification of every request,
    /// and injected faults. Raw sockets rather than HttpListener, so it can reset a connection or drop a response.
    /// </summary>
    /// <remarks>
    /// Other operations can be answered by a handler of the test's (<see cref="Handle"/>) or forwarded, as received, to
    /// another endpoint (<see cref="Upstream"/>, moto's emulator), so a program under test needs one endpoint URL.
    /// Every response closes its connection: a client then never reuses one, so the HTTP stack has no stale pooled
    /// connection to resend on by itself, and the requests recorded are exactly those the code under test sent.
    /// </remarks>
    internal sealed class FakeSageMakerServer : IDisposable
    {
        public const string Region = "us-east-1";
        public const string AccountId = "123456789012";
        public const string AccessKeyId = "AKIDEXAMPLE";
        public const string SecretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

        private readonly TcpListener _listener;
        private readonly CancellationTokenSource _shutdown = new CancellationTokenSource();
        private readonly object _gate = new object();
        private readonly List<RecordedRequest> _requests = new List<RecordedRequest>();
        private readonly Dictionary<string, Queue<Fault>> _faults = new Dictionary<string, Queue<Fault>>(StringComparer.Ordinal);
        private readonly Dictionary<string, Fault> _everyTime = new Dictionary<string, Fault>(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Secret, string? Token)> _credentials = new Dictionary<string, (string, string?)>(StringComparer.Ordinal)
        {
            [AccessKeyId] = (SecretAccessKey, null),
        };

        private readonly List<StoredAlgorithm> _algorithms = new List<StoredAlgorithm>();
        private readonly Dictionary<string, int> _createsProcessed = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly Dictionary<string, Func<JsonObject, (int Status, string Body)>> _handlers = new Dictionary<string, Func<JsonObject, (int, string)>>(StringComparer.Ordinal);
        private readonly List<Task> _connections = new List<Task>();
        private static readonly HttpClient ForwardingClient = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        private readonly Task _acceptLoop;
        private int _inFlight;
        private int _maxInFlight;
        private long _clock = 1767225600000; // 2026-01-01T00:00:00Z, one second per created algorithm

        public FakeSageMakerServer()
        {
            _listener = new TcpListener(IPAddress.Loopback, 0);
            _listener.Start();
            Endpoint = new Uri("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port + "/");
            _acceptLoop = Task.Run(AcceptLoopAsync);
        }

        /// <summary>The endpoint URL to give the client.</summary>
        public Uri Endpoint { get; }

        /// <summary>Changes each DescribeAlgorithm answer before it is sent (e.g. a scripted AlgorithmStatus); called under the server's lock.</summary>
        public Action<JsonObject>? OnDescribeAlgorithm { get; set; }

        /// <summary>
        /// Where requests of operations the fake does not answer itself are forwarded, headers and body as received (the
        /// signature was checked here first); null: they are answered as unknown operations.
        /// </summary>
        public Uri? Upstream { get; set; }

        /// <summary>Fires for every request once it has been read, before it is answered.</summary>
        public event Action<RecordedRequest>? RequestReceived;

        /// <summary>Every request received so far, in arrival order.</summary>
        public IReadOnlyList<RecordedRequest> Requests
        {
            get
            {
                lock (_gate)
                {
                    return _requests.ToArray();
                }
            }
        }

        /// <summary>The operations received so far, in order.</summary>
        public IReadOnlyList<string> Operations => Requests.Select(r => r.Operation).ToArray();

        /// <summary>Requests whose signature did not verify (the fake answers them with 403).</summary>
        public IReadOnlyList<RecordedRequest> SignatureFailures => Requests.Where(r => r.SignatureError != null).ToArray();

        /// <summary>The most requests that were being handled at the same time.</summary>
        public int MaxConcurrentRequests => Volatile.Read(ref _maxInFlight);

        /// <summary>The algorithm names stored, in creation order.</summary>
        public IReadOnlyList<string> AlgorithmNames
        {
            get
            {
                lock (_gate)
                {
                    return _algorithms.Select(a => a.Name).ToArray();
                }
            }
        }

        /// <summary>Accepts another key pair (and session token) as valid.</summary>
        public void AddCredentials(string accessKeyId, string secretAccessKey, string? sessionToken = null)
        {
            lock (_gate)
            {
                _credentials[accessKeyId] = (secretAccessKey, sessionToken);
            }
        }

        /// <summary>Answers every request of <paramref name="operation"/> with <paramref name="answer"/> (called under the server's lock) instead of forwarding it.</summary>
        public void Handle(string operation, Func<JsonObject, (int Status, string Body)> answer)
        {
            lock (_gate)
            {
                _handlers[operation] = answer;
            }
        }

        /// <summary>The next requests of <paramref name="operation"/> get these faults, one each, in order.</summary>
        public void Inject(string operation, params Fault[] faults)
        {
            lock (_gate)
            {
                if (!_faults.TryGetValue(operation, out Queue<Fault>? queue))
                {
                    _faults[operation] = queue = new Queue<Fault>();
                }

                foreach (Fault fault in faults)
                {
                    queue.Enqueue(fault);
                }
            }
        }

        /// <summary>Every request of <paramref name="operation"/> gets this fault (after any queued ones).</summary>
        public void InjectAlways(string operation, Fault fault)
        {
            lock (_gate)
            {
                _everyTime[operation] = fault;
            }
        }

        /// <summary>Stores an algorithm as if it had been created earlier from <paramref name="createBody"/>.</summary>
        public void Seed(string createBody)
        {
            lock (_gate)
            {
                Store(createBody);
            }
        }

        /// <summary>How many CreateAlgorithm requests for <paramref name="name"/> were processed successfully (stored).</summary>
        public int CreatesProcessed(string name)
        {
            lock (_gate)
            {
                return _createsProcessed.TryGetValue(name, out int count) ? count : 0;
            }
        }

        /// <summary>How many stored algorithms have this name (the service allows one at most; so must every scenario).</summary>
        public int CountOf(string name)
        {
            lock (_gate)
            {
                return _algorithms.Count(a => a.Name == name);
            }
        }

        /// <summary>The CreateAlgorithm body an algorithm was stored from.</summary>
        public string? StoredBody(string name)
        {
            lock (_gate)
            {
                return _algorithms.FirstOrDefault(a => a.Name == name)?.Body;
            }
        }

        public static string ArnOf(string name) => "arn:aws:sagemaker:" + Region + ":" + AccountId + ":algorithm/" + name;

        public void Dispose()
        {
            _shutdown.Cancel();
            _listener.Stop();
            Task[] pending;
            lock (_gate)
            {
                pending = _connections.Append(_acceptLoop).ToArray();
            }

            try
            {
                Task.WaitAll(pending, TimeSpan.FromSeconds(10));
            }
            catch (AggregateException)
            {
                // Connection handlers end with the listener; their failures are not the test's outcome.
            }

            _shutdown.Dispose();
        }

        private async Task AcceptLoopAsync()
        {
            while (!_shutdown.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_shutdown.Token);
                }
                catch (Exception exception) when (exception is OperationCanceledException || exception is SocketException || exception is ObjectDisposedException)
                {
                    return;
                }

                lock (_gate)
                {
                    _connections.Add(Task.Run(() => HandleConnectionAsync(client)));
                }
            }
        }

        private async Task HandleConnectionAsync(TcpClient client)
        {
            using (client)
            {
                try
                {
                    NetworkStream stream = client.GetStream();
                    RecordedRequest? request = await ReadRequestAsync(stream);
                    if (request is null)
                    {
                        return;
                    }

                    int inFlight = Interlocked.Increment(ref _inFlight);
                    InterlockedMax(ref _maxInFlight, inFlight);
                    try
                    {
                        await AnswerAsync(client, stream, request);
                    }
                    finally
                    {
                        Interlocked.Decrement(ref _inFlight);
                    }
                }
                catch (Exception exception) when (exception is IOException || exception is SocketException || exception is OperationCanceledException || exception is ObjectDisposedException)
                {
                    // The client went away (it timed out or was cancelled), or the server is stopping.
                }
            }
        }

        private async Task AnswerAsync(TcpClient client, NetworkStream stream, RecordedRequest request)
        {
            Fault? fault;
            lock (_gate)
            {
                _requests.Add(request);
                request.SignatureError = SigV4Verifier.Verify(request, _credentials, Region, "sagemaker", DateTimeOffset.UtcNow);
                fault = request.SignatureError is null ? NextFault(request.Operation) : null;
                request.Fault = fault;
            }

            RequestReceived?.Invoke(request);
            if (request.SignatureError != null)
            {
                await RespondAsync(stream, request, 403, Error("InvalidSignatureException", "The request signature we calculated does not match the signature you provided."));
                return;
            }

            switch (fault?.Kind)
            {
                case FaultKind.Error:
                    await RespondAsync(stream, request, fault.Status, Error(fault.Code!, fault.Message!));
                    return;
                case FaultKind.ResetBeforeProcessing:
                    Reset(client);
                    return;
                case FaultKind.HangBeforeProcessing:
                    await HangAsync(stream);
                    return;
                case FaultKind.Hold:
                    await Task.WhenAny(fault.Release!(), Task.Delay(fault.Delay, _shutdown.Token));
                    break;
                case FaultKind.ConcurrentCreate:
                    lock (_gate)
                    {
                        string created = fault.OtherBody ?? request.BodyText;
                        string name = JsonNode.Parse(created)!["AlgorithmName"]!.GetValue<string>();
                        if (!_algorithms.Any(a => a.Name == name))
                        {
                            Store(created);
                        }
                    }

                    break;
            }

            (int status, string body) = IsAnsweredHere(request.Operation) || Upstream is null ? Process(request) : await ForwardAsync(request, Upstream);
            switch (fault?.Kind)
            {
                case FaultKind.ErrorAfterProcessing:
                    await RespondAsync(stream, request, fault.Status, Error(fault.Code!, fault.Message!));
                    return;
                case FaultKind.ResetAfterProcessing:
                    Reset(client);
                    return;
                case FaultKind.HangAfterProcessing:
                    await HangAsync(stream);
                    return;
                case FaultKind.Delay:
                    await Task.Delay(fault.Delay, _shutdown.Token);
                    break;
            }

            await RespondAsync(stream, request, status, body);
        }

        private Fault? NextFault(string operation)
        {
            if (_faults.TryGetValue(operation, out Queue<Fault>? queue) && queue.Count > 0)
            {
                return queue.Dequeue();
            }

            return _everyTime.TryGetValue(operation, out Fault? always) ? always : null;
        }

        private (int Status, string Body) Process(RecordedRequest request)
        {
            JsonObject input;
            try
            {
                input = JsonNode.Parse(request.Body.Length == 0 ? "{}" : request.BodyText)!.AsObject();
            }
            catch (Exception exception) when (exception is JsonException || exception is InvalidOperationException)
            {
                return (400, Error("SerializationException", "The request body is not a JSON object."));
            }

            lock (_gate)
            {
                switch (request.Operation)
                {
                    case "CreateAlgorithm":
                        return Create(input, request.BodyText);
                    case "DescribeAlgorithm":
                        return Describe(input);
                    case "ListAlgorithms":
                        return List(input);
                    case "DeleteAlgorithm":
                        return Delete(input);
                    case var other when _handlers.TryGetValue(other, out Func<JsonObject, (int, string)>? handler):
                        return handler(input);
                    default:
                        return (400, Error("UnknownOperationException", "Unknown operation " + request.Header("X-Amz-Target")));
                }
            }
        }

        private bool IsAnsweredHere(string operation)
        {
            lock (_gate)
            {
                return operation is "CreateAlgorithm" or "DescribeAlgorithm" or "ListAlgorithms" or "DeleteAlgorithm" || _handlers.ContainsKey(operation);
            }
        }

        private async Task<(int Status, string Body)> ForwardAsync(RecordedRequest request, Uri upstream)
        {
            using var forwarded = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(upstream, request.Target)) { Content = new ByteArrayContent(request.Body) };
            foreach (KeyValuePair<string, string> header in request.Headers)
            {
                // The transport's own headers are the forwarding connection's; the rest (signature, target, date) pass as sent.
                if (header.Key.Equals("Host", StringComparison.OrdinalIgnoreCase) || header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                    || header.Key.Equals("Connection", StringComparison.OrdinalIgnoreCase) || header.Key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (!forwarded.Headers.TryAddWithoutValidation(header.Key, header.Value))
                {
                    forwarded.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }

            try
            {
                using HttpResponseMessage response = await ForwardingClient.SendAsync(forwarded, _shutdown.Token);
                return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(_shutdown.Token));
            }
            catch (HttpRequestException exception)
            {
                // What a gateway answers when what stands behind it is down: the client sees a retryable 502, not a hang.
                return (502, Error("BadGateway", "The upstream endpoint " + upstream + " could not be reached: " + exception.Message));
            }
        }

        private (int, string) Create(JsonObject input, string body)
        {
            string? name = (string?)input["AlgorithmName"];
            if (string.IsNullOrEmpty(name) || input["TrainingSpecification"] is null)
            {
                return (400, Error("ValidationException", "1 validation error detected: Value null at 'algorithmName' failed to satisfy constraint: Member must not be null"));
            }

            if (_algorithms.Any(a => a.Name == name))
            {
                return (400, Error("ValidationException", "Cannot create already existing algorithm \"" + ArnOf(name) + "\"."));
            }

            Store(body);
            _createsProcessed[name] = CreatesProcessed(name) + 1;
            return (200, new JsonObject { ["AlgorithmArn"] = ArnOf(name) }.ToJsonString());
        }

        private (int, string) Describe(JsonObject input)
        {
            StoredAlgorithm? algorithm = Find((string?)input["AlgorithmName"]);
            if (algorithm is null)
            {
                return (400, Error("ValidationException", "Could not find algorithm \"" + ArnOf((string?)input["AlgorithmName"] ?? string.Empty) + "\"."));
            }

            JsonObject spec = JsonNode.Parse(algorithm.Body)!.AsObject();
            var output = new JsonObject { ["AlgorithmName"] = algorithm.Name, ["AlgorithmArn"] = ArnOf(algorithm.Name) };
            Copy(spec, output, "AlgorithmDescription");
            output["CreationTime"] = algorithm.CreationTime / 1000.0;
            // Like the service: digests resolved from the images, and defaults spelt out.
            if (Copy(spec, output, "TrainingSpecification") is JsonObject training)
            {
                training["TrainingImageDigest"] ??= "sha256:" + new string('a', 64);
                training["SupportsDistributedTraining"] ??= false;
            }

            if (Copy(spec, output, "InferenceSpecification") is JsonObject inference && inference["Containers"] is JsonArray containers)
            {
                foreach (JsonObject container in containers.OfType<JsonObject>())
                {
                    container["ImageDigest"] ??= "sha256:" + new string('b', 64);
                }
            }

            Copy(spec, output, "ValidationSpecification");
            output["AlgorithmStatus"] = "Completed";
            output["AlgorithmStatusDetails"] = new JsonObject
            {
                ["ValidationStatuses"] = new JsonArray(new JsonObject { ["Name"] = algorithm.Name, ["Status"] = "Completed" }),
                ["ImageScanStatuses"] = new JsonArray(),
            };
            output["CertifyForMarketplace"] = spec["CertifyForMarketplace"]?.DeepClone() ?? false;
            OnDescribeAlgorithm?.Invoke(output);
            return (200, output.ToJsonString());
        }

        private (int, string) List(JsonObject input)
        {
            string contains = (string?)input["NameContains"] ?? string.Empty;
            int maxResults = (int?)input["MaxResults"] ?? 10;
            int start = int.TryParse((string?)input["NextToken"], NumberStyles.None, CultureInfo.InvariantCulture, out int token) ? token : 0;
            StoredAlgorithm[] matching = _algorithms.Where(a => a.Name.Contains(contains, StringComparison.OrdinalIgnoreCase)).ToArray();
            var summaries = new JsonArray();
            foreach (StoredAlgorithm algorithm in matching.Skip(start).Take(maxResults))
            {
                summaries.Add(new JsonObject
                {
                    ["AlgorithmName"] = algorithm.Name,
                    ["AlgorithmArn"] = ArnOf(algorithm.Name),
                    ["CreationTime"] = algorithm.CreationTime / 1000.0,
                    ["AlgorithmStatus"] = "Completed",
                });
            }

            var output = new JsonObject { ["AlgorithmSummaryList"] = summaries };
            if (start + maxResults < matching.Length)
            {
                output["NextToken"] = (start + maxResults).ToString(CultureInfo.InvariantCulture);
            }

            return (200, output.ToJsonString());
        }

        private (int, string) Delete(JsonObject input)
        {
            StoredAlgorithm? algorithm = Find((string?)input["AlgorithmName"]);
            if (algorithm is null)
            {
                return (400, Error("ValidationException", "Could not find algorithm \"" + ArnOf((string?)input["AlgorithmName"] ?? string.Empty) + "\"."));
            }

            _algorithms.Remove(algorithm);
            return (200, "{}");
        }

        private StoredAlgorithm? Find(string? nameOrArn)
        {
            if (nameOrArn is null)
            {
                return null;
            }

            string name = nameOrArn.Contains(":algorithm/", StringComparison.Ordinal) ? nameOrArn.Substring(nameOrArn.IndexOf(":algorithm/", StringComparison.Ordinal) + ":algorithm/".Length) : nameOrArn;
            return _algorithms.FirstOrDefault(a => a.Name == name);
        }

        private void Store(string createBody)
        {
            string name = JsonNode.Parse(createBody)!["AlgorithmName"]!.GetValue<string>();
            _clock += 1000;
            _algorithms.Add(new StoredAlgorithm(name, createBody, _clock));
        }

        private static JsonNode? Copy(JsonObject from, JsonObject to, string member)
        {
            if (from[member] is { } value)
            {
                to[member] = value.DeepClone();
                return to[member];
            }

            return null;
        }

        /// <summary>An AWS JSON error body.</summary>
        public static string Error(string code, string message) => new JsonObject { ["__type"] = code, ["message"] = message }.ToJsonString();

        private async Task RespondAsync(NetworkStream stream, RecordedRequest request, int status, string body)
        {
            string requestId = Guid.NewGuid().ToString();
            byte[] content = Encoding.UTF8.GetBytes(body);
            string head = "HTTP/1.1 " + status + " " + Reason(status) + "\r\n"
                + "Content-Type: application/x-amz-json-1.1\r\n"
                + "x-amzn-RequestId: " + requestId + "\r\n"
                + "Content-Length: " + content.Length + "\r\n"
                + "Connection: close\r\n\r\n";
            request.ResponseStatus = status;
            request.ResponseRequestId = requestId;
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _shutdown.Token);
            await stream.WriteAsync(content, _shutdown.Token);
            await stream.FlushAsync(_shutdown.Token);
        }

        private static string Reason(int status) => status switch
        {
            200 => "OK",
            400 => "Bad Request",
            403 => "Forbidden",
            500 => "Internal Server Error",
            502 => "Bad Gateway",
            503 => "Service Unavailable",
            _ => "Status",
        };

        /// <summary>Closes with a TCP reset: the client sees "connection reset by peer", not a clean end.</summary>
        private static void Reset(TcpClient client)
        {
            client.Client.LingerState = new LingerOption(true, 0);
            client.Client.Close();
        }

        /// <summary>Waits, answering nothing, until the client closes the connection or the server stops.</summary>
        private async Task HangAsync(NetworkStream stream)
        {
            var buffer = new byte[256];
            while (await stream.ReadAsync(buffer, _shutdown.Token) > 0)
            {
            }
        }

        private async Task<RecordedRequest?> ReadRequestAsync(NetworkStream stream)
        {
            var head = new List<byte>();
            var one = new byte[1];
            // Byte by byte up to the blank line: requests are small and this leaves the body unread.
            while (head.Count < 4 || head[^4] != '\r' || head[^3] != '\n' || head[^2] != '\r' || head[^1] != '\n')
            {
                if (await stream.ReadAsync(one, _shutdown.Token) == 0)
                {
                    return null;
                }

                head.Add(one[0]);
                if (head.Count > 64 * 1024)
                {
                    throw new IOException("request head too large");
                }
            }

            string[] lines = Encoding.ASCII.GetString(head.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            string[] requestLine = lines[0].Split(' ');
            var headers = new List<KeyValuePair<string, string>>();
            foreach (string line in lines.Skip(1))
            {
                int colon = line.IndexOf(':');
                headers.Add(new KeyValuePair<string, string>(line.Substring(0, colon).Trim(), line.Substring(colon + 1).Trim()));
            }

            string? length = headers.FirstOrDefault(h => h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Value;
            var body = new byte[length is null ? 0 : int.Parse(length, CultureInfo.InvariantCulture)];
            await stream.ReadExactlyAsync(body, _shutdown.Token);
            return new RecordedRequest(requestLine[0], requestLine[1], headers, body);
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int current;
            while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
            {
            }
        }

        private sealed class StoredAlgorithm
        {
            public StoredAlgorithm(string name, string body, long creationTime)
            {
                Name = name;
                Body = body;
                CreationTime = creationTime;
            }

            public string Name { get; }

            public string Body { get; }

            public long CreationTime { get; }
        }
    }
}
