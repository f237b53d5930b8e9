using System;
using System.Collections.Generic;
using System.Linq;
using AlgorithmGen.Client;

namespace AlgorithmGen.Hosting
{
    /// <summary>Startup registration failed for at least one algorithm; thrown from the hosted service to stop the application's start.</summary>
    /// <remarks>
    /// The message is one line per failed algorithm (one line in all when a single one failed or the settings are
    /// malformed): what failed, the service's error code, message and request id, the attempts and time spent, and the
    /// next step. The exception that caused it is <see cref="Exception.InnerException"/>, for Debug logs.
    /// </remarks>
    public sealed class AlgorithmRegistrationFailedException : Exception
    {
        /// <summary>Creates the exception from the registration reports.</summary>
        public AlgorithmRegistrationFailedException(IReadOnlyList<AlgorithmRegistrationReport> reports)
            : base(BuildMessage(reports), reports.FirstOrDefault(r => !r.Succeeded)?.Error)
        {
            Reports = reports;
        }

        /// <summary>Creates the exception for settings so malformed that no algorithm was tried (an invalid endpoint URL, retry or FIPS setting).</summary>
        public AlgorithmRegistrationFailedException(SageMakerConfigurationException error)
            : base("No algorithm was registered with SageMaker: " + (error ?? throw new ArgumentNullException(nameof(error))).Message, error)
        {
            Reports = Array.Empty<AlgorithmRegistrationReport>();
        }

        /// <summary>Every algorithm's report, failed or not; empty when the settings stopped registration before it began.</summary>
        public IReadOnlyList<AlgorithmRegistrationReport> Reports { get; }

        /// <summary>One line for a failure: <see cref="SageMakerException.Describe"/> for a SageMaker failure, else the message.</summary>
        internal static string Describe(Exception error) => error is SageMakerException sageMaker ? sageMaker.Describe() : error.Message;

        private static string BuildMessage(IReadOnlyList<AlgorithmRegistrationReport> reports)
        {
            AlgorithmRegistrationReport[] failed = reports.Where(r => !r.Succeeded).ToArray();
            if (failed.Length == 1)
            {
                string name = failed[0].Definition.AlgorithmName;
                return (reports.Count == 1 ? "Algorithm '" + name + "' could not be registered with SageMaker: "
                    : "1 of " + reports.Count + " algorithm(s) could not be registered with SageMaker: '" + name + "': ") + Describe(failed[0].Error!);
            }

            return failed.Length + " of " + reports.Count + " algorithm(s) could not be registered with SageMaker:" + Environment.NewLine
                + string.Join(Environment.NewLine, failed.Select(r => "  " + r.Definition.AlgorithmName + ": " + Describe(r.Error!)));
        }
    }
}
