using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AlgorithmGen.Model;
using Microsoft.CodeAnalysis;

namespace AlgorithmGen.Generators.Model
{
    /// <summary>How one member of our model is copied into the AWS SDK for .NET's model (decided from the SDK's property type).</summary>
    internal enum SdkConversion
    {
        /// <summary><c>string</c> → <c>string</c>.</summary>
        String,
        /// <summary><c>string</c> → a <c>ConstantClass</c>, through its static <c>FindValue(string)</c>.</summary>
        Enum,
        /// <summary><c>bool?</c>/<c>int?</c>/<c>long?</c> → the same type, nullable (SDK v4) or not (v3).</summary>
        Value,
        /// <summary>A nested structure, through its own conversion method.</summary>
        Structure,
        /// <summary><c>List&lt;string&gt;</c>, copied.</summary>
        StringList,
        /// <summary><c>List&lt;X&gt;</c> of structures, each converted.</summary>
        StructureList,
        /// <summary><c>Dictionary&lt;string, string&gt;</c>, copied.</summary>
        Map,
    }

    /// <summary>One member the SDK in the user's compilation has, and how to convert it.</summary>
    /// <param name="Shape">Our (and the SDK's) class name, e.g. <c>TrainingSpecification</c>.</param>
    /// <param name="Member">The member (property) name.</param>
    /// <param name="Conversion">How to copy it.</param>
    /// <param name="TypeName">For <see cref="SdkConversion.Enum"/> the <c>global::</c>-qualified ConstantClass; for structures and
    /// lists of structures the class name of the nested shape; otherwise empty.</param>
    internal sealed record SdkMember(string Shape, string Member, SdkConversion Conversion, string TypeName);

    /// <summary>
    /// What the generator knows about the AWS SDK for .NET (AWSSDK.SageMaker) in the user's compilation: whether it is
    /// referenced, which requests of ours it has a type for, which members of their shapes it has (and their SDK
    /// types), and which of ours it lacks. Strings and flags only, so the pipeline step compares by value and stays
    /// cached across unrelated edits.
    /// </summary>
    /// <param name="Available">Whether <c>Amazon.SageMaker.Model.CreateAlgorithmRequest</c> (and our runtime model) is in the compilation.</param>
    /// <param name="Requests">The request classes converted (CreateAlgorithmRequest first, then the job requests the SDK has).</param>
    /// <param name="Members">The convertible members, shape by shape in walk order, members in the API's order.</param>
    /// <param name="Skipped">"Shape.Member" names of ours that the SDK lacks or types differently.</param>
    internal sealed record SageMakerSdkModel(bool Available, EquatableArray<string> Requests, EquatableArray<SdkMember> Members, EquatableArray<string> Skipped)
    {
        public const string SdkModelNamespace = "Amazon.SageMaker.Model.";
        public const string OurModelNamespace = "AlgorithmGen.Model.";
        public const string SdkRequestMetadataName = SdkModelNamespace + nameof(CreateAlgorithmRequest);
        public const string OurRequestMetadataName = OurModelNamespace + nameof(CreateAlgorithmRequest);

        /// <summary>
        /// The requests converted when the SDK has them. The job requests exist only in the runtime library (the
        /// generator does not compile their shapes), so they are named here and found in the user's compilation.
        /// </summary>
        public static readonly string[] RequestClasses =
        {
            nameof(CreateAlgorithmRequest),
            "CreateTrainingJobRequest",
            "CreateHyperParameterTuningJobRequest",
            "CreateTransformJobRequest",
            "CreateModelRequest",
            "CreateModelPackageRequest",
        };

        public static SageMakerSdkModel Unavailable { get; } = new(false, EquatableArray<string>.Empty, EquatableArray<SdkMember>.Empty, EquatableArray<string>.Empty);

        /// <summary>Looks the SDK up in <paramref name="compilation"/>; cheap when it is absent (two type lookups).</summary>
        public static SageMakerSdkModel From(Compilation compilation, CancellationToken cancellationToken)
        {
            if (compilation.GetTypeByMetadataName(SdkRequestMetadataName) is null
                || compilation.GetTypeByMetadataName(OurRequestMetadataName) is null)
            {
                return Unavailable;
            }

            var requests = new List<string>();
            var roots = new List<INamedTypeSymbol>();
            foreach (string request in RequestClasses)
            {
                if (compilation.GetTypeByMetadataName(OurModelNamespace + request) is { } ours
                    && compilation.GetTypeByMetadataName(SdkModelNamespace + request) is not null)
                {
                    requests.Add(request);
                    roots.Add(ours);
                }
            }

            var members = new List<SdkMember>();
            var skipped = new List<string>();
            foreach (ShapeInfo shape in ShapeCatalog.Walk(roots, cancellationToken))
            {
                cancellationToken.ThrowIfCancellationRequested();
                INamedTypeSymbol? sdkType = compilation.GetTypeByMetadataName(SdkModelNamespace + shape.ClassName);
                foreach (MemberInfo member in shape.Members)
                {
                    SdkMember? converted = sdkType is null ? null : Classify(shape, member, FindProperty(sdkType, member.Name));
                    if (converted is null)
                    {
                        skipped.Add(shape.ClassName + "." + member.Name);
                    }
                    else
                    {
                        members.Add(converted);
                    }
                }
            }

            return new SageMakerSdkModel(true, requests.ToEquatableArray(), members.ToEquatableArray(), skipped.ToEquatableArray());
        }

