using System.Runtime.Serialization;

namespace AlgorithmGen
{
    // Closed value sets of the API, typed for attribute arguments. The generator writes the wire value: the member
    // name, or the [EnumMember] value where the wire spelling is not a valid C# name.

    /// <summary>The type of a hyperparameter (<c>HyperParameterSpecification.Type</c>).</summary>
    public enum HyperParameterType
    {
        /// <summary><c>Integer</c>: range given by <c>IntegerParameterRangeSpecification</c>.</summary>
        Integer,
        /// <summary><c>Continuous</c>: range given by <c>ContinuousParameterRangeSpecification</c>.</summary>
        Continuous,
        /// <summary><c>Categorical</c>: values given by <c>CategoricalParameterRangeSpecification</c>.</summary>
        Categorical,
        /// <summary><c>FreeText</c>: no range.</summary>
        FreeText,
    }

    /// <summary>How a hyperparameter's wire name is derived from its property name when none is given.</summary>
    public enum HyperParameterNaming
    {
        /// <summary><c>MaxDepth</c> → <c>max_depth</c> (the convention of SageMaker's built-in algorithms). The default.</summary>
        SnakeCase,
        /// <summary><c>MaxDepth</c> → <c>max-depth</c>.</summary>
        KebabCase,
        /// <summary><c>MaxDepth</c> → <c>maxDepth</c>.</summary>
        CamelCase,
        /// <summary><c>MaxDepth</c> → <c>MaxDepth</c>.</summary>
        AsDeclared,
    }

    /// <summary>A training input mode (<c>TrainingInputMode</c>).</summary>
    public enum TrainingInputMode
    {
        /// <summary><c>Pipe</c>: data is streamed from S3 to the container.</summary>
        Pipe,
        /// <summary><c>File</c>: data is downloaded to the ML storage volume before training starts.</summary>
        File,
        /// <summary><c>FastFile</c>: data is streamed from S3 but exposed as files.</summary>
        FastFile,
    }

    /// <summary>A compression type (<c>CompressionType</c>, <c>ModelCompressionType</c>).</summary>
    public enum CompressionType
    {
        /// <summary><c>None</c></summary>
        None,
        /// <summary><c>Gzip</c></summary>
        Gzip,
    }

    /// <summary>The compression of training output (<c>OutputCompressionType</c>).</summary>
    public enum OutputCompressionType
    {
        /// <summary><c>GZIP</c></summary>
        [EnumMember(Value = "GZIP")]
        Gzip,
        /// <summary><c>NONE</c></summary>
        [EnumMember(Value = "NONE")]
        None,
    }

    /// <summary>Whether a tuning job minimizes or maximizes a metric (<c>HyperParameterTuningJobObjectiveType</c>).</summary>
    public enum ObjectiveType
    {
        /// <summary><c>Maximize</c></summary>
        Maximize,
        /// <summary><c>Minimize</c></summary>
        Minimize,
    }

    /// <summary>What an S3 URI of a channel identifies (<c>S3DataType</c>).</summary>
    public enum S3DataType
    {
        /// <summary><c>ManifestFile</c>: a manifest listing object keys.</summary>
        ManifestFile,
        /// <summary><c>S3Prefix</c>: a key name prefix.</summary>
        S3Prefix,
        /// <summary><c>AugmentedManifestFile</c>: an augmented manifest in JSON lines (Pipe mode only).</summary>
        AugmentedManifestFile,
        /// <summary><c>Converse</c></summary>
        Converse,
    }

    /// <summary>What an S3 URI of an additional data source or a model data source identifies.</summary>
    public enum S3ObjectDataType
    {
        /// <summary><c>S3Object</c>: one object.</summary>
        S3Object,
        /// <summary><c>S3Prefix</c>: a key name prefix.</summary>
        S3Prefix,
    }

    /// <summary>How channel data is distributed across instances (<c>S3DataDistribution</c>).</summary>
    public enum S3DataDistribution
    {
        /// <summary><c>FullyReplicated</c></summary>
        FullyReplicated,
        /// <summary><c>ShardedByS3Key</c></summary>
        ShardedByS3Key,
    }

    /// <summary>Record wrapping of channel data (<c>RecordWrapper</c>).</summary>
    public enum RecordWrapperType
    {
        /// <summary><c>None</c></summary>
        None,
        /// <summary><c>RecordIO</c></summary>
        RecordIO,
    }

    /// <summary>The access mode of a file-system channel (<c>FileSystemAccessMode</c>).</summary>
    public enum FileSystemAccessMode
    {
        /// <summary><c>rw</c>: read-write.</summary>
        [EnumMember(Value = "rw")]
        ReadWrite,
        /// <summary><c>ro</c>: read-only.</summary>
        [EnumMember(Value = "ro")]
        ReadOnly,
    }

    /// <summary>The type of a file-system channel (<c>FileSystemType</c>).</summary>
    public enum FileSystemType
    {
        /// <summary><c>EFS</c></summary>
        EFS,
        /// <summary><c>FSxLustre</c></summary>
        FSxLustre,
    }

    /// <summary>How many records a transform mini-batch holds (<c>BatchStrategy</c>).</summary>
    public enum BatchStrategy
    {
        /// <summary><c>MultiRecord</c></summary>
        MultiRecord,
        /// <summary><c>SingleRecord</c></summary>
        SingleRecord,
    }

    /// <summary>How transform input is split into records (<c>SplitType</c>).</summary>
    public enum SplitType
    {
        /// <summary><c>None</c></summary>
        None,
        /// <summary><c>Line</c></summary>
        Line,
        /// <summary><c>RecordIO</c></summary>
        RecordIO,
        /// <summary><c>TFRecord</c></summary>
        TFRecord,
    }

    /// <summary>How transform results are assembled (<c>AssemblyType</c>).</summary>
    public enum AssemblyType
    {
        /// <summary><c>None</c></summary>
        None,
        /// <summary><c>Line</c></summary>
        Line,
    }
}
