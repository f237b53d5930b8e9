using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Serving.Host;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AlgorithmGen.Serving
{
    /// <summary>
    /// The inference container's process: the one call in <c>Program.cs</c>,
    /// <c>return await ServingHost.RunAsync&lt;MyAlgorithm.InferenceContract&gt;(args, model =&gt; new Predictor(model.Directory).InvokeAsync);</c>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// SageMaker starts an inference image (real-time endpoints and batch transform alike) as <c>&lt;image&gt; serve</c>.
    /// The host listens at once on port 8080 (<c>SAGEMAKER_BIND_TO_PORT</c> in multi-container endpoints and
    /// pipelines; <c>--port</c> locally), then loads the model once from <c>/opt/ml/model</c> (<c>--model</c>) through
    /// the loader; <c>GET /ping</c> answers 503 until the loader returns and 200 (empty body) after.
    /// </para>
    /// <para>
    /// <c>POST /invocations</c> is negotiated by the algorithm's declared InferenceSpecification before the handler
    /// runs: a <c>Content-Type</c> that is not one of <c>SupportedContentTypes</c> gets 415, an <c>Accept</c> that no
    /// <c>SupportedResponseMIMETypes</c> entry satisfies gets 406 (a missing <c>Accept</c> or <c>*/*</c> means the first
    /// declared type), a body over 6 MiB gets 413; each answer says which types or size are supported. The handler's
    /// response type is checked against the declared list (500 otherwise); a handler that throws gets 500 with a short
    /// message (<see cref="InferenceException"/> chooses another status) and the host keeps serving.
    /// <c>GET /execution-parameters</c> reports the batch settings (<see cref="ExecutionParameters"/>).
    /// </para>
    /// <para>
    /// SIGTERM (SageMaker follows it with SIGKILL 30 s later) stops accepting connections, lets in-flight requests
    /// finish for up to <see cref="ServingHostOptions.ShutdownTimeout"/>, and exits 0. Logs go through ILogger, one line
    /// per request with its status and duration; bodies are never logged. The console lines are those of
    /// <c>AddSimpleConsole</c> (single line), written to stdout in batches by a thread of their own; a
    /// <see cref="ServingHostOptions.ConfigureBuilder"/> that replaces the logging providers replaces that too. Exit codes: <see cref="ExitStopped"/>,
    /// <see cref="ExitFailed"/>, <see cref="ExitUsage"/>.
    /// </para>
    /// </remarks>
    public static class ServingHost
    {
        /// <summary>0: stopped by SIGTERM or SIGINT after in-flight requests finished.</summary>
        public const int ExitStopped = 0;

        /// <summary>1: the model did not load, or the server could not listen; one log line says why.</summary>
        public const int ExitFailed = 1;

        /// <summary>2: the command line (or <c>SAGEMAKER_BIND_TO_PORT</c>) is not usable; nothing was served.</summary>
        public const int ExitUsage = 2;

        /// <summary>The port SageMaker calls when <c>SAGEMAKER_BIND_TO_PORT</c> is not set.</summary>
        public const int DefaultPort = 8080;

        /// <summary>InvokeEndpoint's request and response body limit: 6 MiB (6,291,456 bytes).</summary>
        public const long RealtimePayloadLimit = 6L * 1024 * 1024;

        /// <summary>The log category of the host's own lines.</summary>
        public const string LogCategory = "AlgorithmGen.Serving";

        /// <summary>Serves the algorithm with a model loaded synchronously; returns the process's exit code.</summary>
        /// <typeparam name="TContract">The algorithm's generated <c>InferenceContract</c>.</typeparam>
        /// <param name="args">The process's arguments: <c>serve</c> and options (<c>serve --help</c> lists them).</param>
        /// <param name="load">Loads the model from <see cref="ServingModel.Directory"/> once and returns the handler of every request.</param>
        /// <param name="options">Defaults for what the command line and the environment do not set; null for the defaults.</param>
        [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the loader's parameter count: no lambda can be ambiguous.")]
        public static Task<int> RunAsync<TContract>(string[] args, Func<ServingModel, InferenceHandler<TContract>> load, ServingHostOptions? options = null)
            where TContract : class, IServingContract<TContract>
        {
            if (load is null)
            {
                throw new ArgumentNullException(nameof(load));
            }

            return RunAsync<TContract>(args, (model, _) => Task.FromResult(load(model)), options);
        }

        /// <summary>Serves the algorithm with a model loaded asynchronously; returns the process's exit code.</summary>
        /// <typeparam name="TContract">The algorithm's generated <c>InferenceContract</c>.</typeparam>
        /// <param name="args">The process's arguments: <c>serve</c> and options (<c>serve --help</c> lists them).</param>
        /// <param name="loadAsync">Loads the model once and returns the handler of every request; the token fires if the host stops first.</param>
        /// <param name="options">Defaults for what the command line and the environment do not set; null for the defaults.</param>
        [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the loader's parameter count: no lambda can be ambiguous.")]
        public static async Task<int> RunAsync<TContract>(string[] args, Func<ServingModel, CancellationToken, Task<InferenceHandler<TContract>>> loadAsync, ServingHostOptions? options = null)
            where TContract : class, IServingContract<TContract>
        {
            if (args is null)
            {
                throw new ArgumentNullException(nameof(args));
            }

            if (loadAsync is null)
            {
                throw new ArgumentNullException(nameof(loadAsync));
            }

            options ??= new ServingHostOptions();
            string application = AppDomain.CurrentDomain.FriendlyName;
            CommandLine line = CommandLine.Parse(args);
            if (line.Error is not null)
            {
                return UsageError(application, line.Error);
            }

            if (line.Help)
            {
                Console.Out.Write(CommandLine.HelpText(application));
                return ExitStopped;
            }

            var settings = new ServingSettings(
                TContract.AlgorithmName,
                TContract.SupportedContentTypes,
                TContract.SupportedResponseMimeTypes,
                ExecutionParameters.Resolve(options.Batch, TContract.DeclaredBatchSettings));
            if (settings.Resolve(line, options, Environment.GetEnvironmentVariable) is { } problem)
            {
                return UsageError(application, problem);
            }

            LogLevel level = MinimumLogLevel(options, line);
            settings.IncludeStackTraces = level <= LogLevel.Debug;

            WebApplication app = Build(line, settings, level, options, async (model, cancellationToken) =>
            {
                InferenceHandler<TContract>? handler = await loadAsync(model, cancellationToken).ConfigureAwait(false);
                return handler is null ? null : new Func<InferenceRequest, CancellationToken, ValueTask<InferenceResponse>>(handler.Invoke);
            });

            await using (app.ConfigureAwait(false))
            {
                ILogger logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory);
                ServingSettings served = app.Services.GetRequiredService<ServingSettings>();
                RequestLog requests = app.Services.GetRequiredService<RequestLog>();
                app.Lifetime.ApplicationStopping.Register(() => logger.LogInformation(
                    "Stopping: no new connections; finishing {InFlight} in-flight request(s) (SageMaker sends SIGKILL 30 s after SIGTERM).", requests.InFlight));
                try
                {
                    await app.StartAsync().ConfigureAwait(false);
                }
                catch (IOException exception)
                {
                    logger.LogCritical("Cannot listen on port {Port}: {Error}", served.Port, ModelLoader.OneLine(exception.Message));
                    return ExitFailed;
                }

                await app.WaitForShutdownAsync().ConfigureAwait(false);
                ModelState state = app.Services.GetRequiredService<ModelState>();
                if (state.Failure is { } failure)
                {
                    return ExitFailed;
                }

                logger.LogInformation("Stopped.");
                return ExitStopped;
            }
        }

        private static WebApplication Build(
            CommandLine line,
            ServingSettings settings,
            LogLevel level,
            ServingHostOptions options,
            Func<ServingModel, CancellationToken, Task<Func<InferenceRequest, CancellationToken, ValueTask<InferenceResponse>>?>> load)
        {
            // The slim builder: Kestrel without HTTPS or IIS, configuration from the forwarded --key=value arguments.
            // A container's configuration does not change while it serves: no watcher of the content root (which
            // woke on every write below it), unless a forwarded argument asks for one.
            string[] arguments = new[] { "--hostBuilder:reloadConfigOnChange=false" }.Concat(line.Forwarded).ToArray();
            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = arguments });
            builder.Logging.ClearProviders();
            builder.Logging.AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.IncludeScopes = false;
            });
            // The same lines through the same formatter, written to stdout in batches (BatchedConsoleLoggerProvider says why).
            builder.Services.RemoveAll<ILoggerProvider>();
            builder.Services.AddSingleton<ILoggerProvider, BatchedConsoleLoggerProvider>();
            builder.Logging.SetMinimumLevel(level);
            // The framework's own lines (per-request diagnostics, lifetime banners) only when something is wrong.
            builder.Logging.AddFilter("Microsoft", level > LogLevel.Warning ? level : LogLevel.Warning);
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                kestrel.ListenAnyIP(settings.Port);
                kestrel.AddServerHeader = false;
                // The host enforces its own limit (413 with a message; none in an unbounded batch job).
                kestrel.Limits.MaxRequestBodySize = null;
            });
            builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);
            builder.Services.AddSingleton(settings);
            builder.Services.AddSingleton<ModelState>();
            builder.Services.AddSingleton(services => new RequestLog(services.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory)));
            builder.Services.AddHostedService(services => new ModelLoader(
                load,
                services.GetRequiredService<ServingSettings>(),
                services.GetRequiredService<ModelState>(),
                services.GetRequiredService<IHostApplicationLifetime>(),
                services.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory),
                services));
            options.ConfigureBuilder?.Invoke(builder);

            WebApplication app = builder.Build();
            RequestLog requests = app.Services.GetRequiredService<RequestLog>();
            var invocations = new Invocations(
                app.Services.GetRequiredService<ServingSettings>(),
                app.Services.GetRequiredService<ModelState>(),
                app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory));
            app.Use(requests.InvokeAsync);
            app.MapGet("/ping", (RequestDelegate)invocations.PingAsync);
            app.MapPost("/invocations", (RequestDelegate)invocations.InvokeAsync);
            app.MapGet("/execution-parameters", (RequestDelegate)invocations.ExecutionParametersAsync);
            return app;
        }

        private static LogLevel MinimumLogLevel(ServingHostOptions options, CommandLine line)
        {
            if (line.Verbose)
            {
                return LogLevel.Debug < options.MinimumLogLevel ? LogLevel.Debug : options.MinimumLogLevel;
            }

            string? variable = Environment.GetEnvironmentVariable(ServingSettings.LogLevelVariable);
            if (variable is { Length: > 0 })
            {
                if (Enum.TryParse(variable, ignoreCase: true, out LogLevel level) && Enum.IsDefined(level))
                {
                    return level;
                }

                Console.Error.WriteLine("warn: " + ServingSettings.LogLevelVariable + "='" + variable + "' is not a log level (Trace, Debug, Information, Warning, Error, Critical, None); using " + options.MinimumLogLevel + ".");
            }

            return options.MinimumLogLevel;
        }

        private static int UsageError(string application, string problem)
        {
            Console.Error.WriteLine("error: " + problem + ".");
            Console.Error.WriteLine(CommandLine.Usage(application));
            return ExitUsage;
        }
    }
}
