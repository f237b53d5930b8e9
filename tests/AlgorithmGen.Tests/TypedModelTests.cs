using System;
using System.Linq;
using System.Reflection;
using System.Text;
using AlgorithmGen.Generated;
using AlgorithmGen.Json;
using AlgorithmGen.Model;
using AlgorithmGen.Tests.Examples;
using AlgorithmGen.Tests.Infrastructure;
using Xunit;

namespace AlgorithmGen.Tests
{
    /// <summary>
    /// What the generator computed at compile time (the JSON constant) and what the typed request gives at run time
    /// (<see cref="PayloadJsonWriter"/> over <c>CreateRequest()</c>) are the same bytes.
    /// </summary>
    public sealed class TypedModelTests
    {
        public static TheoryData<string> Payloads => TestPayloads.Names;

        /// <summary>
        /// Each request is a deep copy of the one read from the JSON: changing every value, list, map and nested shape
        /// of one request (and adding to every list and map) leaves the next one as compiled.
        /// </summary>
        [Theory]
        [MemberData(nameof(Payloads))]
        public void EachRequestSharesNothingMutableWithTheNext(string payload)
        {
            AlgorithmDefinition definition = TestPayloads.Get(payload);

            CreateAlgorithmRequest first = definition.CreateRequest();
            ((IApiShape)first).Accept(new Scrambler());

            Assert.NotEqual(definition.CompactJson, PayloadJsonWriter.ToCompactJson(first));
            Assert.Equal(definition.CompactJson, PayloadJsonWriter.ToCompactJson(definition.CreateRequest()));
        }

        // Changes everything it reaches, in place.
        private sealed class Scrambler : IShapeVisitor
        {
            public string? String(MemberSpec member, string? value) => value is null ? null : value + "!";

            public bool? Boolean(MemberSpec member, bool? value) => value is null ? null : !value;

            public int? Integer(MemberSpec member, int? value) => value + 1;

            public long? Long(MemberSpec member, long? value) => value + 1;

            public float? Float(MemberSpec member, float? value) => value + 1;

            public DateTimeOffset? Timestamp(MemberSpec member, DateTimeOffset? value) => value?.AddSeconds(1);

            public T? Structure<T>(MemberSpec member, T? value)
                where T : class, IApiShape, new()
            {
                value?.Accept(this);
                return value;
            }

            public System.Collections.Generic.List<string>? StringList(MemberSpec member, System.Collections.Generic.List<string>? value)
            {
                value?.Add("added");
                return value;
            }

            public System.Collections.Generic.List<T>? StructureList<T>(MemberSpec member, System.Collections.Generic.List<T>? value)
                where T : class, IApiShape, new()
            {
                if (value is not null)
                {
                    foreach (T item in value)
                    {
                        item?.Accept(this);
                    }

                    value.Add(new T());
                }

                return value;
            }

            public System.Collections.Generic.Dictionary<string, string>? StringMap(MemberSpec member, System.Collections.Generic.Dictionary<string, string>? value)
            {
                if (value is not null)
                {
                    value["ADDED_BY_TEST"] = "1";
                }

                return value;
            }
        }

        [Theory]
        [MemberData(nameof(Payloads))]
        public void RunTimeJsonIsTheCompileTimeJsonByteForByte(string payload)
        {
            AlgorithmDefinition definition = TestPayloads.Get(payload);

            string runTime = PayloadJsonWriter.ToCompactJson(definition.CreateRequest());

            Assert.Equal(definition.CompactJson, runTime);
            Assert.Equal(Encoding.UTF8.GetBytes(definition.CompactJson), Encoding.UTF8.GetBytes(runTime));
        }

        [Theory]
        [MemberData(nameof(Payloads))]
        public void CreateAlgorithmJsonConstantIsTheDefinitionsJson(string payload)
        {
            AlgorithmDefinition definition = TestPayloads.Get(payload);
            FieldInfo? constant = definition.AlgorithmType!.GetField("CreateAlgorithmJson", BindingFlags.Public | BindingFlags.Static);

            Assert.NotNull(constant);
            Assert.True(constant!.IsLiteral, "CreateAlgorithmJson should be a const");
            Assert.Equal(definition.CompactJson, (string?)constant.GetRawConstantValue());
        }

