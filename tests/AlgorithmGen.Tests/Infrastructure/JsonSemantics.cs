using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace AlgorithmGen.Tests.Infrastructure
{
    /// <summary>
    /// Compares two JSON documents by meaning: objects as unordered sets of keys (compared recursively), arrays in
    /// order, scalars exactly (same JSON type; strings by value; numbers by their literal text, so 1 is not 1.0).
    /// A duplicate key in an object is a difference: it has no meaning to compare.
    /// </summary>
    internal static class JsonSemantics
    {
        /// <summary>The first difference between <paramref name="expected"/> and <paramref name="actual"/>, or null when they mean the same.</summary>
        public static string? FirstDifference(string expected, string actual)
        {
            using JsonDocument expectedDocument = JsonDocument.Parse(expected);
            using JsonDocument actualDocument = JsonDocument.Parse(actual);
            return FirstDifference(expectedDocument.RootElement, actualDocument.RootElement, "$");
        }

        /// <summary>Asserts that the documents mean the same, naming the first difference otherwise.</summary>
        public static void AssertEquivalent(string expected, string actual, string? context = null)
        {
            string? difference = FirstDifference(expected, actual);
            if (difference is not null)
            {
                throw new Xunit.Sdk.XunitException(
                    (context is null ? string.Empty : context + ": ") + "JSON differs at " + difference + Environment.NewLine
                    + "expected: " + expected + Environment.NewLine
                    + "actual:   " + actual);
            }
        }

        private static string? FirstDifference(JsonElement expected, JsonElement actual, string path)
        {
            if (Kind(expected) != Kind(actual))
            {
                return path + ": expected " + Describe(expected) + ", got " + Describe(actual);
            }

            switch (expected.ValueKind)
            {
                case JsonValueKind.Object:
                    return ObjectDifference(expected, actual, path);
                case JsonValueKind.Array:
                    int expectedLength = expected.GetArrayLength();
                    int actualLength = actual.GetArrayLength();
                    for (int i = 0; i < Math.Min(expectedLength, actualLength); i++)
                    {
                        if (FirstDifference(expected[i], actual[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]") is { } difference)
                        {
                            return difference;
                        }
                    }

                    return expectedLength == actualLength
                        ? null
                        : path + ": expected " + expectedLength + " items, got " + actualLength;
                case JsonValueKind.String:
                    return expected.GetString() == actual.GetString() ? null : path + ": expected " + Describe(expected) + ", got " + Describe(actual);
                case JsonValueKind.Number:
                    return expected.GetRawText() == actual.GetRawText() ? null : path + ": expected " + Describe(expected) + ", got " + Describe(actual);
                default:
                    // true, false, null: the kind is the value.
                    return null;
            }
        }

        private static string? ObjectDifference(JsonElement expected, JsonElement actual, string path)
        {
            if (Duplicate(expected) is { } expectedDuplicate)
            {
                return path + ": the expected document repeats key \"" + expectedDuplicate + "\"";
            }

            if (Duplicate(actual) is { } actualDuplicate)
            {
                return path + ": repeats key \"" + actualDuplicate + "\"";
            }

            Dictionary<string, JsonElement> actualMembers = actual.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
            var expectedNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonProperty property in expected.EnumerateObject())
            {
                expectedNames.Add(property.Name);
                if (!actualMembers.TryGetValue(property.Name, out JsonElement actualValue))
                {
                    return path + "." + property.Name + ": missing (expected " + Describe(property.Value) + ")";
                }

                if (FirstDifference(property.Value, actualValue, path + "." + property.Name) is { } difference)
                {
                    return difference;
                }
            }

            foreach (string name in actualMembers.Keys)
            {
                if (!expectedNames.Contains(name))
                {
                    return path + "." + name + ": unexpected member " + Describe(actualMembers[name]);
                }
            }

            return null;
        }

        private static string? Duplicate(JsonElement element)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonProperty property in element.EnumerateObject())
            {
                if (!seen.Add(property.Name))
                {
                    return property.Name;
                }
            }

            return null;
        }

        // true and false are one JSON type each here: comparing kinds compares the booleans.
        private static JsonValueKind Kind(JsonElement element) => element.ValueKind;

        private static string Describe(JsonElement element)
        {
            string text = element.GetRawText();
            return element.ValueKind.ToString().ToLowerInvariant() + " " + (text.Length > 80 ? text.Substring(0, 77) + "..." : text);
        }
    }
}
