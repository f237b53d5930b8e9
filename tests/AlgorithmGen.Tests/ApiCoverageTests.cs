using System;
using System.Collections.Generic;
using System.Linq;
using AlgorithmGen.Model;
using Xunit;

namespace AlgorithmGen.Tests
{
    /// <summary>
    /// Every member of every structure reachable from <c>CreateAlgorithmInput</c> in the service model can be expressed
    /// with the attributes: the KitchenSink class sets them all, and this test walks the service model to prove it.
    /// </summary>
    public class ApiCoverageTests
    {
        [Fact]
        public void Kitchen_sink_sets_every_member_of_the_CreateAlgorithm_request()
        {
            var expressed = new HashSet<string>(StringComparer.Ordinal);
            new SetMembers(expressed).Walk(KitchenSink.CreateRequest());

            var all = new SortedSet<string>(StringComparer.Ordinal);
            AllMembers(new CreateAlgorithmRequest(), all, new HashSet<string>());

            Assert.True(all.Count > 150, "the service-model walk found only " + all.Count + " members");
            string[] missing = all.Where(member => !expressed.Contains(member)).ToArray();
            Assert.True(missing.Length == 0, "Not expressed by KitchenSink: " + string.Join(", ", missing));
        }

        /// <summary>Every "Shape.Member" reachable from <paramref name="shape"/>, by the service model's member lists.</summary>
        private static void AllMembers(IApiShape shape, ISet<string> members, ISet<string> visited)
        {
            if (!visited.Add(shape.ShapeName))
            {
                return;
            }

            var collector = new MemberCollector();
            shape.Accept(collector);
            foreach (string member in collector.Members)
            {
                members.Add(shape.ShapeName + "." + member);
            }

            foreach (IApiShape child in collector.Children)
            {
                AllMembers(child, members, visited);
            }
        }

        /// <summary>Lists a shape's members and makes an empty instance of each nested structure type.</summary>
        private sealed class MemberCollector : IShapeVisitor
        {
            public List<string> Members { get; } = new();

            public List<IApiShape> Children { get; } = new();

            public string? String(MemberSpec member, string? value) => Add(member, value);

            public bool? Boolean(MemberSpec member, bool? value) => Add(member, value);

            public int? Integer(MemberSpec member, int? value) => Add(member, value);

            public long? Long(MemberSpec member, long? value) => Add(member, value);

            public DateTimeOffset? Timestamp(MemberSpec member, DateTimeOffset? value) => Add(member, value);

            public float? Float(MemberSpec member, float? value) => Add(member, value);

            public T? Structure<T>(MemberSpec member, T? value) where T : class, IApiShape, new()
            {
                Children.Add(new T());
                return Add(member, value);
            }

            public List<string>? StringList(MemberSpec member, List<string>? value) => Add(member, value);

            public List<T>? StructureList<T>(MemberSpec member, List<T>? value) where T : class, IApiShape, new()
            {
                Children.Add(new T());
                return Add(member, value);
            }

            public Dictionary<string, string>? StringMap(MemberSpec member, Dictionary<string, string>? value) => Add(member, value);

            private T Add<T>(MemberSpec member, T value)
            {
                Members.Add(member.Name);
                return value;
            }
        }

        /// <summary>Records "Shape.Member" for every member that has a value in a request.</summary>
        private sealed class SetMembers : IShapeVisitor
        {
            private readonly ISet<string> _set;
            private string _shape = string.Empty;

            public SetMembers(ISet<string> set) => _set = set;

            public void Walk(IApiShape shape)
            {
                string saved = _shape;
                _shape = shape.ShapeName;
                shape.Accept(this);
                _shape = saved;
            }

            public string? String(MemberSpec member, string? value) => Mark(member, value);

            public bool? Boolean(MemberSpec member, bool? value) => Mark(member, value);

            public int? Integer(MemberSpec member, int? value) => Mark(member, value);

            public long? Long(MemberSpec member, long? value) => Mark(member, value);

            public DateTimeOffset? Timestamp(MemberSpec member, DateTimeOffset? value) => Mark(member, value);

            public float? Float(MemberSpec member, float? value) => Mark(member, value);

            public T? Structure<T>(MemberSpec member, T? value) where T : class, IApiShape, new()
            {
                if (value is not null)
                {
                    Walk(value);
                }

                return Mark(member, value);
            }

            public List<string>? StringList(MemberSpec member, List<string>? value) => Mark(member, value);

            public List<T>? StructureList<T>(MemberSpec member, List<T>? value) where T : class, IApiShape, new()
            {
                foreach (T item in value ?? new List<T>())
                {
                    Walk(item);
                }

                return Mark(member, value);
            }

            public Dictionary<string, string>? StringMap(MemberSpec member, Dictionary<string, string>? value) => Mark(member, value);

            private T Mark<T>(MemberSpec member, T value)
            {
                if (value is not null)
                {
                    _set.Add(_shape + "." + member.Name);
                }

                return value;
            }
        }
    }
}
