using System;

namespace AlgorithmGen
{
    /// <summary>Declares the algorithm's <c>InferenceSpecification</c>; its containers are <see cref="InferenceContainerAttribute"/>s.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class InferenceSpecificationAttribute : Attribute
    {
        /// <summary>
        /// Sends <c>InferenceSpecification.Containers</c> as <c>[]</c> when the class declares no <see cref="InferenceContainerAttribute"/> (the API asks for at least one: AG0005) (the API accepts an empty list, and a
        /// payload may have one). Next to one it has no effect (AG0908).
        /// </summary>
        public bool EmptyContainers { get; set; }

        /// <summary><c>SupportedTransformInstanceTypes</c>, for example <see cref="TransformInstanceTypes.MlM5_Large"/>.</summary>
        public string[]? SupportedTransformInstanceTypes { get; set; }

        /// <summary><c>SupportedRealtimeInferenceInstanceTypes</c>, for example <see cref="RealtimeInferenceInstanceTypes.MlM5_Large"/>.</summary>
        public string[]? SupportedRealtimeInferenceInstanceTypes { get; set; }

        /// <summary><c>SupportedContentTypes</c>: the MIME types of input data.</summary>
        public string[]? SupportedContentTypes { get; set; }

        /// <summary><c>SupportedResponseMIMETypes</c>: the MIME types of output data (<c>type/subtype</c>).</summary>
        public string[]? SupportedResponseMIMETypes { get; set; }
    }

    /// <summary>
    /// Declares an inference container (<c>InferenceSpecification.Containers</c>, 1–15, in declaration order).
    /// Nested structures are flattened into named arguments; the data sources are
    /// <see cref="ModelDataSourceAttribute"/>, <see cref="AdditionalModelDataSourceAttribute"/> and
    /// <see cref="AdditionalS3DataSourceAttribute"/>, which name the container by <see cref="Id"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class InferenceContainerAttribute : Attribute
    {
        /// <summary>Declares a container.</summary>
        public InferenceContainerAttribute()
        {
        }

        /// <summary>Declares a container running <paramref name="image"/>.</summary>
        /// <param name="image"><c>Image</c>: the ECR path of the inference image.</param>
        public InferenceContainerAttribute(string image) => Image = image;

        /// <summary>A name for this container inside this class (not sent), for attributes that refer to it. Optional when there is one container.</summary>
        public string? Id { get; set; }

        /// <summary>
        /// Sends <c>AdditionalModelDataSources</c> as <c>[]</c> when no <see cref="AdditionalModelDataSourceAttribute"/>
        /// belongs to this container (the API accepts an empty list, and a payload may have one). Next to one it has no
        /// effect (AG0908).
        /// </summary>
        public bool EmptyAdditionalModelDataSources { get; set; }

        /// <summary><c>ContainerHostname</c>: 1–63 letters, digits and hyphens.</summary>
        public string? ContainerHostname { get; set; }

        /// <summary><c>Image</c>.</summary>
        public string? Image { get; set; }

        /// <summary><c>ImageDigest</c>: <c>sha256:</c> followed by 64 hex digits.</summary>
        public string? ImageDigest { get; set; }

        /// <summary><c>ModelDataUrl</c>: the S3 path of a <c>.tar.gz</c> model archive.</summary>
        public string? ModelDataUrl { get; set; }

        /// <summary><c>ProductId</c>: the AWS Marketplace product ID.</summary>
        public string? ProductId { get; set; }

        /// <summary><c>Environment</c>, as <c>"KEY=value"</c> entries (at most 100; keys <c>[a-zA-Z_][a-zA-Z0-9_]*</c>).</summary>
        public string[]? Environment { get; set; }

        /// <summary>
        /// <c>ModelInput.DataInputConfig</c>: the input configuration of the model (1–16384 characters). Written, it sends
        /// <c>ModelInput</c>; <c>DataInputConfig = null</c> sends <c>"ModelInput": {}</c>.
        /// </summary>
        public string? DataInputConfig { get; set; }

        /// <summary><c>Framework</c>: the machine learning framework of the image.</summary>
        public string? Framework { get; set; }

        /// <summary><c>FrameworkVersion</c>: 3–10 characters, <c>[0-9]\.[A-Za-z0-9.-]+</c>.</summary>
        public string? FrameworkVersion { get; set; }

        /// <summary><c>NearestModelName</c>: the Inference Recommender model that matches this one.</summary>
        public string? NearestModelName { get; set; }

        /// <summary><c>ModelDataETag</c>.</summary>
        public string? ModelDataETag { get; set; }

        /// <summary><c>IsCheckpoint</c>.</summary>
        public bool IsCheckpoint { get; set; }

        /// <summary>
        /// <c>BaseModel.HubContentName</c>. <c>BaseModel</c> is sent when one of its three members is written, and a
        /// member written <c>null</c> is left out of it: <c>BaseModelHubContentName = null</c> alone sends <c>"BaseModel": {}</c>.
        /// </summary>
        public string? BaseModelHubContentName { get; set; }

        /// <summary><c>BaseModel.HubContentVersion</c>: <c>major.minor.patch</c>.</summary>
        public string? BaseModelHubContentVersion { get; set; }

        /// <summary><c>BaseModel.RecipeName</c>.</summary>
        public string? BaseModelRecipeName { get; set; }
    }

