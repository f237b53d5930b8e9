#nullable enable
using System.Globalization;

namespace AlgorithmGen.Rules
{
    /// <summary>One way a rule can be broken, as a message format: the rule, and the text with placeholders for the specifics.</summary>
    internal sealed class RuleMessage
    {
        public RuleMessage(Rule rule, string format)
        {
            Rule = rule;
            Format = format;
        }

        /// <summary>The rule this message reports.</summary>
        public Rule Rule { get; }

        /// <summary>A composite format (<c>{0}</c>, <c>{1}</c>, ...), filled with invariant culture.</summary>
        public string Format { get; }

        /// <summary>The message with <paramref name="arguments"/> in place.</summary>
        public string Text(params object?[] arguments) => string.Format(CultureInfo.InvariantCulture, Format, arguments);
    }

    /// <summary>Which job is checked: the wording and the advice differ, the rules do not.</summary>
    internal enum JobKind
    {
        /// <summary>The validation profile's training job, written with attributes.</summary>
        ValidationProfile,

        /// <summary>A real training job, as SageMaker hands it to the container or a builder sends it.</summary>
        TrainingJob,
    }

    /// <summary>
    /// A message worded for each kind of job a rule checks: the validation profile's job, written with attributes, and a
    /// real job built at run time or handed to the container. The rule is the same; the wording and the advice differ.
    /// </summary>
    internal sealed class JobRuleMessage
    {
        public JobRuleMessage(Rule rule, string validationProfileFormat, string jobFormat)
        {
            ValidationProfile = new RuleMessage(rule, validationProfileFormat);
            Job = new RuleMessage(rule, jobFormat);
        }

        /// <summary>The wording for the validation profile's job.</summary>
        public RuleMessage ValidationProfile { get; }

        /// <summary>The wording for a real job.</summary>
        public RuleMessage Job { get; }

        /// <summary>The wording for <paramref name="kind"/>.</summary>
        public RuleMessage For(JobKind kind) => kind == JobKind.ValidationProfile ? ValidationProfile : Job;
    }

    /// <summary>
    /// Message formats of the catalogue's rules, next to it: call sites pass the specifics, never build the sentence.
    /// Every rule has at least one; a test keeps it so, and checks that each format uses all its placeholders.
    /// </summary>
    internal static class RuleMessages
    {
        // AG0001
        public static readonly RuleMessage MissingRequiredMember = new(RuleCatalog.RequiredMember, "'{0}' is required; set it.");
        public static readonly RuleMessage NullListItem = new(RuleCatalog.RequiredMember, "A list item is null; remove it or give it a value.");
        public static readonly RuleMessage NullMapValue = new(RuleCatalog.RequiredMember, "The value of '{0}' is null; give it a value (it may be empty).");

        // AG0002: {0} the value's length, {1} the bound.
        public static readonly RuleMessage TooShort = new(RuleCatalog.Length, "Has {0} characters; at least {1} are required.");
        public static readonly RuleMessage TooLong = new(RuleCatalog.Length, "Has {0} characters; at most {1} are allowed.");

        // AG0003: {0} the value (shortened, control characters escaped), {1} the member's shape, {2} the pattern.
        public static readonly RuleMessage PatternMismatch = new(RuleCatalog.Pattern, "'{0}' does not match {1}'s pattern {2}.");

        // AG0004: {1} the member's shape, {2} the allowed values.
        public static readonly RuleMessage NotAnEnumValue = new(RuleCatalog.EnumValue, "'{0}' is not a valid {1}; use one of: {2}.");

        // AG0005: {0} the count, {1} the bound.
        public static readonly RuleMessage TooFewItems = new(RuleCatalog.ItemCount, "Has {0} items; at least {1} are required.");
        public static readonly RuleMessage TooManyItems = new(RuleCatalog.ItemCount, "Has {0} items; at most {1} are allowed.");