        private static IPropertySymbol? FindProperty(INamedTypeSymbol type, string name)
        {
            for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
            {
                foreach (ISymbol symbol in current.GetMembers(name))
                {
                    if (symbol is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, SetMethod: { DeclaredAccessibility: Accessibility.Public } } property)
                    {
                        return property;
                    }
                }
            }

            return null;
        }

        /// <summary>The conversion of <paramref name="member"/> into <paramref name="property"/>, or null when the SDK's type does not fit.</summary>
        private static SdkMember? Classify(ShapeInfo shape, MemberInfo member, IPropertySymbol? property)
        {
            if (property is null)
            {
                return null;
            }

            ITypeSymbol type = property.Type;
            SdkMember Make(SdkConversion conversion, string typeName = "") => new(shape.ClassName, member.Name, conversion, typeName);
            switch (member.Kind)
            {
                case MemberKind.String:
                    if (type.SpecialType == SpecialType.System_String)
                    {
                        return Make(SdkConversion.String);
                    }

                    return type is INamedTypeSymbol named && HasFindValue(named)
                        ? Make(SdkConversion.Enum, named.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
                        : null;

                case MemberKind.Boolean:
                    return IsValue(type, SpecialType.System_Boolean) ? Make(SdkConversion.Value) : null;
                case MemberKind.Integer:
                    return IsValue(type, SpecialType.System_Int32) ? Make(SdkConversion.Value) : null;
                case MemberKind.Long:
                    return IsValue(type, SpecialType.System_Int64) ? Make(SdkConversion.Value) : null;
                case MemberKind.Float:
                    return IsValue(type, SpecialType.System_Single) ? Make(SdkConversion.Value) : null;

                case MemberKind.Structure:
                    return IsSdkClass(type, member.ItemClass!) ? Make(SdkConversion.Structure, member.ItemClass!) : null;

                case MemberKind.List when member.ItemClass is null:
                    return IsGeneric(type, "List", 1, out ITypeSymbol[] stringItems) && stringItems[0].SpecialType == SpecialType.System_String
                        ? Make(SdkConversion.StringList)
                        : null;

                case MemberKind.List:
                    return IsGeneric(type, "List", 1, out ITypeSymbol[] items) && IsSdkClass(items[0], member.ItemClass)
                        ? Make(SdkConversion.StructureList, member.ItemClass)
                        : null;

                case MemberKind.Map:
                    return IsGeneric(type, "Dictionary", 2, out ITypeSymbol[] entries)
                        && entries[0].SpecialType == SpecialType.System_String && entries[1].SpecialType == SpecialType.System_String
                        ? Make(SdkConversion.Map)
                        : null;

                default:
                    // Timestamps occur in no request converted here.
                    return null;
            }
        }

        private static bool IsValue(ITypeSymbol type, SpecialType special) =>
            type.SpecialType == special
            || (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && nullable.TypeArguments[0].SpecialType == special);

        private static bool IsSdkClass(ITypeSymbol type, string className) =>
            type is INamedTypeSymbol { TypeKind: TypeKind.Class } named
            && named.Name == className
            && named.ContainingNamespace.ToDisplayString() == "Amazon.SageMaker.Model"
            && named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public);

        private static bool IsGeneric(ITypeSymbol type, string name, int arity, out ITypeSymbol[] arguments)
        {
            if (type is INamedTypeSymbol { IsGenericType: true } named
                && named.Name == name
                && named.TypeArguments.Length == arity
                && named.ContainingNamespace.ToDisplayString() == "System.Collections.Generic")
            {
                arguments = named.TypeArguments.ToArray();
                return true;
            }

            arguments = Array.Empty<ITypeSymbol>();
            return false;
        }

