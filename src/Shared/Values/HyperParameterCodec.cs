#nullable enable
using System;
using System.ComponentModel;
using System.Globalization;

namespace AlgorithmGen
{
    /// <summary>
    /// The one text form of hyperparameter values, both directions: the generator writes declared defaults with it,
    /// the training container's binder reads the job's values with it, and jobs built from a typed instance write
    /// their values with it. Invariant culture throughout; numbers in the shortest form that reads back exactly.
    /// </summary>
    /// <remarks>
    /// Called by the code the generator emits into an <c>[Algorithm]</c> project (and by AlgorithmGen.Training), so it
    /// is public and kept stable; hidden from IntelliSense because application code has no need to call it.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class HyperParameterCodec
    {
        private const NumberStyles IntegerStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
        private const NumberStyles FloatStyle = NumberStyles.Float;

        /// <summary>Reads one hyperparameter value of type <typeparamref name="T"/>.</summary>
        public delegate bool Parser<T>(string text, out T value);

        /// <summary>The wire form of a boolean: <c>true</c> or <c>false</c>.</summary>
        public static string Format(bool value) => value ? "true" : "false";

        /// <summary>The wire form of an integer.</summary>
        public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>The wire form of an unsigned integer.</summary>
        public static string Format(ulong value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// The shortest text that reads back as the same double, laid out as Python's <c>repr</c> (so as boto3 users,
        /// <c>json.dumps</c> and the SageMaker Python SDK write it): <c>0.3</c>, <c>1.0</c>, <c>1e-05</c>,
        /// <c>1.7976931348623157e+308</c>; scientific below 1e-4 and from 1e16. NaN and infinities keep .NET's text.
        /// </summary>
        public static string Format(double value)
        {
            string text = value.ToString("R", CultureInfo.InvariantCulture);
            // "R" can be lossy on .NET Framework (the generator's host in Visual Studio); G17 never is.
            if (!double.TryParse(text, FloatStyle, CultureInfo.InvariantCulture, out double back) || !back.Equals(value))
            {
                text = value.ToString("G17", CultureInfo.InvariantCulture);
            }

            return double.IsNaN(value) || double.IsInfinity(value) ? text : PythonLayout(text);
        }

        /// <summary>The shortest text that reads back as the same float, laid out as <see cref="Format(double)"/>.</summary>
        public static string Format(float value)
        {
            string text = value.ToString("R", CultureInfo.InvariantCulture);
            if (!float.TryParse(text, FloatStyle, CultureInfo.InvariantCulture, out float back) || !back.Equals(value))
            {
                text = value.ToString("G9", CultureInfo.InvariantCulture);
            }

            return float.IsNaN(value) || float.IsInfinity(value) ? text : PythonLayout(text);
        }

        // Rewrites .NET's round-trip text ("1E-05", "100", "1.5E+16") with the same digits in Python's float repr layout.
        private static string PythonLayout(string text)
        {
            bool negative = text.StartsWith("-", StringComparison.Ordinal);
            string body = negative ? text.Substring(1) : text;
            int exponentAt = body.IndexOfAny(new[] { 'E', 'e' });
            int exponent = exponentAt < 0 ? 0 : int.Parse(body.Substring(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            string mantissa = exponentAt < 0 ? body : body.Substring(0, exponentAt);
            int point = mantissa.IndexOf('.');
            string digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
            int integerDigits = point < 0 ? mantissa.Length : point;

            // digits d1d2d3... with the decimal point after `pointAt` digits.
            int leadingZeros = 0;
            while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
            {
                leadingZeros++;
            }

            digits = digits.Substring(leadingZeros).TrimEnd('0');
            if (digits.Length == 0)
            {
                return (negative ? "-" : string.Empty) + "0.0";
            }

            int pointAt = integerDigits - leadingZeros + exponent;
            int scientific = pointAt - 1; // the exponent of d1.d2d3...
            string result;
            if (scientific < -4 || scientific >= 16)
            {
                string fraction = digits.Length > 1 ? "." + digits.Substring(1) : string.Empty;
                string sign = scientific < 0 ? "-" : "+";
                result = digits.Substring(0, 1) + fraction + "e" + sign + Math.Abs(scientific).ToString("00", CultureInfo.InvariantCulture);
            }
            else if (pointAt <= 0)
            {
                result = "0." + new string('0', -pointAt) + digits;
            }
            else if (pointAt >= digits.Length)
            {
                result = digits + new string('0', pointAt - digits.Length) + ".0";
            }
            else
            {
                result = digits.Substring(0, pointAt) + "." + digits.Substring(pointAt);
            }

            return (negative ? "-" : string.Empty) + result;
        }

        /// <summary>The wire form of a decimal.</summary>
        public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>Exactly <c>true</c> or <c>false</c>, the values a boolean hyperparameter declares.</summary>
        public static bool TryParseBoolean(string text, out bool value)
        {
            value = text == "true";
            return value || text == "false";
        }

        /// <summary>An <see cref="sbyte"/> in invariant culture.</summary>
        public static bool TryParseSByte(string text, out sbyte value) => sbyte.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out value);

        /// <summary>A <see cref="byte"/> in invariant culture.</summary>
        public static bool TryParseByte(string text, out byte value) => byte.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out value);

        /// <summary>A <see cref="short"/> in invariant culture.</summary>
        public static bool TryParseInt16(string text, out short value) => short.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out value);

        /// <summary>A <see cref="ushort"/> in invariant culture.</summary>
        public static bool TryParseUInt16(string text, out ushort value) => ushort.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out value);

