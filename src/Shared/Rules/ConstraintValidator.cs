#nullable enable
using System;
using System.Collections.Generic;
using System.Globalization;
using AlgorithmGen.Model;

namespace AlgorithmGen.Rules
{
    /// <summary>
    /// Checks a request against the service model's constraints (required members, lengths, whole-value patterns,
    /// enums, item counts, numeric bounds), which botocore and the AWS CLI leave to the service. Instance types the
    /// shipped model does not know are warnings: new ones appear every few months.
    /// </summary>
    internal sealed class ConstraintValidator : IShapeVisitor
    {
        private readonly List<Violation> _violations = new List<Violation>();
        private readonly Stack<string> _path = new Stack<string>();
        private readonly Stack<IApiShape> _owners = new Stack<IApiShape>();

        private ConstraintValidator()
        {
        }

        /// <summary>All constraint violations of <paramref name="shape"/>, in member order.</summary>
        public static IReadOnlyList<Violation> Validate(IApiShape shape)
        {
            var validator = new ConstraintValidator();
            validator.Walk(shape);
            return validator._violations;
        }

        /// <summary>Whether <paramref name="value"/> matches <paramref name="pattern"/> as a whole, with the service's (Java) regex semantics.</summary>
        public static bool MatchesWhole(string pattern, string value) => ServicePatterns.MatchesWhole(pattern, value);

        string? IShapeVisitor.String(MemberSpec member, string? value)
        {
            if (Present(member, value))
            {
                CheckString(member, member.Name, null, value!);
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

        float? IShapeVisitor.Float(MemberSpec member, float? value)
        {
            Present(member, value);
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
                Walk(value!);
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
                    if (value[i] is null)
                    {
                        Add(RuleCatalog.RequiredMember, member.Name, i, "A list item is null; remove it or give it a value.");
                    }
                    else if (member.Item is { } item)
                    {
                        CheckString(item, member.Name, i, value[i]);
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
                        Add(RuleCatalog.RequiredMember, member.Name, i, "A list item is null; remove it or give it a value.");
                        continue;
                    }

                    _path.Push(at);
                    Walk(value[i]);
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
                    if (member.Key is { } key)
                    {
                        CheckString(key, member.Name, null, entry.Key, " (key: " + entry.Key + ")", entry.Key);
                    }

                    if (entry.Value is null)
                    {
                        Add(RuleCatalog.RequiredMember, member.Name, null, "The value of '" + entry.Key + "' is null; give it a value (it may be empty).", "." + entry.Key, entry.Key);
                    }
                    else if (member.Value is { } valueSpec)
                    {
                        CheckString(valueSpec, member.Name, null, entry.Value, "." + entry.Key, entry.Key);
                    }
                }
            }

            return value;
        }

        private void Walk(IApiShape shape)
        {
            _owners.Push(shape);
            shape.Accept(this);
            _owners.Pop();
        }

        private bool Present(MemberSpec member, object? value)
        {
            if (value is not null)
            {
                return true;
            }

            if (member.Required)
            {
                Add(RuleCatalog.RequiredMember, member.Name, null, "'" + member.Name + "' is required; set it.");
            }

            return false;
        }

        // pathSuffix names a map entry the way botocore does: "Environment.KEY" for a value, "Environment (key: KEY)" for a key.
        private void CheckString(MemberSpec spec, string member, int? index, string value, string pathSuffix = "", string? mapKey = null)
        {
            if (spec.EnumValues is { } allowed)
            {
                if (!Contains(allowed, value))
                {
                    bool isInstanceType = spec.ShapeName.EndsWith("InstanceType", StringComparison.Ordinal);
                    Add(
                        isInstanceType ? RuleCatalog.UnknownInstanceType : RuleCatalog.EnumValue,
                        member,
                        index,
                        isInstanceType
                            ? "'" + value + "' is not an instance type this version knows (" + spec.ShapeName + "); "
                                + (NearestName.Find(allowed, value) is { } nearest
                                    ? "did you mean '" + nearest + "'? Or ignore this if the type is new."
                                    : "check the spelling, or ignore this if the type is new.")
                            : "'" + value + "' is not a valid " + spec.ShapeName + "; use one of: " + string.Join(", ", allowed) + ".", pathSuffix, mapKey);
                }

                return;
            }

            if (spec.Min is { } min && value.Length < min)
            {
                Add(RuleCatalog.Length, member, index, "Has " + value.Length + " characters; at least " + min + " are required.", pathSuffix, mapKey);
            }

            if (spec.Max is { } max && value.Length > max)
            {
                Add(RuleCatalog.Length, member, index, "Has " + value.Length + " characters; at most " + max + " are allowed.", pathSuffix, mapKey);
            }

            if (spec.Pattern is { } pattern && !MatchesWhole(pattern, value))
            {
                Add(RuleCatalog.Pattern, member, index, "'" + Shorten(value) + "' does not match " + spec.ShapeName + "'s pattern " + pattern + ".", pathSuffix, mapKey);
            }
        }

        private void CheckCount(MemberSpec member, int count)
        {
            if (member.Min is { } min && count < min)
            {
                Add(RuleCatalog.ItemCount, member.Name, null, "Has " + count + " items; at least " + min + " are required.");
            }

            if (member.Max is { } max && count > max)
            {
                Add(RuleCatalog.ItemCount, member.Name, null, "Has " + count + " items; at most " + max + " are allowed.");
            }
        }

        private void CheckNumber(MemberSpec member, long value)
        {
            if ((member.Min is { } min && value < min) || (member.Max is { } max && value > max))
            {
                Add(RuleCatalog.NumberRange, member.Name, null, value.ToString(CultureInfo.InvariantCulture) + " is out of range; use " + Bounds(member) + ".");
            }
        }

        private static string Bounds(MemberSpec member) =>
            member.Max is { } max ? member.Min + "–" + max : "at least " + member.Min;

        private void Add(Rule rule, string member, int? index, string message, string pathSuffix = "", string? mapKey = null)
        {
            var segments = new List<string>(_path);
            segments.Reverse();
            segments.Add((index is { } i ? member + "[" + i.ToString(CultureInfo.InvariantCulture) + "]" : member) + pathSuffix);
            _violations.Add(new Violation(_owners.Peek(), rule, string.Join(".", segments), message, member, index, mapKey));
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
