using System;
using System.ComponentModel;

namespace AlgorithmGen
{
    /// <summary>
    /// Declares the validation profile (<c>ValidationSpecification</c>, which holds exactly one profile) and its
    /// training job definition. Its input channels, instance groups and placement are
    /// <see cref="ValidationInputAttribute"/>, <see cref="ValidationInstanceGroupAttribute"/> and
    /// <see cref="ValidationPlacementAttribute"/>; its transform job is <see cref="ValidationTransformJobAttribute"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class ValidationProfileAttribute : Attribute
    {
        /// <summary>Declares profile <paramref name="profileName"/>.</summary>
        /// <param name="profileName"><c>ProfileName</c>: 1–63 of a-z, A-Z, 0-9 and hyphen.</param>
        public ValidationProfileAttribute(string profileName) => ProfileName = profileName;

        /// <summary><c>ProfileName</c>.</summary>
        public string ProfileName { get; }

        /// <summary><c>ValidationSpecification.ValidationRole</c>: the IAM role ARN SageMaker uses to run the validation jobs.</summary>
        public string? ValidationRole { get; set; }

        /// <summary><c>TrainingJobDefinition.TrainingInputMode</c> (required).</summary>
        public TrainingInputMode TrainingInputMode { get; set; }

        /// <summary><c>TrainingJobDefinition.HyperParameters</c>, as <c>"name=value"</c> entries (at most 100).</summary>
        public string[]? HyperParameters { get; set; }

        /// <summary><c>OutputDataConfig.S3OutputPath</c> (required): where the model artifacts go.</summary>
        public string? S3OutputPath { get; set; }

        /// <summary><c>OutputDataConfig.KmsKeyId</c>: key ID, key ARN, alias or alias ARN.</summary>
        public string? OutputKmsKeyId { get; set; }

        /// <summary><c>OutputDataConfig.CompressionType</c>.</summary>
        public OutputCompressionType OutputCompressionType { get; set; }

        /// <summary><c>ResourceConfig.InstanceType</c>, for example <see cref="TrainingInstanceTypes.MlM5_Large"/>.</summary>
        public string? InstanceType { get; set; }

        /// <summary><c>ResourceConfig.InstanceCount</c>.</summary>
        public int InstanceCount { get; set; }

        /// <summary><c>ResourceConfig.VolumeSizeInGB</c>.</summary>
        public int VolumeSizeInGB { get; set; }

        /// <summary><c>ResourceConfig.VolumeKmsKeyId</c>: not allowed on instance types with local NVMe storage.</summary>
        public string? VolumeKmsKeyId { get; set; }

        /// <summary><c>ResourceConfig.KeepAlivePeriodInSeconds</c>: 0–21600 seconds of warm pool.</summary>
        public int KeepAlivePeriodInSeconds { get; set; }

        /// <summary><c>ResourceConfig.TrainingPlanArn</c>.</summary>
        public string? TrainingPlanArn { get; set; }

        /// <summary><c>ResourceConfig.InstancePlacementConfig.EnableMultipleJobs</c>.</summary>
        public bool EnableMultipleJobs { get; set; }

        /// <summary><c>StoppingCondition.MaxRuntimeInSeconds</c>.</summary>
        public int MaxRuntimeInSeconds { get; set; }

        /// <summary><c>StoppingCondition.MaxWaitTimeInSeconds</c>: for managed Spot training; at least <see cref="MaxRuntimeInSeconds"/>.</summary>
        public int MaxWaitTimeInSeconds { get; set; }

        /// <summary><c>StoppingCondition.MaxPendingTimeInSeconds</c>: 7200–2419200.</summary>
        public int MaxPendingTimeInSeconds { get; set; }

        /// <summary>
        /// Sends <c>"StoppingCondition": {}</c>, present with no members, when none of <see cref="MaxRuntimeInSeconds"/>,
        /// <see cref="MaxWaitTimeInSeconds"/> and <see cref="MaxPendingTimeInSeconds"/> is set (the job definition
        /// requires the structure, not its members). Next to one of them it has no effect (AG0908).
        /// </summary>
        public bool EmptyStoppingCondition { get; set; }

        /// <summary>
        /// Sends <c>"ResourceConfig": { "InstancePlacementConfig": {} }</c>, present with no members, when neither
        /// <see cref="EnableMultipleJobs"/> nor a <see cref="ValidationPlacementAttribute"/> sets it. Next to one of them
        /// it has no effect (AG0908).
        /// </summary>
        public bool EmptyInstancePlacementConfig { get; set; }

        /// <summary>
        /// Sends <c>TrainingJobDefinition.InputDataConfig</c> as <c>[]</c> when the class declares no <see cref="ValidationInputAttribute"/> for the profile (the API asks for at least one: AG0005) (the API accepts an empty list, and a
        /// payload may have one). Next to one it has no effect (AG0908).
        /// </summary>
        public bool EmptyInputDataConfig { get; set; }

        /// <summary>
        /// Sends <c>ResourceConfig.InstanceGroups</c> as <c>[]</c> when the class declares no <see cref="ValidationInstanceGroupAttribute"/> for the profile (the API accepts an empty list, and a
        /// payload may have one). Next to one it has no effect (AG0908).
        /// </summary>
        public bool EmptyInstanceGroups { get; set; }

        /// <summary>
        /// Sends <c>ResourceConfig.InstancePlacementConfig.PlacementSpecifications</c> as <c>[]</c> when the class declares no <see cref="ValidationPlacementAttribute"/> for the profile (the API accepts an empty list, and a
        /// payload may have one). Next to one it has no effect (AG0908).
        /// </summary>
        public bool EmptyPlacementSpecifications { get; set; }
    }

