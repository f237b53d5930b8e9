using System;
using System.IO;
using System.Linq;
using System.Text;
using AlgorithmGen.Build.Tests.Infrastructure;
using AlgorithmGen.Testing;
using Microsoft.Build.Framework;
using Xunit;

namespace AlgorithmGen.Build.Tests
{
    /// <summary>The task on assemblies compiled in memory: file names, exact bytes, incrementality and errors.</summary>
    public sealed class WriteAlgorithmPayloadFilesTests : IDisposable
    {
        private const string SimpleJson = "{\n  \"AlgorithmName\": \"simple\",\n  \"CertifyForMarketplace\": false\n}";

        // Non-ASCII text, quotes, backslashes and newlines inside a JSON string, an empty list, and CRLF line ends.
        private const string TrickyJson =
            "{\r\n  \"AlgorithmName\": \"tricky\",\r\n  \"AlgorithmDescription\": \"Prévision – 予測 😀 \\\"quoted\\\" C:\\\\models\\\\ line1\\nline2\",\r\n"
            + "  \"Note\": \"raw \\\\ and \\\" and ' and \u00e9\",\r\n  \"Tags\": []\r\n}";

        private readonly TempDirectory _temp = new();

        private string OutputDirectory => _temp.Combine("out");

        public void Dispose() => _temp.Dispose();

        [Fact]
        public void Writes_each_payload_with_the_json_and_a_newline_in_utf8_without_bom()
        {
            string assembly = TestAssemblies.EmitWithAttribute(
                _temp.Path,
                TestAssemblies.Payload("simple", SimpleJson) + TestAssemblies.Payload("tricky", TrickyJson) + TestAssemblies.Payload("empty-list", "[]"));

            Outcome run = Run(assembly);

            AssertSucceeded(run);
            AssertFileBytes("simple", SimpleJson);
            AssertFileBytes("tricky", TrickyJson);
            AssertFileBytes("empty-list", "[]");
            string[] expected = new[] { "simple", "tricky", "empty-list" }.Select(PayloadPath).ToArray();
            Assert.Equal(expected, run.Task.WrittenFiles.Select(i => i.ItemSpec));
            Assert.Equal(expected, run.Task.PayloadFiles.Select(i => i.ItemSpec));
            Assert.Equal(expected.Select(p => "AlgorithmGen: wrote " + p), run.Engine.Messages.Where(m => m.Importance == MessageImportance.High).Select(m => m.Message));
        }

        [Fact]
        public void Reads_the_attribute_from_a_referenced_AlgorithmGen_assembly()
        {
            string assembly = TestAssemblies.EmitReferencingAttribute(_temp.Path, TestAssemblies.Payload("referenced", SimpleJson));

            AssertSucceeded(Run(assembly));
            AssertFileBytes("referenced", SimpleJson);
        }

        [Fact]
        public void The_build_severities_travel_with_the_payload_and_do_not_change_the_file()
        {
            string assembly = TestAssemblies.EmitReferencingAttribute(
                _temp.Path,
                TestAssemblies.Payload("simple", SimpleJson).Replace(")]", ", RuleSeverities = \"AG0202=warning\")]", StringComparison.Ordinal)
                + TestAssemblies.Payload("tricky", TrickyJson));

            Assert.Equal(new[] { "AG0202=warning", null }, AlgorithmPayloadReader.Read(assembly).Select(payload => payload.RuleSeverities));
            AssertSucceeded(Run(assembly));
            AssertFileBytes("simple", SimpleJson);
        }

