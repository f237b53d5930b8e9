using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Json;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;
using AlgorithmGen.Testing;
using AlgorithmGen.Tests.Infrastructure;
using GradientBoosting;
using Xunit;

namespace AlgorithmGen.Tests
{
    /// <summary>The generated <c>RegisterAsync</c> in dry-run mode: validate, then return and write the payload.</summary>
    public sealed class RegistrationDryRunTests
    {
        private const string OverriddenImage = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/kitchen-sink:2.0.1";
        private const string OverriddenRole = "arn:aws:iam::111122223333:role/StageValidation";

        /// <summary>The rule ID of an instance type the shipped service model does not know (docs/rules/AG0007.md).</summary>
        private const string UnknownInstanceType = "AG0007";

        [Fact]
        public async Task DryRunWritesThePayloadFileIntoTheOutputDirectory()
        {
            using var directory = new TempDirectory();
            string output = directory.Combine("payloads", "nested");

            AlgorithmRegistrationResult result = await KitchenSink.RegisterAsync(new AlgorithmRegistrationOptions { DryRun = true, OutputDirectory = output });

            string expectedFile = Path.Combine(output, "kitchen-sink.create-algorithm.json");
            Assert.Equal(expectedFile, result.FilePath);
            Assert.Equal(new[] { expectedFile }, Directory.GetFiles(output));
            Assert.Equal(PayloadFiles.ContentFor(KitchenSink.CreateRequest()), File.ReadAllText(expectedFile));
            Assert.Equal(KitchenSink.Definition.GetUtf8Json().Length, result.CompactJson.Length);
            Assert.Equal(KitchenSink.CreateAlgorithmJson, result.CompactJson);
            Assert.True(result.DryRun);
            Assert.Equal("kitchen-sink", result.AlgorithmName);
            Assert.DoesNotContain(result.Warnings, warning => warning.Severity == RuleSeverity.Error || warning.RuleId == UnknownInstanceType);
        }

        [Fact]
        public async Task DryRunOfTheSampleWritesTheSamplesPayload()
        {
            using var directory = new TempDirectory();

            AlgorithmRegistrationResult result = await GradientBoostingAlgorithm.RegisterAsync(new AlgorithmRegistrationOptions { DryRun = true, OutputDirectory = directory.Path });

            Assert.Equal(directory.Combine("gradient-boosting.create-algorithm.json"), result.FilePath);
            Assert.Equal(PayloadFiles.ContentFor(GradientBoostingAlgorithm.CreateRequest()), File.ReadAllText(result.FilePath!));
            Assert.Equal(GradientBoostingAlgorithm.CreateAlgorithmJson, result.CompactJson);
        }

        [Fact]
        public async Task DryRunFollowsTheBuildsFileRules_UnchangedFilesStayAndDeviceNamesAreRefused()
        {
            using var directory = new TempDirectory();
            var options = new AlgorithmRegistrationOptions { DryRun = true, OutputDirectory = directory.Path };
            AlgorithmRegistrationResult first = await GradientBoostingAlgorithm.RegisterAsync(options);
            var written = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(first.FilePath!, written);

            AlgorithmRegistrationResult second = await GradientBoostingAlgorithm.RegisterAsync(options);
            Assert.Equal(first.FilePath, second.FilePath);
            Assert.Equal(written, File.GetLastWriteTimeUtc(second.FilePath!));

            // "CON" passes the service's name pattern but is a Windows device name: no file can carry it.
            options.Configure = request => request.AlgorithmName = "CON";
            ArgumentException refused = await Assert.ThrowsAsync<ArgumentException>(() => GradientBoostingAlgorithm.RegisterAsync(options));
            Assert.StartsWith("The algorithm name 'CON' cannot name a payload file in " + directory.Path + ": it is a device name reserved by Windows.", refused.Message, StringComparison.Ordinal);
            Assert.Single(Directory.GetFiles(directory.Path));
        }

        [Fact]
        public async Task DryRunWithoutOutputDirectoryWritesNothing()
        {
            AlgorithmRegistrationResult result = await KitchenSink.RegisterAsync(new AlgorithmRegistrationOptions { DryRun = true });

            Assert.Null(result.FilePath);
            Assert.Equal(KitchenSink.CreateAlgorithmJson, result.CompactJson);
        }

        [Fact]
        public async Task ConfigureOverridesAppearInTheFileAndTheResult()
        {
            using var directory = new TempDirectory();
            var options = new AlgorithmRegistrationOptions
            {
                DryRun = true,
                OutputDirectory = directory.Path,
                Configure = request =>
                {
                    request.TrainingSpecification!.TrainingImage = OverriddenImage;
                    request.ValidationSpecification!.ValidationRole = OverriddenRole;
                },
            };

            AlgorithmRegistrationResult result = await KitchenSink.RegisterAsync(options);

            CreateAlgorithmRequest expected = KitchenSink.CreateRequest();
            expected.TrainingSpecification!.TrainingImage = OverriddenImage;
            expected.ValidationSpecification!.ValidationRole = OverriddenRole;
            Assert.Equal(PayloadJsonWriter.ToCompactJson(expected), result.CompactJson);
            Assert.Equal(PayloadFiles.ContentFor(expected), File.ReadAllText(result.FilePath!));
            Assert.Contains("\"TrainingImage\":\"" + OverriddenImage + "\"", result.CompactJson);
            Assert.Contains("\"ValidationRole\": \"" + OverriddenRole + "\"", File.ReadAllText(result.FilePath!));
            Assert.Equal(OverriddenRole, result.Request.ValidationSpecification!.ValidationRole);
            Assert.NotEqual(KitchenSink.CreateAlgorithmJson, result.CompactJson);
        }

