using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using AlgorithmGen.Build.Tests.Infrastructure;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Build.Tests
{
    /// <summary>
    /// `dotnet build` of small projects that import build/AlgorithmGen.targets, with no code of their own to write the
    /// files.
    /// </summary>
    [Collection(DotnetBuildCollection.Name)]
    public sealed class BuildIntegrationTests : IDisposable
    {
        private const string AlgorithmName = "demo-algo";

        // What the generator would emit, written by hand: non-ASCII text, escapes and an empty list.
        private const string PayloadSource = """
            [assembly: global::AlgorithmGen.AlgorithmPayload("demo-algo", "{\n  \"AlgorithmName\": \"demo-algo\",\n  \"AlgorithmDescription\": \"Démo \\\"quoted\\\" C:\\\\path\",\n  \"Tags\": []\n}")]
            """;

        private const string ExpectedJson = "{\n  \"AlgorithmName\": \"demo-algo\",\n  \"AlgorithmDescription\": \"Démo \\\"quoted\\\" C:\\\\path\",\n  \"Tags\": []\n}";

        private static readonly string TargetsFile = typeof(BuildIntegrationTests).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "AlgorithmGenTargetsFile").Value!;

        // The test project's reference to AlgorithmGen.Build copies the task assembly here.
        private static readonly string TaskAssembly = Path.Combine(AppContext.BaseDirectory, "AlgorithmGen.Build.dll");

        private readonly TempDirectory _temp = new();

        public BuildIntegrationTests()
        {
            // Empty files stop MSBuild's upward search, so nothing from the machine's temp folder leaks in.
            foreach (string name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            {
                _temp.WriteFile(name, "<Project />\n");
            }
        }

        public void Dispose() => _temp.Dispose();

        [Fact]
        public void Build_writes_the_payload_file_and_the_switch_turns_it_off()
        {
            string project = WriteProject("Demo", InRepoProperties(), TestAssemblies.AttributeSource, PayloadSource);

            DotnetCli.Result first = Build(project);

            Assert.Contains("AlgorithmGen: wrote " + PayloadPath("Demo"), first.Output, StringComparison.Ordinal);
            AssertPayloadFile("Demo");

            File.Delete(PayloadPath("Demo"));
            Build(project, "-p:AlgorithmGenWritePayloadFiles=false");

            Assert.False(File.Exists(PayloadPath("Demo")));
        }

        [Fact]
        public void Build_is_incremental_restores_a_deleted_file_and_clean_removes_it()
        {
            string project = WriteProject("Demo", InRepoProperties(), TestAssemblies.AttributeSource, PayloadSource);
            Build(project);
            var past = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(PayloadPath("Demo"), past);

            DotnetCli.Result unchanged = Build(project);

            Assert.DoesNotContain("AlgorithmGen: wrote", unchanged.Output, StringComparison.Ordinal);
            Assert.Equal(past, File.GetLastWriteTimeUtc(PayloadPath("Demo")));

            File.Delete(PayloadPath("Demo"));
            Build(project);
            AssertPayloadFile("Demo");

            Run(project, "clean");
            Assert.False(File.Exists(PayloadPath("Demo")), "dotnet clean left the payload file");
        }

        [Fact]
        public void Build_through_a_project_reference_writes_each_projects_files()
        {
            WriteProject("Lib", InRepoProperties(), TestAssemblies.AttributeSource, PayloadSource);
            string app = WriteProject(
                "App",
                InRepoProperties(),
                "[assembly: global::AlgorithmGen.AlgorithmPayload(\"app-algo\", \"{}\")]",
                references: "../Lib/Lib.csproj");

            Build(app);

            AssertPayloadFile("Lib");
            Assert.Equal("{}\n", File.ReadAllText(PayloadPath("App", "app-algo")));
        }

        [Fact]
        public void Build_with_the_package_layout_finds_the_task_by_default()
        {
            // As in the NuGet package: build/AlgorithmGen.targets beside tasks/netstandard2.0/AlgorithmGen.Build.dll.
            string packageTargets = _temp.Combine("package", "build", "AlgorithmGen.targets");
            Directory.CreateDirectory(Path.GetDirectoryName(packageTargets)!);
            File.Copy(TargetsFile, packageTargets);
            Directory.CreateDirectory(_temp.Combine("package", "tasks", "netstandard2.0"));
            File.Copy(TaskAssembly, _temp.Combine("package", "tasks", "netstandard2.0", "AlgorithmGen.Build.dll"));
            string project = WriteProject("Demo", string.Empty, TestAssemblies.AttributeSource, PayloadSource, targetsFile: packageTargets);

            Build(project);

            AssertPayloadFile("Demo");
        }

        /// <summary>How the repository's samples use the targets: the task assembly from the build, in a task host.</summary>
        private static string InRepoProperties() =>
            $"""
                <AlgorithmGenBuildTasksAssembly>{TaskAssembly}</AlgorithmGenBuildTasksAssembly>
                <AlgorithmGenUseTaskHost>true</AlgorithmGenUseTaskHost>
            """;

        /// <summary>Writes <c>name/name.csproj</c> and its sources; returns the project's path.</summary>
        private string WriteProject(string name, string properties, string source, string? moreSource = null, string? targetsFile = null, string? references = null)
        {
            string projectReference = references is null ? string.Empty : $"""<ItemGroup><ProjectReference Include="{references}" /></ItemGroup>""";
            string project = $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                {properties}
                  </PropertyGroup>
                  {projectReference}
                  <Import Project="{targetsFile ?? TargetsFile}" />
                </Project>
                """;
            _temp.WriteFile(Path.Combine(name, "Source.cs"), source);
            if (moreSource is not null)
            {
                _temp.WriteFile(Path.Combine(name, "Payload.cs"), moreSource);
            }

            return _temp.WriteFile(Path.Combine(name, name + ".csproj"), project);
        }

        private string PayloadPath(string projectName, string algorithmName = AlgorithmName) =>
            _temp.Combine(projectName, "bin", "Debug", "net10.0", algorithmName + ".create-algorithm.json");

        private void AssertPayloadFile(string projectName) =>
            Assert.Equal(Encoding.UTF8.GetBytes(ExpectedJson + "\n"), File.ReadAllBytes(PayloadPath(projectName)));

        private static DotnetCli.Result Build(string project, params string[] properties) =>
            Run(project, "build", properties);

        /// <summary>Runs a dotnet command on the project, which must succeed; one process, no lingering build servers.</summary>
        private static DotnetCli.Result Run(string project, string command, params string[] more)
        {
            string[] arguments = new[] { command, project, "-nodeReuse:false", "-p:UseSharedCompilation=false", "-tl:off" }.Concat(more).ToArray();
            DotnetCli.Result result = DotnetCli.Run(Path.GetDirectoryName(project)!, arguments);
            Assert.True(result.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} exited with {result.ExitCode}:\n{result.Output}");
            return result;
        }
    }
}
