namespace AlgorithmGen.Generators.Tests
{
    /// <summary>
    /// A stand-in for the AWSSDK.SageMaker package (not available here), compiled into the test compilation: the SDK's
    /// namespaces, type names and member types for the CreateAlgorithm request (v4 style: nullable scalars,
    /// <c>ConstantClass</c> enums, <c>List&lt;string&gt;</c> for lists of enum strings). It deliberately lacks
    /// <c>ModelPackageContainerDefinition.IsCheckpoint</c>, a newer member, so the generator must skip it.
    /// </summary>
    internal static class SageMakerSdkStandIn
    {
        public const string V4 = """
            #nullable disable
            using System.Collections.Generic;
            using System.Threading.Tasks;

            namespace Amazon.Runtime
            {
                public class ConstantClass
                {
                    protected ConstantClass(string value) { Value = value; }
                    public string Value { get; private set; }
                    public override string ToString() { return Value; }
                    protected static T FindValue<T>(string value, System.Func<string, T> create) where T : ConstantClass
                    {
                        return value == null ? null : create(value);
                    }
                }
            }

            namespace Amazon.SageMaker
            {
                using Amazon.Runtime;

                public sealed class ParameterType : ConstantClass { public ParameterType(string value) : base(value) { } public static ParameterType FindValue(string value) { return FindValue(value, v => new ParameterType(v)); } }
                public sealed class HyperParameterTuningJobObjectiveType : ConstantClass { public HyperParameterTuningJobObjectiveType(string value) : base(value) { } public static HyperParameterTuningJobObjectiveType FindValue(string value) { return FindValue(value, v => new HyperParameterTuningJobObjectiveType(v)); } }
                public sealed class AdditionalS3DataSourceDataType : ConstantClass { public AdditionalS3DataSourceDataType(string value) : base(value) { } public static AdditionalS3DataSourceDataType FindValue(string value) { return FindValue(value, v => new AdditionalS3DataSourceDataType(v)); } }
                public sealed class CompressionType : ConstantClass { public CompressionType(string value) : base(value) { } public static CompressionType FindValue(string value) { return FindValue(value, v => new CompressionType(v)); } }
                public sealed class S3ModelDataType : ConstantClass { public S3ModelDataType(string value) : base(value) { } public static S3ModelDataType FindValue(string value) { return FindValue(value, v => new S3ModelDataType(v)); } }
                public sealed class ModelCompressionType : ConstantClass { public ModelCompressionType(string value) : base(value) { } public static ModelCompressionType FindValue(string value) { return FindValue(value, v => new ModelCompressionType(v)); } }
                public sealed class TrainingInputMode : ConstantClass { public TrainingInputMode(string value) : base(value) { } public static TrainingInputMode FindValue(string value) { return FindValue(value, v => new TrainingInputMode(v)); } }
                public sealed class RecordWrapper : ConstantClass { public RecordWrapper(string value) : base(value) { } public static RecordWrapper FindValue(string value) { return FindValue(value, v => new RecordWrapper(v)); } }
                public sealed class S3DataType : ConstantClass { public S3DataType(string value) : base(value) { } public static S3DataType FindValue(string value) { return FindValue(value, v => new S3DataType(v)); } }
                public sealed class S3DataDistribution : ConstantClass { public S3DataDistribution(string value) : base(value) { } public static S3DataDistribution FindValue(string value) { return FindValue(value, v => new S3DataDistribution(v)); } }
                public sealed class FileSystemAccessMode : ConstantClass { public FileSystemAccessMode(string value) : base(value) { } public static FileSystemAccessMode FindValue(string value) { return FindValue(value, v => new FileSystemAccessMode(v)); } }
                public sealed class FileSystemType : ConstantClass { public FileSystemType(string value) : base(value) { } public static FileSystemType FindValue(string value) { return FindValue(value, v => new FileSystemType(v)); } }
                public sealed class OutputCompressionType : ConstantClass { public OutputCompressionType(string value) : base(value) { } public static OutputCompressionType FindValue(string value) { return FindValue(value, v => new OutputCompressionType(v)); } }
                public sealed class TrainingInstanceType : ConstantClass { public TrainingInstanceType(string value) : base(value) { } public static TrainingInstanceType FindValue(string value) { return FindValue(value, v => new TrainingInstanceType(v)); } }
                public sealed class BatchStrategy : ConstantClass { public BatchStrategy(string value) : base(value) { } public static BatchStrategy FindValue(string value) { return FindValue(value, v => new BatchStrategy(v)); } }
                public sealed class SplitType : ConstantClass { public SplitType(string value) : base(value) { } public static SplitType FindValue(string value) { return FindValue(value, v => new SplitType(v)); } }
                public sealed class AssemblyType : ConstantClass { public AssemblyType(string value) : base(value) { } public static AssemblyType FindValue(string value) { return FindValue(value, v => new AssemblyType(v)); } }
                public sealed class TransformInstanceType : ConstantClass { public TransformInstanceType(string value) : base(value) { } public static TransformInstanceType FindValue(string value) { return FindValue(value, v => new TransformInstanceType(v)); } }

                public class AmazonSageMakerClient
                {
                    public Task<Model.CreateAlgorithmResponse> CreateAlgorithmAsync(Model.CreateAlgorithmRequest request, System.Threading.CancellationToken cancellationToken = default(System.Threading.CancellationToken))
                    {
                        return Task.FromResult(new Model.CreateAlgorithmResponse { AlgorithmArn = "arn:" + request.AlgorithmName });
                    }
                }
            }

            namespace Amazon.SageMaker.Model
            {
                public abstract class AmazonSageMakerRequest { }
                public class CreateAlgorithmResponse { public string AlgorithmArn { get; set; } }

                public partial class CreateAlgorithmRequest : AmazonSageMakerRequest
                {
                    public string AlgorithmDescription { get; set; }
                    public string AlgorithmName { get; set; }
                    public bool? CertifyForMarketplace { get; set; }
                    public InferenceSpecification InferenceSpecification { get; set; }
                    public List<Tag> Tags { get; set; }
                    public TrainingSpecification TrainingSpecification { get; set; }
                    public AlgorithmValidationSpecification ValidationSpecification { get; set; }
                }

                public partial class TrainingSpecification
                {
                    public AdditionalS3DataSource AdditionalS3DataSource { get; set; }
                    public List<MetricDefinition> MetricDefinitions { get; set; }
                    public List<HyperParameterSpecification> SupportedHyperParameters { get; set; }
                    public List<string> SupportedTrainingInstanceTypes { get; set; }
                    public List<HyperParameterTuningJobObjective> SupportedTuningJobObjectiveMetrics { get; set; }
                    public bool? SupportsDistributedTraining { get; set; }
                    public List<ChannelSpecification> TrainingChannels { get; set; }
                    public string TrainingImage { get; set; }
                    public string TrainingImageDigest { get; set; }
                }

                public partial class HyperParameterSpecification
                {
                    public string DefaultValue { get; set; }
                    public string Description { get; set; }
                    public bool? IsRequired { get; set; }
                    public bool? IsTunable { get; set; }
                    public string Name { get; set; }
                    public ParameterRange Range { get; set; }
                    public ParameterType Type { get; set; }
                }

                public partial class ParameterRange
                {
                    public CategoricalParameterRangeSpecification CategoricalParameterRangeSpecification { get; set; }
                    public ContinuousParameterRangeSpecification ContinuousParameterRangeSpecification { get; set; }
                    public IntegerParameterRangeSpecification IntegerParameterRangeSpecification { get; set; }
                }

                public partial class IntegerParameterRangeSpecification { public string MaxValue { get; set; } public string MinValue { get; set; } }
                public partial class ContinuousParameterRangeSpecification { public string MaxValue { get; set; } public string MinValue { get; set; } }
                public partial class CategoricalParameterRangeSpecification { public List<string> Values { get; set; } }
                public partial class MetricDefinition { public string Name { get; set; } public string Regex { get; set; } }

                public partial class ChannelSpecification
                {
                    public string Description { get; set; }
                    public bool? IsRequired { get; set; }
                    public string Name { get; set; }
                    public List<string> SupportedCompressionTypes { get; set; }
                    public List<string> SupportedContentTypes { get; set; }
                    public List<string> SupportedInputModes { get; set; }
                }

                public partial class HyperParameterTuningJobObjective { public string MetricName { get; set; } public HyperParameterTuningJobObjectiveType Type { get; set; } }

                public partial class AdditionalS3DataSource
                {
                    public CompressionType CompressionType { get; set; }
                    public string ETag { get; set; }
                    public AdditionalS3DataSourceDataType S3DataType { get; set; }
                    public string S3Uri { get; set; }
                }

                public partial class InferenceSpecification
                {
                    public List<ModelPackageContainerDefinition> Containers { get; set; }
                    public List<string> SupportedContentTypes { get; set; }
                    public List<string> SupportedRealtimeInferenceInstanceTypes { get; set; }
                    public List<string> SupportedResponseMIMETypes { get; set; }
                    public List<string> SupportedTransformInstanceTypes { get; set; }
                }

                // IsCheckpoint deliberately missing: an SDK older than that member.
                public partial class ModelPackageContainerDefinition
                {
                    public List<AdditionalModelDataSource> AdditionalModelDataSources { get; set; }
                    public AdditionalS3DataSource AdditionalS3DataSource { get; set; }
                    public BaseModel BaseModel { get; set; }
                    public string ContainerHostname { get; set; }
                    public Dictionary<string, string> Environment { get; set; }
                    public string Framework { get; set; }
                    public string FrameworkVersion { get; set; }
                    public string Image { get; set; }
                    public string ImageDigest { get; set; }
                    public string ModelDataETag { get; set; }
                    public ModelDataSource ModelDataSource { get; set; }
                    public string ModelDataUrl { get; set; }
                    public ModelInput ModelInput { get; set; }
                    public string NearestModelName { get; set; }
                    public string ProductId { get; set; }
                }

                public partial class ModelDataSource { public S3ModelDataSource S3DataSource { get; set; } }

                public partial class S3ModelDataSource
                {
                    public ModelCompressionType CompressionType { get; set; }
                    public string ETag { get; set; }
                    public InferenceHubAccessConfig HubAccessConfig { get; set; }
                    public string ManifestEtag { get; set; }
                    public string ManifestS3Uri { get; set; }
                    public ModelAccessConfig ModelAccessConfig { get; set; }
                    public S3ModelDataType S3DataType { get; set; }
                    public string S3Uri { get; set; }
                }

                public partial class ModelAccessConfig { public bool? AcceptEula { get; set; } }
                public partial class InferenceHubAccessConfig { public string HubContentArn { get; set; } }
                public partial class ModelInput { public string DataInputConfig { get; set; } }
                public partial class AdditionalModelDataSource { public string ChannelName { get; set; } public S3ModelDataSource S3DataSource { get; set; } }
                public partial class BaseModel { public string HubContentName { get; set; } public string HubContentVersion { get; set; } public string RecipeName { get; set; } }

                public partial class AlgorithmValidationSpecification
                {
                    public List<AlgorithmValidationProfile> ValidationProfiles { get; set; }
                    public string ValidationRole { get; set; }
                }

                public partial class AlgorithmValidationProfile
                {
                    public string ProfileName { get; set; }
                    public TrainingJobDefinition TrainingJobDefinition { get; set; }
                    public TransformJobDefinition TransformJobDefinition { get; set; }
                }

                public partial class TrainingJobDefinition
                {
                    public Dictionary<string, string> HyperParameters { get; set; }
                    public List<Channel> InputDataConfig { get; set; }
                    public OutputDataConfig OutputDataConfig { get; set; }
                    public ResourceConfig ResourceConfig { get; set; }
                    public StoppingCondition StoppingCondition { get; set; }
                    public TrainingInputMode TrainingInputMode { get; set; }
                }

                public partial class Channel
                {
                    public string ChannelName { get; set; }
                    public CompressionType CompressionType { get; set; }
                    public string ContentType { get; set; }
                    public DataSource DataSource { get; set; }
                    public TrainingInputMode InputMode { get; set; }
                    public RecordWrapper RecordWrapperType { get; set; }
                    public ShuffleConfig ShuffleConfig { get; set; }
                }

                public partial class DataSource
                {
                    public DatasetSource DatasetSource { get; set; }
                    public FileSystemDataSource FileSystemDataSource { get; set; }
                    public S3DataSource S3DataSource { get; set; }
                }

                public partial class S3DataSource
                {
                    public List<string> AttributeNames { get; set; }
                    public HubAccessConfig HubAccessConfig { get; set; }
                    public List<string> InstanceGroupNames { get; set; }
                    public ModelAccessConfig ModelAccessConfig { get; set; }
                    public S3DataDistribution S3DataDistributionType { get; set; }
                    public S3DataType S3DataType { get; set; }
                    public string S3Uri { get; set; }
                }

                public partial class HubAccessConfig { public string HubContentArn { get; set; } }

                public partial class FileSystemDataSource
                {
                    public string DirectoryPath { get; set; }
                    public FileSystemAccessMode FileSystemAccessMode { get; set; }
                    public string FileSystemId { get; set; }
                    public FileSystemType FileSystemType { get; set; }
                }

                public partial class DatasetSource { public string DatasetArn { get; set; } }
                public partial class ShuffleConfig { public long? Seed { get; set; } }

                public partial class OutputDataConfig
                {
                    public OutputCompressionType CompressionType { get; set; }
                    public string KmsKeyId { get; set; }
                    public string S3OutputPath { get; set; }
                }

                public partial class ResourceConfig
                {
                    public List<InstanceGroup> InstanceGroups { get; set; }
                    public int? InstanceCount { get; set; }
                    public InstancePlacementConfig InstancePlacementConfig { get; set; }
                    public TrainingInstanceType InstanceType { get; set; }
                    public int? KeepAlivePeriodInSeconds { get; set; }
                    public string TrainingPlanArn { get; set; }
                    public string VolumeKmsKeyId { get; set; }
                    public int? VolumeSizeInGB { get; set; }
                }

                public partial class InstanceGroup { public int? InstanceCount { get; set; } public string InstanceGroupName { get; set; } public TrainingInstanceType InstanceType { get; set; } }
                public partial class InstancePlacementConfig { public bool? EnableMultipleJobs { get; set; } public List<PlacementSpecification> PlacementSpecifications { get; set; } }
                public partial class PlacementSpecification { public int? InstanceCount { get; set; } public string UltraServerId { get; set; } }

                public partial class StoppingCondition
                {
                    public int? MaxPendingTimeInSeconds { get; set; }
                    public int? MaxRuntimeInSeconds { get; set; }
                    public int? MaxWaitTimeInSeconds { get; set; }
                }

                public partial class TransformJobDefinition
                {
                    public BatchStrategy BatchStrategy { get; set; }
                    public Dictionary<string, string> Environment { get; set; }
                    public int? MaxConcurrentTransforms { get; set; }
                    public int? MaxPayloadInMB { get; set; }
                    public TransformInput TransformInput { get; set; }
                    public TransformOutput TransformOutput { get; set; }
                    public TransformResources TransformResources { get; set; }
                }

                public partial class TransformInput
                {
                    public CompressionType CompressionType { get; set; }
                    public string ContentType { get; set; }
                    public TransformDataSource DataSource { get; set; }
                    public SplitType SplitType { get; set; }
                }

                public partial class TransformDataSource { public TransformS3DataSource S3DataSource { get; set; } }
                public partial class TransformS3DataSource { public S3DataType S3DataType { get; set; } public string S3Uri { get; set; } }

                public partial class TransformOutput
                {
                    public string Accept { get; set; }
                    public AssemblyType AssembleWith { get; set; }
                    public string KmsKeyId { get; set; }
                    public string S3OutputPath { get; set; }
                }

                public partial class TransformResources
                {
                    public int? InstanceCount { get; set; }
                    public TransformInstanceType InstanceType { get; set; }
                    public string TransformAmiVersion { get; set; }
                    public string VolumeKmsKeyId { get; set; }
                }

                public partial class Tag { public string Key { get; set; } public string Value { get; set; } }
            }
            """;

