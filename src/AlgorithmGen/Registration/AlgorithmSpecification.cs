using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using AlgorithmGen.Json;
using AlgorithmGen.Model;

namespace AlgorithmGen
{
    /// <summary>
    /// The part of an algorithm SageMaker keeps and cannot change: what DescribeAlgorithm returns of what
    /// CreateAlgorithm sent. Compares a local request with a described algorithm, and derives a content hash.
    /// </summary>
    /// <remarks>
    /// Tags are left out: DescribeAlgorithm does not return them and they can be changed later (AddTags).
    /// </remarks>
    internal static class AlgorithmSpecification
    {
        /// <summary>Digests the service fills in from the image when the request leaves them out.</summary>
        private static readonly HashSet<string> ServiceFilledMembers = new HashSet<string>(StringComparer.Ordinal) { "TrainingImageDigest", "ImageDigest" };

        private const int HashLength = 10;

        /// <summary>The specification part of a request, as a request without name and tags.</summary>
        public static CreateAlgorithmRequest Of(CreateAlgorithmRequest request) => new CreateAlgorithmRequest
        {
            AlgorithmDescription = request.AlgorithmDescription,
            TrainingSpecification = request.TrainingSpecification,
            InferenceSpecification = request.InferenceSpecification,
            ValidationSpecification = request.ValidationSpecification,
            CertifyForMarketplace = request.CertifyForMarketplace,
        };

        /// <summary>The specification part of a described algorithm, in the same form.</summary>
        public static CreateAlgorithmRequest Of(DescribeAlgorithmResponse description) => new CreateAlgorithmRequest
        {
            AlgorithmDescription = description.AlgorithmDescription,
            TrainingSpecification = description.TrainingSpecification,
            InferenceSpecification = description.InferenceSpecification,
            ValidationSpecification = description.ValidationSpecification,
            CertifyForMarketplace = description.CertifyForMarketplace,
        };

        /// <summary>The members whose values differ, in member order; empty when the algorithm is the one requested.</summary>
        public static IReadOnlyList<SpecificationDifference> Compare(CreateAlgorithmRequest local, DescribeAlgorithmResponse service)
        {
            Dictionary<string, string> localLeaves = Leaves.Of(Of(local));
            Dictionary<string, string> serviceLeaves = Leaves.Of(Of(service));
            var differences = new List<SpecificationDifference>();
            // Local members first, in member order, then what only the service has.
            foreach (KeyValuePair<string, string> leaf in localLeaves)
            {
                serviceLeaves.TryGetValue(leaf.Key, out string? serviceValue);
                if (!string.Equals(leaf.Value, serviceValue, StringComparison.Ordinal))
                {
                    differences.Add(new SpecificationDifference(leaf.Key, leaf.Value, serviceValue));
                }
            }

            foreach (KeyValuePair<string, string> leaf in serviceLeaves)
            {
                if (!localLeaves.ContainsKey(leaf.Key) && !ServiceFilledMembers.Contains(LastSegment(leaf.Key)))
                {
                    differences.Add(new SpecificationDifference(leaf.Key, null, leaf.Value));
                }
            }

            return differences;
        }

