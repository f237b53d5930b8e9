using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using AlgorithmGen.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AlgorithmGen.Generators.Parsing
{
    /// <summary>
    /// Reads one attribute's arguments as wire values, by the attribute property's name (<c>nameof</c> on the
    /// attribute class): a named argument, or the constructor argument whose parameter has that name. The same
    /// lookup finds an argument's syntax, so a value and the place it came from cannot disagree. A named argument
    /// that was not written reads as null, which the request model turns into an omitted member; enum arguments read
    /// as their wire spelling.
    /// </summary>
    internal readonly struct AttributeArguments
    {
        private readonly AttributeData _attribute;

        public AttributeArguments(AttributeData attribute) => _attribute = attribute;

        public AttributeData Data => _attribute;

        /// <summary>The attribute's short name as written in C#, e.g. <c>ValidationInput</c>.</summary>
        public string ShortName => ShortNameOf(_attribute);

        /// <summary>
        /// True when the attribute is half-typed: a syntax error inside it, or an argument the compiler could not
        /// bind. The class then gets no generated code until the attribute is complete.
        /// </summary>
        public bool HasErrors(CancellationToken cancellationToken) =>
            _attribute.AttributeClass is null or IErrorTypeSymbol
            || _attribute.ConstructorArguments.Any(IsError)
            || _attribute.NamedArguments.Any(n => IsError(n.Value))
            || _attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).ContainsDiagnostics == true;

        public string? String(string name) => AsString(Find(name));

        public bool? Boolean(string name) => Find(name) is { Value: bool value } ? value : null;

        public int? Integer(string name) => Find(name) is { Value: int value } ? value : null;

        public long? Long(string name) => Find(name) switch
        {
            { Value: long value } => value,
            { Value: int value } => value,
            _ => null,
        };

        public string? Enum(string name) => AsEnum(Find(name));

        /// <summary>An enum argument as the compiler's own enum type (for enums the generator itself acts on).</summary>
        public TEnum? EnumValue<TEnum>(string name)
            where TEnum : struct, System.Enum =>
            Find(name) is { Kind: TypedConstantKind.Enum, Value: { } value } ? (TEnum)System.Enum.ToObject(typeof(TEnum), value) : null;

        public List<string>? Strings(string name) => AsList(Find(name), AsString);

        public List<string>? Enums(string name) => AsList(Find(name), AsEnum);

        /// <summary>The number behind an enum argument (a flags enum is not one wire name).</summary>
        public int? EnumNumber(string name) => Find(name) is { Kind: TypedConstantKind.Enum, Value: int value } ? value : null;

        /// <summary>True when the argument is written as <c>null</c>: the member is then omitted rather than defaulted.</summary>
        public bool IsWrittenNull(string name) => Find(name) is { IsNull: true };

        /// <summary>A number or string argument (range bounds), formatted for the wire.</summary>
        public string? Scalar(string name) => Find(name) is { Kind: TypedConstantKind.Primitive, Value: { } value }
            ? WireValues.Format(value)
            : null;

        /// <summary>
        /// <c>"KEY=value"</c> entries as a map; an entry without '=' maps to an empty value and a repeated key keeps
        /// the last value, as in an object literal. Each malformed entry is reported to <paramref name="problems"/>.
        /// </summary>
        public Dictionary<string, string>? Map(string name, ParseProblems problems)
        {
            List<string>? entries = Strings(name);
            if (entries is null)
            {
                return null;
            }

            var map = new Dictionary<string, string>();
            var keys = new HashSet<string>(System.StringComparer.Ordinal);
            for (int i = 0; i < entries.Count; i++)
            {
                string? entry = entries[i];
                if (entry is null)
                {
                    // A null entry has no key to send.
                    problems.Add(RuleMessages.NullMapEntry, At(name, i), name);
                    continue;
                }

                int separator = entry.IndexOf('=');
                string key = separator < 0 ? entry : entry.Substring(0, separator);
                RuleMessage? problem = separator < 0 ? RuleMessages.MapEntryWithoutSeparator
                    : separator == 0 ? RuleMessages.MapEntryWithoutKey
                    : !keys.Add(key) ? RuleMessages.RepeatedMapKey
                    : null;
                if (problem is not null)
                {
                    problems.Add(problem, At(name, i), name, entry, key);
                }

                map[key] = separator < 0 ? string.Empty : entry.Substring(separator + 1);
            }

            return map;
        }

        public bool Has(string name) => Find(name) is not null;

        /// <summary>Where argument <paramref name="name"/> (item <paramref name="index"/> of it) is, or the attribute when it was not written.</summary>
        public SourceRef At(string? name, int? index = null) => new(this, name is null ? System.Array.Empty<string>() : new[] { name }, index, mapKey: null);

        /// <summary>Where the attribute is (its name), for problems with the attribute as a whole.</summary>
        public SourceRef Whole => new(this, System.Array.Empty<string>(), index: null, mapKey: null);

        /// <summary>The syntax of argument <paramref name="name"/>: a named argument, or a constructor argument by parameter name.</summary>
        public ExpressionSyntax? Syntax(string name, CancellationToken cancellationToken)
        {
            if (Application(cancellationToken)?.ArgumentList is not { } list)
            {
                return null;
            }

            foreach (AttributeArgumentSyntax argument in list.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == name)
                {
                    return argument.Expression;
                }
            }

            if (_attribute.AttributeConstructor is not { } constructor)
            {
                return null;
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
                if (IsParameterFor(parameter, name))
                {
                    return argument.Expression;
                }
            }

            return null;
        }

        /// <summary>The attribute as written, when it is in source.</summary>
        public AttributeSyntax? Application(CancellationToken cancellationToken) =>
            _attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;

        internal static string ShortNameOf(AttributeData attribute) =>
            attribute.AttributeClass?.Name is { } name && name.EndsWith(nameof(System.Attribute), System.StringComparison.Ordinal)
                ? name.Substring(0, name.Length - nameof(System.Attribute).Length)
                : attribute.AttributeClass?.Name ?? "?";

        // A constructor parameter sets the property of the same name (camelCase): `name` sets Name.
        private static bool IsParameterFor(string? parameter, string property) =>
            string.Equals(parameter, property, System.StringComparison.OrdinalIgnoreCase);

        private TypedConstant? Find(string name)
        {
            foreach (KeyValuePair<string, TypedConstant> argument in _attribute.NamedArguments)
            {
                if (argument.Key == name)
                {
                    return argument.Value;
                }
            }

            if (_attribute.AttributeConstructor is { } constructor)
            {
                for (int i = 0; i < constructor.Parameters.Length && i < _attribute.ConstructorArguments.Length; i++)
                {
                    if (IsParameterFor(constructor.Parameters[i].Name, name))
                    {
                        return _attribute.ConstructorArguments[i];
                    }
                }
            }

            return null;
        }

        private static bool IsError(TypedConstant constant) =>
            constant.Kind == TypedConstantKind.Error
            || (constant.Kind == TypedConstantKind.Array && !constant.IsNull && constant.Values.Any(IsError));

        private static string? AsString(TypedConstant? constant) =>
            constant is { Kind: TypedConstantKind.Primitive, Value: string value } ? value : null;

        private static string? AsEnum(TypedConstant? constant) =>
            constant is { Kind: TypedConstantKind.Enum, Value: { } value, Type: INamedTypeSymbol type }
                ? WireValues.EnumMember(type, value)
                : null;

        private static List<string>? AsList(TypedConstant? constant, System.Func<TypedConstant?, string?> read)
        {
            if (constant is not { Kind: TypedConstantKind.Array, IsNull: false } array)
            {
                return null;
            }

            ImmutableArray<TypedConstant> values = array.Values;
            var list = new List<string>(values.Length);
            foreach (TypedConstant value in values)
            {
                // A null item stays, so the rules report it at its place (AG0001) instead of it vanishing.
                list.Add(read(value)!);
            }

            return list;
        }
    }

    /// <summary>Formats compile-time constants the way the wire carries them: invariant culture, enum wire names.</summary>
    internal static class WireValues
    {
        private static readonly string EnumMemberAttribute = typeof(System.Runtime.Serialization.EnumMemberAttribute).FullName;

        public static string? Format(object value) => value switch
        {
            string text => text,
            bool flag => HyperParameterCodec.Format(flag),
            double number => HyperParameterCodec.Format(number),
            float number => HyperParameterCodec.Format(number),
            decimal number => HyperParameterCodec.Format(number),
            char character => character.ToString(),
            sbyte or byte or short or ushort or int or uint or long or ulong =>
                System.Convert.ToString(value, CultureInfo.InvariantCulture),
            _ => null,
        };

        /// <summary>The wire spelling of an enum constant: its member's <c>[EnumMember(Value)]</c>, else the member name.</summary>
        public static string EnumMember(INamedTypeSymbol enumType, object value)
        {
            foreach (ISymbol member in enumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && SameNumber(field.ConstantValue, value))
                {
                    return EnumMemberValue(field) ?? field.Name;
                }
            }

            // Not a declared member (a cast number): keep the number so validation reports it.
            return Format(value) ?? string.Empty;
        }

        // A constant may reach us in another integral type than the enum's (`= 0` on a byte-backed enum is an int).
        private static bool SameNumber(object? left, object? right) =>
            Equals(left, right)
            || (left is not null && right is not null && IsIntegral(left) && IsIntegral(right)
                && System.Convert.ToDecimal(left, CultureInfo.InvariantCulture) == System.Convert.ToDecimal(right, CultureInfo.InvariantCulture));

        private static bool IsIntegral(object value) => value is sbyte or byte or short or ushort or int or uint or long or ulong;

        /// <summary>The values of an enum in declaration order, as the wire spells them.</summary>
        public static List<string> EnumMembers(INamedTypeSymbol enumType) =>
            enumType.GetMembers()
                .OfType<IFieldSymbol>()
                .Where(field => field.HasConstantValue)
                .Select(field => EnumMemberValue(field) ?? field.Name)
                .ToList();

        private static string? EnumMemberValue(IFieldSymbol field)
        {
            foreach (AttributeData attribute in field.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == EnumMemberAttribute)
                {
                    foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
                    {
                        if (argument.Key == nameof(System.Runtime.Serialization.EnumMemberAttribute.Value) && argument.Value.Value is string value)
                        {
                            return value;
                        }
                    }
                }
            }

            return null;
        }
    }
}
