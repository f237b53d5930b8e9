using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace AlgorithmGen.Sample.Tests.Infrastructure
{
    /// <summary>Small deterministic classification data in the sample's CSV shape: label first, no header.</summary>
    internal static class CsvData
    {
        /// <summary>Three features in [0, 1); the label is whether x1 + x2 exceeds 1, with a narrow band of label noise.</summary>
        public static void WriteBinary(string folder, int rows, int seed) =>
            Write(folder, rows, seed, (x, random) => x[0] + x[1] + (0.1 * (random.NextDouble() - 0.5)) > 1 ? 1 : 0);

        /// <summary>Three features in [0, 1); the class (0, 1 or 2) is the third of [0, 1) that x1 falls in.</summary>
        public static void WriteMulticlass(string folder, int rows, int seed) =>
            Write(folder, rows, seed, (x, _) => Math.Min(2, (int)(x[0] * 3)));

        private static void Write(string folder, int rows, int seed, Func<double[], Random, int> label)
        {
            Directory.CreateDirectory(folder);
            var random = new Random(seed);
            var text = new StringBuilder();
            for (int i = 0; i < rows; i++)
            {
                double[] x = { random.NextDouble(), random.NextDouble(), random.NextDouble() };
                text.Append(label(x, random).ToString(CultureInfo.InvariantCulture))
                    .Append(',')
                    .AppendJoin(',', x.Select(v => v.ToString("0.0000", CultureInfo.InvariantCulture)))
                    .Append('\n');
            }

            File.WriteAllText(Path.Combine(folder, "data.csv"), text.ToString());
        }
    }
}
