using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using AlgorithmGen.Json;
using AlgorithmGen.Model;
using AlgorithmGen.Testing;
using AlgorithmGen.Tests.Infrastructure;
using Xunit;

namespace AlgorithmGen.Tests
{
    /// <summary>
    /// The JSON writer: the indented form is exactly Python's <c>json.dumps(..., indent=2)</c> (ensure_ascii), strings
    /// are escaped like Python escapes them, unset members are omitted, and members follow the API's order.
    /// </summary>
    public sealed class PayloadJsonWriterTests
    {
        public static TheoryData<string> Payloads => TestPayloads.Names;

        [Theory]
        [MemberData(nameof(Payloads))]
        public void IndentedJsonIsWhatPythonIndentsTheCompactJsonTo(string payload)
        {
            CreateAlgorithmRequest request = TestPayloads.Get(payload).CreateRequest();

            AssertIndentedLikePython(request);
        }

        [Theory]
        [MemberData(nameof(Payloads))]
        public void PayloadFileIsTheIndentedJsonAndANewline(string payload)
        {
            CreateAlgorithmRequest request = TestPayloads.Get(payload).CreateRequest();

            Assert.Equal(PayloadJsonWriter.ToIndentedJson(request) + "\n", PayloadFiles.ContentFor(request));
        }

        [Theory]
        [MemberData(nameof(Payloads))]
        public void EveryObjectListsItsMembersInTheApiOrder(string payload)
        {
            CreateAlgorithmRequest request = TestPayloads.Get(payload).CreateRequest();
            using JsonDocument document = JsonDocument.Parse(PayloadJsonWriter.ToCompactJson(request));

            int objects = AssertApiOrder(request, document.RootElement, "$");

            Assert.True(objects > 3, "only " + objects + " objects checked");
        }

