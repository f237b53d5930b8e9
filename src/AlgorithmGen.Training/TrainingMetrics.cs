using System;
using Microsoft.Extensions.Logging;
using AlgorithmGen.Metrics;

namespace AlgorithmGen.Training
{
    /// <summary>
    /// Base of the generated metrics class: one method per <c>[Metric]</c>, each writing the line that metric's regex
    /// finds, so SageMaker records exactly the value passed.
    /// </summary>
    public abstract class TrainingMetrics
    {
        private static readonly object OutputLock = new object();
        private readonly TrainingContext _context;

        /// <summary>Called by generated code.</summary>
        protected TrainingMetrics(TrainingContext context)
        {
            _context = context ?? throw new ArgumentNullException(nameof(context));
        }

        /// <summary>
        /// Writes <paramref name="template"/> with <paramref name="value"/> (invariant culture, shortest exact form) as one
        /// line of standard output. NaN and infinities are not written (the service records floats, and a tuning job
        /// would rank a non-finite objective); a warning says so instead.
        /// </summary>
        /// <returns>The line written, or null when the value was not finite.</returns>
        protected string? Write(string metricName, string template, double value)
        {
            string? line = MetricLines.Line(template, value);
            if (line is null)
            {
                _context.Logger.LogWarning("Metric {MetricName}: value {Value} is not a finite number and was not emitted.", metricName, value);
                return null;
            }

            // One line per write, never interleaved with another thread's metric.
            lock (OutputLock)
            {
                _context.MetricOutput.WriteLine(line);
                _context.MetricOutput.Flush();
            }

            return line;
        }
    }
}
