using System;
using System.Collections.Generic;
using System.Linq;
using AlgorithmGen.Rules;

namespace AlgorithmGen
{
    /// <summary>Thrown when a request breaks rules the service would reject it for; nothing was sent.</summary>
    public sealed class AlgorithmValidationException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public AlgorithmValidationException(string algorithmName, IReadOnlyList<Violation> violations)
            : base("The CreateAlgorithm request for '" + algorithmName + "' is not valid; nothing was sent:" + Environment.NewLine
                + string.Join(Environment.NewLine, violations.Select(v => "  " + v)))
        {
            AlgorithmName = algorithmName;
            Violations = violations;
        }

        /// <summary>The algorithm.</summary>
        public string AlgorithmName { get; }

        /// <summary>Every violation found, errors and warnings.</summary>
        public IReadOnlyList<Violation> Violations { get; }
    }
}
