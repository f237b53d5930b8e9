#nullable enable
using System.Collections.Generic;

namespace AlgorithmGen.Rules
{
    /// <summary>
    /// Every rule AlgorithmGen enforces, written once. IDs are grouped by area and never reused:
    /// AG00xx service-model constraints, AG01xx hyperparameters, AG02xx channels and metrics, AG03xx the validation
    /// profile, AG04xx inference, marketplace and tags, AG09xx AlgorithmGen's own usage rules.
    /// </summary>
    public static class RuleCatalog
    {
        /// <summary>Area of the service model's constraints.</summary>
        public const string ConstraintsArea = "AlgorithmGen.Constraints";
        /// <summary>Area of hyperparameter rules.</summary>
        public const string HyperParametersArea = "AlgorithmGen.HyperParameters";
        /// <summary>Area of channel, metric and tuning rules.</summary>
        public const string ChannelsAndMetricsArea = "AlgorithmGen.ChannelsAndMetrics";
        /// <summary>Area of validation-profile rules.</summary>
        public const string ValidationArea = "AlgorithmGen.Validation";
        /// <summary>Area of inference, marketplace and tag rules.</summary>
        public const string InferenceArea = "AlgorithmGen.Inference";
        /// <summary>Area of AlgorithmGen's own usage rules.</summary>
        public const string UsageArea = "AlgorithmGen.Usage";

        // --- AG00xx: the service model's constraints (botocore leaves all but 'required' and 'min' to the service) ---

        /// <summary>A required member is missing.</summary>
        public static readonly Rule RequiredMember = new Rule("AG0001", RuleSeverity.Error, ConstraintsArea, "A required member is missing");
        /// <summary>A string is shorter or longer than the service allows.</summary>
        public static readonly Rule Length = new Rule("AG0002", RuleSeverity.Error, ConstraintsArea, "A value's length is out of bounds");
        /// <summary>A string does not match the member's whole-value pattern.</summary>
        public static readonly Rule Pattern = new Rule("AG0003", RuleSeverity.Error, ConstraintsArea, "A value does not match the member's pattern", isFixable: true);
        /// <summary>A value is not one of the member's enum values.</summary>
        public static readonly Rule EnumValue = new Rule("AG0004", RuleSeverity.Error, ConstraintsArea, "A value is not one of the allowed values");
        /// <summary>A list or map has too few or too many items.</summary>
        public static readonly Rule ItemCount = new Rule("AG0005", RuleSeverity.Error, ConstraintsArea, "A list or map has too few or too many items");
        /// <summary>A number is out of the member's bounds.</summary>
        public static readonly Rule NumberRange = new Rule("AG0006", RuleSeverity.Error, ConstraintsArea, "A number is out of bounds");
        /// <summary>An instance type the shipped service model does not know (likely new, possibly misspelt).</summary>
        public static readonly Rule UnknownInstanceType = new Rule("AG0007", RuleSeverity.Warning, ConstraintsArea, "An instance type is not in the known list");

        // --- AG01xx: hyperparameters ---