        /// <summary>
        /// The SDK's training and transform job requests, partly: enough members of each (and nested shapes of their
        /// own) to convert, and deliberately not all, so the generator must list what it skips. No tuning, model or
        /// model-package request: the generator must not convert those. Compiled together with <see cref="V4"/>.
        /// </summary>
        public const string V4Jobs = """
            #nullable disable
            using System.Collections.Generic;

            namespace Amazon.SageMaker.Model
            {
                public partial class CreateTrainingJobRequest : AmazonSageMakerRequest
                {
                    public AlgorithmSpecification AlgorithmSpecification { get; set; }
                    public CheckpointConfig CheckpointConfig { get; set; }
                    public bool? EnableManagedSpotTraining { get; set; }
                    public bool? EnableNetworkIsolation { get; set; }
                    public Dictionary<string, string> Environment { get; set; }
                    public Dictionary<string, string> HyperParameters { get; set; }
                    public List<Channel> InputDataConfig { get; set; }
                    public OutputDataConfig OutputDataConfig { get; set; }
                    public ResourceConfig ResourceConfig { get; set; }
                    public string RoleArn { get; set; }
                    public StoppingCondition StoppingCondition { get; set; }
                    public List<Tag> Tags { get; set; }
                    public string TrainingJobName { get; set; }
                    public VpcConfig VpcConfig { get; set; }
                }

                public partial class AlgorithmSpecification
                {
                    public string AlgorithmName { get; set; }
                    public List<string> ContainerArguments { get; set; }
                    public List<string> ContainerEntrypoint { get; set; }
                    public bool? EnableSageMakerMetricsTimeSeries { get; set; }
                    public List<MetricDefinition> MetricDefinitions { get; set; }
                    public string TrainingImage { get; set; }
                    public TrainingInputMode TrainingInputMode { get; set; }
                }

                public partial class CheckpointConfig { public string LocalPath { get; set; } public string S3Uri { get; set; } }
                public partial class VpcConfig { public List<string> SecurityGroupIds { get; set; } public List<string> Subnets { get; set; } }

                public partial class CreateTransformJobRequest : AmazonSageMakerRequest
                {
                    public BatchStrategy BatchStrategy { get; set; }
                    public Dictionary<string, string> Environment { get; set; }
                    public int? MaxConcurrentTransforms { get; set; }
                    public int? MaxPayloadInMB { get; set; }
                    public string ModelName { get; set; }
                    public List<Tag> Tags { get; set; }
                    public TransformInput TransformInput { get; set; }
                    public string TransformJobName { get; set; }
                    public TransformOutput TransformOutput { get; set; }
                    public TransformResources TransformResources { get; set; }
                }
            }

            namespace Demo
            {
                using AlgorithmGen.Generated;

                public static class JobsWithSdk
                {
                    public static Amazon.SageMaker.Model.CreateTrainingJobRequest Training(AlgorithmGen.Model.CreateTrainingJobRequest request) { return request.ToSageMakerRequest(); }
                    public static Amazon.SageMaker.Model.CreateTransformJobRequest Transform(AlgorithmGen.Model.CreateTransformJobRequest request) { return request.ToSageMakerRequest(); }
                }
            }
            """;

        /// <summary>The same stand-in in the SDK v3 style (non-nullable <c>bool</c>, <c>int</c>, <c>long</c>) and without <c>#nullable</c>, for C# 7.3.</summary>
        public static string V3 => V4
            .Replace("#nullable disable\n", string.Empty)
            .Replace("bool? ", "bool ")
            .Replace("int? ", "int ")
            .Replace("long? ", "long ");

        /// <summary>A user's call site: the SDK client with AlgorithmGen's payload.</summary>
        public const string Usage = """
            using AlgorithmGen.Generated;

            namespace Demo
            {
                public static class RegisterWithSdk
                {
                    public static System.Threading.Tasks.Task<Amazon.SageMaker.Model.CreateAlgorithmResponse> Run()
                    {
                        return new Amazon.SageMaker.AmazonSageMakerClient().CreateAlgorithmAsync(Demo.Forecasting.Forecaster.CreateRequest().ToSageMakerRequest());
                    }
                }
            }
            """;
    }
}
