namespace AlgorithmGen.CodeFixes.Infrastructure
{
    /// <summary>
    /// The equivalence keys of the code actions: Fix All applies the actions that share one. Each starts with its rule's
    /// ID (a test holds them to the catalogue's fixable rules).
    /// </summary>
    internal static class EquivalenceKeys
    {
        /// <summary>AG0003: rewrite a name literal to one that matches the pattern.</summary>
        public const string RewriteName = "AG0003.RewriteName";
        /// <summary>AG0101: remove the default value.</summary>
        public const string RemoveDefault = "AG0101.RemoveDefault";
        /// <summary>AG0101: make the hyperparameter optional.</summary>
        public const string MakeOptional = "AG0101.MakeOptional";
        /// <summary>AG0104: swap MinValue and MaxValue.</summary>
        public const string SwapBounds = "AG0104.SwapBounds";
        /// <summary>AG0107: remove IsTunable.</summary>
        public const string RemoveIsTunable = "AG0107.RemoveIsTunable";
        /// <summary>AG0301: declare the channel with [Channel].</summary>
        public const string DeclareChannel = "AG0301.DeclareChannel";
        /// <summary>AG0305: use one instance.</summary>
        public const string SingleInstance = "AG0305.SingleInstance";
        /// <summary>AG0306: remove the Pipe-only argument (CompressionType, RecordWrapperType).</summary>
        public const string RemovePipeOnlyArgument = "AG0306.RemoveArgument";
        /// <summary>AG0306: set the [ValidationInput]'s InputMode to Pipe (AugmentedManifestFile).</summary>
        public const string UsePipeMode = "AG0306.UsePipeMode";
        /// <summary>AG0307: wait as long as the run time.</summary>
        public const string WaitForRuntime = "AG0307.WaitForRuntime";
        /// <summary>AG0308: remove VolumeKmsKeyId.</summary>
        public const string RemoveVolumeKmsKeyId = "AG0308.RemoveVolumeKmsKeyId";
        /// <summary>AG0311: use the documented maximum.</summary>
        public const string UseDocumentedMaximum = "AG0311.UseDocumentedMaximum";
        /// <summary>AG0901: add the partial modifier.</summary>
        public const string MakePartial = "AG0901.MakePartial";
    }
}
