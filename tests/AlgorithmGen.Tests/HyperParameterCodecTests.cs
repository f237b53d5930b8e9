using System;
using System.Globalization;
using System.Linq;
using AlgorithmGen.Testing;
using AlgorithmGen.Tests.Infrastructure;
using Xunit;

namespace AlgorithmGen.Tests
{
    /// <summary>
    /// Numbers go on the wire as Python writes them (boto3 users write <c>str(x)</c> or <c>json.dumps</c>): the
    /// codec's text must equal Python's <c>repr</c> for every double, and read back as the same value.
    /// </summary>
    public sealed class HyperParameterCodecTests
    {
        private static readonly double[] Edges =
        {
            0, -0.0, 1, -1, 0.5, 0.1, 0.3, 0.1 + 0.2, 1e-4, 1e-5, 1.5e-5, 0.00012345, 123456.789, 1e15, 1e16, 1.5e16, 9999999999999998,
            12345678901234567890.0, 1e22, 1e-7, -2.5e-300, double.Epsilon, double.MaxValue, double.MinValue, 6.02214076e23, 100, 1.0 / 3,
        };

        [Fact]
        public void Doubles_are_written_as_pythons_repr_and_read_back_exactly()
        {
            var random = new Random(12345);
            double[] values = Edges
                .Concat(Enumerable.Range(0, 300).Select(_ => BitConverter.Int64BitsToDouble((long)(random.NextDouble() * long.MaxValue))))
                .Concat(Enumerable.Range(0, 300).Select(_ => Math.Round(random.NextDouble() * 1000, random.Next(0, 6)) * Math.Pow(10, random.Next(-8, 18))))
                .Where(value => !double.IsNaN(value) && !double.IsInfinity(value))
                .ToArray();

            string[] expected = PythonRepr(values.Select(value => value.ToString("R", CultureInfo.InvariantCulture)));
            for (int i = 0; i < values.Length; i++)
            {
                string text = HyperParameterCodec.Format(values[i]);
                Assert.Equal(expected[i], text);
                Assert.True(HyperParameterCodec.TryParseDouble(text, out double back) && back.Equals(values[i]), text);
            }
        }

        [Theory]
        [InlineData(0f, "0.0")]
        [InlineData(0.1f, "0.1")]
        [InlineData(0.99f, "0.99")]
        [InlineData(1e-5f, "1e-05")]
        [InlineData(3.4028235e38f, "3.4028235e+38")]
        public void Floats_use_their_own_shortest_digits_in_the_same_layout(float value, string expected)
        {
            Assert.Equal(expected, HyperParameterCodec.Format(value));
            Assert.True(HyperParameterCodec.TryParseSingle(expected, out float back) && back.Equals(value));
        }

        private static string[] PythonRepr(System.Collections.Generic.IEnumerable<string> values)
        {
            ProcessResult result = ProcessRunner.Run(
                PythonTools.Python,
                new[] { "-c", "import sys; print('\\n'.join(repr(float(line)) for line in sys.stdin.read().split()))" },
                standardInput: string.Join("\n", values));
            Assert.True(result.ExitCode == 0, result.Describe());
            return result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
    }
}
