using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Client;
using AlgorithmGen.Model;
using Microsoft.Extensions.Logging;

namespace AlgorithmGen
{
    /// <summary>
    /// Registers one validated request with SageMaker so that running it again, or retrying it after any failure,
    /// leaves exactly one algorithm of that specification:
    /// <list type="number">
    /// <item>DescribeAlgorithm first: an existing algorithm with the same specification is success; a different one
    /// is a conflict (or a versioned name, by option).</item>
    /// <item>CreateAlgorithm with retries. Whenever an attempt ended without an answer from the service (timeout,
    /// connection reset, 5xx), the service may have created the algorithm, so the next attempt describes it first
    /// and, if it is there and identical, stops: created once, not reported as failed.</item>
    /// <item>A create refused because the name exists (a concurrent creator, or a resend the HTTP stack made on a
    /// reused connection) is resolved the same way.</item>
    /// </list>
    /// </summary>
    internal sealed class LiveRegistration
    {
        private readonly SageMakerClient _client;
        private readonly ILogger _logger;

        public LiveRegistration(SageMakerClient client, ILogger logger)
        {
            _client = client;
            _logger = logger;
        }

        /// <summary>The outcome of a live registration.</summary>
        internal sealed class Outcome
        {
            public Outcome(string algorithmName, AlgorithmRegistrationOutcome kind, string? algorithmArn, string? algorithmStatus, bool recoveredLostResponse)
            {
                AlgorithmName = algorithmName;
                Kind = kind;
                AlgorithmArn = algorithmArn;
                AlgorithmStatus = algorithmStatus;
                RecoveredLostResponse = recoveredLostResponse;
            }

            public string AlgorithmName { get; }

            public AlgorithmRegistrationOutcome Kind { get; }

            public string? AlgorithmArn { get; }

            public string? AlgorithmStatus { get; }

            public bool RecoveredLostResponse { get; }
        }

        /// <exception cref="AlgorithmConflictException">The name (and, by option, the versioned name) holds a different specification.</exception>
        /// <exception cref="SageMakerException">SageMaker refused, or could not be reached.</exception>
        public async Task<Outcome> RegisterAsync(CreateAlgorithmRequest request, AlgorithmConflictBehavior onConflict, CancellationToken cancellationToken)
        {
            string name = request.AlgorithmName!;
            DescribeAlgorithmResponse? existing = await FindAsync(name, cancellationToken).ConfigureAwait(false);
            if (existing != null)
            {
                IReadOnlyList<SpecificationDifference> differences = AlgorithmSpecification.Compare(request, existing);
                if (differences.Count == 0)
                {
                    return AlreadyRegistered(name, existing);
                }

                string versionedName = AlgorithmSpecification.VersionedName(name, request);
                if (onConflict != AlgorithmConflictBehavior.RegisterVersionedName)
                {
                    throw new AlgorithmConflictException(name, existing.AlgorithmArn, differences, versionedName);
                }

                _logger.LogWarning(
                    "Algorithm {AlgorithmName} exists with a different specification ({DifferenceCount} member(s) differ, first {FirstDifference}); using the versioned name {VersionedName}",
                    name, differences.Count, differences[0].Path, versionedName);
                request = WithName(request, versionedName);
                name = versionedName;
                existing = await FindAsync(name, cancellationToken).ConfigureAwait(false);
                if (existing != null)
                {
                    differences = AlgorithmSpecification.Compare(request, existing);
                    if (differences.Count == 0)
                    {
                        return AlreadyRegistered(name, existing);
                    }

                    // The hash names the content, so this is a hand-made algorithm that took the name; never guess further.
                    throw new AlgorithmConflictException(name, existing.AlgorithmArn, differences, versionedName: null);
                }
            }

            return await CreateAsync(request, cancellationToken).ConfigureAwait(false);
        }

        private async Task<Outcome> CreateAsync(CreateAlgorithmRequest request, CancellationToken cancellationToken)
        {
            string name = request.AlgorithmName!;
            // True from the moment a create is sent until the service answers: while true, it may exist without our knowing.
            bool outcomeUnknown = false;
            Outcome outcome = await _client.ExecuteAsync(
                Operations.CreateAlgorithm,
                async (attempt, token) =>
                {
                    if (outcomeUnknown)
                    {
                        DescribeAlgorithmResponse? created = await FindOnceAsync(name, token).ConfigureAwait(false);
                        if (created != null)
                        {
                            _logger.LogWarning(
                                "The answer to CreateAlgorithm for {AlgorithmName} was lost; DescribeAlgorithm shows it was created, so it is not sent again",
                                name);
                            return Resolve(request, created, AlgorithmRegistrationOutcome.Created, recovered: true);
                        }
                    }

                    outcomeUnknown = true;
                    try
                    {
                        CreateAlgorithmResponse response = await _client.SendAsync<CreateAlgorithmResponse>(Operations.CreateAlgorithm, request, attempt, token).ConfigureAwait(false);
                        outcomeUnknown = false;
                        return new Outcome(name, AlgorithmRegistrationOutcome.Created, response.AlgorithmArn, algorithmStatus: null, recoveredLostResponse: false);
                    }
                    catch (SageMakerServiceException exception) when ((int)exception.StatusCode < 500)
                    {
                        // The service answered, and a 4xx creates nothing.
                        outcomeUnknown = false;
                        if (!MayMeanAlreadyExists(exception))
                        {
                            throw;
                        }

                        DescribeAlgorithmResponse? other = await FindOnceAsync(name, token).ConfigureAwait(false);
                        if (other is null)
                        {
                            throw;
                        }

                        _logger.LogInformation("CreateAlgorithm for {AlgorithmName} found it already created (by another caller or an earlier send)", name);
                        return Resolve(request, other, AlgorithmRegistrationOutcome.AlreadyRegistered, recovered: false);
                    }
                },
                retryWhen: kind => kind != FailureKind.Permanent,
                cancellationToken).ConfigureAwait(false);

            if (outcome.Kind == AlgorithmRegistrationOutcome.Created)
            {
                _logger.LogInformation("Created algorithm {AlgorithmName} ({AlgorithmArn})", outcome.AlgorithmName, outcome.AlgorithmArn);
            }

            return outcome;
        }

