using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AlgorithmGen.Serving.Host
{
    /// <summary>
    /// The three routes. <c>/ping</c> and <c>/execution-parameters</c> answer from memory; <c>/invocations</c>
    /// negotiates before the handler runs (415, 406, 413), checks what it returns, and turns its failures into short
    /// answers without stopping the host.
    /// </summary>
    internal sealed class Invocations
    {
        /// <summary>Where the request log line finds what was negotiated (never the body).</summary>
        public const string DetailItem = "AlgorithmGen.Serving.Detail";

        private const int MaxErrorMessage = 300;

        private readonly ServingSettings _settings;
        private readonly ModelState _state;
        private readonly ILogger _logger;
        private readonly byte[] _executionParameters;

        public Invocations(ServingSettings settings, ModelState state, ILogger logger)
        {
            _settings = settings;
            _state = state;
            _logger = logger;
            _executionParameters = System.Text.Encoding.UTF8.GetBytes(settings.ExecutionParameters.ToJson());
        }

        /// <summary>200 with an empty body once the model is loaded, 503 before: the whole of SageMaker's health check.</summary>
        public Task PingAsync(HttpContext context)
        {
            context.Response.StatusCode = _state.Handler is null ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
            return Task.CompletedTask;
        }

        public Task ExecutionParametersAsync(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = _executionParameters.Length;
            return context.Response.Body.WriteAsync(_executionParameters, 0, _executionParameters.Length, context.RequestAborted);
        }

        public async Task InvokeAsync(HttpContext context)
        {
            HttpRequest request = context.Request;
            Func<InferenceRequest, CancellationToken, ValueTask<InferenceResponse>>? handler = _state.Handler;
            if (handler is null)
            {
                await ErrorAsync(context, StatusCodes.Status503ServiceUnavailable, "The model is not loaded yet; /ping answers 200 once it is.").ConfigureAwait(false);
                return;
            }

            string? contentTypeHeader = request.ContentType;
            if (!_settings.ContentTypes.TryMatchContentType(contentTypeHeader, out string contentType, out IReadOnlyDictionary<string, string> parameters))
            {
                await ErrorAsync(context, StatusCodes.Status415UnsupportedMediaType,
                    "Content-Type '" + contentTypeHeader + "' is not supported. Supported content types: " + _settings.ContentTypes.Description + ".").ConfigureAwait(false);
                return;
            }

            var accept = request.Headers.Accept;
            if (!_settings.ResponseTypes.TryNegotiate(accept, out string responseType))
            {
                await ErrorAsync(context, StatusCodes.Status406NotAcceptable,
                    "Accept '" + accept.ToString() + "' matches none of the supported response types: " + _settings.ResponseTypes.Description + ".").ConfigureAwait(false);
                return;
            }

            context.Items[DetailItem] = contentType + " -> " + responseType;
            var body = request.Body;
            if (_settings.MaxRequestBodySize is { } limit)
            {
                if (request.ContentLength > limit)
                {
                    await TooLargeAsync(context, limit).ConfigureAwait(false);
                    return;
                }

                body = new LimitedReadStream(body, limit);
            }

            InferenceResponse? response;
            try
            {
                response = await handler(new InferenceRequest(context, body, contentType, parameters, responseType), context.RequestAborted).ConfigureAwait(false);
            }
            catch (RequestBodyTooLargeException exception)
            {
                await TooLargeAsync(context, exception.Limit).ConfigureAwait(false);
                return;
            }
            catch (InferenceException exception)
            {
                await ErrorAsync(context, exception.StatusCode, Short(exception.Message)).ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The client went away: nobody reads an answer. 499 is what the log line shows (nginx's convention).
                context.Response.StatusCode = 499;
                return;
            }
            catch (BadHttpRequestException exception)
            {
                // The body itself was unreadable (a truncated upload, a bad chunk); Kestrel chose the status.
                await ErrorAsync(context, exception.StatusCode, "The request body could not be read: " + Short(exception.Message)).ConfigureAwait(false);
                return;
            }
            catch (Exception exception)
            {
                string headline = exception.GetType().Name + ": " + Short(exception.Message);
                if (_settings.IncludeStackTraces)
                {
                    _logger.LogError(exception, "The inference handler failed ({ContentType} -> {ResponseType}): {Error}", contentType, responseType, headline);
                }
                else
                {
                    _logger.LogError("The inference handler failed ({ContentType} -> {ResponseType}): {Error}", contentType, responseType, headline);
                }

                await ErrorAsync(context, StatusCodes.Status500InternalServerError, "Inference failed: " + headline).ConfigureAwait(false);
                return;
            }

            if (response is null)
            {
                await HandlerErrorAsync(context, "the inference handler returned no response").ConfigureAwait(false);
                return;
            }

            if (!_settings.ResponseTypes.Allows(response.ContentType, accept, out bool declared))
            {
                await HandlerErrorAsync(context, declared
                    ? "the inference handler answered with '" + response.ContentType + "', which the request's Accept '" + accept.ToString() + "' does not accept"
                    : "the inference handler answered with '" + response.ContentType + "', which the algorithm does not declare (SupportedResponseMIMETypes: " + _settings.ResponseTypes.Description + ")").ConfigureAwait(false);
                return;
            }

            HttpResponse http = context.Response;
            http.StatusCode = StatusCodes.Status200OK;
            http.ContentType = response.ContentType;
            http.ContentLength = response.Body.Length;
            if (response.CustomAttributes is { } attributes)
            {
                http.Headers[SageMakerHeaders.CustomAttributes] = attributes;
            }

            await http.Body.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
        }

        private Task TooLargeAsync(HttpContext context, long limit) => ErrorAsync(context, StatusCodes.Status413PayloadTooLarge,
            "The request body is larger than " + limit.ToString("N0", CultureInfo.InvariantCulture) + " bytes"
            + (limit == ServingHost.RealtimePayloadLimit ? ", InvokeEndpoint's limit (6 MiB)." : ", this container's limit."));

        private Task HandlerErrorAsync(HttpContext context, string problem)
        {
            _logger.LogError("Not sent: {Problem}.", problem);
            return ErrorAsync(context, StatusCodes.Status500InternalServerError, "Inference failed: " + problem + ".");
        }

        private static Task ErrorAsync(HttpContext context, int status, string message)
        {
            if (context.Response.HasStarted)
            {
                context.Abort();
                return Task.CompletedTask;
            }

            context.Response.Clear();
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/plain; charset=utf-8";
            byte[] bytes = System.Text.Encoding.UTF8.GetBytes(message + "\n");
            context.Response.ContentLength = bytes.Length;
            return context.Response.Body.WriteAsync(bytes, 0, bytes.Length, context.RequestAborted);
        }

        private static string Short(string message)
        {
            string line = ModelLoader.OneLine(message);
            return line.Length <= MaxErrorMessage ? line : line.Substring(0, MaxErrorMessage) + "...";
        }
    }
}
