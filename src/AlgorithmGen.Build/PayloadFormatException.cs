using System;

namespace AlgorithmGen.Build
{
    /// <summary>An <c>AlgorithmPayload</c> attribute whose arguments are not the two strings the generator emits.</summary>
    internal sealed class PayloadFormatException : Exception
    {
        public PayloadFormatException(string message)
            : base(message)
        {
        }
    }
}
