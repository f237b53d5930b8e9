using System;
using System.Collections.Generic;
using System.Globalization;
using AlgorithmGen.Model;

namespace AlgorithmGen.Generators.Emitting
{
    /// <summary>
    /// Writes a request as a C# object initializer of the runtime model types, walking the same member list as the
    /// JSON writer (<see cref="IApiShape.Accept"/>), so the typed request and the wire JSON carry the same members.
    /// Output compiles as C# 7.3 (no target-typed <c>new</c>).
    /// </summary>
    internal sealed class RequestInitializerWriter : IShapeVisitor
    {
        private const string ModelNamespace = "global::AlgorithmGen.Model.";
        private const string ListType = "global::System.Collections.Generic.List";
        private const string MapType = "global::System.Collections.Generic.Dictionary<string, string>";
        private readonly SourceWriter _writer;

        private RequestInitializerWriter(SourceWriter writer) => _writer = writer;

        /// <summary>Writes <c>new global::AlgorithmGen.Model.X { ... }</c> (without a trailing semicolon).</summary>
        public static void Write(SourceWriter writer, IApiShape shape) => new RequestInitializerWriter(writer).WriteObject(shape);

        string? IShapeVisitor.String(MemberSpec member, string? value)
        {
            if (value != null)
            {
                _writer.Line(member.Name + " = " + SourceWriter.Literal(value) + ",");
            }

            return value;
        }

        bool? IShapeVisitor.Boolean(MemberSpec member, bool? value)
        {
            if (value.HasValue)
            {
                _writer.Line(member.Name + " = " + (value.Value ? "true" : "false") + ",");
            }

            return value;
        }

        int? IShapeVisitor.Integer(MemberSpec member, int? value)
        {
            if (value.HasValue)
            {
                _writer.Line(member.Name + " = " + value.Value.ToString(CultureInfo.InvariantCulture) + ",");
            }

            return value;
        }

        long? IShapeVisitor.Long(MemberSpec member, long? value)
        {
            if (value.HasValue)
            {
                _writer.Line(member.Name + " = " + value.Value.ToString(CultureInfo.InvariantCulture) + "L,");
            }

            return value;
        }

        // Requests never carry timestamps; only responses do.
        DateTimeOffset? IShapeVisitor.Timestamp(MemberSpec member, DateTimeOffset? value) => value;

        // Only job shapes have floats; a CreateAlgorithm request never reaches here with one.
        float? IShapeVisitor.Float(MemberSpec member, float? value) => value;

        T? IShapeVisitor.Structure<T>(MemberSpec member, T? value) where T : class
        {
            if (value != null)
            {
                _writer.Write(member.Name + " = ");
                WriteObject(value);
                _writer.Line(",");
            }

            return value;
        }

        List<string>? IShapeVisitor.StringList(MemberSpec member, List<string>? value)
        {
            if (value != null)
            {
                _writer.Line(member.Name + " = new " + ListType + "<string>");
                _writer.Line("{");
                _writer.Indent();
                foreach (string? item in value)
                {
                    _writer.Line((item is null ? "null" : SourceWriter.Literal(item)) + ",");
                }

                _writer.Unindent();
                _writer.Line("},");
            }

            return value;
        }

        List<T>? IShapeVisitor.StructureList<T>(MemberSpec member, List<T>? value) where T : class
        {
            if (value != null)
            {
                _writer.Line(member.Name + " = new " + ListType + "<" + ModelNamespace + typeof(T).Name + ">");
                _writer.Line("{");
                _writer.Indent();
                foreach (T item in value)
                {
                    WriteObject(item);
                    _writer.Line(",");
                }

                _writer.Unindent();
                _writer.Line("},");
            }

            return value;
        }

        Dictionary<string, string>? IShapeVisitor.StringMap(MemberSpec member, Dictionary<string, string>? value)
        {
            if (value != null)
            {
                _writer.Line(member.Name + " = new " + MapType);
                _writer.Line("{");
                _writer.Indent();
                foreach (KeyValuePair<string, string> entry in value)
                {
                    _writer.Line("{ " + SourceWriter.Literal(entry.Key) + ", " + SourceWriter.Literal(entry.Value) + " },");
                }

                _writer.Unindent();
                _writer.Line("},");
            }

            return value;
        }

        private void WriteObject(IApiShape shape)
        {
            _writer.Line("new " + ModelNamespace + shape.GetType().Name);
            _writer.Line("{");
            _writer.Indent();
            shape.Accept(this);
            _writer.Unindent();
            _writer.Write("}");
        }
    }
}
