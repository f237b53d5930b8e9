using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AlgorithmGen.Tool.Exporting
{
    /// <summary>
    /// The members of a CreateAlgorithm request that an infrastructure-as-code resource can hold, as paths
    /// (<c>A.B[].C</c>, <c>[]</c> for the items of a list) in the resource's own spelling. A member is expressible when
    /// its path, or a path below it, is listed; the exporters leave out and report every other member, so nothing is
    /// lost silently when the service has members the resource does not.
    /// </summary>
    internal sealed class ResourceSchema
    {
        private readonly HashSet<string> _paths;
        private readonly HashSet<string> _prefixes;

        private ResourceSchema(string resourceType, string source, Func<string, string> spell, string paths)
        {
            ResourceType = resourceType;
            Source = source;
            Spell = spell;
            _paths = new HashSet<string>(paths.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0), StringComparer.Ordinal);
            _prefixes = new HashSet<string>(StringComparer.Ordinal);
            foreach (string path in _paths)
            {
                for (int i = 0; i < path.Length; i++)
                {
                    if (path[i] == '.' || path[i] == '[')
                    {
                        _prefixes.Add(path.Substring(0, i));
                    }
                }
            }
        }

        /// <summary>The resource type, e.g. <c>AWS::SageMaker::Algorithm</c>.</summary>
        public string ResourceType { get; }

        /// <summary>Where the list of members comes from.</summary>
        public string Source { get; }

        /// <summary>The resource's name for an API member name.</summary>
        public Func<string, string> Spell { get; }

        /// <summary>Whether the member at <paramref name="path"/> (resource spelling, list items as <c>[]</c>) can be held.</summary>
        public bool Holds(string path) => _paths.Contains(path) || _prefixes.Contains(path);

        /// <summary>
        /// <c>AWS::SageMaker::Algorithm</c>: the API's own member names; no <c>ValidationSpecification</c>, no
        /// additional S3 data sources, and a container without model data, product id or base model.
        /// </summary>
        public static readonly ResourceSchema CloudFormation = new(
            "AWS::SageMaker::Algorithm",
            "the AWS::SageMaker::Algorithm resource schema of the CloudFormation registry",
            name => name,
            @"
AlgorithmName
AlgorithmDescription
CertifyForMarketplace
Tags[].Key
Tags[].Value
TrainingSpecification.TrainingImage
TrainingSpecification.TrainingImageDigest
TrainingSpecification.SupportedHyperParameters[].Name
TrainingSpecification.SupportedHyperParameters[].Description
TrainingSpecification.SupportedHyperParameters[].Type
TrainingSpecification.SupportedHyperParameters[].Range.IntegerParameterRangeSpecification.MinValue
TrainingSpecification.SupportedHyperParameters[].Range.IntegerParameterRangeSpecification.MaxValue
TrainingSpecification.SupportedHyperParameters[].Range.ContinuousParameterRangeSpecification.MinValue
TrainingSpecification.SupportedHyperParameters[].Range.ContinuousParameterRangeSpecification.MaxValue
TrainingSpecification.SupportedHyperParameters[].Range.CategoricalParameterRangeSpecification.Values[]
TrainingSpecification.SupportedHyperParameters[].IsTunable
TrainingSpecification.SupportedHyperParameters[].IsRequired
TrainingSpecification.SupportedHyperParameters[].DefaultValue
TrainingSpecification.SupportedTrainingInstanceTypes[]
TrainingSpecification.SupportsDistributedTraining
TrainingSpecification.MetricDefinitions[].Name
TrainingSpecification.MetricDefinitions[].Regex
TrainingSpecification.TrainingChannels[].Name
TrainingSpecification.TrainingChannels[].Description
TrainingSpecification.TrainingChannels[].IsRequired
TrainingSpecification.TrainingChannels[].SupportedContentTypes[]
TrainingSpecification.TrainingChannels[].SupportedCompressionTypes[]
TrainingSpecification.TrainingChannels[].SupportedInputModes[]
TrainingSpecification.SupportedTuningJobObjectiveMetrics[].Type
TrainingSpecification.SupportedTuningJobObjectiveMetrics[].MetricName
InferenceSpecification.Containers[].ContainerHostname
InferenceSpecification.Containers[].Image
InferenceSpecification.Containers[].ImageDigest
InferenceSpecification.Containers[].Environment
InferenceSpecification.Containers[].ModelInput.DataInputConfig
InferenceSpecification.Containers[].Framework
InferenceSpecification.Containers[].FrameworkVersion
InferenceSpecification.Containers[].NearestModelName
InferenceSpecification.Containers[].IsCheckpoint
InferenceSpecification.SupportedTransformInstanceTypes[]
InferenceSpecification.SupportedRealtimeInferenceInstanceTypes[]
InferenceSpecification.SupportedContentTypes[]
InferenceSpecification.SupportedResponseMIMETypes[]
");

        /// <summary>
        /// Terraform's <c>aws_sagemaker_algorithm</c> (hashicorp/aws provider): snake_case names, every member of the
        /// request except a container's <c>AdditionalModelDataSources</c> and a data source's <c>DatasetSource</c>.
        /// </summary>
        public static readonly ResourceSchema Terraform = new(
            "aws_sagemaker_algorithm",
            "the aws_sagemaker_algorithm documentation of the hashicorp/aws Terraform provider",
            SnakeCase,
            @"
algorithm_name
algorithm_description
certify_for_marketplace
tags
training_specification.training_image
training_specification.training_image_digest
training_specification.supported_hyper_parameters[].name
training_specification.supported_hyper_parameters[].description
training_specification.supported_hyper_parameters[].type
training_specification.supported_hyper_parameters[].range.integer_parameter_range_specification.min_value
training_specification.supported_hyper_parameters[].range.integer_parameter_range_specification.max_value
training_specification.supported_hyper_parameters[].range.continuous_parameter_range_specification.min_value
training_specification.supported_hyper_parameters[].range.continuous_parameter_range_specification.max_value
training_specification.supported_hyper_parameters[].range.categorical_parameter_range_specification.values[]
training_specification.supported_hyper_parameters[].is_tunable
training_specification.supported_hyper_parameters[].is_required
training_specification.supported_hyper_parameters[].default_value
training_specification.supported_training_instance_types[]
training_specification.supports_distributed_training
training_specification.metric_definitions[].name
training_specification.metric_definitions[].regex
training_specification.training_channels[].name
training_specification.training_channels[].description
training_specification.training_channels[].is_required
training_specification.training_channels[].supported_content_types[]
training_specification.training_channels[].supported_compression_types[]
training_specification.training_channels[].supported_input_modes[]
training_specification.supported_tuning_job_objective_metrics[].type
training_specification.supported_tuning_job_objective_metrics[].metric_name
training_specification.additional_s3_data_source.s3_data_type
training_specification.additional_s3_data_source.s3_uri
training_specification.additional_s3_data_source.compression_type
training_specification.additional_s3_data_source.etag
inference_specification.containers[].container_hostname
inference_specification.containers[].image
inference_specification.containers[].image_digest
inference_specification.containers[].model_data_url
inference_specification.containers[].model_data_source.s3_data_source.s3_uri
inference_specification.containers[].model_data_source.s3_data_source.s3_data_type
inference_specification.containers[].model_data_source.s3_data_source.compression_type
inference_specification.containers[].model_data_source.s3_data_source.model_access_config.accept_eula
inference_specification.containers[].model_data_source.s3_data_source.hub_access_config.hub_content_arn
inference_specification.containers[].model_data_source.s3_data_source.manifest_s3_uri
inference_specification.containers[].model_data_source.s3_data_source.etag
inference_specification.containers[].model_data_source.s3_data_source.manifest_etag
inference_specification.containers[].product_id
inference_specification.containers[].environment
inference_specification.containers[].model_input.data_input_config
inference_specification.containers[].framework
inference_specification.containers[].framework_version
inference_specification.containers[].nearest_model_name
inference_specification.containers[].additional_s3_data_source.s3_data_type
inference_specification.containers[].additional_s3_data_source.s3_uri
inference_specification.containers[].additional_s3_data_source.compression_type
inference_specification.containers[].additional_s3_data_source.etag
inference_specification.containers[].model_data_etag
inference_specification.containers[].is_checkpoint
inference_specification.containers[].base_model.hub_content_name
inference_specification.containers[].base_model.hub_content_version
inference_specification.containers[].base_model.recipe_name
inference_specification.supported_transform_instance_types[]
inference_specification.supported_realtime_inference_instance_types[]
inference_specification.supported_content_types[]
inference_specification.supported_response_mime_types[]
validation_specification.validation_role
validation_specification.validation_profiles[].profile_name
validation_specification.validation_profiles[].training_job_definition.training_input_mode
validation_specification.validation_profiles[].training_job_definition.hyper_parameters
validation_specification.validation_profiles[].training_job_definition.input_data_config[].channel_name
validation_specification.validation_profiles[].training_job_definition.input_data_config[].data_source.s3_data_source.s3_data_type
validation_specification.validation_profiles[].training_job_definition.input_data_config[].data_source.s3_data_source.s3_uri
validation_specification.validation_profiles[].training_job_definition.input_data_config[].data_source.s3_data_source.s3_data_distribution_type
validation_specification.validation_profiles[].training_job_definition.input_data_config[].data_source.s3_data_source.attribute_names[]
validation_specification.validation_profiles[].training_job_definition.input_data_config[].data_source.s3_data_source.instance_group_names[]
validation_specification.validation_profiles[].training_job_definition.input_data_config[].data_source.s3_data_source.model_access_config.accept_eula
validation_specification.validation_profiles[].training_job_definition.input_data_config[].data_source.s3_data_source.hub_access_config.hub_content_arn
validation_specification.validation_profiles[].training_job_definition.input_data_config[].data_source.file_system_data_source.file_system_id
validation_specification.validation_profiles[].training_job_definition.input_data_config[].data_source.file_system_data_source.file_system_access_mode
validation_specification.validation_profiles[].training_job_definition.input_data_config[].data_source.file_system_data_source.file_system_type
validation_specification.validation_profiles[].training_job_definition.input_data_config[].data_source.file_system_data_source.directory_path
validation_specification.validation_profiles[].training_job_definition.input_data_config[].content_type
validation_specification.validation_profiles[].training_job_definition.input_data_config[].compression_type
validation_specification.validation_profiles[].training_job_definition.input_data_config[].record_wrapper_type
validation_specification.validation_profiles[].training_job_definition.input_data_config[].input_mode
validation_specification.validation_profiles[].training_job_definition.input_data_config[].shuffle_config.seed
validation_specification.validation_profiles[].training_job_definition.output_data_config.kms_key_id
validation_specification.validation_profiles[].training_job_definition.output_data_config.s3_output_path
validation_specification.validation_profiles[].training_job_definition.output_data_config.compression_type
validation_specification.validation_profiles[].training_job_definition.resource_config.instance_type
validation_specification.validation_profiles[].training_job_definition.resource_config.instance_count
validation_specification.validation_profiles[].training_job_definition.resource_config.volume_size_in_gb
validation_specification.validation_profiles[].training_job_definition.resource_config.volume_kms_key_id
validation_specification.validation_profiles[].training_job_definition.resource_config.keep_alive_period_in_seconds
validation_specification.validation_profiles[].training_job_definition.resource_config.instance_groups[].instance_type
validation_specification.validation_profiles[].training_job_definition.resource_config.instance_groups[].instance_count
validation_specification.validation_profiles[].training_job_definition.resource_config.instance_groups[].instance_group_name
validation_specification.validation_profiles[].training_job_definition.resource_config.training_plan_arn
validation_specification.validation_profiles[].training_job_definition.resource_config.instance_placement_config.enable_multiple_jobs
validation_specification.validation_profiles[].training_job_definition.resource_config.instance_placement_config.placement_specifications[].ultra_server_id
validation_specification.validation_profiles[].training_job_definition.resource_config.instance_placement_config.placement_specifications[].instance_count
validation_specification.validation_profiles[].training_job_definition.stopping_condition.max_runtime_in_seconds
validation_specification.validation_profiles[].training_job_definition.stopping_condition.max_wait_time_in_seconds
validation_specification.validation_profiles[].training_job_definition.stopping_condition.max_pending_time_in_seconds
validation_specification.validation_profiles[].transform_job_definition.max_concurrent_transforms
validation_specification.validation_profiles[].transform_job_definition.max_payload_in_mb
validation_specification.validation_profiles[].transform_job_definition.batch_strategy
validation_specification.validation_profiles[].transform_job_definition.environment
validation_specification.validation_profiles[].transform_job_definition.transform_input.data_source.s3_data_source.s3_data_type
validation_specification.validation_profiles[].transform_job_definition.transform_input.data_source.s3_data_source.s3_uri
validation_specification.validation_profiles[].transform_job_definition.transform_input.content_type
validation_specification.validation_profiles[].transform_job_definition.transform_input.compression_type
validation_specification.validation_profiles[].transform_job_definition.transform_input.split_type
validation_specification.validation_profiles[].transform_job_definition.transform_output.s3_output_path
validation_specification.validation_profiles[].transform_job_definition.transform_output.accept
validation_specification.validation_profiles[].transform_job_definition.transform_output.assemble_with
validation_specification.validation_profiles[].transform_job_definition.transform_output.kms_key_id
validation_specification.validation_profiles[].transform_job_definition.transform_resources.instance_type
validation_specification.validation_profiles[].transform_job_definition.transform_resources.instance_count
validation_specification.validation_profiles[].transform_job_definition.transform_resources.volume_kms_key_id
validation_specification.validation_profiles[].transform_job_definition.transform_resources.transform_ami_version
");

        /// <summary>
        /// The Terraform provider's spelling of an API member: words split at case changes, digits kept with the
        /// letters before them (<c>S3Uri</c> → <c>s3_uri</c>, <c>VolumeSizeInGB</c> → <c>volume_size_in_gb</c>,
        /// <c>SupportedResponseMIMETypes</c> → <c>supported_response_mime_types</c>), and <c>ETag</c> as one word.
        /// </summary>
        public static string SnakeCase(string name)
        {
            string text = name.Replace("ETag", "Etag");
            var result = new StringBuilder(text.Length + 8);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsUpper(c) && i > 0)
                {
                    char previous = text[i - 1];
                    bool nextIsLower = i + 1 < text.Length && char.IsLower(text[i + 1]);
                    // A word starts at an upper-case letter after a lower-case letter or digit, or at the last
                    // capital of an acronym that a lower-case word follows (MIMETypes → MIME, Types).
                    if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                    {
                        result.Append('_');
                    }
                }

                result.Append(char.ToLowerInvariant(c));
            }

            return result.ToString();
        }
    }
}
