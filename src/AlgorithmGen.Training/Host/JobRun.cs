using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace AlgorithmGen.Training.Host
{
    /// <summary>What the host needs to run one job: where its tree is, how to bind it, where output goes.</summary>
    internal sealed class JobSettings
    {
        public JobSettings(string baseDirectory, TrainingBindingOptions bindingOptions, HostLogger logger, TextWriter output, TextWriter error, StopSignal stop)
        {
            BaseDirectory = baseDirectory;
            BindingOptions = bindingOptions;
            Logger = logger;
            Output = output;
            Error = error;
            Stop = stop;
        }

        public string BaseDirectory { get; }

        public TrainingBindingOptions BindingOptions { get; }

        public HostLogger Logger { get; }

        public TextWriter Output { get; }

        public TextWriter Error { get; }

        public StopSignal Stop { get; }

        /// <summary>TRAINING_JOB_NAME for a local run, which sets no variables in its own process.</summary>
        public string? JobName { get; set; }
    }

    /// <summary>How a job ended.</summary>
    internal sealed class JobOutcome
    {
        public JobOutcome(TrainingPaths paths, int exitCode, string? failure, TrainingContext? context, bool failureWrittenByTrainingCode = false)
        {
            Paths = paths;
            ExitCode = exitCode;
            Failure = failure;
            Context = context;
            FailureWrittenByTrainingCode = failureWrittenByTrainingCode;
        }

        public TrainingPaths Paths { get; }

        public int ExitCode { get; }

        /// <summary>The text of <c>output/failure</c> (the host's, or the training code's own when it wrote one); null on success.</summary>
        public string? Failure { get; }

        /// <summary>The bound context; null when the job failed before the training code could run.</summary>
        public TrainingContext? Context { get; }

        public bool FailureWrittenByTrainingCode { get; }
    }

    /// <summary>
    /// One training job, the same for SageMaker and a local run: read the tree, create the output folders, bind,
    /// run the training code, and on any failure or stop write <c>output/failure</c> after everything else.
    /// </summary>
    internal static class JobRun
    {
        public static async Task<JobOutcome> RunAsync<TContext>(JobSettings settings, Func<TContext, CancellationToken, Task> train)
            where TContext : TrainingContext, ITrainingContext<TContext>
        {
            HostLogger logger = settings.Logger;
            var paths = new TrainingPaths(settings.BaseDirectory);
            RemoveStaleFailure(paths, logger);

            TrainingEnvironment environment;
            try
            {
                environment = TrainingEnvironment.Load(paths.Base);
            }
            catch (TrainingEnvironmentException exception)
            {
                return Fail(settings, paths, null, exception.Message, exception);
            }

            if (settings.JobName is not null)
            {
                environment = new TrainingEnvironment(environment.Paths, environment.HyperParameters, environment.InputDataConfig, environment.Resources, settings.JobName, environment.JobArn);
            }

            paths = environment.Paths;
            foreach (string folder in new[] { paths.Model, paths.OutputData, paths.Checkpoints })
            {
                try
                {
                    Directory.CreateDirectory(folder);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    return Fail(settings, paths, null, "Cannot create " + folder + ": " + exception.Message, exception);
                }
            }

            HostLog.JobTree(logger, environment);
            TContext context;
            try
            {
                context = TContext.Bind(environment, settings.BindingOptions);
            }
            catch (TrainingBindingException exception)
            {
                return Fail(settings, paths, null, exception.Message, exception);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A bug in the binding code rather than in the job; say so, with the stack trace in the file.
                return Fail(settings, paths, null, "Binding the training job failed: " + FailureText.ForException(exception), exception);
            }

            context.Logger = logger;
            context.MetricOutput = settings.Output;
            HostLog.TrainingStarts(logger, TContext.Algorithm, environment, context);

            StopSignal stop = settings.Stop;
            Stopwatch clock = Stopwatch.StartNew();
            Exception? failure = null;
            if (stop.Received is null)
            {
                try
                {
                    await train(context, stop.Token).ConfigureAwait(false);
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            }

            string seconds = clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            if (stop.Received is PosixSignal signal)
            {
                string reason = "Stopped by " + (signal == PosixSignal.SIGTERM ? "SIGTERM (StopTrainingJob, or the job reached MaxRuntimeInSeconds)" : "SIGINT") + "; training did not complete.";
                if (failure is not null && failure is not OperationCanceledException)
                {
                    reason += " The training code then failed: " + FailureText.ForException(failure);
                }

                HostLog.TrainingStopped(logger, seconds);
                return Fail(settings, paths, context, reason, null, StopSignal.ExitCodeFor(signal));
            }

            if (failure is not null)
            {
                HostLog.TrainingFailed(logger, seconds);
                return Fail(settings, paths, context, FailureText.ForException(failure), failure, headline: "Training failed: " + FailureText.Headline(failure));
            }

            HostLog.TrainingCompleted(logger, seconds);
            settings.Output.Flush();
            settings.Error.Flush();
            return new JobOutcome(paths, TrainingHost.ExitCompleted, null, context);
        }

        /// <summary>
        /// Logs the failure as one line, flushes every writer, and only then writes <c>output/failure</c>, unless the
        /// training code wrote its own (the SageMaker training toolkit keeps it too).
        /// </summary>
        private static JobOutcome Fail(JobSettings settings, TrainingPaths paths, TrainingContext? context, string failure, Exception? exception, int exitCode = TrainingHost.ExitFailed, string? headline = null)
        {
            HostLogger logger = settings.Logger;
            string line = headline ?? HostLogger.OneLine(failure.Split('\n')[0]);
            if (exitCode == TrainingHost.ExitFailed)
            {
                HostLog.Failure(logger, exception, line);
            }

            string written = failure;
            bool own = false;
            if (File.Exists(paths.FailureFile))
            {
                try
                {
                    written = File.ReadAllText(paths.FailureFile);
                    own = true;
                    HostLog.KeptFailureFile(logger, paths.FailureFile);
                }
                catch (Exception readFailure) when (readFailure is IOException or UnauthorizedAccessException)
                {
                    written = failure;
                }
            }

            settings.Output.Flush();
            settings.Error.Flush();
            if (!own)
            {
                try
                {
                    FailureText.WriteAtomically(paths.FailureFile, failure);
                }
                catch (Exception writeFailure) when (writeFailure is IOException or UnauthorizedAccessException)
                {
                    HostLog.CannotWriteFailureFile(logger, paths.FailureFile, writeFailure.Message);
                }
            }

            return new JobOutcome(paths, exitCode, written, context, own);
        }

        // A tree SageMaker prepares never has one; a reused local tree might, and it would outlive a successful run.
        private static void RemoveStaleFailure(TrainingPaths paths, HostLogger logger)
        {
            try
            {
                if (File.Exists(paths.FailureFile))
                {
                    File.Delete(paths.FailureFile);
                    HostLog.RemovedStaleFailure(logger, paths.FailureFile);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                HostLog.CannotRemoveStaleFailure(logger, paths.FailureFile, exception.Message);
            }
        }
    }
}
