using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Client;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlgorithmGen.Hosting
{
    /// <summary>
    /// Registers the configured algorithms when the host starts. Start waits for registration, so the application
    /// does not serve before its algorithms exist; with <see cref="SageMakerAlgorithmsOptions.FailStartupOnError"/>
    /// a failure stops the start.
    /// </summary>
    internal sealed class AlgorithmRegistrationHostedService : IHostedService
    {
        private readonly SageMakerAlgorithmsOptions _options;
        private readonly IHttpClientFactory _httpClientFactory;
        private readonly ILoggerFactory _loggerFactory;
        private readonly AlgorithmRegistrationStatus _status;
        private readonly ILogger _logger;

        public AlgorithmRegistrationHostedService(
            IOptions<SageMakerAlgorithmsOptions> options, IHttpClientFactory httpClientFactory, ILoggerFactory loggerFactory, AlgorithmRegistrationStatus status)
        {
            _options = options.Value;
            _httpClientFactory = httpClientFactory;
            _loggerFactory = loggerFactory;
            _status = status;
            _logger = loggerFactory.CreateLogger("AlgorithmGen.Registration");
        }

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            AlgorithmDefinition[] algorithms = _options.Algorithms.Distinct().ToArray();
            AlgorithmRegistrationOptions registration = Copy(_options.Registration);
            registration.Logger = _logger;
            try
            {
                // Malformed settings are an error in every mode, the dry run included: they would fail the real run.
                SageMakerClient.ValidateSettings(registration.ClientOptions);
            }
            catch (SageMakerConfigurationException exception)
            {
                var failure = new AlgorithmRegistrationFailedException(exception);
                _status.Fail(failure);
                _logger.LogError("{Reason}", failure.Message);
                if (_options.FailStartupOnError)
                {
                    throw failure;
                }

                return;
            }

            using SageMakerClient? client = registration.DryRun
                ? null
                : new SageMakerClient(_httpClientFactory.CreateClient(SageMakerClient.HttpClientName), registration.ClientOptions, _loggerFactory.CreateLogger<SageMakerClient>());
            try
            {
                if (client != null && _options.DryRunWhenRegionOrCredentialsAreMissing && !await IsAwsConfiguredAsync(client, algorithms.Length, cancellationToken).ConfigureAwait(false))
                {
                    registration.DryRun = true;
                }

                registration.Client = client;
                _logger.LogInformation(
                    "Registering {Count} algorithm(s) with SageMaker{Mode}: {Algorithms}",
                    algorithms.Length, registration.DryRun ? " (dry run: validate and write payloads, send nothing)" : string.Empty, string.Join(", ", algorithms.Select(a => a.AlgorithmName)));
                IReadOnlyList<AlgorithmRegistrationReport> reports = await AlgorithmRegistrar.RegisterAllAsync(algorithms, registration, cancellationToken).ConfigureAwait(false);
                Log(reports);
                _status.Complete(reports);
                if (_options.FailStartupOnError && reports.Any(r => !r.Succeeded))
                {
                    throw new AlgorithmRegistrationFailedException(reports);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                _status.Cancel();
                throw;
            }
            catch (Exception exception) when (!(exception is AlgorithmRegistrationFailedException))
            {
                _status.Fail(exception);
                throw;
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        /// <summary>Resolves region, endpoint and credentials up front; false (and why, logged) when the region or credentials are missing.</summary>
        private async Task<bool> IsAwsConfiguredAsync(SageMakerClient client, int count, CancellationToken cancellationToken)
        {
            try
            {
                SageMakerClientConfiguration configuration = await client.ResolveConfigurationAsync(cancellationToken).ConfigureAwait(false);
                _logger.LogInformation("SageMaker: {Configuration}", configuration);
                return true;
            }
            catch (SageMakerConfigurationException exception) when (exception.Issue == SageMakerConfigurationIssue.Missing)
            {
                _status.DryRunReason = exception.Message;
                _logger.LogWarning("AWS is not configured, so {Count} algorithm(s) are registered in dry-run mode: {Reason}", count, exception.Message);
                return false;
            }
            catch (SageMakerConfigurationException)
            {
                // Malformed rather than missing: registration reports it for each algorithm, as in any live run.
                return true;
            }
        }

        private void Log(IReadOnlyList<AlgorithmRegistrationReport> reports)
        {
            foreach (AlgorithmRegistrationReport report in reports)
            {
                if (report.Result is { } result)
                {
                    _logger.LogInformation(
                        "Algorithm {AlgorithmName}: {Outcome}{Arn}{File}",
                        result.AlgorithmName,
                        result.Outcome,
                        result.AlgorithmArn is null ? string.Empty : " " + result.AlgorithmArn,
                        result.FilePath is null ? string.Empty : ", payload " + result.FilePath);
                }
                else
                {
                    // One line says what failed; the exception and its stack trace are for Debug.
                    _logger.LogError("Algorithm {AlgorithmName} could not be registered: {Reason}", report.Definition.AlgorithmName, AlgorithmRegistrationFailedException.Describe(report.Error!));
                    _logger.LogDebug(report.Error, "Algorithm {AlgorithmName}: the registration's exception", report.Definition.AlgorithmName);
                }
            }
        }

        /// <summary>A copy, so the host's settings are never changed by one start.</summary>
        private static AlgorithmRegistrationOptions Copy(AlgorithmRegistrationOptions options) => new AlgorithmRegistrationOptions
        {
            DryRun = options.DryRun,
            OutputDirectory = options.OutputDirectory,
            Configure = options.Configure,
            RuleSeverities = options.RuleSeverities,
            OnConflict = options.OnConflict,
            ClientOptions = options.ClientOptions,
            MaxConcurrency = options.MaxConcurrency,
            WaitUntilUsable = options.WaitUntilUsable,
        };
    }
}
