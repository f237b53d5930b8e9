using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AlgorithmGen.Package.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace AlgorithmGen.Package.Tests
{
    /// <summary>
    /// What every package carries besides its code (metadata, license, readme, symbols with SourceLink), and that packing
    /// the same sources again, elsewhere, gives the same bytes.
    /// </summary>
    [Collection(PackageFeedCollection.Name)]
    public sealed class ReproducibleTests
    {
        /// <summary>SourceLink's custom debug information in a portable PDB.</summary>
        private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

        private static readonly string[] ExpectedPackages =
        {
            "AlgorithmGen", "AlgorithmGen.Hosting", "AlgorithmGen.Serving", "AlgorithmGen.Templates", "AlgorithmGen.Tool", "AlgorithmGen.Training",
        };

        private readonly PackageFeed _feed;
        private readonly ITestOutputHelper _output;

        public ReproducibleTests(PackageFeed feed, ITestOutputHelper output)
        {
            _feed = feed;
            _output = output;
        }

        [Fact]
        public void EveryPackage_DeclaresTheRepositoryLicenseReadmeAndReleaseNotes()
        {
            Assert.Equal(ExpectedPackages, _feed.PackageIds);
            byte[] license = File.ReadAllBytes(Path.Combine(_feed.RepoRoot, "LICENSE"));
            foreach (string id in _feed.PackageIds)
            {
                using ZipArchive package = ZipFile.OpenRead(_feed.PackagePath(id));
                XElement metadata = Nuspec(package, id);
                Assert.Equal("MIT", Value(metadata, "license"));
                Assert.Equal(_feed.RepositoryUrl, Value(metadata, "projectUrl"));
                XElement repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
                Assert.Equal("git", (string?)repository.Attribute("type"));
                Assert.Equal(_feed.RepositoryUrl, (string?)repository.Attribute("url"));
                Assert.Matches("^[0-9a-f]{40}$", (string?)repository.Attribute("commit") ?? "");
                Assert.Contains(_feed.RepositoryUrl + "/blob/main/CHANGELOG.md", Value(metadata, "releaseNotes"));
                string readme = Value(metadata, "readme") ?? throw new Xunit.Sdk.XunitException(id + " has no readme");
                Assert.NotEmpty(Read(package, readme));
                Assert.True(license.SequenceEqual(Read(package, "LICENSE")), id + ": LICENSE differs from the repository's");
            }
        }

        [Fact]
        public void EveryAssembly_HasItsPdbWithSourceLinkToTheDeclaredRepositoryAndNoBuildPath()
        {
            // "/_/*" is the repository root (SourceLink), at the packed commit.
            string rawUrl = Regex.Replace(_feed.RepositoryUrl, "^https://github.com/", "https://raw.githubusercontent.com/");
            int checkedAssemblies = 0;
            foreach (string id in _feed.PackageIds)
            {
                using ZipArchive package = ZipFile.OpenRead(_feed.PackagePath(id));
                using ZipArchive? symbols = File.Exists(_feed.SymbolPackagePath(id)) ? ZipFile.OpenRead(_feed.SymbolPackagePath(id)) : null;
                string commit = (string)Nuspec(package, id).Elements().Single(e => e.Name.LocalName == "repository").Attribute("commit")!;
                foreach (ZipArchiveEntry entry in package.Entries.Where(e => Path.GetFileName(e.FullName).StartsWith("AlgorithmGen", StringComparison.Ordinal)
                                                                             && e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
                {
                    string pdbName = Path.ChangeExtension(entry.FullName, ".pdb");
                    byte[]? pdbFile = symbols?.GetEntry(pdbName) is { } inSymbols ? ReadEntry(inSymbols)
                                      : package.GetEntry(pdbName) is { } inPackage ? ReadEntry(inPackage)
                                      : null;
                    string where = CheckSymbols(id + ": " + entry.FullName, ReadEntry(entry), pdbFile, rawUrl + "/" + commit + "/*");
                    _output.WriteLine($"{id}: {entry.FullName}: PDB {where}, SourceLink to {rawUrl}/{commit}/*");
                    checkedAssemblies++;
                }

                // The library's PDBs are in the symbol package, not the package.
                if (package.Entries.Any(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
                {
                    Assert.True(symbols is not null, id + " has no .snupkg");
                    Assert.DoesNotContain(package.Entries, e => e.FullName.StartsWith("lib/", StringComparison.Ordinal) && e.FullName.EndsWith(".pdb", StringComparison.Ordinal));
                }
            }

            Assert.True(checkedAssemblies >= 10, "Only " + checkedAssemblies + " assemblies were found in the packages");
        }

        [Fact]
        public void PackingAgainElsewhere_GivesTheSameBytes()
        {
            // Another feed and another build folder: the same bytes prove the build folder is nowhere in them.
            string feed = Path.Combine(_feed.Root, "feed-again");
            Cli.Result again = _feed.PackAll(feed, Path.Combine(_feed.Root, "artifacts-again"));
            _output.WriteLine($"[{again.Duration.TotalSeconds,5:0.0} s] {again.Command}");

            string[] first = Directory.GetFiles(_feed.FeedDirectory).Select(Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal).ToArray()!;
            string[] second = Directory.GetFiles(feed).Select(Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal).ToArray()!;
            Assert.Equal(first, second);
            // Both packs must be of one commit: the packages name it, and the script dates their entries by it.
            Assert.True(PackedCommit(Path.Combine(_feed.FeedDirectory, "AlgorithmGen." + _feed.Version + ".nupkg")) == PackedCommit(Path.Combine(feed, "AlgorithmGen." + _feed.Version + ".nupkg")),
                "The clone's HEAD moved between the two packs (a commit during the test run); run the tests again.");
            Assert.Contains(first, name => name.EndsWith(".snupkg", StringComparison.Ordinal));
            foreach (string name in first)
            {
                byte[] original = File.ReadAllBytes(Path.Combine(_feed.FeedDirectory, name));
                byte[] repacked = File.ReadAllBytes(Path.Combine(feed, name));
                Assert.True(original.SequenceEqual(repacked), name + " differs between two packs of the same sources:\n" + DescribeDifference(Path.Combine(_feed.FeedDirectory, name), Path.Combine(feed, name)));

                // And the clone's own path is in none of the files either.
                using ZipArchive package = ZipFile.OpenRead(Path.Combine(feed, name));
                foreach (ZipArchiveEntry entry in package.Entries)
                {
                    byte[] content = ReadEntry(entry);
                    foreach (string path in new[] { _feed.RepoRoot.TrimEnd('/'), _feed.Root })
                    {
                        Assert.False(Contains(content, Encoding.UTF8.GetBytes(path)) || Contains(content, Encoding.Unicode.GetBytes(path)),
                            $"{name}: {entry.FullName} contains the build path {path}");
                    }
                }
            }
        }

        /// <summary>
        /// Checks that <paramref name="pdbFile"/> (or the PDB embedded in the assembly) is the assembly's own PDB, that its
        /// path in the assembly is mapped (no build path), that every document is mapped, and that SourceLink points the
        /// repository's documents at <paramref name="sourceLinkTarget"/>. Returns where the PDB was.
        /// </summary>
        private static string CheckSymbols(string what, byte[] assembly, byte[]? pdbFile, string sourceLinkTarget)
        {
            using var pe = new PEReader(new MemoryStream(assembly));
            DebugDirectoryEntry codeView = pe.ReadDebugDirectory().Single(e => e.Type == DebugDirectoryEntryType.CodeView);
            CodeViewDebugDirectoryData data = pe.ReadCodeViewDebugDirectoryData(codeView);
            // A separate PDB is named by its mapped path (/_obj/...), an embedded one by its file name only.
            Assert.True(data.Path.StartsWith("/_", StringComparison.Ordinal) || (pdbFile is null && data.Path == Path.GetFileName(data.Path)),
                what + ": the assembly names its PDB by a build path: " + data.Path);

            MetadataReaderProvider provider;
            string where;
            if (pdbFile is not null)
            {
                provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(pdbFile));
                where = "in the package";
            }
            else
            {
                DebugDirectoryEntry? embedded = pe.ReadDebugDirectory().Cast<DebugDirectoryEntry?>().FirstOrDefault(e => e!.Value.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
                Assert.True(embedded is not null, what + " has neither a PDB in the packages nor an embedded one");
                provider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded!.Value);
                where = "embedded";
            }

            using (provider)
            {
                MetadataReader pdb = provider.GetMetadataReader();
                // The PDB ID is the CodeView GUID followed by the stamp: this PDB belongs to this assembly.
                byte[] id = pdb.DebugMetadataHeader!.Id.ToArray();
                Assert.True(data.Guid.ToByteArray().SequenceEqual(id.Take(16)) && BitConverter.ToUInt32(id, 16) == codeView.Stamp,
                    what + ": the PDB does not match the assembly's debug directory");

                string[] documents = pdb.Documents.Select(handle => pdb.GetString(pdb.GetDocument(handle).Name)).ToArray();
                Assert.NotEmpty(documents);
                Assert.All(documents, document => Assert.StartsWith("/_", document));
                Assert.Contains(documents, document => document.StartsWith("/_/src/", StringComparison.Ordinal));

                string sourceLink = pdb.GetCustomDebugInformation(EntityHandle.ModuleDefinition)
                    .Select(pdb.GetCustomDebugInformation)
                    .Where(info => pdb.GetGuid(info.Kind) == SourceLinkKind)
                    .Select(info => Encoding.UTF8.GetString(pdb.GetBlobBytes(info.Value)))
                    .SingleOrDefault() ?? throw new Xunit.Sdk.XunitException(what + ": the PDB has no SourceLink");
                Assert.Contains("\"/_/*\":\"" + sourceLinkTarget + "\"", sourceLink);
            }

            return where;
        }

        private static string DescribeDifference(string first, string second)
        {
            using ZipArchive a = ZipFile.OpenRead(first);
            using ZipArchive b = ZipFile.OpenRead(second);
            var lines = new List<string>();
            foreach (ZipArchiveEntry entry in a.Entries)
            {
                ZipArchiveEntry? other = b.GetEntry(entry.FullName);
                if (other is null)
                {
                    lines.Add("only in the first: " + entry.FullName);
                }
                else if (!ReadEntry(entry).SequenceEqual(ReadEntry(other)) || entry.LastWriteTime != other.LastWriteTime)
                {
                    lines.Add($"differs: {entry.FullName} ({entry.LastWriteTime:o} / {other.LastWriteTime:o})");
                }
            }

            return string.Join("\n", lines);
        }

        private static string PackedCommit(string packagePath)
        {
            using ZipArchive package = ZipFile.OpenRead(packagePath);
            return (string)Nuspec(package, "AlgorithmGen").Elements().Single(e => e.Name.LocalName == "repository").Attribute("commit")!;
        }

        private static bool Contains(byte[] content, byte[] value) => content.AsSpan().IndexOf(value) >= 0;

        private static byte[] Read(ZipArchive package, string entryName) =>
            ReadEntry(package.GetEntry(entryName) ?? throw new Xunit.Sdk.XunitException("The package has no " + entryName));

        private static byte[] ReadEntry(ZipArchiveEntry entry)
        {
            using Stream stream = entry.Open();
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            return bytes.ToArray();
        }

        private static XElement Nuspec(ZipArchive package, string id) =>
            XDocument.Load(new MemoryStream(Read(package, id + ".nuspec"))).Root!.Elements().Single(e => e.Name.LocalName == "metadata");

        private static string? Value(XElement metadata, string name) =>
            metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
    }
}
