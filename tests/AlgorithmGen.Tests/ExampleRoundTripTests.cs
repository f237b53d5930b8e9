using System;
using System.Collections.Generic;
using System.IO;
using AlgorithmGen.Json;
using AlgorithmGen.Tests.Examples;
using AlgorithmGen.Tests.Infrastructure;
using Xunit;

namespace AlgorithmGen.Tests
{
    /// <summary>
    /// Each public example payload (TestData/examples) is re-declared as an annotated class in Examples/; the JSON the
    /// generator computes for it must mean exactly what the example says (key order aside).
    /// </summary>
    public sealed class ExampleRoundTripTests
    {
        private static readonly IReadOnlyDictionary<string, (string CompileTimeJson, AlgorithmDefinition Definition)> Examples =
            new Dictionary<string, (string, AlgorithmDefinition)>(StringComparer.Ordinal)
            {
                ["08-floci-emulator-minimal-tags.json"] = (FlociEmulatorMinimalTags.CreateAlgorithmJson, FlociEmulatorMinimalTags.Definition),
                ["09-terraform-acc-training-spec.json"] = (TerraformAccTrainingSpec.CreateAlgorithmJson, TerraformAccTrainingSpec.Definition),
                ["10-terraform-acc-inference-spec.json"] = (TerraformAccInferenceSpec.CreateAlgorithmJson, TerraformAccInferenceSpec.Definition),
            };

        public static TheoryData<string> ExampleFiles => new TheoryData<string>(Examples.Keys);

        [Theory]
        [MemberData(nameof(ExampleFiles))]
        public void CompileTimeJsonMeansTheSameAsTheExample(string exampleFile)
        {
            JsonSemantics.AssertEquivalent(ReadExample(exampleFile), Examples[exampleFile].CompileTimeJson, exampleFile);
        }

        [Theory]
        [MemberData(nameof(ExampleFiles))]
        public void RunTimeRequestAndPayloadFileMeanTheSameAsTheExample(string exampleFile)
        {
            string expected = ReadExample(exampleFile);
            AlgorithmDefinition definition = Examples[exampleFile].Definition;

            JsonSemantics.AssertEquivalent(expected, PayloadJsonWriter.ToCompactJson(definition.CreateRequest()), exampleFile + " (typed request)");
            JsonSemantics.AssertEquivalent(expected, PayloadFiles.ContentFor(definition.CreateRequest()), exampleFile + " (payload file)");
        }

        [Fact]
        public void EveryCopiedExampleHasAnAnnotatedClass()
        {
            string folder = Path.Combine(AppContext.BaseDirectory, "TestData", "examples");
            string[] files = Directory.GetFiles(folder, "*.json");
            Array.Sort(files, StringComparer.Ordinal);

            Assert.Equal(
                new[] { "08-floci-emulator-minimal-tags.json", "09-terraform-acc-training-spec.json", "10-terraform-acc-inference-spec.json" },
                Array.ConvertAll(files, file => Path.GetFileName(file)!));
            Assert.All(files, file => Assert.Contains(Path.GetFileName(file), (IEnumerable<string>)Examples.Keys));
        }

        private static string ReadExample(string exampleFile) =>
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "examples", exampleFile));
    }
}
