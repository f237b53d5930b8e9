using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace AlgorithmGen.Training.Host
{
    /// <summary>
    /// Tees a local run's standard output and error: everything still reaches the terminal, and every complete line
    /// of both streams is kept in order, to read metrics from as SageMaker reads them from the job's log.
    /// </summary>
    internal sealed class OutputCapture
    {
        private readonly object _gate = new object();
        private readonly List<string> _lines = new List<string>();
        private readonly List<TeeWriter> _writers = new List<TeeWriter>();

        /// <summary>A writer that writes to <paramref name="inner"/> and keeps the lines.</summary>
        public TextWriter Tee(TextWriter inner)
        {
            var writer = new TeeWriter(this, inner);
            lock (_gate)
            {
                _writers.Add(writer);
            }

            return writer;
        }

        /// <summary>Every line written so far, a last unfinished line of each stream included.</summary>
        public IReadOnlyList<string> Lines()
        {
            lock (_gate)
            {
                var lines = new List<string>(_lines);
                foreach (TeeWriter writer in _writers)
                {
                    if (writer.Partial.Length > 0)
                    {
                        lines.Add(writer.Partial.ToString());
                    }
                }

                return lines;
            }
        }

        private sealed class TeeWriter : TextWriter
        {
            private readonly OutputCapture _capture;
            private readonly TextWriter _inner;

            public TeeWriter(OutputCapture capture, TextWriter inner)
                : base(inner.FormatProvider)
            {
                _capture = capture;
                _inner = inner;
                CoreNewLine = inner.NewLine.ToCharArray();
            }

            public StringBuilder Partial { get; } = new StringBuilder();

            public override Encoding Encoding => _inner.Encoding;

            public override void Write(char value)
            {
                lock (_capture._gate)
                {
                    _inner.Write(value);
                    Keep(value);
                }
            }

            public override void Write(string? value)
            {
                if (value is null)
                {
                    return;
                }

                lock (_capture._gate)
                {
                    _inner.Write(value);
                    foreach (char c in value)
                    {
                        Keep(c);
                    }
                }
            }

            public override void Write(char[] buffer, int index, int count)
            {
                lock (_capture._gate)
                {
                    _inner.Write(buffer, index, count);
                    for (int i = index; i < index + count; i++)
                    {
                        Keep(buffer[i]);
                    }
                }
            }

            public override void Write(ReadOnlySpan<char> buffer)
            {
                lock (_capture._gate)
                {
                    _inner.Write(buffer);
                    foreach (char c in buffer)
                    {
                        Keep(c);
                    }
                }
            }

            public override void Flush()
            {
                lock (_capture._gate)
                {
                    _inner.Flush();
                }
            }

            private void Keep(char c)
            {
                if (c == '\n')
                {
                    int length = Partial.Length > 0 && Partial[Partial.Length - 1] == '\r' ? Partial.Length - 1 : Partial.Length;
                    _capture._lines.Add(Partial.ToString(0, length));
                    Partial.Clear();
                }
                else
                {
                    Partial.Append(c);
                }
            }
        }
    }
}
