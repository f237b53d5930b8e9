using System.Collections.Generic;
using AlgorithmGen.Model;
using Microsoft.CodeAnalysis;

namespace AlgorithmGen.Generators.Parsing
{
    /// <summary>
    /// What the parser finds besides the request, for the training container's generated binder: which property
    /// each hyperparameter came from, and each metric's line format. Filled while parsing, read right after; the
    /// generator turns it into a <see cref="Model.TrainingModel"/> of plain strings before anything is cached.
    /// </summary>
    internal sealed class TrainingBindings
    {
        /// <summary>The hyperparameters with their properties, in declaration order.</summary>
        public List<(IPropertySymbol Property, HyperParameterSpecification Specification)> HyperParameters { get; } = new();

        /// <summary>The <c>Format</c> argument of each metric's attribute (null when not written).</summary>
        public Dictionary<MetricDefinition, string?> MetricFormats { get; } = new(AlgorithmGen.Rules.ShapeReferenceComparer.Instance);
    }
}
