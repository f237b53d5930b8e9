using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AlgorithmGen.Tests.Examples;
using GradientBoosting;
using Xunit;

namespace AlgorithmGen.Tests.Infrastructure
{
    /// <summary>Every algorithm definition the tests produce payloads from, by a short case name for theory output.</summary>
    internal static class TestPayloads
    {
        public const string Sample = "GradientBoosting";
        public const string Example08 = "Example08FlociEmulatorMinimalTags";
        public const string Example09 = "Example09TerraformAccTrainingSpec";
        public const string Example10 = "Example10TerraformAccInferenceSpec";
        public const string KitchenSinkCase = "KitchenSink";

        private static readonly IReadOnlyDictionary<string, AlgorithmDefinition> Definitions = new Dictionary<string, AlgorithmDefinition>(StringComparer.Ordinal)
        {
            [Sample] = GradientBoostingAlgorithm.Definition,
            [Example08] = FlociEmulatorMinimalTags.Definition,
            [Example09] = TerraformAccTrainingSpec.Definition,
            [Example10] = TerraformAccInferenceSpec.Definition,
            [KitchenSinkCase] = KitchenSink.Definition,
        };

        /// <summary>The case names, for <c>[MemberData]</c>.</summary>
        public static TheoryData<string> Names
        {
            get
            {
                var data = new TheoryData<string>();
                foreach (string name in Definitions.Keys)
                {
                    data.Add(name);
                }

                return data;
            }
        }

        public static IEnumerable<string> AllNames => Definitions.Keys;

        public static AlgorithmDefinition Get(string name) =>
            Definitions.TryGetValue(name, out AlgorithmDefinition? definition)
                ? definition
                : throw new ArgumentException("No test payload named '" + name + "'.", nameof(name));

        /// <summary>
        /// Writes <c>&lt;AlgorithmName&gt;.create-algorithm.json</c> (the content the build and the dry run write)
        /// into a folder of its own under <paramref name="root"/>: two examples share an algorithm name.
        /// </summary>
        public static string WriteFile(string name, string root)
        {
            AlgorithmDefinition definition = Get(name);
            string folder = Path.Combine(root, name);
            Directory.CreateDirectory(folder);
            string file = Path.Combine(folder, definition.FileName);
            File.WriteAllText(file, PayloadFiles.ContentFor(definition.CreateRequest()));
            return file;
        }

        /// <summary>Writes every payload (see <see cref="WriteFile"/>) and returns the files by case name.</summary>
        public static IReadOnlyDictionary<string, string> WriteAll(string root) =>
            Definitions.Keys.ToDictionary(name => name, name => WriteFile(name, root), StringComparer.Ordinal);
    }
}