        [Theory]
        [InlineData("plain text", "\"plain text\"")]
        [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
        [InlineData("back\\slash", "\"back\\\\slash\"")]
        [InlineData("/ < > & ' ~", "\"/ < > & ' ~\"")]
        [InlineData("\n\r\t\b\f", "\"\\n\\r\\t\\b\\f\"")]
        [InlineData("\u0000\u0001\u001f", "\"\\u0000\\u0001\\u001f\"")]
        [InlineData("\u007f", "\"\\u007f\"")]
        [InlineData("caf\u00e9 \u00dcber \u20ac", "\"caf\\u00e9 \\u00dcber \\u20ac\"")]
        [InlineData("\uffff\u2028", "\"\\uffff\\u2028\"")]
        [InlineData("\U0001F600", "\"\\ud83d\\ude00\"")]
        [InlineData("\U0001F6B0!", "\"\\ud83d\\udeb0!\"")]
        public void StringsAreEscapedLikePythonEnsureAscii(string value, string expectedJsonString)
        {
            var request = new CreateAlgorithmRequest { AlgorithmDescription = value };

            Assert.Equal("{\"AlgorithmDescription\":" + expectedJsonString + "}", PayloadJsonWriter.ToCompactJson(request));
            Assert.Equal("{\n  \"AlgorithmDescription\": " + expectedJsonString + "\n}", PayloadJsonWriter.ToIndentedJson(request));
        }

        [Fact]
        public void EveryCharacterIsEscapedLikePython()
        {
            // Every BMP character below U+0800 and a sample above, one per string, as keys, values and list items.
            var characters = new List<string>();
            for (int c = 0; c < 0x800; c++)
            {
                characters.Add(((char)c).ToString());
            }

            characters.AddRange(new[] { "\u0800", "\u2028", "\u2029", "\ud7ff", "\ue000", "\ufeff", "\ufffd", "\uffff", "\U00010000", "\U0001F600", "\U0010FFFF", "\ud800", "\udfff", "\udc00" });
            var environment = new Dictionary<string, string>();
            for (int i = 0; i < characters.Count; i++)
            {
                environment["K" + i + characters[i]] = characters[i] + "v";
            }

            var request = new CreateAlgorithmRequest
            {
                AlgorithmName = string.Concat(characters),
                TrainingSpecification = new TrainingSpecification { SupportedTrainingInstanceTypes = characters },
                InferenceSpecification = new InferenceSpecification
                {
                    Containers = new List<ModelPackageContainerDefinition> { new ModelPackageContainerDefinition { Environment = environment } },
                },
            };

            AssertIndentedLikePython(request);
        }

        [Fact]
        public void EscapedStringsReadBackAsTheOriginal()
        {
            string value = "q\" b\\ nl\n tab\t nul\u0000 del\u007f \u00e9 \u2028 \U0001F600 end";
            var request = new CreateAlgorithmRequest { AlgorithmDescription = value };

            string json = PayloadJsonWriter.ToCompactJson(request);

            Assert.All(json, c => Assert.InRange(c, ' ', '~'));
            using JsonDocument document = JsonDocument.Parse(json);
            Assert.Equal(value, document.RootElement.GetProperty("AlgorithmDescription").GetString());
        }

        [Fact]
        public void EmptyListsMapsAndStructuresAreWrittenEmpty()
        {
            var request = new CreateAlgorithmRequest
            {
                AlgorithmName = "empty",
                TrainingSpecification = new TrainingSpecification
                {
                    SupportedTrainingInstanceTypes = new List<string>(),
                    TrainingChannels = new List<ChannelSpecification>(),
                },
                InferenceSpecification = new InferenceSpecification
                {
                    Containers = new List<ModelPackageContainerDefinition>
                    {
                        new ModelPackageContainerDefinition { Environment = new Dictionary<string, string>(), ModelInput = new ModelInput() },
                    },
                },
                Tags = new List<Tag>(),
            };

            Assert.Equal(
                "{\"AlgorithmName\":\"empty\",\"TrainingSpecification\":{\"SupportedTrainingInstanceTypes\":[],\"TrainingChannels\":[]},"
                + "\"InferenceSpecification\":{\"Containers\":[{\"Environment\":{},\"ModelInput\":{}}]},\"Tags\":[]}",
                PayloadJsonWriter.ToCompactJson(request));
            Assert.Equal(
                "{\n"
                + "  \"AlgorithmName\": \"empty\",\n"
                + "  \"TrainingSpecification\": {\n"
                + "    \"SupportedTrainingInstanceTypes\": [],\n"
                + "    \"TrainingChannels\": []\n"
                + "  },\n"
                + "  \"InferenceSpecification\": {\n"
                + "    \"Containers\": [\n"
                + "      {\n"
                + "        \"Environment\": {},\n"
                + "        \"ModelInput\": {}\n"
                + "      }\n"
                + "    ]\n"
                + "  },\n"
                + "  \"Tags\": []\n"
                + "}",
                PayloadJsonWriter.ToIndentedJson(request));
            AssertIndentedLikePython(request);
        }

        [Fact]
        public void UnsetMembersAreOmitted()
        {
            Assert.Equal("{}", PayloadJsonWriter.ToCompactJson(new CreateAlgorithmRequest()));
            Assert.Equal("{}", PayloadJsonWriter.ToIndentedJson(new CreateAlgorithmRequest()));
            Assert.Equal(
                "{\"AlgorithmName\":\"a\",\"TrainingSpecification\":{\"TrainingImage\":\"i\"}}",
                PayloadJsonWriter.ToCompactJson(new CreateAlgorithmRequest
                {
                    AlgorithmName = "a",
                    TrainingSpecification = new TrainingSpecification { TrainingImage = "i" },
                }));
        }

        [Fact]
        public void FalseZeroAndEmptyStringAreValuesNotUnset()
        {
            var request = new CreateAlgorithmRequest
            {
                AlgorithmName = string.Empty,
                CertifyForMarketplace = false,
                ValidationSpecification = new AlgorithmValidationSpecification
                {
                    ValidationProfiles = new List<AlgorithmValidationProfile>
                    {
                        new AlgorithmValidationProfile
                        {
                            TrainingJobDefinition = new TrainingJobDefinition
                            {
                                ResourceConfig = new ResourceConfig { InstanceCount = 0, KeepAlivePeriodInSeconds = -1 },
                                InputDataConfig = new List<Channel> { new Channel { ShuffleConfig = new ShuffleConfig { Seed = long.MinValue } } },
                            },
                        },
                    },
                },
            };

            Assert.Equal(
                "{\"AlgorithmName\":\"\",\"ValidationSpecification\":{\"ValidationProfiles\":[{\"TrainingJobDefinition\":{"
                + "\"InputDataConfig\":[{\"ShuffleConfig\":{\"Seed\":-9223372036854775808}}],"
                + "\"ResourceConfig\":{\"InstanceCount\":0,\"KeepAlivePeriodInSeconds\":-1}}}]},\"CertifyForMarketplace\":false}",
                PayloadJsonWriter.ToCompactJson(request));
            AssertIndentedLikePython(request);
        }

        [Fact]
        public void MembersFollowTheApiOrderWhateverOrderTheyWereSetIn()
        {
            var channel = new ChannelSpecification();
            channel.SupportedInputModes = new List<string> { "File" };
            channel.SupportedContentTypes = new List<string> { "text/csv" };
            channel.IsRequired = true;
            channel.Name = "train";
            var training = new TrainingSpecification();
            training.TrainingChannels = new List<ChannelSpecification> { channel };
            training.SupportsDistributedTraining = false;
            training.SupportedTrainingInstanceTypes = new List<string> { "ml.m5.large" };
            training.TrainingImage = "image";
            var request = new CreateAlgorithmRequest();
            request.Tags = new List<Tag> { new Tag { Value = "v", Key = "k" } };
            request.CertifyForMarketplace = true;
            request.TrainingSpecification = training;
            request.AlgorithmDescription = "d";
            request.AlgorithmName = "n";

            Assert.Equal(
                "{\"AlgorithmName\":\"n\",\"AlgorithmDescription\":\"d\",\"TrainingSpecification\":{\"TrainingImage\":\"image\","
                + "\"SupportedTrainingInstanceTypes\":[\"ml.m5.large\"],\"SupportsDistributedTraining\":false,"
                + "\"TrainingChannels\":[{\"Name\":\"train\",\"IsRequired\":true,\"SupportedContentTypes\":[\"text/csv\"],\"SupportedInputModes\":[\"File\"]}]},"
                + "\"CertifyForMarketplace\":true,\"Tags\":[{\"Key\":\"k\",\"Value\":\"v\"}]}",
                PayloadJsonWriter.ToCompactJson(request));
            using JsonDocument document = JsonDocument.Parse(PayloadJsonWriter.ToCompactJson(request));
            AssertApiOrder(request, document.RootElement, "$");
        }

        [Fact]
        public void MapEntriesKeepTheirInsertionOrder()
        {
            var container = new ModelPackageContainerDefinition
            {
                Environment = new Dictionary<string, string> { ["ZETA"] = "1", ["ALPHA"] = "2", ["MID"] = "3" },
            };

            Assert.Equal(
                "{\"Environment\":{\"ZETA\":\"1\",\"ALPHA\":\"2\",\"MID\":\"3\"}}",
                PayloadJsonWriter.ToCompactJson(container));
        }

        private static void AssertIndentedLikePython(CreateAlgorithmRequest request)
        {
            string compact = PayloadJsonWriter.ToCompactJson(request);

            ProcessResult python = PythonTools.JsonDumpsIndented(compact);

            Assert.True(python.ExitCode == 0, python.Describe());
            Assert.Equal(python.StandardOutput, PayloadJsonWriter.ToIndentedJson(request));
            Assert.Equal(Encoding.UTF8.GetBytes(python.StandardOutput), Encoding.UTF8.GetBytes(PayloadJsonWriter.ToIndentedJson(request)));
        }

        /// <summary>
        /// Checks, for <paramref name="shape"/> and every structure under it, that the JSON object lists exactly the
        /// members that are set, in the order of the shape's generated <c>Members.All</c>. Returns the objects checked.
        /// </summary>
        private static int AssertApiOrder(IApiShape shape, JsonElement element, string path)
        {
            Type type = shape.GetType();
            FieldInfo all = type.GetNestedType("Members", BindingFlags.NonPublic)!.GetField("All")!;
            string[] apiOrder = ((MemberSpec[])all.GetValue(null)!).Select(member => member.Name).ToArray();
            string[] set = apiOrder.Where(name => type.GetProperty(name)!.GetValue(shape) is not null).ToArray();
            string[] written = element.EnumerateObject().Select(property => property.Name).ToArray();
            Assert.True(set.SequenceEqual(written), path + ": members written as [" + string.Join(", ", written) + "], API order of the set members is [" + string.Join(", ", set) + "]");

            int checkedObjects = 1;
            foreach (JsonProperty property in element.EnumerateObject())
            {
                object value = type.GetProperty(property.Name)!.GetValue(shape)!;
                if (value is IApiShape nested)
                {
                    checkedObjects += AssertApiOrder(nested, property.Value, path + "." + property.Name);
                }
                else if (value is IList list && list.Count > 0 && list[0] is IApiShape)
                {
                    for (int i = 0; i < list.Count; i++)
                    {
                        checkedObjects += AssertApiOrder((IApiShape)list[i]!, property.Value[i], path + "." + property.Name + "[" + i + "]");
                    }
                }
            }

            return checkedObjects;
        }
    }
}
