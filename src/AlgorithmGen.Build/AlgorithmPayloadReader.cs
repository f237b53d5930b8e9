using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace AlgorithmGen.Build
{
    /// <summary>
    /// Reads the <c>AlgorithmGen.AlgorithmPayloadAttribute</c> assembly attributes of a compiled assembly with
    /// System.Reflection.Metadata: the assembly is never loaded, so neither its dependencies nor its target framework
    /// matter, and MSBuild does not keep it locked.
    /// </summary>
    internal static class AlgorithmPayloadReader
    {
        /// <summary>The namespace of <c>AlgorithmPayloadAttribute</c>.</summary>
        public const string AttributeNamespace = "AlgorithmGen";

        /// <summary>The name of <c>AlgorithmPayloadAttribute</c>.</summary>
        public const string AttributeName = "AlgorithmPayloadAttribute";

        /// <summary>The named argument of <c>AlgorithmPayloadAttribute</c> that carries the build's rule severities.</summary>
        public const string RuleSeveritiesArgument = "RuleSeverities";

        /// <summary>The payloads of the assembly at <paramref name="assemblyPath"/>, in metadata order.</summary>
        /// <exception cref="IOException">The file cannot be read.</exception>
        /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
        /// <exception cref="BadImageFormatException">The file is not a valid PE image or its metadata is corrupt.</exception>
        /// <exception cref="InvalidOperationException">The PE image has no .NET metadata.</exception>
        /// <exception cref="PayloadFormatException">A payload attribute does not carry two non-null strings.</exception>
        public static IReadOnlyList<AlgorithmPayload> Read(string assemblyPath)
        {
            using (var stream = File.OpenRead(assemblyPath))
            using (var peReader = new PEReader(stream))
            {
                if (!peReader.HasMetadata)
                {
                    throw new BadImageFormatException("The file is not a .NET assembly: it has no metadata.");
                }

                return Read(peReader.GetMetadataReader());
            }
        }

        private static List<AlgorithmPayload> Read(MetadataReader metadata)
        {
            var payloads = new List<AlgorithmPayload>();
            foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
            {
                var attribute = metadata.GetCustomAttribute(handle);
                if (IsPayloadAttribute(metadata, attribute.Constructor))
                {
                    payloads.Add(Decode(attribute));
                }
            }

            return payloads;
        }

        /// <summary>
        /// Whether <paramref name="constructor"/> belongs to <c>AlgorithmGen.AlgorithmPayloadAttribute</c>. In a user's
        /// assembly the constructor is a MemberReference to a TypeReference into AlgorithmGen.dll; it is a
        /// MethodDefinition when the attribute type is compiled into the same assembly. The type is matched by full
        /// name only, not by the referenced assembly's name, so a type forwarded or copied elsewhere still counts.
        /// </summary>
        private static bool IsPayloadAttribute(MetadataReader metadata, EntityHandle constructor)
        {
            switch (constructor.Kind)
            {
                case HandleKind.MemberReference:
                    return IsPayloadType(metadata, metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent);
                case HandleKind.MethodDefinition:
                    return IsPayloadType(metadata, metadata.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType());
                default:
                    return false;
            }
        }

        private static bool IsPayloadType(MetadataReader metadata, EntityHandle type)
        {
            // Nested types have an empty namespace, so a nested AlgorithmPayloadAttribute never matches.
            switch (type.Kind)
            {
                case HandleKind.TypeReference:
                    var reference = metadata.GetTypeReference((TypeReferenceHandle)type);
                    return IsPayloadName(metadata, reference.Namespace, reference.Name);
                case HandleKind.TypeDefinition:
                    var definition = metadata.GetTypeDefinition((TypeDefinitionHandle)type);
                    return IsPayloadName(metadata, definition.Namespace, definition.Name);
                default:
                    return false;
            }
        }

        private static bool IsPayloadName(MetadataReader metadata, StringHandle @namespace, StringHandle name) =>
            metadata.StringComparer.Equals(@namespace, AttributeNamespace)
            && metadata.StringComparer.Equals(name, AttributeName);

        private static AlgorithmPayload Decode(CustomAttribute attribute)
        {
            CustomAttributeValue<ArgumentKind> value;
            try
            {
                value = attribute.DecodeValue(ArgumentKindProvider.Instance);
            }
            catch (NotSupportedException)
            {
                throw new PayloadFormatException(ExpectedShape(null));
            }

            var arguments = value.FixedArguments;
            if (arguments.Length != 2 || !IsString(arguments[0]) || !IsString(arguments[1]))
            {
                throw new PayloadFormatException(ExpectedShape(arguments.Length));
            }

            var algorithmName = arguments[0].Value as string;
            var indentedJson = arguments[1].Value as string;
            if (algorithmName == null || indentedJson == null)
            {
                throw new PayloadFormatException("An AlgorithmPayload attribute has a null argument; expected an algorithm name and its JSON.");
            }

            // Older generators wrote no named argument; other named arguments are not the generator's and are ignored.
            string? ruleSeverities = null;
            foreach (var named in value.NamedArguments)
            {
                if (named.Kind == CustomAttributeNamedArgumentKind.Property && named.Name == RuleSeveritiesArgument)
                {
                    if (named.Type != ArgumentKind.String)
                    {
                        throw new PayloadFormatException("An AlgorithmPayload attribute's " + RuleSeveritiesArgument + " is not a string.");
                    }

                    ruleSeverities = named.Value as string;
                }
            }

            return new AlgorithmPayload(algorithmName, indentedJson, ruleSeverities);
        }

        private static bool IsString(CustomAttributeTypedArgument<ArgumentKind> argument) => argument.Type == ArgumentKind.String;

        private static string ExpectedShape(int? argumentCount) =>
            "An AlgorithmPayload attribute does not have the constructor (string algorithmName, string indentedJson)"
            + (argumentCount.HasValue ? " (it has " + argumentCount.Value + " arguments)." : ".");

        /// <summary>All the decoder needs to know of an argument's type: string or not.</summary>
        private enum ArgumentKind
        {
            String,
            Other,
        }

        /// <summary>
        /// Tells the attribute-blob decoder the type of each argument. Only string arguments are expected, so every
        /// other type is <see cref="ArgumentKind.Other"/>, and an enum argument (whose size the decoder would need to
        /// know) is rejected as not the generator's attribute.
        /// </summary>
        private sealed class ArgumentKindProvider : ICustomAttributeTypeProvider<ArgumentKind>
        {
            public static readonly ArgumentKindProvider Instance = new ArgumentKindProvider();

            public ArgumentKind GetPrimitiveType(PrimitiveTypeCode typeCode) =>
                typeCode == PrimitiveTypeCode.String ? ArgumentKind.String : ArgumentKind.Other;

            public ArgumentKind GetSystemType() => ArgumentKind.Other;

            public ArgumentKind GetSZArrayType(ArgumentKind elementType) => ArgumentKind.Other;

            public ArgumentKind GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => ArgumentKind.Other;

            public ArgumentKind GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => ArgumentKind.Other;

            public ArgumentKind GetTypeFromSerializedName(string name) => ArgumentKind.Other;

            public PrimitiveTypeCode GetUnderlyingEnumType(ArgumentKind type) =>
                throw new NotSupportedException("Enum arguments are not part of AlgorithmPayloadAttribute.");

            public bool IsSystemType(ArgumentKind type) => false;
        }
    }
}
