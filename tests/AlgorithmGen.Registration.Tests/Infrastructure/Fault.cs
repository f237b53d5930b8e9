using System;
using System.Threading.Tasks;

namespace AlgorithmGen.Registration.Tests.Infrastructure
{
    /// <summary>What the fake endpoint does instead of (or around) answering one request normally.</summary>
    internal enum FaultKind
    {
        /// <summary>Answer with an AWS error body and status, without processing.</summary>
        Error,

        /// <summary>Process the request, then answer with an AWS error (a 5xx after the work was done).</summary>
        ErrorAfterProcessing,

        /// <summary>Reset the connection (TCP RST) without processing.</summary>
        ResetBeforeProcessing,

        /// <summary>Process the request, then reset the connection: the response is lost.</summary>
        ResetAfterProcessing,

        /// <summary>Never answer (until the client gives up), without processing.</summary>
        HangBeforeProcessing,

        /// <summary>Process the request, then never answer: the response is lost to a timeout.</summary>
        HangAfterProcessing,

        /// <summary>Process the request and answer after a delay.</summary>
        Delay,

        /// <summary>Wait for a task of the test's (at most <see cref="Fault.Delay"/>), then process and answer.</summary>
        Hold,

        /// <summary>
        /// Before processing the request, store an algorithm as if another caller had just created it: the request's
        /// own body for a create, or the body given.
        /// </summary>
        ConcurrentCreate,
    }

    /// <summary>One injected fault.</summary>
    internal sealed class Fault
    {
        private Fault(FaultKind kind, int status = 0, string? code = null, string? message = null, TimeSpan delay = default, string? otherBody = null, Func<Task>? release = null)
        {
            Kind = kind;
            Status = status;
            Code = code;
            Message = message;
            Delay = delay;
            OtherBody = otherBody;
            Release = release;
        }

        public FaultKind Kind { get; }

        public int Status { get; }

        public string? Code { get; }

        public string? Message { get; }

        public TimeSpan Delay { get; }

        /// <summary>For <see cref="FaultKind.ConcurrentCreate"/>: the other caller's CreateAlgorithm body; null means the request's own body.</summary>
        public string? OtherBody { get; }

        /// <summary>For <see cref="FaultKind.Hold"/>: called once per request; the request waits for the task it returns.</summary>
        public Func<Task>? Release { get; }

        public static Fault Throttle() => Error(400, "ThrottlingException", "Rate exceeded");

        public static Fault InternalFailure() => Error(500, "InternalFailure", "We encountered an internal error. Please try again.");

        public static Fault ServiceUnavailable() => Error(503, "ServiceUnavailable", "Service is unavailable. Please try again later.");

        public static Fault Error(int status, string code, string message) => new Fault(FaultKind.Error, status, code, message);

        public static Fault InternalFailureAfterProcessing() => new Fault(FaultKind.ErrorAfterProcessing, 500, "InternalFailure", "We encountered an internal error. Please try again.");

        public static Fault ResetBeforeProcessing() => new Fault(FaultKind.ResetBeforeProcessing);

        public static Fault LostResponse() => new Fault(FaultKind.ResetAfterProcessing);

        public static Fault HangBeforeProcessing() => new Fault(FaultKind.HangBeforeProcessing);

        public static Fault HangAfterProcessing() => new Fault(FaultKind.HangAfterProcessing);

        public static Fault Slow(TimeSpan delay) => new Fault(FaultKind.Delay, delay: delay);

        /// <summary>Each request waits for the task <paramref name="release"/> returns for it, but never longer than <paramref name="atMost"/>.</summary>
        public static Fault Hold(Func<Task> release, TimeSpan atMost) => new Fault(FaultKind.Hold, delay: atMost, release: release);

        public static Fault ConcurrentCreate(string? otherBody = null) => new Fault(FaultKind.ConcurrentCreate, otherBody: otherBody);

        public override string ToString() => Kind + (Code is null ? string.Empty : " " + Status + " " + Code);
    }
}
