using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
        public static List<HyperParameterSpecification>? Parse(INamedTypeSymbol type, SemanticModels semanticModels, HyperParameterNaming naming, SourceMap? sourceMap, ParseProblems problems, TrainingBindings? training, CancellationToken cancellationToken)
        {
            var result = new List<HyperParameterSpecification>();
            foreach (IPropertySymbol property in type.GetMembers().OfType<IPropertySymbol>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                AttributeArguments? stated = null;
                if (property.GetAttributes().FirstOrDefault(attribute => AttributeNames.Is(attribute.AttributeClass, AttributeNames.HyperParameterRange)) is { } rangeAttribute)
                {
                    stated = new AttributeArguments(rangeAttribute);
                    if (stated.Value.HasErrors(cancellationToken))
                    {
                        return null;
                    }

                    if (!property.GetAttributes().Any(attribute => AttributeNames.Is(attribute.AttributeClass, AttributeNames.HyperParameter)))
                    {
                        problems.Add(RuleMessages.RangeWithoutHyperParameter, stated.Value.Whole, property.Name);
                    }
                }

                foreach (AttributeData attribute in property.GetAttributes())
                {
                    if (!AttributeNames.Is(attribute.AttributeClass, AttributeNames.HyperParameter))
                    {
                        continue;
                    }

                    var arguments = new AttributeArguments(attribute);
                    // Static properties and indexers can't carry a training job's hyperparameter.
                    if (property.IsStatic || property.IsIndexer)
                    {
                        problems.Add(RuleMessages.HyperParameterNotOnInstanceProperty, new SourceRef(arguments, Array.Empty<string>(), null, null, symbol: property),
                            property.IsStatic ? "static property" : "indexer", property.Name);
                        continue;
                    }

                    if (arguments.HasErrors(cancellationToken))
                    {
                        return null;
                    }

                    PropertyDeclarationSyntax? declaration = property.DeclaringSyntaxReferences
                        .Select(reference => reference.GetSyntax(cancellationToken)).OfType<PropertyDeclarationSyntax>().FirstOrDefault();
                    if (Specification(property, declaration, arguments, stated, semanticModels, naming, problems, cancellationToken) is { } specification)
                    {
                        result.Add(specification);
                        training?.HyperParameters.Add((property, specification));
                        if (sourceMap is not null)
                        {
                            var source = new ShapeSource(arguments, Source(property, declaration), RangeArgumentsByMember);
                            sourceMap.Bind(specification, source);
                            BindRange(sourceMap, specification.Range, stated is { } range ? StatedRangeSources(range) : (source, source, source, source));
                        }
                    }
                }
            }

            return result;
        }

        // The range and its kinds are read from the bounds, the values, and an explicit Type (see Range).
        private static readonly (string Member, string Argument)[] RangeArguments =
        {
            (nameof(HyperParameterSpecification.Range), nameof(HyperParameterAttribute.MinValue)),
            (nameof(HyperParameterSpecification.Range), nameof(HyperParameterAttribute.MaxValue)),
            (nameof(HyperParameterSpecification.Range), nameof(HyperParameterAttribute.Values)),
            (nameof(HyperParameterSpecification.Range), nameof(HyperParameterAttribute.Type)),
            (nameof(ParameterRange.IntegerParameterRangeSpecification), nameof(HyperParameterAttribute.MinValue)),
            (nameof(ParameterRange.IntegerParameterRangeSpecification), nameof(HyperParameterAttribute.MaxValue)),
            (nameof(ParameterRange.ContinuousParameterRangeSpecification), nameof(HyperParameterAttribute.MinValue)),
            (nameof(ParameterRange.ContinuousParameterRangeSpecification), nameof(HyperParameterAttribute.MaxValue)),
            (nameof(ParameterRange.CategoricalParameterRangeSpecification), nameof(HyperParameterAttribute.Values)),
        };

        // [HyperParameterRange] names each member of each kind of range after its kind.
        private static readonly (string Member, string Argument)[] StatedRangeArguments =
        {
            (nameof(ParameterRange.IntegerParameterRangeSpecification), nameof(HyperParameterRangeAttribute.IntegerMinValue)),
            (nameof(ParameterRange.IntegerParameterRangeSpecification), nameof(HyperParameterRangeAttribute.IntegerMaxValue)),
            (nameof(ParameterRange.ContinuousParameterRangeSpecification), nameof(HyperParameterRangeAttribute.ContinuousMinValue)),
            (nameof(ParameterRange.ContinuousParameterRangeSpecification), nameof(HyperParameterRangeAttribute.ContinuousMaxValue)),
            (nameof(ParameterRange.CategoricalParameterRangeSpecification), nameof(HyperParameterRangeAttribute.CategoricalValues)),
        };

        // Read-only once built, so every hyperparameter's source shares it.
        private static readonly Dictionary<string, string[]> RangeArgumentsByMember = AlgorithmParser.Renames(RangeArguments)!;

        /// <summary>Where a stated range and each of its kinds came from: the [HyperParameterRange] argument named after the kind.</summary>
        private static (ShapeSource Range, ShapeSource Integer, ShapeSource Continuous, ShapeSource Categorical) StatedRangeSources(AttributeArguments range) =>
            (new ShapeSource(range, property: null, AlgorithmParser.Renames(StatedRangeArguments)),
             new ShapeSource(range, property: null, AlgorithmParser.Renames(new[]
             {
                 (nameof(IntegerParameterRangeSpecification.MinValue), nameof(HyperParameterRangeAttribute.IntegerMinValue)),
                 (nameof(IntegerParameterRangeSpecification.MaxValue), nameof(HyperParameterRangeAttribute.IntegerMaxValue)),
             })),
             new ShapeSource(range, property: null, AlgorithmParser.Renames(new[]
             {
                 (nameof(ContinuousParameterRangeSpecification.MinValue), nameof(HyperParameterRangeAttribute.ContinuousMinValue)),
                 (nameof(ContinuousParameterRangeSpecification.MaxValue), nameof(HyperParameterRangeAttribute.ContinuousMaxValue)),
             })),
             new ShapeSource(range, property: null, AlgorithmParser.Renames(new[]
             {
                 (nameof(CategoricalParameterRangeSpecification.Values), nameof(HyperParameterRangeAttribute.CategoricalValues)),
             })));

        private static void BindRange(SourceMap sourceMap, ParameterRange? range, (ShapeSource Range, ShapeSource Integer, ShapeSource Continuous, ShapeSource Categorical) sources)
        {
            if (range is null)
            {
                return;
            }

            sourceMap.Bind(range, sources.Range);
            foreach ((IApiShape? shape, ShapeSource source) in new (IApiShape?, ShapeSource)[]
            {
                (range.IntegerParameterRangeSpecification, sources.Integer),
                (range.ContinuousParameterRangeSpecification, sources.Continuous),
                (range.CategoricalParameterRangeSpecification, sources.Categorical),
            })
            {
                if (shape is not null)
                {
                    sourceMap.Bind(shape, source);
                }
            }
        }

        /// <summary>The parts of the property that values come from when no argument sets them (see <see cref="Specification"/>).</summary>
        private static PropertySource Source(IPropertySymbol property, PropertyDeclarationSyntax? declaration)
        {
            var parts = new Dictionary<string, Location>(StringComparer.Ordinal);
            if (declaration is not null)
            {
                parts[nameof(HyperParameterSpecification.Type)] = declaration.Type.GetLocation();
                if (declaration.Initializer is { } initializer)
                {
                    parts[nameof(HyperParameterSpecification.DefaultValue)] = initializer.Value.GetLocation();
                }

                if (declaration.Modifiers.FirstOrDefault(modifier => modifier.IsKind(SyntaxKind.RequiredKeyword)) is { RawKind: not 0 } required)
                {
                    parts[nameof(HyperParameterSpecification.IsRequired)] = required.GetLocation();
                }
            }

            return new PropertySource(property, parts, declaration?.Identifier.GetLocation());
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
            IPropertySymbol property, PropertyDeclarationSyntax? declaration, AttributeArguments arguments, AttributeArguments? stated, SemanticModels semanticModels, HyperParameterNaming naming, ParseProblems problems, CancellationToken cancellationToken)
        {
            ClrKind kind = KindOf(property.Type, out INamedTypeSymbol? enumType);
            bool typed = arguments.Has(nameof(HyperParameterAttribute.Type));
            if (!typed && kind == ClrKind.Unsupported)
            {
                problems.Add(RuleMessages.UnsupportedHyperParameterType, SourceRef.Part(declaration?.Type.GetLocation(), property), property.Name, property.Type.ToDisplayString());
            }

            // The initializer is the default unless DefaultValue is written (DefaultValue = null: no default at all);
            // only then is a non-constant one a problem.
            string? defaultValue = arguments.String(nameof(HyperParameterAttribute.DefaultValue))
                ?? (arguments.IsWrittenNull(nameof(HyperParameterAttribute.DefaultValue))
                    ? null
                    : InitializerValue(property, declaration, enumType, semanticModels, arguments.Has(nameof(HyperParameterAttribute.DefaultValue)) ? null : problems, cancellationToken));
            // [HyperParameterRange] states the whole range: the range arguments of [HyperParameter] would be lost.
            if (stated is not null)
            {
                foreach (string ignored in RangeArgumentsOfHyperParameter.Where(arguments.Has))
                {
                    problems.Add(RuleMessages.RangeArgumentIgnored, arguments.At(ignored), ignored, property.Name);
                }
            }

            List<string>? values = stated is { } range
                ? range.Strings(nameof(HyperParameterRangeAttribute.CategoricalValues))
                : arguments.Strings(nameof(HyperParameterAttribute.Values));
            string? type = arguments.Enum(nameof(HyperParameterAttribute.Type)) ?? kind switch
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

            // A bool or enum lists its own values, unless the type was overridden, `Values = null` asks for no range,
            // or [HyperParameterRange] states the range.
            values ??= type != "Categorical" || stated is not null || arguments.IsWrittenNull(nameof(HyperParameterAttribute.Values)) ? null : kind switch
            {
                ClrKind.Boolean => new List<string> { "true", "false" },
                ClrKind.Enum => WireValues.EnumMembers(enumType!),
                _ => null,
            };

            bool? isRequired = property.IsRequired ? true : arguments.Boolean(nameof(HyperParameterAttribute.IsRequired));
            return new HyperParameterSpecification
            {
                Name = arguments.String(nameof(HyperParameterAttribute.Name)) ?? HyperParameterNames.FromPropertyName(property.Name, naming),
                Description = arguments.String(nameof(HyperParameterAttribute.Description))
                    ?? (arguments.IsWrittenNull(nameof(HyperParameterAttribute.Description)) ? null : DocComments.Summary(property, cancellationToken)),
                Type = type,
                Range = stated is { } statedRange ? StatedRange(statedRange) : Range(type, kind, arguments, values),
                IsTunable = arguments.Boolean(nameof(HyperParameterAttribute.IsTunable)),
                IsRequired = isRequired,
                DefaultValue = defaultValue,
            };
        }

        /// <summary>
        /// The range as written: bounds make a numeric range (Integer for integer properties and Integer types,
        /// else Continuous) and values a categorical one, whatever the type, so a range that contradicts the type
        /// reaches the rules (AG0103) instead of disappearing.
        /// </summary>
        private static ParameterRange? Range(string type, ClrKind kind, AttributeArguments arguments, List<string>? values)
        {
            string? min = arguments.Scalar(nameof(HyperParameterAttribute.MinValue));
            string? max = arguments.Scalar(nameof(HyperParameterAttribute.MaxValue));
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

        private static readonly string[] RangeArgumentsOfHyperParameter =
        {
            nameof(HyperParameterAttribute.MinValue), nameof(HyperParameterAttribute.MaxValue), nameof(HyperParameterAttribute.Values),
        };

        /// <summary>
        /// The range [HyperParameterRange] states, exactly: a kind is sent when one of its members is written (a member
        /// written null is left out), and with nothing written the range is empty.
        /// </summary>
        private static ParameterRange StatedRange(AttributeArguments range)
        {
            bool integer = range.Has(nameof(HyperParameterRangeAttribute.IntegerMinValue)) || range.Has(nameof(HyperParameterRangeAttribute.IntegerMaxValue));
            bool continuous = range.Has(nameof(HyperParameterRangeAttribute.ContinuousMinValue)) || range.Has(nameof(HyperParameterRangeAttribute.ContinuousMaxValue));
            return new ParameterRange
            {
                IntegerParameterRangeSpecification = integer
                    ? new IntegerParameterRangeSpecification
                    {
                        MinValue = range.Scalar(nameof(HyperParameterRangeAttribute.IntegerMinValue)),
                        MaxValue = range.Scalar(nameof(HyperParameterRangeAttribute.IntegerMaxValue)),
                    }
                    : null,
                ContinuousParameterRangeSpecification = continuous
                    ? new ContinuousParameterRangeSpecification
                    {
                        MinValue = range.Scalar(nameof(HyperParameterRangeAttribute.ContinuousMinValue)),
                        MaxValue = range.Scalar(nameof(HyperParameterRangeAttribute.ContinuousMaxValue)),
                    }
                    : null,
                CategoricalParameterRangeSpecification = range.Has(nameof(HyperParameterRangeAttribute.CategoricalValues))
                    ? new CategoricalParameterRangeSpecification { Values = range.Strings(nameof(HyperParameterRangeAttribute.CategoricalValues)) }
                    : null,
            };
        }

        /// <summary>The property initializer's constant value in wire form; null when there is none or it is not constant (a problem).</summary>
        /// <summary>
        /// The value of a literal initializer (<c>0.3</c>, <c>-1</c>, <c>"gbtree"</c>, <c>true</c>, <c>null</c>), read from its
        /// token: the same constant the semantic model gives, without asking it, which would run nullable analysis over the
        /// initializer for each property of each class. Anything else (enum members, constants, casts, <c>default</c>, UTF-8 strings)
        /// is left to the semantic model.
        /// </summary>
        private static Optional<object?> LiteralValue(ExpressionSyntax initializer)
        {
            switch (initializer)
            {
                case LiteralExpressionSyntax literal when literal.Kind() is SyntaxKind.NumericLiteralExpression or SyntaxKind.StringLiteralExpression
                    or SyntaxKind.CharacterLiteralExpression or SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression or SyntaxKind.NullLiteralExpression:
                    return new Optional<object?>(literal.Token.Value);
                case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } number }:
                    // Negated as the compiler folds it; a literal whose negation is another type (-2147483648) is left to it.
                    return number.Token.Value switch
                    {
                        int value when value != int.MinValue => new Optional<object?>(-value),
                        long value when value != long.MinValue => new Optional<object?>(-value),
                        double value => new Optional<object?>(-value),
                        float value => new Optional<object?>(-value),
                        decimal value => new Optional<object?>(-value),
                        _ => default,
                    };
                default:
                    return default;
            }
        }

        /// <summary>
        /// The value of an initializer naming a constant (<c>Mode.Fast</c>, <c>Defaults.Rounds</c>), bound speculatively at
        /// the property's type, where the class's names are in scope as in its initializer: the same symbol the compiler
        /// binds there, without the nullable analysis of the initializer that binding inside it (or the semantic model's
        /// <c>GetConstantValue</c>) runs first.
        /// </summary>
        private static Optional<object?> NamedConstantValue(ExpressionSyntax initializer, PropertyDeclarationSyntax declaration, SemanticModel semanticModel) =>
            initializer is MemberAccessExpressionSyntax or IdentifierNameSyntax
            && semanticModel.GetSpeculativeSymbolInfo(declaration.Type.SpanStart, initializer, SpeculativeBindingOption.BindAsExpression).Symbol is IFieldSymbol { HasConstantValue: true } field
                ? new Optional<object?>(field.ConstantValue)
                : default;

        private static string? InitializerValue(IPropertySymbol property, PropertyDeclarationSyntax? declaration, INamedTypeSymbol? enumType, SemanticModels semanticModels, ParseProblems? problems, CancellationToken cancellationToken)
        {
            if (declaration?.Initializer?.Value is not { } initializer)
            {
                return null;
            }

            Optional<object?> constant = LiteralValue(initializer) is { HasValue: true } literal
                ? literal
                : NamedConstantValue(initializer, declaration, semanticModels.For(initializer.SyntaxTree)) is { HasValue: true } named
                    ? named
                    : semanticModels.For(initializer.SyntaxTree).GetConstantValue(initializer, cancellationToken);
            if (!constant.HasValue)
            {
                problems?.Add(RuleMessages.NonConstantDefault, SourceRef.Part(initializer.GetLocation(), property), property.Name);
                return null;
            }

            if (constant.Value is null)
            {
                return null;
            }

            return enumType is not null
                ? WireValues.EnumMember(enumType, constant.Value)
                : WireValues.Format(constant.Value);
        }
    }
}
