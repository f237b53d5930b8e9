using System;
using AlgorithmGen.Client;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;
using Microsoft.Extensions.Logging;

namespace AlgorithmGen
{
    /// <summary>How <see cref="AlgorithmRegistrar.RegisterAsync"/> and <see cref="AlgorithmRegistrar.RegisterAllAsync"/> register algorithms.</summary>
    public sealed class AlgorithmRegistrationOptions
    {
        /// <summary>Validate and produce the payload (and write it when <see cref="OutputDirectory"/> is set) without calling SageMaker.</summary>
        public bool DryRun { get; set; }

        /// <summary>
        /// Where to write <c>&lt;AlgorithmName&gt;.create-algorithm.json</c>; not written when null. A live registration
        /// writes it too, before sending, so the file shows exactly what was sent.
        /// </summary>
        public string? OutputDirectory { get; set; }

        /// <summary>
        /// Adjusts the request before it is validated and sent: the place for values that differ between accounts,
        /// regions and stages (image URIs, role ARNs, S3 locations, KMS keys). The same rules then check the result.
        /// <see cref="AlgorithmRegistrar.RegisterAllAsync"/> calls it once per algorithm, one at a time.
        /// </summary>
        public Action<CreateAlgorithmRequest>? Configure { get; set; }

        /// <summary>
        /// Rule severities that win over those the build baked into each definition
        /// (<see cref="AlgorithmDefinition.RuleSeverities"/>): a rule set to error here refuses registration, one set to
        /// warning or suggestion is only reported (<see cref="AlgorithmRegistrationResult.Warnings"/>), one turned off is
        /// not checked. Default <see cref="RuleSeverities.Empty"/>: the build's severities hold.
        /// </summary>
        /// <example><c>options.RuleSeverities = RuleSeverities.Parse("AG0202=warning;AG0404=none");</c></example>
        public RuleSeverities RuleSeverities
        {
            get => _ruleSeverities;
            set => _ruleSeverities = value ?? throw new ArgumentNullException(nameof(value));
        }

        private RuleSeverities _ruleSeverities = RuleSeverities.Empty;

        /// <summary>
        /// What to do when an algorithm of the same name already exists with a different specification. Algorithms
        /// cannot be changed, so the default is to fail and name the members that differ.
        /// </summary>
        public AlgorithmConflictBehavior OnConflict { get; set; } = AlgorithmConflictBehavior.Fail;

        /// <summary>The client to register with (the caller keeps owning it). When null, a client is made from <see cref="ClientOptions"/> for the call.</summary>
        public SageMakerClient? Client { get; set; }

        /// <summary>Region, endpoint, credentials and retries of the client made when <see cref="Client"/> is null; the environment decides what is unset.</summary>
        public SageMakerClientOptions? ClientOptions { get; set; }

        /// <summary>Where to log progress, retries and recoveries; nothing is logged when null. Credentials, signatures and tokens are never logged.</summary>
        public ILogger? Logger { get; set; }

        /// <summary>How many algorithms <see cref="AlgorithmRegistrar.RegisterAllAsync"/> registers at once. Default 4.</summary>
        public int MaxConcurrency { get; set; } = 4;

        /// <summary>
        /// Told each algorithm's report as soon as it is known, by <see cref="AlgorithmRegistrar.RegisterAllAsync"/>
        /// (in completion order, possibly from several threads at once), so a long run can show progress.
        /// </summary>
        public IProgress<AlgorithmRegistrationReport>? Progress { get; set; }

        /// <summary>
        /// When set, a live registration then waits (polling DescribeAlgorithm with these settings) until SageMaker has
        /// validated the algorithm: <c>Completed</c> is success (<see cref="AlgorithmRegistrationResult.AlgorithmStatus"/>
        /// says so), <c>Failed</c> throws <see cref="SageMakerResourceFailedException"/> with each validation and
        /// image-scan status and its failure reason, and a timeout throws <see cref="WaiterTimeoutException"/>. Null
        /// (the default): return as soon as the algorithm is created. The waiter logs to <see cref="Logger"/> unless its own is set.
        /// </summary>
        public WaiterOptions? WaitUntilUsable { get; set; }
    }

    /// <summary>What to do when an algorithm of the same name exists with a different specification.</summary>
    public enum AlgorithmConflictBehavior
    {
        /// <summary>Throw <see cref="AlgorithmConflictException"/> naming the members that differ; nothing is created.</summary>
        Fail,

        /// <summary>
        /// Register under <c>&lt;AlgorithmName&gt;-&lt;content hash&gt;</c> instead (idempotent too: the same
        /// specification always gets the same name). <see cref="AlgorithmRegistrationResult.AlgorithmName"/> tells the name used.
        /// </summary>
        RegisterVersionedName,
    }
}
