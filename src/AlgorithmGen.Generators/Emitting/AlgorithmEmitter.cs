using System.Collections.Generic;
using AlgorithmGen.Generators.Model;
using AlgorithmGen.Json;

namespace AlgorithmGen.Generators.Emitting
{
    /// <summary>Writes the generated source for one algorithm class and for the project's catalog. Pure functions of the model.</summary>
    internal static class AlgorithmEmitter
    {
        /// <summary>Why the files of an algorithm class exist, for their header.</summary>
        internal const string Origin = "from the [Algorithm] attributes of this project";

        private const string Definition = "global::AlgorithmGen.AlgorithmDefinition";
        private const string Request = "global::AlgorithmGen.Model.CreateAlgorithmRequest";
        private const string Options = "global::AlgorithmGen.AlgorithmRegistrationOptions";
        private const string CancellationToken = "global::System.Threading.CancellationToken";

        public static string EmitAlgorithm(AlgorithmModel model, bool nullableContext)
        {
            SourceWriter writer = GeneratedFile.Start(Origin, nullableContext);
            // The build reads this from metadata to write the .create-algorithm.json file; in the class's own file, so an
            // edit to one algorithm re-emits its payload only. The build's severities travel with it, so `algorithmgen
            // register` applies them to the assembly's algorithms.
            string severities = model.BakedSeverities.Length == 0 ? string.Empty : ", " + nameof(AlgorithmPayloadAttribute.RuleSeverities) + " = " + SourceWriter.Literal(model.BakedSeverities);
            writer.Line("[assembly: global::AlgorithmGen.AlgorithmPayload(" + SourceWriter.Literal(model.AlgorithmName) + ", " + SourceWriter.Literal(PayloadJsonWriter.ToIndentedJson(model.Request.Request)) + severities + ")]");
            writer.Line();
            TypeModel type = model.Type;
            Stack<System.IDisposable> blocks = OpenType(writer, type);

            writer.Lines($$"""
                /// <summary>The <c>CreateAlgorithm</c> request body of <c>{{Xml(model.AlgorithmName)}}</c>, computed at compile time: compact JSON, members in the API's order, ASCII only.</summary>
                public const string CreateAlgorithmJson = {{SourceWriter.Literal(model.Request.CompactJson)}};

                /// <summary>The algorithm this class declares: its name, compile-time JSON and typed request.</summary>
                {{GeneratedFile.GeneratedCodeAttribute}}
                public static {{Definition}} Definition { get; } = new {{Definition}}({{SourceWriter.Literal(model.AlgorithmName)}}, typeof({{type.FullyQualifiedName}}), CreateAlgorithmJson{{BakedSeveritiesArgument(model)}});

                /// <summary>A new, mutable <c>CreateAlgorithm</c> request with the values declared by this class's attributes.</summary>
                {{GeneratedFile.GeneratedCodeAttribute}}
                public static {{Request}} CreateRequest() => Definition.CreateRequest();

                /// <summary>Validates the request and registers the algorithm with SageMaker (or, with <c>DryRun</c>, only returns and writes the payload).</summary>
                {{GeneratedFile.GeneratedCodeAttribute}}
                public static global::System.Threading.Tasks.Task<global::AlgorithmGen.AlgorithmRegistrationResult> RegisterAsync({{Options}}{{(nullableContext ? "?" : string.Empty)}} options = null, {{CancellationToken}} cancellationToken = default({{CancellationToken}}))
                    => global::AlgorithmGen.AlgorithmRegistrar.RegisterAsync(Definition, options, cancellationToken);
                """);

            while (blocks.Count > 0)
            {
                blocks.Pop().Dispose();
            }

            return writer.ToString();
        }

        /// <summary>The assembly's catalog of algorithms: each visible class's definition, in the order given.</summary>
        public static string EmitCatalog(IReadOnlyList<CatalogEntry> entries, bool nullableContext)
        {
            SourceWriter writer = GeneratedFile.Start(Origin, nullableContext);
            using (writer.Block("namespace AlgorithmGen.Generated"))
            {
                writer.Lines($$"""
                    /// <summary>Every <c>[Algorithm]</c> class of this assembly, in a stable order (by class name).</summary>
                    {{GeneratedFile.GeneratedCodeAttribute}}
                    """);
                using (writer.Block("internal static class AlgorithmCatalog"))
                {
                    writer.Line("/// <summary>The algorithms' definitions.</summary>");
                    using (writer.Block("public static global::System.Collections.Generic.IReadOnlyList<" + Definition + "> All { get; } = new " + Definition + "[]", "};"))
                    {
                        foreach (CatalogEntry entry in entries)
                        {
                            if (entry.IsVisible)
                            {
                                writer.Line(entry.FullyQualifiedName + ".Definition,");
                            }
                        }
                    }

                    writer.Lines($$"""

                        /// <summary>Registers every algorithm of this assembly with SageMaker (or validates and writes them in a dry run): one report per algorithm, in <see cref="All"/>'s order.</summary>
                        public static global::System.Threading.Tasks.Task<global::System.Collections.Generic.IReadOnlyList<global::AlgorithmGen.AlgorithmRegistrationReport>> RegisterAllAsync({{Options}}{{(nullableContext ? "?" : string.Empty)}} options = null, {{CancellationToken}} cancellationToken = default({{CancellationToken}}))
                            => global::AlgorithmGen.AlgorithmRegistrar.RegisterAllAsync(All, options, cancellationToken);
                        """);
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

        // Only severities the build changed are baked; otherwise the definition keeps the catalogue's (the shorter constructor).
        private static string BakedSeveritiesArgument(AlgorithmModel model) =>
            model.BakedSeverities.Length == 0
                ? string.Empty
                : ", global::" + typeof(Rules.RuleSeverities).FullName + "." + nameof(Rules.RuleSeverities.Parse) + "(" + SourceWriter.Literal(model.BakedSeverities) + ")";

        internal static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
    }
}
