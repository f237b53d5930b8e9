using System.Collections.Generic;
using AlgorithmGen.Metrics;
using AlgorithmGen.Model;

namespace AlgorithmGen.Training.Host
{
    /// <summary>
    /// What SageMaker would record from a job's log: each line of standard output and error searched with every
    /// declared metric's regex (<see cref="MetricLines.TryExtract"/>), every value kept in order.
    /// </summary>
    internal sealed class MetricCollector
    {
        private readonly List<KeyValuePair<string, string>> _definitions = new List<KeyValuePair<string, string>>();

        public MetricCollector(TrainingSpecification specification)
        {
            foreach (MetricDefinition metric in specification.MetricDefinitions ?? new List<MetricDefinition>())
            {
                if (metric?.Name is { } name && metric.Regex is { } regex)
                {
                    _definitions.Add(new KeyValuePair<string, string>(name, regex));
                    Values.Add(new KeyValuePair<string, List<double>>(name, new List<double>()));
                }
            }
        }

        /// <summary>Per declared metric, in declaration order, the values found so far.</summary>
        public List<KeyValuePair<string, List<double>>> Values { get; } = new List<KeyValuePair<string, List<double>>>();

        /// <summary>Reads one log line.</summary>
        public void Read(string line)
        {
            for (int i = 0; i < _definitions.Count; i++)
            {
                if (MetricLines.TryExtract(_definitions[i].Value, line, out double value))
                {
                    Values[i].Value.Add(value);
                }
            }
        }
    }
}