    /// <summary>
    /// Declares an input channel of the validation training job (<c>TrainingJobDefinition.InputDataConfig</c>, 1–20).
    /// Set exactly one data source: S3 (<see cref="S3Uri"/>), a file system (<see cref="FileSystemId"/>) or a
    /// dataset (<see cref="DatasetArn"/>).
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class ValidationInputAttribute : Attribute
    {
        /// <summary>Declares input for channel <paramref name="channelName"/>, which the training specification must declare.</summary>
        public ValidationInputAttribute(string channelName) => ChannelName = channelName;

        /// <summary><c>ChannelName</c>.</summary>
        public string ChannelName { get; }

        /// <summary>The profile this input belongs to; optional (there is one profile).</summary>
        public string? Profile { get; set; }

        /// <summary><c>ContentType</c>.</summary>
        public string? ContentType { get; set; }

        /// <summary><c>CompressionType</c> (Pipe mode only).</summary>
        public CompressionType CompressionType { get; set; }

        /// <summary><c>RecordWrapperType</c> (Pipe mode only).</summary>
        public RecordWrapperType RecordWrapperType { get; set; }

        /// <summary><c>InputMode</c>: overrides the job's <c>TrainingInputMode</c> for this channel.</summary>
        public TrainingInputMode InputMode { get; set; }

        /// <summary><c>ShuffleConfig.Seed</c>.</summary>
        public long ShuffleSeed { get; set; }

        /// <summary><c>DataSource.S3DataSource.S3DataType</c>.</summary>
        public S3DataType S3DataType { get; set; }

        /// <summary>
        /// <c>DataSource.S3DataSource.S3Uri</c>. Like every S3 member here, writing it sends the S3 data source, and
        /// writing it <c>null</c> leaves it out of that source: <c>S3Uri = null</c> alone sends <c>"S3DataSource": {}</c>.
        /// </summary>
        public string? S3Uri { get; set; }

        /// <summary><c>DataSource.S3DataSource.S3DataDistributionType</c>.</summary>
        public S3DataDistribution S3DataDistributionType { get; set; }

        /// <summary><c>DataSource.S3DataSource.AttributeNames</c> (augmented manifests).</summary>
        public string[]? AttributeNames { get; set; }

        /// <summary><c>DataSource.S3DataSource.InstanceGroupNames</c>.</summary>
        public string[]? InstanceGroupNames { get; set; }

        /// <summary><c>DataSource.S3DataSource.ModelAccessConfig.AcceptEula</c>.</summary>
        public bool AcceptEula { get; set; }

        /// <summary><c>DataSource.S3DataSource.HubAccessConfig.HubContentArn</c>. Written, it sends <c>HubAccessConfig</c>; <c>HubContentArn = null</c> sends <c>"HubAccessConfig": {}</c>.</summary>
        public string? HubContentArn { get; set; }

        /// <summary>
        /// <c>DataSource.FileSystemDataSource.FileSystemId</c> (<c>fs-</c> and at least 8 hex digits). Like every file
        /// system member here, writing it sends the file system data source, and writing it <c>null</c> leaves it out of
        /// that source: <c>FileSystemId = null</c> alone sends <c>"FileSystemDataSource": {}</c>.
        /// </summary>
        public string? FileSystemId { get; set; }

        /// <summary><c>DataSource.FileSystemDataSource.FileSystemAccessMode</c>.</summary>
        public FileSystemAccessMode FileSystemAccessMode { get; set; }

        /// <summary><c>DataSource.FileSystemDataSource.FileSystemType</c>.</summary>
        public FileSystemType FileSystemType { get; set; }

        /// <summary><c>DataSource.FileSystemDataSource.DirectoryPath</c>.</summary>
        public string? DirectoryPath { get; set; }

        /// <summary><c>DataSource.DatasetSource.DatasetArn</c>. Written, it sends <c>DatasetSource</c>; <c>DatasetArn = null</c> sends <c>"DatasetSource": {}</c>.</summary>
        public string? DatasetArn { get; set; }
    }

