using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace AlgorithmGen.Registration.Tests.Infrastructure
{
    /// <summary>Keeps every log entry at every level, formatted and with its exception, to assert on what was logged.</summary>
    internal sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _entries = new ConcurrentQueue<string>();

        public IReadOnlyList<string> Entries => _entries.ToArray();

        /// <summary>Everything logged, as one text.</summary>
        public string AllText => string.Join(Environment.NewLine, _entries);

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

        /// <summary>A logger writing into this provider.</summary>
        public ILogger CreateLogger() => CreateLogger("test");

        public void Dispose()
        {
        }

        private sealed class Logger : ILogger
        {
            private readonly string _category;
            private readonly ConcurrentQueue<string> _entries;

            public Logger(string category, ConcurrentQueue<string> entries)
            {
                _category = category;
                _entries = entries;
            }

            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                // The structured values too: a secret could hide in a property that the message template leaves out.
                string properties = state is IEnumerable<KeyValuePair<string, object?>> pairs
                    ? string.Join("; ", pairs.Select(p => p.Key + "=" + p.Value))
                    : string.Empty;
                _entries.Enqueue(DateTimeOffset.UtcNow.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture) + " " + logLevel + " " + _category + ": " + formatter(state, exception) + " {" + properties + "}" + (exception is null ? string.Empty : Environment.NewLine + exception));
            }
        }
    }
}