        // AG0006: {0} the value, then the bounds the member has.
        public static readonly RuleMessage NumberOutOfRange = new(RuleCatalog.NumberRange, "{0} is out of range; use {1}–{2}.");
        public static readonly RuleMessage NumberBelowMinimum = new(RuleCatalog.NumberRange, "{0} is out of range; use at least {1}.");
        public static readonly RuleMessage NumberAboveMaximum = new(RuleCatalog.NumberRange, "{0} is out of range; use at most {1}.");

        // AG0007: {1} the member's shape, {2} the nearest known instance type.
        public static readonly RuleMessage UnknownInstanceTypeNear = new(RuleCatalog.UnknownInstanceType,
            "'{0}' is not an instance type this version knows ({1}); did you mean '{2}'? Or ignore this if the type is new.");
        public static readonly RuleMessage UnknownInstanceType = new(RuleCatalog.UnknownInstanceType,
            "'{0}' is not an instance type this version knows ({1}); check the spelling, or ignore this if the type is new.");

        // AG0101
        public static readonly RuleMessage RequiredWithDefault = new(RuleCatalog.RequiredWithDefault,
            "Hyperparameter '{0}' is required and also has default value '{1}' (\"If a default value is specified, a hyperparameter cannot be required\"); remove the default or make it optional.");

        // AG0102
        public static readonly RuleMessage DuplicateHyperParameter = new(RuleCatalog.DuplicateHyperParameter, "Hyperparameter '{0}' is declared more than once; give each hyperparameter a unique name.");

        // AG0103: {0} the type, {2} the range kind it has, {3} the type with its article, {4} the range kind it takes.
        public static readonly RuleMessage RangeKindMismatch = new(RuleCatalog.RangeKindMismatch, "{0} hyperparameter '{1}' has a {2}; {3} hyperparameter takes {4}.");

        // AG0104
        public static readonly RuleMessage MinGreaterThanMax = new(RuleCatalog.MinGreaterThanMax, "The range of '{0}' has MinValue {1} greater than MaxValue {2}; swap them.");

        // AG0105: {0} the bound's member, {3} "an integer" or "a number".
        public static readonly RuleMessage InvalidRangeBound = new(RuleCatalog.InvalidRangeBound, "{0} '{1}' of '{2}' is not {3}; write {3}.");

        // AG0106: {1} the type with its article.
        public static readonly RuleMessage InvalidDefault = new(RuleCatalog.InvalidDefault, "The default of '{0}' is not valid for {1} hyperparameter: {2}.");

        // AG0107
        public static readonly RuleMessage TunableFreeText = new(RuleCatalog.TunableWithoutRange,
            "FreeText hyperparameter '{0}' can't be tunable; make it not tunable or give it another type with a range.");
        public static readonly RuleMessage TunableWithoutRange = new(RuleCatalog.TunableWithoutRange,
            "Tunable hyperparameter '{0}' has no range; give it MinValue and MaxValue (or Values), or make it not tunable.");

        // AG0108
        public static readonly RuleMessage DuplicateCategoricalValue = new(RuleCatalog.DuplicateCategoricalValue, "Value '{0}' of '{1}' is listed twice; remove the repeat.");

        // AG0201
        public static readonly RuleMessage DuplicateChannel = new(RuleCatalog.DuplicateChannel, "Channel '{0}' is declared more than once; give each channel a unique name.");

        // AG0202
        public static readonly RuleMessage DuplicateMetric = new(RuleCatalog.DuplicateMetric, "Metric '{0}' is declared more than once; give each metric a unique name.");

        // AG0203
        public static readonly RuleMessage UndeclaredObjectiveMetric = new(RuleCatalog.UndeclaredObjectiveMetric,
            "Tuning objective '{0}' is not one of the metrics the algorithm emits; declare it with [Metric(\"{0}\", regex)].");

        // AG0203 for a tuning job: {1} the declared objectives with their directions.
        public static readonly RuleMessage TuningObjectiveNotDeclared = new(RuleCatalog.UndeclaredObjectiveMetric,
            "Tuning objective '{0}' is not one of the algorithm's tuning objectives (declared: {1}).");
        public static readonly RuleMessage NoTuningObjectiveDeclared = new(RuleCatalog.UndeclaredObjectiveMetric,
            "Tuning objective '{0}' is not one of the algorithm's tuning objectives (the algorithm declares no tuning objective).");
        // {1} the declared direction, {2} the job's.
        public static readonly RuleMessage TuningObjectiveDirection = new(RuleCatalog.UndeclaredObjectiveMetric, "Tuning objective '{0}' is declared to {1}, not {2}; use {1}.");

