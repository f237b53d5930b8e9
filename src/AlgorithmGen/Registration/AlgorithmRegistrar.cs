using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Client;
using AlgorithmGen.Json;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AlgorithmGen
{
    /// <summary>
    /// Validates and registers algorithm definitions. Generated <c>RegisterAsync</c> methods call
    /// <see cref="RegisterAsync"/>, and the generated catalog's <c>RegisterAllAsync</c> calls <see cref="RegisterAllAsync"/>.
    /// </summary>
    public static class AlgorithmRegistrar
    {
        /// <summary>
        /// Builds the request (compile-time values, then <see cref="AlgorithmRegistrationOptions.Configure"/>), validates
        /// it, writes it to <see cref="AlgorithmRegistrationOptions.OutputDirectory"/> when set, and, unless
        /// <see cref="AlgorithmRegistrationOptions.DryRun"/>, registers it with SageMaker idempotently: an algorithm that
        /// already exists with the same specification is success, a create whose answer was lost is detected rather
        /// than repeated, and throttling and transient failures are retried.
        /// </summary>
        /// <remarks>
        /// A live registration needs the IAM permissions <c>sagemaker:DescribeAlgorithm</c>, <c>sagemaker:ListAlgorithms</c>
        /// (to confirm that an algorithm is absent) and <c>sagemaker:CreateAlgorithm</c>, plus <c>sagemaker:AddTags</c>
        /// when the request has tags.
        /// </remarks>
        /// <exception cref="AlgorithmValidationException">The request has errors; nothing was sent or written.</exception>
        /// <exception cref="AlgorithmConflictException">The name is taken by a different specification; nothing was created.</exception>
        /// <exception cref="SageMakerException">SageMaker refused the request, could not be reached, or AWS is not configured.</exception>
        public static async Task<AlgorithmRegistrationResult> RegisterAsync(AlgorithmDefinition definition, AlgorithmRegistrationOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (definition is null)
            {
                throw new ArgumentNullException(nameof(definition));
            }

            cancellationToken.ThrowIfCancellationRequested();
            options ??= new AlgorithmRegistrationOptions();
            PreparedRequest prepared = Prepare(definition, options);
            if (options.DryRun)
            {
                return prepared.DryRunResult();
            }

            SageMakerClient? ownClient = options.Client is null ? new SageMakerClient(options.ClientOptions, options.Logger) : null;
            try
            {
                return await RegisterLiveAsync(prepared, options, options.Client ?? ownClient!, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                ownClient?.Dispose();
            }
        }

        /// <summary>
        /// Registers every definition as <see cref="RegisterAsync"/> does, at most
        /// <see cref="AlgorithmRegistrationOptions.MaxConcurrency"/> at a time, through one shared client, and reports
        /// each algorithm's result or error in the order given. One algorithm's failure does not stop the others.
        /// </summary>
        /// <returns>One report per definition, in the order given.</returns>
        /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
        public static async Task<IReadOnlyList<AlgorithmRegistrationReport>> RegisterAllAsync(
            IEnumerable<AlgorithmDefinition> definitions, AlgorithmRegistrationOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (definitions is null)
            {
                throw new ArgumentNullException(nameof(definitions));
            }

            AlgorithmDefinition[] all = definitions.ToArray();
            if (all.Any(d => d is null))
            {
                throw new ArgumentException("A definition is null.", nameof(definitions));
            }

            cancellationToken.ThrowIfCancellationRequested();
            options ??= new AlgorithmRegistrationOptions();
            if (options.MaxConcurrency < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(options), options.MaxConcurrency, "MaxConcurrency must be at least 1.");
            }

            // Build, configure, validate and write one at a time: Configure need not be thread-safe, and every
            // validation error is known before the first request is sent.
            var prepared = new PreparedRequest?[all.Length];
            var reports = new AlgorithmRegistrationReport?[all.Length];
            for (int i = 0; i < all.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    prepared[i] = Prepare(all[i], options);
                    if (options.DryRun)
                    {
                        reports[i] = new AlgorithmRegistrationReport(all[i], prepared[i]!.DryRunResult(), null);
                        options.Progress?.Report(reports[i]!);
                    }
                }
                catch (Exception exception) when (exception is AlgorithmValidationException || exception is IOException || exception is UnauthorizedAccessException)
                {
                    reports[i] = new AlgorithmRegistrationReport(all[i], null, exception);
                    options.Progress?.Report(reports[i]!);
                }
            }

            if (!options.DryRun && reports.Any(r => r is null))
            {
                SageMakerClient? ownClient = options.Client is null ? new SageMakerClient(options.ClientOptions, options.Logger) : null;
                SageMakerClient client = options.Client ?? ownClient!;
                using var gate = new SemaphoreSlim(options.MaxConcurrency);
                try
                {
                    await Task.WhenAll(Enumerable.Range(0, all.Length).Where(i => reports[i] is null).Select(async i =>
                    {
                        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                        try
                        {
                            try
                            {
                                AlgorithmRegistrationResult result = await RegisterLiveAsync(prepared[i]!, options, client, cancellationToken).ConfigureAwait(false);
                                reports[i] = new AlgorithmRegistrationReport(all[i], result, null);
                            }
                            catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
                            {
                                reports[i] = new AlgorithmRegistrationReport(all[i], null, exception);
                            }

                            options.Progress?.Report(reports[i]!);
                        }
                        finally
                        {
                            gate.Release();
                        }
                    })).ConfigureAwait(false);
                }
                finally
                {
                    ownClient?.Dispose();
                }
            }

            return reports.Select(r => r!).ToArray();
        }

        private static PreparedRequest Prepare(AlgorithmDefinition definition, AlgorithmRegistrationOptions options)
        {
            CreateAlgorithmRequest request = definition.CreateRequest();
            options.Configure?.Invoke(request);

            // The build's severities, then the run's: a rule the build made a warning or turned off does not block here either.
            IReadOnlyList<Violation> violations = definition.RuleSeverities.With(options.RuleSeverities).Apply(RequestValidator.Validate(request));
            string name = request.AlgorithmName ?? definition.AlgorithmName;
            if (RequestValidator.HasErrors(violations))
            {
                throw new AlgorithmValidationException(name, violations);
            }

            string? filePath = null;
            if (options.OutputDirectory is { } directory)
            {
                // The build's rules: a name that cannot name a file is refused, and an unchanged file is left alone.
                if (Payloads.PayloadFile.ProblemWithName(name) is { } problem)
                {
                    throw new ArgumentException("The algorithm name '" + name + "' cannot name a payload file in " + directory + ": " + problem + ".", nameof(options));
                }

                filePath = Path.Combine(directory, Payloads.PayloadFile.FileNameFor(name));
                Payloads.PayloadFile.WriteIfChanged(filePath, Payloads.PayloadFile.ContentFor(PayloadJsonWriter.ToIndentedJson(request)));
            }

            return new PreparedRequest(name, request, PayloadJsonWriter.ToCompactJson(request), filePath, violations);
        }

        private static async Task<AlgorithmRegistrationResult> RegisterLiveAsync(PreparedRequest prepared, AlgorithmRegistrationOptions options, SageMakerClient client, CancellationToken cancellationToken)
        {
            ILogger logger = options.Logger ?? NullLogger.Instance;
            logger.LogInformation("Registering algorithm {AlgorithmName} with SageMaker", prepared.Name);
            LiveRegistration.Outcome outcome = await new LiveRegistration(client, logger)
                .RegisterAsync(prepared.Request, options.OnConflict, cancellationToken).ConfigureAwait(false);
            string? status = outcome.AlgorithmStatus;
            if (options.WaitUntilUsable is { } wait && status != "Completed")
            {
                logger.LogInformation("Waiting until SageMaker has validated algorithm {AlgorithmName}", outcome.AlgorithmName);
                WaiterOptions waiter = wait.Logger is null
                    ? new WaiterOptions { InitialDelay = wait.InitialDelay, MaxDelay = wait.MaxDelay, Timeout = wait.Timeout, Logger = logger }
                    : wait;
                status = (await client.WaitForAlgorithmAsync(outcome.AlgorithmArn ?? outcome.AlgorithmName, waiter, cancellationToken).ConfigureAwait(false)).AlgorithmStatus;
            }

            return new AlgorithmRegistrationResult(
                outcome.AlgorithmName, prepared.Name, prepared.Request, prepared.CompactJson, outcome.Kind, prepared.FilePath, prepared.Warnings,
                outcome.AlgorithmArn, status, outcome.RecoveredLostResponse);
        }

        /// <summary>A request that passed validation, with its body and the file written for it.</summary>
        private sealed class PreparedRequest
        {
            public PreparedRequest(string name, CreateAlgorithmRequest request, string compactJson, string? filePath, IReadOnlyList<Violation> warnings)
            {
                Name = name;
                Request = request;
                CompactJson = compactJson;
                FilePath = filePath;
                Warnings = warnings;
            }

            public string Name { get; }

            public CreateAlgorithmRequest Request { get; }

            public string CompactJson { get; }

            public string? FilePath { get; }

            public IReadOnlyList<Violation> Warnings { get; }

            public AlgorithmRegistrationResult DryRunResult() =>
                new AlgorithmRegistrationResult(Name, Name, Request, CompactJson, AlgorithmRegistrationOutcome.DryRun, FilePath, Warnings, null, null, false);
        }
    }
}
