using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Serving;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;
using Types = GradientBoosting.GradientBoostingAlgorithm;

namespace GradientBoosting
{
    /// <summary>
    /// The algorithm's inference code, run by <c>ServingHost.RunAsync</c>: <see cref="Load"/> reads the
    /// <c>model.zip</c> a training job wrote, once; <see cref="InvokeAsync"/> answers each request with a prediction per
    /// row. Rows come as the built-in XGBoost algorithm takes them: CSV of features only (no label column, empty fields
    /// missing), or JSON <c>{"instances":[[...], ...]}</c> (or <c>[{"features":[...]}, ...]</c>). Predictions go back as
    /// CSV (one value per line) or JSON <c>{"predictions":[{"score":...}, ...]}</c>: the value for regression, the
    /// probability of class 1 for binary:logistic, the class for multi:softmax.
    /// </summary>
    public sealed class Predictor
    {
        private readonly Func<float[], Prediction> _predict;

        private Predictor(int featureCount, Func<float[], Prediction> predict)
        {
            FeatureCount = featureCount;
            _predict = predict;
        }

        /// <summary>How many features a row has.</summary>
        public int FeatureCount { get; }

        /// <summary>Loads <c>model.zip</c> from the model folder.</summary>
        public static Predictor Load(ServingModel model)
        {
            string path = model.PathOf(Trainer.ModelFileName);
            var ml = new MLContext(Estimators.Seed);
            // A saved LightGBM model names loaders in Microsoft.ML.LightGbm, which ML.NET finds only once the assembly is registered.
            ml.ComponentCatalog.RegisterAssembly(typeof(LightGbmRegressionModelParameters).Assembly);
            ITransformer transformer = ml.Model.Load(path, out DataViewSchema inputSchema);
            int featureCount = inputSchema[DataViews.Features].Type is VectorDataViewType { Size: > 0 } vector
                ? vector.Size
                : throw new InvalidDataException(path + " does not read a fixed-size Features vector.");
            DataViewSchema output = transformer.GetOutputSchema(inputSchema);
            SchemaDefinition input = SchemaDefinition.Create(typeof(Row));
            input[DataViews.Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);

            // A PredictionEngine is not thread-safe and costs to create: one per concurrent request, kept in a pool.
            Func<float[], Prediction> predict;
            string kind;
            if (output.GetColumnOrNull("Probability") is not null)
            {
                ObjectPool<PredictionEngine<Row, BinaryOutput>> pool = Pool<BinaryOutput>(ml, transformer, input);
                predict = features => Predict(pool, features, o => new Prediction(o.Probability, o.PredictedLabel ? 1 : 0));
                kind = "binary:logistic (probability of class 1)";
            }
            else if (output.GetColumnOrNull("PredictedLabel") is { Type: NumberDataViewType })
            {
                ObjectPool<PredictionEngine<Row, MulticlassOutput>> pool = Pool<MulticlassOutput>(ml, transformer, input);
                predict = features => Predict(pool, features, o => new Prediction(o.PredictedLabel, o.PredictedLabel));
                kind = "multi:softmax (class)";
            }
            else
            {
                ObjectPool<PredictionEngine<Row, RegressionOutput>> pool = Pool<RegressionOutput>(ml, transformer, input);
                predict = features => Predict(pool, features, o => new Prediction(o.Score, null));
                kind = "reg:squarederror (value)";
            }

            model.Logger.LogInformation("Loaded {Path}: {Features} features per row; predicts {Kind}.", path, featureCount, kind);
            return new Predictor(featureCount, predict);
        }

        /// <summary>Answers one request; rows that do not parse get 400 naming the row.</summary>
        public async ValueTask<InferenceResponse> InvokeAsync(InferenceRequest request, CancellationToken cancellationToken)
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            List<float[]> rows = request.ContentType switch
            {
                Types.InferenceContentTypes.TextCsv => CsvRows(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)),
                Types.InferenceContentTypes.ApplicationJson => JsonRows(buffer.GetBuffer().AsMemory(0, (int)buffer.Length)),
                _ => throw new InferenceException(415, "This predictor reads " + Types.InferenceContentTypes.TextCsv + " and " + Types.InferenceContentTypes.ApplicationJson + "."),
            };
            var predictions = new Prediction[rows.Count];
            for (int i = 0; i < rows.Count; i++)
            {
                predictions[i] = _predict(rows[i]);
            }

