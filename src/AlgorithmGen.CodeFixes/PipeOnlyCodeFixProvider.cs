using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using AlgorithmGen.CodeFixes.Infrastructure;
using AlgorithmGen.Generators.Parsing;
using AlgorithmGen.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AlgorithmGen.CodeFixes
{
    /// <summary>
    /// AG0306, a Pipe-only setting of a <c>[ValidationInput]</c> in another input mode. On <c>CompressionType</c> or
    /// <c>RecordWrapperType</c>: removes the argument, or (second action, when the input's [Channel] supports Pipe) sets
    /// the input's <c>InputMode = TrainingInputMode.Pipe</c>. On <c>S3DataType = S3DataType.AugmentedManifestFile</c>:
    /// sets <c>InputMode = TrainingInputMode.Pipe</c>. Fix All runs in one pass per document, so removing two
    /// arguments of one attribute composes.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PipeOnlyCodeFixProvider))]
    [Shared]
    public sealed class PipeOnlyCodeFixProvider : AlgorithmCodeFixProvider
    {
        /// <summary>The title of the fix that switches the input to Pipe mode.</summary>
        public const string UsePipeTitle = "Set InputMode = TrainingInputMode.Pipe on this [ValidationInput]";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.PipeOnlyMember.Id);

        internal override IEnumerable<Fix> GetFixes(FixSite site, Diagnostic diagnostic)
        {
            if (site.ArgumentAt(diagnostic) is not { } at || !site.Is(at.Attribute, AttributeNames.ValidationInput))
            {
                yield break;
            }

            AttributeSyntax attribute = at.Attribute;
            bool onAugmentedManifest = at.IsNamed(nameof(ValidationInputAttribute.S3DataType));
            if (at.IsNamed(nameof(ValidationInputAttribute.CompressionType)) || at.IsNamed(nameof(ValidationInputAttribute.RecordWrapperType)))
            {
                string name = at.Name!;
                yield return new Fix(
                    "Remove the Pipe-only setting " + name,
                    EquivalenceKeys.RemovePipeOnlyArgument,
                    editor => editor.ReplaceNode(attribute, (current, _) => SyntaxEdits.RemoveNamedArgument((AttributeSyntax)current, name)));
            }
            else if (!onAugmentedManifest)
            {
                yield break;
            }

            // AugmentedManifestFile needs Pipe mode; for the other settings Pipe mode is the alternative when the channel supports it.
            if (onAugmentedManifest || ChannelSupportsPipe(site, attribute))
            {
                ExpressionSyntax pipe = SyntaxEdits.EnumMember(AttributeNames.TrainingInputMode, "Pipe");
                yield return new Fix(
                    UsePipeTitle,
                    EquivalenceKeys.UsePipeMode,
                    editor => editor.ReplaceNode(attribute, (current, _) => SyntaxEdits.SetNamedArgument((AttributeSyntax)current, nameof(ValidationInputAttribute.InputMode), pipe)),
                    mergeKey: attribute.SpanStart.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        // Whether the [Channel] the input feeds lists Pipe among its SupportedInputModes.
        private static bool ChannelSupportsPipe(FixSite site, AttributeSyntax input)
        {
            if (input.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null) is not { } first
                || site.Constant(first.Expression) is not string channelName
                || site.SemanticModel.Compilation.GetTypeByMetadataName(AttributeNames.TrainingInputMode)?.GetMembers("Pipe").OfType<IFieldSymbol>().FirstOrDefault() is not { HasConstantValue: true } pipe)
            {
                return false;
            }

            return site.ClassAttributes(input).Any(channel =>
                channel.AttributeClass?.ToDisplayString() == AttributeNames.Channel
                && channel.ConstructorArguments.Length > 0
                && channel.ConstructorArguments[0].Value as string == channelName
                && channel.NamedArguments.FirstOrDefault(a => a.Key == nameof(ChannelAttribute.SupportedInputModes)).Value is { Kind: TypedConstantKind.Array, IsNull: false } modes
                && modes.Values.Any(mode => Equals(mode.Value, pipe.ConstantValue)));
        }
    }
}
