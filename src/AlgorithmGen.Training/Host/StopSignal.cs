using System;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.Extensions.Logging;

namespace AlgorithmGen.Training.Host
{
    /// <summary>
    /// SIGTERM (StopTrainingJob, or MaxRuntimeInSeconds reached; SageMaker sends SIGKILL 120 s later) and SIGINT
    /// (Ctrl+C on a local run) as one cancellation token. A second SIGINT ends the process at once.
    /// </summary>
    internal sealed class StopSignal : IDisposable
    {
        private readonly CancellationTokenSource _source = new CancellationTokenSource();
        private readonly PosixSignalRegistration[] _registrations;
        private readonly ILogger _logger;
        private int _received;

        public StopSignal(ILogger logger, bool handleSignals)
        {
            _logger = logger;
            _registrations = handleSignals
                ? new[] { PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle), PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle) }
                : Array.Empty<PosixSignalRegistration>();
        }

        /// <summary>Fires on the first SIGTERM or SIGINT.</summary>
        public CancellationToken Token => _source.Token;

        /// <summary>The signal that stopped the job, if any.</summary>
        public PosixSignal? Received
        {
            get
            {
                int received = Volatile.Read(ref _received);
                return received == 0 ? null : (PosixSignal)received;
            }
        }

        /// <summary>The exit code of a job stopped by <paramref name="signal"/>: 128 + the signal's number, as a shell reports it.</summary>
        public static int ExitCodeFor(PosixSignal signal) => signal == PosixSignal.SIGINT ? TrainingHost.ExitInterrupted : TrainingHost.ExitStopped;

        /// <summary>Stops the job as <paramref name="signal"/> would.</summary>
        public void Request(PosixSignal signal)
        {
            if (Interlocked.CompareExchange(ref _received, (int)signal, 0) != 0)
            {
                return;
            }

            _logger.LogWarning(
                signal == PosixSignal.SIGTERM
                    ? "SIGTERM received (StopTrainingJob, or the job reached MaxRuntimeInSeconds): stopping; SageMaker ends the container 120 s after SIGTERM."
                    : "SIGINT received: stopping (press Ctrl+C again to end at once).");
            try
            {
                _source.Cancel();
            }
            catch (AggregateException exception)
            {
                // A callback of the training code threw; the job is stopping anyway, and the host reports the stop.
                _logger.LogDebug(exception, "A cancellation callback failed.");
            }
        }

        public void Dispose()
        {
            foreach (PosixSignalRegistration registration in _registrations)
            {
                registration.Dispose();
            }

            _source.Dispose();
        }

        private void Handle(PosixSignalContext context)
        {
            if (context.Signal == PosixSignal.SIGINT && Received is not null)
            {
                // Second Ctrl+C: let the runtime end the process.
                return;
            }

            context.Cancel = true;
            Request(context.Signal);
        }
    }
}
