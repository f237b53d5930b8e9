using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AlgorithmGen.Model;

namespace AlgorithmGen.Training.Host
{
    /// <summary>One hyperparameter as the job bound it: its typed value, and whether the declared default supplied it.</summary>
    internal sealed class BoundHyperParameter
    {
        public BoundHyperParameter(string name, string? value, string origin)
        {
            Name = name;
            Value = value;
            Origin = origin;
        }

        public string Name { get; }

        /// <summary>The value in its typed form (integers and numbers as the codec writes them); null when unset.</summary>
        public string? Value { get; }

        /// <summary><c>set</c>, <c>default</c>, <c>not set</c>, or <c>not declared</c>.</summary>
        public string Origin { get; }

        public override string ToString() => Name + " = " + (Value ?? "(none)") + (Origin == "set" ? string.Empty : " (" + Origin + ")");
    }

    /// <summary>
    /// The hyperparameters a bound job runs with, read from the algorithm's declarations and the job's values (the
    /// generated context holds them typed in the algorithm class; reading them back from there would need reflection).
    /// </summary>
    internal static class BoundHyperParameters
    {
        public static IReadOnlyList<BoundHyperParameter> List(AlgorithmDefinition algorithm, TrainingEnvironment environment)
        {
            List<HyperParameterSpecification> declared = (algorithm.CreateRequest().TrainingSpecification?.SupportedHyperParameters ?? new List<HyperParameterSpecification>())
                .Where(h => h?.Name is not null)
                .ToList();
            var bound = new List<BoundHyperParameter>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (HyperParameterSpecification hyperParameter in declared.OrderBy(h => h.Name, StringComparer.Ordinal))
            {
                if (!names.Add(hyperParameter.Name!))
                {
                    continue;
                }

                bool given = environment.HyperParameters.TryGetValue(hyperParameter.Name!, out string? value);
                string? text = given ? value : hyperParameter.DefaultValue;
                bound.Add(new BoundHyperParameter(hyperParameter.Name!, text is null ? null : Typed(hyperParameter.Type, text), given ? "set" : text is null ? "not set" : "default"));
            }

            foreach (KeyValuePair<string, string> entry in environment.HyperParameters.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                if (!names.Contains(entry.Key))
                {
                    bound.Add(new BoundHyperParameter(entry.Key, entry.Value, "not declared"));
                }
            }

            return bound;
        }

        /// <summary>The bound hyperparameters on one line, for the job's log.</summary>
        public static string Describe(AlgorithmDefinition algorithm, TrainingEnvironment environment)
        {
            IReadOnlyList<BoundHyperParameter> bound = List(algorithm, environment);
            return bound.Count == 0 ? "none" : string.Join(", ", bound);
        }

        // The value as the type reads it: "010" is the Integer 10, "1e-3" the Continuous 0.001.
        private static string Typed(string? type, string text) => type switch
        {
            "Integer" when long.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out long integer) => HyperParameterCodec.Format(integer),
            "Continuous" when HyperParameterCodec.TryParseDouble(text, out double number) => HyperParameterCodec.Format(number),
            _ => text,
        };
    }
}
