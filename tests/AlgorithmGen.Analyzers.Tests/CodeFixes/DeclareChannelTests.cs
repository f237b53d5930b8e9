using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.CodeFixes;
using AlgorithmGen.CodeFixes.Infrastructure;
using Xunit;
using static AlgorithmGen.Analyzers.Tests.CodeFixes.FixSources;
using VerifyFix = AlgorithmGen.Analyzers.Tests.Infrastructure.CodeFixVerify<AlgorithmGen.CodeFixes.DeclareChannelCodeFixProvider>;

namespace AlgorithmGen.Analyzers.Tests.CodeFixes
{
    public class DeclareChannelTests
    {
        [Fact]
        public Task Declares_the_channel_after_the_last_channel_with_the_inputs_content_type_and_the_jobs_mode() => VerifyFix.Fix(
            Class(attributes: Profile.Replace("TrainingInputMode.File", "TrainingInputMode.Pipe") + """

                [ValidationInput({|AG0301:"validation"|}, S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/validation/", ContentType = "application/json")]
                """),
            Usings + $$"""

            {{Header}}
            [Channel("validation", SupportedContentTypes = new[] { "application/json" }, SupportedInputModes = new[] { TrainingInputMode.Pipe })]
            {{Profile.Replace("TrainingInputMode.File", "TrainingInputMode.Pipe")}}
            [ValidationInput("validation", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/validation/", ContentType = "application/json")]
            public partial class Demo
            {

            }
            """,
            EquivalenceKeys.DeclareChannel,
            "Declare the missing channel 'validation'");

        [Fact]
        public Task Uses_text_csv_and_the_inputs_own_mode_and_copies_the_name_expression() => VerifyFix.Fix(
            Class(members: "private const string Extra = \"extra\";", attributes: Profile + """

                [ValidationInput({|AG0301:Extra|}, S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/extra/", InputMode = TrainingInputMode.FastFile)]
                """),
            Usings + $$"""

            {{Header}}
            [Channel(Extra, SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.FastFile })]
            {{Profile}}
            [ValidationInput(Extra, S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/extra/", InputMode = TrainingInputMode.FastFile)]
            public partial class Demo
            {
            private const string Extra = "extra";
            }
            """,
            EquivalenceKeys.DeclareChannel);

        [Fact]
        public Task Declares_after_the_algorithm_attribute_when_there_is_no_channel_which_also_settles_AG0001_and_spells_the_attribute_like_the_input() => VerifyFix.Fix(
            """
            namespace Demos
            {
                /// <summary>Demo.</summary>
                [{|AG0001:AlgorithmGen.Algorithm|}("demo-algorithm", TrainingImage = "img", SupportedTrainingInstanceTypes = new[] { AlgorithmGen.TrainingInstanceTypes.MlM5_XLarge })]
                [AlgorithmGen.ValidationProfile("smoke-test", ValidationRole = "arn:aws:iam::123456789012:role/Validation", TrainingInputMode = AlgorithmGen.TrainingInputMode.File,
                    S3OutputPath = "s3://bucket/output", InstanceType = AlgorithmGen.TrainingInstanceTypes.MlM5_XLarge, InstanceCount = 1, VolumeSizeInGB = 30, MaxRuntimeInSeconds = 3600)]
                [AlgorithmGen.ValidationInputAttribute({|AG0301:"train"|}, S3DataType = AlgorithmGen.S3DataType.S3Prefix, S3Uri = "s3://bucket/train/")]
                public partial class Demo { }
            }
            """,
            """
            namespace Demos
            {
                /// <summary>Demo.</summary>
                [AlgorithmGen.Algorithm("demo-algorithm", TrainingImage = "img", SupportedTrainingInstanceTypes = new[] { AlgorithmGen.TrainingInstanceTypes.MlM5_XLarge })]
                [AlgorithmGen.ChannelAttribute("train", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { AlgorithmGen.TrainingInputMode.File })]
                [AlgorithmGen.ValidationProfile("smoke-test", ValidationRole = "arn:aws:iam::123456789012:role/Validation", TrainingInputMode = AlgorithmGen.TrainingInputMode.File,
                    S3OutputPath = "s3://bucket/output", InstanceType = AlgorithmGen.TrainingInstanceTypes.MlM5_XLarge, InstanceCount = 1, VolumeSizeInGB = 30, MaxRuntimeInSeconds = 3600)]
                [AlgorithmGen.ValidationInputAttribute("train", S3DataType = AlgorithmGen.S3DataType.S3Prefix, S3Uri = "s3://bucket/train/")]
                public partial class Demo { }
            }
            """,
            EquivalenceKeys.DeclareChannel);

        [Fact]
        public Task Fix_all_declares_each_channel_once_in_input_order_and_across_documents()
        {
            const string inputs = """
                [ValidationInput({|AG0301:"validation"|}, S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/validation/")]
                [ValidationInput({|AG0301:"model"|}, S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/model/", ContentType = "application/x-sagemaker-model")]
                [ValidationInput({|AG0301:"validation"|}, S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/validation-2/")]
                """;
            string Fixed(string name, string algorithm, string channels, string inputLines) => Usings + $$"""

                {{Header.Replace("demo-algorithm", algorithm)}}
                {{channels}}
                {{Profile}}
                {{inputLines}}
                public partial class {{name}}
                {

                }
                """;
            var test = new Infrastructure.CodeFixVerify<DeclareChannelCodeFixProvider>.Test
            {
                CodeActionEquivalenceKey = EquivalenceKeys.DeclareChannel,
                // One at a time: "validation" (which also settles the second input of it), then "model", then the other document.
                NumberOfIncrementalIterations = 3,
            };
            test.TestState.Sources.Add(("First.cs", Class(algorithm: "first", attributes: Profile + "\n" + inputs)));
            test.TestState.Sources.Add(("Second.cs", Class(algorithm: "second", name: "Second", attributes: Profile + "\n" + """
                [ValidationInput({|AG0301:"model"|}, S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/model/")]
                """)));
            test.FixedState.Sources.Add(("First.cs", Fixed("Demo", "first", """
                [Channel("validation", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                [Channel("model", SupportedContentTypes = new[] { "application/x-sagemaker-model" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                """, inputs.Replace("{|AG0301:", "").Replace("|}", ""))));
            test.FixedState.Sources.Add(("Second.cs", Fixed("Second", "second", """
                [Channel("model", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
                """, """
                [ValidationInput("model", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/model/")]
                """)));
            return test.RunAsync(CancellationToken.None);
        }
    }
}
