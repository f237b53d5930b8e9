using AlgorithmGen.Json;
using AlgorithmGen.Model;

namespace AlgorithmGen.Generators.Model
{
    /// <summary>
    /// Everything the emitter needs for one algorithm class, and nothing from Roslyn: the generator caches it
    /// between edits, so it holds strings, flags and value-equal collections only.
    /// </summary>
    /// <param name="Type">Where the generated partial declaration goes.</param>
    /// <param name="AlgorithmName">The declared <c>AlgorithmName</c>.</param>
    /// <param name="Request">The request built from the attributes, compared by its JSON.</param>
    /// <param name="IsCatalogVisible">Whether assembly-level code can reference the class (not private or protected).</param>
    /// <param name="Training">What the training container's generated context binds (emitted when the project references AlgorithmGen.Training).</param>
    /// <param name="SourcePath">The path of the file that declares <c>[Algorithm]</c>: the build's severities are those of its diagnostics there.</param>
    internal sealed record AlgorithmModel(TypeModel Type, string AlgorithmName, RequestSnapshot Request, bool IsCatalogVisible, TrainingModel Training, string SourcePath, EquatableArray<string> SilencedInSource)
    {
        /// <summary>
        /// The rule severities the build gives the analyzer's diagnostics in <see cref="SourcePath"/> (and off for the
        /// rules in <see cref="SilencedInSource"/>), where they differ from the catalogue's, in <c>RuleSeverities</c>' text form; empty when the catalogue's hold. Set by the
        /// pipeline's <c>RuleSeverities</c> step, which reads the build's options.
        /// </summary>
        public string BakedSeverities { get; init; } = string.Empty;
    }

    /// <summary>
    /// What the catalog needs of an algorithm: its class, and whether assembly-level code can reach it. A projection of
    /// the model, so that an edit to an algorithm's attributes leaves the catalog cached.
    /// </summary>
    internal sealed record CatalogEntry(string FullyQualifiedName, bool IsVisible);

    /// <summary>A type and its containing types, enough to write <c>partial</c> declarations around generated members.</summary>
    /// <param name="Namespace">The namespace, empty for the global namespace.</param>
    /// <param name="Declarations">Containing types outermost first, then the type itself, e.g. <c>partial class Outer</c>.</param>
    /// <param name="Name">The type's name.</param>
    /// <param name="FullyQualifiedName">The <c>global::</c>-qualified name.</param>
    /// <param name="HintName">A file-name-safe, unique name for the generated source.</param>
    internal sealed record TypeModel(
        string Namespace,
        EquatableArray<string> Declarations,
        string Name,
        string FullyQualifiedName,
        string HintName);

    /// <summary>
    /// The request as the parser built it. The request object is never changed after parsing; equality is by its
    /// compact JSON, which captures every member (the emitter writes the same JSON), so two snapshots are equal
    /// exactly when they would generate the same code.
    /// </summary>
    internal sealed class RequestSnapshot : System.IEquatable<RequestSnapshot>
    {
        public RequestSnapshot(CreateAlgorithmRequest request)
        {
            Request = request;
            CompactJson = PayloadJsonWriter.ToCompactJson(request);
        }

        public CreateAlgorithmRequest Request { get; }

        public string CompactJson { get; }

        public bool Equals(RequestSnapshot? other) => other is not null && CompactJson == other.CompactJson;

        public override bool Equals(object? obj) => Equals(obj as RequestSnapshot);

        public override int GetHashCode() => CompactJson.GetHashCode();
    }
}
