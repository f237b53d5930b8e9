extern alias generators;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using generators::AlgorithmGen.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AlgorithmGen.Generators.Tests.Infrastructure
{
    /// <summary>Runs the generator over in-memory sources against .NET 8 reference assemblies and the AlgorithmGen library.</summary>
    internal static class GeneratorHarness
    {
        public static readonly CSharpParseOptions LatestParseOptions = new(LanguageVersion.Latest);

        private static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net80.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(AlgorithmAttribute).Assembly.Location))
            .ToImmutableArray();

        /// <summary><see cref="References"/> plus AlgorithmGen.Training: the project of a training container.</summary>
        public static readonly ImmutableArray<MetadataReference> TrainingReferences = References
            .Add(MetadataReference.CreateFromFile(typeof(AlgorithmGen.Training.TrainingContext).Assembly.Location));

        /// <summary><see cref="TrainingReferences"/> plus AlgorithmGen.Serving: a project with both container hosts.</summary>
        public static readonly ImmutableArray<MetadataReference> ContainerReferences = TrainingReferences
            .Add(MetadataReference.CreateFromFile(typeof(AlgorithmGen.Serving.ServingHost).Assembly.Location));

        public static CSharpCompilation Compilation(IEnumerable<string> sources, CSharpParseOptions? parseOptions = null, ImmutableArray<MetadataReference>? references = null) =>
            CSharpCompilation.Create(
                "UserAssembly",
                sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions ?? LatestParseOptions, path: $"Source{i}.cs")),
                references ?? References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        public static CSharpGeneratorDriver Driver(CSharpParseOptions? parseOptions = null) =>
            CSharpGeneratorDriver.Create(
                new[] { new AlgorithmGenerator().AsSourceGenerator() },
                parseOptions: parseOptions ?? LatestParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        /// <summary>Runs the generator; returns the output compilation and the run result.</summary>
        public static (Compilation Output, GeneratorDriverRunResult Result) Run(CSharpParseOptions? parseOptions, params string[] sources) =>
            Run(parseOptions, References, sources);

        public static (Compilation Output, GeneratorDriverRunResult Result) Run(CSharpParseOptions? parseOptions, ImmutableArray<MetadataReference> references, params string[] sources)
        {
            CSharpCompilation input = Compilation(sources, parseOptions, references);
            GeneratorDriver driver = Driver(parseOptions).RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _);
            return (output, driver.GetRunResult());
        }

        public static (Compilation Output, GeneratorDriverRunResult Result) Run(params string[] sources) => Run(null, sources);

        /// <summary>Generates, compiles without errors or warnings, loads the assembly and returns it.</summary>
        public static Assembly CompileAndLoad(params string[] sources) => CompileAndLoad(References, sources);

        /// <inheritdoc cref="CompileAndLoad(string[])"/>
        public static Assembly CompileAndLoad(ImmutableArray<MetadataReference> references, params string[] sources)
        {
            (Compilation output, GeneratorDriverRunResult result) = Run(null, references, sources);
            Assert.Empty(result.Diagnostics);
            Assert.All(result.Results, r => Assert.Null(r.Exception));
            using var stream = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult emit = output.Emit(stream);
            Diagnostic[] problems = emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            Assert.True(emit.Success && problems.Length == 0, string.Join(Environment.NewLine, problems.Select(d => d.ToString())));
            stream.Position = 0;
            return new AssemblyLoadContext("generated-" + Guid.NewGuid(), isCollectible: true).LoadFromStream(stream);
        }

        /// <summary>The compile-time JSON the generator produced for <paramref name="className"/>.</summary>
        public static string CompileTimeJson(Assembly assembly, string className) =>
            (string)assembly.GetType(className, throwOnError: true)!.GetField("CreateAlgorithmJson")!.GetRawConstantValue()!;

        public static string GeneratedSource(GeneratorDriverRunResult result, string hintName) =>
            result.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
    }
}
