using System;

namespace AlgorithmGen.Serving
{
    /// <summary>
    /// Thrown by a handler to answer with a status of its choice, for example 400 for a row that does not parse: the
    /// client gets the status and <see cref="Exception.Message"/> (keep it short, it becomes the caller's
    /// <c>ModelError</c> OriginalMessage, at most 2,048 characters). Any other exception is answered with 500.
    /// </summary>
    public sealed class InferenceException : Exception
    {
        /// <summary>An error with status 400 (Bad Request).</summary>
        public InferenceException(string message)
            : this(400, message)
        {
        }

        /// <summary>An error with the given status (400 to 599).</summary>
        public InferenceException(int statusCode, string message, Exception? innerException = null)
            : base(message, innerException)
        {
            if (statusCode < 400 || statusCode > 599)
            {
                throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "An error status is 400 to 599.");
            }

            StatusCode = statusCode;
        }

        /// <summary>The HTTP status the client gets.</summary>
        public int StatusCode { get; }
    }
}
