using System;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

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

        /// <summary>
        /// Writes a fixed block of code, usually a raw string literal, one line at a time at the current indentation: the
        /// block's own indentation is kept relative to it, and empty lines stay empty.
        /// </summary>
        public SourceWriter Lines(string block)
        {
            foreach (string line in block.Replace("\r\n", "\n").Split('\n'))
            {
                Line(line);
            }

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

        /// <summary>A C# string literal of <paramref name="value"/>, quoted and escaped by the compiler's own rules.</summary>
        public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

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
