using System;
using System.Text;

namespace AlgorithmGen.Generators.Emitting
{
    /// <summary>A small indented writer over a StringBuilder, for readable generated code.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _text = new();
        private int _indent;
        private bool _atLineStart = true;

        public SourceWriter Write(string text)
        {
            if (_atLineStart && text.Length > 0)
            {
                _text.Append(' ', _indent * 4);
                _atLineStart = false;
            }

            _text.Append(text);
            return this;
        }

        public SourceWriter Line(string text = "")
        {
            Write(text);
            _text.Append('\n');
            _atLineStart = true;
            return this;
        }

        /// <summary>Writes <paramref name="header"/> and an opening brace; dispose the result to close it.</summary>
        public IDisposable Block(string header, string closing = "}")
        {
            Line(header);
            Line("{");
            _indent++;
            return new Closer(this, closing);
        }

        public void Indent() => _indent++;

        public void Unindent() => _indent--;

        public override string ToString() => _text.ToString();

        /// <summary>A C# string literal: verbatim when the text has line breaks or backslashes, regular otherwise.</summary>
        public static string Literal(string value)
        {
            var literal = new StringBuilder(value.Length + 2).Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': literal.Append("\\\""); break;
                    case '\\': literal.Append("\\\\"); break;
                    case '\n': literal.Append("\\n"); break;
                    case '\r': literal.Append("\\r"); break;
                    case '\t': literal.Append("\\t"); break;
                    case '\0': literal.Append("\\0"); break;
                    default:
                        if (char.IsControl(c) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
                        {
                            literal.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            literal.Append(c);
                        }

                        break;
                }
            }

            return literal.Append('"').ToString();
        }

        private sealed class Closer : IDisposable
        {
            private readonly SourceWriter _writer;
            private readonly string _closing;

            public Closer(SourceWriter writer, string closing)
            {
                _writer = writer;
                _closing = closing;
            }

            public void Dispose()
            {
                _writer._indent--;
                _writer.Line(_closing);
            }
        }
    }
}
