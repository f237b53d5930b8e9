using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Client;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;

namespace AlgorithmGen.Jobs
{
    /// <summary>
    /// Builds a <c>CreateHyperParameterTuningJob</c> request whose training jobs run a registered algorithm: ranges
    /// only for hyperparameters declared tunable, within their declared ranges and of their types' range kinds, and
    /// the objective only from the declared tuning objectives, with its declared direction. Checked before anything
    /// is sent (<see cref="JobValidator"/>).
    /// </summary>
    public sealed class TuningJobBuilder : RequestBuilder<TuningJobBuilder, CreateHyperParameterTuningJobRequest>
    {
        private readonly TrainingJobBuilder _training;
        private readonly List<IntegerParameterRange> _integers = new List<IntegerParameterRange>();
        private readonly List<ContinuousParameterRange> _continuous = new List<ContinuousParameterRange>();
        private readonly List<CategoricalParameterRange> _categorical = new List<CategoricalParameterRange>();
        private HyperParameterTuningJobObjective? _objective;
        private string _strategy = "Bayesian";
        private ResourceLimits _limits = new ResourceLimits { MaxNumberOfTrainingJobs = 1, MaxParallelTrainingJobs = 1 };

        internal TuningJobBuilder(AlgorithmDefinition algorithm, string tuningJobName, TrainingJobBuilder training)
            : base(Operations.CreateHyperParameterTuningJob, tuningJobName)
        {
            _ = algorithm ?? throw new ArgumentNullException(nameof(algorithm));
            JobName = tuningJobName ?? throw new ArgumentNullException(nameof(tuningJobName));
            _training = training;
        }

        /// <summary>The tuning job's name.</summary>
        public string JobName { get; }

        /// <summary>
        /// The objective: one of the algorithm's declared tuning objectives, by metric name, with the direction it is
        /// declared with (<c>[Metric(..., TuningObjective = ...)]</c>). An undeclared metric is reported (AG0203) when built.
        /// </summary>
        public TuningJobBuilder Objective(string metricName)
        {
            if (metricName is null)
            {
                throw new ArgumentNullException(nameof(metricName));
            }

            HyperParameterTuningJobObjective? declared = _training.Specification.SupportedTuningJobObjectiveMetrics?.FirstOrDefault(o => o.MetricName == metricName);
            _objective = new HyperParameterTuningJobObjective { MetricName = metricName, Type = declared?.Type };
            return this;
        }

        /// <summary>Varies an Integer hyperparameter (by wire name) from <paramref name="min"/> to <paramref name="max"/>.</summary>
        /// <param name="name">The hyperparameter's wire name.</param>
        /// <param name="min">The lowest value.</param>
        /// <param name="max">The highest value.</param>
        /// <param name="scalingType"><c>Auto</c>, <c>Linear</c>, <c>Logarithmic</c> or <c>ReverseLogarithmic</c>; null leaves it to SageMaker.</param>
        public TuningJobBuilder IntegerRange(string name, long min, long max, string? scalingType = null)
        {
            Remove(name);
            _integers.Add(new IntegerParameterRange { Name = name, MinValue = HyperParameterCodec.Format(min), MaxValue = HyperParameterCodec.Format(max), ScalingType = scalingType });
            return this;
        }

        /// <summary>Varies a Continuous hyperparameter (by wire name) from <paramref name="min"/> to <paramref name="max"/>.</summary>
        /// <param name="name">The hyperparameter's wire name.</param>
        /// <param name="min">The lowest value.</param>
        /// <param name="max">The highest value.</param>
        /// <param name="scalingType"><c>Auto</c>, <c>Linear</c>, <c>Logarithmic</c> or <c>ReverseLogarithmic</c>; null leaves it to SageMaker.</param>
        public TuningJobBuilder ContinuousRange(string name, double min, double max, string? scalingType = null)
        {
            Remove(name);
            _continuous.Add(new ContinuousParameterRange { Name = name, MinValue = HyperParameterCodec.Format(min), MaxValue = HyperParameterCodec.Format(max), ScalingType = scalingType });
            return this;
        }

        /// <summary>Varies a Categorical hyperparameter (by wire name) among <paramref name="values"/> (wire values).</summary>
        public TuningJobBuilder CategoricalRange(string name, params string[] values)
        {
            Remove(name);
            _categorical.Add(new CategoricalParameterRange { Name = name, Values = (values ?? throw new ArgumentNullException(nameof(values))).ToList() });
            return this;
        }