        private static bool HasFindValue(INamedTypeSymbol type) =>
            type.TypeKind == TypeKind.Class
            && type.GetMembers("FindValue").OfType<IMethodSymbol>().Any(method =>
                method.IsStatic
                && method.DeclaredAccessibility == Accessibility.Public
                && method.Parameters.Length == 1
                && method.Parameters[0].Type.SpecialType == SpecialType.System_String
                && SymbolEqualityComparer.Default.Equals(method.ReturnType, type));
    }

    /// <summary>A structure of our request model: its class name and members in the API's order.</summary>
    internal sealed class ShapeInfo
    {
        public ShapeInfo(string className, IReadOnlyList<MemberInfo> members)
        {
            ClassName = className;
            Members = members;
        }

        public string ClassName { get; }

        public IReadOnlyList<MemberInfo> Members { get; }
    }

    /// <summary>A member of one of our shapes; <see cref="ItemClass"/> names the nested structure of a structure or a list of structures.</summary>
    internal sealed class MemberInfo
    {
        public MemberInfo(string name, MemberKind kind, string? itemClass)
        {
            Name = name;
            Kind = kind;
            ItemClass = itemClass;
        }

        public string Name { get; }

        public MemberKind Kind { get; }

        public string? ItemClass { get; }
    }

    /// <summary>
    /// Every structure reachable from the given request types of our runtime model, read from the user's compilation
    /// (breadth first, members in declaration order, which is the API's order in the generated shapes), so job
    /// requests, which only the runtime library has, are walked like the CreateAlgorithm request.
    /// </summary>
    internal static class ShapeCatalog
    {
        public static IReadOnlyList<ShapeInfo> Walk(IEnumerable<INamedTypeSymbol> roots, CancellationToken cancellationToken)
        {
            var shapes = new List<ShapeInfo>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var queue = new Queue<INamedTypeSymbol>();
            foreach (INamedTypeSymbol root in roots)
            {
                if (seen.Add(root.Name))
                {
                    queue.Enqueue(root);
                }
            }

            while (queue.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                INamedTypeSymbol shape = queue.Dequeue();
                var members = new List<MemberInfo>();
                foreach (IPropertySymbol property in shape.GetMembers().OfType<IPropertySymbol>())
                {
                    if (property is not { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public }
                        || Describe(property.Type) is not { } described)
                    {
                        continue;
                    }

                    (MemberKind kind, INamedTypeSymbol? nested) = described;
                    members.Add(new MemberInfo(property.Name, kind, nested?.Name));
                    if (nested is not null && seen.Add(nested.Name))
                    {
                        queue.Enqueue(nested);
                    }
                }

                shapes.Add(new ShapeInfo(shape.Name, members));
            }

            return shapes;
        }

        // The wire kind of a property of our model, and the structure it nests (for structures and lists of them).
        private static (MemberKind Kind, INamedTypeSymbol? Nested)? Describe(ITypeSymbol type)
        {
            if (type.SpecialType == SpecialType.System_String)
            {
                return (MemberKind.String, null);
            }

            if (type is not INamedTypeSymbol named)
            {
                return null;
            }

            if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                ITypeSymbol value = named.TypeArguments[0];
                return value.SpecialType switch
                {
                    SpecialType.System_Boolean => (MemberKind.Boolean, null),
                    SpecialType.System_Int32 => (MemberKind.Integer, null),
                    SpecialType.System_Int64 => (MemberKind.Long, null),
                    SpecialType.System_Single => (MemberKind.Float, null),
                    _ => value.Name == nameof(DateTimeOffset) ? (MemberKind.Timestamp, null) : null,
                };
            }

            if (named.IsGenericType && named.ContainingNamespace.ToDisplayString() == "System.Collections.Generic")
            {
                if (named.Name == "List" && named.TypeArguments.Length == 1)
                {
                    ITypeSymbol item = named.TypeArguments[0];
                    return item.SpecialType == SpecialType.System_String ? (MemberKind.List, null)
                        : IsOurShape(item) ? (MemberKind.List, (INamedTypeSymbol)item)
                        : null;
                }

                return named.Name == "Dictionary" && named.TypeArguments.All(argument => argument.SpecialType == SpecialType.System_String)
                    ? (MemberKind.Map, null)
                    : null;
            }

            return IsOurShape(named) ? (MemberKind.Structure, named) : null;
        }

        private static bool IsOurShape(ITypeSymbol type) =>
            type is INamedTypeSymbol { TypeKind: TypeKind.Class } named
            && named.ContainingNamespace.ToDisplayString() + "." == SageMakerSdkModel.OurModelNamespace
            && named.AllInterfaces.Any(i => i.Name == nameof(IApiShape));
    }
}