        // AG0204: {1} what is wrong with it, as a sentence.
        public static readonly RuleMessage InvalidMetricRegex = new(RuleCatalog.InvalidMetricRegex, "The regex of metric '{0}' {1}");

        // AG0205
        public static readonly RuleMessage ObjectivesWithoutTunableHyperParameters = new(RuleCatalog.ObjectivesWithoutTunableHyperParameters,
            "The algorithm offers tuning objectives but no tunable hyperparameter; mark the hyperparameters a tuning job may vary with IsTunable = true.");

        // AG0206: {1} the name in upper case.
        public static readonly RuleMessage ChannelNotAnEnvironmentVariableName = new(RuleCatalog.NotAnEnvironmentVariableName,
            "Channel '{0}' can't be an environment variable name (SM_CHANNEL_{1}); containers that read channels from the environment won't find it. Prefer letters, digits and '_'.");
        public static readonly RuleMessage HyperParameterNotAnEnvironmentVariableName = new(RuleCatalog.NotAnEnvironmentVariableName,
            "Hyperparameter '{0}' can't be an environment variable name (SM_HP_{1}); containers that read hyperparameters from the environment won't find it. Prefer letters, digits and '_'.");

        // AG0207
        public static readonly RuleMessage MetricLineMismatch = new(RuleCatalog.MetricLineMismatch, "Metric '{0}' would not be recorded as written: {1}.");

        // AG0208
        public static readonly RuleMessage RangeOnNonTunable = new(RuleCatalog.RangeNotTunable,
            "Hyperparameter '{0}' is not tunable (IsTunable is false); remove its range and set it in the static hyperparameters.");
        // {1} the type with its article, {2} the range type it takes with its article, {3} the kind of range given.
        public static readonly RuleMessage RangeOfWrongKind = new(RuleCatalog.RangeNotTunable, "Hyperparameter '{0}' is {1} hyperparameter, so it takes {2}, not a {3} range.");
        // {1} the type with its article, {2} the type.
        public static readonly RuleMessage RangeOnUntunableType = new(RuleCatalog.RangeNotTunable,
            "Hyperparameter '{0}' is {1} hyperparameter, so it takes no range (a {2} hyperparameter can't be tuned), not a {3} range.");

        // AG0301
        public static readonly JobRuleMessage UndeclaredChannel = new(RuleCatalog.UndeclaredValidationChannel,
            "The validation job reads channel '{0}', which the training specification does not declare; declare it with [Channel(\"{0}\", ...)] or use a declared channel.",
            "The training job reads channel '{0}', which the training specification does not declare; declare it with [Channel(\"{0}\", ...)] or remove it from the job.");

        // AG0302
        public static readonly JobRuleMessage UndeclaredHyperParameter = new(RuleCatalog.UndeclaredValidationHyperParameter,
            "The validation job sets hyperparameter '{0}', which the training specification does not declare; declare it or remove it.",
            "The training job sets hyperparameter '{0}', which the training specification does not declare; declare it or remove it.");
        // {1} the tunable hyperparameters.
        public static readonly RuleMessage UndeclaredTunedHyperParameter = new(RuleCatalog.UndeclaredValidationHyperParameter,
            "The tuning job varies hyperparameter '{0}', which the training specification does not declare; use one of: {1}.");

        // AG0303
        public static readonly JobRuleMessage MissingRequiredChannel = new(RuleCatalog.MissingRequiredInValidation,
            "Required channel '{0}' gets no input in the validation job; add [ValidationInput(\"{0}\", ...)].",
            "Required channel '{0}' gets no input in the training job; give the job an input channel named '{0}'.");
        public static readonly JobRuleMessage MissingRequiredHyperParameter = new(RuleCatalog.MissingRequiredInValidation,
            "Required hyperparameter '{0}' has no value in the validation job; add \"{0}=<value>\" to its HyperParameters.",
            "Required hyperparameter '{0}' has no value in the training job; set it in the job's HyperParameters.");

