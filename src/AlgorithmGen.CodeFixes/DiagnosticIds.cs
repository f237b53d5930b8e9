namespace AlgorithmGen.CodeFixes
{
    /// <summary>
    /// The IDs of the diagnostics this assembly fixes. Strings on purpose: the code-fix assembly does not reference the
    /// generator (a test keeps them equal to the rules <c>RuleCatalog</c> marks fixable).
    /// </summary>
    public static class DiagnosticIds
    {
        /// <summary>AG0003: a value does not match the member's pattern.</summary>
        public const string Pattern = "AG0003";
        /// <summary>AG0101: a required hyperparameter has a default value.</summary>
        public const string RequiredWithDefault = "AG0101";
        /// <summary>AG0104: MinValue is greater than MaxValue.</summary>
        public const string MinGreaterThanMax = "AG0104";
        /// <summary>AG0107: a tunable hyperparameter needs a range and a non-FreeText type.</summary>
        public const string TunableWithoutRange = "AG0107";
        /// <summary>AG0301: the validation job uses an undeclared channel.</summary>
        public const string UndeclaredValidationChannel = "AG0301";
        /// <summary>AG0305: more than one instance without distributed training support.</summary>
        public const string DistributedTrainingNotSupported = "AG0305";
        /// <summary>AG0306: a Pipe-only setting is used in another input mode.</summary>
        public const string PipeOnlyMember = "AG0306";
        /// <summary>AG0307: MaxWaitTimeInSeconds is less than MaxRuntimeInSeconds.</summary>
        public const string WaitShorterThanRuntime = "AG0307";
        /// <summary>AG0308: VolumeKmsKeyId on an instance type with local storage.</summary>
        public const string VolumeKmsKeyOnLocalStorage = "AG0308";
        /// <summary>AG0311: a validation job exceeds a documented limit.</summary>
        public const string ValidationLimitExceeded = "AG0311";
        /// <summary>AG0901: an [Algorithm] class must be a partial, non-generic class.</summary>
        public const string NotPartial = "AG0901";
    }

    /// <summary>The equivalence keys of the code actions: Fix All applies the actions that share one.</summary>
    public static class EquivalenceKeys
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
