extern alias generators;
using generators::AlgorithmGen.Generators.Emitting;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace AlgorithmGen.Generators.Tests
{
    public class SourceWriterTests
    {
        [Fact]
        public void A_fixed_block_is_written_at_the_current_indentation_keeping_its_own_and_leaving_empty_lines_empty()
        {
            var writer = new SourceWriter();
            using (writer.Block("class C"))
            {
                writer.Lines("void M()\r\n{\n    return;\n}\n\nint F;");
            }

            Assert.Equal("class C\n{\n    void M()\n    {\n        return;\n    }\n\n    int F;\n}\n", writer.ToString());
        }

        [Theory]
        [InlineData("plain")]
        [InlineData("quote \" backslash \\ tab \t newline \n return \r nul \0")]
        [InlineData("line separator \u2028 paragraph \u2029 next line \u0085 bell \a")]
        [InlineData("accent \u00e9, emoji \ud83d\ude00, lone surrogate \ud800")]
        public void A_literal_compiles_back_to_the_same_string(string value)
        {
            string literal = SourceWriter.Literal(value);
            var parsed = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal);
            Assert.False(parsed.ContainsDiagnostics, literal);
            Assert.Equal(value, parsed.Token.ValueText);
            Assert.DoesNotContain('\n', literal);
        }
    }
}
