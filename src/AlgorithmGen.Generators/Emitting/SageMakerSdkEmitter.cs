using System;
using System.Collections.Generic;
using System.Linq;
using AlgorithmGen.Generators.Model;

namespace AlgorithmGen.Generators.Emitting
{
    /// <summary>
    /// Writes <c>AlgorithmGen.SageMakerSdk.g.cs</c>: a <c>ToSageMakerRequest()</c> overload per request the SDK has
    /// (CreateAlgorithm, and the training, tuning, transform, model and model-package jobs), converting our runtime
    /// request into the AWS SDK for .NET's request type, with one private method per structure.
    /// Plain C# 7.3, <c>global::</c>-qualified; null in gives null out, lists and maps are copied. Scalars are assigned
    /// only when set, through <c>.Value</c>, which compiles for the SDK's v3 (<c>bool</c>) and v4 (<c>bool?</c>) alike.
    /// </summary>
    internal static class SageMakerSdkEmitter
    {
        public const string HintName = "AlgorithmGen.SageMakerSdk.g.cs";
        private const string Ours = "global::AlgorithmGen.Model.";
        private const string Sdk = "global::Amazon.SageMaker.Model.";

        public static string Emit(SageMakerSdkModel model, bool nullableContext)
        {
            Dictionary<string, List<SdkMember>> byShape = model.Members
                .GroupBy(member => member.Shape, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);

            // Only shapes reachable from the requests through members the SDK has get a method (breadth first).
            var shapes = new List<string>(model.Requests);
            var seen = new HashSet<string>(model.Requests, StringComparer.Ordinal);
            for (int i = 0; i < shapes.Count; i++)
            {
                foreach (SdkMember member in MembersOf(byShape, shapes[i]))
                {
                    if (member.Conversion is SdkConversion.Structure or SdkConversion.StructureList && seen.Add(member.TypeName))
                    {
                        shapes.Add(member.TypeName);
                    }
                }
            }

            IEnumerable<string> notes = model.Skipped.Count == 0
                ? new[] { "Every member of these requests is converted." }
                : new[] { "Members of AlgorithmGen's requests that this version of the SDK does not have (or types differently), not converted:" }
                    .Concat(model.Skipped.Select(skipped => "  " + skipped));
            // The SDK's model is not annotated for nullable reference types; copying values needs no warnings.
            SourceWriter writer = GeneratedFile.Start(
                "because this project references AWSSDK.SageMaker: conversions of " + string.Join(", ", model.Requests), nullableContext, annotated: false, notes);
            using (writer.Block("namespace AlgorithmGen.Generated"))
            {
                writer.Lines($"""
                    /// <summary>Converts AlgorithmGen's requests into the AWS SDK for .NET's request types.</summary>
                    {GeneratedFile.GeneratedCodeAttribute}
                    """);
                using (writer.Block("internal static class SageMakerSdkConversions"))
                {
                    foreach (string request in model.Requests)
                    {
                        string operation = request.Substring(0, request.Length - "Request".Length);
                        writer.Lines($$"""
                            /// <summary>
                            /// A new <see cref="{{Sdk}}{{request}}"/> with the values of <paramref name="request"/> (after any run-time changes),
                            /// for <c>AmazonSageMakerClient.{{operation}}Async</c>. Lists and maps are copied; null gives null.
                            /// </summary>
                            /// <param name="request">The request to convert: a definition's <c>CreateRequest()</c>, or a job builder's <c>Build()</c>.</param>
                            /// <returns>The SDK's request, or null when <paramref name="request"/> is null.</returns>
                            public static {{Sdk}}{{request}} ToSageMakerRequest(this {{Ours}}{{request}} request)
                            {
                                return Convert{{request}}(request);
                            }

                            """);
                    }

                    for (int i = 0; i < shapes.Count; i++)
                    {
                        if (i > 0)
                        {
                            writer.Line();
                        }

                        WriteMethod(writer, shapes[i], MembersOf(byShape, shapes[i]));
                    }
                }
            }

            return writer.ToString();
        }

        private static IReadOnlyList<SdkMember> MembersOf(Dictionary<string, List<SdkMember>> byShape, string shape) =>
            byShape.TryGetValue(shape, out List<SdkMember>? members) ? members : (IReadOnlyList<SdkMember>)Array.Empty<SdkMember>();

        private static void WriteMethod(SourceWriter writer, string shape, IReadOnlyList<SdkMember> members)
        {
            using (writer.Block("private static " + Sdk + shape + " Convert" + shape + "(" + Ours + shape + " source)"))
            {
                writer.Lines($$"""
                    if (source == null)
                    {
                        return null;
                    }

                    var target = new {{Sdk}}{{shape}}();
                    """);
                foreach (SdkMember member in members)
                {
                    WriteMember(writer, member);
                }

                writer.Line("return target;");
            }
        }

        private static void WriteMember(SourceWriter writer, SdkMember member)
        {
            string from = "source." + member.Member;
            string to = "target." + member.Member;
            switch (member.Conversion)
            {
                case SdkConversion.String:
                    writer.Line(to + " = " + from + ";");
                    break;
                case SdkConversion.Enum:
                    writer.Line("if (" + from + " != null) " + to + " = " + member.TypeName + ".FindValue(" + from + ");");
                    break;
                case SdkConversion.Value:
                    writer.Line("if (" + from + ".HasValue) " + to + " = " + from + ".Value;");
                    break;
                case SdkConversion.Structure:
                    writer.Line(to + " = Convert" + member.TypeName + "(" + from + ");");
                    break;
                case SdkConversion.StringList:
                    writer.Line("if (" + from + " != null) " + to + " = new global::System.Collections.Generic.List<string>(" + from + ");");
                    break;
                case SdkConversion.Map:
                    writer.Line("if (" + from + " != null) " + to + " = new global::System.Collections.Generic.Dictionary<string, string>(" + from + ");");
                    break;
                case SdkConversion.StructureList:
                    string list = "global::System.Collections.Generic.List<" + Sdk + member.TypeName + ">";
                    using (writer.Block("if (" + from + " != null)"))
                    {
                        writer.Line("var items = new " + list + "(" + from + ".Count);");
                        using (writer.Block("foreach (var item in " + from + ")"))
                        {
                            writer.Line("items.Add(Convert" + member.TypeName + "(item));");
                        }

                        writer.Line(to + " = items;");
                    }

                    break;
            }
        }
    }
}
