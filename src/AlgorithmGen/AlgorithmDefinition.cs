using System;
using System.ComponentModel;
using System.Text;
using AlgorithmGen.Json;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;

namespace AlgorithmGen
{
    /// <summary>
    /// One algorithm of the project, as the generator built it from an <see cref="AlgorithmAttribute"/> class: its
    /// name, the exact wire JSON computed at compile time, and a factory for the typed request.
    /// </summary>
    public sealed class AlgorithmDefinition
    {
        // The request read from CompactJson, never handed out: CreateRequest() returns copies of it.
        private readonly Lazy<CreateAlgorithmRequest> _request;

        /// <summary>Called by generated code; application code gets definitions from the generated <c>Definition</c> property or <see cref="FromRequest(CreateAlgorithmRequest)"/>.</summary>
        /// <remarks>
        /// The typed request is read from <paramref name="compactJson"/> (once; each <see cref="CreateRequest"/> returns a
        /// deep copy), so the JSON and the request cannot disagree, and each class compiles one string instead of an
        /// object initializer.
        /// </remarks>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public AlgorithmDefinition(string algorithmName, Type algorithmType, string compactJson)
            : this(algorithmName, algorithmType, compactJson, RuleSeverities.Empty)
        {
        }

        /// <summary>Called by generated code when the build set rule severities other than the catalogue's.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public AlgorithmDefinition(string algorithmName, Type algorithmType, string compactJson, RuleSeverities ruleSeverities)
            : this(algorithmName, compactJson, ruleSeverities)
        {
            AlgorithmType = algorithmType ?? throw new ArgumentNullException(nameof(algorithmType));
        }

        private AlgorithmDefinition(string algorithmName, string compactJson, RuleSeverities ruleSeverities)
        {
            AlgorithmName = algorithmName ?? throw new ArgumentNullException(nameof(algorithmName));
            CompactJson = compactJson ?? throw new ArgumentNullException(nameof(compactJson));
            RuleSeverities = ruleSeverities ?? throw new ArgumentNullException(nameof(ruleSeverities));
            // Read once, on first use; each CreateRequest() hands out a deep copy, which costs far less than reading again.
            _request = new Lazy<CreateAlgorithmRequest>(() => PayloadJsonReader.Read<CreateAlgorithmRequest>(CompactJson));
        }

        /// <summary>
        /// A definition for a request that no annotated class declares, such as a payload file another tool wrote, so
        /// it can be registered the same way (<see cref="AlgorithmRegistrar.RegisterAllAsync"/>). Each
        /// <see cref="CreateRequest"/> returns a copy of <paramref name="request"/> as it is now.
        /// </summary>
        /// <exception cref="ArgumentException">The request has no <c>AlgorithmName</c>.</exception>
        public static AlgorithmDefinition FromRequest(CreateAlgorithmRequest request) => FromRequest(request, RuleSeverities.Empty);

        /// <summary>
        /// As <see cref="FromRequest(CreateAlgorithmRequest)"/>, with the rule severities of the build that produced the
        /// request (the <c>algorithmgen register</c> tool reads them from an assembly with the payload).
        /// </summary>
        /// <exception cref="ArgumentException">The request has no <c>AlgorithmName</c>.</exception>
        public static AlgorithmDefinition FromRequest(CreateAlgorithmRequest request, RuleSeverities ruleSeverities)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            if (string.IsNullOrEmpty(request.AlgorithmName))
            {
                throw new ArgumentException("The request has no AlgorithmName.", nameof(request));
            }

            return new AlgorithmDefinition(request.AlgorithmName!, PayloadJsonWriter.ToCompactJson(request), ruleSeverities);
        }

        /// <summary>The algorithm's name as declared (<c>AlgorithmName</c>).</summary>
        public string AlgorithmName { get; }

        /// <summary>The annotated class; null for a definition made by <see cref="FromRequest(CreateAlgorithmRequest)"/>.</summary>
        public Type? AlgorithmType { get; }

        /// <summary>
        /// The rule severities of the build that generated the definition (.editorconfig, global configs, <c>NoWarn</c>,
        /// <c>WarningsAsErrors</c>, <c>TreatWarningsAsErrors</c>): registration reports each violation at this severity
        /// and refuses the errors, so it refuses exactly what the build refused. <see cref="RuleSeverities.Empty"/> when
        /// the build kept the catalogue's severities; <see cref="AlgorithmRegistrationOptions.RuleSeverities"/> wins over it.
        /// </summary>
        public RuleSeverities RuleSeverities { get; }

        /// <summary>The request body exactly as computed at compile time: compact JSON, ASCII only.</summary>
        public string CompactJson { get; }

        /// <summary>The name of the file the build writes: <c>&lt;AlgorithmName&gt;.create-algorithm.json</c>.</summary>
        public string FileName => PayloadFiles.FileNameFor(AlgorithmName);

        /// <summary>The compile-time request body as UTF-8 bytes (a new array each call).</summary>
        /// <remarks>The JSON is ASCII by construction (other characters are \u-escaped), so its UTF-8 bytes are its characters.</remarks>
        public byte[] GetUtf8Json() => Encoding.UTF8.GetBytes(CompactJson);

        /// <summary>A new, mutable typed request with the compile-time values, to adjust before registering.</summary>
        public CreateAlgorithmRequest CreateRequest() => ShapeCopy.Of(_request.Value);

        /// <inheritdoc />
        public override string ToString() => AlgorithmType is null ? AlgorithmName : AlgorithmName + " (" + AlgorithmType.FullName + ")";
    }

    /// <summary>Naming and content of the payload files the build writes.</summary>
    public static class PayloadFiles
    {
        /// <summary>The suffix of payload files.</summary>
        public const string Suffix = Payloads.PayloadFile.Suffix;

        /// <summary><c>&lt;AlgorithmName&gt;.create-algorithm.json</c>.</summary>
        public static string FileNameFor(string algorithmName) => Payloads.PayloadFile.FileNameFor(algorithmName);

        /// <summary>The file content for a request: indented JSON and a final newline, usable with <c>aws sagemaker create-algorithm --cli-input-json file://…</c>.</summary>
        public static string ContentFor(CreateAlgorithmRequest request) => Payloads.PayloadFile.TextFor(PayloadJsonWriter.ToIndentedJson(request));
    }
}
