using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Analyzers.Tests.Infrastructure;
using AlgorithmGen.CodeFixes;
using AlgorithmGen.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static AlgorithmGen.Analyzers.Tests.CodeFixes.FixSources;
using VerifyFix = AlgorithmGen.Analyzers.Tests.Infrastructure.CodeFixVerify<AlgorithmGen.CodeFixes.PipeOnlyCodeFixProvider>;

namespace AlgorithmGen.Analyzers.Tests.CodeFixes
{
    public class PipeOnlyTests
    {
        private const string Input = """[ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/train/", ContentType = "text/csv")]""";

        private static string WithInput(string input) => Class(attributes: Profile.Replace(Input, input));

        [Fact]
        public Task Removes_CompressionType_in_File_mode() => VerifyFix.Fix(
            WithInput("""[ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/train/", CompressionType = {|AG0306:CompressionType.Gzip|}, ContentType = "text/csv")]"""),
            WithInput(Input),
            EquivalenceKeys.RemovePipeOnlyArgument,
            "Remove the Pipe-only setting CompressionType");

        [Fact]
        public Task Removes_RecordWrapperType_in_the_inputs_own_File_mode_from_a_multi_line_list() => VerifyFix.Fix(
            WithInput("""
                [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/train/", ContentType = "text/csv",
                    InputMode = TrainingInputMode.File,
                    RecordWrapperType = {|AG0306:RecordWrapperType.RecordIO|})]
                """),
            WithInput("""
                [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/train/", ContentType = "text/csv",
                    InputMode = TrainingInputMode.File)]
                """),
            EquivalenceKeys.RemovePipeOnlyArgument,
            "Remove the Pipe-only setting RecordWrapperType");

        [Fact]
        public Task Compression_can_instead_switch_the_input_to_Pipe_mode_when_its_channel_supports_it() => VerifyFix.Fix(
            WithInput("""[ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/train/", CompressionType = {|AG0306:CompressionType.Gzip|}, ContentType = "text/csv")]"""),
            WithInput("""[ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/train/", CompressionType = CompressionType.Gzip, ContentType = "text/csv", InputMode = TrainingInputMode.Pipe)]"""),
            EquivalenceKeys.UsePipeMode,
            PipeOnlyCodeFixProvider.UsePipeTitle);

        [Fact]
        public async Task Pipe_mode_is_not_offered_for_compression_when_the_channel_does_not_support_it()
        {
            string source = Class(attributes: Profile.Replace(Input, """
                [Channel("extra", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/train/", CompressionType = CompressionType.Gzip)]
                [ValidationInput("extra", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/extra/", CompressionType = CompressionType.Gzip)]
                """));
            Document document = FixerHarness.CreateDocument(source);
            Diagnostic[] diagnostics = (await FixerHarness.AnalyzeAsync(document)).Where(d => d.Id == "AG0306").OrderBy(d => d.Location.SourceSpan.Start).ToArray();
            Assert.Equal(2, diagnostics.Length);
            var fixer = new PipeOnlyCodeFixProvider();
            Assert.Equal(
                new[] { "Remove the Pipe-only setting CompressionType", PipeOnlyCodeFixProvider.UsePipeTitle },
                (await FixerHarness.ActionsAsync(fixer, document, diagnostics[0])).Select(a => a.Title));
            Assert.Equal(
                new[] { "Remove the Pipe-only setting CompressionType" },
                (await FixerHarness.ActionsAsync(fixer, document, diagnostics[1])).Select(a => a.Title));
        }

