using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;
using AlgorithmGen.Testing;
using AlgorithmGen.Tests.Infrastructure;
using Xunit;

namespace AlgorithmGen.Tests
{
    /// <summary>Writes every test payload once, as the build and the dry run write them, into a temp folder.</summary>
    public sealed class PayloadFilesFixture : IDisposable
    {
        private readonly TempDirectory _directory = new TempDirectory();

        public PayloadFilesFixture() => Files = TestPayloads.WriteAll(_directory.Path);

        /// <summary>The written file of each payload, by case name.</summary>
        public IReadOnlyDictionary<string, string> Files { get; }

        public void Dispose() => _directory.Dispose();
    }

    /// <summary>
    /// Every payload the tests produce must be a valid CreateAlgorithm request for the service model
    /// (tests/tools/validate_payload.py), go through the real AWS CLI unchanged (tests/tools/cli_roundtrip.py), and
    /// pass the runtime <see cref="ConstraintValidator"/>; a broken request must be rejected by both validators alike.
    /// </summary>
    public sealed class ServiceModelTests : IClassFixture<PayloadFilesFixture>
    {
        private readonly PayloadFilesFixture _payloads;

        public ServiceModelTests(PayloadFilesFixture payloads) => _payloads = payloads;

        public static TheoryData<string> Payloads => TestPayloads.Names;

        [Theory]
        [MemberData(nameof(Payloads))]
        public void ValidatePayloadAcceptsThePayload(string payload)
        {
            string file = _payloads.Files[payload];

            ProcessResult result = PythonTools.ValidatePayload(new[] { file });

            Assert.True(result.ExitCode == 0, result.Describe());
            Assert.Contains("OK " + file, result.StandardOutput);
        }

        [Fact]
        public void ValidatePayloadAcceptsAllPayloadsInOneRun()
        {
            string[] files = TestPayloads.AllNames.Select(name => _payloads.Files[name]).ToArray();

            ProcessResult result = PythonTools.ValidatePayload(files);

            Assert.True(result.ExitCode == 0, result.Describe());
            Assert.All(files, file => Assert.Contains("OK " + file, result.StandardOutput));
        }

        [Theory]
        [MemberData(nameof(Payloads))]
        public void AwsCliSendsThePayloadUnchanged(string payload)
        {
            string file = _payloads.Files[payload];

            ProcessResult result = PythonTools.CliRoundTrip(file);

            Assert.True(result.ExitCode == 0, result.Describe());
            Assert.Contains("OK " + file, result.StandardOutput);
        }

        [Theory]
        [MemberData(nameof(Payloads))]
        public void ConstraintValidatorFindsNoErrors(string payload)
        {
            IReadOnlyList<Violation> violations = ConstraintValidator.Validate(TestPayloads.Get(payload).CreateRequest());

            Assert.DoesNotContain(violations, violation => violation.Severity == RuleSeverity.Error);
        }

        [Fact]
        public void BrokenRequestIsRejectedByBothValidatorsAtTheSamePaths()
        {
            CreateAlgorithmRequest request = KitchenSink.CreateRequest();
            request.AlgorithmName = "bad_name";
            request.TrainingSpecification!.MetricDefinitions = Enumerable.Range(0, 41)
                .Select(i => new MetricDefinition { Name = "metric-" + i, Regex = "m" + i + "=([0-9]+)" })
                .ToList();
            request.TrainingSpecification.SupportedTuningJobObjectiveMetrics = null;
            request.TrainingSpecification.TrainingChannels![0].SupportedInputModes = new List<string> { "Stream" };
            string[] expectedPaths =
            {
                "AlgorithmName",
                "TrainingSpecification.MetricDefinitions",
                "TrainingSpecification.TrainingChannels[0].SupportedInputModes[0]",
            };

            string[] csharpPaths = ConstraintValidator.Validate(request)
                .Where(violation => violation.Severity == RuleSeverity.Error)
                .Select(violation => violation.Path)
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToArray();

            using var directory = new TempDirectory();
            string file = directory.Combine(PayloadFiles.FileNameFor(request.AlgorithmName));
            File.WriteAllText(file, PayloadFiles.ContentFor(request));
            ProcessResult python = PythonTools.ValidatePayload(new[] { file }, json: true);
            Assert.True(python.ExitCode == 1, python.Describe());
            string[] pythonPaths = ErrorPaths(python.StandardOutput);

            Assert.Equal(expectedPaths, csharpPaths);
            Assert.True(expectedPaths.SequenceEqual(pythonPaths), "validate_payload.py reported " + string.Join(", ", pythonPaths) + Environment.NewLine + python.Describe());
        }

