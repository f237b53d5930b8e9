using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AlgorithmGen;
using AlgorithmGen.Generated;
using AlgorithmGen.Hosting;
using AlgorithmGen.Serving;
using AlgorithmGen.Training;
using GradientBoosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// SageMaker starts the training image as `<image> train`: the same program is the container's entry point. The host
// binds /opt/ml (or $SAGEMAKER_BASE_DIR) to GradientBoostingAlgorithm.TrainingContext and runs Trainer.TrainAsync;
// `train --local --channel train=DIR --hyperparameter num_round=50` runs a job on this machine instead.
if (args.Length > 0 && args[0] == "train")
{
    return await TrainingHost.RunAsync<GradientBoostingAlgorithm.TrainingContext>(args, Trainer.TrainAsync);
}

// SageMaker starts the inference image (endpoints and batch transform) as `<image> serve`: the host listens on 8080
// (or $SAGEMAKER_BIND_TO_PORT), loads model.zip from /opt/ml/model once, and answers /ping, /invocations and
// /execution-parameters as the algorithm's [InferenceSpecification] declares; `serve --model DIR --port 8080` serves
// a local run's model on this machine.
if (args.Length > 0 && args[0] == "serve")
{
    return await ServingHost.RunAsync<GradientBoostingAlgorithm.InferenceContract>(args, model => Predictor.Load(model).InvokeAsync);
}

// `run-training-job --role ARN --train S3_URI --output S3_URI`: what the application owning the algorithm does with
// it: register it and wait until SageMaker has validated it, start a training job from a typed GradientBoostingAlgorithm
// (checked against the algorithm's specification first), and wait for the job (TrainingJobCommand.cs).
if (args.Length > 0 && args[0] == TrainingJobCommand.Name)
{
    return await TrainingJobCommand.RunAsync(args[1..]);
}

const string Usage = """
    Usage: GradientBoosting [--register] [OUTPUT_DIRECTORY]
             Validates the CreateAlgorithm payload and writes it to OUTPUT_DIRECTORY (a dry run, no AWS needed);
             with --register, registers the algorithm with SageMaker.
           GradientBoosting run-training-job --role ARN --train S3_URI --output S3_URI [options]
             Registers the algorithm, waits until SageMaker has validated it, starts a training job and waits for it
             (run-training-job --help lists the options).
           GradientBoosting train | serve [options]
             The training and inference containers' entry points (train --help, serve --help).
    """;
if (args.Any(argument => argument is "-h" or "--help"))
{
    Console.WriteLine(Usage);
    return 0;
}

if (args.FirstOrDefault(argument => argument.StartsWith("-", StringComparison.Ordinal) && argument != "--register") is { } unknown)
{
    Console.Error.WriteLine($"error: unknown option '{unknown}'. Run 'GradientBoosting --help' for usage.");
    return 2;
}

// Otherwise it prints the CreateAlgorithm payload the generator computed at compile time, then starts a generic host whose
// AlgorithmGen.Hosting service registers the project's algorithms at startup.
//
//   dotnet run --project samples/GradientBoosting [-- [--register] [OUTPUT_DIRECTORY]]
//
// Without --register it is a dry run: validate and write <AlgorithmName>.create-algorithm.json, no AWS account needed.
// With --register it creates the algorithm in SageMaker (idempotently: an identical existing one is success), using
// the usual AWS configuration (AWS_PROFILE / AWS_ACCESS_KEY_ID..., AWS_REGION, AWS_ENDPOINT_URL_SAGEMAKER); when no
// region or credentials resolve it fails in one line (exit code 1) rather than pass a deployment without registering.
// A malformed setting (endpoint URL, AWS_RETRY_MODE, AWS_MAX_ATTEMPTS, ...) fails the same way in every mode.
// Values that differ per account or stage can be overridden without recompiling, for example:
//   GBM_TRAINING_IMAGE=111122223333.dkr.ecr.eu-west-1.amazonaws.com/gradient-boosting:1.4.0 dotnet run --project samples/GradientBoosting
bool register = args.Contains("--register");
string outputDirectory = args.FirstOrDefault(argument => !argument.StartsWith("--", StringComparison.Ordinal))
    ?? Path.Combine(AppContext.BaseDirectory, "payloads");

Console.WriteLine($"Algorithms in this project: {string.Join(", ", AlgorithmCatalog.All)}");
Console.WriteLine();
Console.WriteLine("Compile-time CreateAlgorithm JSON (wire form):");
Console.WriteLine(GradientBoostingAlgorithm.CreateAlgorithmJson);
Console.WriteLine();

// No command-line configuration: this program's arguments are its own.
HostApplicationBuilder builder = Host.CreateApplicationBuilder();
builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
// A failed start is reported below in one line; the host's own "Hosting failed to start" would repeat it with a stack trace.
builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
builder.Services.AddSageMakerAlgorithms(AlgorithmCatalog.All, options =>
{
    options.Registration.DryRun = !register;
    options.Registration.OutputDirectory = outputDirectory;
    options.Registration.Configure = Deployment.Configure;
    // Only the demo falls back to a dry run: when --register was asked for, AWS not being configured is an error.
    options.DryRunWhenRegionOrCredentialsAreMissing = !register;
});

using IHost host = builder.Build();
try
{
    // Registration runs inside StartAsync: an application would not serve before its algorithms exist.
    await host.StartAsync();
}
catch (AlgorithmRegistrationFailedException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 1;
}

AlgorithmRegistrationStatus status = host.Services.GetRequiredService<AlgorithmRegistrationStatus>();
IReadOnlyList<AlgorithmRegistrationReport> reports = await status.Completion;
await host.StopAsync();

Console.WriteLine();
foreach (AlgorithmRegistrationResult result in reports.Select(report => report.Result!))
{
    foreach (var warning in result.Warnings)
    {
        Console.WriteLine($"warning: {warning}");
    }

    if (result.DryRun)
    {
        Console.WriteLine($"Dry run: '{result.AlgorithmName}' is valid; payload written to {result.FilePath}");
        Console.WriteLine(status.DryRunReason is { } reason
            ? $"Not registered with SageMaker: {reason}"
            : "Pass --register to register it with SageMaker at startup.");
        Console.WriteLine($"Register it with: aws sagemaker create-algorithm --cli-input-json file://{result.FilePath}");
    }
    else
    {
        Console.WriteLine($"Registered '{result.AlgorithmName}': {result.Outcome} ({result.AlgorithmArn})");
    }
}

return 0;
