using System;
using System.Collections.Generic;
using System.Linq;
using AlgorithmGen.Rules;

namespace AlgorithmGen.Training
{
    /// <summary>The training job's inputs do not fit the algorithm class: every problem found, not just the first.</summary>
    public sealed class TrainingBindingException : Exception
    {
        /// <summary>Creates the exception from the problems found.</summary>
        public TrainingBindingException(IReadOnlyList<Violation> problems)
            : base(Describe(problems))
        {
            Problems = problems;
        }

        /// <summary>Each problem with its rule, where it is (e.g. <c>HyperParameters.num_round</c>) and what is wrong.</summary>
        public IReadOnlyList<Violation> Problems { get; }

        // One line per problem, the count first: FailureReason keeps only 1,024 characters, so the start must say it all.
        private static string Describe(IReadOnlyList<Violation> problems) =>
            (problems.Count == 1 ? "The training job's input does not fit the algorithm: " : problems.Count + " problems with the training job's input: ")
            + string.Join(" | ", problems.Select(problem => problem.Message + " [" + problem.RuleId + "]"));
    }
}
