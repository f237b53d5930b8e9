using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using AlgorithmGen.Package.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace AlgorithmGen.Package.Tests
{
    /// <summary>
    /// A user's console project consuming the AlgorithmGen package from the local feed: built with the SDK's compiler
    /// and with the oldest supported one (Microsoft.Net.Compilers.Toolset 4.14.0), run, and its output checked.
    /// </summary>
    [Collection(PackageFeedCollection.Name)]
    public sealed class ConsumerTests
    {
        // Diagnostics that would mean the generator or analyzers did not load or crashed: analyzer assembly cannot be
        // loaded (CS8032), built against a newer compiler (CS9057), an analyzer threw (AD0001), a generator failed (CS8785).
        private static readonly string[] LoadFailures = { "CS8032", "CS9057", "AD0001", "CS8785" };

        private readonly PackageFeed _feed;
        private readonly ITestOutputHelper _output;

        public ConsumerTests(PackageFeed feed, ITestOutputHelper output)
        {
            _feed = feed;
            _output = output;
        }

        [Fact]
        public void SdkCompiler_BuildReportsTheAnalyzerWritesThePayloadAndTheProgramRuns()
        {
            var consumer = Consumer.Create(_feed, _output, "sdk-compiler");

            Cli.Result build = consumer.Build();
            AssertBuiltWithAnalyzerWarning(build);
            AssertPayloadFileIsValid(consumer);

            string dryRunDirectory = Path.Combine(consumer.Directory, "dry-run");
            Cli.Result run = consumer.RunProgram(dryRunDirectory);
            AssertProgramOutput(consumer, run, dryRunDirectory);

            // The switch: no payload file, and IncrementalClean removes the one the last build wrote. The property also
            // reaches the generator (CompilerVisibleProperty in build/AlgorithmGen.props).
            Cli.Result switchedOff = consumer.Build("-p:AlgorithmGenWritePayloadFiles=false");
            Assert.True(switchedOff.ExitCode == 0, switchedOff.ToString());
            Assert.False(File.Exists(consumer.PayloadFile), "AlgorithmGenWritePayloadFiles=false still left " + consumer.PayloadFile + "\n" + switchedOff);
            Assert.DoesNotContain("AlgorithmGen: wrote", switchedOff.Output);
            string editorConfig = File.ReadAllText(Path.Combine(consumer.Directory, "App", "obj", "Debug", "net10.0", "App.GeneratedMSBuildEditorConfig.editorconfig"));
            Assert.Contains("build_property.AlgorithmGenWritePayloadFiles = false", editorConfig);

            // And back on.
            Cli.Result switchedOn = consumer.Build();
            Assert.True(switchedOn.ExitCode == 0, switchedOn.ToString());
            Assert.True(File.Exists(consumer.PayloadFile), "The payload file did not come back:\n" + switchedOn);
        }

        [Fact]
        public void CompilerToolset414_LoadsTheGeneratorAndAnalyzers()
        {
            var consumer = Consumer.Create(_feed, _output, "toolset-4.14");
            consumer.AddPackage("Microsoft.Net.Compilers.Toolset", "4.14.0");
            // The 4.14.0 package predates RoslynCompilerType: without this, the .NET 10 SDK quietly puts its own compiler
            // back (Microsoft.NET.Sdk.BeforeCommon.targets). Newer toolset packages set it themselves.
            consumer.SetProperty("RoslynCompilerType", "Custom");

            // -v:n logs the compiler's command line; without the compiler server it is `dotnet exec <path>/csc.dll`.
            Cli.Result build = consumer.Build("-v:n", "-p:UseSharedCompilation=false");
            AssertBuiltWithAnalyzerWarning(build);

            string[] compilerCalls = build.Output.Split('\n').Where(line => line.Contains("csc", StringComparison.Ordinal) && line.Contains("/out:", StringComparison.Ordinal)).ToArray();
            string compilerCall = Assert.Single(compilerCalls);
            string toolsetCompiler = Path.Combine(_feed.PackagesDirectory, "microsoft.net.compilers.toolset", "4.14.0", "tasks", "netcore", "bincore", "csc.dll");
            Assert.True(compilerCall.Contains(toolsetCompiler, StringComparison.Ordinal), "The compiler did not come from the toolset package:\n" + compilerCall);
            string analyzerFolder = Path.Combine(_feed.PackagesDirectory, "algorithmgen", _feed.Version.ToLowerInvariant(), "analyzers", "dotnet", "roslyn4.14", "cs");
            Assert.Contains("/analyzer:" + Path.Combine(analyzerFolder, "AlgorithmGen.Generators.dll"), compilerCall);
            Assert.Contains("/analyzer:" + Path.Combine(analyzerFolder, "AlgorithmGen.CodeFixes.dll"), compilerCall);

            Cli.Result version = consumer.Dotnet("exec", toolsetCompiler, "-version");
            Assert.True(version.ExitCode == 0, version.ToString());
            Assert.StartsWith("4.14.0", version.Output.Trim());
            _output.WriteLine("toolset compiler: " + version.Output.Trim());

            AssertPayloadFileIsValid(consumer);
            string dryRunDirectory = Path.Combine(consumer.Directory, "dry-run");
            AssertProgramOutput(consumer, consumer.RunProgram(dryRunDirectory), dryRunDirectory);
        }

        [Fact]
        public void CompilerOlderThan414_IsToldWhyNothingIsGenerated()
        {
            // The SDK picks analyzers/dotnet/roslynX.Y folders by the compiler's API version (CompilerApiVersion, which
            // it reads from the compiler's task assembly). Setting it to roslyn4.8 makes the SDK behave as with the
            // compiler of Visual Studio 17.8 / .NET SDK 8.0.1xx: the package's roslyn4.14 folder is skipped. Simulated,
            // because no older compiler restores here: Microsoft.Net.Compilers.Toolset 4.8.x and 4.11.x are not served by
            // the machine's NuGet feed (a restore of 4.8.0 or 4.11.0 takes 4.14.0 instead, NU1603).
            var consumer = Consumer.Create(_feed, _output, "roslyn-4.8");
            Cli.Result build = consumer.Build("-p:CompilerApiVersion=roslyn4.8");

            Assert.True(build.ExitCode != 0, "Without the generator the program cannot compile:\n" + build);
            Assert.Contains("warning AGP001", build.Output);
            // The type or namespace name 'Generated' does not exist in the namespace 'AlgorithmGen'.
            Assert.Contains("error CS0234", build.Output);
            Assert.DoesNotContain("AG0101", build.Output);
        }

        private void AssertBuiltWithAnalyzerWarning(Cli.Result build)
        {
            Assert.True(build.ExitCode == 0, build.ToString());
            Assert.Contains("GradientBoostingAlgorithm.cs(15,", build.Output);
            Assert.Contains("warning AG0101", build.Output);
            foreach (string id in LoadFailures)
            {
                Assert.False(build.Output.Contains(id, StringComparison.Ordinal), $"The build reported {id}:\n{build}");
            }

            Assert.Contains("AlgorithmGen: wrote", build.Output);
        }

        private void AssertPayloadFileIsValid(Consumer consumer)
        {
            Assert.True(File.Exists(consumer.PayloadFile), "The build wrote no " + consumer.PayloadFile);
            Cli.Result validation = consumer.Run("python3", Path.Combine(_feed.RepoRoot, "tests", "tools", "validate_payload.py"), consumer.PayloadFile);
            Assert.True(validation.ExitCode == 0, "validate_payload.py rejected the payload file:\n" + validation);
            Assert.Contains("OK ", validation.Output);
        }

        private static void AssertProgramOutput(Consumer consumer, Cli.Result run, string dryRunDirectory)
        {
            string[] lines = run.Output.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
            Assert.Contains("CATALOG: " + Consumer.AlgorithmName, lines);
            Assert.Contains("ROUNDTRIP: True", lines);

            // The compile-time constant is the build's payload file, compact.
            string json = Assert.Single(lines, line => line.StartsWith("JSON: ", StringComparison.Ordinal)).Substring("JSON: ".Length);
            JsonNode? compileTime = JsonNode.Parse(json);
            JsonNode? file = JsonNode.Parse(File.ReadAllText(consumer.PayloadFile));
            Assert.True(JsonNode.DeepEquals(compileTime, file), $"The compile-time JSON and the payload file differ:\n{json}\n{File.ReadAllText(consumer.PayloadFile)}");
            Assert.Equal(Consumer.AlgorithmName, (string?)compileTime!["AlgorithmName"]);

            // The runtime's dry run writes the same bytes as the build.
            string dryRunFile = Path.Combine(dryRunDirectory, Consumer.AlgorithmName + ".create-algorithm.json");
            Assert.Contains("DRYRUN: " + dryRunFile, lines);
            Assert.Equal(File.ReadAllBytes(consumer.PayloadFile), File.ReadAllBytes(dryRunFile));
        }
    }
}
