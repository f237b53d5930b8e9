using System.Collections.Generic;

namespace AlgorithmGen.Serving
{
    /// <summary>
    /// Implemented by the <c>InferenceContract</c> class the generator nests in each <c>[Algorithm]</c> class that declares
    /// <c>[InferenceSpecification]</c>, in a project that references AlgorithmGen.Serving: what the serving host must
    /// promise, read from the class's attributes at compile time (no reflection).
    /// </summary>
    /// <typeparam name="TSelf">The generated contract type.</typeparam>
    public interface IServingContract<TSelf>
        where TSelf : class, IServingContract<TSelf>
    {
        /// <summary>The declared <c>AlgorithmName</c>.</summary>
        static abstract string AlgorithmName { get; }

        /// <summary><c>InferenceSpecification.SupportedContentTypes</c>, in declaration order: the request types <c>/invocations</c> accepts.</summary>
        static abstract IReadOnlyList<string> SupportedContentTypes { get; }

        /// <summary><c>InferenceSpecification.SupportedResponseMIMETypes</c>, in declaration order: the first is the default response type.</summary>
        static abstract IReadOnlyList<string> SupportedResponseMimeTypes { get; }

        /// <summary>
        /// The batch settings the class declares (its validation profile's transform job: <c>MaxConcurrentTransforms</c>,
        /// <c>BatchStrategy</c>, <c>MaxPayloadInMB</c>); members it does not set are null.
        /// </summary>
        static abstract BatchSettings DeclaredBatchSettings { get; }
    }
}