        /// <summary>
        /// The runtime validator and validate_payload.py (which applies the service's Java regex semantics) must
        /// accept and reject the same values, at the same paths. <paramref name="expectedPath"/> is empty for a valid value.
        /// </summary>
        [Theory]
        [InlineData("AlgorithmName", "caf\u00e9", "AlgorithmName")]
        [InlineData("AlgorithmName", "a--b", "")]
        [InlineData("AlgorithmDescription", "na\u00efve \u2013 \u00fcber \u00a9", "")]
        [InlineData("AlgorithmDescription", "tab\tinside", "AlgorithmDescription")]
        [InlineData("DefaultValue", "line\nbreak", "TrainingSpecification.SupportedHyperParameters[0].DefaultValue")]
        [InlineData("ValidationRole", "arn:aws:iam::123456789012:role/x", "")]
        [InlineData("ValidationRole", "arn:aws:iam::12345678901:role/x", "ValidationSpecification.ValidationRole")]
        [InlineData("ValidationRole", "arn:aws:iam::\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660\u0661\u0662:role/x", "ValidationSpecification.ValidationRole")]
        [InlineData("DefaultValue", "carriage\rreturn", "TrainingSpecification.SupportedHyperParameters[0].DefaultValue")]
        [InlineData("DefaultValue", "next\u0085line", "TrainingSpecification.SupportedHyperParameters[0].DefaultValue")]
        [InlineData("DefaultValue", "line\u2028separator", "TrainingSpecification.SupportedHyperParameters[0].DefaultValue")]
        [InlineData("AlgorithmDescription", "faucet \U0001F6B0", "")]
        [InlineData("TrainingImage", "image\u00a0name", "")]
        [InlineData("EnvironmentKey", "NOT VALID", "InferenceSpecification.Containers[0].Environment (key: NOT VALID)")]
        public void ConstraintValidatorAgreesWithValidatePayload(string member, string value, string expectedPath)
        {
            CreateAlgorithmRequest request = KitchenSink.CreateRequest();
            switch (member)
            {
                case "AlgorithmName": request.AlgorithmName = value; break;
                case "AlgorithmDescription": request.AlgorithmDescription = value; break;
                case "TrainingImage": request.TrainingSpecification!.TrainingImage = value; break;
                case "DefaultValue": request.TrainingSpecification!.SupportedHyperParameters![0].DefaultValue = value; break;
                case "ValidationRole": request.ValidationSpecification!.ValidationRole = value; break;
                case "EnvironmentKey": request.InferenceSpecification!.Containers![0].Environment![value] = "v"; break;
                default: throw new ArgumentException("unknown member " + member, nameof(member));
            }

            string[] expected = expectedPath.Length == 0 ? new string[0] : new[] { expectedPath };
            string[] csharpPaths = ConstraintValidator.Validate(request)
                .Where(violation => violation.Severity == RuleSeverity.Error)
                .Select(violation => violation.Path)
                .ToArray();
            using var directory = new TempDirectory();
            string file = directory.Combine("edge.create-algorithm.json");
            File.WriteAllText(file, PayloadFiles.ContentFor(request));
            ProcessResult python = PythonTools.ValidatePayload(new[] { file }, json: true);
            Assert.True(python.ExitCode == (expected.Length == 0 ? 0 : 1), python.Describe());

            Assert.True(expected.SequenceEqual(ErrorPaths(python.StandardOutput)), "validate_payload.py: " + python.Describe());
            Assert.Equal(expected, csharpPaths);
        }

        /// <summary>The error paths of a one-file <c>validate_payload.py --json</c> report, sorted.</summary>
        private static string[] ErrorPaths(string jsonReport)
        {
            using JsonDocument report = JsonDocument.Parse(jsonReport);
            JsonElement file = Assert.Single(report.RootElement.GetProperty("files").EnumerateArray());
            return file.GetProperty("errors").EnumerateArray()
                .Select(error => error.GetProperty("path").GetString()!)
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToArray();
        }
    }
}