        /// <summary>An <see cref="int"/> in invariant culture.</summary>
        public static bool TryParseInt32(string text, out int value) => int.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out value);

        /// <summary>A <see cref="uint"/> in invariant culture.</summary>
        public static bool TryParseUInt32(string text, out uint value) => uint.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out value);

        /// <summary>A <see cref="long"/> in invariant culture.</summary>
        public static bool TryParseInt64(string text, out long value) => long.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out value);

        /// <summary>A <see cref="ulong"/> in invariant culture.</summary>
        public static bool TryParseUInt64(string text, out ulong value) => ulong.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out value);

        /// <summary>A finite <see cref="float"/> in invariant culture (NaN, infinities and overflow are refused).</summary>
        public static bool TryParseSingle(string text, out float value) =>
            float.TryParse(text, FloatStyle, CultureInfo.InvariantCulture, out value) && !float.IsNaN(value) && !float.IsInfinity(value);

        /// <summary>A finite <see cref="double"/> in invariant culture (NaN and infinities are refused).</summary>
        public static bool TryParseDouble(string text, out double value) =>
            double.TryParse(text, FloatStyle, CultureInfo.InvariantCulture, out value) && !double.IsNaN(value) && !double.IsInfinity(value);

        /// <summary>A <see cref="decimal"/> in invariant culture.</summary>
        public static bool TryParseDecimal(string text, out decimal value) => decimal.TryParse(text, FloatStyle, CultureInfo.InvariantCulture, out value);

        /// <summary>Any string: free text reads as itself.</summary>
        public static bool TryParseString(string text, out string value)
        {
            value = text ?? throw new ArgumentNullException(nameof(text));
            return true;
        }

        /// <summary>What a value of <paramref name="clrType"/> is, for messages: "an integer from 0 to 255".</summary>
        public static string Describe(Type clrType)
        {
            Type type = Nullable.GetUnderlyingType(clrType) ?? clrType;
            if (type == typeof(bool)) return "true or false";
            if (type == typeof(sbyte)) return "an integer from " + sbyte.MinValue + " to " + sbyte.MaxValue;
            if (type == typeof(byte)) return "an integer from 0 to " + byte.MaxValue;
            if (type == typeof(short)) return "an integer from " + short.MinValue + " to " + short.MaxValue;
            if (type == typeof(ushort)) return "an integer from 0 to " + ushort.MaxValue;
            if (type == typeof(int)) return "an integer from " + int.MinValue + " to " + int.MaxValue;
            if (type == typeof(uint)) return "an integer from 0 to " + uint.MaxValue;
            if (type == typeof(long)) return "an integer from " + long.MinValue + " to " + long.MaxValue;
            if (type == typeof(ulong)) return "an integer from 0 to " + ulong.MaxValue;
            if (type == typeof(float)) return "a finite single-precision number";
            if (type == typeof(double)) return "a finite number";
            if (type == typeof(decimal)) return "a decimal number";
            if (type.IsEnum) return "one of the values of " + type.Name;
            return "a " + type.Name;
        }
    }
}
