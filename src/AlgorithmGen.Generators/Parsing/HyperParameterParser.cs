using System.Collections.Generic;
using System.Threading;
using AlgorithmGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AlgorithmGen.Generators.Parsing
{
    /// <summary>
    /// Builds <c>SupportedHyperParameters</c> from the class's <c>[HyperParameter]</c> properties, in declaration
    /// order: the type from the property type, the default from the initializer, IsRequired from <c>required</c>.
    /// </summary>
    internal static class HyperParameterParser
    {
        /// <summary>The kinds of property types the generator maps, with the API type each implies.</summary>
        internal enum ClrKind
        {
            Unsupported,
            Integer,
            Floating,
            Boolean,
            Enum,
            String,
        }

        /// <returns>The specifications, or null when an attribute could not be bound (half-typed code).</returns>
        public static List<HyperParameterSpecification>? Parse(INamedTypeSymbol type, SemanticModels semanticModels, int naming, SourceMap? sourceMap, TrainingBindings? training, CancellationToken cancellationToken)
        {
            var result = new List<HyperParameterSpecification>();
            foreach (ISymbol member in type.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                // Static properties and indexers can't carry a training job's hyperparameter (AG0908 says so).
                if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false } property)
                {
                    continue;
                }

                foreach (AttributeData attribute in property.GetAttributes())
                {
                    if (attribute.AttributeClass?.ToDisplayString() != AttributeNames.HyperParameter)
                    {
                        continue;
                    }

                    var arguments = new AttributeArguments(attribute);
                    if (arguments.HasErrors(cancellationToken))
                    {
                        return null;
                    }

                    if (Specification(property, arguments, semanticModels, naming, cancellationToken) is { } specification)
                    {
                        result.Add(specification);
                        training?.HyperParameters.Add((property, specification));
                        BindAll(sourceMap, new ShapeOrigin(attribute, property), specification, specification.Range, specification.Range?.IntegerParameterRangeSpecification,
                            specification.Range?.ContinuousParameterRangeSpecification, specification.Range?.CategoricalParameterRangeSpecification);
                    }
                }
            }

            return result;
        }

        /// <summary>The CLR kind of a property type, looking through <c>Nullable&lt;T&gt;</c>.</summary>
        public static ClrKind KindOf(ITypeSymbol type, out INamedTypeSymbol? enumType)
        {
            enumType = null;
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            if (type.TypeKind == TypeKind.Enum && type is INamedTypeSymbol named)
            {
                enumType = named;
                return ClrKind.Enum;
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                    return ClrKind.Integer;
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                case SpecialType.System_Decimal:
                    return ClrKind.Floating;
                case SpecialType.System_Boolean:
                    return ClrKind.Boolean;
                case SpecialType.System_String:
                    return ClrKind.String;
                default:
                    return ClrKind.Unsupported;
            }
        }

        private static HyperParameterSpecification? Specification(
            IPropertySymbol property, AttributeArguments arguments, SemanticModels semanticModels, int naming, CancellationToken cancellationToken)
        {
            ClrKind kind = KindOf(property.Type, out INamedTypeSymbol? enumType);
            List<string>? values = arguments.Strings("Values");
            string? type = arguments.Enum("Type") ?? kind switch
            {
                ClrKind.Integer => "Integer",
                ClrKind.Floating => "Continuous",
                ClrKind.Boolean or ClrKind.Enum => "Categorical",
                ClrKind.String => values is null ? "FreeText" : "Categorical",
                _ => null,
            };
            if (type is null)
            {
                // An unsupported property type: an analyzer reports it; the rest of the class still generates.
                return null;
            }

            // A bool or enum lists its own values, unless the type was overridden or `Values = null` asks for no range.
            values ??= type != "Categorical" || arguments.IsWrittenNull("Values") ? null : kind switch
            {
                ClrKind.Boolean => new List<string> { "true", "false" },
                ClrKind.Enum => WireValues.EnumMembers(enumType!),
                _ => null,
            };

            bool? isRequired = property.IsRequired ? true : arguments.Boolean("IsRequired");
            return new HyperParameterSpecification
            {
                Name = arguments.String("Name") ?? arguments.String(0) ?? HyperParameterNames.FromPropertyName(property.Name, naming),
                Description = arguments.String("Description") ?? (arguments.IsWrittenNull("Description") ? null : DocComments.Summary(property, cancellationToken)),
                Type = type,
                Range = Range(type, kind, arguments, values),
                IsTunable = arguments.Boolean("IsTunable"),
                IsRequired = isRequired,
                DefaultValue = arguments.String("DefaultValue") ?? (arguments.IsWrittenNull("DefaultValue") ? null : InitializerValue(property, enumType, semanticModels, cancellationToken)),
            };
        }

        /// <summary>
        /// The range as written: bounds make a numeric range (Integer for integer properties and Integer types,
        /// else Continuous) and values a categorical one, whatever the type, so a range that contradicts the type
        /// reaches the rules (AG0103) instead of disappearing.
        /// </summary>
        private static ParameterRange? Range(string type, ClrKind kind, AttributeArguments arguments, List<string>? values)
        {
            string? min = arguments.Scalar("MinValue");
            string? max = arguments.Scalar("MaxValue");
            bool integer = type == "Integer" || (type != "Continuous" && kind == ClrKind.Integer);
            if (min is null && max is null && values is null)
            {
                return null;
            }

            return new ParameterRange
            {
                IntegerParameterRangeSpecification = (min is not null || max is not null) && integer ? new IntegerParameterRangeSpecification { MinValue = min, MaxValue = max } : null,
                ContinuousParameterRangeSpecification = (min is not null || max is not null) && !integer ? new ContinuousParameterRangeSpecification { MinValue = min, MaxValue = max } : null,
                CategoricalParameterRangeSpecification = values is not null ? new CategoricalParameterRangeSpecification { Values = values } : null,
            };
        }

        private static void BindAll(SourceMap? sourceMap, ShapeOrigin origin, params IApiShape?[] shapes)
        {
            foreach (IApiShape? shape in shapes)
            {
                if (sourceMap is not null && shape is not null)
                {
                    sourceMap.Bind(shape, origin);
                }
            }
        }

        /// <summary>The property initializer's constant value in wire form, or null when there is none or it is not constant.</summary>
        private static string? InitializerValue(IPropertySymbol property, INamedTypeSymbol? enumType, SemanticModels semanticModels, CancellationToken cancellationToken)
        {
            foreach (SyntaxReference reference in property.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is not PropertyDeclarationSyntax { Initializer.Value: { } initializer })
                {
                    continue;
                }

                SemanticModel semanticModel = semanticModels.For(initializer.SyntaxTree);
                Optional<object?> constant = semanticModel.GetConstantValue(initializer, cancellationToken);
                if (!constant.HasValue || constant.Value is null)
                {
                    return null;
                }

                return enumType is not null
                    ? WireValues.EnumMember(enumType, constant.Value)
                    : WireValues.Format(constant.Value);
            }

            return null;
        }
    }
}
