#nullable enable
using System;
using System.Collections.Generic;
using System.ComponentModel;
using AlgorithmGen.Model;

namespace AlgorithmGen.Rules
{
    /// <summary>
    /// Checks a training job against the algorithm it runs, with the same rules (AG0301–AG0304, AG0306, AG0309) that
    /// check the validation profile's job at compile time: the training container runs it over the job it was
    /// started for, and job builders run it before anything is sent.
    /// </summary>
    /// <remarks>
    /// Public because AlgorithmGen.Training, a separate package, runs it; hidden from IntelliSense because application
    /// code checks a job through <see cref="AlgorithmGen.Jobs.JobValidator"/> or the job builders instead.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class TrainingJobValidator
    {
        /// <summary>All violations of the job's channels and hyperparameters, each with a path such as <c>HyperParameters.num_round</c> or <c>InputDataConfig[1].ContentType</c>.</summary>
        /// <param name="specification">The algorithm's training specification.</param>
        /// <param name="hyperParameters">The job's hyperparameters as wire strings.</param>
        /// <param name="inputs">The job's input channels.</param>
        /// <param name="defaultInputMode">The job's <c>TrainingInputMode</c>, for channels that set none.</param>
        /// <param name="ignoreUndeclared">Hyperparameter keys and channel names not to report when undeclared (null: report all).</param>
        public static IReadOnlyList<Violation> Validate(
            TrainingSpecification specification,
            IReadOnlyDictionary<string, string>? hyperParameters,
            IReadOnlyList<Channel>? inputs,
            string? defaultInputMode = null,
            Func<string, bool>? ignoreUndeclared = null)
        {
            if (specification is null)
            {
                throw new ArgumentNullException(nameof(specification));
            }

            var violations = new List<Violation>();
            var job = new TrainingJobDefinition();
            TrainingJobRules.Check(JobKind.TrainingJob, specification, job, defaultInputMode, inputs, hyperParameters, ignoreUndeclared,
                (rule, owner, member, message, index, mapKey) =>
                {
                    int input = inputs is null || owner is not Channel channel ? -1 : IndexOf(inputs, channel);
                    string path = input >= 0 ? "InputDataConfig[" + input + "]" + (member is null ? string.Empty : "." + member)
                        : (member ?? string.Empty) + (mapKey is null ? string.Empty : "." + mapKey);
                    violations.Add(new Violation(owner, rule, path, message, member, index, mapKey));
                });
            return violations;
        }

        private static int IndexOf(IReadOnlyList<Channel> inputs, Channel channel)
        {
            for (int i = 0; i < inputs.Count; i++)
            {
                if (ReferenceEquals(inputs[i], channel))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
