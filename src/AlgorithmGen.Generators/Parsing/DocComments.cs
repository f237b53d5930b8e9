using System.Linq;
using System.Text;
using System.Threading;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AlgorithmGen.Generators.Parsing
{
    /// <summary>
    /// Reads the <c>&lt;summary&gt;</c> of a declaration's XML doc comment from its syntax trivia. Reading trivia
    /// (rather than <c>GetDocumentationCommentXml</c>) works whether or not the project generates a documentation
    /// file, because without one the compiler does not parse doc comments.
    /// </summary>
    internal static class DocComments
    {
        /// <summary>The summary as one line of plain text, or null when there is none (or it is not well-formed XML).</summary>
        public static string? Summary(ISymbol symbol, CancellationToken cancellationToken)
        {
            var xml = new StringBuilder();
            foreach (SyntaxReference reference in symbol.DeclaringSyntaxReferences)
            {
                foreach (SyntaxTrivia trivia in reference.GetSyntax(cancellationToken).GetLeadingTrivia())
                {
                    if (trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)
                        || trivia.IsKind(SyntaxKind.SingleLineCommentTrivia))
                    {
                        foreach (string line in trivia.ToFullString().Split('\n'))
                        {
                            string text = line.TrimStart();
                            if (text.StartsWith("///", System.StringComparison.Ordinal))
                            {
                                xml.Append(text.Substring(3)).Append('\n');
                            }
                        }
                    }
                }
            }

            return xml.Length == 0 ? null : SummaryText(xml.ToString());
        }

        private static string? SummaryText(string docXml)
        {
            try
            {
                XElement root = XElement.Parse("<doc>" + docXml + "</doc>", LoadOptions.None);
                XElement? summary = root.Element("summary");
                if (summary is null)
                {
                    return null;
                }

                string text = OneLine(PlainText(summary));
                return text.Length == 0 ? null : text;
            }
            catch (XmlException)
            {
                return null;
            }
        }

        // Each run of whitespace as one space, none at either end.
        private static string OneLine(string text)
        {
            var line = new StringBuilder(text.Length);
            bool pendingSpace = false;
            foreach (char character in text)
            {
                if (char.IsWhiteSpace(character))
                {
                    pendingSpace = line.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    line.Append(' ');
                    pendingSpace = false;
                }

                line.Append(character);
            }

            return line.ToString();
        }

        // <see cref="T:X.Y"/> reads as Y, <paramref name="p"/> as p, other elements as their text.
        private static string PlainText(XElement element) => string.Concat(element.Nodes().Select(node => node switch
        {
            XText text => text.Value,
            XElement { Name.LocalName: "see" or "seealso" } see => see.IsEmpty ? LastSegment((string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? (string?)see.Attribute("href")) : PlainText(see),
            XElement { Name.LocalName: "paramref" or "typeparamref" } reference => (string?)reference.Attribute("name") ?? string.Empty,
            XElement child => PlainText(child),
            _ => string.Empty,
        }));

        private static string LastSegment(string? cref)
        {
            if (cref is null)
            {
                return string.Empty;
            }

            int colon = cref.IndexOf(':');
            string name = colon >= 0 ? cref.Substring(colon + 1) : cref;
            int dot = name.LastIndexOf('.');
            return dot >= 0 ? name.Substring(dot + 1) : name;
        }
    }
}