        [Fact]
        public void An_unchanged_second_run_does_not_rewrite_the_file()
        {
            string assembly = TestAssemblies.EmitWithAttribute(_temp.Path, TestAssemblies.Payload("simple", SimpleJson));
            AssertSucceeded(Run(assembly));
            var past = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(PayloadPath("simple"), past);

            Outcome second = Run(assembly);

            AssertSucceeded(second);
            Assert.Equal(past, File.GetLastWriteTimeUtc(PayloadPath("simple")));
            Assert.Empty(second.Task.WrittenFiles);
            Assert.Equal(new[] { PayloadPath("simple") }, second.Task.PayloadFiles.Select(i => i.ItemSpec));
            Assert.DoesNotContain(second.Engine.Messages, m => m.Message!.StartsWith("AlgorithmGen: wrote", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("{}")]
        [InlineData("{\n  \"AlgorithmName\": \"simple\",\n  \"CertifyForMarketplace\": true\n}")]
        [InlineData("\uFEFF" + SimpleJson)]
        public void A_file_with_other_content_is_rewritten(string staleContent)
        {
            string assembly = TestAssemblies.EmitWithAttribute(_temp.Path, TestAssemblies.Payload("simple", SimpleJson));
            Directory.CreateDirectory(OutputDirectory);
            File.WriteAllText(PayloadPath("simple"), staleContent, new UTF8Encoding(false));

            Outcome run = Run(assembly);

            AssertSucceeded(run);
            AssertFileBytes("simple", SimpleJson);
            Assert.Equal(new[] { PayloadPath("simple") }, run.Task.WrittenFiles.Select(i => i.ItemSpec));
        }

        [Theory]
        [InlineData("algo", "algo")]
        [InlineData("Algo", "algo")]
        public void Two_payloads_with_the_same_name_log_AGB003_and_write_nothing(string first, string second)
        {
            string assembly = TestAssemblies.EmitWithAttribute(
                _temp.Path, TestAssemblies.Payload(first, SimpleJson) + TestAssemblies.Payload(second, "{}"));

            Outcome run = Run(assembly);

            AssertFailedWith(run, "AGB003");
            Assert.Contains("'" + second + "'", run.Engine.Errors.Single().Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("a/b")]
        [InlineData("..\\escape")]
        [InlineData("../escape")]
        [InlineData("a:b")]
        [InlineData("what?")]
        [InlineData("tab\there")]
        [InlineData("CON")]
        [InlineData("lpt1")]
        public void A_name_that_is_not_a_valid_file_name_logs_AGB002_and_writes_nothing(string algorithmName)
        {
            string assembly = TestAssemblies.EmitWithAttribute(
                _temp.Path, TestAssemblies.Payload("valid", SimpleJson) + TestAssemblies.Payload(algorithmName, SimpleJson));

            AssertFailedWith(Run(assembly), "AGB002");
        }

        [Fact]
        public void An_assembly_without_payloads_writes_nothing_and_succeeds()
        {
            // A same-named attribute in another namespace is not the generator's.
            const string Lookalike = """
                [assembly: Other.AlgorithmPayload("lookalike", "{}")]
                namespace Other
                {
                    [System.AttributeUsage(System.AttributeTargets.Assembly, AllowMultiple = true)]
                    public sealed class AlgorithmPayloadAttribute : System.Attribute
                    {
                        public AlgorithmPayloadAttribute(string algorithmName, string indentedJson) { }
                    }
                }
                """;
            string assembly = TestAssemblies.EmitWithAttribute(_temp.Path, Lookalike, "[assembly: System.Reflection.AssemblyDescription(\"no payloads\")]");

            Outcome run = Run(assembly);

            AssertSucceeded(run);
            Assert.Empty(run.Task.WrittenFiles);
            Assert.Empty(run.Task.PayloadFiles);
            Assert.False(Directory.Exists(OutputDirectory) && Directory.EnumerateFileSystemEntries(OutputDirectory).Any());
        }

        [Fact]
        public void A_file_that_is_not_an_assembly_logs_AGB001()
        {
            string path = _temp.WriteFile("corrupt.dll", "MZ this is not a portable executable");

            AssertFailedWith(Run(path), "AGB001");
        }

        [Fact]
        public void A_truncated_assembly_logs_AGB001()
        {
            string assembly = TestAssemblies.EmitWithAttribute(_temp.Path, TestAssemblies.Payload("simple", SimpleJson));
            byte[] bytes = File.ReadAllBytes(assembly);
            File.WriteAllBytes(assembly, bytes.Take(bytes.Length / 3).ToArray());

            AssertFailedWith(Run(assembly), "AGB001");
        }

        [Fact]
        public void A_missing_assembly_logs_AGB001()
        {
            AssertFailedWith(Run(_temp.Combine("missing.dll")), "AGB001");
        }

        [Fact]
        public void A_null_argument_logs_AGB005()
        {
            string assembly = TestAssemblies.EmitWithAttribute(_temp.Path, TestAssemblies.Payload("simple", null));

            AssertFailedWith(Run(assembly), "AGB005");
        }

        [Fact]
        public void A_payload_attribute_with_other_arguments_logs_AGB005()
        {
            const string OtherConstructor = """
                [assembly: AlgorithmGen.AlgorithmPayload("name", System.DayOfWeek.Monday)]
                namespace AlgorithmGen
                {
                    [System.AttributeUsage(System.AttributeTargets.Assembly)]
                    public sealed class AlgorithmPayloadAttribute : System.Attribute
                    {
                        public AlgorithmPayloadAttribute(string algorithmName, System.DayOfWeek day) { }
                    }
                }
                """;
            string assembly = TestAssemblies.Emit(_temp.Path, "OtherShape", new[] { OtherConstructor }, Array.Empty<Microsoft.CodeAnalysis.MetadataReference>());

            AssertFailedWith(Run(assembly), "AGB005");
        }

        [Fact]
        public void A_file_that_cannot_be_written_logs_AGB004()
        {
            string assembly = TestAssemblies.EmitWithAttribute(_temp.Path, TestAssemblies.Payload("simple", SimpleJson));
            Directory.CreateDirectory(PayloadPath("simple")); // A folder where the file should go.

            AssertFailedWith(Run(assembly), "AGB004");
        }

        /// <summary>Runs a new task with a new engine, as MSBuild does for each build.</summary>
        private Outcome Run(string assemblyPath)
        {
            var engine = new FakeBuildEngine();
            var task = new WriteAlgorithmPayloadFiles
            {
                BuildEngine = engine,
                AssemblyPath = assemblyPath,
                OutputDirectory = OutputDirectory,
            };
            bool succeeded = task.Execute();
            return new Outcome(task, succeeded, engine);
        }

        private string PayloadPath(string algorithmName) => Path.Combine(OutputDirectory, algorithmName + ".create-algorithm.json");

        private void AssertFileBytes(string algorithmName, string json)
        {
            byte[] expected = Encoding.UTF8.GetBytes(json + "\n"); // Encoding.GetBytes never adds a BOM.
            Assert.Equal(expected, File.ReadAllBytes(PayloadPath(algorithmName)));
        }

        private static void AssertSucceeded(Outcome run)
        {
            Assert.Empty(run.Engine.Errors.Select(e => e.Code + ": " + e.Message));
            Assert.Empty(run.Engine.Warnings);
            Assert.True(run.Succeeded);
        }

        /// <summary>The task returned false with the error <paramref name="code"/> only, and wrote no payload file.</summary>
        private void AssertFailedWith(Outcome run, string code)
        {
            Assert.Equal(new[] { code }, run.Engine.Errors.Select(e => e.Code).Distinct());
            Assert.False(run.Succeeded);
            Assert.Empty(run.Task.WrittenFiles);
            Assert.DoesNotContain(
                Directory.Exists(OutputDirectory) ? Directory.EnumerateFiles(OutputDirectory) : Enumerable.Empty<string>(),
                f => f.EndsWith(".create-algorithm.json", StringComparison.Ordinal));
        }

        private sealed record Outcome(WriteAlgorithmPayloadFiles Task, bool Succeeded, FakeBuildEngine Engine);
    }
}
