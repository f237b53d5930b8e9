using AlgorithmGen.Rules;
using AlgorithmGen.Training;
using MyAlgorithm;
using Xunit;

namespace MyAlgorithm.Tests;

public class MyAlgorithmAlgorithmTests
{
    [Fact]
    public void CreateAlgorithmRequest_PassesEveryRule()
    {
        // The same rule catalogue the analyzers run at compile time and registration runs before sending.
        Assert.Empty(RequestValidator.Validate(MyAlgorithmAlgorithm.CreateRequest()));
    }

    [Fact]
    public async Task LocalTrainingRun_WritesTheModelAndTheMetricLine()
    {
        string root = Directory.CreateTempSubdirectory("my-algorithm-tests-").FullName;
        try
        {
            string train = Directory.CreateDirectory(Path.Combine(root, "train")).FullName;
            await File.WriteAllLinesAsync(Path.Combine(train, "rows.csv"), new[] { "1,0.5", "3,0.25" });
            var output = new StringWriter();
            var error = new StringWriter();

            int exitCode = await TrainingHost.RunAsync<MyAlgorithmAlgorithm.TrainingContext>(
                new[] { "train", "--local", "--channel", "train=" + train, "--hyperparameter", "shrinkage=0.5", "--output-dir", Path.Combine(root, "runs") },
                Trainer.TrainAsync,
                new TrainingHostOptions { Output = output, Error = error });

            Assert.True(exitCode == TrainingHost.ExitCompleted, $"exit {exitCode}: {error}");
            string model = Directory.GetFiles(Path.Combine(root, "runs"), "model.txt", SearchOption.AllDirectories).Single();
            Assert.Equal("1", await File.ReadAllTextAsync(model)); // the mean 2, halved
            Assert.Contains("train:mse=2", output.ToString()); // (1 - 1)² and (3 - 1)², averaged
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