        // AG0304: {1} the supported instance types.
        public static readonly JobRuleMessage UnsupportedTrainingInstanceType = new(RuleCatalog.UnsupportedInValidation,
            "The validation job runs on {0}, which is not among the algorithm's SupportedTrainingInstanceTypes ({1}).",
            "The training job runs on {0}, which is not among the algorithm's SupportedTrainingInstanceTypes ({1}).");
        // {0} the group's name, {1} its instance type.
        public static readonly RuleMessage UnsupportedGroupInstanceType = new(RuleCatalog.UnsupportedInValidation,
            "Instance group '{0}' runs on {1}, which is not among the algorithm's SupportedTrainingInstanceTypes.");
        // {0} the channel, {1} the value, {2} the supported values.
        public static readonly RuleMessage UnsupportedContentType = new(RuleCatalog.UnsupportedInValidation, "Channel '{0}' does not support content type '{1}'; use one of: {2}.");
        public static readonly RuleMessage UnsupportedInputMode = new(RuleCatalog.UnsupportedInValidation, "Channel '{0}' does not support input mode {1}; use one of: {2}.");
        public static readonly RuleMessage UnsupportedInheritedInputMode = new(RuleCatalog.UnsupportedInValidation,
            "Channel '{0}' does not support input mode {1} (the job's TrainingInputMode); use one of: {2}.");
        public static readonly RuleMessage UnsupportedCompression = new(RuleCatalog.UnsupportedInValidation, "Channel '{0}' does not support compression {1}; use one of: {2}.");
        // {0} the value, {1} the supported values.
        public static readonly JobRuleMessage UnsupportedTransformContentType = new(RuleCatalog.UnsupportedInValidation,
            "The validation transform job sends {0}, which is not among the algorithm's inference SupportedContentTypes ({1}).",
            "The transform job sends {0}, which is not among the algorithm's inference SupportedContentTypes ({1}).");
        public static readonly JobRuleMessage UnsupportedTransformAccept = new(RuleCatalog.UnsupportedInValidation,
            "The validation transform job accepts {0}, which is not among the algorithm's SupportedResponseMIMETypes ({1}).",
            "The transform job accepts {0}, which is not among the algorithm's SupportedResponseMIMETypes ({1}).");
        public static readonly JobRuleMessage UnsupportedTransformInstanceType = new(RuleCatalog.UnsupportedInValidation,
            "The validation transform job runs on {0}, which is not among the algorithm's SupportedTransformInstanceTypes ({1}).",
            "The transform job runs on {0}, which is not among the algorithm's SupportedTransformInstanceTypes ({1}).");

        // AG0305: {0} the number of instances.
        public static readonly JobRuleMessage DistributedTrainingNotSupported = new(RuleCatalog.DistributedTrainingNotSupported,
            "The validation job asks for {0} instances but the algorithm does not support distributed training; use 1 instance or set SupportsDistributedTraining = true.",
            "The training job asks for {0} instances but the algorithm does not support distributed training; use 1 instance (its SupportsDistributedTraining is false).");

        // AG0306: {0} the value, {1} the channel, {2} the channel's input mode.
        public static readonly RuleMessage CompressionOutsidePipe = new(RuleCatalog.PipeOnlyMember,
            "CompressionType {0} on channel '{1}' is used only in Pipe input mode; in {2} mode leave it unset.");
        public static readonly RuleMessage RecordWrapperOutsidePipe = new(RuleCatalog.PipeOnlyMember,
            "RecordWrapperType {0} on channel '{1}' applies in Pipe input mode only; in {2} mode leave it unset.");
        public static readonly RuleMessage AugmentedManifestOutsidePipe = new(RuleCatalog.PipeOnlyMember,
            "AugmentedManifestFile on channel '{0}' can only be used in Pipe input mode; set the channel's InputMode to Pipe or use S3Prefix/ManifestFile.");

