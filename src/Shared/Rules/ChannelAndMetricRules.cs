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
                    context.Report(RuleCatalog.DuplicateChannel, channel, "Name", "Channel '" + name + "' is declared more than once; give each channel a unique name.");
                }

                if (!IsEnvironmentVariableName(name))
                {
                    context.Report(RuleCatalog.NotAnEnvironmentVariableName, channel, "Name",
                        "Channel '" + name + "' can't be an environment variable name (SM_CHANNEL_" + name.ToUpperInvariant() + "); containers that read channels from the environment won't find it. Prefer letters, digits and '_'.");
                }
            }

            foreach (HyperParameterSpecification hyperParameter in training.SupportedHyperParameters ?? Enumerable.Empty<HyperParameterSpecification>())
            {
                if (hyperParameter?.Name is { } name && !IsEnvironmentVariableName(name))
                {
                    context.Report(RuleCatalog.NotAnEnvironmentVariableName, hyperParameter, "Name",
                        "Hyperparameter '" + name + "' can't be an environment variable name (SM_HP_" + name.ToUpperInvariant() + "); containers that read hyperparameters from the environment won't find it. Prefer letters, digits and '_'.");
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
                    context.Report(RuleCatalog.DuplicateMetric, metric, "Name", "Metric '" + name + "' is declared more than once; give each metric a unique name.");
                }

                if (metric.Regex is { Length: > 0 } regex && RegexProblem(regex) is { } problem)
                {
                    context.Report(RuleCatalog.InvalidMetricRegex, metric, "Regex", "The regex of metric '" + metric.Name + "' " + problem);
                }
            }

            List<HyperParameterTuningJobObjective>? objectives = training.SupportedTuningJobObjectiveMetrics;
            foreach (HyperParameterTuningJobObjective objective in objectives ?? Enumerable.Empty<HyperParameterTuningJobObjective>())
            {
                if (objective?.MetricName is { } metricName && !metrics.Contains(metricName))
                {
                    context.Report(RuleCatalog.UndeclaredObjectiveMetric, objective, "MetricName",
                        "Tuning objective '" + metricName + "' is not one of the metrics the algorithm emits; declare it with [Metric(\"" + metricName + "\", regex)].");
                }
            }

            if (objectives is { Count: > 0 } && training.SupportedHyperParameters?.Any(h => h?.IsTunable == true) != true)
            {
                // On the first objective: that is where the intent to tune is written.
                HyperParameterTuningJobObjective? first = objectives.FirstOrDefault(objective => objective is not null);
                context.Report(RuleCatalog.ObjectivesWithoutTunableHyperParameters, first ?? (IApiShape)training, first is null ? "SupportedTuningJobObjectiveMetrics" : "Type",
                    "The algorithm offers tuning objectives but no tunable hyperparameter; mark the hyperparameters a tuning job may vary with IsTunable = true.");
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
