using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using static AlgorithmGen.Analyzers.Tests.CodeFixes.FixSources;

namespace AlgorithmGen.Analyzers.Tests.CodeFixes
{
    /// <summary>
    /// A fixer may be handed a diagnostic anywhere (another version of the analyzer, a suppressed and moved
    /// diagnostic, code being typed): it must never throw, and offers nothing where its node is not.
    /// </summary>
    public class FixerRobustnessTests
    {
        private static readonly string RichSource = Class(
            attributes: Profile + """

                [ValidationInput("extra data", CompressionType = CompressionType.Gzip, RecordWrapperType = RecordWrapperType.RecordIO, S3DataType = S3DataType.AugmentedManifestFile, S3Uri = "s3://b/x")]
                [InferenceSpecification(SupportedContentTypes = new[] { "text/csv" }, SupportedResponseMIMETypes = new[] { "text/csv" })]
                [InferenceContainer("img", ContainerHostname = "serve_1")]
                [ValidationTransformJob(S3Uri = "s3://b/t", S3OutputPath = "s3://b/o", InstanceType = "ml.g4dn.xlarge", InstanceCount = 1, VolumeKmsKeyId = "k")]
                """,
            members: """
                /// <summary>Depth.</summary>
                [HyperParameter(MinValue = 16, MaxValue = 1, IsTunable = true, IsRequired = true, DefaultValue = "3")]
                public required int Depth { get; set; } = 6;

                [HyperParameter(IsTunable = true)] public string Mode { get; set; } = "a";

                public class Nested { }
            """)
            .Replace("MaxRuntimeInSeconds = 3600", "MaxRuntimeInSeconds = 3600, MaxWaitTimeInSeconds = 60, VolumeKmsKeyId = \"k\"")
            .Replace("InstanceCount = 1,", "InstanceCount = 3,");

        // Half-typed code: the fixers see broken trees too.
        private const string BrokenSource = Usings + """
            [Algorithm("demo algorithm", TrainingImage = , SupportedTrainingInstanceTypes = new[] { "ml.m5.large" )]
            [ValidationInput("x", CompressionType = CompressionType.)]
            public class Demo
            {
                [HyperParameter(MinValue = 3, MaxValue = )] public required int Depth { get; set; } =
            }
            """;

        public static IEnumerable<object[]> Cases =>
            from type in FixerCatalogueTests.FixerTypes
            from source in new[] { "rich", "broken" }
            select new object[] { type, source };

        [Theory]
        [MemberData(nameof(Cases))]
        public async Task Never_throws_wherever_the_diagnostic_is(Type fixerType, string source)
        {
            var fixer = (CodeFixProvider)Activator.CreateInstance(fixerType)!;
            Document document = FixerHarness.CreateDocument(source == "rich" ? RichSource : BrokenSource);
            SyntaxTree tree = (await document.GetSyntaxTreeAsync())!;
            SyntaxNode root = await tree.GetRootAsync();
            IEnumerable<TextSpan> spans = root.DescendantNodesAndTokens(descendIntoTrivia: true)
                .SelectMany(n => new[] { n.Span, n.FullSpan, new TextSpan(n.SpanStart, 0) })
                .Append(new TextSpan(0, 0))
                .Append(new TextSpan(root.FullSpan.End, 0))
                .Distinct();

            int offered = 0;
            foreach (string id in fixer.FixableDiagnosticIds)
            {
                var descriptor = new DiagnosticDescriptor(id, "title", "{0}", "category", DiagnosticSeverity.Warning, isEnabledByDefault: true);
                foreach (TextSpan span in spans)
                {
                    foreach (string message in new[] { "", "'x' does not match EntityName's pattern [a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}." })
                    {
                        Diagnostic diagnostic = Diagnostic.Create(descriptor, Location.Create(tree, span), message);
                        foreach (CodeAction action in await FixerHarness.ActionsAsync(fixer, document, diagnostic))
                        {
                            offered++;
                            await action.GetOperationsAsync(CancellationToken.None); // applying must not throw either
                        }
                    }
                }

                Diagnostic nowhere = Diagnostic.Create(descriptor, Location.None, "");
                Assert.Empty(await FixerHarness.ActionsAsync(fixer, document, nowhere));
                SyntaxTree other = CSharpSyntaxTree.ParseText(RichSource, path: "Other.cs");
                Diagnostic elsewhere = Diagnostic.Create(descriptor, Location.Create(other, new TextSpan(10, 5)), "");
                Assert.Empty(await FixerHarness.ActionsAsync(fixer, document, elsewhere));
            }

            // Each fixer finds its own node somewhere in the rich source, so the loop above did exercise its edits.
            if (source == "rich")
            {
                Assert.True(offered > 0);
            }
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public async Task Offers_nothing_for_other_rules(Type fixerType, string source)
        {
            var fixer = (CodeFixProvider)Activator.CreateInstance(fixerType)!;
            Document document = FixerHarness.CreateDocument(source == "rich" ? RichSource : BrokenSource);
            SyntaxTree tree = (await document.GetSyntaxTreeAsync())!;
            var descriptor = new DiagnosticDescriptor("AG0002", "title", "{0}", "category", DiagnosticSeverity.Warning, isEnabledByDefault: true);
            foreach (SyntaxNode node in (await tree.GetRootAsync()).DescendantNodes())
            {
                Assert.Empty(await FixerHarness.ActionsAsync(fixer, document, Diagnostic.Create(descriptor, Location.Create(tree, node.Span), "")));
            }
        }
    }
}