        /// <summary>"If a default value is specified, a hyperparameter cannot be required."</summary>
        public static readonly Rule RequiredWithDefault = new Rule("AG0101", RuleSeverity.Warning, HyperParametersArea, "A required hyperparameter has a default value", isFixable: true);
        /// <summary>Hyperparameter names must be unique.</summary>
        public static readonly Rule DuplicateHyperParameter = new Rule("AG0102", RuleSeverity.Error, HyperParametersArea, "Hyperparameter names must be unique");
        /// <summary>The range kind should agree with the type (Integer/Continuous/Categorical; FreeText has none); the service does not link them, tools ignore a mismatched range.</summary>
        public static readonly Rule RangeKindMismatch = new Rule("AG0103", RuleSeverity.Warning, HyperParametersArea, "The range does not match the hyperparameter type");
        /// <summary>MinValue must not exceed MaxValue.</summary>
        public static readonly Rule MinGreaterThanMax = new Rule("AG0104", RuleSeverity.Error, HyperParametersArea, "MinValue is greater than MaxValue", isFixable: true);
        /// <summary>Range bounds must parse as the type (a missing bound is AG0001).</summary>
        public static readonly Rule InvalidRangeBound = new Rule("AG0105", RuleSeverity.Error, HyperParametersArea, "A range bound is not a valid value of the type");
        /// <summary>The default must parse as the type and lie in the range or among the values.</summary>
        public static readonly Rule InvalidDefault = new Rule("AG0106", RuleSeverity.Error, HyperParametersArea, "The default value is not valid for the hyperparameter");
        /// <summary>A tunable hyperparameter needs a range and cannot be FreeText (tuning jobs have nothing to vary).</summary>
        public static readonly Rule TunableWithoutRange = new Rule("AG0107", RuleSeverity.Warning, HyperParametersArea, "A tunable hyperparameter needs a range and a non-FreeText type", isFixable: true);
        /// <summary>Categorical values should be distinct.</summary>
        public static readonly Rule DuplicateCategoricalValue = new Rule("AG0108", RuleSeverity.Warning, HyperParametersArea, "A categorical value is listed twice");

        // --- AG02xx: channels, metrics, tuning ---

        /// <summary>Channel names must be unique.</summary>
        public static readonly Rule DuplicateChannel = new Rule("AG0201", RuleSeverity.Error, ChannelsAndMetricsArea, "Channel names must be unique");
        /// <summary>Metric names must be unique.</summary>
        public static readonly Rule DuplicateMetric = new Rule("AG0202", RuleSeverity.Error, ChannelsAndMetricsArea, "Metric names must be unique");
        /// <summary>A tuning objective must name a declared metric (possible only in requests built at run time: [Metric] declares both).</summary>
        public static readonly Rule UndeclaredObjectiveMetric = new Rule("AG0203", RuleSeverity.Error, ChannelsAndMetricsArea, "A tuning objective names an undeclared metric");
        /// <summary>A metric regex should compile and capture the value in a group, or the service records no value.</summary>
        public static readonly Rule InvalidMetricRegex = new Rule("AG0204", RuleSeverity.Warning, ChannelsAndMetricsArea, "A metric regex does not compile or has no capturing group");
        /// <summary>Tuning objectives need tunable hyperparameters ("required if the algorithm supports automatic model tuning").</summary>
        public static readonly Rule ObjectivesWithoutTunableHyperParameters = new Rule("AG0205", RuleSeverity.Warning, ChannelsAndMetricsArea, "Tuning objectives are declared but no hyperparameter is tunable");
        /// <summary>Names the container sees as environment variables (SM_CHANNEL_*, SM_HP_*) should be valid variable names.</summary>
        public static readonly Rule NotAnEnvironmentVariableName = new Rule("AG0206", RuleSeverity.Info, ChannelsAndMetricsArea, "A name can't be an environment variable name in the container");
        /// <summary>The line a metric's generated method writes (its Format, or the one derived from its regex) must give the value back through the regex.</summary>
        public static readonly Rule MetricLineMismatch = new Rule("AG0207", RuleSeverity.Warning, ChannelsAndMetricsArea, "A metric's regex does not read back the line its method writes");
        /// <summary>A tuning job may vary only hyperparameters declared tunable, with the range kind of their type (possible only in jobs built at run time).</summary>
        public static readonly Rule RangeNotTunable = new Rule("AG0208", RuleSeverity.Error, ChannelsAndMetricsArea, "A tuning job varies a hyperparameter that is not tunable, or with the wrong kind of range");

        // --- AG03xx: the validation profile ---

