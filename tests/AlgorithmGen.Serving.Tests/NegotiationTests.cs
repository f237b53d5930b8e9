using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using AlgorithmGen.Serving.TestHost;
using Xunit;

namespace AlgorithmGen.Serving.Tests
{
    /// <summary>
    /// <c>/invocations</c> negotiation against the test algorithm's declared lists (content types text/csv,
    /// application/json, application/x-recordio-protobuf; response types application/json first, then text/csv),
    /// through WebApplicationFactory.
    /// </summary>
    public class NegotiationTests : IClassFixture<ServingFactory>
    {
        private const string Rows = "1,2\n3,4\n";
        private readonly ServingFactory _factory;

        public NegotiationTests(ServingFactory factory) => _factory = factory;

        [Theory]
        [InlineData("text/csv", "1,2\n3,4\n")]
        [InlineData("application/json", "{\"instances\":[[1,2],[3,4]]}")]
        public async Task Each_declared_content_type_reaches_the_handler_as_the_declared_constant(string contentType, string body)
        {
            HttpClient client = await _factory.ReadyClientAsync();
            using HttpResponseMessage response = await Invoke.PostAsync(client, body, contentType, "application/json");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("{\"predictions\":[6,14]}", await response.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task The_third_declared_content_type_is_served_too()
        {
            HttpClient client = await _factory.ReadyClientAsync();
            using HttpResponseMessage response = await Invoke.PostAsync(client, "12345", "application/x-recordio-protobuf", "text/csv");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("5\n", await response.Content.ReadAsStringAsync());
        }

        [Theory]
        [InlineData("application/json", "application/json", "{\"predictions\":[6,14]}")]
        [InlineData("text/csv", "text/csv", "6\n14\n")]
        public async Task Each_declared_response_type_is_answered_with_that_type(string accept, string expectedType, string expectedBody)
        {
            HttpClient client = await _factory.ReadyClientAsync();
            using HttpResponseMessage response = await Invoke.PostAsync(client, Rows, "text/csv", accept);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(expectedType, Invoke.MediaType(response));
            Assert.Equal(expectedBody, await response.Content.ReadAsStringAsync());
        }

        [Theory]
        [InlineData("text/plain")]
        [InlineData("application/xml")]
        [InlineData("*/*")]
        [InlineData("text/*")]
        [InlineData("not a media type")]
        public async Task An_undeclared_content_type_gets_415_naming_the_supported_types(string contentType)
        {
            HttpClient client = await _factory.ReadyClientAsync();
            using HttpResponseMessage response = await Invoke.PostAsync(client, Rows, contentType);
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
            Assert.Equal(
                "Content-Type '" + contentType + "' is not supported. Supported content types: text/csv, application/json, application/x-recordio-protobuf.\n",
                await response.Content.ReadAsStringAsync());
        }

        [Theory]
        [InlineData("application/xml")]
        [InlineData("image/*")]
        [InlineData("application/json;q=0, text/csv;q=0")]
        [InlineData("text/html, application/xml;q=0.9")]
        public async Task An_accept_no_declared_response_type_satisfies_gets_406_naming_them(string accept)
        {
            HttpClient client = await _factory.ReadyClientAsync();
            using HttpResponseMessage response = await Invoke.PostAsync(client, Rows, "text/csv", accept);
            Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
            // HttpClient re-spaces a list header on the way out; the host quotes what it received.
            string message = await response.Content.ReadAsStringAsync();
            Assert.StartsWith("Accept '", message);
            Assert.EndsWith("' matches none of the supported response types: application/json, text/csv.\n", message);
        }

        [Theory]
        [InlineData(null, "application/json")]
        [InlineData("", "application/json")]
        [InlineData("*/*", "application/json")]
        [InlineData("text/*", "text/csv")]
        [InlineData("application/*", "application/json")]
        [InlineData("text/csv;q=0.5, application/json;q=0.1", "text/csv")]
        [InlineData("application/json;q=0, */*", "text/csv")]
        [InlineData("text/html, */*;q=0.1", "application/json")]
        [InlineData("TEXT/CSV", "text/csv")]
        [InlineData("text/csv; charset=utf-8", "text/csv")]
        public async Task Accept_picks_the_declared_type_it_prefers_and_wildcards_or_none_mean_the_first(string? accept, string expected)
        {
            HttpClient client = await _factory.ReadyClientAsync();
            using HttpResponseMessage response = await Invoke.PostAsync(client, Rows, "text/csv", accept);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(expected, Invoke.MediaType(response));
        }

        [Theory]
        [InlineData("text/csv; charset=utf-8", "text/csv", "utf-8")]
        [InlineData("Text/CSV", "text/csv", null)]
        [InlineData("application/json; charset=\"UTF-8\"", "application/json", "UTF-8")]
        public async Task Parameters_and_case_do_not_stop_a_match_and_the_handler_sees_them(string contentType, string declared, string? charset)
        {
            HttpClient client = await _factory.ReadyClientAsync();
            using HttpResponseMessage response = await Invoke.PostAsync(client, "x", contentType, headers: Invoke.Attributes("behavior=headers"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            string json = await response.Content.ReadAsStringAsync();
            Assert.Contains("\"contentType\":\"" + declared + "\"", json);
            Assert.Contains("\"charset\":" + (charset is null ? "null" : "\"" + charset + "\""), json);
        }

        [Fact]
        public async Task A_missing_content_type_means_the_first_declared_one()
        {
            HttpClient client = await _factory.ReadyClientAsync();
            using HttpResponseMessage response = await Invoke.PostAsync(client, Rows, contentType: null, accept: "text/csv");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("6\n14\n", await response.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task A_body_over_6_MiB_gets_413_before_the_handler_runs()
        {
            HttpClient client = await _factory.ReadyClientAsync();
            using HttpResponseMessage response = await Invoke.PostAsync(client, new ByteArrayContent(new byte[6 * 1024 * 1024 + 1]), "application/x-recordio-protobuf", "text/csv");
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Equal("The request body is larger than 6,291,456 bytes, InvokeEndpoint's limit (6 MiB).\n", await response.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task A_chunked_body_over_6_MiB_gets_413_when_the_handler_reads_past_the_limit()
        {
            HttpClient client = await _factory.ReadyClientAsync();
            // No Content-Length: the limit is found while reading.
            var content = new StreamContent(new UnknownLengthStream(new MemoryStream(new byte[7 * 1024 * 1024])));
            using HttpResponseMessage response = await Invoke.PostAsync(client, content, "application/x-recordio-protobuf", "text/csv");
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }

        [Fact]
        public async Task A_body_of_exactly_6_MiB_is_served()
        {
            HttpClient client = await _factory.ReadyClientAsync();
            using HttpResponseMessage response = await Invoke.PostAsync(client, new ByteArrayContent(new byte[6 * 1024 * 1024]), "application/x-recordio-protobuf", "text/csv");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("6291456\n", await response.Content.ReadAsStringAsync());
        }

        [Fact]
        public void The_generated_constants_are_the_declared_strings_in_declared_order()
        {
            Assert.Equal("text/csv", TestAlgorithm.InferenceContentTypes.TextCsv);
            Assert.Equal("application/json", TestAlgorithm.InferenceContentTypes.ApplicationJson);
            Assert.Equal("application/x-recordio-protobuf", TestAlgorithm.InferenceContentTypes.ApplicationXRecordioProtobuf);
            Assert.Equal(new[] { "text/csv", "application/json", "application/x-recordio-protobuf" }, TestAlgorithm.InferenceContentTypes.All);
            Assert.Equal(new[] { "application/json", "text/csv" }, TestAlgorithm.InferenceResponseTypes.All);
            Assert.Equal(TestAlgorithm.InferenceContentTypes.All, TestAlgorithm.InferenceContract.SupportedContentTypes);
            Assert.Equal(TestAlgorithm.InferenceResponseTypes.All, TestAlgorithm.InferenceContract.SupportedResponseMimeTypes);
            Assert.Equal(TestAlgorithm.Name, TestAlgorithm.InferenceContract.AlgorithmName);
            BatchSettings declared = TestAlgorithm.InferenceContract.DeclaredBatchSettings;
            Assert.Equal((4, BatchStrategy.SingleRecord, 5), (declared.MaxConcurrentTransforms!.Value, declared.BatchStrategy!.Value, declared.MaxPayloadInMB!.Value));
        }

        /// <summary>A stream whose length is unknown, so the client sends it chunked.</summary>
        private sealed class UnknownLengthStream : Stream
        {
            private readonly Stream _inner;

            public UnknownLengthStream(Stream inner) => _inner = inner;

            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => throw new System.NotSupportedException();

            public override long Position { get => throw new System.NotSupportedException(); set => throw new System.NotSupportedException(); }

            public override void Flush()
            {
            }

            public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

            public override long Seek(long offset, SeekOrigin origin) => throw new System.NotSupportedException();

            public override void SetLength(long value) => throw new System.NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new System.NotSupportedException();
        }
    }
}
