#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AlgorithmGen.Model;

namespace AlgorithmGen.Rules
{
    /// <summary>AG02xx: channels, metrics and tuning objectives.</summary>
    internal static class ChannelAndMetricRules
    {
        // The container sees SM_CHANNEL_<NAME> and SM_HP_<NAME>: after the prefix, letters, digits and '_' are fine.
        private static readonly Regex EnvironmentName = new Regex("^[A-Za-z0-9_]+$", RegexOptions.CultureInvariant);

        /// <summary>Whether the container can see <paramref name="name"/> as an environment variable (AG0206 otherwise).</summary>
        public static bool IsEnvironmentVariableName(string name) => EnvironmentName.IsMatch(name);

        public static void Check(RuleContext context)
        {
            TrainingSpecification? training = context.Request.TrainingSpecification;
            if (training is null)
            {
                return;
            }

            var channels = new HashSet<string>(StringComparer.Ordinal);
            foreach (ChannelSpecification channel in training.TrainingChannels ?? Enumerable.Empty<ChannelSpecification>())
            {
                if (channel?.Name is not { } name)
                {
                    continue;
                }

                if (!channels.Add(name))
                {
                    context.Report(RuleMessages.DuplicateChannel, channel, ChannelSpecification.Members.Name.Name, name);
                }

                if (!IsEnvironmentVariableName(name))
                {
                    context.Report(RuleMessages.ChannelNotAnEnvironmentVariableName, channel, ChannelSpecification.Members.Name.Name, name, name.ToUpperInvariant());
                }
            }

            foreach (HyperParameterSpecification hyperParameter in training.SupportedHyperParameters ?? Enumerable.Empty<HyperParameterSpecification>())
            {
                if (hyperParameter?.Name is { } name && !IsEnvironmentVariableName(name))
                {
                    context.Report(RuleMessages.HyperParameterNotAnEnvironmentVariableName, hyperParameter, HyperParameterSpecification.Members.Name.Name, name, name.ToUpperInvariant());
                }
            }

            var metrics = new HashSet<string>(StringComparer.Ordinal);
            foreach (MetricDefinition metric in training.MetricDefinitions ?? Enumerable.Empty<MetricDefinition>())
            {
                if (metric is null)
                {
                    continue;
                }

                if (metric.Name is { } name && !metrics.Add(name))
                {
                    context.Report(RuleMessages.DuplicateMetric, metric, MetricDefinition.Members.Name.Name, name);
                }

                if (metric.Regex is { Length: > 0 } regex && RegexProblem(regex) is { } problem)
                {
                    context.Report(RuleMessages.InvalidMetricRegex, metric, MetricDefinition.Members.Regex.Name, metric.Name, problem);
                }
            }

            List<HyperParameterTuningJobObjective>? objectives = training.SupportedTuningJobObjectiveMetrics;
            foreach (HyperParameterTuningJobObjective objective in objectives ?? Enumerable.Empty<HyperParameterTuningJobObjective>())
            {
                if (objective?.MetricName is { } metricName && !metrics.Contains(metricName))
                {
                    context.Report(RuleMessages.UndeclaredObjectiveMetric, objective, HyperParameterTuningJobObjective.Members.MetricName.Name, metricName);
                }
            }

            if (objectives is { Count: > 0 } && training.SupportedHyperParameters?.Any(h => h?.IsTunable == true) != true)
            {
                // On the first objective: that is where the intent to tune is written.
                HyperParameterTuningJobObjective? first = objectives.FirstOrDefault(objective => objective is not null);
                context.Report(RuleMessages.ObjectivesWithoutTunableHyperParameters, first ?? (IApiShape)training, first is null ? TrainingSpecification.Members.SupportedTuningJobObjectiveMetrics.Name : HyperParameterTuningJobObjective.Members.Type.Name);
            }
        }

        private static string? RegexProblem(string pattern)
        {
            try
            {
                var regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                return regex.GetGroupNumbers().Length < 2
                    ? "has no capturing group; wrap the number in parentheses, e.g. loss=([0-9.]+)."
                    : null;
            }
            catch (ArgumentException exception)
            {
                return "does not compile: " + exception.Message;
            }
        }
    }
}
