using System;

namespace AlgorithmGen
{
    /// <summary>
    /// Declares a SageMaker algorithm. The class must be <c>partial</c>; the generator adds the
    /// <c>CreateAlgorithm</c> request (typed and as wire JSON), a <c>RegisterAsync</c> method and an entry in the
    /// project's algorithm catalog. Every named argument that is not set is omitted from the request.
    /// </summary>
    /// <remarks>
    /// Hyperparameters are the class's properties marked <see cref="HyperParameterAttribute"/>; channels, metrics,
    /// tags, inference containers and the validation profile are further attributes on the class.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class AlgorithmAttribute : Attribute
    {
        /// <summary>Declares an algorithm named <paramref name="name"/>.</summary>
        /// <param name="name"><c>AlgorithmName</c>: 1–63 characters, letters, digits and hyphens, starting and ending with a letter or digit (<c>[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}</c>).</param>
        public AlgorithmAttribute(string name) => Name = name;

        /// <summary><c>AlgorithmName</c>.</summary>
        public string Name { get; }

        /// <summary>
        /// <c>AlgorithmDescription</c>: at most 1024 characters, no control characters. Defaults to the class's XML doc
        /// summary; <c>Description = null</c> sends none even when the class has a summary.
        /// </summary>
        public string? Description { get; set; }

        /// <summary><c>TrainingSpecification.TrainingImage</c>: the ECR path of the training image (at most 255 characters, no whitespace).</summary>
        public string? TrainingImage { get; set; }

        /// <summary><c>TrainingSpecification.TrainingImageDigest</c>: <c>sha256:</c> followed by 64 hex digits.</summary>
        public string? TrainingImageDigest { get; set; }

        /// <summary><c>TrainingSpecification.SupportedTrainingInstanceTypes</c>, for example <see cref="TrainingInstanceTypes.MlM5_Large"/>.</summary>
        public string[]? SupportedTrainingInstanceTypes { get; set; }

        /// <summary><c>TrainingSpecification.SupportsDistributedTraining</c>: if false, buyers can't request more than one instance.</summary>
        public bool SupportsDistributedTraining { get; set; }

        /// <summary><c>CertifyForMarketplace</c>: whether to certify the algorithm for AWS Marketplace.</summary>
        public bool CertifyForMarketplace { get; set; }

        /// <summary>
        /// Sends <c>Tags</c> as <c>[]</c> when the class declares no <see cref="TagAttribute"/> (the API accepts an empty list, and a
        /// payload may have one). Next to one it has no effect (AG0908).
        /// </summary>
        public bool EmptyTags { get; set; }

        /// <summary>
        /// Sends <c>TrainingSpecification.SupportedHyperParameters</c> as <c>[]</c> when the class declares no <see cref="HyperParameterAttribute"/> property (the API accepts an empty list, and a
        /// payload may have one). Next to one it has no effect (AG0908).
        /// </summary>
        public bool EmptySupportedHyperParameters { get; set; }

        /// <summary>
        /// Sends <c>TrainingSpecification.TrainingChannels</c> as <c>[]</c> when the class declares no <see cref="ChannelAttribute"/> (the API asks for at least one: AG0005) (the API accepts an empty list, and a
        /// payload may have one). Next to one it has no effect (AG0908).
        /// </summary>
        public bool EmptyTrainingChannels { get; set; }

        /// <summary>
        /// Sends <c>TrainingSpecification.MetricDefinitions</c> as <c>[]</c> when the class declares no <see cref="MetricAttribute"/> (the API accepts an empty list, and a
        /// payload may have one). Next to one it has no effect (AG0908).
        /// </summary>
        public bool EmptyMetricDefinitions { get; set; }

        /// <summary>
        /// Sends <c>TrainingSpecification.SupportedTuningJobObjectiveMetrics</c> as <c>[]</c> when the class declares no tuning objective (<see cref="MetricAttribute.TuningObjective"/>, <see cref="TuningObjectiveAttribute"/>) (the API accepts an empty list, and a
        /// payload may have one). Next to one it has no effect (AG0908).
        /// </summary>
        public bool EmptySupportedTuningJobObjectiveMetrics { get; set; }

        /// <summary>How hyperparameter names are derived from property names when none is given. Default: <see cref="HyperParameterNaming.SnakeCase"/>.</summary>
        public HyperParameterNaming HyperParameterNaming { get; set; }
    }

