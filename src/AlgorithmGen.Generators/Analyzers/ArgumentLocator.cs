using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AlgorithmGen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AlgorithmGen.Generators.Analyzers
{
    /// <summary>
    /// Finds the source location of a request member: the attribute argument that set it (an array element when
    /// the violation names an item), the property, its initializer or its <c>required</c> modifier for
    /// hyperparameters, and the attribute itself when the member was not written (a missing required member).
    /// </summary>
    internal static class ArgumentLocator
    {
        // Members whose attribute argument is spelt differently, keyed by "Shape.Member".
        private static readonly Dictionary<string, string[]> Aliases = new(StringComparer.Ordinal)
        {
            ["CreateAlgorithmInput.AlgorithmName"] = new[] { "name" },
            ["CreateAlgorithmInput.AlgorithmDescription"] = new[] { "Description" },
            ["MetricDefinition.Name"] = new[] { "name" },
            ["HyperParameterTuningJobObjective.Type"] = new[] { "TuningObjective" },
            ["HyperParameterTuningJobObjective.MetricName"] = new[] { "name" },
            ["OutputDataConfig.KmsKeyId"] = new[] { "OutputKmsKeyId" },
            ["OutputDataConfig.CompressionType"] = new[] { "OutputCompressionType" },
            ["ShuffleConfig.Seed"] = new[] { "ShuffleSeed" },
            ["BaseModel.HubContentName"] = new[] { "BaseModelHubContentName" },
            ["BaseModel.HubContentVersion"] = new[] { "BaseModelHubContentVersion" },
            ["BaseModel.RecipeName"] = new[] { "BaseModelRecipeName" },
            ["HyperParameterSpecification.Range"] = new[] { "MinValue", "MaxValue", "Values", "Type" },
            ["ParameterRange.IntegerParameterRangeSpecification"] = new[] { "MinValue", "MaxValue" },
            ["ParameterRange.ContinuousParameterRangeSpecification"] = new[] { "MinValue", "MaxValue" },
            ["ParameterRange.CategoricalParameterRangeSpecification"] = new[] { "Values" },
            ["TrainingSpecification.SupportedTuningJobObjectiveMetrics"] = new[] { "TuningObjective" },
        };

        public static Location Locate(ShapeOrigin? origin, string shapeName, string? member, int? index, string? mapKey, Location fallback, CancellationToken cancellationToken)
        {
            if (origin is null)
            {
                return fallback;
            }

            AttributeSyntax? attribute = origin.Attribute?.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
            if (member is not null)
            {
                string[] names = Aliases.TryGetValue(shapeName + "." + member, out string[]? alias) ? alias : new[] { member };
                if (attribute is not null && FindArgument(attribute, origin.Attribute!, names) is { } argument)
                {
                    return (mapKey is not null ? MapEntry(argument, mapKey) : Element(argument, index))?.GetLocation() ?? argument.GetLocation();
                }

                if (origin.Property is { } property && PropertyLocation(property, member, cancellationToken) is { } propertyLocation)
                {
                    return propertyLocation;
                }
            }

            if (attribute is not null)
            {
                return attribute.Name.GetLocation();
            }

            return origin.Property?.Locations.FirstOrDefault() ?? fallback;
        }

        /// <summary>The argument expression for the first of <paramref name="names"/>: a named argument, or a constructor argument by parameter name.</summary>
        internal static ExpressionSyntax? FindArgument(AttributeSyntax attribute, AttributeData data, IReadOnlyList<string> names)
        {
            if (attribute.ArgumentList is not { } list)
            {
                return null;
            }

            foreach (string name in names)
            {
                foreach (AttributeArgumentSyntax argument in list.Arguments)
                {
                    if (argument.NameEquals?.Name.Identifier.ValueText == name)
                    {
                        return argument.Expression;
                    }
                }

                if (data.AttributeConstructor is not { } constructor)
                {
                    continue;
                }

                int position = 0;
                foreach (AttributeArgumentSyntax argument in list.Arguments)
                {
                    if (argument.NameEquals is not null)
                    {
                        continue;
                    }

                    string? parameter = argument.NameColon?.Name.Identifier.ValueText
                        ?? (position < constructor.Parameters.Length ? constructor.Parameters[position].Name : null);
                    position++;
                    if (string.Equals(parameter, name, StringComparison.OrdinalIgnoreCase))
                    {
                        return argument.Expression;
                    }
                }
            }

            return null;
        }

        /// <summary>Item <paramref name="index"/> of an array or collection expression, if the argument is one.</summary>
        internal static ExpressionSyntax? Element(ExpressionSyntax argument, int? index)
        {
            if (index is not { } i)
            {
                return null;
            }

            SeparatedSyntaxList<ExpressionSyntax>? items = argument switch
            {
                ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
                ImplicitArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
                _ => null,
            };
            if (items is { } expressions && i < expressions.Count)
            {
                return expressions[i];
            }

            if (argument is CollectionExpressionSyntax collection && i < collection.Elements.Count)
            {
                return collection.Elements[i] is ExpressionElementSyntax element ? element.Expression : null;
            }

            return null;
        }

        /// <summary>The last <c>"KEY=value"</c> item for <paramref name="key"/> in an array argument (the one that wins).</summary>
        private static ExpressionSyntax? MapEntry(ExpressionSyntax argument, string key)
        {
            IEnumerable<ExpressionSyntax> items = argument switch
            {
                ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
                ImplicitArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
                CollectionExpressionSyntax collection => collection.Elements.OfType<ExpressionElementSyntax>().Select(element => element.Expression),
                _ => Enumerable.Empty<ExpressionSyntax>(),
            };
            return items.LastOrDefault(item => item is LiteralExpressionSyntax { Token.ValueText: { } text }
                && (text == key || text.StartsWith(key + "=", StringComparison.Ordinal)));
        }

        private static Location? PropertyLocation(IPropertySymbol property, string member, CancellationToken cancellationToken)
        {
            foreach (SyntaxReference reference in property.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is not PropertyDeclarationSyntax declaration)
                {
                    continue;
                }

                switch (member)
                {
                    case "DefaultValue" when declaration.Initializer is { } initializer:
                        return initializer.Value.GetLocation();
                    case "IsRequired" when declaration.Modifiers.FirstOrDefault(m => m.IsKind(SyntaxKind.RequiredKeyword)) is { RawKind: not 0 } required:
                        return required.GetLocation();
                    case "Type":
                        return declaration.Type.GetLocation();
                    default:
                        return declaration.Identifier.GetLocation();
                }
            }

            return null;
        }
    }
}
