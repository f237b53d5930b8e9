using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using AlgorithmGen;
using AlgorithmGen.Client;
using AlgorithmGen.Jobs;
using AlgorithmGen.Model;
using Microsoft.Extensions.Logging;

namespace GradientBoosting
{
    /// <summary>
    /// <c>run-training-job</c>: what an application that owns the algorithm does end to end. It registers the algorithm
    /// (idempotently) and waits until SageMaker has validated it, starts a training job built from a typed
    /// <see cref="GradientBoostingAlgorithm"/> (checked against the algorithm's specification before anything is sent),
    /// and waits for the job to end.
    /// </summary>
    public static class TrainingJobCommand
    {
        /// <summary>The command's name, the program's first argument.</summary>
        public const string Name = "run-training-job";

        /// <summary>What <c>--help</c> prints.</summary>
        public const string Usage = """
            Usage: GradientBoosting run-training-job --role ARN --train S3_URI --output S3_URI [options]

            Registers the gradient-boosting algorithm with SageMaker (an identical existing one is reused) and waits until
            SageMaker has validated it, then starts a training job of it and waits until the job ends.

              --role ARN              IAM role SageMaker assumes to run the job (required)
              --train S3_URI          S3 prefix of the 'train' channel's CSV rows (required)
              --validation S3_URI     S3 prefix of the 'validation' channel's CSV rows
              --output S3_URI         where SageMaker writes the model artifacts (required)
              --job-name NAME         the training job's name (default: gradient-boosting-<UTC time>)
              --instance-type TYPE    default ml.m5.xlarge
              --instance-count N      default 1
              --num-round N           boosting rounds, 1 to 5000 (default 100)
              --learning-rate X       step size shrinkage (eta), 0.001 to 1 (default 0.3)
              --max-runtime SECONDS   the job's stopping condition (default 86400)
              -h, --help              show this text

            AWS settings come from the usual places (AWS_PROFILE or AWS_ACCESS_KEY_ID..., AWS_REGION,
            AWS_ENDPOINT_URL_SAGEMAKER); GBM_TRAINING_IMAGE overrides the training image registered.
            Exit codes: 0 the job completed, 1 SageMaker refused or the algorithm or job failed, 2 bad arguments.
            """;

        /// <summary>Runs the command with the arguments after its name; returns the exit code.</summary>
        public static async Task<int> RunAsync(IReadOnlyList<string> args)
        {
            if (!Options.TryParse(args, out Options? options, out string? error))
            {
                Console.Error.WriteLine("error: " + error + " Run 'GradientBoosting " + Name + " --help' for usage.");
                return 2;
            }

            if (options is null)
            {
                Console.WriteLine(Usage);
                return 0;
            }

            using ILoggerFactory logging = LoggerFactory.Create(builder => builder
                .AddSimpleConsole(console => console.SingleLine = true)
                .AddFilter("System.Net.Http.HttpClient", LogLevel.Warning));
            ILogger logger = logging.CreateLogger(Name);
            using var client = new SageMakerClient(logger: logger);
            var waiting = new WaiterOptions { Logger = logger };
            try
            {
                // The typed instance: its hyperparameters are written as the training container's binder reads them.
                var algorithm = new GradientBoostingAlgorithm { NumRound = options.NumRound };
                if (options.LearningRate is { } learningRate)
                {
                    algorithm.LearningRate = learningRate;
                }

                TrainingJobBuilder job = algorithm.CreateTrainingJob(options.JobName)
                    .Role(options.Role)
                    .Input(GradientBoostingAlgorithm.ChannelNames.Train, options.Train, "text/csv")
                    .Output(options.Output)
                    .Resources(options.InstanceType, options.InstanceCount)
                    .StoppingCondition(options.MaxRuntimeInSeconds);
                if (options.Validation is { } validation)
                {
                    job.Input(GradientBoostingAlgorithm.ChannelNames.Validation, validation, "text/csv");
                }

                // Checked against the algorithm's specification before anything is sent, registration included.
                job.Build();

                AlgorithmRegistrationResult registration = await AlgorithmRegistrar.RegisterAsync(GradientBoostingAlgorithm.Definition, new AlgorithmRegistrationOptions
                {
                    Client = client,
                    Configure = Deployment.Configure,
                    Logger = logger,
                    WaitUntilUsable = waiting,
                });
                Console.WriteLine($"Algorithm '{registration.AlgorithmName}': {registration.Outcome}, {registration.AlgorithmStatus} ({registration.AlgorithmArn})");

                CreateTrainingJobResponse started = await job.Algorithm(registration).StartAsync(client);
                Console.WriteLine($"Started training job '{options.JobName}' ({started.TrainingJobArn})");

                DescribeTrainingJobResponse done = await client.WaitForTrainingJobAsync(options.JobName, waiting);
                if (done.TrainingJobStatus != "Completed")
                {
                    // Stopped by someone else while we waited: no model to use, so not a success.
                    Console.Error.WriteLine($"error: Training job '{options.JobName}' ended {done.TrainingJobStatus}.");
                    return 1;
                }

                Console.WriteLine($"Training job '{options.JobName}': {done.TrainingJobStatus}; model artifacts: {done.ModelArtifacts?.S3ModelArtifacts ?? "(none)"}");
                return 0;
            }
            catch (Exception exception) when (exception is SageMakerException or SageMakerResourceFailedException or WaiterTimeoutException
                or JobValidationException or AlgorithmValidationException or AlgorithmConflictException)
            {
                // The message says what failed in the product's words (for SageMaker: with the attempts made and the
                // next step); a stack trace would add nothing for the user.
                Console.Error.WriteLine("error: " + (exception is SageMakerException sageMaker ? sageMaker.Describe() : exception.Message));
                return 1;
            }
        }

