using System.Threading.Tasks;
using AlgorithmGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace AlgorithmGen.Analyzers.Tests.Rules
{
    /// <summary>
    /// AG0405: inference handlers answer only with declared response types. The generator does not run here, so the
    /// sources write the InferenceContract it would generate.
    /// </summary>
    public class ServingRuleTests
    {
        private static string Source(string handlers, string responseTypes = "\"text/csv\", \"application/json\"") => $$"""
            using System;
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using AlgorithmGen;
            using AlgorithmGen.Serving;

            [Algorithm("demo-algorithm", TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/demo:1",
                SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge })]
            [Channel("train", IsRequired = true, SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
            [InferenceSpecification(SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlM5_XLarge },
                SupportedContentTypes = new[] { "text/csv" }, SupportedResponseMIMETypes = new[] { {{responseTypes}} })]
            [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/demo-serve:1")]
            public partial class Demo
            {
                public sealed class InferenceContract : IServingContract<InferenceContract>
                {
                    public static string AlgorithmName => "demo-algorithm";
                    public static IReadOnlyList<string> SupportedContentTypes => new[] { "text/csv" };
                    public static IReadOnlyList<string> SupportedResponseMimeTypes => new[] { {{responseTypes}} };
                    public static BatchSettings DeclaredBatchSettings => new BatchSettings();
                }

                public static class InferenceResponseTypes
                {
                    public const string TextCsv = "text/csv";
                }
            }

            [Algorithm("xml-algorithm", TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/xml:1",
                SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge })]
            [Channel("train", IsRequired = true, SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
            [InferenceSpecification(SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlM5_XLarge },
                SupportedContentTypes = new[] { "text/csv" }, SupportedResponseMIMETypes = new[] { "application/xml" })]
            [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/xml-serve:1")]
            public partial class XmlAlgorithm
            {
                public sealed class InferenceContract : IServingContract<InferenceContract>
                {
                    public static string AlgorithmName => "xml-algorithm";
                    public static IReadOnlyList<string> SupportedContentTypes => new[] { "text/csv" };
                    public static IReadOnlyList<string> SupportedResponseMimeTypes => new[] { "application/xml" };
                    public static BatchSettings DeclaredBatchSettings => new BatchSettings();
                }
            }

            public static class Handlers
            {
            {{handlers}}
            }
            """;

        [Fact]
        public Task A_literal_undeclared_type_in_a_handler_lambda_is_a_warning_at_the_literal_with_its_message() => Verify.ServingAnalyzer(Source("""
                public static Task<int> Main(string[] args) => ServingHost.RunAsync<Demo.InferenceContract>(args, model =>
                    (request, cancellationToken) => new ValueTask<InferenceResponse>(InferenceResponse.Text({|#0:"application/xml"|}, "<x/>")));
            """),
            new DiagnosticResult("AG0405", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                "'application/xml' is not a response type algorithm 'demo-algorithm' declares (SupportedResponseMIMETypes: text/csv, application/json); "
                + "the serving host answers 500 instead of sending it. Use Demo.InferenceResponseTypes, or declare the type in [InferenceSpecification]."));

        [Fact]
        public Task A_method_group_handler_is_checked_in_the_method_it_names() => Verify.ServingAnalyzer(Source("""
                public static Task<int> Main(string[] args) => ServingHost.RunAsync<Demo.InferenceContract>(args, model => Answer);

                private static ValueTask<InferenceResponse> Answer(InferenceRequest request, CancellationToken cancellationToken)
                {
                    const string Yaml = "application/yaml";
                    if (request.ResponseType == Demo.InferenceResponseTypes.TextCsv)
                    {
                        return new(new InferenceResponse({|AG0405:"text/plain"|}, new byte[0]));
                    }

                    return new(InferenceResponse.Text({|AG0405:Yaml|}, "a: 1"));
                }
            """));

        [Fact]
        public Task An_async_handler_and_the_async_loader_overload_are_checked() => Verify.ServingAnalyzer(Source("""
                public static Task<int> Main(string[] args) => ServingHost.RunAsync<Demo.InferenceContract>(args, (model, loading) =>
                {
                    InferenceHandler<Demo.InferenceContract> handler = async (request, cancellationToken) =>
                    {
                        await Task.Yield();
                        return InferenceResponse.Text({|AG0405:"text/html"|}, "<p/>");
                    };
                    return Task.FromResult(handler);
                });
            """));

        [Fact]
        public Task The_type_is_checked_against_the_algorithm_the_handler_serves() => Verify.ServingAnalyzer(Source("""
                public static Task<int> Demo(string[] args) => ServingHost.RunAsync<Demo.InferenceContract>(args, model =>
                    (request, cancellationToken) => new(InferenceResponse.Text({|AG0405:"application/xml"|}, "<x/>")));

                public static Task<int> Xml(string[] args) => ServingHost.RunAsync<XmlAlgorithm.InferenceContract>(args, model =>
                    (request, cancellationToken) => new(InferenceResponse.Text("application/xml", "<x/>")));
            """));

        [Fact]
        public Task Declared_types_with_parameters_or_other_case_constants_and_run_time_types_are_not_reported() => Verify.ServingAnalyzer(Source("""
                public static Task<int> Main(string[] args) => ServingHost.RunAsync<Demo.InferenceContract>(args, model => (request, cancellationToken) =>
                    request.CustomAttributes switch
                    {
                        "a" => new(InferenceResponse.Text("text/csv; charset=utf-8", "1")),
                        "b" => new(InferenceResponse.Text("Application/JSON", "{}")),
                        "c" => new(InferenceResponse.Text(Demo.InferenceResponseTypes.TextCsv, "1")),
                        _ => new(InferenceResponse.Text(request.ResponseType, "1")),
                    });
            """));

        [Fact]
        public Task Responses_outside_a_handler_are_not_seen_statically() => Verify.ServingAnalyzer(Source("""
                // Not converted to an InferenceHandler anywhere: which algorithm it answers for is not known.
                public static InferenceResponse Helper() => InferenceResponse.Text("application/xml", "<x/>");
            """));
    }
}
