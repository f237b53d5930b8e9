using System.Collections.Generic;
using AlgorithmGen.Metrics;
using AlgorithmGen.Model;
using AlgorithmGen.Training;

namespace AlgorithmGen.Training.TestHost
{
    /// <summary>
    /// An algorithm written out by hand as the generator will emit it for an <c>[Algorithm]</c> class: the definition,
    /// and a nested <c>TrainingContext</c> whose <c>Bind</c> calls <see cref="TrainingBinder"/> exactly as generated code
    /// does. To be replaced by a generated algorithm once the generator emits training contexts.
    /// </summary>
    public sealed class TestAlgorithm
    {
        /// <summary>The algorithm's name.</summary>
        public const string Name = "test-algo";

        /// <summary>The definition the generator would emit.</summary>
        public static AlgorithmDefinition Definition { get; } = new AlgorithmDefinition(Name, typeof(TestAlgorithm), "{}", CreateRequest);

        /// <summary>num_round: Integer 1..1000, required.</summary>
        public int NumRound { get; set; }

        /// <summary>eta: Continuous 0..1, default 0.3.</summary>
        public double Eta { get; set; } = 0.3;

        /// <summary>objective: Categorical, default reg:squarederror.</summary>
        public string Objective { get; set; } = "reg:squarederror";

        /// <summary>behavior: what the test training code does (train, pipe, wait, throw, throw-long, own-failure).</summary>
        public string Behavior { get; set; } = "train";

        private static CreateAlgorithmRequest CreateRequest() => new CreateAlgorithmRequest
        {
            AlgorithmName = Name,
            TrainingSpecification = new TrainingSpecification
            {
                TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/test-algo:1",
                SupportedTrainingInstanceTypes = new List<string> { "ml.m5.xlarge", "ml.c5.xlarge" },
                SupportedHyperParameters = new List<HyperParameterSpecification>
                {
                    new HyperParameterSpecification
                    {
                        Name = "num_round", Type = "Integer", IsRequired = true, IsTunable = true,
                        Range = new ParameterRange { IntegerParameterRangeSpecification = new IntegerParameterRangeSpecification { MinValue = "1", MaxValue = "1000" } },
                    },
                    new HyperParameterSpecification
                    {
                        Name = "eta", Type = "Continuous", IsRequired = false, IsTunable = true, DefaultValue = "0.3",
                        Range = new ParameterRange { ContinuousParameterRangeSpecification = new ContinuousParameterRangeSpecification { MinValue = "0", MaxValue = "1" } },
                    },
                    new HyperParameterSpecification
                    {
                        Name = "objective", Type = "Categorical", IsRequired = false, IsTunable = false, DefaultValue = "reg:squarederror",
                        Range = new ParameterRange { CategoricalParameterRangeSpecification = new CategoricalParameterRangeSpecification { Values = new List<string> { "reg:squarederror", "binary:logistic" } } },
                    },
                    new HyperParameterSpecification
                    {
                        Name = "behavior", Type = "Categorical", IsRequired = false, IsTunable = false, DefaultValue = "train",
                        Range = new ParameterRange { CategoricalParameterRangeSpecification = new CategoricalParameterRangeSpecification { Values = new List<string> { "train", "pipe", "wait", "throw", "throw-long", "own-failure" } } },
                    },
                },
                TrainingChannels = new List<ChannelSpecification>
                {
                    new ChannelSpecification { Name = "train", IsRequired = true, SupportedContentTypes = new List<string> { "text/csv" }, SupportedInputModes = new List<string> { "File", "Pipe" } },
                    new ChannelSpecification { Name = "validation", IsRequired = false, SupportedContentTypes = new List<string> { "text/csv", "application/x-parquet" }, SupportedInputModes = new List<string> { "File" } },
                },
                MetricDefinitions = new List<MetricDefinition>
                {
                    new MetricDefinition { Name = "train:rmse", Regex = MetricLines.DefaultRegex("train:rmse") },
                    new MetricDefinition { Name = "validation:rmse", Regex = MetricLines.DefaultRegex("validation:rmse") },
                },
            },
        };

        /// <summary>The context the generator would emit.</summary>
        public sealed class TrainingContext : AlgorithmGen.Training.TrainingContext<TestAlgorithm>, ITrainingContext<TrainingContext>
        {
            private TrainingContext(TrainingEnvironment environment, TestAlgorithm hyperParameters, IReadOnlyDictionary<string, TrainingChannel> inputChannels, TrainingChannels channels)
                : base(environment, hyperParameters, inputChannels)
            {
                Channels = channels;
                Metrics = new TrainingMetrics(this);
            }

            /// <summary>The algorithm.</summary>
            public static AlgorithmDefinition Algorithm => Definition;

            /// <summary>The declared channels.</summary>
            public TrainingChannels Channels { get; }

            /// <summary>The declared metrics.</summary>
            public TrainingMetrics Metrics { get; }

            /// <summary>Binds a job as generated code does.</summary>
            public static TrainingContext Bind(TrainingEnvironment environment, TrainingBindingOptions options)
            {
                TrainingBinder binder = TrainingBinder.Start(Definition, environment, options);
                bool has0 = binder.TryRead<int>("num_round", HyperParameterCodec.TryParseInt32, out int value0);
                bool has1 = binder.TryRead<double>("eta", HyperParameterCodec.TryParseDouble, out double value1);
                bool has2 = binder.TryRead<string>("objective", HyperParameterCodec.TryParseString, out string value2);
                bool has3 = binder.TryRead<string>("behavior", HyperParameterCodec.TryParseString, out string value3);
                TrainingChannel? channel0 = binder.Channel("train");
                TrainingChannel? channel1 = binder.Channel("validation");
                binder.ThrowIfProblems();

                var hyperParameters = new TestAlgorithm();
                if (has0) hyperParameters.NumRound = value0;
                if (has1) hyperParameters.Eta = value1;
                if (has2) hyperParameters.Objective = value2;
                if (has3) hyperParameters.Behavior = value3;
                return new TrainingContext(environment, hyperParameters, binder.Channels, new TrainingChannels(channel0!, channel1));
            }
        }

        /// <summary>The declared channels.</summary>
        public sealed class TrainingChannels
        {
            internal TrainingChannels(TrainingChannel channel0, TrainingChannel? channel1)
            {
                Train = channel0;
                Validation = channel1;
            }

            /// <summary>Channel train (required).</summary>
            public TrainingChannel Train { get; }

            /// <summary>Channel validation (optional).</summary>
            public TrainingChannel? Validation { get; }
        }

        /// <summary>The declared metrics.</summary>
        public sealed class TrainingMetrics : AlgorithmGen.Training.TrainingMetrics
        {
            internal TrainingMetrics(AlgorithmGen.Training.TrainingContext context)
                : base(context)
            {
            }

            /// <summary>Writes train:rmse.</summary>
            public string? TrainRmse(double value) => Write("train:rmse", MetricLines.DefaultTemplate("train:rmse"), value);

            /// <summary>Writes validation:rmse.</summary>
            public string? ValidationRmse(double value) => Write("validation:rmse", MetricLines.DefaultTemplate("validation:rmse"), value);
        }
    }
}