    /// <summary>Members shared by the S3 model data source attributes (<c>S3ModelDataSource</c>).</summary>
    public abstract class S3ModelDataSourceAttributeBase : Attribute
    {
        private protected S3ModelDataSourceAttributeBase(string s3Uri, S3ObjectDataType s3DataType, CompressionType compressionType)
        {
            S3Uri = s3Uri;
            S3DataType = s3DataType;
            CompressionType = compressionType;
        }

        /// <summary><c>S3Uri</c>.</summary>
        public string S3Uri { get; }

        /// <summary><c>S3DataType</c>.</summary>
        public S3ObjectDataType S3DataType { get; }

        /// <summary><c>CompressionType</c>.</summary>
        public CompressionType CompressionType { get; }

        /// <summary><c>ModelAccessConfig.AcceptEula</c>: accept the model's end-user licence agreement.</summary>
        public bool AcceptEula { get; set; }

        /// <summary><c>HubAccessConfig.HubContentArn</c>. Written, it sends <c>HubAccessConfig</c>; <c>HubContentArn = null</c> sends <c>"HubAccessConfig": {}</c>.</summary>
        public string? HubContentArn { get; set; }

        /// <summary><c>ManifestS3Uri</c>.</summary>
        public string? ManifestS3Uri { get; set; }

        /// <summary><c>ETag</c>.</summary>
        public string? ETag { get; set; }

        /// <summary><c>ManifestEtag</c>.</summary>
        public string? ManifestEtag { get; set; }

        /// <summary>The <see cref="InferenceContainerAttribute.Id"/> of the container; optional when there is one container.</summary>
        public string? Container { get; set; }
    }

    /// <summary>Declares a container's <c>ModelDataSource.S3DataSource</c>.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class ModelDataSourceAttribute : S3ModelDataSourceAttributeBase
    {
        /// <summary>Declares the model data source.</summary>
        public ModelDataSourceAttribute(string s3Uri, S3ObjectDataType s3DataType, CompressionType compressionType)
            : base(s3Uri, s3DataType, compressionType)
        {
        }
    }

    /// <summary>Declares one of a container's <c>AdditionalModelDataSources</c> (at most 5).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class AdditionalModelDataSourceAttribute : S3ModelDataSourceAttributeBase
    {
        /// <summary>Declares the additional model data source.</summary>
        /// <param name="channelName"><c>ChannelName</c>: 1–64 characters of <c>A-Za-z0-9.-_</c>.</param>
        /// <param name="s3Uri"><c>S3DataSource.S3Uri</c>.</param>
        /// <param name="s3DataType"><c>S3DataSource.S3DataType</c>.</param>
        /// <param name="compressionType"><c>S3DataSource.CompressionType</c>.</param>
        public AdditionalModelDataSourceAttribute(string channelName, string s3Uri, S3ObjectDataType s3DataType, CompressionType compressionType)
            : base(s3Uri, s3DataType, compressionType) => ChannelName = channelName;

        /// <summary><c>ChannelName</c>.</summary>
        public string ChannelName { get; }
    }
}
