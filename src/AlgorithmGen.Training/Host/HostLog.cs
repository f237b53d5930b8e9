using System;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace AlgorithmGen.Training.Host
{
    /// <summary>
    /// The messages the host logs around every job, written straight to the <see cref="HostLogger"/>: a disabled
    /// level costs one comparison, and an enabled one neither parses a message template at run time nor goes through
    /// <c>ILogger.Log&lt;TState&gt;</c>, a generic virtual call that NativeAOT resolves with a type-loader look-up on the
    /// container's start-up path (the <c>[LoggerMessage]</c> generator does both for messages of up to six values).
    /// </summary>
    internal static class HostLog
    {
        public static void IgnoredArgument(HostLogger logger, string argument)
        {
            if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.Write(LogLevel.Debug, "Argument " + argument + " is not one of the host's; it is left to the training code (Program.cs has args).");
            }
        }

        public static void RemovedStaleFailure(HostLogger logger, string path) =>
            logger.Write(LogLevel.Debug, "Removed the failure file of an earlier run (" + path + ").");

        public static void CannotRemoveStaleFailure(HostLogger logger, string path, string message) =>
            logger.Write(LogLevel.Debug, "Cannot remove " + path + ": " + message);

        public static void JobTree(HostLogger logger, TrainingEnvironment environment)
        {
            if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.Write(LogLevel.Debug, string.Create(
                    CultureInfo.InvariantCulture,
                    $"Job tree {environment.Paths.Base}; job {environment.JobName ?? "(unnamed)"}; host {environment.Resources.CurrentHost} of {environment.Resources.Hosts.Count}."));
            }
        }

        /// <summary>What is about to train; the bound hyperparameters are described only when the line is logged.</summary>
        public static void TrainingStarts(HostLogger logger, AlgorithmDefinition algorithm, TrainingEnvironment environment, TrainingContext context)
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.Write(
                    LogLevel.Information,
                    "Training " + algorithm.AlgorithmName + " on " + environment.Resources.CurrentHost
                    + " (" + (environment.Resources.CurrentInstanceType ?? "instance type not given") + ")."
                    + " Hyperparameters: " + BoundHyperParameters.Describe(algorithm, environment) + "."
                    + " Channels: " + (context.InputChannels.Count == 0 ? "none" : string.Join(", ", context.InputChannels.Values)) + ".");
            }
        }

        public static void TrainingCompleted(HostLogger logger, string seconds) =>
            logger.Write(LogLevel.Information, "Training completed in " + seconds + " s.");

        public static void TrainingStopped(HostLogger logger, string seconds) =>
            logger.Write(LogLevel.Warning, "Training stopped after " + seconds + " s.");

        public static void TrainingFailed(HostLogger logger, string seconds) =>
            logger.Write(LogLevel.Debug, "The training code failed after " + seconds + " s.");

        public static void Failure(HostLogger logger, Exception? exception, string failure) =>
            logger.Write(LogLevel.Error, failure, exception);

        public static void KeptFailureFile(HostLogger logger, string path) =>
            logger.Write(LogLevel.Information, "Kept the failure file the training code wrote (" + path + ").");

        public static void CannotWriteFailureFile(HostLogger logger, string path, string message) =>
            logger.Write(LogLevel.Error, "Cannot write " + path + ": " + message);
    }
}