        /// <summary>The command's arguments; null from <see cref="TryParse"/> (with no error) means help was asked for.</summary>
        private sealed class Options
        {
            public string Role { get; private set; } = string.Empty;

            public string Train { get; private set; } = string.Empty;

            public string? Validation { get; private set; }

            public string Output { get; private set; } = string.Empty;

            public string JobName { get; private set; } = "gradient-boosting-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);

            public string InstanceType { get; private set; } = TrainingInstanceTypes.MlM5_XLarge;

            public int InstanceCount { get; private set; } = 1;

            public int NumRound { get; private set; } = 100;

            public double? LearningRate { get; private set; }

            public int MaxRuntimeInSeconds { get; private set; } = TrainingJobBuilder.DefaultMaxRuntimeInSeconds;

            public static bool TryParse(IReadOnlyList<string> args, out Options? options, out string? error)
            {
                var parsed = new Options();
                options = null;
                error = null;
                for (int i = 0; i < args.Count; i++)
                {
                    string name = args[i];
                    if (name is "-h" or "--help")
                    {
                        return true;
                    }

                    if (!name.StartsWith("--", StringComparison.Ordinal))
                    {
                        error = $"unexpected argument '{name}'.";
                        return false;
                    }

                    if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        error = $"{name} needs a value.";
                        return false;
                    }

                    string value = args[++i];
                    switch (name)
                    {
                        case "--role": parsed.Role = value; break;
                        case "--train": parsed.Train = value; break;
                        case "--validation": parsed.Validation = value; break;
                        case "--output": parsed.Output = value; break;
                        case "--job-name": parsed.JobName = value; break;
                        case "--instance-type": parsed.InstanceType = value; break;
                        case "--instance-count" when WholeNumber(name, value, out int count, ref error): parsed.InstanceCount = count; break;
                        case "--num-round" when WholeNumber(name, value, out int rounds, ref error): parsed.NumRound = rounds; break;
                        case "--max-runtime" when WholeNumber(name, value, out int seconds, ref error): parsed.MaxRuntimeInSeconds = seconds; break;
                        case "--learning-rate" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double rate) && double.IsFinite(rate):
                            parsed.LearningRate = rate;
                            break;
                        case "--learning-rate":
                            error = $"--learning-rate takes a number such as 0.1, not '{value}'.";
                            return false;
                        case "--instance-count" or "--num-round" or "--max-runtime":
                            return false;
                        default:
                            error = $"unknown option '{name}'.";
                            return false;
                    }
                }

                string? missing = parsed.Role.Length == 0 ? "--role" : parsed.Train.Length == 0 ? "--train" : parsed.Output.Length == 0 ? "--output" : null;
                if (missing is not null)
                {
                    error = $"{missing} is required.";
                    return false;
                }

                options = parsed;
                return true;
            }

            private static bool WholeNumber(string name, string value, out int number, ref string? error)
            {
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number))
                {
                    return true;
                }

                error = $"{name} takes a whole number, not '{value}'.";
                return false;
            }
        }
    }
}
