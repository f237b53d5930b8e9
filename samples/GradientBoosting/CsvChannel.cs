using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Training;

namespace GradientBoosting
{
    /// <summary>The rows of one channel: a label and the same number of features in each.</summary>
    public sealed class LabeledRows
    {
        internal LabeledRows(string channel, List<float> labels, List<float[]> features, int featureCount)
        {
            Channel = channel;
            Labels = labels;
            Features = features;
            FeatureCount = featureCount;
        }

        /// <summary>The channel the rows came from.</summary>
        public string Channel { get; }

        /// <summary>The first column of each row.</summary>
        public IReadOnlyList<float> Labels { get; }

        /// <summary>The other columns of each row; NaN where a field was empty (LightGBM treats it as missing).</summary>
        public IReadOnlyList<float[]> Features { get; }

        /// <summary>How many features each row has.</summary>
        public int FeatureCount { get; }

        /// <summary>How many rows there are.</summary>
        public int Count => Labels.Count;
    }

    /// <summary>
    /// Reads a channel as SageMaker's built-in algorithms read <c>text/csv</c>: no header, the label in the first column,
    /// numbers in invariant culture, empty fields missing. Files may be gzip-compressed (File mode delivers them as
    /// stored); Pipe mode is read through epoch 0's FIFO, which SageMaker has already decompressed.
    /// </summary>
    public static class CsvChannel
    {
        /// <summary>Reads every row of <paramref name="channel"/>; throws <see cref="InvalidDataException"/> naming the file and line of a bad row.</summary>
        public static async Task<LabeledRows> ReadAsync(TrainingChannel channel, CancellationToken cancellationToken)
        {
            if (channel.ContentType is { } contentType && !contentType.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
            {
                throw new NotSupportedException("Channel '" + channel.Name + "' has content type " + contentType + "; this trainer reads text/csv only.");
            }

            var reader = new RowReader(channel.Name);
            if (channel.IsPipe)
            {
                using Stream pipe = await channel.OpenEpochAsync(0, cancellationToken).ConfigureAwait(false);
                await reader.ReadAsync(pipe, channel.EpochPipePath(0), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                foreach (string file in channel.EnumerateFiles())
                {
                    if (Path.GetFileName(file).StartsWith(".", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    using Stream stream = OpenMaybeGzip(file);
                    await reader.ReadAsync(stream, file, cancellationToken).ConfigureAwait(false);
                }
            }

            return reader.Rows ?? throw new InvalidDataException("Channel '" + channel.Name + "' has no rows (" + channel.Directory + ").");
        }

        private static Stream OpenMaybeGzip(string file)
        {
            var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
            int first = stream.ReadByte();
            int second = stream.ReadByte();
            stream.Position = 0;
            return first == 0x1f && second == 0x8b ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        }

        private sealed class RowReader
        {
            private readonly string _channel;
            private readonly List<float> _labels = new List<float>();
            private readonly List<float[]> _features = new List<float[]>();
            private string? _firstRow;
            private int _featureCount = -1;

            public RowReader(string channel) => _channel = channel;

            public LabeledRows? Rows => _labels.Count == 0 ? null : new LabeledRows(_channel, _labels, _features, _featureCount);

            public async Task ReadAsync(Stream stream, string source, CancellationToken cancellationToken)
            {
                using var text = new StreamReader(stream);
                int lineNumber = 0;
                while (await text.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
                {
                    lineNumber++;
                    if (line.Length > 0)
                    {
                        Add(line.Split(','), source + " line " + lineNumber);
                    }
                }
            }

            private void Add(string[] fields, string where)
            {
                if (fields.Length < 2)
                {
                    throw new InvalidDataException(where + ": a row needs a label and at least one feature, separated by commas.");
                }

                if (!TryParse(fields[0], out float label) || float.IsNaN(label))
                {
                    throw new InvalidDataException(where + ": the label '" + fields[0] + "' is not a number"
                        + (_firstRow is null ? " (the CSV must not have a header: the label is the first column of every row)." : "."));
                }

                if (_featureCount < 0)
                {
                    _featureCount = fields.Length - 1;
                    _firstRow = where;
                }
                else if (fields.Length - 1 != _featureCount)
                {
                    throw new InvalidDataException(where + ": " + (fields.Length - 1) + " features, but " + _firstRow + " has " + _featureCount + ".");
                }

                var features = new float[_featureCount];
                for (int i = 0; i < features.Length; i++)
                {
                    string field = fields[i + 1];
                    if (field.Trim().Length == 0)
                    {
                        features[i] = float.NaN;
                    }
                    else if (!TryParse(field, out features[i]))
                    {
                        throw new InvalidDataException(where + ": feature " + (i + 1) + " '" + field + "' is not a number.");
                    }
                }

                _labels.Add(label);
                _features.Add(features);
            }

            private static bool TryParse(string field, out float value) =>
                float.TryParse(field.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }
    }
}
