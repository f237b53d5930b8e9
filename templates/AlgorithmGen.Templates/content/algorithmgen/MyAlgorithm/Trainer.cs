using System.Globalization;

namespace MyAlgorithm;

/// <summary>The training code: reads the train channel, writes the model and reports the metric.</summary>
public static class Trainer
{
    /// <summary>Runs once per training job, after the host has bound and checked the job's hyperparameters and channels.</summary>
    public static async Task TrainAsync(MyAlgorithmAlgorithm.TrainingContext context, CancellationToken cancellationToken)
    {
        var labels = new List<double>();
        foreach (string file in context.Channels.Train.EnumerateFiles())
        {
            foreach (string line in await File.ReadAllLinesAsync(file, cancellationToken))
            {
                if (line.Length > 0)
                {
                    labels.Add(double.Parse(line.Split(',')[0], CultureInfo.InvariantCulture));
                }
            }
        }

        if (labels.Count == 0)
        {
            throw new InvalidDataException("The train channel has no rows.");
        }

        double prediction = labels.Average() * (1 - context.HyperParameters.Shrinkage);
        context.Metrics.TrainMse(labels.Average(label => (label - prediction) * (label - prediction)));
        await File.WriteAllTextAsync(
            Path.Combine(context.ModelDirectory, "model.txt"),
            prediction.ToString("R", CultureInfo.InvariantCulture),
            cancellationToken);
    }
}
