using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AlgorithmGen.Serving.Host
{
    /// <summary>
    /// One log line per request: method, path, status, duration, and for <c>/invocations</c> the negotiated types and
    /// body sizes; never a body. <c>/ping</c> (every few seconds, from SageMaker) logs at Debug only.
    /// </summary>
    internal sealed class RequestLog
    {
        private readonly ILogger _logger;
        private int _inFlight;

        public RequestLog(ILogger logger) => _logger = logger;

        /// <summary>Requests being answered now.</summary>
        public int InFlight => Volatile.Read(ref _inFlight);

        public async Task InvokeAsync(HttpContext context, RequestDelegate next)
        {
            long started = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref _inFlight);
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
                LogLevel level = context.Request.Path == "/ping" ? LogLevel.Debug : LogLevel.Information;
                if (_logger.IsEnabled(level))
                {
                    double elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (context.Items.TryGetValue(Invocations.DetailItem, out object? detail))
                    {
                        _logger.Log(level, "{Method} {Path} {Status} {Elapsed:0.0} ms ({Detail}, {RequestBytes} B in, {ResponseBytes} B out)",
                            context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, elapsed, detail,
                            context.Request.ContentLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?",
                            context.Response.ContentLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?");
                    }
                    else
                    {
                        _logger.Log(level, "{Method} {Path} {Status} {Elapsed:0.0} ms", context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, elapsed);
                    }
                }
            }
        }
    }
}