        // AG0307: {0} the wait, {1} the run time.
        public static readonly RuleMessage WaitShorterThanRuntime = new(RuleCatalog.WaitShorterThanRuntime,
            "MaxWaitTimeInSeconds ({0}) must be at least MaxRuntimeInSeconds ({1}): it includes the run time. Raise it to {1} or more.");

        // AG0308: {0} the instance type.
        public static readonly RuleMessage VolumeKmsKeyOnLocalStorage = new(RuleCatalog.VolumeKmsKeyOnLocalStorage,
            "{0} has local NVMe storage, encrypted by the instance; SageMaker refuses a VolumeKmsKeyId there. Remove it or use an EBS-only instance type.");

        // AG0309: {1} the type with its article, {2} what is wrong with the value.
        public static readonly JobRuleMessage InvalidHyperParameterValue = new(RuleCatalog.InvalidValidationHyperParameterValue,
            "The validation job's value for '{0}' is not valid for {1} hyperparameter: {2}.",
            "The training job's value for '{0}' is not valid for {1} hyperparameter: {2}.");
        // AG0309 in the training container: {0} "value" or "declared default", {1} the name, {2} the text, {3} the property type with its article.
        public static readonly RuleMessage InvalidBoundValue = new(RuleCatalog.InvalidValidationHyperParameterValue,
            "The training job's {0} for '{1}' is not valid for its property: '{2}' is not {3}.");
        // {0} the range's member, {2} the type with its article.
        public static readonly RuleMessage InvalidTunedValue = new(RuleCatalog.InvalidValidationHyperParameterValue,
            "The tuning job's {0} for '{1}' is not valid for {2} hyperparameter: {3}.");

        // AG0310
        public static readonly JobRuleMessage NoInferenceSpecification = new(RuleCatalog.InvalidTransformJob,
            "The validation profile has a transform job but the algorithm has no inference specification to run it; add [InferenceSpecification] and an [InferenceContainer].",
            "The algorithm has no inference specification, so no model made from it can run a transform job; add [InferenceSpecification] and an [InferenceContainer].");
        public static readonly RuleMessage AugmentedManifestTransformInput = new(RuleCatalog.InvalidTransformJob,
            "AugmentedManifestFile is not compatible with transform input; use S3Prefix or ManifestFile.");

        // AG0311: {0} the value, {1} the limit.
        public static readonly RuleMessage MaxRuntimeExceeded = new(RuleCatalog.ValidationLimitExceeded,
            "MaxRuntimeInSeconds is {0} seconds; \"the maximum value is 28 days\" ({1} seconds). Lower it.");
        // {0} the number of instances.
        public static readonly JobRuleMessage TooManyTransformInstances = new(RuleCatalog.ValidationLimitExceeded,
            "The validation transform job asks for {0} instances; \"the maximum is 100\". Lower it.",
            "The transform job asks for {0} instances; \"the maximum is 100\". Lower it.");

        // AG0401
        public static readonly RuleMessage MarketplaceWithoutEitherSpecification = new(RuleCatalog.MarketplaceWithoutSpecifications,
            "CertifyForMarketplace is set but the algorithm lacks a validation specification and an inference specification; AWS Marketplace listing needs both. Add them or leave CertifyForMarketplace unset.");
        public static readonly RuleMessage MarketplaceWithoutValidation = new(RuleCatalog.MarketplaceWithoutSpecifications,
            "CertifyForMarketplace is set but the algorithm lacks a validation specification; AWS Marketplace listing needs both. Add them or leave CertifyForMarketplace unset.");
        public static readonly RuleMessage MarketplaceWithoutInference = new(RuleCatalog.MarketplaceWithoutSpecifications,
            "CertifyForMarketplace is set but the algorithm lacks an inference specification; AWS Marketplace listing needs both. Add them or leave CertifyForMarketplace unset.");

        // AG0402
        public static readonly RuleMessage DuplicateTagKey = new(RuleCatalog.DuplicateTagKey, "Tag key '{0}' is used more than once; tag keys must be unique per resource.");

        // AG0403
        public static readonly RuleMessage ReservedTagKey = new(RuleCatalog.ReservedTagKey, "Tag key '{0}' starts with 'aws:', which AWS reserves; choose another key.");

