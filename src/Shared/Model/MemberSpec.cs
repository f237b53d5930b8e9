#nullable enable
using System.Collections.Generic;

namespace AlgorithmGen.Model
{
    /// <summary>The wire type of a member.</summary>
    internal enum MemberKind
    {
        /// <summary>A string.</summary>
        String,
        /// <summary>A boolean.</summary>
        Boolean,
        /// <summary>A 32-bit integer.</summary>
        Integer,
        /// <summary>A 64-bit integer.</summary>
        Long,
        /// <summary>A timestamp.</summary>
        Timestamp,
        /// <summary>A nested structure.</summary>
        Structure,
        /// <summary>A list; <see cref="MemberSpec.Item"/> describes its items.</summary>
        List,
        /// <summary>A map; <see cref="MemberSpec.Key"/> and <see cref="MemberSpec.Value"/> describe its entries.</summary>
        Map,
        /// <summary>A single-precision number (only job shapes have them, e.g. a tuning job's target objective value).</summary>
        Float,
    }

    /// <summary>
    /// One member of an API shape with the constraints the SageMaker service model states for it: required, min
    /// and max (string length, item count or numeric value, by kind), a whole-value pattern and enum values.
    /// Generated from botocore by <c>build/scripts/generate_service_model.py</c>.
    /// </summary>
    internal sealed class MemberSpec
    {
        /// <summary>Creates a member description.</summary>
        public MemberSpec(
            string name,
            string shapeName,
            MemberKind kind,
            bool required = false,
            long? min = null,
            long? max = null,
            string? pattern = null,
            IReadOnlyList<string>? enumValues = null,
            MemberSpec? item = null,
            MemberSpec? key = null,
            MemberSpec? value = null)
        {
            Name = name;
            ShapeName = shapeName;
            Kind = kind;
            Required = required;
            Min = min;
            Max = max;
            Pattern = pattern;
            EnumValues = enumValues;
            Item = item;
            Key = key;
            Value = value;
        }

        /// <summary>The member's name on the wire.</summary>
        public string Name { get; }

        /// <summary>The service-model shape of the member's value.</summary>
        public string ShapeName { get; }

        /// <summary>The member's wire type.</summary>
        public MemberKind Kind { get; }

        /// <summary>Whether the service requires the member.</summary>
        public bool Required { get; }

        /// <summary>Minimum string length, item count or numeric value.</summary>
        public long? Min { get; }

        /// <summary>Maximum string length, item count or numeric value.</summary>
        public long? Max { get; }

        /// <summary>The pattern the whole value must match (service-model syntax, without anchors).</summary>
        public string? Pattern { get; }

        /// <summary>The allowed values of an enum string.</summary>
        public IReadOnlyList<string>? EnumValues { get; }

        /// <summary>The items of a list.</summary>
        public MemberSpec? Item { get; }

        /// <summary>The keys of a map.</summary>
        public MemberSpec? Key { get; }

        /// <summary>The values of a map.</summary>
        public MemberSpec? Value { get; }

        /// <inheritdoc />
        public override string ToString() => Name + " (" + ShapeName + ")";
    }
}
