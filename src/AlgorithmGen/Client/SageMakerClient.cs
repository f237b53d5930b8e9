using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Json;
using AlgorithmGen.Model;
using Amazon.Runtime.Credentials;
using Amazon.Runtime.Signing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace AlgorithmGen.Client
{
    /// <summary>
    /// A SageMaker client for the algorithm operations over the JSON 1.1 protocol: requests are written and read by the
    /// typed model's member lists, signed with AWSSDK.Core's public SigV4 signer, and retried with exponential backoff
    /// and jitter (Polly) when throttled or transiently failed.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <see cref="DescribeAlgorithmAsync"/> and <see cref="ListAlgorithmsAsync"/> are retried on every transient
    /// failure. <see cref="CreateAlgorithmAsync"/> and <see cref="DeleteAlgorithmAsync"/> change state and carry no
    /// idempotency token, so they are retried only when the service refused to process them (throttling): after a
    /// timeout, a reset or a 5xx the service may have acted, and sending again could fail falsely.
    /// <see cref="AlgorithmRegistrar"/> retries creates safely by checking what exists first.
    /// </para>
    /// <para>Thread-safe. Logs never contain credentials, signatures or session tokens.</para>
    /// </remarks>
    public sealed partial class SageMakerClient : IDisposable
    {
        /// <summary>The name of the <see cref="HttpClient"/> the hosting integration asks <c>IHttpClientFactory</c> for.</summary>
        public const string HttpClientName = "AlgorithmGen.SageMaker";

        internal const string ContentType = "application/x-amz-json-1.1";
        internal const string TargetPrefix = "SageMaker.";
        internal const string SigningName = "sagemaker";

        private static readonly ResiliencePropertyKey<CallState> CallStateKey = new ResiliencePropertyKey<CallState>("AlgorithmGen.SageMaker.Call");
        private static readonly string UserAgent = "AlgorithmGen/" + LibraryVersion() + " (SageMaker JSON 1.1; AWSSDK.Core signing)";

        private readonly HttpClient _http;
        private readonly bool _ownsHttpClient;
        private readonly SageMakerClientOptions _options;
        private readonly ILogger _logger;
        private readonly TimeProvider _timeProvider;
        private readonly DefaultAWSCredentialsIdentityResolver _credentialsChain = new DefaultAWSCredentialsIdentityResolver();
        private readonly SemaphoreSlim _settingsLock = new SemaphoreSlim(1, 1);
        private volatile SageMakerSettings? _settings;

        // Built with the settings, from the retry mode and attempts they resolve.
        private ResiliencePipeline? _pipeline;
        private AdaptiveRateLimiter? _rateLimiter;
        private RetryQuota? _retryQuota;

        /// <summary>Creates a client with its own <see cref="HttpClient"/>, disposed with the client.</summary>
        [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first, required parameter: no call can be ambiguous.")]
        public SageMakerClient(SageMakerClientOptions? options = null, ILogger? logger = null)
            : this(CreateOwnHttpClient(), ownsHttpClient: true, options, logger)
        {
        }

        /// <summary>
        /// Creates a client that sends through <paramref name="httpClient"/> (for example one from
        /// <c>IHttpClientFactory</c>), which the caller keeps owning. Add no retry handler to it: the client retries
        /// itself, re-signing every attempt.
        /// </summary>
        [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first, required parameter: no call can be ambiguous.")]
        public SageMakerClient(HttpClient httpClient, SageMakerClientOptions? options = null, ILogger? logger = null)
            : this(httpClient ?? throw new ArgumentNullException(nameof(httpClient)), ownsHttpClient: false, options, logger)
        {
        }

        /// <summary>
        /// Creates a client whose retry delays and timeouts run on <paramref name="timeProvider"/>, so tests can see the
        /// delays without waiting for them.
        /// </summary>
        internal SageMakerClient(SageMakerClientOptions options, ILogger? logger, TimeProvider timeProvider)
            : this(CreateOwnHttpClient(), ownsHttpClient: true, options, logger, timeProvider)
        {
        }

        private SageMakerClient(HttpClient httpClient, bool ownsHttpClient, SageMakerClientOptions? options, ILogger? logger, TimeProvider? timeProvider = null)
        {
            _http = httpClient;
            _ownsHttpClient = ownsHttpClient;
            _options = options ?? new SageMakerClientOptions();
            _options.Retry.Validate();
            _logger = logger ?? NullLogger.Instance;
            _timeProvider = timeProvider ?? TimeProvider.System;
        }

        /// <summary>The retry settings this client was created with.</summary>
        internal SageMakerRetryOptions Retry => _options.Retry;

        /// <summary>Creates an algorithm. Retried only when throttled (see the remarks on <see cref="SageMakerClient"/>).</summary>
        /// <exception cref="SageMakerServiceException">The service answered with an error.</exception>
        /// <exception cref="SageMakerUnavailableException">No usable answer came back.</exception>
        /// <exception cref="SageMakerConfigurationException">No region or credentials resolved; nothing was sent.</exception>
        public Task<CreateAlgorithmResponse> CreateAlgorithmAsync(CreateAlgorithmRequest request, CancellationToken cancellationToken = default) =>
            InvokeAsync<CreateAlgorithmResponse>(Operations.CreateAlgorithm, request, retryWhen: kind => kind == FailureKind.Throttled, cancellationToken);

        /// <summary>Describes an algorithm. Retried on throttling and transient failures.</summary>
        /// <exception cref="SageMakerServiceException">The service answered with an error (SageMaker answers a missing algorithm with a <c>ValidationException</c>).</exception>
        /// <exception cref="SageMakerUnavailableException">No usable answer came back.</exception>
        /// <exception cref="SageMakerConfigurationException">No region or credentials resolved; nothing was sent.</exception>
        public Task<DescribeAlgorithmResponse> DescribeAlgorithmAsync(DescribeAlgorithmRequest request, CancellationToken cancellationToken = default) =>
            InvokeAsync<DescribeAlgorithmResponse>(Operations.DescribeAlgorithm, request, retryWhen: kind => kind != FailureKind.Permanent, cancellationToken);

        /// <summary>Lists algorithms (one page). Retried on throttling and transient failures.</summary>
        /// <exception cref="SageMakerServiceException">The service answered with an error.</exception>
        /// <exception cref="SageMakerUnavailableException">No usable answer came back.</exception>
        /// <exception cref="SageMakerConfigurationException">No region or credentials resolved; nothing was sent.</exception>
        public Task<ListAlgorithmsResponse> ListAlgorithmsAsync(ListAlgorithmsRequest request, CancellationToken cancellationToken = default) =>
            InvokeAsync<ListAlgorithmsResponse>(Operations.ListAlgorithms, request, retryWhen: kind => kind != FailureKind.Permanent, cancellationToken);

        /// <summary>Deletes an algorithm. Retried only when throttled.</summary>
        /// <exception cref="SageMakerServiceException">The service answered with an error.</exception>
        /// <exception cref="SageMakerUnavailableException">No usable answer came back.</exception>
        /// <exception cref="SageMakerConfigurationException">No region or credentials resolved; nothing was sent.</exception>
        public async Task DeleteAlgorithmAsync(DeleteAlgorithmRequest request, CancellationToken cancellationToken = default)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            await ExecuteAsync(
                Operations.DeleteAlgorithm,
                (attempt, token) => SendAsync(Operations.DeleteAlgorithm, request, attempt, token),
                kind => kind == FailureKind.Throttled,
                cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Resolves the region, endpoint, retries and credentials now (they are otherwise resolved at the first call), so a
        /// caller can tell early whether AWS is configured.
        /// </summary>
        /// <exception cref="SageMakerConfigurationException">Something could not be resolved; the message says what.</exception>
        public async Task<SageMakerClientConfiguration> ResolveConfigurationAsync(CancellationToken cancellationToken = default) =>
            (await GetSettingsAsync(cancellationToken).ConfigureAwait(false)).Configuration;

        /// <summary>
        /// Checks every setting that is present (the endpoint URL, retry mode and attempts, FIPS and dual-stack flags,
        /// the profile, the region's name) without requiring a region or credentials and without a network call: what a
        /// dry run does so that a malformed setting fails in every mode.
        /// </summary>
        /// <exception cref="SageMakerConfigurationException">A setting is malformed; the message names it and its value.</exception>
        public static void ValidateSettings(SageMakerClientOptions? options = null)
        {
            options ??= new SageMakerClientOptions();
            options.Retry.Validate();
            SageMakerSettings.ResolveOffline(options, Environment.GetEnvironmentVariable);
        }

        /// <inheritdoc />
        public void Dispose()
        {
            if (_ownsHttpClient)
            {
                _http.Dispose();
            }

            _credentialsChain.Dispose();
            _settingsLock.Dispose();
        }

        /// <summary>
        /// Runs <paramref name="attempt"/> under the retry pipeline: each failure that <paramref name="retryWhen"/>
        /// accepts is retried with backoff until the attempts or the total time run out. Maps what is left to the
        /// client's exceptions, with <see cref="SageMakerException.Attempts"/> set.
        /// </summary>
        internal async Task<T> ExecuteAsync<T>(string operation, Func<AttemptInfo, CancellationToken, Task<T>> attempt, Func<FailureKind, bool> retryWhen, CancellationToken cancellationToken)
        {
            // Resolved outside the pipeline: a configuration problem is not transient and nothing was sent.
            SageMakerSettings settings = await GetSettingsAsync(cancellationToken).ConfigureAwait(false);
            var state = new CallState(operation, retryWhen, Guid.NewGuid().ToString(), settings.Retry.MaxAttempts, _rateLimiter, _retryQuota);
            long started = _timeProvider.GetTimestamp();
            ResilienceContext context = ResilienceContextPool.Shared.Get(cancellationToken);
            context.Properties.Set(CallStateKey, state);
            try
            {
                return await _pipeline!.ExecuteAsync(
                    static async (ctx, call) =>
                    {
                        CallState s = call.State;
                        if (s.RateLimiter is { } limiter)
                        {
                            await limiter.AcquireAsync(ctx.CancellationToken).ConfigureAwait(false);
                        }

                        s.Attempts++;
                        try
                        {
                            T result = await call.Attempt(new AttemptInfo(s.InvocationId, s.Attempts, s.MaxAttempts), ctx.CancellationToken).ConfigureAwait(false);
                            s.RateLimiter?.OnResponse(throttled: false);
                            s.Quota?.Release(s.LastRetryCost);
                            return result;
                        }
                        catch (SageMakerServiceException exception) when (s.RateLimiter != null)
                        {
                            s.RateLimiter.OnResponse(FailureClassifier.Classify(exception, ctx.CancellationToken) == FailureKind.Throttled);
                            throw;
                        }
                    },
                    context,
                    (State: state, Attempt: attempt)).ConfigureAwait(false);
            }
            catch (SageMakerException exception)
            {
                Finish(exception, state, started, settings);
                throw;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (TimeoutRejectedException exception)
            {
                throw Finish(
                    new SageMakerUnavailableException(
                        operation,
                        "SageMaker " + operation + " at " + settings.Configuration.Endpoint + " gave no usable answer in time ("
                        + Milliseconds(_options.Retry.AttemptTimeout) + " per attempt, " + Milliseconds(_options.Retry.TotalTimeout) + " in all)",
                        exception),
                    state, started, settings);
            }
            catch (Exception exception) when (exception is HttpRequestException || exception is IOException || exception is OperationCanceledException)
            {
                throw Finish(
                    new SageMakerUnavailableException(
                        operation, "SageMaker " + operation + " at " + settings.Configuration.Endpoint + " gave no answer: " + FailureClassifier.Describe(exception), exception),
                    state, started, settings);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }

        /// <summary>Sets what a person needs on the failure: the attempts, the time they took and the next step.</summary>
        private SageMakerException Finish(SageMakerException exception, CallState state, long started, SageMakerSettings settings)
        {
            exception.Attempts = state.Attempts;
            exception.Elapsed = _timeProvider.GetElapsedTime(started);
            exception.NextStep ??= NextSteps.For(exception, settings.Configuration);
            return exception;
        }

        /// <summary>Sends one signed request for <paramref name="operation"/> and reads the typed response.</summary>
        internal async Task<TResponse> SendAsync<TResponse>(string operation, IApiShape request, AttemptInfo attempt, CancellationToken cancellationToken)
            where TResponse : class, IApiShape, new()
        {
            byte[] body = await SendAsync(operation, request, attempt, cancellationToken).ConfigureAwait(false);
            return body.Length == 0 ? new TResponse() : PayloadJsonReader.Read<TResponse>(body);
        }

        /// <summary>Sends one signed request; returns the body of a 2xx response, throws a typed exception for an error response.</summary>
        internal async Task<byte[]> SendAsync(string operation, IApiShape request, AttemptInfo attempt, CancellationToken cancellationToken)
        {
            SageMakerSettings settings = await GetSettingsAsync(cancellationToken).ConfigureAwait(false);
            Uri endpoint = settings.Configuration.Endpoint;
            // ASCII by construction (PayloadJsonWriter escapes everything else), so these bytes are what was signed.
            byte[] payload = Encoding.UTF8.GetBytes(PayloadJsonWriter.ToCompactJson(request));

            var signingRequest = new AWSSigningRequest { HttpMethod = HttpMethod.Post, RequestUri = endpoint, Content = payload };
            signingRequest.Headers["Content-Type"] = ContentType;
            signingRequest.Headers["X-Amz-Target"] = TargetPrefix + operation;
            AWSSigningResult signature = await AWSSigV4Signer.SignAsync(
                signingRequest,
                new AWSSigV4Parameters { Credentials = settings.Credentials, Region = settings.Region, Service = SigningName },
                cancellationToken).ConfigureAwait(false);

            using var message = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(payload) };
            message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            message.Headers.TryAddWithoutValidation("X-Amz-Target", TargetPrefix + operation);
            foreach (var header in signature.Headers)
            {
                message.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            // Added after signing, as the AWS SDKs do: they let the service and logs tie retries of one call together.
            message.Headers.TryAddWithoutValidation("amz-sdk-invocation-id", attempt.InvocationId);
            message.Headers.TryAddWithoutValidation("amz-sdk-request", "attempt=" + attempt.Number + "; max=" + attempt.MaxAttempts);
            message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);

            var stopwatch = Stopwatch.StartNew();
            using HttpResponseMessage response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
#if NET5_0_OR_GREATER
            byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
            byte[] body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
#endif
            string? requestId = Header(response, SageMakerErrors.RequestIdHeader);
            _logger.LogDebug(
                "SageMaker {Operation} attempt {Attempt}: HTTP {Status}, request id {RequestId}, {ElapsedMs} ms",
                operation, attempt.Number, (int)response.StatusCode, requestId, stopwatch.ElapsedMilliseconds);
            if (response.IsSuccessStatusCode)
            {
                return body;
            }

            throw SageMakerErrors.FromResponse(operation, response.StatusCode, requestId, Header(response, SageMakerErrors.ErrorTypeHeader), body);
        }

        internal Task<TResponse> InvokeAsync<TResponse>(string operation, IApiShape request, Func<FailureKind, bool> retryWhen, CancellationToken cancellationToken)
            where TResponse : class, IApiShape, new()
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            return ExecuteAsync(operation, (attempt, token) => SendAsync<TResponse>(operation, request, attempt, token), retryWhen, cancellationToken);
        }

        private async Task<SageMakerSettings> GetSettingsAsync(CancellationToken cancellationToken)
        {
            if (_settings is { } resolved)
            {
                return resolved;
            }

            await _settingsLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (_settings is null)
                {
                    // A failure is not cached: the next call tries again (an SSO login may have happened meanwhile).
                    SageMakerSettings settings = await SageMakerSettings.ResolveAsync(_options, _credentialsChain, Environment.GetEnvironmentVariable, cancellationToken).ConfigureAwait(false);
                    _rateLimiter = settings.Retry.Mode == SageMakerRetryMode.Adaptive ? new AdaptiveRateLimiter(_timeProvider) : null;
                    _retryQuota = settings.Retry.Mode == SageMakerRetryMode.Legacy ? null : new RetryQuota();
                    _pipeline = BuildPipeline(_options.Retry, settings.Retry.MaxAttempts, _logger, _timeProvider);
                    _settings = settings;
                    _logger.LogDebug("SageMaker client: {Configuration}", settings.Configuration);
                }

                return _settings;
            }
            finally
            {
                _settingsLock.Release();
            }
        }

        private static ResiliencePipeline BuildPipeline(SageMakerRetryOptions retry, int maxAttempts, ILogger logger, TimeProvider timeProvider)
        {
            var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };
            // Outermost: bounds the whole operation, delays included.
            builder.AddTimeout(retry.TotalTimeout);
            if (maxAttempts > 1)
            {
                var random = new Random();
                builder.AddRetry(new RetryStrategyOptions
                {
                    MaxRetryAttempts = maxAttempts - 1,
                    // The AWS SDKs' backoff: min(b × BaseDelay × 2^i, MaxDelay) with b uniform in [0, 1) (full jitter).
                    DelayGenerator = args =>
                    {
                        double jitter;
                        lock (random)
                        {
                            jitter = random.NextDouble();
                        }

                        double delay = Math.Min(jitter * retry.BaseDelay.TotalMilliseconds * Math.Pow(2, args.AttemptNumber), retry.MaxDelay.TotalMilliseconds);
                        return new ValueTask<TimeSpan?>(TimeSpan.FromMilliseconds(delay));
                    },
                    ShouldHandle = args =>
                    {
                        if (!(args.Outcome.Exception is { } failure && args.Context.Properties.TryGetValue(CallStateKey, out CallState? state)
                            && state.RetryWhen(FailureClassifier.Classify(failure, args.Context.CancellationToken))))
                        {
                            return new ValueTask<bool>(false);
                        }

                        // Polly asks after the last attempt too; only a retry that will happen pays the quota.
                        if (state.Quota is { } quota && state.Attempts < state.MaxAttempts)
                        {
                            bool timedOut = failure is TimeoutRejectedException || failure is OperationCanceledException;
                            if (!quota.TryAcquire(timedOut, out int cost))
                            {
                                logger.LogInformation(
                                    "SageMaker {Operation} attempt {Attempt} failed: {Failure}; not retried, the client's retry quota is spent (too many failures lately)",
                                    state.Operation, state.Attempts, FailureClassifier.Describe(failure));
                                return new ValueTask<bool>(false);
                            }

                            state.LastRetryCost = cost;
                        }

                        return new ValueTask<bool>(true);
                    },
                    OnRetry = args =>
                    {
                        if (args.Context.Properties.TryGetValue(CallStateKey, out CallState? state) && args.Outcome.Exception is { } failure)
                        {
                            // Information, not Warning: a retry is the client working; only the final failure is an error.
                            logger.LogInformation(
                                "SageMaker {Operation} attempt {Attempt} of {MaxAttempts} failed: {Failure}; retrying in {DelayMs} ms",
                                state.Operation, state.Attempts, state.MaxAttempts, FailureClassifier.Describe(failure), (long)args.RetryDelay.TotalMilliseconds);
                        }

                        return default;
                    },
                });
            }

            // Innermost: bounds each attempt, so one hung connection does not use up the total time.
            builder.AddTimeout(retry.AttemptTimeout);
            return builder.Build();
        }

        private static HttpClient CreateOwnHttpClient()
        {
#if NET5_0_OR_GREATER
            // Pooled connections are recycled so DNS changes of the regional endpoint are seen.
            var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), UseCookies = false };
#else
            var handler = new HttpClientHandler { UseCookies = false };
#endif
            // The retry pipeline's timeouts govern; HttpClient's own 100 s default would only confuse them.
            return new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        }

        private static string? Header(HttpResponseMessage response, string name) =>
            response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

        private static string Milliseconds(TimeSpan span) => span.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";

        private static string LibraryVersion() =>
            typeof(SageMakerClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

        /// <summary>The state of one logical call across its attempts, read by the retry strategy's callbacks.</summary>
        private sealed class CallState
        {
            public CallState(string operation, Func<FailureKind, bool> retryWhen, string invocationId, int maxAttempts, AdaptiveRateLimiter? rateLimiter, RetryQuota? quota)
            {
                Operation = operation;
                RetryWhen = retryWhen;
                InvocationId = invocationId;
                MaxAttempts = maxAttempts;
                RateLimiter = rateLimiter;
                Quota = quota;
            }

            public AdaptiveRateLimiter? RateLimiter { get; }

            public RetryQuota? Quota { get; }

            /// <summary>What the last retry took from <see cref="Quota"/>; given back when the call succeeds.</summary>
            public int LastRetryCost { get; set; }

            public string Operation { get; }

            public Func<FailureKind, bool> RetryWhen { get; }

            public string InvocationId { get; }

            public int MaxAttempts { get; }

            public int Attempts { get; set; }
        }
    }

    /// <summary>Which attempt of which logical call a request is.</summary>
    internal readonly struct AttemptInfo
    {
        public AttemptInfo(string invocationId, int number, int maxAttempts)
        {
            InvocationId = invocationId;
            Number = number;
            MaxAttempts = maxAttempts;
        }

        /// <summary>A single attempt of a call of its own (no retries).</summary>
        public static AttemptInfo Single() => new AttemptInfo(Guid.NewGuid().ToString(), 1, 1);

        public string InvocationId { get; }

        public int Number { get; }

        public int MaxAttempts { get; }
    }

    /// <summary>The operation names, as they appear in <c>X-Amz-Target</c> after <c>SageMaker.</c>.</summary>
    internal static partial class Operations
    {
        public const string CreateAlgorithm = "CreateAlgorithm";
        public const string DescribeAlgorithm = "DescribeAlgorithm";
        public const string ListAlgorithms = "ListAlgorithms";
        public const string DeleteAlgorithm = "DeleteAlgorithm";
    }
}