    /// <summary>
    /// Declares a hyperparameter (<c>TrainingSpecification.SupportedHyperParameters</c>) from a property.
    /// </summary>
    /// <remarks>
    /// <para>The type follows the property type: <c>int</c>/<c>long</c>/other integers → <c>Integer</c>;
    /// <c>double</c>/<c>float</c>/<c>decimal</c> → <c>Continuous</c>; <c>bool</c> and enums → <c>Categorical</c> with
    /// their values (an enum member's <c>[EnumMember(Value = ...)]</c> gives its wire value); <c>string</c> →
    /// <c>FreeText</c>, or <c>Categorical</c> when <see cref="Values"/> is set.</para>
    /// <para>The default value is the property's initializer; the C# <c>required</c> modifier means <c>IsRequired</c>;
    /// the XML doc summary is the description when <see cref="Description"/> is not set.</para>
    /// </remarks>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    public sealed class HyperParameterAttribute : Attribute
    {
        /// <summary>Declares a hyperparameter named after the property (see <see cref="AlgorithmAttribute.HyperParameterNaming"/>).</summary>
        public HyperParameterAttribute()
        {
        }

        /// <summary>Declares a hyperparameter named <paramref name="name"/>.</summary>
        /// <param name="name"><c>Name</c>: unique, at most 256 characters, no control characters.</param>
        public HyperParameterAttribute(string name) => Name = name;

        /// <summary><c>Name</c>. When not set, derived from the property name.</summary>
        public string? Name { get; set; }

        /// <summary>
        /// <c>Description</c>: at most 1024 characters, no control characters. Defaults to the property's XML doc
        /// summary; <c>Description = null</c> sends none.
        /// </summary>
        public string? Description { get; set; }

        /// <summary><c>Type</c>, when it should differ from the one the property type implies.</summary>
        public HyperParameterType Type { get; set; }

        /// <summary><c>IsTunable</c>: whether tuning jobs may tune it (needs a range; not for FreeText).</summary>
        public bool IsTunable { get; set; }

        /// <summary><c>IsRequired</c>, for projects that can't use the C# <c>required</c> modifier. A required hyperparameter cannot have a default.</summary>
        public bool IsRequired { get; set; }

        /// <summary>
        /// <c>DefaultValue</c> exactly as it goes on the wire (<c>"1e-05"</c>, <c>"0.50"</c>), when the property
        /// initializer can't say it; <c>DefaultValue = null</c> sends none even when the property has an initializer.
        /// </summary>
        public string? DefaultValue { get; set; }

        /// <summary>
        /// <c>MinValue</c> of the Integer or Continuous range: a number, written as Python writes it (<c>0.0</c> →
        /// <c>"0.0"</c>, <c>1e-5</c> → <c>"1e-05"</c>, <c>5</c> → <c>"5"</c>), or a string sent exactly as written.
        /// </summary>
        public object? MinValue { get; set; }

        /// <summary>
        /// <c>MaxValue</c> of the Integer or Continuous range: a number (formatted as <see cref="MinValue"/>) or a string
        /// sent exactly as written. The kind follows the type; for another kind, or both, use <see cref="HyperParameterRangeAttribute"/>.
        /// </summary>
        public object? MaxValue { get; set; }

        /// <summary>
        /// <c>CategoricalParameterRangeSpecification.Values</c> (1–30 values) for a string property, or instead of a
        /// <c>bool</c>'s or enum's own values; <c>Values = null</c> sends a Categorical hyperparameter with no range.
        /// </summary>
        public string[]? Values { get; set; }
    }

    /// <summary>
    /// States a hyperparameter's <c>Range</c> member by member, for a range <see cref="HyperParameterAttribute"/> can't
    /// say: one of the other kind for the type (an Integer hyperparameter with a
    /// <c>ContinuousParameterRangeSpecification</c>), several kinds at once, or a specification with members missing.
    /// </summary>
    /// <remarks>
    /// <para>It replaces the range the property type and <see cref="HyperParameterAttribute"/> imply, so
    /// <see cref="HyperParameterAttribute.MinValue"/>, <see cref="HyperParameterAttribute.MaxValue"/> and
    /// <see cref="HyperParameterAttribute.Values"/> can't be set next to it (AG0908). Exactly what it states is sent:
    /// a specification is sent when one of its members is written, a member written <c>null</c> is left out of it,
    /// and with no member written the range is <c>"Range": {}</c>.</para>
    /// <para>The rules still apply: a range that does not match the hyperparameter's <c>Type</c> is AG0103, reported
    /// at the argument that states it. <c>algorithmgen import</c> writes this attribute for such inputs.</para>
    /// </remarks>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    public sealed class HyperParameterRangeAttribute : Attribute
    {
        /// <summary>
        /// <c>IntegerParameterRangeSpecification.MinValue</c>: a number, written as Python writes it (as
        /// <see cref="HyperParameterAttribute.MinValue"/>), or a string sent exactly as written.
        /// </summary>
        public object? IntegerMinValue { get; set; }

        /// <summary><c>IntegerParameterRangeSpecification.MaxValue</c>: a number or a string sent exactly as written.</summary>
        public object? IntegerMaxValue { get; set; }

        /// <summary><c>ContinuousParameterRangeSpecification.MinValue</c>: a number or a string sent exactly as written.</summary>
        public object? ContinuousMinValue { get; set; }

        /// <summary><c>ContinuousParameterRangeSpecification.MaxValue</c>: a number or a string sent exactly as written.</summary>
        public object? ContinuousMaxValue { get; set; }

        /// <summary>
        /// <c>CategoricalParameterRangeSpecification.Values</c> (1–30 values). On a <c>string</c> property they make the
        /// hyperparameter Categorical, as <see cref="HyperParameterAttribute.Values"/> does.
        /// </summary>
        public string[]? CategoricalValues { get; set; }
    }

