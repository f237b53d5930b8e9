#nullable enable
using System.Globalization;
using AlgorithmGen.Model;

namespace AlgorithmGen.Rules
{
    /// <summary>How hyperparameter values (always strings on the wire) are read for each type.</summary>
    internal static class HyperParameterValues
    {
        /// <summary>"a Categorical", "an Integer": the type name with its article, for messages.</summary>
        public static string WithArticle(string? type) =>
            type is { Length: > 0 } && "AEIOU".IndexOf(type[0]) >= 0 ? "an " + type : "a " + (type ?? "untyped");

        public static bool TryParseInteger(string text, out long value) =>
            long.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out value);

        public static bool TryParseContinuous(string text, out double value) =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsNaN(value) && !double.IsInfinity(value);

        /// <summary>Null when <paramref name="value"/> is valid for <paramref name="specification"/>, else why not.</summary>
        public static string? Problem(HyperParameterSpecification specification, string value)
        {
            ParameterRange? range = specification.Range;
            switch (specification.Type)
            {
                case "Integer":
                    if (!TryParseInteger(value, out long integer))
                    {
                        return "'" + value + "' is not an integer";
                    }

                    IntegerParameterRangeSpecification? integers = range?.IntegerParameterRangeSpecification;
                    if (integers is not null
                        && ((integers.MinValue is { } min && TryParseInteger(min, out long low) && integer < low)
                            || (integers.MaxValue is { } max && TryParseInteger(max, out long high) && integer > high)))
                    {
                        return "'" + value + "' is outside the range " + integers.MinValue + "–" + integers.MaxValue;
                    }

                    return null;
                case "Continuous":
                    if (!TryParseContinuous(value, out double number))
                    {
                        return "'" + value + "' is not a number";
                    }

                    ContinuousParameterRangeSpecification? numbers = range?.ContinuousParameterRangeSpecification;
                    if (numbers is not null
                        && ((numbers.MinValue is { } minText && TryParseContinuous(minText, out double lower) && number < lower)
                            || (numbers.MaxValue is { } maxText && TryParseContinuous(maxText, out double upper) && number > upper)))
                    {
                        return "'" + value + "' is outside the range " + numbers.MinValue + "–" + numbers.MaxValue;
                    }

                    return null;
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
    }
}