        [Fact]
        public async Task ConfigureThatBreaksARuleThrowsAndWritesNothing()
        {
            using var directory = new TempDirectory();
            string output = directory.Combine("out");
            var options = new AlgorithmRegistrationOptions
            {
                DryRun = true,
                OutputDirectory = output,
                Configure = request => request.ValidationSpecification!.ValidationRole = "not-an-arn",
            };

            AlgorithmValidationException exception = await Assert.ThrowsAsync<AlgorithmValidationException>(() => KitchenSink.RegisterAsync(options));

            Assert.Equal("kitchen-sink", exception.AlgorithmName);
            Violation[] errors = exception.Violations.Where(v => v.Severity == RuleSeverity.Error).ToArray();
            Assert.NotEmpty(errors);
            Assert.All(errors, error => Assert.Equal("ValidationSpecification.ValidationRole", error.Path));
            Assert.Contains("ValidationSpecification.ValidationRole", exception.Message);
            Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any(), "a file was written to " + output);
        }

        [Fact]
        public async Task UnknownInstanceTypeIsAWarningOnly()
        {
            using var directory = new TempDirectory();
            var options = new AlgorithmRegistrationOptions
            {
                DryRun = true,
                OutputDirectory = directory.Path,
                Configure = request => request.TrainingSpecification!.SupportedTrainingInstanceTypes!.Add("ml.zz9.large"),
            };

            // This project builds with TreatWarningsAsErrors, so the generated definition refuses AG0007 as the build
            // would; the catalogue's severity, a warning, is what a project without that setting gets.
            Assert.Equal(RuleSeverity.Error, KitchenSink.Definition.RuleSeverities.SeverityOf(RuleCatalog.UnknownInstanceType));
            await Assert.ThrowsAsync<AlgorithmValidationException>(() => KitchenSink.RegisterAsync(options));
            Assert.False(Directory.EnumerateFileSystemEntries(directory.Path).Any(), "a file was written for a refused request");
            options.RuleSeverities = RuleSeverities.Empty.With(RuleCatalog.UnknownInstanceType, RuleCatalog.UnknownInstanceType.Severity);

            AlgorithmRegistrationResult result = await KitchenSink.RegisterAsync(options);

            Violation warning = Assert.Single(result.Warnings, w => w.RuleId == UnknownInstanceType);
            Assert.Equal(RuleSeverity.Warning, warning.Severity);
            Assert.Equal("TrainingSpecification.SupportedTrainingInstanceTypes[3]", warning.Path);
            Assert.Contains("ml.zz9.large", warning.Message);
            Assert.Contains("\"ml.zz9.large\"", File.ReadAllText(result.FilePath!));

            // The Python validator agrees: a warning, not an error.
            ProcessResult python = PythonTools.ValidatePayload(new[] { result.FilePath! });
            Assert.True(python.ExitCode == 0, python.Describe());
            Assert.Contains("WARNING " + result.FilePath + ": TrainingSpecification.SupportedTrainingInstanceTypes[3]: unknown instance type", python.StandardOutput);
        }

        [Fact]
        public async Task LiveRegistrationWithoutAwsConfigurationFailsBeforeSending()
        {
            // A named profile that does not exist: credentials resolve from local files only, so nothing is sent
            // anywhere (no instance-metadata probe), and the error names what is missing.
            var options = new AlgorithmRegistrationOptions
            {
                ClientOptions = new AlgorithmGen.Client.SageMakerClientOptions { Region = "us-east-1", Profile = "algorithmgen-no-such-profile" },
            };

            var error = await Assert.ThrowsAsync<AlgorithmGen.Client.SageMakerConfigurationException>(() => KitchenSink.RegisterAsync(options));

            Assert.Contains("algorithmgen-no-such-profile", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task SemanticRuleErrorsStopRegistrationBeforeAnythingIsSent()
        {
            // AG0203 (an objective naming an undeclared metric) can only arise at run time; it must stop registration.
            using var directory = new TempDirectory();
            var options = new AlgorithmRegistrationOptions
            {
                DryRun = true,
                OutputDirectory = directory.Path,
                Configure = request => request.TrainingSpecification!.SupportedTuningJobObjectiveMetrics!.Add(
                    new AlgorithmGen.Model.HyperParameterTuningJobObjective { Type = "Maximize", MetricName = "not-declared" }),
            };

            var error = await Assert.ThrowsAsync<AlgorithmValidationException>(() => KitchenSink.RegisterAsync(options));

            Assert.Contains(error.Violations, violation => violation.RuleId == "AG0203");
            Assert.Empty(Directory.EnumerateFileSystemEntries(directory.Path));
        }

        [Fact]
        public async Task CancellationBeforeStartThrowsAndDoesNothing()
        {
            using var directory = new TempDirectory();
            using var cancellation = new CancellationTokenSource();
            cancellation.Cancel();
            bool configured = false;
            var options = new AlgorithmRegistrationOptions
            {
                DryRun = true,
                OutputDirectory = directory.Path,
                Configure = _ => configured = true,
            };

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => KitchenSink.RegisterAsync(options, cancellation.Token));

            Assert.False(configured, "Configure ran after cancellation");
            Assert.Empty(Directory.EnumerateFileSystemEntries(directory.Path));
        }

        [Fact]
        public async Task RegistrarRejectsAMissingDefinition()
        {
            await Assert.ThrowsAsync<ArgumentNullException>(() => AlgorithmRegistrar.RegisterAsync(null!, new AlgorithmRegistrationOptions { DryRun = true }));
        }
    }
}