        // AG0404
        public static readonly RuleMessage ModelDataNotTarGz = new(RuleCatalog.ModelDataNotTarGz,
            "ModelDataUrl '{0}' \"must point to a single gzip compressed tar archive (.tar.gz suffix)\"; point it at the model's .tar.gz.");

        // AG0405: {0} the content type, {1} the algorithm's name, {2} its declared response types, {3} its class.
        public static readonly RuleMessage UndeclaredResponseType = new(RuleCatalog.UndeclaredResponseType,
            "'{0}' is not a response type algorithm '{1}' declares (SupportedResponseMIMETypes: {2}); the serving host answers 500 instead of sending it. Use {3}.InferenceResponseTypes, or declare the type in [InferenceSpecification].");
        public static readonly RuleMessage NoResponseTypeDeclared = new(RuleCatalog.UndeclaredResponseType,
            "'{0}' is not a response type algorithm '{1}' declares (SupportedResponseMIMETypes: none); the serving host answers 500 instead of sending it. Use {2}.InferenceResponseTypes, or declare the type in [InferenceSpecification].");

        // AG0901: {1} what is wrong with the class ("is not partial", "is generic", "is not a class"), {2} the advice.
        public static readonly RuleMessage NotPartial = new(RuleCatalog.NotPartial,
            "[Algorithm] class '{0}' {1}; the generator adds members to it, so it must be a non-generic partial class. {2}");
        public static readonly RuleMessage ContainingNotPartial = new(RuleCatalog.NotPartial,
            "'{0}', which contains [Algorithm] class '{1}', {2}; the generator declares the algorithm's members inside it, so it must be a non-generic partial class. {3}");

        // AG0902
        public static readonly RuleMessage UnsupportedHyperParameterType = new(RuleCatalog.UnsupportedHyperParameterType,
            "Hyperparameter '{0}' has type {1}; use an integer, floating-point, bool, enum or string type (hyperparameters travel as strings).");

        // AG0903
        public static readonly RuleMessage NonConstantDefault = new(RuleCatalog.NonConstantDefault,
            "The initializer of '{0}' is not a compile-time constant, so it can't be the hyperparameter's DefaultValue; use a constant or set DefaultValue = \"...\".");

        // AG0904
        public static readonly RuleMessage DuplicateAlgorithmName = new(RuleCatalog.DuplicateAlgorithmName,
            "Algorithm name '{0}' is declared by {1}; algorithm names must be unique in an account and region. Rename all but one.");

        // AG0905
        public static readonly RuleMessage DuplicateContainerId = new(RuleCatalog.UnknownReference, "Two inference containers have Id '{0}'; give each container its own Id.");
        public static readonly RuleMessage UnknownContainer = new(RuleCatalog.UnknownReference, "[{0}] names container '{1}', but no [InferenceContainer] has that Id.");
        public static readonly RuleMessage NoContainer = new(RuleCatalog.UnknownReference, "[{0}] belongs to an inference container, but there is none; add [InferenceContainer].");
        public static readonly RuleMessage AmbiguousContainer = new(RuleCatalog.UnknownReference,
            "[{0}] does not say which of the {1} containers it belongs to; set Container to an [InferenceContainer] Id.");
        public static readonly RuleMessage UnknownProfile = new(RuleCatalog.UnknownReference, "[{0}] names profile '{1}', but no [ValidationProfile] has that name.");
        public static readonly RuleMessage NoProfile = new(RuleCatalog.UnknownReference, "[{0}] belongs to a validation profile, but there is none; add [ValidationProfile(\"name\", ...)].");
        public static readonly RuleMessage AmbiguousProfile = new(RuleCatalog.UnknownReference, "[{0}] does not say which of the {1} profiles it belongs to; set Profile.");

