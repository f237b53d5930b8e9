using System.Collections.Generic;
using System.Linq;
using System.Text;
using AlgorithmGen.Generators.Parsing;
using AlgorithmGen.Metrics;
using AlgorithmGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AlgorithmGen.Generators.Model
{
    /// <summary>
    /// What the generated training context binds, as plain strings: the hyperparameters' properties and parsers,
    /// the channels and the metrics with the lines their methods write.
    /// </summary>
    /// <param name="CanBind">Whether the binder can create the class: not static or abstract, with an accessible parameterless constructor.</param>
    internal sealed record TrainingModel(
        bool CanBind,
        EquatableArray<HyperParameterBinding> HyperParameters,
        EquatableArray<ChannelBinding> Channels,
        EquatableArray<MetricBinding> Metrics)
    {
        // Members of the generated classes (and of object) that a channel property or metric method must not take.
        private static readonly string[] ReservedNames = { "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "Write" };

        /// <summary>Builds the model from a parse that filled <paramref name="bindings"/>.</summary>
        public static TrainingModel From(INamedTypeSymbol type, CreateAlgorithmRequest request, TrainingBindings bindings)
        {
            bool canBind = !type.IsStatic && !type.IsAbstract
                && type.InstanceConstructors.Any(constructor => constructor.Parameters.Length == 0
                    && constructor.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal);
            TrainingSpecification? training = request.TrainingSpecification;
            var hyperParameters = bindings.HyperParameters
                .Where(binding => binding.Specification.Name is not null)
                .Select(binding => HyperParameterBinding.From(binding.Property, binding.Specification.Name!))
                .Where(binding => binding is not null)
                .Select(binding => binding!)
                .ToEquatableArray();

            var channelNames = new HashSet<string>(System.StringComparer.Ordinal);
            var channels = (training?.TrainingChannels ?? new List<ChannelSpecification>())
                .Where(channel => channel?.Name is not null && channelNames.Add(channel.Name))
                .ToList();
            var channelIdentifiers = Identifiers(channels.Select(channel => channel.Name!));
            var metricNames = new HashSet<string>(System.StringComparer.Ordinal);
            var metrics = (training?.MetricDefinitions ?? new List<MetricDefinition>())
                .Where(metric => metric?.Name is not null && metric.Regex is not null && metricNames.Add(metric.Name))
                .ToList();
            var metricIdentifiers = Identifiers(metrics.Select(metric => metric.Name!));
            return new TrainingModel(
                canBind,
                hyperParameters,
                channels.Select((channel, i) => new ChannelBinding(channel.Name!, channelIdentifiers[i], channel.IsRequired == true, channel.Description)).ToEquatableArray(),
                metrics.Select((metric, i) => new MetricBinding(metric.Name!, metricIdentifiers[i], metric.Regex!, LineOf(metric, bindings, out _))).ToEquatableArray());
        }

        /// <summary>
        /// The line template of a metric: its <c>Format</c>, else one derived from its regex, else (declared by name only)
        /// <c>name=value;</c>. <paramref name="problem"/> says why the regex would not read the value back from it.
        /// </summary>
        public static string LineOf(MetricDefinition metric, TrainingBindings bindings, out string? problem)
        {
            string name = metric.Name ?? string.Empty;
            string regex = metric.Regex ?? string.Empty;
            bindings.MetricFormats.TryGetValue(metric, out string? format);
            string? template = format;
            if (template is null && regex == MetricLines.DefaultRegex(name))
            {
                template = MetricLines.DefaultTemplate(name);
            }

            if (template is null)
            {
                template = MetricLines.DeriveTemplate(regex, out string? why);
                if (template is null)
                {
                    problem = "no line can be derived from its regex (" + why + "); set Format to the line the metric method should write, with {value} where the number goes";
                    return MetricLines.DefaultTemplate(name);
                }
            }

            problem = MetricLines.TemplateProblem(regex, template);
            return template;
        }

        /// <summary>C# identifiers for names such as <c>validation:rmse</c> (<c>ValidationRmse</c>), unique among themselves.</summary>
        internal static List<string> Identifiers(IEnumerable<string> names)
        {
            var used = new HashSet<string>(ReservedNames, System.StringComparer.Ordinal);
            var result = new List<string>();
            foreach (string name in names)
            {
                string identifier = Pascal(name);
                string unique = identifier;
                for (int suffix = 2; !used.Add(unique); suffix++)
                {
                    unique = identifier + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                result.Add(unique);
            }

            return result;
        }

        private static string Pascal(string name)
        {
            var identifier = new StringBuilder(name.Length);
            bool upper = true;
            foreach (char c in name)
            {
                if (char.IsLetterOrDigit(c) && c < 128)
                {
                    identifier.Append(upper ? char.ToUpperInvariant(c) : c);
                    upper = false;
                }
                else
                {
                    upper = true;
                }
            }

            if (identifier.Length == 0 || char.IsDigit(identifier[0]))
            {
                identifier.Insert(0, '_');
            }

            string text = identifier.ToString();
            return SyntaxFacts.GetKeywordKind(text) != SyntaxKind.None ? "@" + text : text;
        }
    }

    /// <summary>How the generated binder sets one hyperparameter's property.</summary>
    internal enum PropertyAssignment
    {
        /// <summary>In the object initializer, always (C# <c>required</c>, or <c>init</c>-only).</summary>
        Initializer,

        /// <summary>After construction, only when the job or the declaration gives a value (so other initializers stay).</summary>
        Setter,

        /// <summary>Not settable: the value is checked but cannot be stored.</summary>
        None,
    }

    /// <summary>One hyperparameter property and how to read it.</summary>
    /// <param name="PropertyName">The property.</param>
    /// <param name="WireName">The hyperparameter's name in the job.</param>
    /// <param name="ValueType">The property's value type, <c>global::</c>-qualified, without <c>?</c>.</param>
    /// <param name="Parser">The method that reads it: a codec method, or the generated enum reader's name.</param>
    /// <param name="Assignment">How it is set.</param>
    /// <param name="EnumMembers">For enums, each wire value and its member.</param>
    internal sealed record HyperParameterBinding(
        string PropertyName,
        string WireName,
        string ValueType,
        string Parser,
        PropertyAssignment Assignment,
        EquatableArray<EnumMemberBinding> EnumMembers)
    {
        private const string Codec = "global::AlgorithmGen.HyperParameterCodec.";

        /// <summary>Whether the property is an enum, read by a generated switch over its wire values (possibly none).</summary>
        public bool IsEnum => !Parser.StartsWith(Codec, System.StringComparison.Ordinal);

        /// <summary>Whether the property is a <c>Nullable&lt;T&gt;</c> of <see cref="ValueType"/> (null leaves the hyperparameter out of a job).</summary>
        public bool IsNullable { get; init; }

        public static HyperParameterBinding? From(IPropertySymbol property, string wireName)
        {
            bool isNullable = property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 };
            return FromType(property, wireName) is { } binding ? binding with { IsNullable = isNullable } : null;
        }

        private static HyperParameterBinding? FromType(IPropertySymbol property, string wireName)
        {
            ITypeSymbol type = property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable
                ? nullable.TypeArguments[0]
                : property.Type;
            string valueType = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            PropertyAssignment assignment = property.IsRequired || property.SetMethod is { IsInitOnly: true } ? PropertyAssignment.Initializer
                : property.SetMethod is { DeclaredAccessibility: Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal } ? PropertyAssignment.Setter
                : PropertyAssignment.None;
            if (type.TypeKind == TypeKind.Enum && type is INamedTypeSymbol enumType)
            {
                var members = enumType.GetMembers().OfType<IFieldSymbol>()
                    .Where(field => field.HasConstantValue)
                    .Select(field => new EnumMemberBinding(WireValues.EnumMember(enumType, field.ConstantValue!), field.Name))
                    .ToEquatableArray();
                return new HyperParameterBinding(property.Name, wireName, valueType, "TryParse" + property.Name, assignment, members);
            }

            string? parser = type.SpecialType switch
            {
                SpecialType.System_Boolean => "TryParseBoolean",
                SpecialType.System_SByte => "TryParseSByte",
                SpecialType.System_Byte => "TryParseByte",
                SpecialType.System_Int16 => "TryParseInt16",
                SpecialType.System_UInt16 => "TryParseUInt16",
                SpecialType.System_Int32 => "TryParseInt32",
                SpecialType.System_UInt32 => "TryParseUInt32",
                SpecialType.System_Int64 => "TryParseInt64",
                SpecialType.System_UInt64 => "TryParseUInt64",
                SpecialType.System_Single => "TryParseSingle",
                SpecialType.System_Double => "TryParseDouble",
                SpecialType.System_Decimal => "TryParseDecimal",
                SpecialType.System_String => "TryParseString",
                _ => null,
            };
            return parser is null ? null : new HyperParameterBinding(property.Name, wireName, valueType, Codec + parser, assignment, EquatableArray<EnumMemberBinding>.Empty);
        }
    }

    /// <summary>An enum member and its wire value.</summary>
    internal sealed record EnumMemberBinding(string WireValue, string MemberName);

    /// <summary>A declared channel and its property.</summary>
    internal sealed record ChannelBinding(string Name, string PropertyName, bool IsRequired, string? Description);

    /// <summary>A declared metric, its method and the line the method writes.</summary>
    internal sealed record MetricBinding(string Name, string MethodName, string Regex, string Template);
}
