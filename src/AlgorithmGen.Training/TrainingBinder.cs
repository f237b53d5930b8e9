using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;

namespace AlgorithmGen.Training
{
    /// <summary>
    /// The checks and look-ups behind a generated <c>Bind</c>: the rule catalogue over the job's raw hyperparameters
    /// and channels first (required, range, categorical, declared, supported), then the typed parse of each value,
    /// collecting every problem before any is thrown.
    /// </summary>
    /// <remarks>
    /// Called by the generated <c>Bind</c>, so it is public and kept stable; hidden from IntelliSense because application
    /// code binds through the generated context (<see cref="TrainingHost"/>) instead.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class TrainingBinder
    {
        /// <summary>The hyperparameter a tuning job adds: the name of its objective metric.</summary>
        public const string TuningObjectiveKey = "_tuning_objective_metric";

        /// <summary>The prefix of the keys the SageMaker Python SDK adds.</summary>
        public const string SageMakerKeyPrefix = "sagemaker_";

        private readonly TrainingEnvironment _environment;
        private readonly Dictionary<string, HyperParameterSpecification> _declared;
        private readonly List<Violation> _problems;
        private readonly HashSet<string> _keysWithProblems;

        private TrainingBinder(TrainingEnvironment environment, TrainingSpecification specification, List<Violation> problems)
        {
            _environment = environment;
            _problems = problems;
            // Loops, not LINQ: Where/Select/GroupBy chains make generic virtual calls, whose first use NativeAOT pays
            // with a type-loader look-up on the container's start-up path. The first of duplicate names wins.
            _declared = new Dictionary<string, HyperParameterSpecification>(StringComparer.Ordinal);
            foreach (HyperParameterSpecification? hyperParameter in specification.SupportedHyperParameters ?? new List<HyperParameterSpecification>())
            {
                if (hyperParameter?.Name is { } name)
                {
                    _declared.TryAdd(name, hyperParameter);
                }
            }

            _keysWithProblems = new HashSet<string>(StringComparer.Ordinal);
            foreach (Violation problem in problems)
            {
                if (problem.MapKey is not null)
                {
                    _keysWithProblems.Add(problem.MapKey);
                }
            }

            var channels = new Dictionary<string, TrainingChannel>(StringComparer.Ordinal);
            foreach (InputChannelConfiguration channel in environment.InputDataConfig)
            {
                if (!channels.ContainsKey(channel.Name))
                {
                    channels.Add(channel.Name, new TrainingChannel(environment.Paths, channel));
                }
            }

            Channels = channels;
        }

        /// <summary>Every channel of the job by name.</summary>
        public IReadOnlyDictionary<string, TrainingChannel> Channels { get; }

        /// <summary>The problems found so far.</summary>
        public IReadOnlyList<Violation> Problems => _problems;

        /// <summary>Whether a key is one SageMaker or its Python SDK adds to every job of a kind, never an error.</summary>
        public static bool IsPlatformKey(string key) =>
            key == TuningObjectiveKey || key.StartsWith(SageMakerKeyPrefix, StringComparison.Ordinal);

        /// <summary>Starts binding <paramref name="environment"/> to <paramref name="algorithm"/>: runs the rule catalogue over the job.</summary>
        public static TrainingBinder Start(AlgorithmDefinition algorithm, TrainingEnvironment environment, TrainingBindingOptions? options)
        {
            if (algorithm is null)
            {
                throw new ArgumentNullException(nameof(algorithm));
            }

            if (environment is null)
            {
                throw new ArgumentNullException(nameof(environment));
            }

            bool ignoreAll = (options ?? new TrainingBindingOptions()).UndeclaredInputs == UndeclaredInputPolicy.Ignore;
            TrainingSpecification specification = algorithm.CreateRequest().TrainingSpecification ?? new TrainingSpecification();
            List<Channel> inputs = environment.InputDataConfig.Select(channel => new Channel
            {
                ChannelName = channel.Name,
                ContentType = channel.ContentType,
                InputMode = channel.TrainingInputMode,
                CompressionType = channel.CompressionType,
                RecordWrapperType = channel.RecordWrapperType,
            }).ToList();
            IReadOnlyList<Violation> violations = TrainingJobValidator.Validate(
                specification, environment.HyperParameters, inputs, defaultInputMode: null, ignoreUndeclared: name => ignoreAll || IsPlatformKey(name));

            // Advice (info and warnings about Pipe-only settings) is not a reason to refuse a job SageMaker started.
            return new TrainingBinder(environment, specification, violations.Where(v => v.Severity == RuleSeverity.Error).ToList());
        }

        /// <summary>
        /// Reads hyperparameter <paramref name="name"/>: the job's value, else the declared default. Returns false when
        /// neither exists or the text does not parse as <typeparamref name="T"/> (recorded as a problem unless the rule
        /// catalogue already reported that value).
        /// </summary>
        public bool TryRead<T>(string name, HyperParameterCodec.Parser<T> parse, out T value)
        {
            value = default!;
            string? text = _environment.HyperParameters.TryGetValue(name, out string? given) ? given
                : _declared.TryGetValue(name, out HyperParameterSpecification? declared) ? declared.DefaultValue
                : null;
            if (text is null)
            {
                return false;
            }

            if (parse(text, out value))
            {
                return true;
            }

            if (_keysWithProblems.Add(name))
            {
                string origin = given is null ? "declared default" : "value";
                _problems.Add(new Violation(
                    RuleMessages.InvalidBoundValue.Rule,
                    "HyperParameters." + name,
                    RuleMessages.InvalidBoundValue.Text(origin, name, text, HyperParameterCodec.Describe(typeof(T))),
                    mapKey: name));
            }

            return false;
        }

        /// <summary>The channel named <paramref name="name"/>, or null when the job has none (a required one is already a problem).</summary>
        public TrainingChannel? Channel(string name) => Channels.TryGetValue(name, out TrainingChannel? channel) ? channel : null;

        /// <summary>Throws <see cref="TrainingBindingException"/> with every problem, if any was found.</summary>
        public void ThrowIfProblems()
        {
            if (_problems.Count > 0)
            {
                throw new TrainingBindingException(_problems.ToList());
            }
        }
    }
}
