using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AlgorithmGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace AlgorithmGen.Generators.Tests
{
    /// <summary>
    /// Attribute arguments are named once, by the attribute classes: the code that reads attributes (the generator,
    /// its analyzers and the code fixes) names them with <c>nameof</c>, so renaming a property cannot leave a
    /// stale string behind that silently reads nothing.
    /// </summary>
    public class AttributeArgumentNameTests
    {
        private const string AttributeClasses = "src/AlgorithmGen/Attributes";

        // The projects that read AlgorithmGen's attributes. The runtime library and the rules name API members,
        // which share many of these names but are a different thing (see MemberSpec).
        private static readonly string[] AttributeReaders = { "src/AlgorithmGen.Generators", "src/AlgorithmGen.CodeFixes" };

        [Fact]
        public void No_string_literal_names_an_attribute_argument_outside_the_attribute_classes()
        {
            HashSet<string> names = ArgumentNames();
            List<string> offenders = AttributeReaders
                .SelectMany(project => SourceFiles(RepositoryRoot.Combine(project)))
                .SelectMany(file => Literals(File.ReadAllText(file), names).Select(hit => Path.GetRelativePath(RepositoryRoot.Path, file) + ":" + hit))
                .ToList();

            Assert.True(offenders.Count == 0, "Name these with nameof(...Attribute.Property):" + Environment.NewLine + string.Join(Environment.NewLine, offenders));
        }

        [Fact]
        public void Argument_names_are_the_attribute_classes_properties_whether_set_by_name_or_by_constructor()
        {
            HashSet<string> names = ArgumentNames();

            Assert.Contains(nameof(ValidationProfileAttribute.OutputKmsKeyId), names);
            Assert.Contains(nameof(HyperParameterAttribute.DefaultValue), names);
            Assert.Contains(nameof(ValidationInputAttribute.ChannelName), names); // set by the constructor's channelName
        }

        [Fact]
        public void The_scan_finds_an_argument_name_in_a_literal_but_not_in_nameof_or_a_longer_text()
        {
            const string source = """
                class C
                {
                    string A = "OutputKmsKeyId";
                    string B = nameof(ValidationProfileAttribute.OutputKmsKeyId);
                    string C = "OutputKmsKeyId is a member";
                }
                """;

            string hit = Assert.Single(Literals(source, ArgumentNames()));
            Assert.Equal("3: \"OutputKmsKeyId\"", hit);
        }

        /// <summary>
        /// Every public property of the attribute classes. Each constructor parameter sets the property of its name,
        /// and readers look positional arguments up by that property, so parameter names need no check of their own.
        /// </summary>
        private static HashSet<string> ArgumentNames()
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (string file in SourceFiles(RepositoryRoot.Combine(AttributeClasses)))
            {
                SyntaxNode root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
                foreach (ClassDeclarationSyntax attribute in root.DescendantNodes().OfType<ClassDeclarationSyntax>().Where(c => c.Identifier.ValueText.EndsWith("Attribute", StringComparison.Ordinal)))
                {
                    names.UnionWith(attribute.Members.OfType<PropertyDeclarationSyntax>()
                        .Where(p => p.Modifiers.Any(SyntaxKind.PublicKeyword))
                        .Select(p => p.Identifier.ValueText));
                }
            }

            Assert.NotEmpty(names);
            return names;
        }

        private static IEnumerable<string> Literals(string source, HashSet<string> names) =>
            CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes()
                .OfType<LiteralExpressionSyntax>()
                .Where(literal => literal.IsKind(SyntaxKind.StringLiteralExpression) && names.Contains(literal.Token.ValueText))
                .Select(literal => (literal.GetLocation().GetLineSpan().StartLinePosition.Line + 1) + ": " + literal.Token.Text);

        private static IEnumerable<string> SourceFiles(string folder) =>
            Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(file => !file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
                .OrderBy(file => file, StringComparer.Ordinal);
    }
}