        private Outcome AlreadyRegistered(string name, DescribeAlgorithmResponse existing)
        {
            _logger.LogInformation(
                "Algorithm {AlgorithmName} already exists with the same specification ({AlgorithmArn}, status {AlgorithmStatus}); nothing to create",
                name, existing.AlgorithmArn, existing.AlgorithmStatus);
            return new Outcome(name, AlgorithmRegistrationOutcome.AlreadyRegistered, existing.AlgorithmArn, existing.AlgorithmStatus, recoveredLostResponse: false);
        }

        private static Outcome Resolve(CreateAlgorithmRequest request, DescribeAlgorithmResponse existing, AlgorithmRegistrationOutcome kind, bool recovered)
        {
            IReadOnlyList<SpecificationDifference> differences = AlgorithmSpecification.Compare(request, existing);
            if (differences.Count > 0)
            {
                // Someone else created the name with other content while we were trying.
                throw new AlgorithmConflictException(request.AlgorithmName!, existing.AlgorithmArn, differences, versionedName: null);
            }

            return new Outcome(request.AlgorithmName!, kind, existing.AlgorithmArn, existing.AlgorithmStatus, recovered);
        }

        /// <summary>Describes the algorithm with retries; null when it does not exist.</summary>
        private Task<DescribeAlgorithmResponse?> FindAsync(string name, CancellationToken cancellationToken) =>
            FindAsync(name, retried: true, cancellationToken);

        /// <summary>Single requests (the caller's retry loop covers them); null when the algorithm does not exist.</summary>
        private Task<DescribeAlgorithmResponse?> FindOnceAsync(string name, CancellationToken cancellationToken) =>
            FindAsync(name, retried: false, cancellationToken);

        private async Task<DescribeAlgorithmResponse?> FindAsync(string name, bool retried, CancellationToken cancellationToken)
        {
            var request = new DescribeAlgorithmRequest { AlgorithmName = name };
            for (int round = 1; ; round++)
            {
                try
                {
                    return retried
                        ? await _client.DescribeAlgorithmAsync(request, cancellationToken).ConfigureAwait(false)
                        : await _client.SendAsync<DescribeAlgorithmResponse>(Operations.DescribeAlgorithm, request, AttemptInfo.Single(), cancellationToken).ConfigureAwait(false);
                }
                catch (SageMakerServiceException exception) when (MayMeanMissing(exception))
                {
                    if (!await IsListedAsync(name, retried, cancellationToken).ConfigureAwait(false))
                    {
                        return null;
                    }

                    // Listed after all: either it was created between the two calls (describe again), or, when it
                    // is still refused, the error was about something else and stands.
                    if (round == 2)
                    {
                        throw;
                    }
                }
            }
        }

        /// <summary>
        /// Whether ListAlgorithms shows the exact name. SageMaker answers DescribeAlgorithm for a missing algorithm with
        /// a plain ValidationException whose wording is not part of the API, so absence is confirmed by listing
        /// instead of by reading the message: an unrelated validation error is then never taken for "missing".
        /// </summary>
        private async Task<bool> IsListedAsync(string name, bool retried, CancellationToken cancellationToken)
        {
            var request = new ListAlgorithmsRequest { NameContains = name, MaxResults = 100 };
            do
            {
                ListAlgorithmsResponse page = retried
                    ? await _client.ListAlgorithmsAsync(request, cancellationToken).ConfigureAwait(false)
                    : await _client.SendAsync<ListAlgorithmsResponse>(Operations.ListAlgorithms, request, AttemptInfo.Single(), cancellationToken).ConfigureAwait(false);
                foreach (AlgorithmSummary summary in page.AlgorithmSummaryList ?? new List<AlgorithmSummary>())
                {
                    if (string.Equals(summary.AlgorithmName, name, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                request.NextToken = page.NextToken;
            }
            while (!string.IsNullOrEmpty(request.NextToken));

            return false;
        }

        private static bool MayMeanMissing(SageMakerServiceException exception) =>
            exception.ErrorCode == SageMakerValidationException.Code
            || exception.ErrorCode == "ResourceNotFound"
            || exception.ErrorCode == "ResourceNotFoundException"
            || exception.StatusCode == HttpStatusCode.NotFound;

        /// <summary>Codes a create of an existing name can come back with; whether it really exists is then checked, not assumed.</summary>
        private static bool MayMeanAlreadyExists(SageMakerServiceException exception) =>
            exception.ErrorCode == SageMakerValidationException.Code
            || exception.ErrorCode == "ResourceInUse"
            || exception.ErrorCode == "ConflictException"
            || exception.StatusCode == HttpStatusCode.Conflict;

        private static CreateAlgorithmRequest WithName(CreateAlgorithmRequest request, string name)
        {
            // A deep copy through the one member list, so the caller's request keeps its name.
            CreateAlgorithmRequest copy = Json.PayloadJsonReader.Read<CreateAlgorithmRequest>(Json.PayloadJsonWriter.ToCompactJson(request));
            copy.AlgorithmName = name;
            return copy;
        }
    }
}
