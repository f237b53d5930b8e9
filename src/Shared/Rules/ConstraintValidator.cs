#nullable enable
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using AlgorithmGen.Model;

namespace AlgorithmGen.Rules
{
    /// <summary>
    /// Checks a request against the service model's constraints (required members, lengths, whole-value patterns,
    /// enums, item counts, numeric bounds), which botocore and the AWS CLI leave to the service. Instance types the
    /// shipped model does not know are warnings: new ones appear every few months.
    /// </summary>
    public sealed class ConstraintValidator : IShapeVisitor
    {
        /// <summary>A required member is missing.</summary>
        public const string RequiredMember = "AG0001";
        /// <summary>A string is too short or too long.</summary>
        public const string Length = "AG0002";
        /// <summary>A string does not match the member's pattern.</summary>
        public const string Pattern = "AG0003";
        /// <summary>A value is not one of the member's enum values.</summary>
        public const string EnumValue = "AG0004";
        /// <summary>A list or map has too few or too many items.</summary>
        public const string ItemCount = "AG0005";
        /// <summary>A number is out of bounds.</summary>
        public const string NumberRange = "AG0006";
        /// <summary>An instance type the shipped service model does not know.</summary>
        public const string UnknownInstanceType = "AG0007";

        private static readonly ConcurrentDictionary<string, Regex> Patterns = new ConcurrentDictionary<string, Regex>();
        private readonly List<Violation> _violations = new List<Violation>();
        private readonly Stack<string> _path = new Stack<string>();

        private ConstraintValidator()
        {
        }

        /// <summary>All constraint violations of <paramref name="shape"/>, in member order.</summary>
        public static IReadOnlyList<Violation> Validate(IApiShape shape)
        {
            var validator = new ConstraintValidator();
            shape.Accept(validator);
            return validator._violations;
        }

