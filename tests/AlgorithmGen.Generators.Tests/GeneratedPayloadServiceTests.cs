using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using AlgorithmGen.Generators.Tests.Infrastructure;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Generators.Tests
{
    /// <summary>
    /// The payloads these tests generate pass the SageMaker service model's checks too: botocore's validator plus
    /// lengths, patterns and enums (tests/tools/validate_payload.py), and the real AWS CLI sends them unchanged to a
    /// local endpoint (tests/tools/cli_roundtrip.py).
    /// </summary>
    public class GeneratedPayloadServiceTests
    {
        [Theory]
        [InlineData("Demo.Forecasting.Forecaster")]
        [InlineData("Demo.Minimal")]
        [InlineData("Demo.Outer+Middle+Inner")]
        public void Generated_payload_passes_botocore_and_the_aws_cli(string className)
        {
            Assembly assembly = GeneratorHarness.CompileAndLoad(Sources.Forecaster, Sources.Minimal, Sources.Nested);
            var definition = (AlgorithmDefinition)assembly.GetType(className, throwOnError: true)!.GetProperty("Definition")!.GetValue(null)!;
            string directory = Directory.CreateTempSubdirectory("algorithmgen-payload-").FullName;
            try
            {
                string file = Path.Combine(directory, definition.FileName);
                File.WriteAllText(file, PayloadFiles.ContentFor(definition.CreateRequest()));

                (int validateExit, string validateOutput) = RunTool("validate_payload.py", file);
                Assert.True(validateExit == 0, validateOutput);
                (int cliExit, string cliOutput) = RunTool("cli_roundtrip.py", file);
                Assert.True(cliExit == 0, cliOutput);
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        private static (int ExitCode, string Output) RunTool(string script, string file)
        {
            var start = new ProcessStartInfo("python3")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(RepositoryRoot.Combine("tests/tools/" + script));
            start.ArgumentList.Add(file);
            using Process process = Process.Start(start)!;
            System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                return (-1, script + " timed out");
            }

            return (process.ExitCode, output + error.Result);
        }
    }
}
