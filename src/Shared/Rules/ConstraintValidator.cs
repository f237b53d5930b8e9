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
                        Add(RuleMessages.NullListItem, member.Name, i);
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
                        Add(RuleMessages.NullListItem, member.Name, i);
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
                        AddAt(RuleMessages.NullMapValue, member.Name, null, "." + entry.Key, entry.Key, entry.Key);
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
                Add(RuleMessages.MissingRequiredMember, member.Name, null, member.Name);
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
                    if (!spec.ShapeName.EndsWith("InstanceType", StringComparison.Ordinal))
                    {
                        AddAt(RuleMessages.NotAnEnumValue, member, index, pathSuffix, mapKey, value, spec.ShapeName, string.Join(", ", allowed));
                    }
                    else if (NearestName.Find(allowed, value) is { } nearest)
                    {
                        AddAt(RuleMessages.UnknownInstanceTypeNear, member, index, pathSuffix, mapKey, value, spec.ShapeName, nearest);
                    }
                    else
                    {
                        AddAt(RuleMessages.UnknownInstanceType, member, index, pathSuffix, mapKey, value, spec.ShapeName);
                    }
                }

                return;
            }

            if (spec.Min is { } min && value.Length < min)
            {
                AddAt(RuleMessages.TooShort, member, index, pathSuffix, mapKey, value.Length, min);
            }

            if (spec.Max is { } max && value.Length > max)
            {
                AddAt(RuleMessages.TooLong, member, index, pathSuffix, mapKey, value.Length, max);
            }

            if (spec.Pattern is { } pattern && !MatchesWhole(pattern, value))
            {
                AddAt(RuleMessages.PatternMismatch, member, index, pathSuffix, mapKey, Shorten(value), spec.ShapeName, pattern);
            }
        }

        private void CheckCount(MemberSpec member, int count)
        {
            if (member.Min is { } min && count < min)
            {
                Add(RuleMessages.TooFewItems, member.Name, null, count, min);
            }

            if (member.Max is { } max && count > max)
            {
                Add(RuleMessages.TooManyItems, member.Name, null, count, max);
            }
        }

        private void CheckNumber(MemberSpec member, long value)
        {
            if ((member.Min is { } min && value < min) || (member.Max is { } max && value > max))
            {
                if (member.Max is null)
                {
                    Add(RuleMessages.NumberBelowMinimum, member.Name, null, value, member.Min);
                }
                else if (member.Min is null)
                {
                    Add(RuleMessages.NumberAboveMaximum, member.Name, null, value, member.Max);
                }
                else
                {
                    Add(RuleMessages.NumberOutOfRange, member.Name, null, value, member.Min, member.Max);
                }
            }
        }

        private void Add(RuleMessage message, string member, int? index, params object?[] arguments) =>
            AddAt(message, member, index, string.Empty, null, arguments);

        // pathSuffix and mapKey as in CheckString.
        private void AddAt(RuleMessage message, string member, int? index, string pathSuffix, string? mapKey, params object?[] arguments)
        {
            var segments = new List<string>(_path);
            segments.Reverse();
            segments.Add((index is { } i ? member + "[" + i.ToString(CultureInfo.InvariantCulture) + "]" : member) + pathSuffix);
            _violations.Add(new Violation(_owners.Peek(), message.Rule, string.Join(".", segments), message.Text(arguments), member, index, mapKey));
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