        [Fact]
        public Task Fix_all_removes_both_adjacent_arguments_of_one_attribute_in_one_pass()
        {
            var test = new Infrastructure.CodeFixVerify<PipeOnlyCodeFixProvider>.Test
            {
                TestCode = WithInput("""[ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/train/", CompressionType = {|AG0306:CompressionType.Gzip|}, RecordWrapperType = {|AG0306:RecordWrapperType.RecordIO|}, ContentType = "text/csv")]"""),
                FixedCode = WithInput(Input),
                CodeActionEquivalenceKey = EquivalenceKeys.RemovePipeOnlyArgument,
                NumberOfIncrementalIterations = 2,
            };
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Augmented_manifest_switches_the_input_to_Pipe_mode() => VerifyFix.Fix(
            WithInput("""
                [ValidationInput("train",
                    S3DataType = {|AG0306:S3DataType.AugmentedManifestFile|},
                    S3Uri = "s3://bucket/train.manifest",
                    AttributeNames = new[] { "source-ref", "label" })]
                """),
            WithInput("""
                [ValidationInput("train",
                    S3DataType = S3DataType.AugmentedManifestFile,
                    S3Uri = "s3://bucket/train.manifest",
                    AttributeNames = new[] { "source-ref", "label" },
                    InputMode = TrainingInputMode.Pipe)]
                """),
            EquivalenceKeys.UsePipeMode,
            PipeOnlyCodeFixProvider.UsePipeTitle);

        [Fact]
        public Task Augmented_manifest_replaces_an_existing_InputMode() => VerifyFix.Fix(
            WithInput("""[ValidationInput("train", InputMode = TrainingInputMode.File, S3DataType = {|AG0306:S3DataType.AugmentedManifestFile|}, S3Uri = "s3://bucket/train.manifest")]"""),
            WithInput("""[ValidationInput("train", InputMode = TrainingInputMode.Pipe, S3DataType = S3DataType.AugmentedManifestFile, S3Uri = "s3://bucket/train.manifest")]"""),
            EquivalenceKeys.UsePipeMode);

        [Fact]
        public Task Pipe_mode_may_leave_an_unsupported_mode_to_report() => VerifyFix.Fix(
            Class(attributes: Profile.Replace(Input, """
                [Channel("labels", SupportedContentTypes = new[] { "application/x-recordio" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/train/")]
                [ValidationInput("labels", S3DataType = {|AG0306:S3DataType.AugmentedManifestFile|}, S3Uri = "s3://bucket/labels.manifest")]
                """)),
            Class(attributes: Profile.Replace(Input, """
                [Channel("labels", SupportedContentTypes = new[] { "application/x-recordio" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/train/")]
                [ValidationInput("labels", S3DataType = S3DataType.AugmentedManifestFile, S3Uri = "s3://bucket/labels.manifest", InputMode = {|AG0304:TrainingInputMode.Pipe|})]
                """)),
            EquivalenceKeys.UsePipeMode);

        [Fact]
        public Task Fix_all_removes_Pipe_only_arguments_in_a_document_and_across_documents()
        {
            var test = new Infrastructure.CodeFixVerify<PipeOnlyCodeFixProvider>.Test { CodeActionEquivalenceKey = EquivalenceKeys.RemovePipeOnlyArgument };
            test.TestState.Sources.Add(("First.cs", Class(algorithm: "first", attributes: Profile.Replace(Input, """
                [Channel("validation", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/train/", CompressionType = {|AG0306:CompressionType.Gzip|})]
                [ValidationInput("validation", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/validation/", RecordWrapperType = {|AG0306:RecordWrapperType.RecordIO|})]
                """))));
            test.TestState.Sources.Add(("Second.cs", Class(algorithm: "second", name: "Second", attributes: Profile.Replace(Input, """
                [ValidationInput("train", CompressionType = {|AG0306:CompressionType.Gzip|}, S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/train/")]
                """))));
            test.FixedState.Sources.Add(("First.cs", Class(algorithm: "first", attributes: Profile.Replace(Input, """
                [Channel("validation", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/train/")]
                [ValidationInput("validation", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/validation/")]
                """))));
            test.FixedState.Sources.Add(("Second.cs", Class(algorithm: "second", name: "Second", attributes: Profile.Replace(Input, """
                [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/train/")]
                """))));
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Fix_all_switches_every_augmented_manifest_input_to_Pipe_but_leaves_other_diagnostics()
        {
            var test = new Infrastructure.CodeFixVerify<PipeOnlyCodeFixProvider>.Test
            {
                CodeActionEquivalenceKey = EquivalenceKeys.UsePipeMode,
                TestCode = Class(attributes: Profile.Replace(Input, """
                    [Channel("labels", SupportedContentTypes = new[] { "application/x-recordio" }, SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe })]
                    [ValidationInput("train", S3DataType = {|AG0306:S3DataType.AugmentedManifestFile|}, S3Uri = "s3://bucket/train.manifest")]
                    [ValidationInput("labels", S3DataType = {|AG0306:S3DataType.AugmentedManifestFile|}, S3Uri = "s3://bucket/labels.manifest", RecordWrapperType = {|AG0306:RecordWrapperType.RecordIO|})]
                    """)),
                FixedCode = Class(attributes: Profile.Replace(Input, """
                    [Channel("labels", SupportedContentTypes = new[] { "application/x-recordio" }, SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe })]
                    [ValidationInput("train", S3DataType = S3DataType.AugmentedManifestFile, S3Uri = "s3://bucket/train.manifest", InputMode = TrainingInputMode.Pipe)]
                    [ValidationInput("labels", S3DataType = S3DataType.AugmentedManifestFile, S3Uri = "s3://bucket/labels.manifest", RecordWrapperType = RecordWrapperType.RecordIO, InputMode = TrainingInputMode.Pipe)]
                    """)),
                // In Pipe mode the RecordWrapperType is no longer a problem either.
                NumberOfIncrementalIterations = 2,
            };
            return test.RunAsync(CancellationToken.None);
        }
    }
}