        /// <summary>Whether <paramref name="value"/> matches <paramref name="pattern"/> as a whole (service-model patterns have no anchors).</summary>
        public static bool MatchesWhole(string pattern, string value) =>
            Patterns.GetOrAdd(pattern, p => new Regex("^(?:" + p + ")\\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).IsMatch(value);

        string? IShapeVisitor.String(MemberSpec member, string? value)
        {
            if (Present(member, value))
            {
                CheckString(member, member.Name, value!);
            }

            return value;
        }

        bool? IShapeVisitor.Boolean(MemberSpec member, bool? value)
        {
            Present(member, value);
            return value;
        }

        int? IShapeVisitor.Integer(MemberSpec member, int? value)
        {
            if (Present(member, value))
            {
                CheckNumber(member, value!.Value);
            }

            return value;
        }

        long? IShapeVisitor.Long(MemberSpec member, long? value)
        {
            if (Present(member, value))
            {
                CheckNumber(member, value!.Value);
            }

            return value;
        }

        DateTimeOffset? IShapeVisitor.Timestamp(MemberSpec member, DateTimeOffset? value)
        {
            Present(member, value);
            return value;
        }

        T? IShapeVisitor.Structure<T>(MemberSpec member, T? value) where T : class
        {
            if (Present(member, value))
            {
                _path.Push(member.Name);
                value!.Accept(this);
                _path.Pop();
            }

            return value;
        }

        List<string>? IShapeVisitor.StringList(MemberSpec member, List<string>? value)
        {
            if (Present(member, value))
            {
                CheckCount(member, value!.Count);
                for (int i = 0; i < value.Count; i++)
                {
                    string at = member.Name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                    if (value[i] is null)
                    {
                        Add(RequiredMember, RuleSeverity.Error, at, "A list item is null; remove it or give it a value.");
                    }
                    else if (member.Item is { } item)
                    {
                        CheckString(item, at, value[i]);
                    }
                }
            }

            return value;
        }

        List<T>? IShapeVisitor.StructureList<T>(MemberSpec member, List<T>? value) where T : class
        {
            if (Present(member, value))
            {
                CheckCount(member, value!.Count);
                for (int i = 0; i < value.Count; i++)
                {
                    string at = member.Name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                    if (value[i] is null)
                    {
                        Add(RequiredMember, RuleSeverity.Error, at, "A list item is null; remove it or give it a value.");
                        continue;
                    }

                    _path.Push(at);
                    value[i].Accept(this);
                    _path.Pop();
                }
            }

            return value;
        }

        Dictionary<string, string>? IShapeVisitor.StringMap(MemberSpec member, Dictionary<string, string>? value)
        {
            if (Present(member, value))
            {
                CheckCount(member, value!.Count);
                foreach (KeyValuePair<string, string> entry in value)
                {
                    string at = member.Name + "[\"" + entry.Key + "\"]";
                    if (member.Key is { } key)
                    {
                        CheckString(key, at + " (key)", entry.Key);
                    }

                    if (entry.Value is null)
                    {
                        Add(RequiredMember, RuleSeverity.Error, at, "A map value is null; give it a value (it may be empty).");
                    }
                    else if (member.Value is { } valueSpec)
                    {
                        CheckString(valueSpec, at, entry.Value);
                    }
                }
            }

            return value;
        }

        private bool Present(MemberSpec member, object? value)
        {
            if (value is not null)
            {
                return true;
            }

            if (member.Required)
            {
                Add(RequiredMember, RuleSeverity.Error, member.Name, "'" + member.Name + "' is required; set it.");
            }

            return false;
        }

        private void CheckString(MemberSpec spec, string at, string value)
        {
            if (spec.EnumValues is { } allowed)
            {
                if (!Contains(allowed, value))
                {
                    bool isInstanceType = spec.ShapeName.EndsWith("InstanceType", StringComparison.Ordinal);
                    Add(
                        isInstanceType ? UnknownInstanceType : EnumValue,
                        isInstanceType ? RuleSeverity.Warning : RuleSeverity.Error,
                        at,
                        isInstanceType
                            ? "'" + value + "' is not an instance type this version knows (" + spec.ShapeName + "); check the spelling, or ignore this if the type is new."
                            : "'" + value + "' is not a valid " + spec.ShapeName + "; use one of: " + string.Join(", ", allowed) + ".");
                }

                return;
            }

            if (spec.Min is { } min && value.Length < min)
            {
                Add(Length, RuleSeverity.Error, at, "Has " + value.Length + " characters; at least " + min + " are required.");
            }

            if (spec.Max is { } max && value.Length > max)
            {
                Add(Length, RuleSeverity.Error, at, "Has " + value.Length + " characters; at most " + max + " are allowed.");
            }

            if (spec.Pattern is { } pattern && !MatchesWhole(pattern, value))
            {
                Add(Pattern, RuleSeverity.Error, at, "'" + Shorten(value) + "' does not match " + spec.ShapeName + "'s pattern " + pattern + ".");
            }
        }

        private void CheckCount(MemberSpec member, int count)
        {
            if (member.Min is { } min && count < min)
            {
                Add(ItemCount, RuleSeverity.Error, member.Name, "Has " + count + " items; at least " + min + " are required.");
            }

            if (member.Max is { } max && count > max)
            {
                Add(ItemCount, RuleSeverity.Error, member.Name, "Has " + count + " items; at most " + max + " are allowed.");
            }
        }

        private void CheckNumber(MemberSpec member, long value)
        {
            if ((member.Min is { } min && value < min) || (member.Max is { } max && value > max))
            {
                Add(NumberRange, RuleSeverity.Error, member.Name, value.ToString(CultureInfo.InvariantCulture) + " is out of range; use " + Bounds(member) + ".");
            }
        }

        private static string Bounds(MemberSpec member) =>
            member.Max is { } max ? member.Min + "–" + max : "at least " + member.Min;

        private void Add(string ruleId, RuleSeverity severity, string member, string message)
        {
            var segments = new List<string>(_path);
            segments.Reverse();
            segments.Add(member);
            _violations.Add(new Violation(ruleId, severity, string.Join(".", segments), message));
        }

        private static bool Contains(IReadOnlyList<string> values, string value)
        {
            foreach (string allowed in values)
            {
                if (allowed == value)
                {
                    return true;
                }
            }

            return false;
        }

        private static string Shorten(string value)
        {
            string printable = value.Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t");
            return printable.Length <= 80 ? printable : printable.Substring(0, 77) + "...";
        }
    }
}
