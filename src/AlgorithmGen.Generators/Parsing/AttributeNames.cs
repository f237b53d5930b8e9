namespace AlgorithmGen.Generators.Parsing
{
    /// <summary>Metadata names of AlgorithmGen's attributes, as the generator, the analyzers and the code fixes look them up.</summary>
    internal static class AttributeNames
    {
        public const string Namespace = "AlgorithmGen";
        public const string Algorithm = "AlgorithmGen.AlgorithmAttribute";
        public const string HyperParameter = "AlgorithmGen.HyperParameterAttribute";
        public const string Channel = "AlgorithmGen.ChannelAttribute";
        public const string Metric = "AlgorithmGen.MetricAttribute";
        public const string Tag = "AlgorithmGen.TagAttribute";
        public const string TuningObjective = "AlgorithmGen.TuningObjectiveAttribute";
        public const string SupportedInstanceTypes = "AlgorithmGen.SupportedInstanceTypesAttribute";
        public const string AdditionalS3DataSource = "AlgorithmGen.AdditionalS3DataSourceAttribute";
        public const string InferenceSpecification = "AlgorithmGen.InferenceSpecificationAttribute";
        public const string InferenceContainer = "AlgorithmGen.InferenceContainerAttribute";
        public const string ModelDataSource = "AlgorithmGen.ModelDataSourceAttribute";
        public const string AdditionalModelDataSource = "AlgorithmGen.AdditionalModelDataSourceAttribute";
        public const string ValidationProfile = "AlgorithmGen.ValidationProfileAttribute";
        public const string ValidationInput = "AlgorithmGen.ValidationInputAttribute";
        public const string ValidationInstanceGroup = "AlgorithmGen.ValidationInstanceGroupAttribute";
        public const string ValidationPlacement = "AlgorithmGen.ValidationPlacementAttribute";
        public const string ValidationTransformJob = "AlgorithmGen.ValidationTransformJobAttribute";
        public const string TrainingInputMode = "AlgorithmGen.TrainingInputMode";

        /// <summary>[ValidationInput] arguments that make up each kind of data source (exactly one kind per input).</summary>
        public static readonly string[] S3SourceArguments = { "S3Uri", "S3DataType", "S3DataDistributionType", "AttributeNames", "InstanceGroupNames", "AcceptEula", "HubContentArn" };

        /// <inheritdoc cref="S3SourceArguments"/>
        public static readonly string[] FileSystemSourceArguments = { "FileSystemId", "FileSystemAccessMode", "FileSystemType", "DirectoryPath" };

        /// <inheritdoc cref="S3SourceArguments"/>
        public static readonly string[] DatasetSourceArguments = { "DatasetArn" };
    }
}
