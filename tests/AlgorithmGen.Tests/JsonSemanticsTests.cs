using AlgorithmGen.Tests.Infrastructure;
using Xunit;

namespace AlgorithmGen.Tests
{
    /// <summary>The semantic JSON comparer the round-trip tests rely on finds real differences and ignores key order.</summary>
    public sealed class JsonSemanticsTests
    {
        [Theory]
        [InlineData("{\"a\":1,\"b\":[1,2]}", "{\"b\":[1,2],\"a\":1}")]
        [InlineData("{\"a\":{\"x\":\"s\",\"y\":true}}", "{ \"a\" : { \"y\" : true, \"x\" : \"s\" } }")]
        [InlineData("\"\\u00e9\"", "\"\u00e9\"")]
        [InlineData("[]", "[ ]")]
        public void SameMeaning(string expected, string actual)
        {
            Assert.Null(JsonSemantics.FirstDifference(expected, actual));
        }

        [Theory]
        [InlineData("{\"a\":1}", "{\"a\":1,\"b\":2}", "$.b: unexpected member")]
        [InlineData("{\"a\":1,\"b\":2}", "{\"a\":1}", "$.b: missing")]
        [InlineData("{\"a\":[1,2]}", "{\"a\":[2,1]}", "$.a[0]: expected number 1, got number 2")]
        [InlineData("{\"a\":[1,2]}", "{\"a\":[1]}", "$.a: expected 2 items, got 1")]
        [InlineData("{\"a\":1}", "{\"a\":1.0}", "$.a: expected number 1, got number 1.0")]
        [InlineData("{\"a\":1}", "{\"a\":\"1\"}", "$.a: expected number 1, got string")]
        [InlineData("{\"a\":true}", "{\"a\":false}", "$.a: expected true true, got false false")]
        [InlineData("{\"a\":\"x\"}", "{\"a\":\"X\"}", "$.a: expected string \"x\", got string \"X\"")]
        [InlineData("{\"a\":{\"b\":null}}", "{\"a\":{\"b\":0}}", "$.a.b: expected null null, got number 0")]
        [InlineData("{\"a\":1}", "{\"a\":1,\"a\":1}", "$: repeats key \"a\"")]
        public void Differences(string expected, string actual, string difference)
        {
            string? found = JsonSemantics.FirstDifference(expected, actual);

            Assert.NotNull(found);
            Assert.StartsWith(difference, found);
        }
    }
}
