using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using AlgorithmGen.Model;

namespace AlgorithmGen.Json
{
    /// <summary>
    /// Reads SageMaker JSON 1.1 documents (responses, payload files) into <see cref="IApiShape"/> objects by walking
    /// each shape's member list (<see cref="IApiShape.Accept"/>), the same list <see cref="PayloadJsonWriter"/> writes
    /// from. Members the model does not know are skipped, so responses from a newer service still read; JSON
    /// <c>null</c> reads as an unset member.
    /// </summary>
    /// <remarks>
    /// Runtime only: it lives outside <c>src/Shared</c> because the generator (netstandard2.0 inside the compiler) has
    /// no System.Text.Json.
    /// </remarks>
    public sealed class PayloadJsonReader : IShapeVisitor
    {
        private readonly JsonElement _object;
        private readonly string _path;

        private PayloadJsonReader(JsonElement jsonObject, string path)
        {
            _object = jsonObject;
            _path = path;
        }

        /// <summary>Reads <paramref name="json"/>, a JSON object, as a <typeparamref name="T"/>.</summary>
        /// <exception cref="JsonException">The text is not JSON, or a member has the wrong JSON type.</exception>
        public static T Read<T>(string json) where T : class, IApiShape, new()
        {
            if (json is null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            using JsonDocument document = JsonDocument.Parse(json);
            return Read<T>(document.RootElement);
        }

        /// <summary>Reads UTF-8 JSON bytes, a JSON object, as a <typeparamref name="T"/>.</summary>
        /// <exception cref="JsonException">The bytes are not JSON, or a member has the wrong JSON type.</exception>
        public static T Read<T>(ReadOnlyMemory<byte> utf8Json) where T : class, IApiShape, new()
        {
            using JsonDocument document = JsonDocument.Parse(utf8Json);
            return Read<T>(document.RootElement);
        }

        /// <summary>Reads a parsed JSON object as a <typeparamref name="T"/>.</summary>
        /// <exception cref="JsonException">The element is not an object, or a member has the wrong JSON type.</exception>
        public static T Read<T>(JsonElement jsonObject) where T : class, IApiShape, new() => ReadObject<T>(jsonObject, "$");

        private static T ReadObject<T>(JsonElement element, string path) where T : class, IApiShape, new()
        {
            Expect(element, JsonValueKind.Object, path);
            var shape = new T();
            shape.Accept(new PayloadJsonReader(element, path));
            return shape;
        }

        string? IShapeVisitor.String(MemberSpec member, string? value) =>
            TryGet(member, out JsonElement element, out string path) ? ReadString(element, path) : null;

        bool? IShapeVisitor.Boolean(MemberSpec member, bool? value)
        {
            if (!TryGet(member, out JsonElement element, out string path))
            {
                return null;
            }

            return element.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw WrongType(path, "a boolean", element),
            };
        }

        int? IShapeVisitor.Integer(MemberSpec member, int? value)
        {
            if (!TryGet(member, out JsonElement element, out string path))
            {
                return null;
            }

            Expect(element, JsonValueKind.Number, path);
            return element.TryGetInt32(out int number) ? number : throw WrongType(path, "a 32-bit integer", element);
        }

        long? IShapeVisitor.Long(MemberSpec member, long? value)
        {
            if (!TryGet(member, out JsonElement element, out string path))
            {
                return null;
            }

            Expect(element, JsonValueKind.Number, path);
            return element.TryGetInt64(out long number) ? number : throw WrongType(path, "a 64-bit integer", element);
        }

        float? IShapeVisitor.Float(MemberSpec member, float? value)
        {
            if (!TryGet(member, out JsonElement element, out string path))
            {
                return null;
            }

            Expect(element, JsonValueKind.Number, path);
            return element.TryGetSingle(out float number) ? number : throw WrongType(path, "a number", element);
        }

        DateTimeOffset? IShapeVisitor.Timestamp(MemberSpec member, DateTimeOffset? value)
        {
            if (!TryGet(member, out JsonElement element, out string path))
            {
                return null;
            }

            // JSON 1.1 sends epoch seconds with a fraction; accept ISO 8601 text too, as botocore does.
            if (element.ValueKind == JsonValueKind.Number)
            {
                decimal seconds = element.GetDecimal();
                return DateTimeOffset.FromUnixTimeMilliseconds((long)decimal.Round(seconds * 1000m, MidpointRounding.AwayFromZero));
            }

            if (element.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(element.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed))
            {
                return parsed;
            }

            throw WrongType(path, "a timestamp (epoch seconds)", element);
        }

        T? IShapeVisitor.Structure<T>(MemberSpec member, T? value) where T : class =>
            TryGet(member, out JsonElement element, out string path) ? ReadObject<T>(element, path) : null;

        List<string>? IShapeVisitor.StringList(MemberSpec member, List<string>? value) =>
            TryGet(member, out JsonElement element, out string path) ? ReadArray(element, path, ReadString) : null;

        List<T>? IShapeVisitor.StructureList<T>(MemberSpec member, List<T>? value) where T : class =>
            TryGet(member, out JsonElement element, out string path) ? ReadArray(element, path, ReadObject<T>) : null;

        Dictionary<string, string>? IShapeVisitor.StringMap(MemberSpec member, Dictionary<string, string>? value)
        {
            if (!TryGet(member, out JsonElement element, out string path))
            {
                return null;
            }

            Expect(element, JsonValueKind.Object, path);
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (JsonProperty entry in element.EnumerateObject())
            {
                map[entry.Name] = ReadString(entry.Value, path + "." + entry.Name);
            }

            return map;
        }

        private bool TryGet(MemberSpec member, out JsonElement element, out string path)
        {
            path = _path + "." + member.Name;
            return _object.TryGetProperty(member.Name, out element) && element.ValueKind != JsonValueKind.Null;
        }

        private static List<T> ReadArray<T>(JsonElement element, string path, Func<JsonElement, string, T> readItem)
        {
            Expect(element, JsonValueKind.Array, path);
            var items = new List<T>(element.GetArrayLength());
            int index = 0;
            foreach (JsonElement item in element.EnumerateArray())
            {
                items.Add(readItem(item, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]"));
                index++;
            }

            return items;
        }

        private static string ReadString(JsonElement element, string path)
        {
            Expect(element, JsonValueKind.String, path);
            return element.GetString()!;
        }

        private static void Expect(JsonElement element, JsonValueKind kind, string path)
        {
            if (element.ValueKind != kind)
            {
                throw WrongType(path, "a JSON " + kind.ToString().ToLowerInvariant(), element);
            }
        }

        private static JsonException WrongType(string path, string expected, JsonElement element) =>
            new JsonException(path + " should be " + expected + " but is a JSON " + element.ValueKind.ToString().ToLowerInvariant() + ".", path, lineNumber: null, bytePositionInLine: null);
    }
}
