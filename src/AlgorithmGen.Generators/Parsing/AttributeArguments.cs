using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AlgorithmGen.Generators.Parsing
{
    /// <summary>
    /// Reads one attribute's arguments as wire values. A named argument that was not written reads as null, which
    /// the request model turns into an omitted member; enum arguments read as their wire spelling.
    /// </summary>
    internal readonly struct AttributeArguments
    {
        private readonly AttributeData _attribute;

        public AttributeArguments(AttributeData attribute) => _attribute = attribute;

        public AttributeData Data => _attribute;

        /// <summary>
        /// True when the attribute is half-typed: a syntax error inside it, or an argument the compiler could not
        /// bind. The class then gets no generated code until the attribute is complete.
        /// </summary>
        public bool HasErrors(System.Threading.CancellationToken cancellationToken) =>
            _attribute.AttributeClass is null or IErrorTypeSymbol
            || _attribute.ConstructorArguments.Any(IsError)
            || _attribute.NamedArguments.Any(n => IsError(n.Value))
            || _attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).ContainsDiagnostics == true;

        public string? String(int position) => AsString(Constructor(position));

        public string? String(string name) => AsString(Named(name));

        public bool? Boolean(string name) => Named(name) is { Value: bool value } ? value : null;

        public int? Integer(int position) => Constructor(position) is { Value: int value } ? value : null;

        public int? Integer(string name) => Named(name) is { Value: int value } ? value : null;

        public long? Long(string name) => Named(name) switch
        {
            { Value: long value } => value,
            { Value: int value } => value,
            _ => null,
        };

        public string? Enum(int position) => AsEnum(Constructor(position));

        public string? Enum(string name) => AsEnum(Named(name));

        public List<string>? Strings(string name) => AsList(Named(name), AsString);

        public List<string>? Strings(int position) => AsList(Constructor(position), AsString);

        /// <summary>The number behind an enum constructor argument (flags enums are not one wire name).</summary>
        public int? EnumNumber(int position) => Constructor(position) is { Kind: TypedConstantKind.Enum, Value: int value } ? value : null;

        /// <summary>True when the argument is written as <c>null</c>: the member is then omitted rather than defaulted.</summary>
        public bool IsWrittenNull(string name) => Named(name) is { IsNull: true };

        public List<string>? Enums(string name) => AsList(Named(name), AsEnum);

        /// <summary>A number or string argument (range bounds), formatted for the wire.</summary>
        public string? Scalar(string name) => Named(name) is { Kind: TypedConstantKind.Primitive, Value: { } value }
            ? WireValues.Format(value)
            : null;

        /// <summary><c>"KEY=value"</c> entries as a map; an entry without '=' maps to an empty value.</summary>
        public Dictionary<string, string>? Map(string name)
        {
            List<string>? entries = Strings(name);
            if (entries is null)
            {
                return null;
            }

            var map = new Dictionary<string, string>();
            foreach (string? entry in entries)
            {
                if (entry is null)
                {
                    continue; // a null entry has no key to send; AG0906 reports it
                }

                int separator = entry.IndexOf('=');
                string key = separator < 0 ? entry : entry.Substring(0, separator);
                // Later duplicates win, as in an object literal; an analyzer reports them.
                map[key] = separator < 0 ? string.Empty : entry.Substring(separator + 1);
            }

            return map;
        }

        public bool Has(string name) => Named(name) is not null;

        private TypedConstant? Constructor(int position) =>
            position < _attribute.ConstructorArguments.Length ? _attribute.ConstructorArguments[position] : null;

        private TypedConstant? Named(string name)
        {
            foreach (KeyValuePair<string, TypedConstant> argument in _attribute.NamedArguments)
            {
                if (argument.Key == name)
                {
                    return argument.Value;
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
        private const string EnumMemberAttribute = "System.Runtime.Serialization.EnumMemberAttribute";

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
                        if (argument.Key == "Value" && argument.Value.Value is string value)
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
