using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AlgorithmGen.Benchmarks.FloorGenerator
{
    /// <summary>
    /// The least any generator keyed on <c>[Algorithm]</c> must cost: the same attribute lookup as AlgorithmGen's
    /// generator, keeping each class's name (an equatable string, so an unrelated edit leaves it cached) and emitting
    /// nothing.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class FloorGenerator : IIncrementalGenerator
    {
        /// <summary>The attribute AlgorithmGen's generator looks up (typeof is not available: the floor must not reference AlgorithmGen).</summary>
        public const string AlgorithmAttribute = "AlgorithmGen.AlgorithmAttribute";

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<string> names = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    AlgorithmAttribute,
                    static (node, _) => node is ClassDeclarationSyntax,
                    static (context, _) => context.TargetSymbol.Name)
                .WithTrackingName("Names");

            // A pipeline runs only up to a registered output; this one consumes the names and adds no source.
            context.RegisterSourceOutput(names, static (_, _) => { });
        }
    }
}
