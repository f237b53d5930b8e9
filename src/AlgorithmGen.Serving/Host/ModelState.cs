using System;
using System.Threading;
using System.Threading.Tasks;

namespace AlgorithmGen.Serving.Host
{
    /// <summary>Where the model is: loading (ping 503), ready (ping 200, invocations served) or failed (the host stops, exit 1).</summary>
    internal sealed class ModelState
    {
        private Func<InferenceRequest, CancellationToken, ValueTask<InferenceResponse>>? _handler;
        private string? _failure;

        public Func<InferenceRequest, CancellationToken, ValueTask<InferenceResponse>>? Handler => Volatile.Read(ref _handler);

        public string? Failure => Volatile.Read(ref _failure);

        public void Ready(Func<InferenceRequest, CancellationToken, ValueTask<InferenceResponse>> handler) => Volatile.Write(ref _handler, handler);

        public void Fail(string reason) => Volatile.Write(ref _failure, reason);
    }
}
