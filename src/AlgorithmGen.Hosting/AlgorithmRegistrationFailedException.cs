using System;
using System.Collections.Generic;
using System.Linq;

namespace AlgorithmGen.Hosting
{
    /// <summary>Startup registration failed for at least one algorithm; thrown from the hosted service to stop the application's start.</summary>
    public sealed class AlgorithmRegistrationFailedException : Exception
    {
        /// <summary>Creates the exception from the registration reports.</summary>
        public AlgorithmRegistrationFailedException(IReadOnlyList<AlgorithmRegistrationReport> reports)
            : base(BuildMessage(reports), reports.FirstOrDefault(r => !r.Succeeded)?.Error)
        {
            Reports = reports;
        }

        /// <summary>Every algorithm's report, failed or not.</summary>
        public IReadOnlyList<AlgorithmRegistrationReport> Reports { get; }

        private static string BuildMessage(IReadOnlyList<AlgorithmRegistrationReport> reports)
        {
            AlgorithmRegistrationReport[] failed = reports.Where(r => !r.Succeeded).ToArray();
            return failed.Length + " of " + reports.Count + " algorithm(s) could not be registered with SageMaker:" + Environment.NewLine
                + string.Join(Environment.NewLine, failed.Select(r => "  " + r.Definition.AlgorithmName + ": " + r.Error!.Message));
        }
    }
}