    /// <summary>Declares an instance group of the validation training job (<c>ResourceConfig.InstanceGroups</c>, at most 5).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class ValidationInstanceGroupAttribute : Attribute
    {
        /// <summary>Declares the instance group.</summary>
        public ValidationInstanceGroupAttribute(string instanceGroupName, string instanceType, int instanceCount)
        {
            InstanceGroupName = instanceGroupName;
            InstanceType = instanceType;
            InstanceCount = instanceCount;
        }

        /// <summary><c>InstanceGroupName</c>.</summary>
        public string InstanceGroupName { get; }

        /// <summary><c>InstanceType</c>.</summary>
        public string InstanceType { get; }

        /// <summary><c>InstanceCount</c>.</summary>
        public int InstanceCount { get; }

        /// <summary>The profile this group belongs to; optional (there is one profile).</summary>
        public string? Profile { get; set; }
    }

    /// <summary>Declares a placement of the validation training job (<c>ResourceConfig.InstancePlacementConfig.PlacementSpecifications</c>).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class ValidationPlacementAttribute : Attribute
    {
        /// <summary>Declares the placement.</summary>
        public ValidationPlacementAttribute(int instanceCount) => InstanceCount = instanceCount;

        /// <summary><c>InstanceCount</c>.</summary>
        public int InstanceCount { get; }

        /// <summary><c>UltraServerId</c>.</summary>
        public string? UltraServerId { get; set; }

        /// <summary>The profile this placement belongs to; optional (there is one profile).</summary>
        public string? Profile { get; set; }
    }

    /// <summary>Declares the validation profile's <c>TransformJobDefinition</c>.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class ValidationTransformJobAttribute : Attribute
    {
        /// <summary>The profile this job belongs to; optional (there is one profile).</summary>
        public string? Profile { get; set; }

        /// <summary><c>MaxConcurrentTransforms</c>.</summary>
        public int MaxConcurrentTransforms { get; set; }

        /// <summary><c>MaxPayloadInMB</c>.</summary>
        public int MaxPayloadInMB { get; set; }

        /// <summary><c>BatchStrategy</c>.</summary>
        public BatchStrategy BatchStrategy { get; set; }

        /// <summary><c>Environment</c>, as <c>"KEY=value"</c> entries (at most 16).</summary>
        public string[]? Environment { get; set; }

        /// <summary><c>TransformInput.DataSource.S3DataSource.S3DataType</c> (not <c>AugmentedManifestFile</c>).</summary>
        public S3DataType S3DataType { get; set; }

        /// <summary><c>TransformInput.DataSource.S3DataSource.S3Uri</c> (required).</summary>
        public string? S3Uri { get; set; }

        /// <summary><c>TransformInput.ContentType</c>.</summary>
        public string? ContentType { get; set; }

        /// <summary><c>TransformInput.CompressionType</c>.</summary>
        public CompressionType CompressionType { get; set; }

        /// <summary><c>TransformInput.SplitType</c>.</summary>
        public SplitType SplitType { get; set; }

        /// <summary><c>TransformOutput.S3OutputPath</c> (required).</summary>
        public string? S3OutputPath { get; set; }

        /// <summary><c>TransformOutput.Accept</c>.</summary>
        public string? Accept { get; set; }

        /// <summary><c>TransformOutput.AssembleWith</c>.</summary>
        public AssemblyType AssembleWith { get; set; }

        /// <summary><c>TransformOutput.KmsKeyId</c>.</summary>
        public string? KmsKeyId { get; set; }

        /// <summary><c>TransformResources.InstanceType</c> (required), for example <see cref="TransformInstanceTypes.MlM5_Large"/>.</summary>
        public string? InstanceType { get; set; }

        /// <summary><c>TransformResources.InstanceCount</c> (required).</summary>
        public int InstanceCount { get; set; }

        /// <summary><c>TransformResources.VolumeKmsKeyId</c>.</summary>
        public string? VolumeKmsKeyId { get; set; }

        /// <summary><c>TransformResources.TransformAmiVersion</c>.</summary>
        public string? TransformAmiVersion { get; set; }
    }

    /// <summary>
    /// Emitted by the generator on the assembly for each algorithm: the indented <c>CreateAlgorithm</c> JSON. The
    /// build reads it from the compiled assembly's metadata to write <c>&lt;AlgorithmName&gt;.create-algorithm.json</c>.
    /// </summary>
    /// <remarks>Public because generated code applies it; hidden from IntelliSense because only the generator should.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class AlgorithmPayloadAttribute : Attribute
    {
        /// <summary>Records one algorithm's payload.</summary>
        public AlgorithmPayloadAttribute(string algorithmName, string indentedJson)
        {
            AlgorithmName = algorithmName;
            IndentedJson = indentedJson;
        }

        /// <summary>The algorithm's name.</summary>
        public string AlgorithmName { get; }

        /// <summary>The request as indented JSON, the content of the file.</summary>
        public string IndentedJson { get; }

        /// <summary>
        /// The rule severities the build gave the algorithm's diagnostics where they differ from the catalogue's, in
        /// <see cref="Rules.RuleSeverities"/>' text form (<c>AG0202=warning;AG0101=none</c>); null when the catalogue's
        /// hold. <c>algorithmgen register</c> applies them as the generated <c>Definition</c> does.
        /// </summary>
        public string? RuleSeverities { get; set; }
    }
}
