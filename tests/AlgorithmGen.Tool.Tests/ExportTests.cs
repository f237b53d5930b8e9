using System.IO;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Tool.Tests
{
    /// <summary>`export` on inputs that are not an assembly with algorithms (the happy path is in the package tests).</summary>
    public sealed class ExportTests
    {
        [Theory]
        [InlineData("missing.dll", null, 2, "does not exist")]
        [InlineData("folder", null, 2, "is a folder")]
        [InlineData("text.dll", "not an assembly", 2, "is not a .NET assembly")]
        [InlineData("empty.dll", "", 2, "is not a .NET assembly")]
        public void BadAssembly_IsOneLineOnStderr(string name, string? content, int exitCode, string expected)
        {
            using var folder = new TempDirectory();
            string path = folder.Combine(name);
            if (name == "folder")
            {
                Directory.CreateDirectory(path);
            }
            else if (content is not null)
            {
                File.WriteAllText(path, content);
            }

            ProcessResult result = ToolRunner.Run(folder.Path, "export", name, "--output", "out");
            Assert.True(result.ExitCode == exitCode, result.Describe());
            Assert.Single(ToolRunner.Lines(result.StandardError));
            Assert.Contains(expected, result.StandardError);
            Assert.False(Directory.Exists(folder.Combine("out")), "nothing is written");
        }

        [Fact]
        public void AssemblyWithoutAlgorithms_ExitsWith1()
        {
            using var folder = new TempDirectory();
            string library = Path.Combine(Path.GetDirectoryName(ToolRunner.ToolDll)!, "AlgorithmGen.dll");
            ProcessResult result = ToolRunner.Run(folder.Path, "export", library, "-o", "out");
            Assert.True(result.ExitCode == 1, result.Describe());
            Assert.Contains("holds no algorithm", result.StandardError);
            Assert.False(Directory.Exists(folder.Combine("out")));
        }
    }
}
