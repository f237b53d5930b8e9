using System;
using System.IO;
using System.Threading.Tasks;
using AlgorithmGen;
using AlgorithmGen.Generated;
using GradientBoosting;

// Prints the CreateAlgorithm payload the generator computed at compile time and registers it in dry-run mode,
// which validates it and writes <AlgorithmName>.create-algorithm.json. No AWS account is needed.
// Values that differ per account or stage can be overridden without recompiling, for example:
//   GBM_TRAINING_IMAGE=111122223333.dkr.ecr.eu-west-1.amazonaws.com/gradient-boosting:1.4.0 dotnet run --project samples/GradientBoosting
string outputDirectory = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "payloads");

Console.WriteLine($"Algorithms in this project: {string.Join(", ", AlgorithmCatalog.All)}");
Console.WriteLine();
Console.WriteLine("Compile-time CreateAlgorithm JSON (wire form):");
Console.WriteLine(GradientBoostingAlgorithm.CreateAlgorithmJson);
Console.WriteLine();

AlgorithmRegistrationResult result = await GradientBoostingAlgorithm.RegisterAsync(new AlgorithmRegistrationOptions
{
    DryRun = true,
    OutputDirectory = outputDirectory,
    Configure = request =>
    {
        if (Environment.GetEnvironmentVariable("GBM_TRAINING_IMAGE") is { Length: > 0 } image)
        {
            request.TrainingSpecification!.TrainingImage = image;
        }
    },
});

foreach (var warning in result.Warnings)
{
    Console.WriteLine($"warning: {warning}");
}

Console.WriteLine($"Dry run: '{result.AlgorithmName}' is valid; payload written to {result.FilePath}");
Console.WriteLine($"Register it with: aws sagemaker create-algorithm --cli-input-json file://{result.FilePath}");