        /// <summary>The validation training job uses a channel the training specification does not declare.</summary>
        public static readonly Rule UndeclaredValidationChannel = new Rule("AG0301", RuleSeverity.Error, ValidationArea, "The validation job uses an undeclared channel", isFixable: true);
        /// <summary>The validation training job sets a hyperparameter the training specification does not declare.</summary>
        public static readonly Rule UndeclaredValidationHyperParameter = new Rule("AG0302", RuleSeverity.Error, ValidationArea, "The validation job sets an undeclared hyperparameter");
        /// <summary>The validation training job omits a required hyperparameter or channel.</summary>
        public static readonly Rule MissingRequiredInValidation = new Rule("AG0303", RuleSeverity.Error, ValidationArea, "The validation job omits a required hyperparameter or channel");
        /// <summary>The validation job's content type, input mode or instance type is not one the algorithm supports.</summary>
        public static readonly Rule UnsupportedInValidation = new Rule("AG0304", RuleSeverity.Error, ValidationArea, "The validation job uses an unsupported content type, input mode or instance type");
        /// <summary>SupportsDistributedTraining=false allows one instance only.</summary>
        public static readonly Rule DistributedTrainingNotSupported = new Rule("AG0305", RuleSeverity.Error, ValidationArea, "More than one instance without distributed training support", isFixable: true);
        /// <summary>CompressionType, RecordWrapperType and AugmentedManifestFile apply in Pipe mode only.</summary>
        public static readonly Rule PipeOnlyMember = new Rule("AG0306", RuleSeverity.Warning, ValidationArea, "A Pipe-only setting is used in another input mode", isFixable: true);
        /// <summary>MaxWaitTimeInSeconds must be at least MaxRuntimeInSeconds.</summary>
        public static readonly Rule WaitShorterThanRuntime = new Rule("AG0307", RuleSeverity.Error, ValidationArea, "MaxWaitTimeInSeconds is less than MaxRuntimeInSeconds", isFixable: true);
        /// <summary>A VolumeKmsKeyId is refused on instance types with local NVMe storage.</summary>
        public static readonly Rule VolumeKmsKeyOnLocalStorage = new Rule("AG0308", RuleSeverity.Error, ValidationArea, "VolumeKmsKeyId on an instance type with local storage", isFixable: true);
        /// <summary>A validation hyperparameter value must be valid for the declared hyperparameter.</summary>
        public static readonly Rule InvalidValidationHyperParameterValue = new Rule("AG0309", RuleSeverity.Error, ValidationArea, "A validation hyperparameter value is not valid for its declaration");
        /// <summary>A transform job needs an inference specification, and AugmentedManifestFile is not transform input.</summary>
        public static readonly Rule InvalidTransformJob = new Rule("AG0310", RuleSeverity.Error, ValidationArea, "The validation transform job does not fit the inference specification");
        /// <summary>"The maximum value is 28 days" (MaxRuntimeInSeconds); a transform job's instance count "maximum is 100".</summary>
        public static readonly Rule ValidationLimitExceeded = new Rule("AG0311", RuleSeverity.Error, ValidationArea, "A validation job exceeds a documented limit", isFixable: true);

        // --- AG04xx: inference, marketplace, tags ---

        /// <summary>CertifyForMarketplace without a validation or inference specification.</summary>
        public static readonly Rule MarketplaceWithoutSpecifications = new Rule("AG0401", RuleSeverity.Warning, InferenceArea, "CertifyForMarketplace needs validation and inference specifications");
        /// <summary>Tag keys must be unique.</summary>
        public static readonly Rule DuplicateTagKey = new Rule("AG0402", RuleSeverity.Error, InferenceArea, "Tag keys must be unique");
        /// <summary>Tag keys starting with "aws:" are reserved.</summary>
        public static readonly Rule ReservedTagKey = new Rule("AG0403", RuleSeverity.Error, InferenceArea, "Tag keys starting with 'aws:' are reserved");
        /// <summary>ModelDataUrl "must point to a single gzip compressed tar archive (.tar.gz suffix)".</summary>
        public static readonly Rule ModelDataNotTarGz = new Rule("AG0404", RuleSeverity.Warning, InferenceArea, "ModelDataUrl does not point to a .tar.gz archive");
        /// <summary>An inference handler answers with a literal content type the algorithm's SupportedResponseMIMETypes does not declare (the serving host would answer 500).</summary>
        public static readonly Rule UndeclaredResponseType = new Rule("AG0405", RuleSeverity.Warning, InferenceArea, "An inference handler answers with a content type the algorithm does not declare");

