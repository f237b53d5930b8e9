using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AlgorithmGen.Build.Tests.Infrastructure
{
    /// <summary>Compiles small assemblies carrying <c>AlgorithmPayload</c> attributes, as the generator would emit them.</summary>
    internal static class TestAssemblies
    {
        /// <summary>A copy of <c>AlgorithmGen.AlgorithmPayloadAttribute</c>: the task must recognize it by name alone.</summary>
        public const string AttributeSource = """
            namespace AlgorithmGen
            {
                [System.AttributeUsage(System.AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
                public sealed class AlgorithmPayloadAttribute : System.Attribute
                {
                    public AlgorithmPayloadAttribute(string algorithmName, string indentedJson)
                    {
                        AlgorithmName = algorithmName;
                        IndentedJson = indentedJson;
                    }

                    public string AlgorithmName { get; }

                    public string IndentedJson { get; }

                    public string RuleSeverities { get; set; }
                }
            }
            """;

        /// <summary><c>[assembly: global::AlgorithmGen.AlgorithmPayload("name", "json")]</c> with both strings escaped.</summary>
        public static string Payload(string? algorithmName, string? indentedJson) =>
            "[assembly: global::AlgorithmGen.AlgorithmPayload(" + Literal(algorithmName) + ", " + Literal(indentedJson) + ")]\n";

        /// <summary>Compiles <paramref name="sources"/> and the attribute into one assembly; returns its path.</summary>
        public static string EmitWithAttribute(string directory, params string[] sources) =>
            Emit(directory, "UserAssembly", sources.Append(AttributeSource), Array.Empty<MetadataReference>());

        /// <summary>
        /// Compiles the attribute into its own AlgorithmGen.dll and <paramref name="sources"/> into an assembly that
        /// references it, so the attribute's constructor is a member reference, as in a user's project.
        /// </summary>
        public static string EmitReferencingAttribute(string directory, params string[] sources)
        {
            string library = Emit(directory, "AlgorithmGen", new[] { AttributeSource }, Array.Empty<MetadataReference>());
            return Emit(directory, "UserAssembly", sources, new[] { MetadataReference.CreateFromFile(library) });
        }

        /// <summary>Compiles <paramref name="sources"/> alone; returns the assembly's path.</summary>
        public static string Emit(string directory, string assemblyName, IEnumerable<string> sources, IEnumerable<MetadataReference> references)
        {
            CSharpCompilation compilation = CSharpCompilation.Create(
                assemblyName,
                sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, path: $"Source{i}.cs")),
                Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().Concat(references),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            string path = Path.Combine(directory, assemblyName + ".dll");
            Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(path);
            Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
            return path;
        }

        private static string Literal(string? value) =>
            value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);
    }
}
