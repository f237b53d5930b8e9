using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Package.Tests.Infrastructure
{
    /// <summary>
    /// Packs every package from this repository's sources into a local folder feed with the script users run
    /// (build/scripts/pack-local-feed.sh), once for all the tests of <see cref="PackageFeedCollection"/>. Everything
    /// lives in one new folder under the system temp folder, outside the repository (so no Directory.Build.props of the
    /// repository applies to the consumers):
    ///
    ///   feed/        the local feed: every package's .&lt;version&gt;.nupkg and .snupkg
    ///   artifacts/   the Release build output of the packed projects (the script's ALGORITHMGEN_PACK_ARTIFACTS), so
    ///                that packing never touches the repository's bin/ and obj/ folders
    ///   packages/    the NuGet global packages folder of every consumer command (NUGET_PACKAGES): new for each run,
    ///                so no package cached by an earlier run, of AlgorithmGen or anything else, can hide a change
    ///   consumers/   one folder per consumer project
    ///
    /// The consumers restore from the feed first and then from the machine's own package sources (as
    /// `dotnet nuget list source` reports them), for AWSSDK.Core, the compiler toolset and the like.
    /// Set ALGORITHMGEN_KEEP_PACKAGE_TEST_FILES=1 to keep the folder for a look after the run.
    /// </summary>
    public sealed class PackageFeed : IDisposable
    {
        /// <summary>How long the pack script may take (cold Release builds of every package on 2 busy cores).</summary>
        public static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(25);

        /// <summary>The script that packs every package into a feed, from the repository root.</summary>
        public const string PackScript = "build/scripts/pack-local-feed.sh";

        /// <summary>How long one restore, build, run or tool command of a consumer may take.</summary>
        public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(4);

        private readonly List<Cli.Result> _log = new();

        public PackageFeed()
        {
            RepoRoot = RepositoryRoot.Path;
            Version = ReadRepositoryProperty(RepoRoot, "Version");
            RepositoryUrl = ReadRepositoryProperty(RepoRoot, "RepositoryUrl");
            Root = Path.Combine(Path.GetTempPath(), "algorithmgen-package-tests", Guid.NewGuid().ToString("N"));
            FeedDirectory = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
            ArtifactsDirectory = Directory.CreateDirectory(Path.Combine(Root, "artifacts")).FullName;
            PackagesDirectory = Directory.CreateDirectory(Path.Combine(Root, "packages")).FullName;
            Directory.CreateDirectory(Path.Combine(Root, "consumers"));
            // Stops MSBuild's upward search for Directory.Build.* and Directory.Packages.props at this folder.
            WriteIsolationFiles(Root);

            MachineSources = ReadMachineSources();
            try
            {
                PackAll(FeedDirectory, ArtifactsDirectory);
            }
            catch
            {
                Dispose();
                throw;
            }
        }

        /// <summary>The repository's root folder (with a trailing separator).</summary>
        public string RepoRoot { get; }

        /// <summary>The packages' version: Directory.Build.props's Version.</summary>
        public string Version { get; }

        /// <summary>The declared repository: Directory.Build.props's RepositoryUrl.</summary>
        public string RepositoryUrl { get; }

        /// <summary>The IDs of the packages in the feed (every .nupkg the script wrote).</summary>
        public IReadOnlyList<string> PackageIds =>
            Directory.GetFiles(FeedDirectory, "*." + Version + ".nupkg")
                .Select(file => Path.GetFileName(file).Substring(0, Path.GetFileName(file).Length - (Version.Length + ".nupkg".Length + 1)))
                .OrderBy(id => id, StringComparer.Ordinal)
                .ToArray();

        /// <summary>This run's folder under the temp folder.</summary>
        public string Root { get; }

        /// <summary>The local folder feed.</summary>
        public string FeedDirectory { get; }

        /// <summary>The Release build output of the packed projects.</summary>
        public string ArtifactsDirectory { get; }

        /// <summary>The NuGet global packages folder of the consumers.</summary>
        public string PackagesDirectory { get; }

        /// <summary>The machine's enabled package sources, by name: what the consumers restore everything else from.</summary>
        public IReadOnlyList<(string Name, string Url)> MachineSources { get; }

        /// <summary>The commands the feed ran, with their output and duration.</summary>
        public IReadOnlyList<Cli.Result> Log
        {
            get
            {
                lock (_log)
                {
                    return _log.ToArray();
                }
            }
        }

        /// <summary>The version Directory.Packages.props gives package <paramref name="id"/>, for consumers that need it too.</summary>
        public string CentralVersionOf(string id)
        {
            XElement? entry = XDocument.Load(Path.Combine(RepoRoot, "Directory.Packages.props")).Descendants("PackageVersion")
                .FirstOrDefault(version => (string?)version.Attribute("Include") == id);
            Assert.True(entry is not null, "Directory.Packages.props has no version of " + id);
            return (string)entry!.Attribute("Version")!;
        }

        /// <summary>The path of package <paramref name="id"/> in the feed.</summary>
        public string PackagePath(string id) => Path.Combine(FeedDirectory, id + "." + Version + ".nupkg");

        /// <summary>The path of package <paramref name="id"/>'s symbol package in the feed.</summary>
        public string SymbolPackagePath(string id) => Path.Combine(FeedDirectory, id + "." + Version + ".snupkg");

        /// <summary>The environment of every consumer command: its own global packages folder.</summary>
        public IReadOnlyDictionary<string, string?> ConsumerEnvironment => new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = PackagesDirectory,
        };

        /// <summary>
        /// Runs the pack script: every package into <paramref name="feedDirectory"/>, building in
        /// <paramref name="artifactsDirectory"/>.
        /// </summary>
        public Cli.Result PackAll(string feedDirectory, string artifactsDirectory)
        {
            Cli.Result result = Cli.Run(
                "bash",
                RepoRoot,
                new Dictionary<string, string?> { ["ALGORITHMGEN_PACK_ARTIFACTS"] = artifactsDirectory },
                PackTimeout,
                Path.Combine(RepoRoot, PackScript), feedDirectory);
            Record(result);
            Assert.True(result.ExitCode == 0, PackScript + " failed: " + result);
            Assert.Equal(Path.GetFullPath(feedDirectory), result.Output.TrimEnd().Split('\n').Last());
            return result;
        }

        /// <summary>A new empty folder for a consumer, with the isolation files and a NuGet.Config for the feed.</summary>
        public string NewConsumerDirectory(string name)
        {
            string directory = Directory.CreateDirectory(Path.Combine(Root, "consumers", name + "-" + Guid.NewGuid().ToString("N").Substring(0, 8))).FullName;
            WriteIsolationFiles(directory);
            File.WriteAllText(Path.Combine(directory, "NuGet.Config"), NuGetConfig());
            return directory;
        }

        /// <summary>Keeps <paramref name="result"/> in <see cref="Log"/>.</summary>
        public void Record(Cli.Result result)
        {
            lock (_log)
            {
                _log.Add(result);
            }
        }

        /// <summary>
        /// The consumers' NuGet.Config: the feed first, then the machine's sources under their own names (so that any
        /// credentials the machine has for them still apply), the global packages folder of this run, and no fallback
        /// folders.
        /// </summary>
        private string NuGetConfig()
        {
            var sources = new XElement("packageSources",
                new XElement("clear"),
                new XElement("add", new XAttribute("key", "algorithmgen-local-feed"), new XAttribute("value", FeedDirectory)));
            foreach (var (name, url) in MachineSources)
            {
                sources.Add(new XElement("add", new XAttribute("key", name), new XAttribute("value", url)));
            }

            var document = new XDocument(
                new XElement("configuration",
                    sources,
                    new XElement("fallbackPackageFolders", new XElement("clear")),
                    new XElement("config", new XElement("add", new XAttribute("key", "globalPackagesFolder"), new XAttribute("value", PackagesDirectory)))));
            return document.ToString();
        }

        /// <summary>A NuGet.Config with the machine's sources only: a user's own configuration, for a home of the test's.</summary>
        public string MachineSourcesConfig()
        {
            var sources = new XElement("packageSources");
            foreach (var (name, url) in MachineSources)
            {
                sources.Add(new XElement("add", new XAttribute("key", name), new XAttribute("value", url)));
            }

            return new XDocument(new XElement("configuration", sources)).ToString();
        }

        private IReadOnlyList<(string Name, string Url)> ReadMachineSources()
        {
            // Run in this run's folder, outside any repository: the user's and the machine's configuration only.
            Cli.Result result = Cli.Dotnet(Root, environment: null, CommandTimeout, "nuget", "list", "source", "--format", "detailed");
            Record(result);
            Assert.True(result.ExitCode == 0, "dotnet nuget list source failed: " + result);

            // "  1.  nuget.org [Enabled]" followed by "      https://api.nuget.org/v3/index.json"
            var sources = new List<(string, string)>();
            string[] lines = result.Output.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
            var header = new Regex(@"^\s*\d+\.\s+(?<name>.+?)\s+\[(?<state>[^\]]+)\]\s*$");
            for (int i = 0; i + 1 < lines.Length; i++)
            {
                Match match = header.Match(lines[i]);
                if (match.Success && match.Groups["state"].Value.Equals("Enabled", StringComparison.OrdinalIgnoreCase))
                {
                    sources.Add((match.Groups["name"].Value, lines[i + 1].Trim()));
                }
            }

            Assert.True(sources.Count > 0, "The machine has no enabled NuGet source for AWSSDK.Core and the other dependencies: " + result);
            return sources;
        }

        /// <summary>Stops MSBuild's upward search for Directory.Build.* and Directory.Packages.props at <paramref name="directory"/>.</summary>
        public static void WriteIsolationFiles(string directory)
        {
            foreach (string file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            {
                File.WriteAllText(Path.Combine(directory, file), "<Project />\n");
            }
        }

        private static string ReadRepositoryProperty(string repoRoot, string name)
        {
            string? value = XDocument.Load(Path.Combine(repoRoot, "Directory.Build.props")).Descendants(name).FirstOrDefault()?.Value.Trim();
            Assert.False(string.IsNullOrEmpty(value), "Directory.Build.props has no " + name + ".");
            return value!;
        }

        public void Dispose()
        {
            if (Environment.GetEnvironmentVariable("ALGORITHMGEN_KEEP_PACKAGE_TEST_FILES") == "1")
            {
                return;
            }

            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: the temp folder is cleaned anyway.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>The tests that share one <see cref="PackageFeed"/>; they run one after another.</summary>
    [CollectionDefinition(Name)]
    public sealed class PackageFeedCollection : ICollectionFixture<PackageFeed>
    {
        public const string Name = "AlgorithmGen package feed";
    }
}
