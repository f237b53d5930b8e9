using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace AlgorithmGen.Serving.Tests
{
    /// <summary>What the host does with the handler's results and failures, SageMaker's headers, and the other routes.</summary>
    public class HandlerTests : IClassFixture<ServingFactory>
    {
        private const string Rows = "1,2\n3,4\n";
        private readonly ServingFactory _factory;

        public HandlerTests(ServingFactory factory) => _factory = factory;

        private static Dictionary<string, string> AnswerAs(string type) => new()
        {
            ["X-Amzn-SageMaker-Custom-Attributes"] = "behavior=answer-as",
            ["X-Test-Response-Type"] = type,
        };

        [Fact]
        public async Task A_handler_that_throws_gets_500_with_a_short_message_and_the_host_keeps_serving()
        {
            HttpClient client = await _factory.ReadyClientAsync();
            using HttpResponseMessage failed = await Invoke.PostAsync(client, Rows, "text/csv", headers: Invoke.Attributes("behavior=throw"));
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
            Assert.Equal("Inference failed: InvalidOperationException: the scorer broke\n", await failed.Content.ReadAsStringAsync());

            using HttpResponseMessage next = await Invoke.PostAsync(client, Rows, "text/csv");
            Assert.Equal(HttpStatusCode.OK, next.StatusCode);
            using HttpResponseMessage ping = await client.GetAsync("/ping");
            Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        }

        [Fact]
        public async Task An_InferenceException_chooses_the_status_and_message()
        {
            HttpClient client = await _factory.ReadyClientAsync();
            using HttpResponseMessage response = await Invoke.PostAsync(client, Rows, "text/csv", headers: Invoke.Attributes("behavior=bad-input"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("row 1 is not a list of numbers\n", await response.Content.ReadAsStringAsync());

            using HttpResponseMessage cell = await Invoke.PostAsync(client, "1,x\n", "text/csv");
            Assert.Equal(HttpStatusCode.BadRequest, cell.StatusCode);
            Assert.Equal("'x' is not a number\n", await cell.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task A_response_type_the_algorithm_does_not_declare_is_not_sent()
        {
            HttpClient client = await _factory.ReadyClientAsync();
            using HttpResponseMessage response = await Invoke.PostAsync(client, Rows, "text/csv", headers: AnswerAs("text/xml"));
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal(
                "Inference failed: the inference handler answered with 'text/xml', which the algorithm does not declare (SupportedResponseMIMETypes: application/json, text/csv).\n",
                await response.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task A_declared_response_type_the_request_does_not_accept_is_not_sent()
        {
            HttpClient client = await _factory.ReadyClientAsync();
            using HttpResponseMessage response = await Invoke.PostAsync(client, Rows, "text/csv", "application/json", AnswerAs("text/csv"));
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal(
                "Inference failed: the inference handler answered with 'text/csv', which the request's Accept 'application/json' does not accept.\n",
                await response.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task A_declared_response_type_with_parameters_is_sent_as_is()
        {
            HttpClient client = await _factory.ReadyClientAsync();
            using HttpResponseMessage response = await Invoke.PostAsync(client, Rows, "text/csv", "*/*", AnswerAs("application/json; charset=utf-8"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        }

        [Fact]
        public async Task The_handler_gets_SageMakers_headers_typed_and_custom_attributes_go_back()
        {
            HttpClient client = await _factory.ReadyClientAsync();
            var headers = new Dictionary<string, string>
            {
                ["X-Amzn-SageMaker-Custom-Attributes"] = "behavior=headers, trace_id=abc",
                ["X-Amzn-SageMaker-Target-Model"] = "models/a.tar.gz",
                ["X-Amzn-SageMaker-Target-Variant"] = "blue",
                ["X-Amzn-SageMaker-Target-Container-Hostname"] = "gbm-serve",
                ["X-Amzn-SageMaker-Inference-Id"] = "inference-7",
            };
            using HttpResponseMessage response = await Invoke.PostAsync(client, Rows, "text/csv", "text/*, application/json;q=0.5", headers);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(
                "{\"contentType\":\"text/csv\",\"charset\":null,\"responseType\":\"text/csv\",\"customAttributes\":\"behavior=headers, trace_id=abc\","
                + "\"targetModel\":\"models/a.tar.gz\",\"targetVariant\":\"blue\",\"targetContainerHostname\":\"gbm-serve\",\"inferenceId\":\"inference-7\"}",
                await response.Content.ReadAsStringAsync());
            Assert.Equal("echo=behavior=headers, trace_id=abc", response.Headers.GetValues("X-Amzn-SageMaker-Custom-Attributes").Single());
        }

        [Fact]
        public async Task Absent_SageMaker_headers_are_null()
        {
            HttpClient client = await _factory.ReadyClientAsync();
            using HttpResponseMessage response = await Invoke.PostAsync(client, Rows, "text/csv", headers: Invoke.Attributes("behavior=headers"));
            string json = await response.Content.ReadAsStringAsync();
            Assert.Contains("\"targetModel\":null,\"targetVariant\":null,\"targetContainerHostname\":null,\"inferenceId\":null", json);
        }

        [Fact]
        public async Task Execution_parameters_come_from_the_declared_transform_job()
        {
            HttpClient client = _factory.CreateClient();
            using HttpResponseMessage response = await client.GetAsync("/execution-parameters");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", Invoke.MediaType(response));
            Assert.Equal("{\"MaxConcurrentTransforms\":4,\"BatchStrategy\":\"SINGLE_RECORD\",\"MaxPayloadInMB\":5}", await response.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task Other_methods_and_paths_are_refused()
        {
            HttpClient client = _factory.CreateClient();
            using HttpResponseMessage get = await client.GetAsync("/invocations");
            Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
            using HttpResponseMessage other = await client.GetAsync("/models");
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        }

        [Fact]
        public async Task Ping_answers_200_with_an_empty_body_once_loaded()
        {
            HttpClient client = await _factory.ReadyClientAsync();
            using HttpResponseMessage ping = await client.GetAsync("/ping");
            Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
            Assert.Empty(await ping.Content.ReadAsByteArrayAsync());
        }
    }

    /// <summary><c>/ping</c> while the model loads, in-process.</summary>
    public class ModelLoadTests
    {
        [Fact]
        public async Task Ping_answers_503_until_the_model_is_loaded_then_200_and_invocations_wait_for_it_too()
        {
            using var factory = new ServingFactory(hold: true);
            HttpClient client = factory.CreateClient();
            using (HttpResponseMessage before = await client.GetAsync("/ping"))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
            }

            using (HttpResponseMessage early = await Invoke.PostAsync(client, "1\n", "text/csv"))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, early.StatusCode);
                Assert.Equal("The model is not loaded yet; /ping answers 200 once it is.\n", await early.Content.ReadAsStringAsync());
            }

            factory.ReleaseModel();
            HttpClient ready = await factory.ReadyClientAsync();
            using HttpResponseMessage after = await Invoke.PostAsync(ready, "1\n", "text/csv", "text/csv");
            Assert.Equal("2\n", await after.Content.ReadAsStringAsync());
        }
    }
}