        // --- AG09xx: AlgorithmGen's own usage rules ---

        /// <summary>An [Algorithm] class (and its containing types) must be partial, non-generic classes.</summary>
        public static readonly Rule NotPartial = new Rule("AG0901", RuleSeverity.Error, UsageArea, "An [Algorithm] class must be a partial, non-generic class", isFixable: true);
        /// <summary>A [HyperParameter] property must have a supported type.</summary>
        public static readonly Rule UnsupportedHyperParameterType = new Rule("AG0902", RuleSeverity.Error, UsageArea, "The hyperparameter's property type is not supported");
        /// <summary>A hyperparameter's initializer must be a constant to become the default.</summary>
        public static readonly Rule NonConstantDefault = new Rule("AG0903", RuleSeverity.Warning, UsageArea, "The initializer is not a constant, so it is not the default");
        /// <summary>Algorithm names must be unique within a project.</summary>
        public static readonly Rule DuplicateAlgorithmName = new Rule("AG0904", RuleSeverity.Error, UsageArea, "Two algorithms in the project have the same name");
        /// <summary>A part names a container or profile that is not declared, or is ambiguous.</summary>
        public static readonly Rule UnknownReference = new Rule("AG0905", RuleSeverity.Error, UsageArea, "The container or profile this attribute refers to is not declared");
        /// <summary>A "KEY=value" entry is malformed or repeats a key.</summary>
        public static readonly Rule MalformedMapEntry = new Rule("AG0906", RuleSeverity.Error, UsageArea, "A \"KEY=value\" entry is malformed or repeats a key");
        /// <summary>A validation input must set exactly one data source.</summary>
        public static readonly Rule DataSourceCount = new Rule("AG0907", RuleSeverity.Error, UsageArea, "A validation input must set exactly one data source");
        /// <summary>AlgorithmGen attributes on a class without [Algorithm], or a [HyperParameter] that can't be bound.</summary>
        public static readonly Rule OrphanAttribute = new Rule("AG0908", RuleSeverity.Warning, UsageArea, "The attribute has no effect here");
        /// <summary>Generated members would clash with members the class declares.</summary>
        public static readonly Rule GeneratedMemberConflict = new Rule("AG0909", RuleSeverity.Error, UsageArea, "The class declares a member the generator needs");
        /// <summary>The generator or an analyzer threw: a bug in AlgorithmGen, reported instead of swallowed. A warning, like CS8785 and AD0001.</summary>
        public static readonly Rule InternalError = new Rule("AG0999", RuleSeverity.Warning, UsageArea, "AlgorithmGen failed internally");

        /// <summary>All rules, by ID.</summary>
        public static IReadOnlyList<Rule> All { get; } = new[]
        {
            RequiredMember, Length, Pattern, EnumValue, ItemCount, NumberRange, UnknownInstanceType,
            RequiredWithDefault, DuplicateHyperParameter, RangeKindMismatch, MinGreaterThanMax, InvalidRangeBound, InvalidDefault, TunableWithoutRange, DuplicateCategoricalValue,
            DuplicateChannel, DuplicateMetric, UndeclaredObjectiveMetric, InvalidMetricRegex, ObjectivesWithoutTunableHyperParameters, NotAnEnvironmentVariableName, MetricLineMismatch, RangeNotTunable,
            UndeclaredValidationChannel, UndeclaredValidationHyperParameter, MissingRequiredInValidation, UnsupportedInValidation, DistributedTrainingNotSupported, PipeOnlyMember, WaitShorterThanRuntime, VolumeKmsKeyOnLocalStorage, InvalidValidationHyperParameterValue, InvalidTransformJob, ValidationLimitExceeded,
            MarketplaceWithoutSpecifications, DuplicateTagKey, ReservedTagKey, ModelDataNotTarGz, UndeclaredResponseType,
            NotPartial, UnsupportedHyperParameterType, NonConstantDefault, DuplicateAlgorithmName, UnknownReference, MalformedMapEntry, DataSourceCount, OrphanAttribute, GeneratedMemberConflict, InternalError,
        };
    }
}
