using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AlgorithmGen.Build.Tests.Infrastructure;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Build.Tests
{
    /// <summary>
    /// The README's Quick start, run as a reader would: <c>dotnet run --project samples/GradientBoosting</c> prints the
    /// compile-time payload, validates it and writes its payload file, and the build it runs writes
    /// <c>bin/Debug/net10.0/gradient-boosting.create-algorithm.json</c>, ready for the AWS CLI.
    /// </summary>
    [Collection(DotnetBuildCollection.Name)]
    public sealed class QuickStartTests
    {
        private const string AlgorithmName = "gradient-boosting";

        [Fact]
        public void TheSamplePrintsValidatesAndWritesThePayloadThatItsBuildWritesToo()
        {
            string buildPayload = RepositoryRoot.Combine("samples/GradientBoosting/bin/Debug/net10.0/" + AlgorithmName + ".create-algorithm.json");
            // Whatever an earlier build or dry run left (the dry run leaves an unchanged file as it is): this run must write both.
            File.Delete(buildPayload);
            string dryRunFolder = RepositoryRoot.Combine("samples/GradientBoosting/bin/Debug/net10.0/payloads");
            if (Directory.Exists(dryRunFolder))
            {
                Directory.Delete(dryRunFolder, recursive: true);
            }

            DotnetCli.Result run = DotnetCli.Run(RepositoryRoot.Path, "run", "--project", "samples/GradientBoosting", "--property:UseSharedCompilation=false");

            Assert.True(run.ExitCode == 0, run.Output);
            Assert.True(File.Exists(buildPayload), "The build did not write " + buildPayload + ":\n" + run.Output);
            string[] lines = run.Output.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();

            // Printed: the compile-time JSON, on the line after its heading, is the build's file.
            int heading = Array.FindIndex(lines, line => line.StartsWith("Compile-time CreateAlgorithm JSON", StringComparison.Ordinal));
            Assert.True(heading >= 0 && heading + 1 < lines.Length, "No compile-time JSON printed:\n" + run.Output);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(lines[heading + 1]), JsonNode.Parse(File.ReadAllText(buildPayload))), "The printed JSON is not the build's file:\n" + run.Output);

            // Validated and written: the dry run names its file, which holds the build's bytes.
            Match written = Regex.Match(run.Output, "'" + AlgorithmName + "' is valid; payload written to (?<path>\\S+)");
            Assert.True(written.Success, "No dry-run file reported:\n" + run.Output);
            string dryRunPayload = written.Groups["path"].Value;
            Assert.Equal(File.ReadAllBytes(buildPayload), File.ReadAllBytes(dryRunPayload));
            Assert.True(File.GetLastWriteTimeUtc(dryRunPayload) >= File.GetLastWriteTimeUtc(buildPayload), "The dry-run file is older than this run's build.");

            // Ready for `aws sagemaker create-algorithm --cli-input-json file://...`: botocore's model accepts it, and
            // the real AWS CLI sends exactly its content.
            ProcessResult validation = ProcessRunner.Run("python3", new[] { RepositoryRoot.Combine("tests/tools/validate_payload.py"), buildPayload });
            Assert.True(validation.ExitCode == 0, validation.Describe());
            ProcessResult cli = ProcessRunner.Run("python3", new[] { RepositoryRoot.Combine("tests/tools/cli_roundtrip.py"), "--timeout", "100", buildPayload });
            Assert.True(cli.ExitCode == 0, cli.Describe());
        }
    }

    /// <summary>The tests that run `dotnet build` or `dotnet run`: one after another, so they never compete for the CPU.</summary>
    [CollectionDefinition(Name)]
    public sealed class DotnetBuildCollection
    {
        public const string Name = "dotnet builds";
    }
}
