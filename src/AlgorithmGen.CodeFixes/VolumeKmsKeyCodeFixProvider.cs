using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using AlgorithmGen.CodeFixes.Infrastructure;
using AlgorithmGen.Generators.Parsing;
using AlgorithmGen.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AlgorithmGen.CodeFixes
{
    /// <summary>
    /// AG0308, a VolumeKmsKeyId on an instance type with local NVMe storage: removes the <c>VolumeKmsKeyId = ...</c>
    /// argument of the <c>[ValidationProfile]</c> or <c>[ValidationTransformJob]</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VolumeKmsKeyCodeFixProvider))]
    [Shared]
    public sealed class VolumeKmsKeyCodeFixProvider : AlgorithmCodeFixProvider
    {
        /// <summary>The fix's title.</summary>
        public const string Title = "Remove VolumeKmsKeyId";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.VolumeKmsKeyOnLocalStorage.Id);

        internal override IEnumerable<Fix> GetFixes(FixSite site, Diagnostic diagnostic)
        {
            if (site.NamedArgumentAt(diagnostic, nameof(ValidationProfileAttribute.VolumeKmsKeyId), AttributeNames.ValidationProfile, AttributeNames.ValidationTransformJob) is { } at)
            {
                yield return Fix.RemoveArgument(Title, EquivalenceKeys.RemoveVolumeKmsKeyId, at);
            }
        }
    }
}
