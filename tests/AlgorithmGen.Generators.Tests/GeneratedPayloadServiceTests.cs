using System;
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
            using var directory = new TempDirectory();
            string file = directory.WriteFile(definition.FileName, PayloadFiles.ContentFor(definition.CreateRequest()));

            ProcessResult validate = ProcessRunner.Run("python3", new[] { RepositoryRoot.Combine("tests/tools/validate_payload.py"), file });
            Assert.True(validate.ExitCode == 0, validate.Describe());
            ProcessResult cli = ProcessRunner.Run("python3", new[] { RepositoryRoot.Combine("tests/tools/cli_roundtrip.py"), file });
            Assert.True(cli.ExitCode == 0, cli.Describe());
        }
    }
}
