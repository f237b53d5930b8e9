using System;
using Microsoft.Extensions.Logging;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;

namespace GradientBoosting
{
    /// <summary>A trained model, the schema it reads, and the training and validation rows it scored.</summary>
    public sealed record FittedModel(ITransformer Model, DataViewSchema InputSchema, IDataView ScoredTrain, IDataView? ScoredValidation);

    /// <summary>
    /// The algorithm's XGBoost-style hyperparameters mapped onto ML.NET trainers: LightGBM for the tree boosters
    /// (<c>gbtree</c>, <c>dart</c>), SDCA (coordinate descent on a linear model) for <c>gblinear</c>.
    /// </summary>
    public static class Estimators
    {
        /// <summary>The seed of every random choice (row subsampling, DART drops), so a job repeats exactly.</summary>
        public const int Seed = 42;

        /// <summary>
        /// How many rounds without improvement of <c>eval_metric</c> on the validation channel stop boosting: a tenth
        /// of <c>num_round</c>, at least 5. Zero (never stop early) without a validation channel or with <c>early_stopping=false</c>.
        /// </summary>
        public static int EarlyStoppingRounds(GradientBoostingAlgorithm hyperParameters, bool hasValidation) =>
            hyperParameters.EarlyStopping && hasValidation ? Math.Max(5, hyperParameters.NumRound / 10) : 0;

        /// <summary>Fits the model the hyperparameters describe; <paramref name="validation"/> drives early stopping.</summary>
        public static FittedModel Fit(MLContext ml, GradientBoostingAlgorithm hyperParameters, IDataView train, IDataView? validation, ILogger logger)
        {
            int rounds = EarlyStoppingRounds(hyperParameters, validation is not null);
            if (hyperParameters.Booster == Booster.GbLinear)
            {
                logger.LogInformation("booster=gblinear: SDCA for {Rounds} passes over the data; eta, max_depth, subsample and early_stopping do not apply.", hyperParameters.NumRound);
            }
            else if (rounds > 0)
            {
                logger.LogInformation("Early stopping: boosting stops after {Rounds} rounds without improvement on the validation channel.", rounds);
            }

            switch (hyperParameters.Objective)
            {
                case Objective.SquaredError:
                {
                    ITransformer model = hyperParameters.Booster == Booster.GbLinear
                        ? ml.Transforms.NormalizeMinMax(DataViews.Features).Append(ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options { MaximumNumberOfIterations = hyperParameters.NumRound, NumberOfThreads = 1 })).Fit(train)
                        : ml.Regression.Trainers.LightGbm(RegressionOptions(hyperParameters, rounds)).Fit(train, validation);
                    return new FittedModel(model, train.Schema, model.Transform(train), validation is null ? null : model.Transform(validation));
                }

                case Objective.BinaryLogistic:
                {
                    ITransformer model = hyperParameters.Booster == Booster.GbLinear
                        ? ml.Transforms.NormalizeMinMax(DataViews.Features).Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options { MaximumNumberOfIterations = hyperParameters.NumRound, NumberOfThreads = 1 })).Fit(train)
                        : ml.BinaryClassification.Trainers.LightGbm(BinaryOptions(hyperParameters, rounds, logger)).Fit(train, validation);
                    return new FittedModel(model, train.Schema, model.Transform(train), validation is null ? null : model.Transform(validation));
                }