        // AG0906: {0} the argument.
        public static readonly RuleMessage NullMapEntry = new(RuleCatalog.MalformedMapEntry, "{0} has a null entry; write \"KEY=value\" or remove it.");
        public static readonly RuleMessage MapEntryWithoutSeparator = new(RuleCatalog.MalformedMapEntry, "{0} entry \"{1}\" has no '='; write \"KEY=value\".");
        public static readonly RuleMessage MapEntryWithoutKey = new(RuleCatalog.MalformedMapEntry, "{0} entry \"{1}\" has an empty key; write \"KEY=value\".");
        public static readonly RuleMessage RepeatedMapKey = new(RuleCatalog.MalformedMapEntry, "{0} entry \"{1}\" repeats key '{2}'; give each key once.");

        // AG0907: {1} "no data source" or "2 data sources".
        public static readonly RuleMessage DataSourceCount = new(RuleCatalog.DataSourceCount,
            "Validation input '{0}' sets {1}; set exactly one: S3 (S3Uri, S3DataType), a file system (FileSystemId, FileSystemType, FileSystemAccessMode, DirectoryPath) or a dataset (DatasetArn).");

        // AG0908
        public static readonly RuleMessage OrphanAttribute = new(RuleCatalog.OrphanAttribute,
            "[{0}] has no effect on '{1}', which has no [Algorithm] attribute; add [Algorithm(\"name\")] or remove it.");
        public static readonly RuleMessage OrphanHyperParameter = new(RuleCatalog.OrphanAttribute, "[HyperParameter] on '{0}' has no effect: '{1}' has no [Algorithm] attribute.");
        // {0} the [HyperParameter] argument, {1} the property.
        public static readonly RuleMessage RangeArgumentIgnored = new(RuleCatalog.OrphanAttribute,
            "[HyperParameter] {0} on '{1}' has no effect: [HyperParameterRange] states the whole range; move it into [HyperParameterRange] or remove it.");
        public static readonly RuleMessage RangeWithoutHyperParameter = new(RuleCatalog.OrphanAttribute,
            "[HyperParameterRange] on '{0}' has no effect without [HyperParameter]; add [HyperParameter] or remove it.");
        public static readonly RuleMessage HyperParameterNotOnInstanceProperty = new(RuleCatalog.OrphanAttribute, "[HyperParameter] on {0} '{1}' has no effect; use an instance property.");
        // {1} " for 'parent'" or nothing, {2} the structure with its article.
        public static readonly RuleMessage RepeatedPart = new(RuleCatalog.OrphanAttribute,
            "[{0}] repeats one already declared{1}; the API allows {2} there only once, so this one is ignored. Remove it or merge it into the first.");
        // {1} the Empty... argument, {2} what sends the structure anyway, {3} the structure.
        public static readonly RuleMessage EmptyStructureNotEmpty = new(RuleCatalog.OrphanAttribute,
            "[{0}] {1} has no effect: {2} already sends {3}, so it is not empty; remove {1}.");
        // {1} the Empty... argument, {2} the list.
        public static readonly RuleMessage EmptyListNotEmpty = new(RuleCatalog.OrphanAttribute,
            "[{0}] {1} has no effect: the class declares items of {2}, so it is not empty; remove {1}.");
        public static readonly RuleMessage SharedListWithoutInference = new(RuleCatalog.OrphanAttribute,
            "[SupportedInstanceTypes] names inference uses, but the algorithm declares no [InferenceSpecification] or [InferenceContainer], so they are not sent; add one or use InstanceTypeUse.Training only.");
        // {0} the arguments that already set the list.
        public static readonly RuleMessage SharedListOverridden = new(RuleCatalog.OrphanAttribute,
            "[SupportedInstanceTypes] is ignored for {0}, which another list already sets; remove that use or the other list.");

        // AG0909
        public static readonly RuleMessage GeneratedMemberConflict = new(RuleCatalog.GeneratedMemberConflict,
            "'{0}' declares '{1}', which the generator adds to [Algorithm] classes; rename the member.");

        // AG0999: {0} the failing part, {1} the class, {2} the exception's type, {3} its message, {4} where to report it.
        public static readonly RuleMessage InternalError = new(RuleCatalog.InternalError,
            "AlgorithmGen's {0} failed on '{1}' with {2}: {3} This is a bug in AlgorithmGen, not in your code; please report it at {4} with the declaration of '{1}'.");
    }
}
