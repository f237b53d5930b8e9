using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace AlgorithmGen.Generators.Parsing
{
    /// <summary>
    /// Hands out one semantic model per syntax tree for a parse: the one the pipeline already has for the class's
    /// own file, and a new one only for another file of a partial class (creating them is not free).
    /// </summary>
    internal sealed class SemanticModels
    {
        private readonly Compilation _compilation;
        private readonly Dictionary<SyntaxTree, SemanticModel> _models = new();

        public SemanticModels(Compilation compilation, SemanticModel? known = null)
        {
            _compilation = compilation;
            if (known is not null)
            {
                _models[known.SyntaxTree] = known;
            }
        }

        public SemanticModel For(SyntaxTree tree)
        {
            if (!_models.TryGetValue(tree, out SemanticModel? model))
            {
#pragma warning disable RS1030 // The analyzer path has no semantic model of its own: a symbol action needs one for initializers.
                model = _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                _models[tree] = model;
            }

            return model;
        }
    }
}
