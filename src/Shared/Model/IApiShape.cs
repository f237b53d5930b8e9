#nullable enable
namespace AlgorithmGen.Model
{
    /// <summary>
    /// A structure of the SageMaker API. Each shape lists its members once, in the API's order, through
    /// <see cref="Accept"/>; every writer, reader and validator walks shapes through that single list, so the
    /// typed model, the wire JSON and the rules cannot disagree about which members exist or their order.
    /// </summary>
    internal interface IApiShape
    {
        /// <summary>The service-model name of the shape (for example <c>TrainingSpecification</c>).</summary>
        string ShapeName { get; }

        /// <summary>
        /// Offers each member to <paramref name="visitor"/> in the API's order and stores what the visitor returns,
        /// so one member list serves writers (which return the value unchanged) and readers (which return a new one).
        /// </summary>
        void Accept(IShapeVisitor visitor);
    }

    /// <summary>Walks the members of an <see cref="IApiShape"/>. Each method returns the value to store back.</summary>
    internal interface IShapeVisitor
    {
        /// <summary>Visits a string member.</summary>
        string? String(MemberSpec member, string? value);

        /// <summary>Visits a boolean member.</summary>
        bool? Boolean(MemberSpec member, bool? value);

        /// <summary>Visits a 32-bit integer member.</summary>
        int? Integer(MemberSpec member, int? value);

        /// <summary>Visits a 64-bit integer member.</summary>
        long? Long(MemberSpec member, long? value);

        /// <summary>Visits a single-precision number member.</summary>
        float? Float(MemberSpec member, float? value);

        /// <summary>Visits a timestamp member (epoch seconds on the wire).</summary>
        global::System.DateTimeOffset? Timestamp(MemberSpec member, global::System.DateTimeOffset? value);

        /// <summary>Visits a nested structure.</summary>
        T? Structure<T>(MemberSpec member, T? value) where T : class, IApiShape, new();

        /// <summary>Visits a list of strings.</summary>
        global::System.Collections.Generic.List<string>? StringList(MemberSpec member, global::System.Collections.Generic.List<string>? value);

        /// <summary>Visits a list of structures.</summary>
        global::System.Collections.Generic.List<T>? StructureList<T>(MemberSpec member, global::System.Collections.Generic.List<T>? value) where T : class, IApiShape, new();

        /// <summary>Visits a string-to-string map.</summary>
        global::System.Collections.Generic.Dictionary<string, string>? StringMap(MemberSpec member, global::System.Collections.Generic.Dictionary<string, string>? value);
    }
}
