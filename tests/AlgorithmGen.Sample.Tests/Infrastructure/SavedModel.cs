using System;
using System.Linq;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace AlgorithmGen.Sample.Tests.Infrastructure
{
    /// <summary>A <c>model.zip</c> the sample saved, loaded with ML.NET and applied to CSV rows read by ML.NET's own text loader.</summary>
    internal sealed class SavedModel
    {
        private readonly MLContext _ml = new MLContext(seed: 0);
        private readonly ITransformer _model;

        public SavedModel(string path)
        {
            // A saved LightGBM model names loaders in Microsoft.ML.LightGbm, which ML.NET finds only once the assembly is registered.
            _ml.ComponentCatalog.RegisterAssembly(typeof(LightGbmRegressionModelParameters).Assembly);
            _model = _ml.Model.Load(path, out DataViewSchema inputSchema);
            InputSchema = inputSchema;
        }

        public DataViewSchema InputSchema { get; }

        /// <summary>How many features the model reads.</summary>
        public int FeatureCount => ((VectorDataViewType)InputSchema["Features"].Type).Size;

        /// <summary>The model's <paramref name="column"/> for each row of <paramref name="csvFile"/>: features only, no label given.</summary>
        public T[] Predict<T>(string csvFile, string column)
        {
            IDataView rows = _ml.Data.LoadFromTextFile(
                csvFile,
                new[] { new TextLoader.Column("Features", DataKind.Single, 1, FeatureCount) },
                separatorChar: ',',
                hasHeader: false);
            return _model.Transform(rows).GetColumn<T>(column).ToArray();
        }

        /// <summary>The labels (first column) of <paramref name="csvFile"/>'s rows.</summary>
        public float[] Labels(string csvFile) =>
            _ml.Data.LoadFromTextFile(csvFile, new[] { new TextLoader.Column("Label", DataKind.Single, 0) }, separatorChar: ',', hasHeader: false)
                .GetColumn<float>("Label").ToArray();

        public static double Rmse(float[] predictions, float[] labels) =>
            Math.Sqrt(predictions.Zip(labels, (p, l) => ((double)p - l) * ((double)p - l)).Average());
    }
}
