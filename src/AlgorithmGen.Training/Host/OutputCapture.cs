using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace AlgorithmGen.Training.Host
{
    /// <summary>
    /// Tees a local run's standard output and error: everything still reaches the terminal, and every complete line
    /// of both streams is handed over in order, to read metrics from as SageMaker reads them from the job's log.
    /// Lines are not kept: a long job's log would only grow.
    /// </summary>
    internal sealed class OutputCapture
    {
        private readonly object _gate = new object();
        private readonly Action<string> _line;
        private readonly List<TeeWriter> _writers = new List<TeeWriter>();

        /// <summary>Calls <paramref name="line"/> with each complete line of any stream, one call at a time.</summary>
        public OutputCapture(Action<string> line) => _line = line;

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

        /// <summary>Hands over the last unfinished line of each stream.</summary>
        public void Complete()
        {
            lock (_gate)
            {
                foreach (TeeWriter writer in _writers)
                {
                    if (writer.Partial.Length > 0)
                    {
                        _line(writer.Partial.ToString());
                        writer.Partial.Clear();
                    }
                }
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
                    _capture._line(Partial.ToString(0, length));
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
