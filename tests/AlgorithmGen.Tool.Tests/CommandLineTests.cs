using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Tool.Tests
{
    /// <summary>The command line itself: help on every command, version, usage errors with exit code 2.</summary>
    public sealed class CommandLineTests
    {
        [Theory]
        [InlineData("--help")]
        [InlineData("-h")]
        [InlineData("export", "--help")]
        [InlineData("validate", "--help")]
        [InlineData("validate", "-h")]
        [InlineData("help", "validate")]
        [InlineData("validate", "a.json", "--help")]
        public void Help_WorksOnEveryCommand(params string[] arguments)
        {
            using var folder = new TempDirectory();
            ProcessResult result = ToolRunner.Run(folder.Path, arguments);
            Assert.True(result.ExitCode == 0, result.Describe());
            Assert.Contains("Usage:", result.StandardOutput);
            Assert.Contains("Exit codes:", result.StandardOutput);
            Assert.Equal(string.Empty, result.StandardError);
        }

        [Fact]
        public void ValidateHelp_DocumentsItsOptions()
        {
            using var folder = new TempDirectory();
            ProcessResult result = ToolRunner.Run(folder.Path, "validate", "--help");
            Assert.Contains("--format", result.StandardOutput);
            Assert.Contains("--severity", result.StandardOutput);
            Assert.Contains("<files>", result.StandardOutput);
        }

        [Fact]
        public void Version_PrintsTheVersion()
        {
            using var folder = new TempDirectory();
            ProcessResult result = ToolRunner.Run(folder.Path, "--version");
            Assert.True(result.ExitCode == 0, result.Describe());
            Assert.Matches(@"^\d+\.\d+\.\d+", result.StandardOutput);
        }

        [Theory]
        [InlineData(new string[0], "algorithmgen: give a command")]
        [InlineData(new[] { "frobnicate" }, "algorithmgen: ")]
        [InlineData(new[] { "validate" }, "algorithmgen validate: ")]
        [InlineData(new[] { "validate", "--nope", "a.json" }, "algorithmgen validate: ")]
        [InlineData(new[] { "validate", "--format", "xml", "a.json" }, "algorithmgen validate: ")]
        [InlineData(new[] { "validate", "--severity", "AG9999=error", "a.json" }, "there is no rule AG9999")]
        [InlineData(new[] { "validate", "--severity", "AG0001=loud", "a.json" }, "unknown level 'loud'")]
        [InlineData(new[] { "validate", "--severity", "AG0001", "a.json" }, "expected RULE=LEVEL")]
        [InlineData(new[] { "validate", "--severity", "AGT001=none", "a.json" }, "AGT001 cannot be changed")]
        [InlineData(new[] { "export" }, "algorithmgen export: ")]
        [InlineData(new[] { "export", "a.dll", "b.dll" }, "algorithmgen export: ")]
        public void UsageErrors_ExitWith2AndSayWhyOnStderr(string[] arguments, string expected)
        {
            using var folder = new TempDirectory();
            ProcessResult result = ToolRunner.Run(folder.Path, arguments);
            Assert.True(result.ExitCode == 2, result.Describe());
            Assert.Contains(expected, result.StandardError);
            Assert.Equal(string.Empty, result.StandardOutput);
        }
    }
}
