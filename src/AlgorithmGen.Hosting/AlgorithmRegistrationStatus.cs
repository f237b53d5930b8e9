using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace AlgorithmGen.Hosting
{
    /// <summary>
    /// The outcome of the startup registration, for the rest of the application (a health check, a log line, a
    /// dependent service). A singleton; <see cref="Completion"/> completes when registration has finished.
    /// </summary>
    public sealed class AlgorithmRegistrationStatus
    {
        private readonly TaskCompletionSource<IReadOnlyList<AlgorithmRegistrationReport>> _completion =
            new TaskCompletionSource<IReadOnlyList<AlgorithmRegistrationReport>>(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>One report per algorithm, once registration has finished; faulted or cancelled when it could not run.</summary>
        public Task<IReadOnlyList<AlgorithmRegistrationReport>> Completion => _completion.Task;

        /// <summary>Why registration ran as a dry run although a live one was configured (the region or credentials were missing, see <see cref="SageMakerAlgorithmsOptions.DryRunWhenRegionOrCredentialsAreMissing"/>); null otherwise.</summary>
        public string? DryRunReason { get; internal set; }

        internal void Complete(IReadOnlyList<AlgorithmRegistrationReport> reports) => _completion.TrySetResult(reports);

        internal void Fail(Exception exception) => _completion.TrySetException(exception);

        internal void Cancel() => _completion.TrySetCanceled();
    }
}
