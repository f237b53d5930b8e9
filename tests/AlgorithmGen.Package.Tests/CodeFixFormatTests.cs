using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AlgorithmGen.Package.Tests.Infrastructure;
using AlgorithmGen.Testing;
using Xunit;
using Xunit.Abstractions;

namespace AlgorithmGen.Package.Tests
{
    /// <summary>
    /// Every code fix works from the command line: `dotnet format analyzers --diagnostics ...` on a consumer of the packed
    /// package (the code fixes load beside the generator assembly they reference) applies it as a Fix All over the
    /// solution. One consumer holds one file per fixable rule, each with that rule's mistake; one `dotnet format` run
    /// fixes them all, and each test checks its own file.
    /// </summary>
    [Collection(PackageFeedCollection.Name)]
    public sealed class CodeFixFormatTests
    {
        private static readonly object CacheGate = new();
        private static (PackageFeed Feed, FormatRun Run)? s_cache;

        private readonly FormatRun _run;

        public CodeFixFormatTests(PackageFeed feed, ITestOutputHelper output)
        {
            lock (CacheGate)
            {
                if (s_cache is not { } cache || cache.Feed != feed)
                {
                    s_cache = cache = (feed, new FormatRun(feed, output));
                }

                _run = cache.Run;
            }
        }

        public static IEnumerable<object[]> Ids => FormatRun.Cases.Select(c => new object[] { c.Id });

        [Fact]
        public void Every_rule_the_docs_call_fixable_has_a_case()
        {
            // docs/rules/<ID>.md says "Code fix: yes" for exactly the rules with a fixer (the analyzer tests hold the
            // fixers to the catalogue); a new fixable rule needs a case here too.
            var fixable = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs", "rules"), "AG*.md")
                .Where(file => File.ReadAllText(file).Contains("Code fix: yes", StringComparison.Ordinal))
                .Select(Path.GetFileNameWithoutExtension)
                .OrderBy(id => id, StringComparer.Ordinal);
            Assert.Equal(fixable, FormatRun.Cases.Select(c => c.Id).OrderBy(id => id, StringComparer.Ordinal));
        }

        [Fact]
        public void Format_fixed_everything_without_refusing_a_fixer()
        {
            Assert.True(_run.Result.ExitCode == 0, _run.Result.ToString());
            Assert.DoesNotContain("Unable to fix", _run.Result.Output, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(Ids))]
        public void The_fix_is_applied(string id)
        {
            FormatRun.Case @case = FormatRun.Cases.Single(c => c.Id == id);
            string text = _run.Fixed[id];
            foreach (string gone in @case.Gone)
            {
                Assert.False(text.Contains(gone, StringComparison.Ordinal), $"{id}: '{gone}' is still there:\n{text}\n{_run.Result}");
            }

            foreach (string expected in @case.Expected)
            {
                Assert.True(text.Contains(expected, StringComparison.Ordinal), $"{id}: '{expected}' is missing:\n{text}\n{_run.Result}");
            }
        }
    }

    /// <summary>The consumer with one mistake per fixable rule, and what one `dotnet format` run made of it.</summary>
    internal sealed class FormatRun
    {
        /// <summary>A rule's case: its file's attributes and members, what the fix removes and what it writes.</summary>
        public sealed record Case(string Id, string Attributes, string Members, string[] Gone, string[] Expected, string Modifiers = "public partial");

        private const string Profile = """
            [ValidationProfile("smoke-test",
                ValidationRole = "arn:aws:iam::123456789012:role/Validation",
                TrainingInputMode = TrainingInputMode.File,
                S3OutputPath = "s3://bucket/output",
                InstanceType = TrainingInstanceTypes.MlM5_XLarge,
                InstanceCount = 1,
                VolumeSizeInGB = 30,
                MaxRuntimeInSeconds = 3600)]
            [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/train/", ContentType = "text/csv")]
            """;

        private const string Input = """[ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/train/", ContentType = "text/csv")]""";

