#nullable enable
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using AlgorithmGen.Model;

namespace AlgorithmGen.Rules
{
    /// <summary>The path of every structure in a request (<c>TrainingSpecification.TrainingChannels[1]</c>), by reference.</summary>
    internal sealed class ShapePaths : IShapeVisitor
    {
        private readonly Dictionary<IApiShape, string> _paths = new Dictionary<IApiShape, string>(ShapeReferenceComparer.Instance);
        private string _current = string.Empty;

        public ShapePaths(IApiShape root)
        {
            _paths[root] = string.Empty;
            root.Accept(this);
        }

        /// <summary>The path of <paramref name="member"/> of <paramref name="owner"/>, with an optional list index.</summary>
        public string Of(IApiShape owner, string? member = null, int? index = null)
        {
            string path = _paths.TryGetValue(owner, out string? found) ? found : owner.ShapeName;
            if (member is not null)
            {
                path = path.Length == 0 ? member : path + "." + member;
            }

            return index is { } i ? path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]" : path;
        }

        string? IShapeVisitor.String(MemberSpec member, string? value) => value;

        bool? IShapeVisitor.Boolean(MemberSpec member, bool? value) => value;

        int? IShapeVisitor.Integer(MemberSpec member, int? value) => value;

        long? IShapeVisitor.Long(MemberSpec member, long? value) => value;

        DateTimeOffset? IShapeVisitor.Timestamp(MemberSpec member, DateTimeOffset? value) => value;

        float? IShapeVisitor.Float(MemberSpec member, float? value) => value;

        List<string>? IShapeVisitor.StringList(MemberSpec member, List<string>? value) => value;

        Dictionary<string, string>? IShapeVisitor.StringMap(MemberSpec member, Dictionary<string, string>? value) => value;

        T? IShapeVisitor.Structure<T>(MemberSpec member, T? value) where T : class
        {
            if (value is not null)
            {
                Visit(value, Join(member.Name));
            }

            return value;
        }

        List<T>? IShapeVisitor.StructureList<T>(MemberSpec member, List<T>? value) where T : class
        {
            if (value is not null)
            {
                for (int i = 0; i < value.Count; i++)
                {
                    if (value[i] is { } item)
                    {
                        Visit(item, Join(member.Name) + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                    }
                }
            }

            return value;
        }

        private string Join(string name) => _current.Length == 0 ? name : _current + "." + name;

        private void Visit(IApiShape shape, string path)
        {
            if (_paths.ContainsKey(shape))
            {
                return; // the same object twice: keep the first path, and never loop.
            }

            _paths[shape] = path;
            string saved = _current;
            _current = path;
            shape.Accept(this);
            _current = saved;
        }
    }

    /// <summary>Compares shapes by reference: two equal-looking structures are still two places in the request.</summary>
    internal sealed class ShapeReferenceComparer : IEqualityComparer<IApiShape>
    {
        public static readonly ShapeReferenceComparer Instance = new ShapeReferenceComparer();

        public bool Equals(IApiShape? x, IApiShape? y) => ReferenceEquals(x, y);

        public int GetHashCode(IApiShape obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
