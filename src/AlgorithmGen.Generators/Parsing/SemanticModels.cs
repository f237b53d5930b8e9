using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace AlgorithmGen.Generators.Parsing
{
    /// <summary>
    /// Hands out one semantic model per syntax tree: the one the pipeline already has for the class's own file, and a
    /// new one only for a file not seen yet (creating them is not free). The analyzer shares one instance across the
    /// whole compilation, so many classes in one file bind against one model; semantic models are thread-safe.
    /// </summary>
    internal sealed class SemanticModels
    {
        private readonly Compilation _compilation;
        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();

        public SemanticModels(Compilation compilation, SemanticModel? known = null)
        {
            _compilation = compilation;
            if (known is not null)
            {
                _models[known.SyntaxTree] = known;
            }
        }

#pragma warning disable RS1030 // The analyzer path has no semantic model of its own: a symbol action needs one for initializers.
        public SemanticModel For(SyntaxTree tree) => _models.GetOrAdd(tree, t => _compilation.GetSemanticModel(t));
#pragma warning restore RS1030
    }
}
