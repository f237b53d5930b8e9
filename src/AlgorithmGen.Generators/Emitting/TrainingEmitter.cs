using System.Collections.Generic;
using System.Linq;
using AlgorithmGen.Generators.Model;

namespace AlgorithmGen.Generators.Emitting
{
    /// <summary>
    /// Writes an algorithm's training container types: <c>TrainingContext</c> (binds the job to the class, no
    /// reflection), <c>TrainingChannels</c> (one property per declared channel) and <c>TrainingMetrics</c> (one method
    /// per declared metric, writing the line its regex finds).
    /// </summary>
    internal static class TrainingEmitter
    {
        /// <summary>The interface the generated context implements; its presence in the compilation turns this output on.</summary>
        public const string ContextInterface = "AlgorithmGen.Training.ITrainingContext`1";

        private const string Training = "global::AlgorithmGen.Training.";
        private const string ContextName = "TrainingContext";
        private const string ChannelsName = "TrainingChannels";
        private const string MetricsName = "TrainingMetrics";

        /// <summary>The names of the nested types this emitter adds to an algorithm class.</summary>
        public static readonly string[] GeneratedTypeNames = { ContextName, ChannelsName, MetricsName };

        public static string Emit(AlgorithmModel model)
        {
            SourceWriter writer = GeneratedFile.Start(AlgorithmEmitter.Origin, nullableContext: true);
            Stack<System.IDisposable> blocks = AlgorithmEmitter.OpenType(writer, model.Type);
            TrainingModel training = model.Training;
            string algorithm = model.Type.FullyQualifiedName;

            WriteContext(writer, model, training, algorithm);
            writer.Line();
            WriteChannels(writer, training);
            writer.Line();
            WriteMetrics(writer, training);

            while (blocks.Count > 0)
            {
                blocks.Pop().Dispose();
            }

            return writer.ToString();
        }

        private static void WriteContext(SourceWriter writer, AlgorithmModel model, TrainingModel training, string algorithm)
        {
            writer.Lines($$"""
                /// <summary>
                /// A training job of <c>{{AlgorithmEmitter.Xml(model.AlgorithmName)}}</c>, bound from the files SageMaker writes under <c>/opt/ml</c>:
                /// the hyperparameters parsed into this class (declared defaults applied, the declared rules checked), the
                /// declared channels, and one method per declared metric. Run it with <c>TrainingHost.RunAsync&lt;{{AlgorithmEmitter.Xml(model.Type.Name)}}.{{ContextName}}&gt;</c>.
                /// </summary>
                {{GeneratedFile.GeneratedCodeAttribute}}
                """);
            using (writer.Block("public sealed class " + ContextName + " : " + Training + "TrainingContext<" + algorithm + ">, " + Training + "ITrainingContext<" + ContextName + ">"))
            {
                writer.Lines($$"""
                    private {{ContextName}}({{Training}}TrainingEnvironment environment, {{algorithm}} hyperParameters, global::System.Collections.Generic.IReadOnlyDictionary<string, {{Training}}TrainingChannel> inputChannels, {{ChannelsName}} channels)
                        : base(environment, hyperParameters, inputChannels)
                    {
                        Channels = channels;
                        Metrics = new {{MetricsName}}(this);
                    }

                    /// <summary>The algorithm this context binds to: its name and the request its attributes declare.</summary>
                    public static global::AlgorithmGen.AlgorithmDefinition Algorithm => Definition;

                    /// <summary>The channels the algorithm declares; an optional one is null when the job has no input for it.</summary>
                    public {{ChannelsName}} Channels { get; }

                    /// <summary>One method per declared metric, each writing the line the metric's regex finds.</summary>
                    public {{MetricsName}} Metrics { get; }

                    """);
                WriteBind(writer, training, algorithm);
                foreach (HyperParameterBinding hyperParameter in training.HyperParameters.Where(h => h.IsEnum))
                {
                    writer.Line();
                    WriteEnumParser(writer, hyperParameter);
                }
            }
        }

