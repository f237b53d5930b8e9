using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Training;
using AlgorithmGen.Training.AotHost;

// The whole of a training container's Program.cs: the host binds /opt/ml to AotAlgorithm before TrainAsync runs.
return await TrainingHost.RunAsync<AotAlgorithm.TrainingContext>(args, TrainAsync);

static Task TrainAsync(AotAlgorithm.TrainingContext context, CancellationToken cancellationToken)
{
    // The first line of user code: benchmarks/training_startup.py times process start to this line.
    Console.Out.WriteLine("user code started");
    Console.Out.Flush();

    AotAlgorithm hyperParameters = context.HyperParameters;
    int trainRows = context.Channels.Train.EnumerateFiles().Sum(file => File.ReadAllLines(file).Count(line => line.Length > 0));
    int validationRows = context.Channels.Validation is { } validation
        ? validation.EnumerateFiles().Sum(file => File.ReadAllLines(file).Count(line => line.Length > 0))
        : 0;
    for (int epoch = 1; epoch <= hyperParameters.Epochs; epoch++)
    {
        cancellationToken.ThrowIfCancellationRequested();
        context.Metrics.TrainLoss(hyperParameters.LearningRate / epoch);
    }

    if (validationRows > 0)
    {
        context.Metrics.ValidationAccuracy((double)validationRows / (trainRows + validationRows));
    }

    File.WriteAllText(
        Path.Combine(context.ModelDirectory, "model.txt"),
        string.Create(
            CultureInfo.InvariantCulture,
            $"epochs={hyperParameters.Epochs}\nlearning_rate={hyperParameters.LearningRate}\nloss={hyperParameters.Loss}\nshuffle={hyperParameters.Shuffle}\nlabel={hyperParameters.ModelLabel}\ntrain_rows={trainRows}\nvalidation_rows={validationRows}\n"));
    return Task.CompletedTask;
}
