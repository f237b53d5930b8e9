#nullable enable
using AlgorithmGen.Model;

namespace AlgorithmGen.Rules
{
    /// <summary>How hyperparameter values (always strings on the wire) are read for each type.</summary>
    internal static class HyperParameterValues
    {
        /// <summary>"a Categorical", "an Integer": the type name with its article, for messages.</summary>
        public static string WithArticle(string? type) =>
            type is { Length: > 0 } && "AEIOU".IndexOf(type[0]) >= 0 ? "an " + type : "a " + (type ?? "untyped");

        public static bool TryParseContinuous(string text, out double value) => HyperParameterCodec.TryParseDouble(text, out value);

        /// <summary>Reads a wire value as a number of one hyperparameter type.</summary>
        public delegate bool NumberParser(string text, out double value);

        /// <summary>
        /// Integer values from <see cref="long.MinValue"/> to <see cref="ulong.MaxValue"/> (every integer property type),
        /// compared as doubles: exact up to 2^53, far beyond any range seen in practice.
        /// </summary>
        public static readonly NumberParser Integer = (string text, out double value) =>
        {
            if (HyperParameterCodec.TryParseInt64(text, out long integer))
            {
                value = integer;
                return true;
            }

            bool parsed = HyperParameterCodec.TryParseUInt64(text, out ulong large);
            value = large;
            return parsed;
        };

        /// <summary>Continuous values.</summary>
        public static readonly NumberParser Continuous = TryParseContinuous;

        /// <summary>Null when <paramref name="value"/> is valid for <paramref name="specification"/>, else why not.</summary>
        public static string? Problem(HyperParameterSpecification specification, string value)
        {
            ParameterRange? range = specification.Range;
            switch (specification.Type)
            {
                case "Integer":
                    IntegerParameterRangeSpecification? integers = range?.IntegerParameterRangeSpecification;
                    return NumberProblem(value, integers?.MinValue, integers?.MaxValue, Integer, "an integer");
                case "Continuous":
                    ContinuousParameterRangeSpecification? numbers = range?.ContinuousParameterRangeSpecification;
                    return NumberProblem(value, numbers?.MinValue, numbers?.MaxValue, Continuous, "a number");
                case "Categorical":
                    if (range?.CategoricalParameterRangeSpecification?.Values is { } values && !values.Contains(value))
                    {
                        return "'" + value + "' is not one of " + string.Join(", ", values);
                    }

                    return null;
                default:
                    return null;
            }
        }

        private static string? NumberProblem(string value, string? min, string? max, NumberParser parse, string kind)
        {
            if (!parse(value, out double number))
            {
                return "'" + value + "' is not " + kind;
            }

            double low = 0, high = 0;
            bool hasLow = min is not null && parse(min, out low);
            bool hasHigh = max is not null && parse(max, out high);
            if (hasLow && hasHigh && low > high)
            {
                // Bounds the wrong way round are AG0104's to report; the value is checked against the range its fix makes,
                // so that the one mistake is not reported twice.
                (low, high, min, max) = (high, low, max, min);
            }

            bool belowMin = hasLow && number < low;
            bool aboveMax = hasHigh && number > high;
            return belowMin || aboveMax ? "'" + value + "' is outside the range " + min + "–" + max : null;
        }
    }
}
