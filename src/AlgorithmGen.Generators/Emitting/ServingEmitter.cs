using System.Collections.Generic;
using System.Linq;
using System.Text;
using AlgorithmGen.Generators.Model;
using AlgorithmGen.Model;

namespace AlgorithmGen.Generators.Emitting
{
    /// <summary>
    /// Writes an algorithm's inference container types, for a class that declares <c>[InferenceSpecification]</c>:
    /// <c>InferenceContract</c> (what ServingHost needs: the declared lists and batch settings),
    /// <c>InferenceContentTypes</c> and <c>InferenceResponseTypes</c> (one constant per declared type, so code matches
    /// on names, not strings). Read from the request snapshot the model already carries.
    /// </summary>
    internal static class ServingEmitter
    {
        /// <summary>The interface the generated contract implements; its presence in the compilation turns this output on.</summary>
        public const string ContractInterface = "AlgorithmGen.Serving.IServingContract`1";

        private const string Serving = "global::AlgorithmGen.Serving.";
        private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList<string>";
        private const string ContractName = "InferenceContract";
        private const string ContentTypesName = "InferenceContentTypes";
        private const string ResponseTypesName = "InferenceResponseTypes";

        /// <summary>The names of the nested types this emitter adds to an algorithm class.</summary>
        public static readonly string[] GeneratedTypeNames = { ContractName, ContentTypesName, ResponseTypesName };

        /// <summary>Whether the algorithm gets serving types: it declares an inference specification.</summary>
        public static bool Applies(AlgorithmModel model) => model.Request.Request.InferenceSpecification is not null;

        public static string Emit(AlgorithmModel model)
        {
            InferenceSpecification inference = model.Request.Request.InferenceSpecification!;
            SourceWriter writer = GeneratedFile.Start(AlgorithmEmitter.Origin, nullableContext: true);
            Stack<System.IDisposable> blocks = AlgorithmEmitter.OpenType(writer, model.Type);

            WriteContract(writer, model);
            writer.Line();
            WriteConstants(writer, ContentTypesName, nameof(InferenceSpecification.SupportedContentTypes), "the request types <c>/invocations</c> accepts (compare with <c>InferenceRequest.ContentType</c>)", inference.SupportedContentTypes);
            writer.Line();
            WriteConstants(writer, ResponseTypesName, nameof(InferenceSpecification.SupportedResponseMIMETypes), "the response types it may answer with (the first is the default)", inference.SupportedResponseMIMETypes);

            while (blocks.Count > 0)
            {
                blocks.Pop().Dispose();
            }

            return writer.ToString();
        }

        /// <summary>
        /// The constant name of a media type: its letters and digits in PascalCase words, <c>text/csv</c> →
        /// <c>TextCsv</c>, <c>application/x-recordio-protobuf</c> → <c>ApplicationXRecordioProtobuf</c>,
        /// <c>text/csv;label_size=0</c> → <c>TextCsvLabelSize0</c>; a leading digit gets <c>_</c>.
        /// </summary>
        public static string ConstantName(string mediaType)
        {
            var name = new StringBuilder();
            bool upper = true;
            foreach (char c in mediaType)
            {
                if (c < 128 && char.IsLetterOrDigit(c))
                {
                    name.Append(upper ? char.ToUpperInvariant(c) : c);
                    upper = false;
                }
                else
                {
                    upper = true;
                }
            }

            if (name.Length == 0 || char.IsDigit(name[0]))
            {
                name.Insert(0, '_');
            }

            return name.ToString();
        }

        private static void WriteContract(SourceWriter writer, AlgorithmModel model)
        {
            writer.Lines($$"""
                /// <summary>
                /// What the inference container of <c>{{AlgorithmEmitter.Xml(model.AlgorithmName)}}</c> promises, from its <c>[InferenceSpecification]</c>: serve it with
                /// <c>ServingHost.RunAsync&lt;{{AlgorithmEmitter.Xml(model.Type.Name)}}.{{ContractName}}&gt;(args, model =&gt; handler)</c>.
                /// </summary>
                {{GeneratedFile.GeneratedCodeAttribute}}
                public sealed class {{ContractName}} : {{Serving}}IServingContract<{{ContractName}}>
                {
                    private {{ContractName}}()
                    {
                    }

                    /// <summary>The declared <c>AlgorithmName</c>.</summary>
                    public static string AlgorithmName => {{SourceWriter.Literal(model.AlgorithmName)}};

                    /// <summary><c>SupportedContentTypes</c>, in declaration order.</summary>
                    public static {{ReadOnlyList}} SupportedContentTypes => {{ContentTypesName}}.All;

                    /// <summary><c>SupportedResponseMIMETypes</c>, in declaration order.</summary>
                    public static {{ReadOnlyList}} SupportedResponseMimeTypes => {{ResponseTypesName}}.All;

                    /// <summary>The batch settings the validation profile's transform job declares (unset members null).</summary>
                    public static {{Serving}}BatchSettings DeclaredBatchSettings => {{BatchSettings(model.Request.Request)}};
                }
                """);
        }

        private static string BatchSettings(CreateAlgorithmRequest request)
        {
            TransformJobDefinition? transform = request.ValidationSpecification?.ValidationProfiles?
                .FirstOrDefault(profile => profile?.TransformJobDefinition is not null)?.TransformJobDefinition;
            string concurrency = transform?.MaxConcurrentTransforms is { } maxConcurrent ? maxConcurrent.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null";
            string payload = transform?.MaxPayloadInMB is { } maxPayload ? maxPayload.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null";
            string strategy = transform?.BatchStrategy switch
            {
                "MultiRecord" => "global::AlgorithmGen.BatchStrategy.MultiRecord",
                "SingleRecord" => "global::AlgorithmGen.BatchStrategy.SingleRecord",
                _ => "null",
            };
            return "new " + Serving + "BatchSettings(" + concurrency + ", " + strategy + ", " + payload + ")";
        }

        private static void WriteConstants(SourceWriter writer, string typeName, string member, string meaning, List<string>? declared)
        {
            List<string> types = (declared ?? new List<string>()).Where(type => type is not null).ToList();
            writer.Lines($"""
                /// <summary><c>InferenceSpecification.{member}</c>: {meaning}, one constant each.</summary>
                {GeneratedFile.GeneratedCodeAttribute}
                """);
            using (writer.Block("public static class " + typeName))
            {
                var used = new HashSet<string>(System.StringComparer.Ordinal) { "All" };
                var names = new List<string>();
                foreach (string type in types)
                {
                    string name = ConstantName(type);
                    string unique = name;
                    for (int suffix = 2; !used.Add(unique); suffix++)
                    {
                        unique = name + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }

                    names.Add(unique);
                    writer.Line("/// <summary><c>" + AlgorithmEmitter.Xml(type) + "</c></summary>");
                    writer.Line("public const string " + unique + " = " + SourceWriter.Literal(type) + ";");
                    writer.Line();
                }

                writer.Line("/// <summary>Every declared type, in declaration order.</summary>");
                writer.Line("public static " + ReadOnlyList + " All { get; } = global::System.Array.AsReadOnly(new string[] { " + string.Join(", ", names) + " });");
            }
        }
    }
}
