using System;
using System.IO;
using Microsoft.Extensions.Logging;

namespace AlgorithmGen.Training.Host
{
    /// <summary>
    /// The training host's logger: one line per entry on standard error (<c>info: message</c>), written at once.
    /// </summary>
    /// <remarks>
    /// Not Microsoft.Extensions.Logging.Console: that logger writes from a background queue, and the contract asks for
    /// <c>output/failure</c> to be written only after every log line is out; it also cannot write to the writers a
    /// local run tees and tests read. Stack traces appear only at Debug and below (the failure file always has them).
    /// </remarks>
    internal sealed class HostLogger : ILogger
    {
        private readonly TextWriter _writer;
        private readonly object _gate;

        public HostLogger(TextWriter writer, LogLevel minimumLevel, object gate)
        {
            _writer = writer;
            MinimumLevel = minimumLevel;
            _gate = gate;
        }

        public LogLevel MinimumLevel { get; }

        /// <summary>Whether errors are logged with their stack traces.</summary>
        public bool IncludesStackTraces => MinimumLevel <= LogLevel.Debug;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= MinimumLevel;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel) && formatter is not null)
            {
                Write(logLevel, formatter(state, exception), exception);
            }
        }

        /// <summary>
        /// Writes an entry whose text is already made, when <paramref name="logLevel"/> is enabled: how the host's own
        /// messages (<see cref="HostLog"/>) are logged.
        /// </summary>
        public void Write(LogLevel logLevel, string text, Exception? exception = null)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            string message = OneLine(text);
            if (exception is not null)
            {
                string headline = FailureText.Headline(exception);
                message = IncludesStackTraces ? message + Environment.NewLine + exception
                    : message.Contains(OneLine(FailureText.Unwrap(exception).Message)) ? message
                    : message + " (" + OneLine(headline) + ")";
            }

            lock (_gate)
            {
                _writer.WriteLine(Prefix(logLevel) + message);
                _writer.Flush();
            }
        }

        /// <summary>Line breaks as spaces: one entry, one line, so CloudWatch shows it as one event.</summary>
        public static string OneLine(string text) =>
            text.IndexOfAny(new[] { '\r', '\n' }) < 0 ? text : text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');

        // The console logger's short level names, so the lines read as any .NET service's log.
        private static string Prefix(LogLevel level) => level switch
        {
            LogLevel.Trace => "trce: ",
            LogLevel.Debug => "dbug: ",
            LogLevel.Information => "info: ",
            LogLevel.Warning => "warn: ",
            LogLevel.Error => "fail: ",
            _ => "crit: ",
        };
    }
}
