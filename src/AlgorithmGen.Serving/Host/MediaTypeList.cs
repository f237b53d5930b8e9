using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace AlgorithmGen.Serving.Host
{
    /// <summary>
    /// A declared list of media types (<c>SupportedContentTypes</c> or <c>SupportedResponseMIMETypes</c>) and the
    /// negotiation against it: a request's <c>Content-Type</c> matches an entry with the same type/subtype (case
    /// insensitive) whose own parameters it carries; an <c>Accept</c> header picks the entry it gives the highest
    /// quality, the most specific range deciding (RFC 9110 §12.5.1), declaration order breaking ties.
    /// </summary>
    internal sealed class MediaTypeList
    {
        private readonly Entry[] _entries;

        public MediaTypeList(IReadOnlyList<string> declared)
        {
            Declared = declared;
            _entries = declared.Select(Entry.Parse).ToArray();
        }

        public IReadOnlyList<string> Declared { get; }

        /// <summary>The declared types for a message: <c>text/csv, application/json</c>.</summary>
        public string Description => Declared.Count == 0 ? "(none declared)" : string.Join(", ", Declared);

        /// <summary>The declared entry a <c>Content-Type</c> header matches; the first entry when there is no header.</summary>
        public bool TryMatchContentType(string? header, out string declared, out IReadOnlyDictionary<string, string> parameters)
        {
            declared = string.Empty;
            parameters = EmptyParameters;
            if (string.IsNullOrWhiteSpace(header))
            {
                if (_entries.Length == 0)
                {
                    return false;
                }

                declared = Declared[0];
                return true;
            }

            if (!MediaTypeHeaderValue.TryParse(header, out MediaTypeHeaderValue? parsed) || parsed.MediaType.Value is not { } mediaType)
            {
                return false;
            }

            var requestParameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (NameValueHeaderValue parameter in parsed.Parameters)
            {
                requestParameters[parameter.Name.Value!.ToLowerInvariant()] = HeaderUtilities.RemoveQuotes(parameter.Value).Value ?? string.Empty;
            }

            for (int i = 0; i < _entries.Length; i++)
            {
                if (_entries[i].Matches(mediaType, requestParameters))
                {
                    declared = Declared[i];
                    parameters = requestParameters;
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The declared entry an <c>Accept</c> header prefers; the first entry when there is no header. False when the
        /// header accepts none of them (or cannot be read).
        /// </summary>
        public bool TryNegotiate(StringValues accept, out string declared)
        {
            declared = string.Empty;
            if (_entries.Length == 0)
            {
                return false;
            }

            if (StringValues.IsNullOrEmpty(accept) || string.IsNullOrWhiteSpace(accept.ToString()))
            {
                declared = Declared[0];
                return true;
            }

            if (!MediaTypeHeaderValue.TryParseList(accept, out IList<MediaTypeHeaderValue>? ranges) || ranges.Count == 0)
            {
                return false;
            }

            double best = 0;
            for (int i = 0; i < _entries.Length; i++)
            {
                double quality = _entries[i].QualityIn(ranges);
                if (quality > best)
                {
                    best = quality;
                    declared = Declared[i];
                }
            }

            return best > 0;
        }

        /// <summary>
        /// Whether a type a handler answers with is declared and acceptable: its type/subtype is a declared entry's, and
        /// <paramref name="accept"/> (when present) gives it a quality above zero.
        /// </summary>
        public bool Allows(string contentType, StringValues accept, out bool declared)
        {
            declared = false;
            if (!MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? parsed) || parsed.MediaType.Value is not { } mediaType)
            {
                return false;
            }

            Entry? entry = _entries.FirstOrDefault(e => string.Equals(e.MediaType, mediaType, StringComparison.OrdinalIgnoreCase));
            if (entry is null)
            {
                return false;
            }

            declared = true;
            if (StringValues.IsNullOrEmpty(accept) || string.IsNullOrWhiteSpace(accept.ToString()))
            {
                return true;
            }

            return MediaTypeHeaderValue.TryParseList(accept, out IList<MediaTypeHeaderValue>? ranges) && entry.QualityIn(ranges) > 0;
        }

        private static readonly IReadOnlyDictionary<string, string> EmptyParameters = new Dictionary<string, string>();

        private sealed class Entry
        {
            private Entry(string mediaType, string type, string subtype, KeyValuePair<string, string>[] parameters)
            {
                MediaType = mediaType;
                Type = type;
                Subtype = subtype;
                Parameters = parameters;
            }

            public string MediaType { get; }

            private string Type { get; }

            private string Subtype { get; }

            private KeyValuePair<string, string>[] Parameters { get; }

            public static Entry Parse(string declared)
            {
                if (MediaTypeHeaderValue.TryParse(declared, out MediaTypeHeaderValue? parsed) && parsed.MediaType.Value is { } mediaType)
                {
                    return new Entry(
                        mediaType,
                        parsed.Type.Value ?? string.Empty,
                        parsed.SubType.Value ?? string.Empty,
                        parsed.Parameters.Select(p => new KeyValuePair<string, string>(p.Name.Value!, HeaderUtilities.RemoveQuotes(p.Value).Value ?? string.Empty)).ToArray());
                }

                // Not a media type (the API does not check SupportedContentTypes): only the same string matches it.
                int slash = declared.IndexOf('/');
                return new Entry(declared.Trim(), slash > 0 ? declared.Substring(0, slash) : declared, slash > 0 ? declared.Substring(slash + 1) : string.Empty, Array.Empty<KeyValuePair<string, string>>());
            }

            public bool Matches(string mediaType, IReadOnlyDictionary<string, string> parameters)
            {
                if (!string.Equals(MediaType, mediaType, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                foreach (KeyValuePair<string, string> parameter in Parameters)
                {
                    if (!parameters.TryGetValue(parameter.Key, out string? value) || !string.Equals(value, parameter.Value, StringComparison.OrdinalIgnoreCase))
                    {
                        return false;
                    }
                }

                return true;
            }

            /// <summary>The quality the most specific matching range gives this type (0 when none matches).</summary>
            public double QualityIn(IList<MediaTypeHeaderValue> ranges)
            {
                int specificity = 0;
                double quality = 0;
                foreach (MediaTypeHeaderValue range in ranges)
                {
                    string rangeType = range.Type.Value ?? string.Empty;
                    string rangeSubtype = range.SubType.Value ?? string.Empty;
                    int matched = rangeType == "*" && rangeSubtype == "*" ? 1
                        : !string.Equals(rangeType, Type, StringComparison.OrdinalIgnoreCase) ? 0
                        : rangeSubtype == "*" ? 2
                        : string.Equals(rangeSubtype, Subtype, StringComparison.OrdinalIgnoreCase) ? 3
                        : 0;
                    if (matched > specificity)
                    {
                        specificity = matched;
                        quality = range.Quality ?? 1.0;
                    }
                }

                return quality;
            }
        }
    }
}