            return request.ResponseType == Types.InferenceResponseTypes.TextCsv
                ? InferenceResponse.Text(Types.InferenceResponseTypes.TextCsv, Csv(predictions))
                : InferenceResponse.Text(Types.InferenceResponseTypes.ApplicationJson, Json(predictions));
        }

        private List<float[]> CsvRows(ReadOnlySpan<byte> body)
        {
            var rows = new List<float[]>();
            string text = Encoding.UTF8.GetString(body);
            int line = 0;
            foreach (string raw in text.Split('\n'))
            {
                line++;
                string row = raw.TrimEnd('\r');
                if (row.Length == 0)
                {
                    continue;
                }

                string[] cells = row.Split(',');
                if (cells.Length != FeatureCount)
                {
                    throw new InferenceException("Row " + line + " has " + cells.Length + " values; the model reads " + FeatureCount + " features (no label column).");
                }

                var features = new float[FeatureCount];
                for (int i = 0; i < cells.Length; i++)
                {
                    string cell = cells[i].Trim();
                    features[i] = cell.Length == 0 ? float.NaN
                        : float.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out float value) ? value
                        : throw new InferenceException("Row " + line + ", column " + (i + 1) + " is not a number.");
                }

                rows.Add(features);
            }

            return rows;
        }

        private List<float[]> JsonRows(ReadOnlyMemory<byte> body)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(body);
            }
            catch (JsonException)
            {
                throw new InferenceException("The body is not JSON; send {\"instances\":[[...], ...]}.");
            }

            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("instances", out JsonElement instances) || instances.ValueKind != JsonValueKind.Array)
                {
                    throw new InferenceException("Send {\"instances\":[[...], ...]}.");
                }

                var rows = new List<float[]>();
                foreach (JsonElement instance in instances.EnumerateArray())
                {
                    JsonElement values = instance.ValueKind == JsonValueKind.Object && instance.TryGetProperty("features", out JsonElement named) ? named : instance;
                    if (values.ValueKind != JsonValueKind.Array || values.GetArrayLength() != FeatureCount)
                    {
                        throw new InferenceException("Instance " + (rows.Count + 1) + " is not a list of " + FeatureCount + " numbers.");
                    }

                    var features = new float[FeatureCount];
                    int i = 0;
                    foreach (JsonElement value in values.EnumerateArray())
                    {
                        features[i++] = value.ValueKind == JsonValueKind.Null ? float.NaN
                            : value.ValueKind == JsonValueKind.Number ? value.GetSingle()
                            : throw new InferenceException("Instance " + (rows.Count + 1) + ", value " + i + " is not a number.");
                    }

                    rows.Add(features);
                }

                return rows;
            }
        }

        private static string Csv(Prediction[] predictions)
        {
            var text = new StringBuilder(predictions.Length * 12);
            foreach (Prediction prediction in predictions)
            {
                text.Append(prediction.Score.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            }

            return text.ToString();
        }

        private static string Json(Prediction[] predictions)
        {
            var text = new StringBuilder(16 + predictions.Length * 24).Append("{\"predictions\":[");
            for (int i = 0; i < predictions.Length; i++)
            {
                text.Append(i == 0 ? "{\"score\":" : ",{\"score\":").Append(predictions[i].Score.ToString("R", CultureInfo.InvariantCulture));
                if (predictions[i].PredictedLabel is { } label)
                {
                    text.Append(",\"predicted_label\":").Append(label.ToString("R", CultureInfo.InvariantCulture));
                }

                text.Append('}');
            }

            return text.Append("]}").ToString();
        }

        private static ObjectPool<PredictionEngine<Row, TOutput>> Pool<TOutput>(MLContext ml, ITransformer transformer, SchemaDefinition input)
            where TOutput : class, new() =>
            new DefaultObjectPool<PredictionEngine<Row, TOutput>>(
                new EnginePolicy<TOutput>(ml, transformer, input),
                Math.Max(4, Environment.ProcessorCount * 2));

        private static Prediction Predict<TOutput>(ObjectPool<PredictionEngine<Row, TOutput>> pool, float[] features, Func<TOutput, Prediction> read)
            where TOutput : class, new()
        {
            PredictionEngine<Row, TOutput> engine = pool.Get();
            try
            {
                return read(engine.Predict(new Row { Features = features }));
            }
            finally
            {
                pool.Return(engine);
            }
        }

        private readonly record struct Prediction(float Score, float? PredictedLabel);

        private sealed class EnginePolicy<TOutput> : PooledObjectPolicy<PredictionEngine<Row, TOutput>>
            where TOutput : class, new()
        {
            private readonly MLContext _ml;
            private readonly ITransformer _transformer;
            private readonly SchemaDefinition _input;

            public EnginePolicy(MLContext ml, ITransformer transformer, SchemaDefinition input)
            {
                _ml = ml;
                _transformer = transformer;
                _input = input;
            }

            public override PredictionEngine<Row, TOutput> Create() => _ml.Model.CreatePredictionEngine<Row, TOutput>(_transformer, inputSchemaDefinition: _input);

            public override bool Return(PredictionEngine<Row, TOutput> engine) => true;
        }

        /// <summary>The model's input: the features (the label the saved schema also names is not read when predicting).</summary>
        private sealed class Row
        {
            public float[] Features = Array.Empty<float>();
        }

        // Written by ML.NET through reflection, by column name.
#pragma warning disable CS0649
        private sealed class RegressionOutput
        {
            public float Score;
        }

        private sealed class BinaryOutput
        {
            public bool PredictedLabel;

            public float Probability;
        }

        private sealed class MulticlassOutput
        {
            public float PredictedLabel;
        }
#pragma warning restore CS0649
    }
}
