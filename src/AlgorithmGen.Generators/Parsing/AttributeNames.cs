namespace AlgorithmGen.Generators.Parsing
{
    /// <summary>
    /// Metadata names of AlgorithmGen's attributes, as the generator, the analyzers and the code fixes look them up.
    /// Built with <c>nameof</c> on the attribute classes themselves (linked into this assembly), so a rename there
    /// cannot leave a stale name here; constants rather than <c>typeof(...).FullName</c> so they work in patterns.
    /// </summary>
    internal static class AttributeNames
    {
        public const string Namespace = nameof(AlgorithmGen);
        public const string Algorithm = Namespace + "." + nameof(AlgorithmAttribute);
        public const string HyperParameter = Namespace + "." + nameof(HyperParameterAttribute);
        public const string HyperParameterRange = Namespace + "." + nameof(HyperParameterRangeAttribute);
        public const string Channel = Namespace + "." + nameof(ChannelAttribute);
        public const string Metric = Namespace + "." + nameof(MetricAttribute);
        public const string Tag = Namespace + "." + nameof(TagAttribute);
        public const string TuningObjective = Namespace + "." + nameof(TuningObjectiveAttribute);
        public const string SupportedInstanceTypes = Namespace + "." + nameof(SupportedInstanceTypesAttribute);
        public const string AdditionalS3DataSource = Namespace + "." + nameof(AdditionalS3DataSourceAttribute);
        public const string InferenceSpecification = Namespace + "." + nameof(InferenceSpecificationAttribute);
        public const string InferenceContainer = Namespace + "." + nameof(InferenceContainerAttribute);
        public const string ModelDataSource = Namespace + "." + nameof(ModelDataSourceAttribute);
        public const string AdditionalModelDataSource = Namespace + "." + nameof(AdditionalModelDataSourceAttribute);
        public const string ValidationProfile = Namespace + "." + nameof(ValidationProfileAttribute);
        public const string ValidationInput = Namespace + "." + nameof(ValidationInputAttribute);
        public const string ValidationInstanceGroup = Namespace + "." + nameof(ValidationInstanceGroupAttribute);
        public const string ValidationPlacement = Namespace + "." + nameof(ValidationPlacementAttribute);
        public const string ValidationTransformJob = Namespace + "." + nameof(ValidationTransformJobAttribute);
        public const string TrainingInputMode = Namespace + "." + nameof(global::AlgorithmGen.TrainingInputMode);

        /// <summary>[ValidationInput] arguments that make up each kind of data source (exactly one kind per input).</summary>
        public static readonly string[] S3SourceArguments =
        {
            nameof(ValidationInputAttribute.S3Uri), nameof(ValidationInputAttribute.S3DataType), nameof(ValidationInputAttribute.S3DataDistributionType),
            nameof(ValidationInputAttribute.AttributeNames), nameof(ValidationInputAttribute.InstanceGroupNames), nameof(ValidationInputAttribute.AcceptEula),
            nameof(ValidationInputAttribute.HubContentArn),
        };

        /// <inheritdoc cref="S3SourceArguments"/>
        public static readonly string[] FileSystemSourceArguments =
        {
            nameof(ValidationInputAttribute.FileSystemId), nameof(ValidationInputAttribute.FileSystemAccessMode), nameof(ValidationInputAttribute.FileSystemType),
            nameof(ValidationInputAttribute.DirectoryPath),
        };

        /// <inheritdoc cref="S3SourceArguments"/>
        public static readonly string[] DatasetSourceArguments = { nameof(ValidationInputAttribute.DatasetArn) };

        /// <summary>
        /// The metadata name of an attribute class declared in AlgorithmGen's namespace, else null. By name and namespace,
        /// without a display string: the parser asks for every attribute of every class and property it reads.
        /// </summary>
        public static string? Of(Microsoft.CodeAnalysis.INamedTypeSymbol? attributeClass) =>
            attributeClass is { ContainingNamespace: { Name: Namespace, ContainingNamespace.IsGlobalNamespace: true }, ContainingType: null, Arity: 0 }
                ? Namespace + "." + attributeClass.Name
                : null;

        /// <summary>Whether <paramref name="attributeClass"/> is the AlgorithmGen attribute named <paramref name="metadataName"/>.</summary>
        public static bool Is(Microsoft.CodeAnalysis.INamedTypeSymbol? attributeClass, string metadataName) =>
            attributeClass is { ContainingNamespace: { Name: Namespace, ContainingNamespace.IsGlobalNamespace: true }, ContainingType: null, Arity: 0 }
            && metadataName.Length == Namespace.Length + 1 + attributeClass.Name.Length
            && metadataName.EndsWith(attributeClass.Name, System.StringComparison.Ordinal)
            && metadataName.StartsWith(Namespace + ".", System.StringComparison.Ordinal);
    }
}
