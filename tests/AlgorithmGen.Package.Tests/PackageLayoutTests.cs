using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using AlgorithmGen.Package.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace AlgorithmGen.Package.Tests
{
    /// <summary>What is inside the packages: files, dependencies, metadata.</summary>
    [Collection(PackageFeedCollection.Name)]
    public sealed class PackageLayoutTests
    {
        private readonly PackageFeed _feed;
        private readonly ITestOutputHelper _output;

        public PackageLayoutTests(PackageFeed feed, ITestOutputHelper output)
        {
            _feed = feed;
            _output = output;
        }

        [Fact]
        public void AlgorithmGen_HasTheLibraryAnalyzersBuildFilesTaskAndReadme()
        {
            foreach (Cli.Result result in _feed.Log.Take(3))
            {
                _output.WriteLine($"[{result.Duration.TotalSeconds,5:0.0} s] {result.Command}");
            }

            // The rule pages the diagnostics link to, readable offline: every page of the repository's docs/rules.
            string[] rulePages = Directory.GetFiles(Path.Combine(_feed.RepoRoot, "docs", "rules"), "*.md")
                .Select(page => "docs/rules/" + Path.GetFileName(page))
                .ToArray();
            Assert.Contains("docs/rules/AG0101.md", rulePages);

            using ZipArchive package = ZipFile.OpenRead(_feed.PackagePath("AlgorithmGen"));
            Assert.Equal(
                new[]
                {
                    "analyzers/dotnet/roslyn4.14/cs/AlgorithmGen.CodeFixes.dll",
                    "analyzers/dotnet/roslyn4.14/cs/AlgorithmGen.Generators.dll",
                    "build/AlgorithmGen.props",
                    "build/AlgorithmGen.targets",
                    "lib/net8.0/AlgorithmGen.dll",
                    "lib/net8.0/AlgorithmGen.xml",
                    "lib/netstandard2.0/AlgorithmGen.dll",
                    "lib/netstandard2.0/AlgorithmGen.xml",
                    "LICENSE",
                    "README.md",
                    "tasks/netstandard2.0/AlgorithmGen.Build.dll",
                }.Concat(rulePages).OrderBy(name => name, StringComparer.OrdinalIgnoreCase),
                ContentFiles(package));

            // The packed build files, readme, license and rule pages are the repository's.
            foreach (string file in new[] { "build/AlgorithmGen.props", "build/AlgorithmGen.targets", "README.md", "LICENSE" }.Concat(rulePages))
            {
                Assert.True(File.ReadAllBytes(Path.Combine(_feed.RepoRoot, file)).SequenceEqual(Read(package, file)), file + " differs from the repository's");
            }

            XElement metadata = Nuspec(package, "AlgorithmGen.nuspec");
            Assert.Equal("AlgorithmGen", Value(metadata, "id"));
            Assert.Equal(_feed.Version, Value(metadata, "version"));
            Assert.Equal("README.md", Value(metadata, "readme"));
            Assert.Equal("MIT", Value(metadata, "license"));

            // One dependency group per lib folder; the library's runtime dependencies, nothing of Roslyn or MSBuild
            // (the analyzer and task projects reference those with PrivateAssets=all).
            Dictionary<string, string[]> groups = metadata.Elements().Single(e => e.Name.LocalName == "dependencies")
                .Elements().ToDictionary(
                    group => (string)group.Attribute("targetFramework")!,
                    group => group.Elements().Select(dependency => (string)dependency.Attribute("id")!).ToArray());
            Assert.Equal(new[] { ".NETStandard2.0", "net8.0" }, groups.Keys.OrderBy(key => key, StringComparer.Ordinal));
            foreach (var (framework, ids) in groups)
            {
                Assert.Contains("AWSSDK.Core", ids);
                Assert.DoesNotContain(ids, id => id.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase)
                                                 || id.StartsWith("Microsoft.Build", StringComparison.OrdinalIgnoreCase)
                                                 || id == "System.Reflection.Metadata");
                _output.WriteLine(framework + ": " + string.Join(", ", ids));
            }

            // The analyzers are built against the Roslyn of their folder name, so that compiler can load them.
            foreach (string analyzer in new[] { "AlgorithmGen.Generators", "AlgorithmGen.CodeFixes" })
            {
                Version roslyn = ReferencedVersion(Read(package, $"analyzers/dotnet/roslyn4.14/cs/{analyzer}.dll"), "Microsoft.CodeAnalysis");
                Assert.True(roslyn <= new Version(4, 14, 0, 0), $"{analyzer} references Microsoft.CodeAnalysis {roslyn}, newer than its folder roslyn4.14");
            }
        }

        [Fact]
        public void AlgorithmGenTool_IsADotnetToolNamedAlgorithmgen()
        {
            using ZipArchive package = ZipFile.OpenRead(_feed.PackagePath("AlgorithmGen.Tool"));
            XElement metadata = Nuspec(package, "AlgorithmGen.Tool.nuspec");
            Assert.Equal("AlgorithmGen.Tool", Value(metadata, "id"));
            Assert.Equal(_feed.Version, Value(metadata, "version"));
            Assert.Contains(metadata.Descendants().Where(e => e.Name.LocalName == "packageType"), type => (string?)type.Attribute("name") == "DotnetTool");
            Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");

            XDocument settings = XDocument.Load(new MemoryStream(Read(package, "tools/net8.0/any/DotnetToolSettings.xml")));
            XElement command = Assert.Single(settings.Descendants("Command"));
            Assert.Equal("algorithmgen", (string?)command.Attribute("Name"));
            Assert.Equal("AlgorithmGen.Tool.dll", (string?)command.Attribute("EntryPoint"));
        }

        [Fact]
        public void AlgorithmGenHosting_PacksWithADependencyOnTheAlgorithmGenPackage()
        {
            using ZipArchive package = ZipFile.OpenRead(_feed.PackagePath("AlgorithmGen.Hosting"));
            XElement metadata = Nuspec(package, "AlgorithmGen.Hosting.nuspec");
            var groups = metadata.Elements().Single(e => e.Name.LocalName == "dependencies").Elements().ToArray();
            Assert.NotEmpty(groups);
            foreach (XElement group in groups)
            {
                XElement algorithmGen = Assert.Single(group.Elements(), dependency => (string?)dependency.Attribute("id") == "AlgorithmGen");
                Assert.Equal(_feed.Version, (string?)algorithmGen.Attribute("version"));
            }

            Assert.Contains("lib/netstandard2.0/AlgorithmGen.Hosting.dll", ContentFiles(package));
        }

        [Fact]
        public void AlgorithmGenTraining_PacksForNet8WithItsReadmeAndADependencyOnTheAlgorithmGenPackage()
        {
            using ZipArchive package = ZipFile.OpenRead(_feed.PackagePath("AlgorithmGen.Training"));
            XElement metadata = Nuspec(package, "AlgorithmGen.Training.nuspec");
            Assert.Equal("README.md", Value(metadata, "readme"));
            XElement group = Assert.Single(metadata.Elements().Single(e => e.Name.LocalName == "dependencies").Elements());
            Assert.Equal("net8.0", (string?)group.Attribute("targetFramework"));
            XElement algorithmGen = Assert.Single(group.Elements(), dependency => (string?)dependency.Attribute("id") == "AlgorithmGen");
            Assert.Equal(_feed.Version, (string?)algorithmGen.Attribute("version"));

            string[] files = ContentFiles(package);
            Assert.Contains("lib/net8.0/AlgorithmGen.Training.dll", files);
            Assert.Contains("lib/net8.0/AlgorithmGen.Training.xml", files);
            Assert.Contains("README.md", files);
        }

        private static string[] ContentFiles(ZipArchive package) =>
            package.Entries.Select(entry => entry.FullName)
                .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal)
                               && !name.StartsWith("package/", StringComparison.Ordinal)
                               && name != "[Content_Types].xml"
                               && !name.EndsWith(".nuspec", StringComparison.Ordinal))
                .OrderBy(name => name, StringComparer.OrdinalIgnoreCase)
                .ToArray();

        private static byte[] Read(ZipArchive package, string entryName)
        {
            ZipArchiveEntry? entry = package.GetEntry(entryName);
            Assert.True(entry is not null, "The package has no " + entryName);
            using Stream stream = entry!.Open();
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            return bytes.ToArray();
        }

        private static XElement Nuspec(ZipArchive package, string name) =>
            XDocument.Load(new MemoryStream(Read(package, name))).Root!.Elements().Single(e => e.Name.LocalName == "metadata");

        private static string? Value(XElement metadata, string name) =>
            metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        private static Version ReferencedVersion(byte[] assembly, string referenceName)
        {
            using var reader = new PEReader(new MemoryStream(assembly));
            MetadataReader metadata = reader.GetMetadataReader();
            AssemblyReference reference = metadata.AssemblyReferences.Select(metadata.GetAssemblyReference)
                .Single(r => metadata.GetString(r.Name) == referenceName);
            return reference.Version;
        }
    }
}
