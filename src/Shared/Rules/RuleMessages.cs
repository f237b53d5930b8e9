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

    /// <summary>
    /// Message formats of the catalogue's rules, next to it: call sites pass the specifics, never build the sentence.
    /// Written so far for hyperparameters (AG01xx), channels and metrics (AG02xx) and the usage rules (AG09xx).
    /// </summary>
    internal static class RuleMessages
    {
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
        public static readonly RuleMessage SharedListWithoutInference = new(RuleCatalog.OrphanAttribute,
            "[SupportedInstanceTypes] names inference uses, but the algorithm declares no [InferenceSpecification] or [InferenceContainer], so they are not sent; add one or use InstanceTypeUse.Training only.");
        // {0} the arguments that already set the list.
        public static readonly RuleMessage SharedListOverridden = new(RuleCatalog.OrphanAttribute,
            "[SupportedInstanceTypes] is ignored for {0}, which another list already sets; remove that use or the other list.");

        // AG0909
        public static readonly RuleMessage GeneratedMemberConflict = new(RuleCatalog.GeneratedMemberConflict,
            "'{0}' declares '{1}', which the generator adds to [Algorithm] classes; rename the member.");
    }
}
