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
    internal sealed class PayloadJsonReader : IShapeVisitor
    {
        private readonly JsonElement _object;
        private readonly string _path;

        // Null: throw at the first wrong type (Read). Otherwise every wrong type is added here and its member left unset.
        private readonly ICollection<JsonException>? _errors;

        private PayloadJsonReader(JsonElement jsonObject, string path, ICollection<JsonException>? errors)
        {
            _object = jsonObject;
            _path = path;
            _errors = errors;
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
        public static T Read<T>(JsonElement jsonObject) where T : class, IApiShape, new() => ReadObject<T>(jsonObject, "$", null);

        /// <summary>
        /// Reads a parsed JSON object as a <typeparamref name="T"/> without stopping at the first wrong JSON type: each
        /// one is added to <paramref name="errors"/> (its <see cref="JsonException.Path"/> is the member's JSON path,
        /// e.g. <c>$.TrainingSpecification.TrainingChannels[0].Name</c>) and that member is left unset; a list or map
        /// with a wrong item is left unset as a whole, so the request never holds a shifted list. Used by tools that
        /// report every problem of a file at once.
        /// </summary>
        /// <returns>The members that could be read (an empty shape when the element is not an object).</returns>
        public static T Read<T>(JsonElement jsonObject, ICollection<JsonException> errors) where T : class, IApiShape, new()
        {
            if (errors is null)
            {
                throw new ArgumentNullException(nameof(errors));
            }

            var reader = new PayloadJsonReader(jsonObject, "$", errors);
            return reader.Guard(() => ReadObject<T>(jsonObject, "$", errors)) ?? new T();
        }

        private static T ReadObject<T>(JsonElement element, string path, ICollection<JsonException>? errors) where T : class, IApiShape, new()
        {
            Expect(element, JsonValueKind.Object, path);
            var shape = new T();
            shape.Accept(new PayloadJsonReader(element, path, errors));
            return shape;
        }

        string? IShapeVisitor.String(MemberSpec member, string? value) =>
            TryGet(member, out JsonElement element, out string path) ? Guard(() => ReadString(element, path)) : null;

        bool? IShapeVisitor.Boolean(MemberSpec member, bool? value)
        {
            if (!TryGet(member, out JsonElement element, out string path))
            {
                return null;
            }

            return Guard<bool?>(() => element.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw WrongType(path, "a boolean", element),
            });
        }

        int? IShapeVisitor.Integer(MemberSpec member, int? value) =>
            Number(member, (JsonElement element, out int number) => element.TryGetInt32(out number), "a 32-bit integer");

        long? IShapeVisitor.Long(MemberSpec member, long? value) =>
            Number(member, (JsonElement element, out long number) => element.TryGetInt64(out number), "a 64-bit integer");

        float? IShapeVisitor.Float(MemberSpec member, float? value) =>
            Number(member, (JsonElement element, out float number) => element.TryGetSingle(out number), "a number");

        private delegate bool NumberReader<T>(JsonElement element, out T value);

        private T? Number<T>(MemberSpec member, NumberReader<T> read, string expected)
            where T : struct
        {
            if (!TryGet(member, out JsonElement element, out string path))
            {
                return null;
            }

            return Guard<T?>(() =>
            {
                Expect(element, JsonValueKind.Number, path);
                return read(element, out T number) ? number : throw WrongType(path, expected, element);
            });
        }

        DateTimeOffset? IShapeVisitor.Timestamp(MemberSpec member, DateTimeOffset? value)
        {
            if (!TryGet(member, out JsonElement element, out string path))
            {
                return null;
            }

            return Guard<DateTimeOffset?>(() =>
            {
                // JSON 1.1 sends epoch seconds with a fraction; accept ISO 8601 text too, as botocore does.
                if (element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out decimal seconds)
                    && Math.Abs(seconds) < 253_402_300_800m)
                {
                    return DateTimeOffset.FromUnixTimeMilliseconds((long)decimal.Round(seconds * 1000m, MidpointRounding.AwayFromZero));
                }

                if (element.ValueKind == JsonValueKind.String
                    && DateTimeOffset.TryParse(ReadString(element, path), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed))
                {
                    return parsed;
                }

                throw WrongType(path, "a timestamp (epoch seconds)", element);
            });
        }

        T? IShapeVisitor.Structure<T>(MemberSpec member, T? value) where T : class =>
            TryGet(member, out JsonElement element, out string path) ? Guard(() => ReadObject<T>(element, path, _errors)) : null;

        List<string>? IShapeVisitor.StringList(MemberSpec member, List<string>? value) =>
            TryGet(member, out JsonElement element, out string path) ? ReadArray(element, path, ReadString) : null;

        List<T>? IShapeVisitor.StructureList<T>(MemberSpec member, List<T>? value) where T : class =>
            TryGet(member, out JsonElement element, out string path) ? ReadArray(element, path, (item, itemPath) => ReadObject<T>(item, itemPath, _errors)) : null;

        Dictionary<string, string>? IShapeVisitor.StringMap(MemberSpec member, Dictionary<string, string>? value)
        {
            if (!TryGet(member, out JsonElement element, out string path))
            {
                return null;
            }

            if (Failed(() => Expect(element, JsonValueKind.Object, path)))
            {
                return null;
            }

            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            bool complete = true;
            foreach (JsonProperty entry in element.EnumerateObject())
            {
                string entryPath = path + "." + entry.Name;
                string? text = Guard(() => ReadString(entry.Value, entryPath));
                if (text is null)
                {
                    complete = false;
                }
                else
                {
                    map[entry.Name] = text;
                }
            }

            return complete ? map : null;
        }

        private bool TryGet(MemberSpec member, out JsonElement element, out string path)
        {
            path = _path + "." + member.Name;
            return _object.TryGetProperty(member.Name, out element) && element.ValueKind != JsonValueKind.Null;
        }

        private List<T>? ReadArray<T>(JsonElement element, string path, Func<JsonElement, string, T> readItem) where T : class
        {
            if (Failed(() => Expect(element, JsonValueKind.Array, path)))
            {
                return null;
            }

            var items = new List<T>(element.GetArrayLength());
            bool complete = true;
            int index = 0;
            foreach (JsonElement item in element.EnumerateArray())
            {
                string itemPath = path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                T? read = Guard(() => readItem(item, itemPath));
                if (read is null)
                {
                    complete = false;
                }
                else
                {
                    items.Add(read);
                }

                index++;
            }

            return complete ? items : null;
        }

        // Runs one member's read: rethrows in throwing mode; in collecting mode records the error and yields default.
        private T? Guard<T>(Func<T> read)
        {
            try
            {
                return read();
            }
            catch (JsonException exception) when (_errors is not null)
            {
                _errors.Add(exception);
                return default;
            }
        }

        // The same for a check: true when it failed (and was recorded).
        private bool Failed(Action check) => !Guard(() => { check(); return true; });

        private static string ReadString(JsonElement element, string path)
        {
            Expect(element, JsonValueKind.String, path);
            try
            {
                return element.GetString()!;
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json accepts an escaped lone surrogate ("\ud800") while parsing but cannot make a string of it.
                throw new JsonException(path + " is not valid text: it holds a lone UTF-16 surrogate escape such as \\ud800.", path, lineNumber: null, bytePositionInLine: null);
            }
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