        /// <summary>A hash of the specification (lower-case hex): equal specifications, by <see cref="Compare"/>'s rules, hash alike.</summary>
        public static string ContentHash(CreateAlgorithmRequest request)
        {
            var canonical = new StringBuilder();
            foreach (KeyValuePair<string, string> leaf in Leaves.Of(Of(request)))
            {
                canonical.Append(leaf.Key).Append('=').Append(leaf.Value).Append('\n');
            }

            using SHA256 sha = SHA256.Create();
            byte[] digest = sha.ComputeHash(Encoding.UTF8.GetBytes(canonical.ToString()));
            return string.Concat(digest.Take(HashLength / 2).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
        }

        /// <summary>
        /// <c>&lt;name&gt;-&lt;hash&gt;</c>, shortened to the API's 63 characters and still matching its name pattern
        /// (letters, digits and inner hyphens).
        /// </summary>
        public static string VersionedName(string algorithmName, CreateAlgorithmRequest request)
        {
            string hash = ContentHash(request);
            string stem = algorithmName.Length > 63 - HashLength - 1 ? algorithmName.Substring(0, 63 - HashLength - 1) : algorithmName;
            return stem.TrimEnd('-') + "-" + hash;
        }

        private static string LastSegment(string path)
        {
            int dot = path.LastIndexOf('.');
            return dot < 0 ? path : path.Substring(dot + 1);
        }

        /// <summary>
        /// Flattens a shape into member path → JSON value, normalised so that what the service reports back for an
        /// unchanged request compares equal: unset, <c>false</c>, empty strings and empty lists are all "absent"
        /// (the API's defaults), and string lists, which the API treats as sets, compare without order.
        /// </summary>
        private sealed class Leaves : IShapeVisitor
        {
            private readonly Dictionary<string, string> _leaves;
            private readonly string _prefix;

            private Leaves(string prefix, Dictionary<string, string> leaves)
            {
                _prefix = prefix;
                _leaves = leaves;
            }

            public static Dictionary<string, string> Of(IApiShape shape)
            {
                var leaves = new Dictionary<string, string>(StringComparer.Ordinal);
                shape.Accept(new Leaves(string.Empty, leaves));
                return leaves;
            }

            string? IShapeVisitor.String(MemberSpec member, string? value)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    Add(member, Quote(value!));
                }

                return value;
            }

            bool? IShapeVisitor.Boolean(MemberSpec member, bool? value)
            {
                if (value == true)
                {
                    Add(member, "true");
                }

                return value;
            }

            int? IShapeVisitor.Integer(MemberSpec member, int? value)
            {
                if (value.HasValue)
                {
                    Add(member, value.Value.ToString(CultureInfo.InvariantCulture));
                }

                return value;
            }

            long? IShapeVisitor.Long(MemberSpec member, long? value)
            {
                if (value.HasValue)
                {
                    Add(member, value.Value.ToString(CultureInfo.InvariantCulture));
                }

                return value;
            }

            float? IShapeVisitor.Float(MemberSpec member, float? value)
            {
                if (value.HasValue)
                {
                    Add(member, HyperParameterCodec.Format(value.Value));
                }

                return value;
            }

            DateTimeOffset? IShapeVisitor.Timestamp(MemberSpec member, DateTimeOffset? value)
            {
                if (value.HasValue)
                {
                    Add(member, value.Value.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
                }

                return value;
            }

            T? IShapeVisitor.Structure<T>(MemberSpec member, T? value) where T : class
            {
                value?.Accept(new Leaves(PathOf(member), _leaves));
                return value;
            }

            List<string>? IShapeVisitor.StringList(MemberSpec member, List<string>? value)
            {
                if (value != null && value.Count > 0)
                {
                    Add(member, "[" + string.Join(",", value.OrderBy(item => item, StringComparer.Ordinal).Select(Quote)) + "]");
                }

                return value;
            }

            List<T>? IShapeVisitor.StructureList<T>(MemberSpec member, List<T>? value) where T : class
            {
                if (value != null)
                {
                    for (int i = 0; i < value.Count; i++)
                    {
                        value[i].Accept(new Leaves(PathOf(member) + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", _leaves));
                    }
                }

                return value;
            }

            Dictionary<string, string>? IShapeVisitor.StringMap(MemberSpec member, Dictionary<string, string>? value)
            {
                if (value != null)
                {
                    foreach (KeyValuePair<string, string> entry in value.OrderBy(e => e.Key, StringComparer.Ordinal))
                    {
                        _leaves[PathOf(member) + "." + entry.Key] = Quote(entry.Value);
                    }
                }

                return value;
            }

            private void Add(MemberSpec member, string json) => _leaves[PathOf(member)] = json;

            private string PathOf(MemberSpec member) => _prefix.Length == 0 ? member.Name : _prefix + "." + member.Name;

            private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        }
    }
}
