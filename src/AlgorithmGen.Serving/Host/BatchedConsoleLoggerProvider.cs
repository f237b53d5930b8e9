using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace AlgorithmGen.Serving.Host
{
    /// <summary>
    /// The console logger the host installs in place of ASP.NET Core's: the same formatter and options (the lines are
    /// byte for byte what <c>AddSimpleConsole</c> writes), but the writer thread takes every line queued since its last
    /// write and sends them to stdout in one write. The stock processor writes and flushes each line on its own (one
    /// system call per request line), which at thousands of requests a second costs the server a third of its CPU.
    /// A line waits at most about a millisecond after the previous write; nothing waits for a batch to fill.
    /// </summary>
    [ProviderAlias("Console")]
    internal sealed class BatchedConsoleLoggerProvider : ILoggerProvider, ISupportExternalScope
    {
        private readonly IOptionsMonitor<ConsoleLoggerOptions> _options;
        private readonly ConsoleFormatter[] _formatters;
        private readonly IDisposable? _optionsChange;
        private readonly LineQueue _queue;
        private IExternalScopeProvider? _scopes;
        private ConsoleFormatter _formatter;

        public BatchedConsoleLoggerProvider(IOptionsMonitor<ConsoleLoggerOptions> options, IEnumerable<ConsoleFormatter> formatters)
            : this(options, formatters, Console.OpenStandardOutput(), Console.OpenStandardError())
        {
        }

        internal BatchedConsoleLoggerProvider(IOptionsMonitor<ConsoleLoggerOptions> options, IEnumerable<ConsoleFormatter> formatters, Stream standardOutput, Stream standardError)
        {
            _options = options;
            _formatters = formatters.ToArray();
            _formatter = Choose(options.CurrentValue);
            _optionsChange = options.OnChange(changed => _formatter = Choose(changed));
            _queue = new LineQueue(options.CurrentValue, standardOutput, standardError);
        }

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        /// <summary>Writes what is still queued, then stops the writer thread.</summary>
        public void Dispose()
        {
            _optionsChange?.Dispose();
            _queue.Dispose();
        }

        private ConsoleFormatter Choose(ConsoleLoggerOptions options)
        {
            string name = options.FormatterName ?? ConsoleFormatterNames.Simple;
            return _formatters.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? _formatters.First(f => f.Name == ConsoleFormatterNames.Simple);
        }

        private sealed class Logger : ILogger
        {
            // Lines are formatted on the logging thread, as the stock logger does: one reusable writer per thread.
            [ThreadStatic]
            private static StringWriter? t_writer;

            private readonly string _category;
            private readonly BatchedConsoleLoggerProvider _provider;

            public Logger(string category, BatchedConsoleLoggerProvider provider)
            {
                _category = category;
                _provider = provider;
            }

            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => _provider._scopes?.Push(state);

            public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (!IsEnabled(logLevel))
                {
                    return;
                }

                StringWriter writer = t_writer ??= new StringWriter();
                var entry = new LogEntry<TState>(logLevel, _category, eventId, state, exception, formatter);
                _provider._formatter.Write(in entry, _provider._scopes, writer);
                StringBuilder text = writer.GetStringBuilder();
                if (text.Length == 0)
                {
                    return;
                }

                string line = text.ToString();
                text.Clear();
                if (text.Capacity > 1024)
                {
                    text.Capacity = 1024;
                }

                _provider._queue.Add(line, logLevel >= _provider._options.CurrentValue.LogToStandardErrorThreshold);
            }
        }

        /// <summary>
        /// The lines waiting for the writer thread, bounded as <see cref="ConsoleLoggerOptions.MaxQueueLength"/> says:
        /// a full queue makes the logging thread wait, or drops the line (counted, and reported once there is room)
        /// under <see cref="ConsoleLoggerQueueFullMode.DropWrite"/>.
        /// </summary>
        private sealed class LineQueue : IDisposable
        {
            /// <summary>How long the writer lets lines gather after each write: invisible in a log, a batch at 10,000 lines/s.</summary>
            private static readonly TimeSpan BatchPause = TimeSpan.FromMilliseconds(1);

            private readonly Queue<(string Text, bool Error)> _lines = new();
            private readonly int _capacity;
            private readonly bool _dropWhenFull;
            private readonly TextWriter _standardOutput;
            private readonly TextWriter _standardError;
            private readonly Thread _writer;
            private bool _completed;
            private long _dropped;

            public LineQueue(ConsoleLoggerOptions options, Stream standardOutput, Stream standardError)
            {
                _capacity = Math.Max(1, options.MaxQueueLength);
                _dropWhenFull = options.QueueFullMode == ConsoleLoggerQueueFullMode.DropWrite;
                var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
                _standardOutput = new StreamWriter(standardOutput, utf8, bufferSize: 1 << 16) { AutoFlush = false };
                _standardError = new StreamWriter(standardError, utf8, bufferSize: 1 << 12) { AutoFlush = false };
                _writer = new Thread(WriteLines) { IsBackground = true, Name = "Console logger queue processing thread" };
                _writer.Start();
            }

            public void Add(string text, bool error)
            {
                lock (_lines)
                {
                    while (!_completed && _lines.Count >= _capacity)
                    {
                        if (_dropWhenFull)
                        {
                            _dropped++;
                            return;
                        }

                        Monitor.Wait(_lines);
                    }

                    if (!_completed)
                    {
                        _lines.Enqueue((text, error));
                        if (_lines.Count == 1)
                        {
                            // The writer thread waits only on an empty queue.
                            Monitor.PulseAll(_lines);
                        }

                        return;
                    }
                }

                // After Dispose (a line logged while the host shuts down): written at once, in order with nothing else.
                lock (_writer)
                {
                    Write(new[] { (text, error) }, 0);
                }
            }

            public void Dispose()
            {
                lock (_lines)
                {
                    _completed = true;
                    Monitor.PulseAll(_lines);
                }

                // As the stock logger: wait a while for the writer, never forever (stdout may be a stuck pipe).
                _writer.Join(TimeSpan.FromMilliseconds(1500));
            }

            private void WriteLines()
            {
                var batch = new List<(string Text, bool Error)>();
                while (true)
                {
                    long dropped;
                    lock (_lines)
                    {
                        while (_lines.Count == 0 && !_completed)
                        {
                            Monitor.Wait(_lines);
                        }

                        if (_lines.Count == 0)
                        {
                            return;
                        }

                        bool wasFull = _lines.Count >= _capacity;
                        batch.AddRange(_lines);
                        _lines.Clear();
                        dropped = _dropped;
                        _dropped = 0;
                        if (wasFull)
                        {
                            Monitor.PulseAll(_lines);
                        }
                    }

                    lock (_writer)
                    {
                        Write(batch, dropped);
                    }

                    batch.Clear();
                    if (!Volatile.Read(ref _completed))
                    {
                        // A busy server's lines then go out tens at a time instead of waking this thread for each one.
                        Thread.Sleep(BatchPause);
                    }
                }
            }

            private void Write(IReadOnlyList<(string Text, bool Error)> lines, long dropped)
            {
                bool error = false;
                try
                {
                    foreach ((string text, bool toError) in lines)
                    {
                        (toError ? _standardError : _standardOutput).Write(text);
                        error |= toError;
                    }

                    if (dropped > 0)
                    {
                        _standardError.Write("warn: " + dropped + " log line(s) dropped: the console logger's queue was full (MaxQueueLength " + _capacity + ", QueueFullMode DropWrite)." + Environment.NewLine);
                        error = true;
                    }

                    _standardOutput.Flush();
                    if (error)
                    {
                        _standardError.Flush();
                    }
                }
                catch (IOException)
                {
                    // stdout closed (the reader went away): the stock logger loses the line the same way.
                }
            }
        }
    }
}
