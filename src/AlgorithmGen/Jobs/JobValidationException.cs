using System;
using System.Collections.Generic;
using System.Linq;
using AlgorithmGen.Rules;

namespace AlgorithmGen.Jobs
{
    /// <summary>Thrown when a job request breaks rules the service or the algorithm would reject it for; nothing was sent.</summary>
    public sealed class JobValidationException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public JobValidationException(string operation, string? jobName, IReadOnlyList<Violation> violations)
            : base("The " + operation + " request for '" + jobName + "' is not valid; nothing was sent:" + Environment.NewLine
                + string.Join(Environment.NewLine, (violations ?? throw new ArgumentNullException(nameof(violations))).Select(v => "  " + v)))
        {
            Operation = operation;
            JobName = jobName;
            Violations = violations;
        }

        /// <summary>The operation, for example <c>CreateTrainingJob</c>.</summary>
        public string Operation { get; }

        /// <summary>The job's name.</summary>
        public string? JobName { get; }

        /// <summary>Every violation found, errors and warnings.</summary>
        public IReadOnlyList<Violation> Violations { get; }
    }
}
