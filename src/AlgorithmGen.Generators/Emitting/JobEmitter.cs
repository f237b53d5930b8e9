using System.Collections.Generic;
using System.Linq;
using AlgorithmGen.Generators.Model;

namespace AlgorithmGen.Generators.Emitting
{
    /// <summary>
    /// Writes what lets jobs be built from a typed instance: the class implements
    /// <c>AlgorithmGen.Jobs.IAlgorithmHyperParameters</c>, and <c>ToHyperParameters()</c> writes each hyperparameter
    /// property with <c>HyperParameterCodec</c>, the codec the training container's binder reads them with (enums by
    /// their wire values, null values left out). No reflection at run time. <c>ChannelNames</c> holds one constant per
    /// declared channel, so a job's input names a channel the compiler knows (<c>.Input(ChannelNames.Train, ...)</c>).
    /// </summary>
    internal static class JobEmitter
    {
        /// <summary>The member this emitter adds to an algorithm class.</summary>
        public const string ToHyperParametersName = "ToHyperParameters";

        /// <summary>The nested class of channel-name constants this emitter adds to an algorithm class.</summary>
        public const string ChannelNamesName = "ChannelNames";

        private const string Interface = "global::AlgorithmGen.Jobs.IAlgorithmHyperParameters";
        private const string Codec = "global::AlgorithmGen.HyperParameterCodec.";
        private const string Map = "global::System.Collections.Generic.Dictionary<string, string>";

        public static string Emit(AlgorithmModel model, bool nullableContext)
        {
            SourceWriter writer = GeneratedFile.Start(AlgorithmEmitter.Origin, nullableContext);
            var declarations = model.Type.Declarations.ToList();
            // The class's own partial declaration, last, takes the interface.
            declarations[declarations.Count - 1] += " : " + Interface;
            Stack<System.IDisposable> blocks = AlgorithmEmitter.OpenType(writer, model.Type with { Declarations = declarations.ToEquatableArray() });

            writer.Lines($"""
                /// <summary>
                /// This instance's hyperparameters as a job's <c>HyperParameters</c>: wire names, values in the text the training
                /// container reads back (<c>HyperParameterCodec</c>), enums by their wire values, null values left out.
                /// </summary>
                {GeneratedFile.GeneratedCodeAttribute}
                """);
            using (writer.Block("public " + Map + " " + ToHyperParametersName + "()"))
            {
                writer.Line("var map = new " + Map + "(global::System.StringComparer.Ordinal);");
                foreach (HyperParameterBinding binding in model.Training.HyperParameters)
                {
                    WriteValue(writer, binding);
                }

                writer.Line("return map;");
                foreach (HyperParameterBinding binding in model.Training.HyperParameters.Where(b => b.IsEnum))
                {
                    writer.Line();
                    using (writer.Block("static string WireValueOf" + binding.PropertyName + "(" + binding.ValueType + " value)"))
                    {
                        foreach (EnumMemberBinding member in binding.EnumMembers)
                        {
                            writer.Line("if (value == " + binding.ValueType + "." + member.MemberName + ") return " + SourceWriter.Literal(member.WireValue) + ";");
                        }

                        writer.Line("throw new global::System.ArgumentOutOfRangeException(" + SourceWriter.Literal(binding.PropertyName) + ", value, "
                            + SourceWriter.Literal("Not a declared value of the hyperparameter " + binding.WireName + ".") + ");");
                    }
                }
            }

            writer.Lines($"""

                {GeneratedFile.GeneratedCodeAttribute}
                global::AlgorithmGen.AlgorithmDefinition {Interface}.Definition => Definition;

                """);
            WriteChannelNames(writer, model.Training);

            while (blocks.Count > 0)
            {
                blocks.Pop().Dispose();
            }

            return writer.ToString();
        }

        private static void WriteChannelNames(SourceWriter writer, TrainingModel training)
        {
            writer.Lines($"""
                /// <summary>The names of the input channels the algorithm declares, for a job's inputs: a misspelt name does not compile.</summary>
                {GeneratedFile.GeneratedCodeAttribute}
                """);
            using (writer.Block("public static class " + ChannelNamesName))
            {
                bool first = true;
                foreach (ChannelBinding channel in training.Channels)
                {
                    if (!first)
                    {
                        writer.Line();
                    }

                    first = false;
                    writer.Line("/// <summary>Channel <c>" + AlgorithmEmitter.Xml(channel.Name) + "</c>" + (channel.IsRequired ? " (required)" : " (optional)")
                        + (channel.Description is { Length: > 0 } description ? ": " + AlgorithmEmitter.Xml(description) : ".") + "</summary>");
                    writer.Line("public const string " + channel.PropertyName + " = " + SourceWriter.Literal(channel.Name) + ";");
                }
            }
        }

        private static void WriteValue(SourceWriter writer, HyperParameterBinding binding)
        {
            string key = "map[" + SourceWriter.Literal(binding.WireName) + "] = ";
            string property = "this." + binding.PropertyName;
            bool isString = binding.ValueType == "string";
            string format(string value) => binding.IsEnum ? "WireValueOf" + binding.PropertyName + "(" + value + ")"
                : isString ? value
                : Codec + "Format(" + value + ")";
            if (isString)
            {
                writer.Line("if (" + property + " != null) " + key + property + ";");
            }
            else if (binding.IsNullable)
            {
                writer.Line("if (" + property + ".HasValue) " + key + format(property + ".Value") + ";");
            }
            else
            {
                writer.Line(key + format(property) + ";");
            }
        }
    }
}
