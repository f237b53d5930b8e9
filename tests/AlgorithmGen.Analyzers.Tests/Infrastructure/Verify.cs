extern alias generators;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using generators::AlgorithmGen.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace AlgorithmGen.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// Runs <see cref="AlgorithmAnalyzer"/> over markup sources (<c>{|AG0101:text|}</c> marks the exact span a
    /// diagnostic must cover) against .NET 8 reference assemblies from Basic.Reference.Assemblies (no downloads) and
    /// the AlgorithmGen library.
    /// </summary>
    internal static class Verify
    {
        public static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net80.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(AlgorithmAttribute).Assembly.Location))
            .ToImmutableArray();

        /// <summary>No package: the references come from <see cref="References"/>.</summary>
        public static readonly ReferenceAssemblies NoPackages = new("net8.0");

        /// <summary><see cref="References"/> plus AlgorithmGen.Training, whose presence makes the training container's code (and its checks) apply.</summary>
        public static readonly ImmutableArray<MetadataReference> TrainingReferences = References
            .Add(MetadataReference.CreateFromFile(typeof(AlgorithmGen.Training.TrainingContext).Assembly.Location));

        /// <summary><see cref="References"/> plus AlgorithmGen.Serving, whose handlers AG0405 checks.</summary>
        public static readonly ImmutableArray<MetadataReference> ServingReferences = References
            .Add(MetadataReference.CreateFromFile(typeof(AlgorithmGen.Serving.InferenceResponse).Assembly.Location));

        public static Task Analyzer(string source, params DiagnosticResult[] expected) => Run(source, References, expected);

        /// <summary>Runs <see cref="ServingContentTypeAnalyzer"/> in a project that references AlgorithmGen.Serving.</summary>
        public static Task ServingAnalyzer(string source, params DiagnosticResult[] expected)
        {
            var test = new CSharpAnalyzerTest<ServingContentTypeAnalyzer, DefaultVerifier>
            {
                TestCode = source,
                ReferenceAssemblies = NoPackages,
            };
            test.TestState.AdditionalReferences.AddRange(ServingReferences);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>As <see cref="Analyzer"/>, in a project that references AlgorithmGen.Training.</summary>
        public static Task AnalyzerWithTraining(string source, params DiagnosticResult[] expected) => Run(source, TrainingReferences, expected);

        private static Task Run(string source, ImmutableArray<MetadataReference> references, DiagnosticResult[] expected)
        {
            var test = new CSharpAnalyzerTest<AlgorithmAnalyzer, DefaultVerifier>
            {
                TestCode = source,
                ReferenceAssemblies = NoPackages,
            };
            test.TestState.AdditionalReferences.AddRange(references);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }
    }
}
