using System;
using System.IO;
using Microsoft.Extensions.Logging;

namespace AlgorithmGen.Training.Host
{
    /// <summary>The host's settings after the command line, the options and the environment are combined.</summary>
    internal sealed class HostSetup
    {
        /// <summary>The variable that sets the log level (Trace, Debug, Information, Warning, Error, Critical, None).</summary>
        public const string LogLevelVariable = "ALGORITHMGEN_LOG_LEVEL";

        public HostSetup(TrainingHostOptions options, CommandLine? line)
        {
            UsesConsole = options.Output is null && options.Error is null;
            Output = options.Output ?? Console.Out;
            Error = options.Error ?? Console.Error;
            HandleSignals = options.HandleSignals;
            BindingOptions = new TrainingBindingOptions
            {
                UndeclaredInputs = line?.IgnoreUndeclared == true ? UndeclaredInputPolicy.Ignore : options.UndeclaredInputs,
            };
            MinimumLogLevel = options.MinimumLogLevel;
            string? variable = Environment.GetEnvironmentVariable(LogLevelVariable);
            if (line?.Verbose == true)
            {
                MinimumLogLevel = LogLevel.Debug < MinimumLogLevel ? LogLevel.Debug : MinimumLogLevel;
            }
            else if (variable is { Length: > 0 })
            {
                if (Enum.TryParse(variable, ignoreCase: true, out LogLevel level) && Enum.IsDefined(level))
                {
                    MinimumLogLevel = level;
                }
                else
                {
                    Error.WriteLine("warn: " + LogLevelVariable + "='" + variable + "' is not a log level (Trace, Debug, Information, Warning, Error, Critical, None); using " + MinimumLogLevel + ".");
                }
            }
        }

        public TextWriter Output { get; }

        public TextWriter Error { get; }

        /// <summary>Whether the writers are the process's own console, which a local run redirects to tee what the training code prints.</summary>
        public bool UsesConsole { get; }

        public bool HandleSignals { get; }

        public TrainingBindingOptions BindingOptions { get; }

        public LogLevel MinimumLogLevel { get; }

        /// <summary>The name the usage text shows.</summary>
        public static string Application => AppDomain.CurrentDomain.FriendlyName;

        /// <summary>Writes a usage error (one line, then the usage) and returns <see cref="TrainingHost.ExitUsage"/>.</summary>
        public int UsageError(string problem)
        {
            Error.WriteLine("error: " + problem + ".");
            Error.WriteLine(CommandLine.Usage(Application));
            Error.Flush();
            return TrainingHost.ExitUsage;
        }
    }
}