    /// <summary>Declares a training channel (<c>TrainingSpecification.TrainingChannels</c>, 1–8 per algorithm).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class ChannelAttribute : Attribute
    {
        /// <summary>Declares a channel named <paramref name="name"/>.</summary>
        /// <param name="name"><c>Name</c>: 1–64 characters of <c>A-Za-z0-9.-_</c>, unique.</param>
        public ChannelAttribute(string name) => Name = name;

        /// <summary><c>Name</c>.</summary>
        public string Name { get; }

        /// <summary><c>Description</c>: at most 1024 characters, no control characters.</summary>
        public string? Description { get; set; }

        /// <summary><c>IsRequired</c>: whether the algorithm requires the channel.</summary>
        public bool IsRequired { get; set; }

        /// <summary><c>SupportedContentTypes</c> (required): MIME types, for example <c>text/csv</c>.</summary>
        public string[]? SupportedContentTypes { get; set; }

        /// <summary><c>SupportedCompressionTypes</c>.</summary>
        public CompressionType[]? SupportedCompressionTypes { get; set; }

        /// <summary><c>SupportedInputModes</c> (required, at least one).</summary>
        public TrainingInputMode[]? SupportedInputModes { get; set; }
    }

    /// <summary>
    /// Declares a metric the training container writes to stdout or stderr (<c>TrainingSpecification.MetricDefinitions</c>,
    /// at most 40), and optionally offers it as a tuning objective (<c>SupportedTuningJobObjectiveMetrics</c>).
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class MetricAttribute : Attribute
    {
        /// <summary>
        /// Declares metric <paramref name="name"/> with a generated regex and line: the training host's metric method
        /// writes <c>name=value;</c> and the regex <c>(?:^|\s)name=(number);</c> finds it.
        /// </summary>
        /// <param name="name"><c>Name</c>: 1–255 characters, unique.</param>
        public MetricAttribute(string name)
        {
            Name = name;
        }

        /// <summary>Declares metric <paramref name="name"/> captured by <paramref name="regex"/>.</summary>
        /// <param name="name"><c>Name</c>: 1–255 characters, unique.</param>
        /// <param name="regex"><c>Regex</c>: 1–500 characters; the service applies it to the job's log and takes the first capturing group.</param>
        public MetricAttribute(string name, string regex)
        {
            Name = name;
            Regex = regex;
        }

        /// <summary><c>Name</c>.</summary>
        public string Name { get; }

        /// <summary><c>Regex</c>; null when generated from the name.</summary>
        public string? Regex { get; }

        /// <summary>
        /// The line the training host's metric method writes, with <c>{value}</c> where the number goes, e.g.
        /// <c>"[epoch] validation-rmse:{value}"</c>. When not set it is derived from the regex (literals kept, the first
        /// capturing group replaced by the value). Not part of the request; an analyzer checks that the regex finds it.
        /// </summary>
        public string? Format { get; set; }

        /// <summary>
        /// When set, the metric is listed in <c>SupportedTuningJobObjectiveMetrics</c> with this <c>Type</c>, in metric
        /// order and before any <see cref="TuningObjectiveAttribute"/>.
        /// </summary>
        public ObjectiveType TuningObjective { get; set; }
    }

    /// <summary>
    /// Lists a tuning objective (<c>TrainingSpecification.SupportedTuningJobObjectiveMetrics</c>) on its own: for an
    /// order other than the metrics', or a metric name with no <see cref="MetricAttribute"/> (which AG0203 reports).
    /// Objectives are listed after those of <see cref="MetricAttribute.TuningObjective"/>, in declaration order.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class TuningObjectiveAttribute : Attribute
    {
        /// <summary>Lists metric <paramref name="metricName"/> as a tuning objective.</summary>
        /// <param name="type"><c>Type</c>: whether tuning minimizes or maximizes the metric.</param>
        /// <param name="metricName"><c>MetricName</c>: 1–255 characters, a metric the training specification declares.</param>
        public TuningObjectiveAttribute(ObjectiveType type, string metricName)
        {
            Type = type;
            MetricName = metricName;
        }

        /// <summary><c>Type</c>.</summary>
        public ObjectiveType Type { get; }

        /// <summary><c>MetricName</c>.</summary>
        public string MetricName { get; }
    }

