using System.IO;
using System.Text.Json.Nodes;
using AlgorithmGen.Package.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace AlgorithmGen.Package.Tests
{
    /// <summary>The `algorithmgen` dotnet tool, installed from the local feed into a tool path, on a consumer's build output.</summary>
    [Collection(PackageFeedCollection.Name)]
    public sealed class ToolTests
    {
        private readonly PackageFeed _feed;
        private readonly ITestOutputHelper _output;

        public ToolTests(PackageFeed feed, ITestOutputHelper output)
        {
            _feed = feed;
            _output = output;
        }

        [Fact]
        public void InstalledTool_ExportsTheBuildsPayloadAndValidatesFiles()
        {
            var consumer = Consumer.Create(_feed, _output, "tool");
            Cli.Result build = consumer.Build();
            Assert.True(build.ExitCode == 0, build.ToString());

            string toolPath = Path.Combine(consumer.Directory, "tools");
            consumer.DotnetSucceeds("tool", "install", "--tool-path", toolPath, "AlgorithmGen.Tool", "--version", _feed.Version, "--add-source", _feed.FeedDirectory);
            string tool = Path.Combine(toolPath, "algorithmgen");

            Cli.Result version = consumer.Run(tool, "--version");
            Assert.True(version.ExitCode == 0, version.ToString());
            Assert.StartsWith(_feed.Version, version.Output.Trim());

            // export: the same bytes the build wrote.
            string exportDirectory = Path.Combine(consumer.Directory, "exported");
            Cli.Result export = consumer.Run(tool, "export", consumer.AssemblyPath, "--output", exportDirectory);
            Assert.True(export.ExitCode == 0, export.ToString());
            string exported = Path.Combine(exportDirectory, Consumer.AlgorithmName + ".create-algorithm.json");
            Assert.Contains("wrote " + exported, export.Output);
            Assert.Equal(File.ReadAllBytes(consumer.PayloadFile), File.ReadAllBytes(exported));

            // An assembly without algorithms (the runtime library itself) has nothing to export.
            Cli.Result nothing = consumer.Run(tool, "export", Path.Combine(consumer.OutputDirectory, "AlgorithmGen.dll"), "--output", exportDirectory);
            Assert.True(nothing.ExitCode == 1, nothing.ToString());
            Assert.Contains("holds no algorithm", nothing.Output);

            // validate: the exported file is valid, with the class's one warning.
            Cli.Result valid = consumer.Run(tool, "validate", exported);
            Assert.True(valid.ExitCode == 0, valid.ToString());
            Assert.Contains("OK " + exported, valid.Output);
            Assert.Contains("WARNING " + exported + ": TrainingSpecification.SupportedHyperParameters[0].DefaultValue: AG0101", valid.Output);

            // validate: a broken copy fails, naming each problem's path.
            JsonNode request = JsonNode.Parse(File.ReadAllText(exported))!;
            request["NotAMember"] = 1;
            request["TrainingSpecification"]!["TrainingImage"] = new string('x', 300);
            string broken = Path.Combine(consumer.Directory, "broken.json");
            File.WriteAllText(broken, request.ToJsonString());
            Cli.Result invalid = consumer.Run(tool, "validate", exported, broken);
            Assert.True(invalid.ExitCode == 1, invalid.ToString());
            Assert.Contains("OK " + exported, invalid.Output);
            Assert.Contains("ERROR " + broken + ": NotAMember: AGT003 unknown member", invalid.Output);
            Assert.Contains("ERROR " + broken + ": TrainingSpecification.TrainingImage: ", invalid.Output);
            Assert.Contains("FAIL " + broken, invalid.Output);

            Cli.Result usage = consumer.Run(tool, "validate");
            Assert.True(usage.ExitCode == 2, usage.ToString());
        }
    }
}
