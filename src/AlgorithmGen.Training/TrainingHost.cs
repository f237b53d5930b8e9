using System;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Training.Host;

namespace AlgorithmGen.Training
{
    /// <summary>
    /// The training container's process: the one call in <c>Program.cs</c>,
    /// <c>return await TrainingHost.RunAsync&lt;MyAlgorithm.TrainingContext&gt;(args, TrainAsync);</c>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// SageMaker starts a training image as <c>&lt;image&gt; train</c>. The host reads the job under <c>/opt/ml</c>
    /// (<c>--base-dir</c>, <see cref="TrainingHostOptions.BaseDirectory"/> or <c>SAGEMAKER_BASE_DIR</c> move it),
    /// creates <c>model/</c>, <c>output/data/</c> and the checkpoint folder, and binds the job to the algorithm class
    /// before any training code runs. The training code gets the bound context (its logger writes single lines to
    /// standard error, its metrics go to standard output) and a token that fires on SIGTERM, which SageMaker sends on
    /// StopTrainingJob or at MaxRuntimeInSeconds and follows with SIGKILL 120 s later (and on SIGINT, for local use).
    /// </para>
    /// <para>
    /// When the job's files cannot be read, its input does not fit the algorithm, the training code throws, or the job
    /// is stopped, the host logs one line (stack traces only at Debug: <c>--verbose</c> or
    /// <c>ALGORITHMGEN_LOG_LEVEL=Debug</c>), flushes all output, and then writes <c>output/failure</c> atomically: what
    /// went wrong first, since the job's FailureReason is the file's first 1,024 characters; for an exception
    /// <c>Type: message</c>, then the stack trace. A failure file the training code wrote itself is kept.
    /// </para>
    /// <para>
    /// <c>train --local</c> runs the job locally as SageMaker would, in a temporary tree; <c>--help</c> lists its
    /// options. Exit codes: <see cref="ExitCompleted"/>, <see cref="ExitFailed"/>, <see cref="ExitUsage"/>,
    /// <see cref="ExitInterrupted"/>, <see cref="ExitStopped"/>.
    /// </para>
    /// </remarks>
    public static class TrainingHost
    {
        /// <summary>0: the training code returned; SageMaker marks the job Completed.</summary>
        public const int ExitCompleted = 0;

        /// <summary>1: the job failed (unreadable files, input that does not fit the algorithm, an exception in the training code); <c>output/failure</c> says why.</summary>
        public const int ExitFailed = 1;

        /// <summary>2: the command line is not usable (not <c>train</c>, or a bad local-run option); nothing ran.</summary>
        public const int ExitUsage = 2;

        /// <summary>130 (128 + SIGINT): stopped by Ctrl+C.</summary>
        public const int ExitInterrupted = 130;

        /// <summary>143 (128 + SIGTERM): stopped by SIGTERM (StopTrainingJob, or the job reached MaxRuntimeInSeconds).</summary>
        public const int ExitStopped = 143;

        /// <summary>Runs the training job the command line names, and returns the process's exit code.</summary>
        /// <typeparam name="TContext">The algorithm's generated <c>TrainingContext</c>.</typeparam>
        /// <param name="args">The process's arguments: <c>train</c> and options (<c>--help</c> lists them).</param>
        /// <param name="train">The training code: reads the channels, writes the model to <see cref="TrainingContext.ModelDirectory"/>, and stops soon after the token fires.</param>
        /// <param name="options">Defaults for what the command line does not set; null for the defaults.</param>
        public static async Task<int> RunAsync<TContext>(string[] args, Func<TContext, CancellationToken, Task> train, TrainingHostOptions? options = null)
            where TContext : TrainingContext, ITrainingContext<TContext>
        {
            if (args is null)
            {
                throw new ArgumentNullException(nameof(args));
            }

            if (train is null)
            {
                throw new ArgumentNullException(nameof(train));
            }

            options ??= new TrainingHostOptions();
            CommandLine line = CommandLine.Parse(args);
            var setup = new HostSetup(options, line);
            if (line.Error is not null)
            {
                return setup.UsageError(line.Error);
            }

            if (line.Help)
            {
                setup.Output.Write(CommandLine.HelpText(HostSetup.Application));
                setup.Output.Flush();
                return ExitCompleted;
            }

            if (line.Local)
            {
                return await LocalRun.RunAsync(line, train, setup).ConfigureAwait(false);
            }

            var logger = new HostLogger(setup.Error, setup.MinimumLogLevel, new object());
            foreach (string ignored in line.Ignored)
            {
                HostLog.IgnoredArgument(logger, ignored);
            }

            using var stop = new StopSignal(logger, setup.HandleSignals);
            string baseDirectory = TrainingPaths.ResolveBaseDirectory(line.BaseDirectory ?? options.BaseDirectory);
            JobOutcome outcome = await JobRun.RunAsync(new JobSettings(baseDirectory, setup.BindingOptions, logger, setup.Output, setup.Error, stop), train).ConfigureAwait(false);
            return outcome.ExitCode;
        }
    }
}