        [Theory]
        [MemberData(nameof(Payloads))]
        public void Utf8JsonIsTheAsciiBytesOfTheString(string payload)
        {
            AlgorithmDefinition definition = TestPayloads.Get(payload);

            byte[] bytes = definition.GetUtf8Json();

            Assert.Equal(definition.CompactJson.Length, bytes.Length);
            Assert.All(bytes, b => Assert.True(b < 0x80, "non-ASCII byte 0x" + b.ToString("x2")));
            Assert.Equal(definition.CompactJson, Encoding.ASCII.GetString(bytes));
            Assert.NotSame(bytes, definition.GetUtf8Json());
        }

        [Theory]
        [MemberData(nameof(Payloads))]
        public void EachRequestIsNewAndIndependent(string payload)
        {
            AlgorithmDefinition definition = TestPayloads.Get(payload);
            CreateAlgorithmRequest first = definition.CreateRequest();
            CreateAlgorithmRequest second = definition.CreateRequest();

            first.AlgorithmName = "changed";
            first.TrainingSpecification!.TrainingImage = "changed";
            first.TrainingSpecification.TrainingChannels!.Clear();

            Assert.NotSame(first, second);
            Assert.Equal(definition.AlgorithmName, second.AlgorithmName);
            Assert.Equal(definition.CompactJson, PayloadJsonWriter.ToCompactJson(second));
            Assert.Equal(definition.CompactJson, PayloadJsonWriter.ToCompactJson(definition.CreateRequest()));
        }

        [Theory]
        [MemberData(nameof(Payloads))]
        public void DefinitionNamesItsAlgorithmAndFile(string payload)
        {
            AlgorithmDefinition definition = TestPayloads.Get(payload);

            Assert.Equal(definition.CreateRequest().AlgorithmName, definition.AlgorithmName);
            Assert.Equal(definition.AlgorithmName + ".create-algorithm.json", definition.FileName);
            Assert.NotNull(definition.AlgorithmType!.GetCustomAttribute<AlgorithmAttribute>());
        }

        [Fact]
        public void CatalogListsExactlyThisProjectsAlgorithmClassesByFullName()
        {
            Type[] expected = typeof(TypedModelTests).Assembly.GetTypes()
                .Where(type => type.GetCustomAttribute<AlgorithmAttribute>() is not null)
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .ToArray();

            Assert.Equal(
                new[] { typeof(FlociEmulatorMinimalTags), typeof(TerraformAccInferenceSpec), typeof(TerraformAccTrainingSpec), typeof(KitchenSink) },
                expected);
            Assert.Equal(expected, AlgorithmCatalog.All.Select(definition => definition.AlgorithmType));
            Assert.Same(FlociEmulatorMinimalTags.Definition, AlgorithmCatalog.All[0]);
            Assert.Same(TerraformAccInferenceSpec.Definition, AlgorithmCatalog.All[1]);
            Assert.Same(TerraformAccTrainingSpec.Definition, AlgorithmCatalog.All[2]);
            Assert.Same(KitchenSink.Definition, AlgorithmCatalog.All[3]);
        }

        [Fact]
        public void AssemblyPayloadAttributesCarryEachCatalogEntrysIndentedJson()
        {
            AlgorithmPayloadAttribute[] payloads = typeof(TypedModelTests).Assembly.GetCustomAttributes<AlgorithmPayloadAttribute>().ToArray();

            // Reflection does not promise the declaration order of assembly attributes: compare sorted.
            Assert.Equal(
                AlgorithmCatalog.All.Select(definition => definition.AlgorithmName + "\n" + PayloadJsonWriter.ToIndentedJson(definition.CreateRequest())).OrderBy(text => text, StringComparer.Ordinal),
                payloads.Select(payload => payload.AlgorithmName + "\n" + payload.IndentedJson).OrderBy(text => text, StringComparer.Ordinal));
        }
    }
}