        /// <summary>How many training jobs in all, and at once (<c>ResourceLimits</c>). Default 1 and 1.</summary>
        public TuningJobBuilder ResourceLimits(int maxNumberOfTrainingJobs, int maxParallelTrainingJobs)
        {
            _limits = new ResourceLimits { MaxNumberOfTrainingJobs = maxNumberOfTrainingJobs, MaxParallelTrainingJobs = maxParallelTrainingJobs };
            return this;
        }

        /// <summary>The search strategy: <c>Bayesian</c> (default), <c>Random</c>, <c>Hyperband</c> or <c>Grid</c>.</summary>
        public TuningJobBuilder Strategy(string strategy)
        {
            _strategy = strategy ?? throw new ArgumentNullException(nameof(strategy));
            return this;
        }

        /// <inheritdoc />
        private protected override CreateHyperParameterTuningJobRequest Compose()
        {
            CreateTrainingJobRequest training = _training.ToRequest();
            var ranged = new HashSet<string>(_integers.Select(r => r.Name!).Concat(_continuous.Select(r => r.Name!)).Concat(_categorical.Select(r => r.Name!)), StringComparer.Ordinal);
            Dictionary<string, string>? statics = training.HyperParameters?.Where(e => !ranged.Contains(e.Key)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
            return new CreateHyperParameterTuningJobRequest
            {
                HyperParameterTuningJobName = JobName,
                HyperParameterTuningJobConfig = new HyperParameterTuningJobConfig
                {
                    Strategy = _strategy,
                    HyperParameterTuningJobObjective = _objective,
                    ResourceLimits = _limits,
                    ParameterRanges = new ParameterRanges
                    {
                        IntegerParameterRanges = _integers.Count == 0 ? null : _integers.ToList(),
                        ContinuousParameterRanges = _continuous.Count == 0 ? null : _continuous.ToList(),
                        CategoricalParameterRanges = _categorical.Count == 0 ? null : _categorical.ToList(),
                    },
                },
                TrainingJobDefinition = new HyperParameterTrainingJobDefinition
                {
                    StaticHyperParameters = statics is { Count: > 0 } ? statics : null,
                    AlgorithmSpecification = new HyperParameterAlgorithmSpecification
                    {
                        AlgorithmName = training.AlgorithmSpecification?.AlgorithmName,
                        TrainingInputMode = training.AlgorithmSpecification?.TrainingInputMode,
                    },
                    RoleArn = training.RoleArn,
                    InputDataConfig = training.InputDataConfig,
                    VpcConfig = training.VpcConfig,
                    OutputDataConfig = training.OutputDataConfig,
                    ResourceConfig = training.ResourceConfig,
                    StoppingCondition = training.StoppingCondition,
                    EnableNetworkIsolation = training.EnableNetworkIsolation,
                    EnableInterContainerTrafficEncryption = training.EnableInterContainerTrafficEncryption,
                    EnableManagedSpotTraining = training.EnableManagedSpotTraining,
                    CheckpointConfig = training.CheckpointConfig,
                    RetryStrategy = training.RetryStrategy,
                    Environment = training.Environment,
                },
                Tags = Tags,
            };
        }

        /// <inheritdoc />
        private protected override IReadOnlyList<Violation> Check(CreateHyperParameterTuningJobRequest request) => JobValidator.Validate(request, _training.Specification);

        /// <summary>Checks the request and starts the tuning job.</summary>
        /// <exception cref="JobValidationException">The request has errors; nothing was sent.</exception>
        /// <exception cref="SageMakerException">SageMaker refused the request or could not be reached.</exception>
        public Task<CreateHyperParameterTuningJobResponse> StartAsync(SageMakerClient client, CancellationToken cancellationToken = default) =>
            SendAsync(client, (c, request, token) => c.CreateHyperParameterTuningJobAsync(request, token), cancellationToken);

        private void Remove(string name)
        {
            if (name is null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            _integers.RemoveAll(r => r.Name == name);
            _continuous.RemoveAll(r => r.Name == name);
            _categorical.RemoveAll(r => r.Name == name);
        }
    }
}
