using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace AlgorithmGen.Training.TestHost
{
    /// <summary>The test algorithm's training code: what it does is chosen by its <c>behavior</c> hyperparameter.</summary>
    public static class TestTraining
    {
        /// <summary>The line the code prints once it runs (the SIGTERM test waits for it).</summary>
        public const string StartedLine = "training started";

        /// <summary>The message of the exception the <c>throw</c> behavior throws.</summary>
        public const string ThrowMessage = "Row 3 of train.csv has 2 columns; expected 4.";

        /// <summary>The training code.</summary>
        public static async Task TrainAsync(TestAlgorithm.TrainingContext context, CancellationToken cancellationToken)
        {
            TestAlgorithm hyperParameters = context.HyperParameters;
            Console.Out.WriteLine(StartedLine);
            Console.Out.Flush();
            switch (hyperParameters.Behavior)
            {
                case "wait":
                    // Stops only when SIGTERM cancels the token; then saves what it has, as the docs advise.
                    try
                    {
                        await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        File.WriteAllText(Path.Combine(context.ModelDirectory, "partial.txt"), "stopped");
                    }

                    break;
                case "throw":
                    throw new InvalidOperationException(ThrowMessage);
                case "throw-long":
                    throw new InvalidDataException("Row 3 of train.csv cannot be read: " + string.Concat(Enumerable.Repeat("0123456789", 300)));
                case "own-failure":
                    File.WriteAllText(Path.Combine(context.Environment.Paths.Output, "failure"), "Custom: the training code's own reason.");
                    throw new InvalidOperationException("after writing its own failure file");
                case "pipe":
                    var epochs = new StringBuilder();
                    for (int epoch = 0; epoch < hyperParameters.NumRound; epoch++)
                    {
                        using Stream stream = await context.Channels.Train.OpenEpochAsync(epoch, cancellationToken).ConfigureAwait(false);
                        using var reader = new StreamReader(stream);
                        string text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
                        epochs.Append("epoch ").Append(epoch).Append(": ").Append(text.Replace("\n", "|")).Append('\n');
                    }

                    File.WriteAllText(Path.Combine(context.ModelDirectory, "epochs.txt"), epochs.ToString());
                    break;
                default:
                    int rows = context.Channels.Train.EnumerateFiles().Sum(file => File.ReadAllLines(file).Length);
                    context.Logger.LogInformation("Read {Rows} rows from channel train.", rows);
                    for (int round = 1; round <= hyperParameters.NumRound; round++)
                    {
                        context.Metrics.TrainRmse(1.0 / round);
                    }

                    // A metric printed directly, not through the metrics class: SageMaker reads it all the same.
                    Console.Error.WriteLine("validation:rmse=0.75;");
                    File.WriteAllText(
                        Path.Combine(context.ModelDirectory, "model.txt"),
                        string.Create(CultureInfo.InvariantCulture, $"num_round={hyperParameters.NumRound}\neta={hyperParameters.Eta}\nobjective={hyperParameters.Objective}\nrows={rows}\n"));
                    File.WriteAllText(Path.Combine(context.OutputDataDirectory, "report.txt"), "ok");
                    break;
            }
        }
    }
}