                default:
                {
                    // Classes are keys inside ML.NET. The saved model starts after the label's mapping, so predicting
                    // needs the features only, and ends by mapping the predicted key back to the class's label value.
                    ITransformer labelToKey = ml.Transforms.Conversion.MapValueToKey(DataViews.Label).Fit(train);
                    IDataView keyedTrain = labelToKey.Transform(train);
                    IDataView? keyedValidation = validation is null ? null : labelToKey.Transform(validation);
                    ITransformer predictor = hyperParameters.Booster == Booster.GbLinear
                        ? ml.Transforms.NormalizeMinMax(DataViews.Features).Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options { MaximumNumberOfIterations = hyperParameters.NumRound, NumberOfThreads = 1 })).Fit(keyedTrain)
                        : ml.MulticlassClassification.Trainers.LightGbm(MulticlassOptions(hyperParameters, rounds, logger)).Fit(keyedTrain, keyedValidation);
                    IDataView scoredTrain = predictor.Transform(keyedTrain);
                    ITransformer keyToLabel = ml.Transforms.Conversion.MapKeyToValue("PredictedLabel").Fit(scoredTrain);
                    var model = new TransformerChain<ITransformer>(predictor, keyToLabel);
                    return new FittedModel(model, keyedTrain.Schema, scoredTrain, keyedValidation is null ? null : predictor.Transform(keyedValidation));
                }
            }
        }

        private static LightGbmRegressionTrainer.Options RegressionOptions(GradientBoostingAlgorithm hyperParameters, int earlyStoppingRounds) => new LightGbmRegressionTrainer.Options
        {
            NumberOfIterations = hyperParameters.NumRound,
            LearningRate = hyperParameters.LearningRate,
            NumberOfLeaves = Leaves(hyperParameters),
            Booster = TreeBooster(hyperParameters),
            EarlyStoppingRound = earlyStoppingRounds,
            Seed = Seed,
            Deterministic = true,
            EvaluationMetric = hyperParameters.EvalMetric switch
            {
                "rmse" => LightGbmRegressionTrainer.Options.EvaluateMetricType.RootMeanSquaredError,
                "mae" => LightGbmRegressionTrainer.Options.EvaluateMetricType.MeanAbsoluteError,
                _ => throw new NotSupportedException("eval_metric=" + hyperParameters.EvalMetric + " needs objective=binary:logistic; with objective=reg:squarederror use rmse or mae."),
            },
        };

        private static LightGbmBinaryTrainer.Options BinaryOptions(GradientBoostingAlgorithm hyperParameters, int earlyStoppingRounds, ILogger logger) => new LightGbmBinaryTrainer.Options
        {
            NumberOfIterations = hyperParameters.NumRound,
            LearningRate = hyperParameters.LearningRate,
            NumberOfLeaves = Leaves(hyperParameters),
            Booster = TreeBooster(hyperParameters),
            EarlyStoppingRound = earlyStoppingRounds,
            Seed = Seed,
            Deterministic = true,
            EvaluationMetric = hyperParameters.EvalMetric switch
            {
                "auc" => LightGbmBinaryTrainer.Options.EvaluateMetricType.AreaUnderCurve,
                "logloss" => LightGbmBinaryTrainer.Options.EvaluateMetricType.Logloss,
                _ => Substitute(logger, hyperParameters, "logloss", LightGbmBinaryTrainer.Options.EvaluateMetricType.Logloss),
            },
        };

        private static LightGbmMulticlassTrainer.Options MulticlassOptions(GradientBoostingAlgorithm hyperParameters, int earlyStoppingRounds, ILogger logger) => new LightGbmMulticlassTrainer.Options
        {
            NumberOfIterations = hyperParameters.NumRound,
            LearningRate = hyperParameters.LearningRate,
            NumberOfLeaves = Leaves(hyperParameters),
            Booster = TreeBooster(hyperParameters),
            EarlyStoppingRound = earlyStoppingRounds,
            Seed = Seed,
            Deterministic = true,
            UseSoftmax = true,
            EvaluationMetric = hyperParameters.EvalMetric == "logloss"
                ? LightGbmMulticlassTrainer.Options.EvaluateMetricType.LogLoss
                : Substitute(logger, hyperParameters, "logloss", LightGbmMulticlassTrainer.Options.EvaluateMetricType.LogLoss),
        };

        // eval_metric defaults to rmse whatever the objective; a classifier watches logloss instead of failing the job.
        private static T Substitute<T>(ILogger logger, GradientBoostingAlgorithm hyperParameters, string used, T metric)
        {
            logger.LogInformation("eval_metric={EvalMetric} does not apply to classification; early stopping watches {Used}.", hyperParameters.EvalMetric, used);
            return metric;
        }

        // XGBoost grows trees depth-wise, so a tree of depth d has at most 2^d leaves; LightGBM grows them leaf-wise
        // and needs both limits to stay within that shape.
        private static int Leaves(GradientBoostingAlgorithm hyperParameters) => 1 << hyperParameters.MaxDepth;

        private static BoosterParameterBase.OptionsBase TreeBooster(GradientBoostingAlgorithm hyperParameters)
        {
            BoosterParameterBase.OptionsBase booster = hyperParameters.Booster == Booster.Dart
                ? new DartBooster.Options { XgboostDartMode = true }
                : new GradientBooster.Options();
            booster.MaximumTreeDepth = hyperParameters.MaxDepth;
            // LightGBM bags rows only when the frequency is positive: every round, as XGBoost's subsample does.
            booster.SubsampleFraction = hyperParameters.Subsample;
            booster.SubsampleFrequency = hyperParameters.Subsample < 1 ? 1 : 0;
            return booster;
        }
    }
}
