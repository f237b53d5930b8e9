using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace GradientBoosting
{
    /// <summary>
    /// Rows as ML.NET reads them: a <c>Label</c> column (a number for regression and multiclass, a boolean for binary
    /// classification) and a <c>Features</c> vector of the CSV's width. A saved model reads this schema.
    /// </summary>
    public static class DataViews
    {
        /// <summary>The label column.</summary>
        public const string Label = "Label";

        /// <summary>The feature vector column.</summary>
        public const string Features = "Features";

        /// <summary>The data view of <paramref name="rows"/> for <paramref name="objective"/>; throws when a label does not fit the objective.</summary>
        public static IDataView Create(MLContext ml, LabeledRows rows, Objective objective) => objective switch
        {
            Objective.BinaryLogistic => Load(ml, rows, label => label switch
            {
                0f => false,
                1f => true,
                _ => throw new InvalidDataException("Channel '" + rows.Channel + "': objective binary:logistic needs labels 0 and 1, not " + label + "."),
            }),
            Objective.MultiSoftmax => Load(ml, rows, label => label >= 0 && label == MathF.Floor(label)
                ? label
                : throw new InvalidDataException("Channel '" + rows.Channel + "': objective multi:softmax needs class labels 0, 1, 2, ..., not " + label + ".")),
            _ => Load(ml, rows, label => label),
        };

        private static IDataView Load<TLabel>(MLContext ml, LabeledRows rows, Func<float, TLabel> label)
        {
            SchemaDefinition schema = SchemaDefinition.Create(typeof(Row<TLabel>));
            schema[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, rows.FeatureCount);
            // Materialised once: ML.NET enumerates a data view several times, and the label check should run once.
            List<Row<TLabel>> list = rows.Labels.Select((value, i) => new Row<TLabel> { Label = label(value), Features = rows.Features[i] }).ToList();
            return ml.Data.LoadFromEnumerable(list, schema);
        }

        /// <summary>One row; ML.NET maps its public fields to columns by name.</summary>
        private sealed class Row<TLabel>
        {
            public TLabel Label = default!;

            public float[] Features = Array.Empty<float>();
        }
    }
}
