using System.Threading;
using System.Threading.Tasks;

namespace AlgorithmGen.Serving
{
    /// <summary>
    /// Answers one <c>POST /invocations</c> of the algorithm whose contract is <typeparamref name="TContract"/>. Called
    /// concurrently: the handler must be thread-safe. The request has already been negotiated: its
    /// <see cref="InferenceRequest.ContentType"/> is one of the declared content types and
    /// <see cref="InferenceRequest.ResponseType"/> the declared response type to answer with.
    /// </summary>
    /// <typeparam name="TContract">The algorithm's generated <c>InferenceContract</c>.</typeparam>
    /// <param name="request">The request: its body as a stream, the negotiated types, SageMaker's headers.</param>
    /// <param name="cancellationToken">Fires when the client goes away or the host stops.</param>
    /// <returns>The response; its content type must be one of the declared response types (the host checks).</returns>
    public delegate ValueTask<InferenceResponse> InferenceHandler<TContract>(InferenceRequest request, CancellationToken cancellationToken)
        where TContract : class, IServingContract<TContract>;
}