    /// <summary>Where <see cref="SupportedInstanceTypesAttribute"/> applies its list.</summary>
    [Flags]
    public enum InstanceTypeUse
    {
        /// <summary><c>TrainingSpecification.SupportedTrainingInstanceTypes</c>.</summary>
        Training = 1,

        /// <summary><c>InferenceSpecification.SupportedTransformInstanceTypes</c>.</summary>
        Transform = 2,

        /// <summary><c>InferenceSpecification.SupportedRealtimeInferenceInstanceTypes</c>.</summary>
        RealtimeInference = 4,

        /// <summary>All three lists.</summary>
        All = Training | Transform | RealtimeInference,
    }

    /// <summary>
    /// One instance-type list for several uses (attribute arguments can't share an array): for example
    /// <c>[SupportedInstanceTypes(InstanceTypeUse.All, "ml.m5.large", "ml.g5.xlarge")]</c> sets the training, transform
    /// and real-time lists. A list set on <see cref="AlgorithmAttribute"/> or <see cref="InferenceSpecificationAttribute"/>
    /// wins over this one (AG0908 reports the conflict); the inference lists need an inference specification.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class SupportedInstanceTypesAttribute : Attribute
    {
        /// <summary>Sets the lists named by <paramref name="uses"/> to <paramref name="instanceTypes"/>, in this order.</summary>
        /// <param name="uses">Which lists this is.</param>
        /// <param name="instanceTypes">The instance types, for example <see cref="TrainingInstanceTypes.MlM5_Large"/>.</param>
        public SupportedInstanceTypesAttribute(InstanceTypeUse uses, params string[] instanceTypes)
        {
            Uses = uses;
            InstanceTypes = instanceTypes;
        }

        /// <summary>Which lists this is.</summary>
        public InstanceTypeUse Uses { get; }

        /// <summary>The instance types.</summary>
        public string[] InstanceTypes { get; }
    }

    /// <summary>Adds a tag (<c>Tags</c>, at most 50, keys unique).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class TagAttribute : Attribute
    {
        /// <summary>Adds tag <paramref name="key"/> = <paramref name="value"/>.</summary>
        /// <param name="key"><c>Key</c>: 1–128 characters of letters, digits, spaces and <c>_.:/=+-@</c>.</param>
        /// <param name="value"><c>Value</c>: at most 256 characters of the same set.</param>
        public TagAttribute(string key, string value)
        {
            Key = key;
            Value = value;
        }

        /// <summary><c>Key</c>.</summary>
        public string Key { get; }

        /// <summary><c>Value</c>.</summary>
        public string Value { get; }
    }

    /// <summary>Which structure an <see cref="AdditionalS3DataSourceAttribute"/> belongs to.</summary>
    public enum DataSourceOwner
    {
        /// <summary><c>TrainingSpecification.AdditionalS3DataSource</c> (the default).</summary>
        TrainingSpecification,

        /// <summary><c>InferenceSpecification.Containers[].AdditionalS3DataSource</c>.</summary>
        InferenceContainer,
    }

    /// <summary>
    /// Declares an additional S3 data source (<c>AdditionalS3DataSource</c>) of the training specification or, with
    /// <see cref="Owner"/> or <see cref="Container"/>, of an inference container.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class AdditionalS3DataSourceAttribute : Attribute
    {
        /// <summary>Declares the data source.</summary>
        /// <param name="s3DataType"><c>S3DataType</c>.</param>
        /// <param name="s3Uri"><c>S3Uri</c>: <c>s3://</c> or <c>https://</c>, at most 1024 characters.</param>
        public AdditionalS3DataSourceAttribute(S3ObjectDataType s3DataType, string s3Uri)
        {
            S3DataType = s3DataType;
            S3Uri = s3Uri;
        }

        /// <summary><c>S3DataType</c>.</summary>
        public S3ObjectDataType S3DataType { get; }

        /// <summary><c>S3Uri</c>.</summary>
        public string S3Uri { get; }

        /// <summary><c>CompressionType</c>.</summary>
        public CompressionType CompressionType { get; set; }

        /// <summary><c>ETag</c>.</summary>
        public string? ETag { get; set; }

        /// <summary>
        /// Whether this is the training specification's source (the default) or an inference container's. With one
        /// container, <c>Owner = DataSourceOwner.InferenceContainer</c> is enough; with several, set <see cref="Container"/>.
        /// </summary>
        public DataSourceOwner Owner { get; set; }

        /// <summary>The <see cref="InferenceContainerAttribute.Id"/> of the container this source belongs to (implies <see cref="Owner"/> <c>InferenceContainer</c>).</summary>
        public string? Container { get; set; }
    }
}
