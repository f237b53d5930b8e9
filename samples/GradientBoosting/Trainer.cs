using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace GradientBoosting
{
    /// <summary>
    /// The algorithm's training code, run by <c>TrainingHost.RunAsync</c> once the job's hyperparameters and channels
    /// are bound: read the CSV channels, fit (<see cref="Estimators"/>), report the declared metrics, save the model.
    /// </summary>
    public static class Trainer
    {
        /// <summary>The model's file in the model folder, as <c>MLContext.Model.Save</c> writes it.</summary>
        public const string ModelFileName = "model.zip";

        /// <summary>Trains one job; throws to fail it (the host writes the message to <c>output/failure</c>).</summary>
        public static async Task TrainAsync(GradientBoostingAlgorithm.TrainingContext context, CancellationToken cancellationToken)
        {
            GradientBoostingAlgorithm hyperParameters = context.HyperParameters;

            LabeledRows train = await CsvChannel.ReadAsync(context.Channels.Train, cancellationToken).ConfigureAwait(false);
            LabeledRows? validation = context.Channels.Validation is { } channel
                ? await CsvChannel.ReadAsync(channel, cancellationToken).ConfigureAwait(false)
                : null;
            if (validation is not null && validation.FeatureCount != train.FeatureCount)
            {
                throw new InvalidDataException("The validation channel has " + validation.FeatureCount + " features per row, the train channel " + train.FeatureCount + ".");
            }

            context.Logger.LogInformation(
                "Read {TrainRows} training rows of {Features} features and {ValidationRows} validation rows.",
                train.Count, train.FeatureCount, validation?.Count ?? 0);
            if (context.Resources.Hosts.Count > 1)
            {
                context.Logger.LogWarning("{Hosts} hosts: each trains on the data it was given; only this host's model is its own.", context.Resources.Hosts.Count);
            }

            var ml = new MLContext(Estimators.Seed);
            IDataView trainView = DataViews.Create(ml, train, hyperParameters.Objective);
            IDataView? validationView = validation is null ? null : DataViews.Create(ml, validation, hyperParameters.Objective);
            cancellationToken.ThrowIfCancellationRequested();

            Stopwatch clock = Stopwatch.StartNew();
            FittedModel fitted = Estimators.Fit(ml, hyperParameters, trainView, validationView, context.Logger);
            context.Logger.LogInformation("Fitted in {Seconds:0.00} s.", clock.Elapsed.TotalSeconds);
            cancellationToken.ThrowIfCancellationRequested();

            ReportMetrics(ml, context, fitted);

            // Last, so a job that failed anywhere before leaves no model behind.
            string path = Path.Combine(context.ModelDirectory, ModelFileName);
            ml.Model.Save(fitted.Model, fitted.InputSchema, path);
            context.Logger.LogInformation("Saved the model to {Path}.", path);
        }

        /// <summary>
        /// The declared metrics the objective has: <c>train:rmse</c> and <c>validation:rmse</c> (of the prediction, or
        /// of the probability for binary:logistic, as XGBoost computes rmse), <c>validation:auc</c> for binary:logistic.
        /// multi:softmax has none of them; its accuracy and log-loss are logged.
        /// </summary>
        private static void ReportMetrics(MLContext ml, GradientBoostingAlgorithm.TrainingContext context, FittedModel fitted)
        {
            GradientBoostingAlgorithm.TrainingMetrics metrics = context.Metrics;
            switch (context.HyperParameters.Objective)
            {
                case Objective.SquaredError:
                    metrics.TrainRmse(ml.Regression.Evaluate(fitted.ScoredTrain).RootMeanSquaredError);
                    if (fitted.ScoredValidation is { } scoredValidation)
                    {
                        RegressionMetrics validation = ml.Regression.Evaluate(scoredValidation);
                        metrics.ValidationRmse(validation.RootMeanSquaredError);
                        context.Logger.LogInformation("Validation: MAE {Mae}, R² {RSquared}.", validation.MeanAbsoluteError, validation.RSquared);
                    }

                    break;
                case Objective.BinaryLogistic:
                    metrics.TrainRmse(ProbabilityRmse(fitted.ScoredTrain));
                    if (fitted.ScoredValidation is { } scoredBinary)
                    {
                        metrics.ValidationRmse(ProbabilityRmse(scoredBinary));
                        bool[] labels = scoredBinary.GetColumn<bool>(DataViews.Label).ToArray();
                        if (labels.Contains(true) && labels.Contains(false))
                        {
                            metrics.ValidationAuc(ml.BinaryClassification.Evaluate(scoredBinary).AreaUnderRocCurve);
                        }
                        else
                        {
                            context.Logger.LogWarning("validation:auc not reported: the validation channel has one class only.");
                        }
                    }

                    break;
                default:
                    foreach ((string name, IDataView? scored) in new[] { ("Train", (IDataView?)fitted.ScoredTrain), ("Validation", fitted.ScoredValidation) })
                    {
                        if (scored is not null)
                        {
                            MulticlassClassificationMetrics multiclass = ml.MulticlassClassification.Evaluate(scored);
                            context.Logger.LogInformation("{Data}: accuracy {Accuracy}, log-loss {LogLoss}.", name, multiclass.MicroAccuracy, multiclass.LogLoss);
                        }
                    }

                    break;
            }
        }

        private static double ProbabilityRmse(IDataView scored)
        {
            bool[] labels = scored.GetColumn<bool>(DataViews.Label).ToArray();
            float[] probabilities = scored.GetColumn<float>("Probability").ToArray();
            double sum = 0;
            for (int i = 0; i < labels.Length; i++)
            {
                double error = probabilities[i] - (labels[i] ? 1.0 : 0.0);
                sum += error * error;
            }

            return Math.Sqrt(sum / labels.Length);
        }
    }
}
