using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AlgorithmGen.Serving.Host
{
    /// <summary>
    /// Loads the model once, in the background, after the server listens: SageMaker expects connections to be accepted
    /// within 250 ms of start and polls <c>/ping</c>, which answers 503 until the model is loaded. A loader that throws
    /// stops the host (exit 1) with one log line saying why.
    /// </summary>
    internal sealed class ModelLoader : IHostedService
    {
        private readonly Func<ServingModel, CancellationToken, Task<Func<InferenceRequest, CancellationToken, ValueTask<InferenceResponse>>?>> _load;
        private readonly ServingSettings _settings;
        private readonly ModelState _state;
        private readonly IHostApplicationLifetime _lifetime;
        private readonly ILogger _logger;
        private readonly IServiceProvider _services;
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private Task _loading = Task.CompletedTask;

        public ModelLoader(
            Func<ServingModel, CancellationToken, Task<Func<InferenceRequest, CancellationToken, ValueTask<InferenceResponse>>?>> load,
            ServingSettings settings,
            ModelState state,
            IHostApplicationLifetime lifetime,
            ILogger logger,
            IServiceProvider services)
        {
            _load = load;
            _settings = settings;
            _state = state;
            _lifetime = lifetime;
            _logger = logger;
            _services = services;
        }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            _lifetime.ApplicationStarted.Register(() => _loading = Task.Run(LoadAsync));
            return Task.CompletedTask;
        }

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            _stopping.Cancel();
            try
            {
                await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopping while the loader still runs: it was told to stop; the process ends anyway.
            }
        }

        private async Task LoadAsync()
        {
            string directory = _settings.ModelDirectory;
            long started = Stopwatch.GetTimestamp();
            try
            {
                _logger.LogInformation(
                    "Serving '{Algorithm}' on port {Port}: content types {ContentTypes}; response types {ResponseTypes}; request bodies up to {Limit}.",
                    _settings.AlgorithmName, _settings.Port, _settings.ContentTypes.Description, _settings.ResponseTypes.Description,
                    _settings.MaxRequestBodySize is { } limit ? limit + " bytes" : "any size");
                if (!Directory.Exists(directory))
                {
                    throw new DirectoryNotFoundException("the model folder " + directory + " does not exist (SageMaker extracts ModelDataUrl there; pass --model for a local run)");
                }

                _logger.LogInformation("Loading the model from {ModelDirectory}; /ping answers 503 until it is loaded.", directory);
                var handler = await _load(new ServingModel(directory, _logger, _services), _stopping.Token).ConfigureAwait(false);
                if (handler is null)
                {
                    throw new InvalidOperationException("the model loader returned no handler");
                }

                _state.Ready(handler);
                _logger.LogInformation("Model loaded in {Elapsed:0} ms; /ping answers 200.", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                _state.Fail("stopped while loading the model");
            }
            catch (Exception exception)
            {
                string reason = exception is DirectoryNotFoundException && exception.Message.StartsWith("the model folder", StringComparison.Ordinal)
                    ? exception.Message
                    : "loading the model failed: " + exception.GetType().Name + ": " + OneLine(exception.Message);
                _state.Fail(reason);
                if (_settings.IncludeStackTraces)
                {
                    _logger.LogCritical(exception, "Stopping: {Reason}.", reason);
                }
                else
                {
                    _logger.LogCritical("Stopping: {Reason}.", reason);
                }

                _lifetime.StopApplication();
            }
        }

        internal static string OneLine(string text) => text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
    }
}
