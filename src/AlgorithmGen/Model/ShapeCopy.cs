using System;
using System.Collections.Generic;

namespace AlgorithmGen.Model
{
    /// <summary>
    /// Deep copies of request shapes, through the one member list each shape keeps (<see cref="IApiShape.Accept"/>): the
    /// source's values are recorded in member order, then a new shape takes a copy of each in the same order. Nested
    /// shapes, lists and maps are copied; strings and values are shared, being immutable.
    /// </summary>
    internal static class ShapeCopy
    {
        /// <summary>A copy of <paramref name="source"/> that shares nothing mutable with it.</summary>
        public static T Of<T>(T source)
            where T : class, IApiShape, new()
        {
            var values = new Queue<object?>();
            source.Accept(new Recorder(values));
            var copy = new T();
            copy.Accept(new Replayer(values));
            return copy;
        }

        // Records each member's value and leaves it as it is.
        private sealed class Recorder : IShapeVisitor
        {
            private readonly Queue<object?> _values;

            public Recorder(Queue<object?> values) => _values = values;

            public string? String(MemberSpec member, string? value) => Record(value);

            public bool? Boolean(MemberSpec member, bool? value) => Record(value);

            public int? Integer(MemberSpec member, int? value) => Record(value);

            public long? Long(MemberSpec member, long? value) => Record(value);

            public float? Float(MemberSpec member, float? value) => Record(value);

            public DateTimeOffset? Timestamp(MemberSpec member, DateTimeOffset? value) => Record(value);

            public T? Structure<T>(MemberSpec member, T? value)
                where T : class, IApiShape, new() => Record(value);

            public List<string>? StringList(MemberSpec member, List<string>? value) => Record(value);

            public List<T>? StructureList<T>(MemberSpec member, List<T>? value)
                where T : class, IApiShape, new() => Record(value);

            public Dictionary<string, string>? StringMap(MemberSpec member, Dictionary<string, string>? value) => Record(value);

            private TValue Record<TValue>(TValue value)
            {
                _values.Enqueue(value);
                return value;
            }
        }

        // Gives each member of the new shape a copy of the recorded value, in the same member order.
        private sealed class Replayer : IShapeVisitor
        {
            private readonly Queue<object?> _values;

            public Replayer(Queue<object?> values) => _values = values;

            public string? String(MemberSpec member, string? value) => (string?)_values.Dequeue();

            public bool? Boolean(MemberSpec member, bool? value) => (bool?)_values.Dequeue();

            public int? Integer(MemberSpec member, int? value) => (int?)_values.Dequeue();

            public long? Long(MemberSpec member, long? value) => (long?)_values.Dequeue();

            public float? Float(MemberSpec member, float? value) => (float?)_values.Dequeue();

            public DateTimeOffset? Timestamp(MemberSpec member, DateTimeOffset? value) => (DateTimeOffset?)_values.Dequeue();

            public T? Structure<T>(MemberSpec member, T? value)
                where T : class, IApiShape, new() => _values.Dequeue() is T source ? Of(source) : null;

            public List<string>? StringList(MemberSpec member, List<string>? value) =>
                _values.Dequeue() is List<string> source ? new List<string>(source) : null;

            public List<T>? StructureList<T>(MemberSpec member, List<T>? value)
                where T : class, IApiShape, new()
            {
                if (_values.Dequeue() is not List<T> source)
                {
                    return null;
                }

                var copy = new List<T>(source.Count);
                foreach (T item in source)
                {
                    copy.Add(item is null ? null! : Of(item));
                }

                return copy;
            }

            public Dictionary<string, string>? StringMap(MemberSpec member, Dictionary<string, string>? value) =>
                _values.Dequeue() is Dictionary<string, string> source ? new Dictionary<string, string>(source, source.Comparer) : null;
        }
    }
}