        private static void WriteBind(SourceWriter writer, TrainingModel training, string algorithm)
        {
            writer.Line("/// <summary>Binds a training job to the algorithm; throws <see cref=\"" + Training + "TrainingBindingException\"/> listing every problem.</summary>");
            using (writer.Block("public static " + ContextName + " Bind(" + Training + "TrainingEnvironment environment, " + Training + "TrainingBindingOptions options)"))
            {
                writer.Line(Training + "TrainingBinder binder = " + Training + "TrainingBinder.Start(Definition, environment, options);");
                List<HyperParameterBinding> hyperParameters = training.HyperParameters.ToList();
                for (int i = 0; i < hyperParameters.Count; i++)
                {
                    HyperParameterBinding hyperParameter = hyperParameters[i];
                    writer.Line("bool has" + i + " = binder.TryRead<" + hyperParameter.ValueType + ">(" + SourceWriter.Literal(hyperParameter.WireName) + ", " + hyperParameter.Parser + ", out " + hyperParameter.ValueType + " value" + i + ");");
                }

                List<ChannelBinding> channels = training.Channels.ToList();
                for (int i = 0; i < channels.Count; i++)
                {
                    writer.Line(Training + "TrainingChannel? channel" + i + " = binder.Channel(" + SourceWriter.Literal(channels[i].Name) + ");");
                }

                writer.Line("binder.ThrowIfProblems();");
                writer.Line();
                writer.Line(algorithm + " hyperParameters = new " + algorithm);
                writer.Line("{");
                writer.Indent();
                for (int i = 0; i < hyperParameters.Count; i++)
                {
                    if (hyperParameters[i].Assignment == PropertyAssignment.Initializer)
                    {
                        // Absent with no declared default: the type's default, which is what an unset property holds.
                        writer.Line(hyperParameters[i].PropertyName + " = has" + i + " ? value" + i + " : default!,");
                    }
                }

                writer.Unindent();
                writer.Line("};");
                for (int i = 0; i < hyperParameters.Count; i++)
                {
                    if (hyperParameters[i].Assignment == PropertyAssignment.Setter)
                    {
                        writer.Line("if (has" + i + ") hyperParameters." + hyperParameters[i].PropertyName + " = value" + i + ";");
                    }
                }

                string arguments = string.Join(", ", channels.Select((channel, i) => "channel" + i + (channel.IsRequired ? "!" : string.Empty)));
                writer.Line("return new " + ContextName + "(environment, hyperParameters, binder.Channels, new " + ChannelsName + "(" + arguments + "));");
            }
        }

        private static void WriteEnumParser(SourceWriter writer, HyperParameterBinding hyperParameter)
        {
            using (writer.Block("private static bool " + hyperParameter.Parser + "(string text, out " + hyperParameter.ValueType + " value)"))
            {
                using (writer.Block("switch (text)"))
                {
                    foreach (EnumMemberBinding member in hyperParameter.EnumMembers)
                    {
                        writer.Line("case " + SourceWriter.Literal(member.WireValue) + ": value = " + hyperParameter.ValueType + "." + member.MemberName + "; return true;");
                    }

                    writer.Line("default: value = default; return false;");
                }
            }
        }

        private static void WriteChannels(SourceWriter writer, TrainingModel training)
        {
            writer.Lines($"""
                /// <summary>The input channels the algorithm declares, one property each.</summary>
                {GeneratedFile.GeneratedCodeAttribute}
                """);
            using (writer.Block("public sealed class " + ChannelsName))
            {
                List<ChannelBinding> channels = training.Channels.ToList();
                string parameters = string.Join(", ", channels.Select((channel, i) => Training + "TrainingChannel" + (channel.IsRequired ? string.Empty : "?") + " channel" + i));
                using (writer.Block("internal " + ChannelsName + "(" + parameters + ")"))
                {
                    for (int i = 0; i < channels.Count; i++)
                    {
                        writer.Line(channels[i].PropertyName + " = channel" + i + ";");
                    }
                }

                foreach (ChannelBinding channel in channels)
                {
                    writer.Line();
                    writer.Line("/// <summary>Channel <c>" + AlgorithmEmitter.Xml(channel.Name) + "</c>" + (channel.IsRequired ? " (required)" : " (optional: null when the job has no input for it)")
                        + (channel.Description is { Length: > 0 } description ? ": " + AlgorithmEmitter.Xml(description) : ".") + "</summary>");
                    writer.Line("public " + Training + "TrainingChannel" + (channel.IsRequired ? string.Empty : "?") + " " + channel.PropertyName + " { get; }");
                }
            }
        }

        private static void WriteMetrics(SourceWriter writer, TrainingModel training)
        {
            writer.Lines($$"""
                /// <summary>The metrics the algorithm declares: each method writes one line of standard output that the metric's regex finds.</summary>
                {{GeneratedFile.GeneratedCodeAttribute}}
                """);
            using (writer.Block("public sealed class " + MetricsName + " : " + Training + "TrainingMetrics"))
            {
                writer.Lines($$"""
                    internal {{MetricsName}}({{Training}}TrainingContext context)
                        : base(context)
                    {
                    }
                    """);
                foreach (MetricBinding metric in training.Metrics)
                {
                    writer.Line();
                    writer.Line("/// <summary>Writes metric <c>" + AlgorithmEmitter.Xml(metric.Name) + "</c> as <c>" + AlgorithmEmitter.Xml(metric.Template) + "</c>, which its regex <c>" + AlgorithmEmitter.Xml(metric.Regex) + "</c> reads back exactly.</summary>");
                    writer.Line("/// <returns>The line written, or null when <paramref name=\"value\"/> is NaN or infinite (not written; a warning is logged).</returns>");
                    writer.Line("public string? " + metric.MethodName + "(double value) => Write(" + SourceWriter.Literal(metric.Name) + ", " + SourceWriter.Literal(metric.Template) + ", value);");
                }
            }
        }
    }
}
