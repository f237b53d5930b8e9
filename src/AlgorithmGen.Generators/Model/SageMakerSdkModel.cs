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
    /// referenced, which members of the request's shapes it has (and their SDK types), and which of ours it lacks.
    /// Strings and flags only, so the pipeline step compares by value and stays cached across unrelated edits.
    /// </summary>
    /// <param name="Available">Whether <c>Amazon.SageMaker.Model.CreateAlgorithmRequest</c> (and our runtime model) is in the compilation.</param>
    /// <param name="Members">The convertible members, shape by shape in walk order, members in the API's order.</param>
    /// <param name="Skipped">"Shape.Member" names of ours that the SDK lacks or types differently.</param>
    internal sealed record SageMakerSdkModel(bool Available, EquatableArray<SdkMember> Members, EquatableArray<string> Skipped)
    {
        public const string SdkModelNamespace = "Amazon.SageMaker.Model.";
        public const string SdkRequestMetadataName = SdkModelNamespace + "CreateAlgorithmRequest";
        public const string OurRequestMetadataName = "AlgorithmGen.Model.CreateAlgorithmRequest";

        public static SageMakerSdkModel Unavailable { get; } = new(false, EquatableArray<SdkMember>.Empty, EquatableArray<string>.Empty);

        /// <summary>Looks the SDK up in <paramref name="compilation"/>; cheap when it is absent (two type lookups).</summary>
        public static SageMakerSdkModel From(Compilation compilation, CancellationToken cancellationToken)
        {
            if (compilation.GetTypeByMetadataName(SdkRequestMetadataName) is null
                || compilation.GetTypeByMetadataName(OurRequestMetadataName) is null)
            {
                return Unavailable;
            }

            var members = new List<SdkMember>();
            var skipped = new List<string>();
            foreach (ShapeInfo shape in ShapeCatalog.Shapes)
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

            return new SageMakerSdkModel(true, members.ToEquatableArray(), skipped.ToEquatableArray());
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
                    // Timestamps never occur in requests.
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
    /// Every structure reachable from <see cref="CreateAlgorithmRequest"/>, found by walking <c>new T()</c> instances
    /// through <see cref="IApiShape.Accept"/> (the one member list), breadth first from the request. Computed once.
    /// </summary>
    internal static class ShapeCatalog
    {
        private static readonly Lazy<IReadOnlyList<ShapeInfo>> LazyShapes = new(Walk, LazyThreadSafetyMode.ExecutionAndPublication);

        public static IReadOnlyList<ShapeInfo> Shapes => LazyShapes.Value;

        private static IReadOnlyList<ShapeInfo> Walk()
        {
            var shapes = new List<ShapeInfo>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var queue = new Queue<IApiShape>();
            queue.Enqueue(new CreateAlgorithmRequest());
            seen.Add(nameof(CreateAlgorithmRequest));
            while (queue.Count > 0)
            {
                IApiShape shape = queue.Dequeue();
                var collector = new Collector();
                shape.Accept(collector);
                shapes.Add(new ShapeInfo(shape.GetType().Name, collector.Members));
                foreach (IApiShape child in collector.Children)
                {
                    if (seen.Add(child.GetType().Name))
                    {
                        queue.Enqueue(child);
                    }
                }
            }

            return shapes;
        }

        private sealed class Collector : IShapeVisitor
        {
            public List<MemberInfo> Members { get; } = new();

            public List<IApiShape> Children { get; } = new();

            public string? String(MemberSpec member, string? value) => Add(member, null, value);

            public bool? Boolean(MemberSpec member, bool? value) => Add(member, null, value);

            public int? Integer(MemberSpec member, int? value) => Add(member, null, value);

            public long? Long(MemberSpec member, long? value) => Add(member, null, value);

            public DateTimeOffset? Timestamp(MemberSpec member, DateTimeOffset? value) => Add(member, null, value);

            public float? Float(MemberSpec member, float? value) => Add(member, null, value);

            public T? Structure<T>(MemberSpec member, T? value) where T : class, IApiShape, new()
            {
                Children.Add(new T());
                return Add(member, typeof(T).Name, value);
            }

            public List<string>? StringList(MemberSpec member, List<string>? value) => Add(member, null, value);

            public List<T>? StructureList<T>(MemberSpec member, List<T>? value) where T : class, IApiShape, new()
            {
                Children.Add(new T());
                return Add(member, typeof(T).Name, value);
            }

            public Dictionary<string, string>? StringMap(MemberSpec member, Dictionary<string, string>? value) => Add(member, null, value);

            private TValue Add<TValue>(MemberSpec member, string? itemClass, TValue value)
            {
                Members.Add(new MemberInfo(member.Name, member.Kind, itemClass));
                return value;
            }
        }
    }
}