        public static IReadOnlyList<Case> Cases { get; } = new[]
        {
            // The consumer's own GradientBoostingAlgorithm.cs has AG0101 (Consumer.AlgorithmSource); this is a second one.
            new Case("AG0101", "", "[HyperParameter] public required int Rounds { get; set; } = 10;",
                new[] { "= 10;" }, new[] { "public required int Rounds { get; set; }" }),
            new Case("AG0003", """[Channel("extra data", SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]""", "",
                new[] { "\"extra data\"" }, new[] { "[Channel(\"extra_data\"" }),
            new Case("AG0104", "", "[HyperParameter(MinValue = 10, MaxValue = 1)] public int Depth { get; set; } = 5;",
                new[] { "MinValue = 10" }, new[] { "[HyperParameter(MinValue = 1, MaxValue = 10)]" }),
            new Case("AG0107", "", "[HyperParameter(IsTunable = true)] public string Objective { get; set; } = \"rmse\";",
                new[] { "IsTunable" }, new[] { "[HyperParameter] public string Objective" }),
            new Case("AG0301", Profile + "\n" + """[ValidationInput("validation", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bucket/validation/", ContentType = "application/json")]""", "",
                Array.Empty<string>(), new[] { "[Channel(\"validation\", SupportedContentTypes = new[] { \"application/json\" }, SupportedInputModes = new[] { TrainingInputMode.File })]" }),
            new Case("AG0305", Profile.Replace("InstanceCount = 1,", "InstanceCount = 4,"), "",
                new[] { "InstanceCount = 4" }, new[] { "InstanceCount = 1," }),
            new Case("AG0306", Profile.Replace(Input, Input.Replace("ContentType = ", "CompressionType = CompressionType.Gzip, ContentType = ")), "",
                new[] { "CompressionType" }, new[] { Input }),
            new Case("AG0307", Profile.Replace("MaxRuntimeInSeconds = 3600)]", "MaxRuntimeInSeconds = 3600, MaxWaitTimeInSeconds = 600)]"), "",
                new[] { "MaxWaitTimeInSeconds = 600" }, new[] { "MaxWaitTimeInSeconds = 3600" }),
            new Case("AG0308", Profile.Replace("TrainingInstanceTypes.MlM5_XLarge", "TrainingInstanceTypes.MlG5_2XLarge").Replace("VolumeSizeInGB = 30,", "VolumeSizeInGB = 30, VolumeKmsKeyId = \"alias/validation\","), "",
                new[] { "VolumeKmsKeyId" }, new[] { "VolumeSizeInGB = 30," }),
            new Case("AG0311", Profile.Replace("MaxRuntimeInSeconds = 3600", "MaxRuntimeInSeconds = 3000000"), "",
                new[] { "3000000" }, new[] { "MaxRuntimeInSeconds = 2419200" }),
            new Case("AG0901", "", "", new[] { "public sealed class" }, new[] { "public sealed partial class" }, Modifiers: "public sealed"),
        };

        public FormatRun(PackageFeed feed, ITestOutputHelper output)
        {
            var consumer = Consumer.Create(feed, output, "format");
            foreach (Case @case in Cases)
            {
                consumer.WriteSource(FileName(@case), Source(@case));
            }

            string[] arguments = new[] { "format", "analyzers", consumer.ProjectPath, "--no-restore", "--severity", "info", "--diagnostics" }
                .Concat(Cases.Select(c => c.Id))
                .ToArray();
            Result = consumer.Dotnet(arguments);
            Fixed = Cases.ToDictionary(c => c.Id, c => File.ReadAllText(Path.Combine(consumer.Directory, "App", FileName(c))), StringComparer.Ordinal);
        }

        /// <summary>The `dotnet format` run.</summary>
        public Cli.Result Result { get; }

        /// <summary>Each case's file after the run, by rule ID.</summary>
        public IReadOnlyDictionary<string, string> Fixed { get; }

        private static string FileName(Case @case) => "Fix" + @case.Id + ".cs";

        private static string Source(Case @case) => $$"""
            using AlgorithmGen;

            namespace App;

            [Algorithm("fix-{{@case.Id.ToLowerInvariant()}}", TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/demo:1",
                SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge, TrainingInstanceTypes.MlG5_2XLarge })]
            [Channel("train", IsRequired = true, SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File, TrainingInputMode.Pipe })]
            {{@case.Attributes}}
            {{@case.Modifiers}} class Fix{{@case.Id}}
            {
                {{@case.Members}}
            }
            """;
    }
}
