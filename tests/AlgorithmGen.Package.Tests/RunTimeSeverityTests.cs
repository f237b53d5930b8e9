using System;
using AlgorithmGen.Package.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace AlgorithmGen.Package.Tests
{
    /// <summary>
    /// A real `dotnet build` of a consumer whose .editorconfig makes AG0202 (an error in the catalogue) a warning: the
    /// build passes, and the built program's registration accepts the request too, because the generator baked the
    /// build's severity into the definition.
    /// </summary>
    [Collection(PackageFeedCollection.Name)]
    public sealed class RunTimeSeverityTests
    {
        private const string ProgramSource = """
            using AlgorithmGen;
            using App;

            Console.WriteLine("BAKED: " + GradientBoostingAlgorithm.Definition.RuleSeverities);
            AlgorithmRegistrationResult result = await GradientBoostingAlgorithm.RegisterAsync(new AlgorithmRegistrationOptions { DryRun = true });
            foreach (var warning in result.Warnings)
            {
                Console.WriteLine("WARNING: " + warning.RuleId + " " + warning.Severity);
            }
            """;

        private readonly PackageFeed _feed;
        private readonly ITestOutputHelper _output;

        public RunTimeSeverityTests(PackageFeed feed, ITestOutputHelper output)
        {
            _feed = feed;
            _output = output;
        }

        [Fact]
        public void ARuleTheEditorConfigMadeAWarning_DoesNotBlockRegistration()
        {
            var consumer = Consumer.Create(_feed, _output, "runtime-severities");
            // A second metric of the same name: AG0202.
            consumer.WriteSource("GradientBoostingAlgorithm.cs", Consumer.AlgorithmSource.Replace(
                "public partial class", "[Metric(\"validation:rmse\", @\"rmse=([0-9.]+)\")]\npublic partial class", StringComparison.Ordinal));
            consumer.WriteSource("Program.cs", ProgramSource);
            consumer.WriteSource(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.AG0202.severity = warning\n");

            Cli.Result build = consumer.Build();
            Assert.True(build.ExitCode == 0, build.ToString());
            Assert.Contains("warning AG0202", build.Output, StringComparison.Ordinal);

            Cli.Result run = consumer.RunProgram();
            Assert.Contains("BAKED: AG0202=warning", run.Output, StringComparison.Ordinal);
            Assert.Contains("WARNING: AG0202 Warning", run.Output, StringComparison.Ordinal);
            // The build's other warning (AG0101, at its catalogue severity) is reported the same way.
            Assert.Contains("WARNING: AG0101 Warning", run.Output, StringComparison.Ordinal);
        }
    }
}
