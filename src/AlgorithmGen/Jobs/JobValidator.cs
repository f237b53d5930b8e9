using System;
using System.Collections.Generic;
using System.Linq;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;

namespace AlgorithmGen.Jobs
{
    /// <summary>
    /// Checks job requests against the algorithm they run, before anything is sent, with the rule catalogue's rules:
    /// the service model's constraints (AG00xx), the training-job rules the validation profile and the training
    /// container share (channels, content types, input modes including FastFile, compression, hyperparameter names,
    /// required values, values in range and among the categorical values, instance types, distributed training,
    /// stopping condition), the tuning rules (tunability and range kinds AG0208, bounds AG0309, objective AG0203)
    /// and the transform rules (content and response types, instance types, limits) of the inference specification, for
    /// transform jobs and for the validation profiles of a model package made from the algorithm.
    /// </summary>
    public static class JobValidator
    {
        /// <summary>All violations of a training job that runs the algorithm with <paramref name="specification"/>.</summary>
        public static IReadOnlyList<Violation> Validate(CreateTrainingJobRequest request, TrainingSpecification specification)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            if (specification is null)
            {
                throw new ArgumentNullException(nameof(specification));
            }

            var violations = new List<Violation>(ConstraintValidator.Validate(request));
            var report = Reporter(request, violations);
            TrainingJobRules.Check(JobKind.TrainingJob, specification, request, request.AlgorithmSpecification?.TrainingInputMode,
                request.InputDataConfig, request.HyperParameters, ignoreUndeclared: null, report);
            TrainingJobRules.CheckResources(JobKind.TrainingJob, specification, request.ResourceConfig, report);
            TrainingJobRules.CheckStoppingCondition(request.StoppingCondition, report);
            return violations;
        }

        /// <summary>All violations of a hyperparameter tuning job whose training jobs run the algorithm with <paramref name="specification"/>.</summary>
        public static IReadOnlyList<Violation> Validate(CreateHyperParameterTuningJobRequest request, TrainingSpecification specification)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            if (specification is null)
            {
                throw new ArgumentNullException(nameof(specification));
            }

            var violations = new List<Violation>(ConstraintValidator.Validate(request));
            var report = Reporter(request, violations);
            HyperParameterTuningJobConfig? config = request.HyperParameterTuningJobConfig;
            var definitions = new List<HyperParameterTrainingJobDefinition>();
            if (request.TrainingJobDefinition is { } single)
            {
                definitions.Add(single);
            }

            definitions.AddRange(request.TrainingJobDefinitions?.Where(d => d is not null) ?? Enumerable.Empty<HyperParameterTrainingJobDefinition>());
            if (config?.HyperParameterTuningJobObjective is { } objective)
            {
                CheckObjective(specification, objective, report);
            }

            foreach (HyperParameterTrainingJobDefinition definition in definitions)
            {
                ParameterRanges? ranges = definition.HyperParameterRanges ?? config?.ParameterRanges;
                ICollection<string> tuned = CheckRanges(specification, ranges, report);
                TrainingJobRules.Check(JobKind.TrainingJob, specification, definition, definition.AlgorithmSpecification?.TrainingInputMode,
                    definition.InputDataConfig, definition.StaticHyperParameters, ignoreUndeclared: null, tuned, report);
                TrainingJobRules.CheckResources(JobKind.TrainingJob, specification, definition.ResourceConfig, report);
                TrainingJobRules.CheckStoppingCondition(definition.StoppingCondition, report);
                if (definition.TuningObjective is { } own)
                {
                    CheckObjective(specification, own, report);
                }
            }

