using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AlgorithmGen.Analyzers.Tests.Infrastructure;
using AlgorithmGen.Testing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AlgorithmGen.Analyzers.Tests
{
    /// <summary>
    /// The three public payloads (tests/AlgorithmGen.Tests/Examples, written as annotated classes for the round-trip
    /// tests) raise exactly the diagnostics their content deserves: each analyzed alone, with its #pragma lines removed.
    /// </summary>
    public class PublicExampleDiagnosticsTests
    {
        [Theory]
        [InlineData("FlociEmulatorMinimalTags.cs", new string[0])]
        // 09 declares eta as required with a default: "If a default value is specified, a hyperparameter cannot be required."
        [InlineData("TerraformAccTrainingSpec.cs", new[] { "AG0101" })]
        [InlineData("TerraformAccInferenceSpec.cs", new string[0])]
        public async Task Example_raises_exactly_the_diagnostics_its_content_deserves(string file, string[] expected)
        {
            string source = RepositoryRoot.ReadAllText("tests/AlgorithmGen.Tests/Examples/" + file);
            source = Regex.Replace(source, @"^\s*#pragma warning .*$", string.Empty, RegexOptions.Multiline);

            IReadOnlyList<Diagnostic> diagnostics = await AnalyzerRunner.AnalyzeAsync(source);

            Assert.Equal(expected, diagnostics.Select(d => d.Id).Where(id => id.StartsWith("AG", System.StringComparison.Ordinal)).OrderBy(id => id));
        }
    }
}
