using System.Collections.Generic;
using AlgorithmGen.Generators.Model;
using AlgorithmGen.Json;

namespace AlgorithmGen.Generators.Emitting
{
    /// <summary>Writes the generated source for one algorithm class and for the project's catalog. Pure functions of the model.</summary>
    internal static class AlgorithmEmitter
    {
        internal const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"AlgorithmGen\", \"" + ThisAssembly.Version + "\")]";

        public static string EmitAlgorithm(AlgorithmModel model, bool nullableContext)
        {
            var writer = new SourceWriter();
            WriteHeader(writer, nullableContext);
            TypeModel type = model.Type;
            Stack<System.IDisposable> blocks = OpenType(writer, type);

            string definition = "global::AlgorithmGen.AlgorithmDefinition";
            string request = "global::AlgorithmGen.Model.CreateAlgorithmRequest";
            writer.Line("/// <summary>The <c>CreateAlgorithm</c> request body of <c>" + Xml(model.AlgorithmName) + "</c>, computed at compile time: compact JSON, members in the API's order, ASCII only.</summary>");
            writer.Line("public const string CreateAlgorithmJson = " + SourceWriter.Literal(model.Request.CompactJson) + ";");
            writer.Line();
            writer.Line("/// <summary>The algorithm this class declares: its name, compile-time JSON and typed request.</summary>");
            writer.Line(GeneratedCode);
            writer.Line("public static " + definition + " Definition { get; } = new " + definition + "(" + SourceWriter.Literal(model.AlgorithmName) + ", typeof(" + type.FullyQualifiedName + "), CreateAlgorithmJson, CreateRequest" + BakedSeveritiesArgument(model) + ");");
            writer.Line();
            writer.Line("/// <summary>A new, mutable <c>CreateAlgorithm</c> request with the values declared by this class's attributes.</summary>");
            writer.Line(GeneratedCode);
            using (writer.Block("public static " + request + " CreateRequest()"))
            {
                writer.Write("return ");
                RequestInitializerWriter.Write(writer, model.Request.Request);
                writer.Line(";");
            }

            writer.Line();
            writer.Line("/// <summary>Validates the request and registers the algorithm with SageMaker (or, with <c>DryRun</c>, only returns and writes the payload).</summary>");
            writer.Line(GeneratedCode);
            writer.Line("public static global::System.Threading.Tasks.Task<global::AlgorithmGen.AlgorithmRegistrationResult> RegisterAsync(global::AlgorithmGen.AlgorithmRegistrationOptions" + (nullableContext ? "?" : string.Empty) + " options = null, global::System.Threading.CancellationToken cancellationToken = default(global::System.Threading.CancellationToken))");
            writer.Indent();
            writer.Line("=> global::AlgorithmGen.AlgorithmRegistrar.RegisterAsync(Definition, options, cancellationToken);");
            writer.Unindent();

            while (blocks.Count > 0)
            {
                blocks.Pop().Dispose();
            }

            return writer.ToString();
        }

        /// <summary>
        /// The assembly's catalog of algorithms, plus one <c>[assembly: AlgorithmPayload]</c> per algorithm that the
        /// build reads from metadata to write the <c>.create-algorithm.json</c> files.
        /// </summary>
        public static string EmitCatalog(IReadOnlyList<AlgorithmModel> models, bool nullableContext)
        {
            var writer = new SourceWriter();
            WriteHeader(writer, nullableContext);
            foreach (AlgorithmModel model in models)
            {
                // The build's severities travel with the payload, so `algorithmgen register` applies them to the assembly's algorithms.
                string severities = model.BakedSeverities.Length == 0 ? string.Empty : ", " + nameof(AlgorithmPayloadAttribute.RuleSeverities) + " = " + SourceWriter.Literal(model.BakedSeverities);
                writer.Line("[assembly: global::AlgorithmGen.AlgorithmPayload(" + SourceWriter.Literal(model.AlgorithmName) + ", " + SourceWriter.Literal(PayloadJsonWriter.ToIndentedJson(model.Request.Request)) + severities + ")]");
            }

            writer.Line();
            using (writer.Block("namespace AlgorithmGen.Generated"))
            {
                writer.Line("/// <summary>Every <c>[Algorithm]</c> class of this assembly, in a stable order (by class name).</summary>");
                writer.Line(GeneratedCode);
                using (writer.Block("internal static class AlgorithmCatalog"))
                {
                    writer.Line("/// <summary>The algorithms' definitions.</summary>");
                    writer.Line("public static global::System.Collections.Generic.IReadOnlyList<global::AlgorithmGen.AlgorithmDefinition> All { get; } = new global::AlgorithmGen.AlgorithmDefinition[]");
                    writer.Line("{");
                    writer.Indent();
                    foreach (AlgorithmModel model in models)
                    {
                        if (model.IsCatalogVisible)
                        {
                            writer.Line(model.Type.FullyQualifiedName + ".Definition,");
                        }
                    }

                    writer.Unindent();
                    writer.Line("};");
                    writer.Line();
                    writer.Line("/// <summary>Registers every algorithm of this assembly with SageMaker (or validates and writes them in a dry run): one report per algorithm, in <see cref=\"All\"/>'s order.</summary>");
                    writer.Line("public static global::System.Threading.Tasks.Task<global::System.Collections.Generic.IReadOnlyList<global::AlgorithmGen.AlgorithmRegistrationReport>> RegisterAllAsync(global::AlgorithmGen.AlgorithmRegistrationOptions" + (nullableContext ? "?" : string.Empty) + " options = null, global::System.Threading.CancellationToken cancellationToken = default(global::System.Threading.CancellationToken))");
                    writer.Indent();
                    writer.Line("=> global::AlgorithmGen.AlgorithmRegistrar.RegisterAllAsync(All, options, cancellationToken);");
                    writer.Unindent();
                }
            }

            return writer.ToString();
        }

        /// <summary>Opens the namespace and the partial declarations around a type's generated members; dispose each, innermost first.</summary>
        internal static Stack<System.IDisposable> OpenType(SourceWriter writer, TypeModel type)
        {
            var blocks = new Stack<System.IDisposable>();
            if (type.Namespace.Length > 0)
            {
                blocks.Push(writer.Block("namespace " + type.Namespace));
            }

            foreach (string declaration in type.Declarations)
            {
                blocks.Push(writer.Block(declaration));
            }

            return blocks;
        }

        internal static void WriteHeader(SourceWriter writer, bool nullableContext)
        {
            writer.Line("// <auto-generated/>");
            writer.Line("// Generated by AlgorithmGen from the [Algorithm] attributes of this project.");
            if (nullableContext)
            {
                writer.Line("#nullable enable");
            }

            writer.Line();
        }

        // Only severities the build changed are baked; otherwise the definition keeps the catalogue's (the shorter constructor).
        private static string BakedSeveritiesArgument(AlgorithmModel model) =>
            model.BakedSeverities.Length == 0
                ? string.Empty
                : ", global::" + typeof(Rules.RuleSeverities).FullName + "." + nameof(Rules.RuleSeverities.Parse) + "(" + SourceWriter.Literal(model.BakedSeverities) + ")";

        internal static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
    }
}
