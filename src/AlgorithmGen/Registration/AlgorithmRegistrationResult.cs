using System.Collections.Generic;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;

namespace AlgorithmGen
{
    /// <summary>What registering one algorithm did.</summary>
    public enum AlgorithmRegistrationOutcome
    {
        /// <summary>A dry run: validated (and written), nothing sent.</summary>
        DryRun,

        /// <summary>SageMaker created the algorithm.</summary>
        Created,

        /// <summary>The algorithm already existed with the same specification; nothing was created.</summary>
        AlreadyRegistered,
    }

    /// <summary>The outcome of registering one algorithm.</summary>
    public sealed class AlgorithmRegistrationResult
    {
        internal AlgorithmRegistrationResult(
            string algorithmName,
            string requestedName,
            CreateAlgorithmRequest request,
            string compactJson,
            AlgorithmRegistrationOutcome outcome,
            string? filePath,
            IReadOnlyList<Violation> warnings,
            string? algorithmArn,
            string? algorithmStatus,
            bool recoveredLostResponse)
        {
            AlgorithmName = algorithmName;
            RequestedName = requestedName;
            Request = request;
            CompactJson = compactJson;
            Outcome = outcome;
            FilePath = filePath;
            Warnings = warnings;
            AlgorithmArn = algorithmArn;
            AlgorithmStatus = algorithmStatus;
            RecoveredLostResponse = recoveredLostResponse;
        }

        /// <summary>
        /// The registered (or, in a dry run, validated) algorithm name: <see cref="RequestedName"/>, or its versioned form
        /// when <see cref="AlgorithmConflictBehavior.RegisterVersionedName"/> was needed.
        /// </summary>
        public string AlgorithmName { get; }

        /// <summary>The name the request asked for, after <see cref="AlgorithmRegistrationOptions.Configure"/>.</summary>
        public string RequestedName { get; }

        /// <summary>Whether the algorithm was registered under a content-hash name because <see cref="RequestedName"/> was taken.</summary>
        public bool IsVersionedName => AlgorithmName != RequestedName;

        /// <summary>
        /// The request that was validated (and sent), after <see cref="AlgorithmRegistrationOptions.Configure"/>. Under a
        /// versioned name the request sent differs from it in <c>AlgorithmName</c> only.
        /// </summary>
        public CreateAlgorithmRequest Request { get; }

        /// <summary>The request body of <see cref="Request"/>: compact JSON.</summary>
        public string CompactJson { get; }

        /// <summary>What happened.</summary>
        public AlgorithmRegistrationOutcome Outcome { get; }

        /// <summary>Whether this was a dry run (nothing sent).</summary>
        public bool DryRun => Outcome == AlgorithmRegistrationOutcome.DryRun;

        /// <summary>The payload file written, if any.</summary>
        public string? FilePath { get; }

        /// <summary>Rule violations that did not stop registration (warnings and advice).</summary>
        public IReadOnlyList<Violation> Warnings { get; }

        /// <summary>The algorithm's ARN; null in a dry run.</summary>
        public string? AlgorithmArn { get; }

        /// <summary>What a job or model package names the algorithm by: its ARN, else the name it was registered under (versioned names included).</summary>
        internal string NameOrArn => AlgorithmArn ?? AlgorithmName;

        /// <summary>
        /// The status DescribeAlgorithm reported for an algorithm that already existed (<c>Pending</c>, <c>InProgress</c>,
        /// <c>Completed</c>, <c>Failed</c>, <c>Deleting</c>); null when it was just created or in a dry run; <c>Completed</c>
        /// after waiting (<see cref="AlgorithmRegistrationOptions.WaitUntilUsable"/>).
        /// </summary>
        public string? AlgorithmStatus { get; }

        /// <summary>
        /// Whether the answer to CreateAlgorithm was lost (timeout, reset, 5xx) and DescribeAlgorithm then showed the
        /// algorithm had been created with this specification: created once, not twice, and not reported as failed.
        /// </summary>
        public bool RecoveredLostResponse { get; }

        /// <inheritdoc />
        public override string ToString() => AlgorithmName + ": " + Outcome + (AlgorithmArn is null ? string.Empty : " (" + AlgorithmArn + ")");
    }

    /// <summary>The outcome of one algorithm of <see cref="AlgorithmRegistrar.RegisterAllAsync"/>: a result or the error.</summary>
    public sealed class AlgorithmRegistrationReport
    {
        internal AlgorithmRegistrationReport(AlgorithmDefinition definition, AlgorithmRegistrationResult? result, System.Exception? error)
        {
            Definition = definition;
            Result = result;
            Error = error;
        }

        /// <summary>The algorithm.</summary>
        public AlgorithmDefinition Definition { get; }

        /// <summary>The result, when registration succeeded.</summary>
        public AlgorithmRegistrationResult? Result { get; }

        /// <summary>
        /// Why registration failed: <see cref="AlgorithmValidationException"/>, <see cref="AlgorithmConflictException"/>,
        /// or a <see cref="Client.SageMakerException"/>; null when it succeeded.
        /// </summary>
        public System.Exception? Error { get; }

        /// <summary>Whether registration succeeded.</summary>
        public bool Succeeded => Error is null;

        /// <inheritdoc />
        public override string ToString() => Result?.ToString() ?? Definition.AlgorithmName + ": failed: " + Error!.Message;
    }
}
