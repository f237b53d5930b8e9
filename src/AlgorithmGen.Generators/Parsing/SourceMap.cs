using System.Collections.Generic;
using AlgorithmGen.Model;
using Microsoft.CodeAnalysis;

namespace AlgorithmGen.Generators.Parsing
{
    /// <summary>Where a structure of the request came from: the attribute that declared it, and for hyperparameters the property.</summary>
    internal sealed class ShapeOrigin
    {
        public ShapeOrigin(AttributeData? attribute, IPropertySymbol? property)
        {
            Attribute = attribute;
            Property = property;
        }

        public AttributeData? Attribute { get; }

        public IPropertySymbol? Property { get; }
    }

    /// <summary>
    /// Records, while the parser builds a request, which attribute (or property) each structure came from, so the
    /// analyzers can turn a rule violation on a structure's member into the location of the attribute argument that
    /// set it. The generator parses without a map.
    /// </summary>
    internal sealed class SourceMap
    {
        private readonly Dictionary<IApiShape, ShapeOrigin> _origins = new(AlgorithmGen.Rules.ShapeReferenceComparer.Instance);

        public void Bind(IApiShape shape, ShapeOrigin origin)
        {
            if (!_origins.ContainsKey(shape))
            {
                _origins[shape] = origin;
            }
        }

        public ShapeOrigin? Find(IApiShape shape) => _origins.TryGetValue(shape, out ShapeOrigin? origin) ? origin : null;
    }
}
