using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using AlgorithmGen.Metrics;
using AlgorithmGen.Model;
using GradientBoosting;
using Xunit;

namespace AlgorithmGen.Sample.Tests.Infrastructure
{
    /// <summary>One value SageMaker would record: the metric whose declared regex found it, and the line.</summary>
    internal sealed record RecordedMetric(string Name, double Value, string Line);

    /// <summary>The algorithm's declared metric definitions, applied to a job's standard output as the service would.</summary>
    internal static class DeclaredMetrics
    {
        /// <summary>The last number in a line, read without any declared regex: the value the line says.</summary>
        private static readonly Regex LastNumber = new Regex(@"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?(?=[^0-9]*$)", RegexOptions.CultureInvariant);

        /// <summary>Name and regex of each metric, from the request the sample's attributes generate.</summary>
        public static IReadOnlyList<MetricDefinition> Definitions { get; } =
            GradientBoostingAlgorithm.Definition.CreateRequest().TrainingSpecification!.MetricDefinitions!;

        /// <summary>
        /// Every value the declared regexes find in <paramref name="standardOutput"/>, asserting on the way that each
        /// non-blank line is found by exactly one regex, which reads back exactly the number the line shows.
        /// </summary>
        public static IReadOnlyList<RecordedMetric> Read(string standardOutput)
        {
            var recorded = new List<RecordedMetric>();
            foreach (string line in standardOutput.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0))
            {
                var found = new List<RecordedMetric>();
                foreach (MetricDefinition definition in Definitions)
                {
                    if (MetricLines.TryExtract(definition.Regex!, line, out double value))
                    {
                        found.Add(new RecordedMetric(definition.Name!, value, line));
                    }
                }

                RecordedMetric metric = Assert.Single(found);
                Match shown = LastNumber.Match(line);
                Assert.True(shown.Success, "No number in metric line '" + line + "'.");
                Assert.Equal(double.Parse(shown.Value, NumberStyles.Float, CultureInfo.InvariantCulture), metric.Value);
                recorded.Add(metric);
            }

            return recorded;
        }

        /// <summary>The one value recorded for <paramref name="name"/>.</summary>
        public static double Single(IReadOnlyList<RecordedMetric> recorded, string name) =>
            Assert.Single(recorded, metric => metric.Name == name).Value;
    }
}
