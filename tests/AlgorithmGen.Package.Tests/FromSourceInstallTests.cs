using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using AlgorithmGen.Package.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace AlgorithmGen.Package.Tests
{
    /// <summary>
    /// README.md's from-source install, run as written: the block after <see cref="Marker"/> runs in bash from a folder
    /// holding the clone (a link named AlgorithmGen) and a user's project (MyAlgorithms). It runs as a user of this
    /// machine whose home is the test's: a NuGet.Config with the machine's sources, the machine's package cache, so the
    /// source it adds, the global tool and the template land in the test's folder, not the machine's configuration.
    /// Then what it installed is used: the project builds with the generator and its diagnostics link to the declared
    /// rule pages, the tool runs, and `dotnet new algorithmgen` creates a project whose build and tests pass.
    /// </summary>
    [Collection(PackageFeedCollection.Name)]
    public sealed class FromSourceInstallTests
    {
        /// <summary>The comment in README.md right before the block this test runs.</summary>
        public const string Marker = "<!-- from-source install: tests/AlgorithmGen.Package.Tests runs this block as it is -->";

        private readonly PackageFeed _feed;
        private readonly ITestOutputHelper _output;

        public FromSourceInstallTests(PackageFeed feed, ITestOutputHelper output)
        {
            _feed = feed;
            _output = output;
        }

        [Fact]
        public void ReadmeFromSourceCommands_InstallThePackagesToolAndTemplate()
        {
            string block = ReadmeBlock(File.ReadAllText(Path.Combine(_feed.RepoRoot, "README.md")));
            _output.WriteLine(block);

            string directory = Directory.CreateDirectory(Path.Combine(_feed.Root, "consumers", "readme-" + Guid.NewGuid().ToString("N").Substring(0, 8))).FullName;
            PackageFeed.WriteIsolationFiles(directory);
            Directory.CreateSymbolicLink(Path.Combine(directory, "AlgorithmGen"), _feed.RepoRoot);
            string home = Directory.CreateDirectory(Path.Combine(directory, "home")).FullName;
            Directory.CreateDirectory(Path.Combine(home, ".nuget", "NuGet"));
            File.WriteAllText(Path.Combine(home, ".nuget", "NuGet", "NuGet.Config"), _feed.MachineSourcesConfig());
            var environment = new Dictionary<string, string?>
            {
                ["HOME"] = home,
                ["DOTNET_CLI_HOME"] = home,
                ["NUGET_PACKAGES"] = NuGetGlobalPackagesFolder(directory),
                // The fixture's build folder: the script finds its projects built and only packs them again.
                ["ALGORITHMGEN_PACK_ARTIFACTS"] = _feed.ArtifactsDirectory,
            };

            Cli.Result create = Log(Cli.Dotnet(directory, environment, PackageFeed.CommandTimeout, "new", "console", "--output", "MyAlgorithms", "--name", "MyAlgorithms", "--framework", "net10.0", "--no-restore"));
            Assert.True(create.ExitCode == 0, create.ToString());
            string project = Path.Combine(directory, "MyAlgorithms");
            File.WriteAllText(Path.Combine(project, "GradientBoostingAlgorithm.cs"), Consumer.AlgorithmSource);

            File.WriteAllText(Path.Combine(directory, "install.sh"), block);
            Cli.Result install = Log(Cli.Run("bash", directory, environment, PackageFeed.PackTimeout, "-e", "install.sh"));
            Assert.True(install.ExitCode == 0, "README's from-source install failed: " + install);
            Assert.DoesNotContain("NU1603", install.Output);
            Assert.DoesNotContain("warning NU", install.Output);

            // The packages: referenced at the packed version, and the generator and analyzers run in the build.
            string projectFile = File.ReadAllText(Path.Combine(project, "MyAlgorithms.csproj"));
            foreach (string id in new[] { "AlgorithmGen", "AlgorithmGen.Hosting" })
            {
                Assert.Contains($"<PackageReference Include=\"{id}\" Version=\"{_feed.Version}\" />", projectFile);
            }

            string sarif = Path.Combine(project, "diagnostics.sarif");
            Cli.Result build = Log(Cli.Dotnet(project, environment, PackageFeed.CommandTimeout, "build", "-nodeReuse:false", "-p:ErrorLog=" + sarif + "%2Cversion=2.1"));
            Assert.True(build.ExitCode == 0, build.ToString());
            Assert.Contains("warning AG0101", build.Output);
            Assert.DoesNotContain("warning NU", build.Output);
            Assert.True(File.Exists(Path.Combine(project, "bin", "Debug", "net10.0", Consumer.AlgorithmName + ".create-algorithm.json")), "The build wrote no payload file:\n" + build);

            // The diagnostic's help link is the declared repository's rule page, and the package has the page too.
            JsonNode rule = JsonNode.Parse(File.ReadAllText(sarif))!["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray()
                .Single(r => (string?)r!["id"] == "AG0101")!;
            Assert.Equal(_feed.RepositoryUrl + "/blob/main/docs/rules/AG0101.md", (string?)rule["helpUri"]);
            string packageRoot = Path.Combine(environment["NUGET_PACKAGES"]!, "algorithmgen", _feed.Version);
            Assert.Equal(File.ReadAllBytes(Path.Combine(_feed.RepoRoot, "docs", "rules", "AG0101.md")), File.ReadAllBytes(Path.Combine(packageRoot, "docs", "rules", "AG0101.md")));

            // The global tool, in the test's CLI home.
            Cli.Result version = Log(Cli.Run(Path.Combine(home, ".dotnet", "tools", "algorithmgen"), directory, environment, PackageFeed.CommandTimeout, "--version"));
            Assert.True(version.ExitCode == 0, version.ToString());
            Assert.StartsWith(_feed.Version, version.Output.Trim());

            // The template, installed in the same home: a new project, restored through the source the block added,
            // built, and its own tests run.
            string templated = Directory.CreateDirectory(Path.Combine(directory, "templated")).FullName;
            Cli.Result created = Log(Cli.Dotnet(templated, environment, PackageFeed.CommandTimeout, "new", "algorithmgen", "--name", "Churn"));
            Assert.True(created.ExitCode == 0, created.ToString());
            string algorithm = File.ReadAllText(Path.Combine(templated, "Churn", "Churn", "ChurnAlgorithm.cs"));
            Assert.Contains("[Algorithm(\"churn\",", algorithm);
            Assert.Contains("public partial class ChurnAlgorithm", algorithm);

            Cli.Result test = Log(Cli.Dotnet(Path.Combine(templated, "Churn"), environment, PackageFeed.CommandTimeout, "test", "Churn.Tests", "-nodeReuse:false"));
            Assert.True(test.ExitCode == 0, test.ToString());
            Assert.Contains("Passed!  - Failed:     0, Passed:     2", test.Output);
            Assert.DoesNotContain("warning", test.Output);
            Assert.True(File.Exists(Path.Combine(templated, "Churn", "Churn", "bin", "Debug", "net10.0", "churn.create-algorithm.json")), "The template's build wrote no payload file:\n" + test);
        }

        /// <summary>The ```sh block right after <see cref="Marker"/>.</summary>
        private static string ReadmeBlock(string readme)
        {
            int marker = readme.IndexOf(Marker, StringComparison.Ordinal);
            Assert.True(marker >= 0, "README.md has no " + Marker);
            string[] lines = readme.Substring(marker + Marker.Length).Replace("\r\n", "\n").Split('\n');
            int start = Array.FindIndex(lines, line => line.Length > 0);
            Assert.True(start >= 0 && lines[start] == "```sh", "The marker is not followed by a ```sh block");
            int end = Array.IndexOf(lines, "```", start + 1);
            Assert.True(end > start, "The ```sh block after the marker does not end");
            return string.Join("\n", lines.Skip(start + 1).Take(end - start - 1)) + "\n";
        }

        /// <summary>The machine's NuGet global packages folder (as the user running the tests has it).</summary>
        private string NuGetGlobalPackagesFolder(string directory)
        {
            Cli.Result locals = Log(Cli.Dotnet(directory, environment: null, PackageFeed.CommandTimeout, "nuget", "locals", "global-packages", "--list"));
            Assert.True(locals.ExitCode == 0, locals.ToString());
            string line = locals.Output.Split('\n').Single(l => l.StartsWith("global-packages: ", StringComparison.Ordinal));
            return line.Substring("global-packages: ".Length).Trim();
        }

        private Cli.Result Log(Cli.Result result)
        {
            _feed.Record(result);
            _output.WriteLine($"[{result.Duration.TotalSeconds,5:0.0} s] exit {result.ExitCode}: {result.Command}");
            return result;
        }
    }
}
