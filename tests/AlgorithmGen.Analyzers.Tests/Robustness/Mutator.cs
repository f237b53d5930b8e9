using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AlgorithmGen.Analyzers.Tests.Robustness
{
    /// <summary>The ways <see cref="Mutator"/> breaks a source.</summary>
    public enum MutationKind
    {
        DeleteToken,
        Truncate,
        WrongLiteral,
        MoveAttribute,
        DuplicateAttribute,
        DeleteArgument,
        SwapTokens,
    }

    /// <summary>
    /// Deterministic mutations of one source: the same kind and the same <see cref="Random"/> seed always give the
    /// same text, so a failure reproduces from its seed. Sites are taken from the syntax tree of the original.
    /// </summary>
    internal sealed class Mutator
    {
        /// <summary>Values of every other type an attribute argument or initializer could be given by mistake.</summary>
        private static readonly string[] WrongValues =
        {
            "\"text\"", "\"\"", "\"ml.m99.huge\"", "\"s3://\"", "42", "-1", "0", "int.MaxValue", "3.5", "-0.0", "1e308", "double.NaN", "1.5f",
            "long.MaxValue", "ulong.MaxValue", "true", "false", "null", "default", "'c'", "TrainingInputMode.Pipe", "(TrainingInputMode)7",
            "ObjectiveType.Minimize", "S3DataType.AugmentedManifestFile", "HyperParameterType.FreeText", "CompressionType.Gzip",
            "typeof(int)", "typeof(AlgorithmAttribute)", "new[] { 1 }", "new string[0]", "new[] { \"a\", null }", "new object[] { 1, \"a\" }",
            "nameof(System.Int32)", "System.Math.PI", "\"KEY\"", "\"=x\"", "@\"(\"", "\"\\u0001\"",
        };

        /// <summary>Declarations an attribute list is moved onto; {0} is the attribute list.</summary>
        private static readonly (string Where, string Template)[] Targets =
        {
            ("member", "\n{0}\npublic int MovedProperty {{ get; set; }}\n"),
            ("member", "\n{0}\npublic static int MovedStaticProperty {{ get; set; }}\n"),
            ("member", "\n{0}\npublic void MovedMethod() {{ }}\n"),
            ("member", "\npublic void MovedParameter({0} int value) {{ }}\n"),
            ("member", "\n{0}\npublic int MovedField;\n"),
            ("member", "\n{0}\npublic partial class MovedNestedClass {{ }}\n"),
            ("file", "\n{0}\npublic enum MovedEnum {{ A, B }}\n"),
            ("file", "\n{0}\npublic partial struct MovedStruct {{ }}\n"),
            ("file", "\n{0}\npublic partial class MovedClass {{ }}\n"),
            ("file", "\n{0}\npublic interface IMoved {{ }}\n"),
            ("file", "\n{0}\npublic delegate void MovedDelegate();\n"),
            ("assembly", "\n{0}\n"),
        };

        private readonly string _text;
        private readonly CompilationUnitSyntax _root;
        private readonly SyntaxToken[] _tokens;
        private readonly ExpressionSyntax[] _values;
        private readonly AttributeListSyntax[] _attributeLists;
        private readonly AttributeArgumentSyntax[] _arguments;
        private readonly int[] _memberInsertions;
        private readonly int _assemblyInsertion;

        public Mutator(string text)
        {
            _text = text;
            _root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(text, AlgorithmGen.Analyzers.Tests.Infrastructure.AnalyzerRunner.ParseOptions).GetRoot();
            _tokens = _root.DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken) && t.Span.Length > 0).ToArray();
            _attributeLists = _root.DescendantNodes().OfType<AttributeListSyntax>().ToArray();
            _arguments = _root.DescendantNodes().OfType<AttributeArgumentSyntax>().ToArray();

            // Values written by the user: literals anywhere, and constants (TrainingInputMode.File, TrainingInstanceTypes.MlM5_XLarge) in attributes.
            _values = _root.DescendantNodes()
                .Where(node => node is LiteralExpressionSyntax
                    || (node is MemberAccessExpressionSyntax member && member.Expression is IdentifierNameSyntax && node.Ancestors().Any(a => a is AttributeArgumentSyntax)))
                .Cast<ExpressionSyntax>()
                .ToArray();
            _memberInsertions = _root.DescendantNodes().OfType<TypeDeclarationSyntax>()
                .Where(type => type is ClassDeclarationSyntax)
                .Select(type => type.OpenBraceToken.Span.End)
                .ToArray();
            _assemblyInsertion = _root.Usings.Count > 0 ? _root.Usings.Last().FullSpan.End : 0;
        }

        public string Mutate(MutationKind kind, Random random) => kind switch
        {
            MutationKind.DeleteToken => DeleteToken(random),
            MutationKind.Truncate => _text.Substring(0, random.Next(0, _text.Length)),
            MutationKind.WrongLiteral => WrongLiteral(random),
            MutationKind.MoveAttribute => MoveAttribute(random),
            MutationKind.DuplicateAttribute => DuplicateAttribute(random),
            MutationKind.DeleteArgument => DeleteArgument(random),
            MutationKind.SwapTokens => SwapTokens(random),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

        private string DeleteToken(Random random)
        {
            SyntaxToken token = Pick(_tokens, random);
            return Apply((token.Span, string.Empty));
        }

        private string WrongLiteral(Random random)
        {
            ExpressionSyntax value = Pick(_values, random);
            string replacement;
            do
            {
                replacement = Pick(WrongValues, random);
            }
            while (replacement == value.ToString());

            return Apply((value.Span, replacement));
        }

        private string MoveAttribute(Random random)
        {
            AttributeListSyntax list = Pick(_attributeLists, random);
            (string where, string template) = Pick(Targets, random);
            string moved = where == "assembly"
                ? "[assembly: " + string.Join(", ", list.Attributes.Select(a => a.ToString())) + "]"
                : list.ToString();
            int position = where switch
            {
                "member" => Pick(_memberInsertions, random),
                "assembly" => _assemblyInsertion,
                _ => _text.Length,
            };

            // Half the member moves go onto an existing property instead (a second [HyperParameter], a class attribute on a property…).
            PropertyDeclarationSyntax[] properties = _root.DescendantNodes().OfType<PropertyDeclarationSyntax>().ToArray();
            if (where == "member" && properties.Length > 0 && random.Next(2) == 0)
            {
                PropertyDeclarationSyntax property = Pick(properties, random);
                return Apply((list.Span, string.Empty), (new TextSpan(property.SpanStart, 0), moved + " "));
            }

            return Apply((list.Span, string.Empty), (new TextSpan(position, 0), string.Format(System.Globalization.CultureInfo.InvariantCulture, template, moved)));
        }

        private string DuplicateAttribute(Random random)
        {
            AttributeListSyntax list = Pick(_attributeLists, random);
            if (random.Next(2) == 0)
            {
                // [A(...)] → [A(...)]\n[A(...)]
                return Apply((new TextSpan(list.Span.End, 0), "\n" + list));
            }

            // [A(...)] → [A(...), A(...)]
            AttributeSyntax attribute = Pick(list.Attributes.ToArray(), random);
            return Apply((new TextSpan(attribute.Span.End, 0), ", " + attribute));
        }

        private string DeleteArgument(Random random)
        {
            AttributeArgumentSyntax argument = Pick(_arguments, random);
            var list = (AttributeArgumentListSyntax)argument.Parent!;
            int index = list.Arguments.IndexOf(argument);
            SeparatedSyntaxList<AttributeArgumentSyntax> arguments = list.Arguments;

            // A quarter of the time delete one item of an array argument instead of the whole argument.
            if (random.Next(4) == 0 && argument.Expression.DescendantNodes().OfType<InitializerExpressionSyntax>().FirstOrDefault() is { Expressions.Count: > 0 } initializer)
            {
                return Apply((Item(initializer.Expressions, random.Next(initializer.Expressions.Count)), string.Empty));
            }

            return Apply((Item(arguments, index), string.Empty));
        }

        /// <summary>The span of item <paramref name="index"/> with one neighbouring comma, so the rest stays a list.</summary>
        private static TextSpan Item<T>(SeparatedSyntaxList<T> items, int index)
            where T : SyntaxNode
        {
            TextSpan span = items[index].Span;
            if (index < items.SeparatorCount)
            {
                return TextSpan.FromBounds(span.Start, items.GetSeparator(index).Span.End);
            }

            return index > 0 ? TextSpan.FromBounds(items.GetSeparator(index - 1).Span.Start, span.End) : span;
        }

        private string SwapTokens(Random random)
        {
            int first = random.Next(_tokens.Length);
            int second = random.Next(2) == 0
                ? Math.Clamp(first + random.Next(1, 6) * (random.Next(2) == 0 ? 1 : -1), 0, _tokens.Length - 1)
                : random.Next(_tokens.Length);
            if (first == second)
            {
                second = (first + 1) % _tokens.Length;
            }

            SyntaxToken a = _tokens[first];
            SyntaxToken b = _tokens[second];
            return Apply((a.Span, b.Text), (b.Span, a.Text));
        }

        /// <summary>Applies non-overlapping edits given in original positions.</summary>
        private string Apply(params (TextSpan Span, string Text)[] edits)
        {
            var result = new StringBuilder(_text);
            foreach ((TextSpan span, string text) in edits.OrderByDescending(e => e.Span.Start).ThenByDescending(e => e.Span.Length))
            {
                result.Remove(span.Start, span.Length).Insert(span.Start, text);
            }

            return result.ToString();
        }

        private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];
    }
}