            return violations;
        }

        /// <summary>All violations of a transform job on a model made from the algorithm with <paramref name="inference"/>.</summary>
        /// <param name="request">The request.</param>
        /// <param name="inference">The algorithm's inference specification; null when it has none (that is a violation).</param>
        public static IReadOnlyList<Violation> Validate(CreateTransformJobRequest request, InferenceSpecification? inference)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            var violations = new List<Violation>(ConstraintValidator.Validate(request));
            TransformJobRules.Check(JobKind.TrainingJob, inference, request, request.TransformInput, request.TransformOutput, request.TransformResources,
                Reporter(request, violations));
            return violations;
        }

        /// <summary>All violations of a model package made from the algorithm with <paramref name="inference"/>.</summary>
        /// <param name="request">The request.</param>
        /// <param name="inference">The algorithm's inference specification; null when it has none (that is a violation: nothing could serve the package).</param>
        public static IReadOnlyList<Violation> Validate(CreateModelPackageRequest request, InferenceSpecification? inference)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            var violations = new List<Violation>(ConstraintValidator.Validate(request));
            var report = Reporter(request, violations);
            // The package serves with the algorithm's inference specification: without one, no model made from it can run.
            TransformJobRules.Check(JobKind.TrainingJob, inference, (IApiShape?)request.SourceAlgorithmSpecification ?? request, null, null, null, report);
            if (inference is not null)
            {
                foreach (ModelPackageValidationProfile profile in request.ValidationSpecification?.ValidationProfiles ?? Enumerable.Empty<ModelPackageValidationProfile>())
                {
                    if (profile?.TransformJobDefinition is { } job)
                    {
                        TransformJobRules.Check(JobKind.ValidationProfile, inference, job, job.TransformInput, job.TransformOutput, job.TransformResources, report);
                    }
                }
            }

            return violations;
        }

        /// <summary>Whether any violation is an error (the service would reject the request, or the job would fail).</summary>
        public static bool HasErrors(IEnumerable<Violation> violations) => RequestValidator.HasErrors(violations);

        private static void CheckObjective(TrainingSpecification specification, HyperParameterTuningJobObjective objective, TrainingJobRules.Reporter report)
        {
            List<HyperParameterTuningJobObjective> declared = specification.SupportedTuningJobObjectiveMetrics ?? new List<HyperParameterTuningJobObjective>();
            HyperParameterTuningJobObjective? match = declared.FirstOrDefault(d => d.MetricName == objective.MetricName);
            string metricName = HyperParameterTuningJobObjective.Members.MetricName.Name;
            if (match is null && declared.Count == 0)
            {
                report.Report(RuleMessages.NoTuningObjectiveDeclared, objective, metricName, objective.MetricName);
            }
            else if (match is null)
            {
                report.Report(RuleMessages.TuningObjectiveNotDeclared, objective, metricName,
                    objective.MetricName, string.Join(", ", declared.Select(d => d.MetricName + " (" + d.Type + ")")));
            }
            else if (objective.Type is { } type && match.Type is { } direction && type != direction)
            {
                report.Report(RuleMessages.TuningObjectiveDirection, objective, HyperParameterTuningJobObjective.Members.Type.Name, objective.MetricName, direction, type);
            }
        }

        /// <summary>Checks every range against its declaration; returns the names the ranges give values to.</summary>
        private static ICollection<string> CheckRanges(TrainingSpecification specification, ParameterRanges? ranges, TrainingJobRules.Reporter report)
        {
            var tuned = new HashSet<string>(StringComparer.Ordinal);
            if (ranges is null)
            {
                return tuned;
            }

            Dictionary<string, HyperParameterSpecification> declared = (specification.SupportedHyperParameters ?? new List<HyperParameterSpecification>())
                .Where(h => h?.Name is not null)
                .GroupBy(h => h.Name!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

            foreach (IntegerParameterRange range in ranges.IntegerParameterRanges ?? Enumerable.Empty<IntegerParameterRange>())
            {
                if (range is not null && CheckRange(declared, range, IntegerParameterRange.Members.Name.Name, range.Name, "Integer", report) is { } hyperParameter)
                {
                    tuned.Add(range.Name!);
                    CheckValue(hyperParameter, range, IntegerParameterRange.Members.MinValue.Name, range.MinValue, report);
                    CheckValue(hyperParameter, range, IntegerParameterRange.Members.MaxValue.Name, range.MaxValue, report);
                }
            }

            foreach (ContinuousParameterRange range in ranges.ContinuousParameterRanges ?? Enumerable.Empty<ContinuousParameterRange>())
            {
                if (range is not null && CheckRange(declared, range, ContinuousParameterRange.Members.Name.Name, range.Name, "Continuous", report) is { } hyperParameter)
                {
                    tuned.Add(range.Name!);
                    CheckValue(hyperParameter, range, ContinuousParameterRange.Members.MinValue.Name, range.MinValue, report);
                    CheckValue(hyperParameter, range, ContinuousParameterRange.Members.MaxValue.Name, range.MaxValue, report);
                }
            }

            foreach (CategoricalParameterRange range in ranges.CategoricalParameterRanges ?? Enumerable.Empty<CategoricalParameterRange>())
            {
                if (range is not null && CheckRange(declared, range, CategoricalParameterRange.Members.Name.Name, range.Name, "Categorical", report) is { } hyperParameter)
                {
                    tuned.Add(range.Name!);
                    foreach (string value in range.Values ?? Enumerable.Empty<string>())
                    {
                        CheckValue(hyperParameter, range, CategoricalParameterRange.Members.Values.Name, value, report);
                    }
                }
            }

            foreach (AutoParameter auto in ranges.AutoParameters ?? Enumerable.Empty<AutoParameter>())
            {
                if (auto?.Name is { } name)
                {
                    tuned.Add(name);
                }
            }

            return tuned;
        }

        private static HyperParameterSpecification? CheckRange(
            Dictionary<string, HyperParameterSpecification> declared, IApiShape range, string nameMember, string? name, string kind, TrainingJobRules.Reporter report)
        {
            if (name is null)
            {
                return null; // AG0001 from the constraints.
            }

            if (!declared.TryGetValue(name, out HyperParameterSpecification? hyperParameter))
            {
                report.Report(RuleMessages.UndeclaredTunedHyperParameter, range, nameMember,
                    name, string.Join(", ", declared.Values.Where(h => h.IsTunable == true).Select(h => h.Name)));
                return null;
            }

            if (hyperParameter.IsTunable != true)
            {
                report.Report(RuleMessages.RangeOnNonTunable, range, nameMember, name);
                return null;
            }

            if (hyperParameter.Type != kind)
            {
                string? expected = hyperParameter.Type switch
                {
                    "Integer" => nameof(IntegerParameterRange),
                    "Continuous" => nameof(ContinuousParameterRange),
                    "Categorical" => nameof(CategoricalParameterRange),
                    _ => null,
                };
                string type = HyperParameterValues.WithArticle(hyperParameter.Type);
                if (expected is null)
                {
                    report.Report(RuleMessages.RangeOnUntunableType, range, nameMember, name, type, hyperParameter.Type, kind);
                }
                else
                {
                    report.Report(RuleMessages.RangeOfWrongKind, range, nameMember, name, type, HyperParameterValues.WithArticle(expected), kind);
                }
                return null;
            }

            return hyperParameter;
        }

        private static void CheckValue(HyperParameterSpecification hyperParameter, IApiShape range, string member, string? value, TrainingJobRules.Reporter report)
        {
            if (value is not null && HyperParameterValues.Problem(hyperParameter, value) is { } problem)
            {
                report.Report(RuleMessages.InvalidTunedValue, range, member, member, hyperParameter.Name, HyperParameterValues.WithArticle(hyperParameter.Type), problem);
            }
        }

        private static TrainingJobRules.Reporter Reporter(IApiShape request, List<Violation> violations)
        {
            ShapePaths? paths = null;
            return (rule, owner, member, message, index, mapKey) =>
            {
                // Paths are only needed once something is wrong; most requests never pay for the walk.
                paths ??= new ShapePaths(request);
                string path = paths.Of(owner, member, index) + (mapKey is null ? string.Empty : "." + mapKey);
                violations.Add(new Violation(owner, rule, path, message, member, index, mapKey));
            };
        }
    }
}
