using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AlgorithmGen.Generators.Parsing;
using AlgorithmGen.Model;
using static AlgorithmGen.Tool.Import.CSharpText;

namespace AlgorithmGen.Tool.Import
{
    /// <summary>A member of the input that no annotated class can send as it is; the import stops with its path.</summary>
    internal sealed class InexpressibleException : Exception
    {
        public InexpressibleException(string path, string reason)
            : base(reason) => Path = path;

        public string Path { get; }
    }

    /// <summary>
    /// Writes the annotated C# class whose generated <c>CreateAlgorithm</c> payload means the same as a request: each
    /// member becomes the attribute argument or property the generator's parser reads back into that member
    /// (src/AlgorithmGen.Generators/Parsing). Rule violations of the input are kept and suppressed with a
    /// <c>#pragma warning disable</c> that says why.
    /// </summary>
    internal sealed class AlgorithmClassWriter
    {
        // Members the generator adds to the class or nests in it (UsageRules.GeneratedMembers, the emitters'
        // GeneratedTypeNames): a property of the same name would be AG0909.
        private static readonly string[] GeneratedNames =
        {
            "CreateAlgorithmJson", "Definition", "CreateRequest", "RegisterAsync", "ToHyperParameters",
            "TrainingContext", "TrainingChannels", "TrainingMetrics", "ServingContract", "ContentTypes", "ResponseTypes",
        };

        private static readonly HashSet<string> LibraryTypeNames = new(
            typeof(AlgorithmAttribute).Assembly.GetExportedTypes()
                .SelectMany(type => new[] { type.Name, type.Name.EndsWith("Attribute", StringComparison.Ordinal) ? type.Name.Substring(0, type.Name.Length - "Attribute".Length) : type.Name }),
            StringComparer.Ordinal);

        private readonly CreateAlgorithmRequest _request;
        private readonly string _className;
        private readonly List<string> _attributes = new();
        private readonly List<string> _members = new();
        private readonly List<string> _enums = new();
        private readonly HashSet<string> _usedNames = new(StringComparer.Ordinal);
        private readonly HashSet<string> _typeNames = new(StringComparer.Ordinal);
        private bool _usesEnumMember;

        private AlgorithmClassWriter(CreateAlgorithmRequest request, string className)
        {
            _request = request;
            _className = className;
            _usedNames.Add(className);
            _usedNames.UnionWith(GeneratedNames);
        }

        /// <summary>The class name an algorithm gets by default: <c>gradient-boosting</c> → <c>GradientBoostingAlgorithm</c>.</summary>
        public static string ClassNameFor(string? algorithmName)
        {
            string name = Pascal(algorithmName ?? "Imported").TrimStart('@');
            return name.EndsWith("Algorithm", StringComparison.Ordinal) ? name : name + "Algorithm";
        }

        /// <param name="request">The request to reproduce.</param>
        /// <param name="namespaceName">The namespace of the class.</param>
        /// <param name="className">The class name.</param>
        /// <param name="origin">Where the request came from, for the header comment.</param>
        /// <param name="violations">The input's rule violations (rule ID, member path, message), reproduced and suppressed.</param>
        /// <exception cref="InexpressibleException">A member no attribute can send as it is.</exception>
        public static string Write(CreateAlgorithmRequest request, string namespaceName, string className, string origin, IReadOnlyList<(string Rule, string Path, string Message)> violations) =>
            new AlgorithmClassWriter(request, className).Write(namespaceName, origin, violations);

        private string Write(string namespaceName, string origin, IReadOnlyList<(string Rule, string Path, string Message)> violations)
        {
            string? summary = Algorithm();
            HyperParameters();
            Channels();
            Metrics();
            TrainingSource();
            Tags();
            Inference();
            Validation();

            var text = new StringBuilder();
            text.Append("// Imported by `algorithmgen import` from ").Append(OneLine(origin)).Append(".\n");
            if (_usesEnumMember)
            {
                text.Append("using System.Runtime.Serialization;\n");
            }

            text.Append("using AlgorithmGen;\n\n");
            text.Append("namespace ").Append(namespaceName).Append(";\n\n");
            foreach (IGrouping<string, (string Rule, string Path, string Message)> rule in violations.GroupBy(v => v.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                // The input breaks the rule; the class keeps the defect visible instead of silently fixing it.
                text.Append("// The imported algorithm breaks ").Append(rule.Key).Append(", kept as it was:\n");
                foreach ((string _, string path, string message) in rule)
                {
                    text.Append("//   ").Append(OneLine(path)).Append(": ").Append(OneLine(message)).Append('\n');
                }

                text.Append("#pragma warning disable ").Append(rule.Key).Append('\n');
            }

            if (violations.Count > 0)
            {
                text.Append('\n');
            }

            if (summary is not null)
            {
                text.Append("/// <summary>").Append(Xml(summary)).Append("</summary>\n");
            }

            foreach (string attribute in _attributes)
            {
                text.Append(attribute).Append('\n');
            }

            text.Append("public partial class ").Append(_className).Append("\n{\n");
            text.Append(string.Join("\n", _members));
            text.Append("}\n");
            foreach (string declaration in _enums)
            {
                text.Append('\n').Append(declaration);
            }

            return text.ToString();
        }

        // ------------------------------------------------------------------ [Algorithm]

        private string? Algorithm()
        {
            var arguments = new Arguments(String(_request.AlgorithmName));
            string? summary = null;
            if (_request.AlgorithmDescription is { } description)
            {
                if (FitsSummary(description))
                {
                    summary = description;
                }
                else
                {
                    arguments.Add("Description", String(description));
                }
            }

            TrainingSpecification? training = _request.TrainingSpecification;
            if (training is null)
            {
                throw Required("TrainingSpecification", "[Algorithm]");
            }

            arguments.Add("TrainingImage", training.TrainingImage, String);
            arguments.Add("TrainingImageDigest", training.TrainingImageDigest, String);
            InstanceTypeLists(arguments);
            arguments.Add("SupportsDistributedTraining", training.SupportsDistributedTraining, Bool);
            arguments.Add("CertifyForMarketplace", _request.CertifyForMarketplace, Bool);
            EmptyList(arguments, nameof(AlgorithmAttribute.EmptySupportedHyperParameters), training.SupportedHyperParameters);
            EmptyList(arguments, nameof(AlgorithmAttribute.EmptyTrainingChannels), training.TrainingChannels);
            EmptyList(arguments, nameof(AlgorithmAttribute.EmptyMetricDefinitions), training.MetricDefinitions);
            EmptyList(arguments, nameof(AlgorithmAttribute.EmptySupportedTuningJobObjectiveMetrics), training.SupportedTuningJobObjectiveMetrics);
            EmptyList(arguments, nameof(AlgorithmAttribute.EmptyTags), _request.Tags);
            _attributes.Insert(0, arguments.Attribute("Algorithm"));
            return summary;
        }

        // Lists used more than once become one [SupportedInstanceTypes] each; the rest stay on their attribute.
        private void InstanceTypeLists(Arguments algorithm)
        {
            InferenceSpecification? inference = _request.InferenceSpecification;
            var lists = new (InstanceTypeUse Use, List<string>? Types, Type Constants)[]
            {
                (InstanceTypeUse.Training, _request.TrainingSpecification!.SupportedTrainingInstanceTypes, typeof(TrainingInstanceTypes)),
                (InstanceTypeUse.Transform, inference?.SupportedTransformInstanceTypes, typeof(TransformInstanceTypes)),
                (InstanceTypeUse.RealtimeInference, inference?.SupportedRealtimeInferenceInstanceTypes, typeof(RealtimeInferenceInstanceTypes)),
            };
            _sharedUses = 0;
            foreach (var group in lists.Where(list => list.Types is not null).GroupBy(list => string.Join("\n", list.Types!)).Where(g => g.Count() > 1))
            {
                InstanceTypeUse uses = group.Aggregate((InstanceTypeUse)0, (all, list) => all | list.Use);
                Type constants = group.First().Constants;
                string name = uses == InstanceTypeUse.All ? "InstanceTypeUse.All" : string.Join(" | ", group.Select(list => "InstanceTypeUse." + list.Use));
                _attributes.Add("[SupportedInstanceTypes(" + string.Join(", ", new[] { name }.Concat(group.First().Types!.Select(type => InstanceType(constants, type)))) + ")]");
                _sharedUses |= uses;
            }

            if ((_sharedUses & InstanceTypeUse.Training) == 0)
            {
                algorithm.Add("SupportedTrainingInstanceTypes", lists[0].Types, types => InstanceTypes(typeof(TrainingInstanceTypes), types));
            }
        }

        private InstanceTypeUse _sharedUses;

        // A list whose items are each an attribute (or property) is left out when there are none; [] needs its owner's flag.
        private static void EmptyList(Arguments arguments, string flag, System.Collections.ICollection? list)
        {
            if (list is { Count: 0 })
            {
                arguments.Add(flag, "true");
            }
        }

        // ------------------------------------------------------------------ hyperparameters

        private void HyperParameters()
        {
            List<HyperParameterSpecification>? parameters = _request.TrainingSpecification!.SupportedHyperParameters;
            if (parameters is null)
            {
                return;
            }

            for (int i = 0; i < parameters.Count; i++)
            {
                _members.Add(HyperParameter(parameters[i], "TrainingSpecification.SupportedHyperParameters[" + i.ToString(CultureInfo.InvariantCulture) + "]"));
            }
        }

        private string HyperParameter(HyperParameterSpecification parameter, string path)
        {
            string name = parameter.Name ?? throw Required(path + ".Name", "[HyperParameter] (from the property name)");
            string type = parameter.Type ?? throw Required(path + ".Type", "[HyperParameter] (from the property type)");
            if (EnumMember(typeof(HyperParameterType), type) is not { } typeLiteral)
            {
                throw new InexpressibleException(path + ".Type", "'" + type + "' is not a hyperparameter type AlgorithmGen can write (Integer, Continuous, Categorical, FreeText)");
            }

            // A range [HyperParameter] reads back differently is stated member by member with [HyperParameterRange];
            // the property type then follows the Type alone.
            ParameterRange? stated = parameter.Range is { } range && !FitsHyperParameter(range, type) ? range : null;
            IntegerParameterRangeSpecification? integerRange = stated is null ? parameter.Range?.IntegerParameterRangeSpecification : null;
            ContinuousParameterRangeSpecification? continuousRange = stated is null ? parameter.Range?.ContinuousParameterRangeSpecification : null;
            List<string>? values = stated is null ? parameter.Range?.CategoricalParameterRangeSpecification?.Values : null;

            string propertyName = UniqueName(Pascal(name));
            var arguments = new Arguments(HyperParameterNames.FromPropertyName(propertyName.TrimStart('@'), HyperParameterNaming.SnakeCase) == name ? null : String(name));
            string? summary = null;
            if (parameter.Description is { } description)
            {
                if (FitsSummary(description))
                {
                    summary = description;
                }
                else
                {
                    arguments.Add("Description", String(description));
                }
            }

            // The property's CLR type, chosen so the parser reads back the same Type and Range.
            string clrType;
            string impliedType;
            string? initializer = null;
            string? defaultValue = parameter.DefaultValue;
            bool explicitValues = values is not null;
            if (integerRange is not null || type == "Integer")
            {
                bool isLong = new[] { integerRange?.MinValue, integerRange?.MaxValue, defaultValue }
                    .Any(text => text is not null && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number) && (number < int.MinValue || number > int.MaxValue));
                clrType = isLong ? "long" : "int";
                impliedType = "Integer";
                if (defaultValue is not null && CanonicalInteger(defaultValue))
                {
                    initializer = defaultValue + (isLong ? "L" : string.Empty);
                    defaultValue = null;
                }
            }
            else if (type == "Continuous")
            {
                clrType = "double";
                impliedType = "Continuous";
                if (defaultValue is not null && CanonicalDouble(defaultValue))
                {
                    initializer = defaultValue;
                    defaultValue = null;
                }
            }
            else if (type == "Categorical" && continuousRange is null && values is not null && values.SequenceEqual(new[] { "true", "false" }))
            {
                clrType = "bool";
                impliedType = "Categorical";
                explicitValues = false;
                if (defaultValue is "true" or "false")
                {
                    initializer = defaultValue;
                    defaultValue = null;
                }
            }
            else if (type == "Categorical" && continuousRange is null && values is not null && EnumFor(propertyName, values, defaultValue) is { } enumType)
            {
                clrType = enumType;
                impliedType = "Categorical";
                explicitValues = false;
                if (defaultValue is not null)
                {
                    initializer = enumType + "." + Pascal(defaultValue);
                    defaultValue = null;
                }
            }
            else
            {
                clrType = "string";
                // Values, on either attribute, make a string Categorical.
                impliedType = (values ?? stated?.CategoricalParameterRangeSpecification?.Values) is null ? "FreeText" : "Categorical";
                if (defaultValue is not null)
                {
                    initializer = String(defaultValue);
                    defaultValue = null;
                }
            }

            if (impliedType != type)
            {
                arguments.Add("Type", typeLiteral);
            }

            if (integerRange is not null)
            {
                arguments.Add("MinValue", integerRange.MinValue, Bound);
                arguments.Add("MaxValue", integerRange.MaxValue, Bound);
            }

            if (continuousRange is not null)
            {
                arguments.Add("MinValue", continuousRange.MinValue, Bound);
                arguments.Add("MaxValue", continuousRange.MaxValue, Bound);
            }

            if (explicitValues)
            {
                arguments.Add("Values", Strings(values!));
            }

            arguments.Add("IsTunable", parameter.IsTunable, Bool);
            bool required = parameter.IsRequired == true;
            if (parameter.IsRequired == false)
            {
                arguments.Add("IsRequired", "false");
            }

            arguments.Add("DefaultValue", defaultValue, String);
            string nullable = !required && initializer is null ? "?" : string.Empty;
            var property = new StringBuilder();
            if (summary is not null)
            {
                property.Append("    /// <summary>").Append(Xml(summary)).Append("</summary>\n");
            }

            property.Append("    ").Append(arguments.Attribute("HyperParameter", indent: "    ")).Append('\n');
            if (stated is not null)
            {
                property.Append("    ").Append(RangeAttribute(stated)).Append('\n');
            }

            property.Append("    public ").Append(required ? "required " : string.Empty).Append(clrType).Append(nullable).Append(' ').Append(propertyName).Append(" { get; set; }");
            property.Append(initializer is null ? string.Empty : " = " + initializer + ";").Append('\n');
            return property.ToString();
        }

        /// <summary>
        /// Whether [HyperParameter]'s MinValue/MaxValue/Values read back as <paramref name="range"/>: one numeric kind at
        /// most, of the kind the parser picks for the type (see HyperParameterParser.Range), each kind with a member.
        /// </summary>
        private static bool FitsHyperParameter(ParameterRange range, string type)
        {
            IntegerParameterRangeSpecification? integers = range.IntegerParameterRangeSpecification;
            ContinuousParameterRangeSpecification? numbers = range.ContinuousParameterRangeSpecification;
            CategoricalParameterRangeSpecification? categories = range.CategoricalParameterRangeSpecification;
            return (integers is not null || numbers is not null || categories is not null)
                && (integers is null || numbers is null)
                && (integers is null || ((integers.MinValue is not null || integers.MaxValue is not null) && type != "Continuous"))
                && (numbers is null || ((numbers.MinValue is not null || numbers.MaxValue is not null) && type != "Integer"))
                && (categories is null || categories.Values is not null);
        }

        // Each member as it is: a kind is sent when one of its members is written, and a member written null is left out.
        private static string RangeAttribute(ParameterRange range)
        {
            var arguments = new Arguments();
            if (range.IntegerParameterRangeSpecification is { } integers)
            {
                Bounds(arguments, nameof(HyperParameterRangeAttribute.IntegerMinValue), integers.MinValue, nameof(HyperParameterRangeAttribute.IntegerMaxValue), integers.MaxValue);
            }

            if (range.ContinuousParameterRangeSpecification is { } numbers)
            {
                Bounds(arguments, nameof(HyperParameterRangeAttribute.ContinuousMinValue), numbers.MinValue, nameof(HyperParameterRangeAttribute.ContinuousMaxValue), numbers.MaxValue);
            }

            if (range.CategoricalParameterRangeSpecification is { } categories)
            {
                arguments.Add(nameof(HyperParameterRangeAttribute.CategoricalValues), categories.Values is null ? "null" : Strings(categories.Values));
            }

            return arguments.Attribute("HyperParameterRange", indent: "    ");
        }

        private static void Bounds(Arguments arguments, string minName, string? min, string maxName, string? max)
        {
            arguments.Add(minName, min, Bound);
            arguments.Add(maxName, max, Bound);
            if (min is null && max is null)
            {
                arguments.Add(minName, "null");
            }
        }

        // An enum when every value is a distinct identifier and the default (if any) is one of them; null otherwise.
        private string? EnumFor(string propertyName, List<string> values, string? defaultValue)
        {
            List<string> members = values.Select(Pascal).ToList();
            if (values.Count == 0 || members.Distinct(StringComparer.Ordinal).Count() != members.Count
                || values.Distinct(StringComparer.Ordinal).Count() != values.Count
                || members.Any(member => member.StartsWith("@", StringComparison.Ordinal))
                || (defaultValue is not null && !values.Contains(defaultValue)))
            {
                return null;
            }

            // The enum is named after its property (`public Booster Booster`), unless that names another type here.
            string name = propertyName.TrimStart('@');
            for (int i = 1; LibraryTypeNames.Contains(name) || name == _className || !_typeNames.Add(name); i++)
            {
                name = propertyName.TrimStart('@') + "Option" + (i == 1 ? string.Empty : i.ToString(CultureInfo.InvariantCulture));
            }

            var declaration = new StringBuilder("public enum ").Append(name).Append("\n{\n");
            for (int i = 0; i < values.Count; i++)
            {
                if (members[i] != values[i])
                {
                    declaration.Append("    [EnumMember(Value = ").Append(String(values[i])).Append(")]\n");
                    _usesEnumMember = true;
                }

                declaration.Append("    ").Append(members[i]).Append(",\n");
            }

            _enums.Add(declaration.Append("}\n").ToString());
            return name;
        }

        // A bound the parser formats back to the same text is written as a number; any other text as a string.
        private static string Bound(string text) =>
            CanonicalInteger(text) ? (long.Parse(text, CultureInfo.InvariantCulture) is long n && n >= int.MinValue && n <= int.MaxValue ? text : text + "L")
            : CanonicalDouble(text) ? text
            : String(text);

        private static bool CanonicalInteger(string text) =>
            long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number) && HyperParameterCodec.Format(number) == text;

        private static bool CanonicalDouble(string text) =>
            HyperParameterCodec.TryParseDouble(text, out double number) && HyperParameterCodec.Format(number) == text;

        // ------------------------------------------------------------------ training

        private void Channels()
        {
            List<ChannelSpecification>? channels = _request.TrainingSpecification!.TrainingChannels;
            for (int i = 0; channels is not null && i < channels.Count; i++)
            {
                string path = "TrainingSpecification.TrainingChannels[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                ChannelSpecification channel = channels[i];
                var arguments = new Arguments(String(channel.Name));
                arguments.Add("Description", channel.Description, String);
                arguments.Add("IsRequired", channel.IsRequired, Bool);
                arguments.Add("SupportedContentTypes", channel.SupportedContentTypes, Strings);
                arguments.Add("SupportedCompressionTypes", channel.SupportedCompressionTypes, list => Enums(typeof(CompressionType), list, path + ".SupportedCompressionTypes"));
                arguments.Add("SupportedInputModes", channel.SupportedInputModes, list => Enums(typeof(TrainingInputMode), list, path + ".SupportedInputModes"));
                _attributes.Add(arguments.Attribute("Channel"));
            }
        }

        private void Metrics()
        {
            TrainingSpecification training = _request.TrainingSpecification!;
            List<MetricDefinition> metrics = training.MetricDefinitions ?? new List<MetricDefinition>();
            List<HyperParameterTuningJobObjective> objectives = training.SupportedTuningJobObjectiveMetrics ?? new List<HyperParameterTuningJobObjective>();

            // On the metrics when each objective is a distinct declared metric, in the metrics' order; else on their own.
            List<int> owners = objectives.Select(objective => metrics.FindIndex(metric => metric.Name is not null && metric.Name == objective.MetricName)).ToList();
            bool onMetrics = owners.All(index => index >= 0)
                && owners.Zip(owners.Skip(1), (first, second) => first < second).All(ordered => ordered)
                && metrics.Select(metric => metric.Name).Distinct().Count() == metrics.Count;
            for (int i = 0; i < metrics.Count; i++)
            {
                MetricDefinition metric = metrics[i];
                string path = "TrainingSpecification.MetricDefinitions[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                if (metric.Regex is null)
                {
                    throw Required(path + ".Regex", "[Metric] (it generates one from the name)");
                }

                bool generatedRegex = metric.Name is not null && metric.Regex == AlgorithmGen.Metrics.MetricLines.DefaultRegex(metric.Name);
                var arguments = new Arguments(String(metric.Name), generatedRegex ? null : String(metric.Regex));
                int objective = onMetrics ? owners.IndexOf(i) : -1;
                if (objective >= 0)
                {
                    arguments.Add("TuningObjective", Enum(typeof(ObjectiveType), objectives[objective].Type, "TrainingSpecification.SupportedTuningJobObjectiveMetrics[" + objective.ToString(CultureInfo.InvariantCulture) + "].Type"));
                }

                _attributes.Add(arguments.Attribute("Metric"));
            }

            for (int i = 0; !onMetrics && i < objectives.Count; i++)
            {
                string path = "TrainingSpecification.SupportedTuningJobObjectiveMetrics[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                _attributes.Add(new Arguments(Enum(typeof(ObjectiveType), objectives[i].Type, path + ".Type"), String(objectives[i].MetricName)).Attribute("TuningObjective"));
            }
        }

        private void TrainingSource()
        {
            if (_request.TrainingSpecification!.AdditionalS3DataSource is { } source)
            {
                _attributes.Add(AdditionalS3DataSource(source, "TrainingSpecification.AdditionalS3DataSource", owner: null));
            }
        }

        private string AdditionalS3DataSource(AdditionalS3DataSource source, string path, string? owner)
        {
            var arguments = new Arguments(Enum(typeof(S3ObjectDataType), source.S3DataType, path + ".S3DataType"), String(source.S3Uri));
            arguments.Add("CompressionType", source.CompressionType, value => Enum(typeof(CompressionType), value, path + ".CompressionType"));
            arguments.Add("ETag", source.ETag, String);
            if (owner is not null)
            {
                arguments.Add(owner.Length == 0 ? "Owner" : "Container", owner.Length == 0 ? "DataSourceOwner.InferenceContainer" : String(owner));
            }

            return arguments.Attribute("AdditionalS3DataSource");
        }

        private void Tags()
        {
            foreach (Tag tag in _request.Tags ?? new List<Tag>())
            {
                _attributes.Add(new Arguments(String(tag.Key), String(tag.Value)).Attribute("Tag"));
            }
        }

        // ------------------------------------------------------------------ inference

        private void Inference()
        {
            if (_request.InferenceSpecification is not { } inference)
            {
                return;
            }

            var arguments = new Arguments();
            if ((_sharedUses & InstanceTypeUse.Transform) == 0)
            {
                arguments.Add("SupportedTransformInstanceTypes", inference.SupportedTransformInstanceTypes, types => InstanceTypes(typeof(TransformInstanceTypes), types));
            }

            if ((_sharedUses & InstanceTypeUse.RealtimeInference) == 0)
            {
                arguments.Add("SupportedRealtimeInferenceInstanceTypes", inference.SupportedRealtimeInferenceInstanceTypes, types => InstanceTypes(typeof(RealtimeInferenceInstanceTypes), types));
            }

            arguments.Add("SupportedContentTypes", inference.SupportedContentTypes, Strings);
            arguments.Add("SupportedResponseMIMETypes", inference.SupportedResponseMIMETypes, Strings);
            EmptyList(arguments, nameof(InferenceSpecificationAttribute.EmptyContainers), inference.Containers);
            _attributes.Add(arguments.Attribute("InferenceSpecification"));

            List<ModelPackageContainerDefinition> containers = inference.Containers ?? new List<ModelPackageContainerDefinition>();
            for (int i = 0; i < containers.Count; i++)
            {
                Container(containers[i], "InferenceSpecification.Containers[" + i.ToString(CultureInfo.InvariantCulture) + "]", containers.Count == 1 ? null : "container-" + (i + 1).ToString(CultureInfo.InvariantCulture));
            }
        }

        private void Container(ModelPackageContainerDefinition container, string path, string? id)
        {
            var arguments = new Arguments(container.Image is null ? null : String(container.Image));
            arguments.Add("Id", id, String);
            arguments.Add("ContainerHostname", container.ContainerHostname, String);
            arguments.Add("ImageDigest", container.ImageDigest, String);
            arguments.Add("ModelDataUrl", container.ModelDataUrl, String);
            arguments.Add("ProductId", container.ProductId, String);
            arguments.Add("Environment", container.Environment, map => Map(map, path + ".Environment"));
            if (container.ModelInput is { } input)
            {
                arguments.Add(nameof(InferenceContainerAttribute.DataInputConfig), input.DataInputConfig is null ? "null" : String(input.DataInputConfig));
            }

            arguments.Add("Framework", container.Framework, String);
            arguments.Add("FrameworkVersion", container.FrameworkVersion, String);
            arguments.Add("NearestModelName", container.NearestModelName, String);
            arguments.Add("ModelDataETag", container.ModelDataETag, String);
            arguments.Add("IsCheckpoint", container.IsCheckpoint, Bool);
            if (container.BaseModel is { } baseModel)
            {
                // A BaseModel member written null is left out of it: alone, the empty BaseModel.
                if (baseModel.HubContentName is null && baseModel.HubContentVersion is null && baseModel.RecipeName is null)
                {
                    arguments.Add(nameof(InferenceContainerAttribute.BaseModelHubContentName), "null");
                }

                arguments.Add("BaseModelHubContentName", baseModel.HubContentName, String);
                arguments.Add("BaseModelHubContentVersion", baseModel.HubContentVersion, String);
                arguments.Add("BaseModelRecipeName", baseModel.RecipeName, String);
            }

            EmptyList(arguments, nameof(InferenceContainerAttribute.EmptyAdditionalModelDataSources), container.AdditionalModelDataSources);
            _attributes.Add(arguments.Attribute("InferenceContainer"));

            if (container.ModelDataSource is { } modelData)
            {
                S3ModelDataSource s3 = modelData.S3DataSource ?? throw new InexpressibleException(path + ".ModelDataSource", "a ModelDataSource without S3DataSource can't be written: [ModelDataSource] declares the S3DataSource, its only member, and no model can be loaded from an empty source");
                _attributes.Add(ModelSource("ModelDataSource", null, s3, path + ".ModelDataSource.S3DataSource", id));
            }

            List<AdditionalModelDataSource> additional = container.AdditionalModelDataSources ?? new List<AdditionalModelDataSource>();
            for (int i = 0; i < additional.Count; i++)
            {
                string sourcePath = path + ".AdditionalModelDataSources[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                S3ModelDataSource s3 = additional[i].S3DataSource ?? throw Required(sourcePath + ".S3DataSource", "[AdditionalModelDataSource]");
                _attributes.Add(ModelSource("AdditionalModelDataSource", String(additional[i].ChannelName), s3, sourcePath + ".S3DataSource", id));
            }

            if (container.AdditionalS3DataSource is { } s3Source)
            {
                _attributes.Add(AdditionalS3DataSource(s3Source, path + ".AdditionalS3DataSource", id ?? string.Empty));
            }
        }

        private static string ModelSource(string attribute, string? channelName, S3ModelDataSource source, string path, string? containerId)
        {
            var positional = new List<string?> { channelName, String(source.S3Uri), Enum(typeof(S3ObjectDataType), source.S3DataType, path + ".S3DataType"), Enum(typeof(CompressionType), source.CompressionType, path + ".CompressionType") };
            var arguments = new Arguments(positional.Where(argument => argument is not null).ToArray());
            if (source.ModelAccessConfig is { } access)
            {
                arguments.Add("AcceptEula", Bool(access.AcceptEula ?? throw Required(path + ".ModelAccessConfig.AcceptEula", "AcceptEula (a bool argument)")));
            }

            if (source.HubAccessConfig is { } hub)
            {
                arguments.Add(nameof(S3ModelDataSourceAttributeBase.HubContentArn), hub.HubContentArn is null ? "null" : String(hub.HubContentArn));
            }

            arguments.Add("ManifestS3Uri", source.ManifestS3Uri, String);
            arguments.Add("ETag", source.ETag, String);
            arguments.Add("ManifestEtag", source.ManifestEtag, String);
            arguments.Add("Container", containerId, String);
            return arguments.Attribute(attribute);
        }

        // ------------------------------------------------------------------ validation

        private void Validation()
        {
            if (_request.ValidationSpecification is not { } validation)
            {
                return;
            }

            List<AlgorithmValidationProfile> profiles = validation.ValidationProfiles ?? new List<AlgorithmValidationProfile>();
            if (profiles.Count == 0)
            {
                throw Required("ValidationSpecification.ValidationProfiles", "[ValidationProfile] (it declares the specification and its one profile)");
            }

            for (int i = 0; i < profiles.Count; i++)
            {
                Profile(profiles[i], "ValidationSpecification.ValidationProfiles[" + i.ToString(CultureInfo.InvariantCulture) + "]", i == 0 ? validation.ValidationRole : null, profiles.Count > 1);
            }
        }

        private void Profile(AlgorithmValidationProfile profile, string path, string? role, bool nameParts)
        {
            string jobPath = path + ".TrainingJobDefinition";
            TrainingJobDefinition job = profile.TrainingJobDefinition ?? throw Required(jobPath, "[ValidationProfile]");
            OutputDataConfig output = job.OutputDataConfig ?? throw Required(jobPath + ".OutputDataConfig", "[ValidationProfile]");
            ResourceConfig resources = job.ResourceConfig ?? throw Required(jobPath + ".ResourceConfig", "[ValidationProfile]");
            InstancePlacementConfig? placement = resources.InstancePlacementConfig;
            StoppingCondition? stopping = job.StoppingCondition;

            var arguments = new Arguments(String(profile.ProfileName));
            arguments.Add("ValidationRole", role, String);
            arguments.Add("TrainingInputMode", job.TrainingInputMode, mode => Enum(typeof(TrainingInputMode), mode, jobPath + ".TrainingInputMode"));
            arguments.Add("HyperParameters", job.HyperParameters, map => Map(map, jobPath + ".HyperParameters"));
            arguments.Add("S3OutputPath", output.S3OutputPath, String);
            arguments.Add("OutputKmsKeyId", output.KmsKeyId, String);
            arguments.Add("OutputCompressionType", output.CompressionType, value => Enum(typeof(OutputCompressionType), value, jobPath + ".OutputDataConfig.CompressionType"));
            arguments.Add("InstanceType", resources.InstanceType, type => InstanceType(typeof(TrainingInstanceTypes), type));
            arguments.Add("InstanceCount", resources.InstanceCount, Int);
            arguments.Add("VolumeSizeInGB", resources.VolumeSizeInGB, Int);
            arguments.Add("VolumeKmsKeyId", resources.VolumeKmsKeyId, String);
            arguments.Add("KeepAlivePeriodInSeconds", resources.KeepAlivePeriodInSeconds, Int);
            arguments.Add("TrainingPlanArn", resources.TrainingPlanArn, String);
            arguments.Add("EnableMultipleJobs", placement?.EnableMultipleJobs, Bool);
            arguments.Add("MaxRuntimeInSeconds", stopping?.MaxRuntimeInSeconds, Int);
            arguments.Add("MaxWaitTimeInSeconds", stopping?.MaxWaitTimeInSeconds, Int);
            arguments.Add("MaxPendingTimeInSeconds", stopping?.MaxPendingTimeInSeconds, Int);
            EmptyList(arguments, nameof(ValidationProfileAttribute.EmptyInputDataConfig), job.InputDataConfig);
            EmptyList(arguments, nameof(ValidationProfileAttribute.EmptyInstanceGroups), resources.InstanceGroups);
            EmptyList(arguments, nameof(ValidationProfileAttribute.EmptyPlacementSpecifications), placement?.PlacementSpecifications);
            if (placement is not null && placement.EnableMultipleJobs is null && placement.PlacementSpecifications is null)
            {
                arguments.Add(nameof(ValidationProfileAttribute.EmptyInstancePlacementConfig), "true");
            }

            if (stopping is not null && stopping.MaxRuntimeInSeconds is null && stopping.MaxWaitTimeInSeconds is null && stopping.MaxPendingTimeInSeconds is null)
            {
                arguments.Add(nameof(ValidationProfileAttribute.EmptyStoppingCondition), "true");
            }
            _attributes.Add(arguments.Attribute("ValidationProfile"));

            string? profileName = nameParts ? profile.ProfileName : null;
            List<Channel> inputs = job.InputDataConfig ?? new List<Channel>();
            for (int i = 0; i < inputs.Count; i++)
            {
                _attributes.Add(Input(inputs[i], jobPath + ".InputDataConfig[" + i.ToString(CultureInfo.InvariantCulture) + "]", profileName));
            }

            foreach (InstanceGroup group in resources.InstanceGroups ?? new List<InstanceGroup>())
            {
                var groupArguments = new Arguments(String(group.InstanceGroupName), group.InstanceType is null ? "null" : InstanceType(typeof(TrainingInstanceTypes), group.InstanceType),
                    Int(group.InstanceCount ?? throw Required(jobPath + ".ResourceConfig.InstanceGroups", "[ValidationInstanceGroup] (an int constructor argument)", "InstanceCount")));
                groupArguments.Add("Profile", profileName, String);
                _attributes.Add(groupArguments.Attribute("ValidationInstanceGroup"));
            }

            foreach (PlacementSpecification specification in placement?.PlacementSpecifications ?? new List<PlacementSpecification>())
            {
                var placementArguments = new Arguments(Int(specification.InstanceCount ?? throw Required(jobPath + ".ResourceConfig.InstancePlacementConfig.PlacementSpecifications", "[ValidationPlacement] (an int constructor argument)", "InstanceCount")));
                placementArguments.Add("UltraServerId", specification.UltraServerId, String);
                placementArguments.Add("Profile", profileName, String);
                _attributes.Add(placementArguments.Attribute("ValidationPlacement"));
            }

            if (profile.TransformJobDefinition is { } transform)
            {
                _attributes.Add(TransformJob(transform, path + ".TransformJobDefinition", profileName));
            }
        }

        private static string Input(Channel input, string path, string? profileName)
        {
            var arguments = new Arguments(String(input.ChannelName));
            arguments.Add("Profile", profileName, String);
            arguments.Add("ContentType", input.ContentType, String);
            arguments.Add("CompressionType", input.CompressionType, value => Enum(typeof(CompressionType), value, path + ".CompressionType"));
            arguments.Add("RecordWrapperType", input.RecordWrapperType, value => Enum(typeof(RecordWrapperType), value, path + ".RecordWrapperType"));
            arguments.Add("InputMode", input.InputMode, value => Enum(typeof(TrainingInputMode), value, path + ".InputMode"));
            if (input.ShuffleConfig is { } shuffle)
            {
                arguments.Add("ShuffleSeed", (shuffle.Seed ?? throw Required(path + ".ShuffleConfig.Seed", "ShuffleSeed (a long argument)")).ToString(CultureInfo.InvariantCulture) + "L");
            }

            DataSource source = input.DataSource ?? throw Required(path + ".DataSource", "[ValidationInput]");
            string sourcePath = path + ".DataSource";
            if (source.S3DataSource is { } s3)
            {
                string s3Path = sourcePath + ".S3DataSource";
                // Written null sends the source without the member: alone, the empty source.
                if (s3.S3DataType is null && s3.S3Uri is null && s3.S3DataDistributionType is null && s3.AttributeNames is null && s3.InstanceGroupNames is null && s3.ModelAccessConfig is null && s3.HubAccessConfig is null)
                {
                    arguments.Add(nameof(ValidationInputAttribute.S3Uri), "null");
                }

                arguments.Add("S3DataType", s3.S3DataType, value => Enum(typeof(S3DataType), value, s3Path + ".S3DataType"));
                arguments.Add("S3Uri", s3.S3Uri, String);
                arguments.Add("S3DataDistributionType", s3.S3DataDistributionType, value => Enum(typeof(S3DataDistribution), value, s3Path + ".S3DataDistributionType"));
                arguments.Add("AttributeNames", s3.AttributeNames, Strings);
                arguments.Add("InstanceGroupNames", s3.InstanceGroupNames, Strings);
                if (s3.ModelAccessConfig is { } access)
                {
                    arguments.Add("AcceptEula", Bool(access.AcceptEula ?? throw Required(s3Path + ".ModelAccessConfig.AcceptEula", "AcceptEula (a bool argument)")));
                }

                if (s3.HubAccessConfig is { } hub)
                {
                    arguments.Add(nameof(ValidationInputAttribute.HubContentArn), hub.HubContentArn is null ? "null" : String(hub.HubContentArn));
                }
            }

            if (source.FileSystemDataSource is { } fileSystem)
            {
                string fsPath = sourcePath + ".FileSystemDataSource";
                if (fileSystem.FileSystemId is null && fileSystem.FileSystemAccessMode is null && fileSystem.FileSystemType is null && fileSystem.DirectoryPath is null)
                {
                    arguments.Add(nameof(ValidationInputAttribute.FileSystemId), "null");
                }

                arguments.Add("FileSystemId", fileSystem.FileSystemId, String);
                arguments.Add("FileSystemAccessMode", fileSystem.FileSystemAccessMode, value => Enum(typeof(FileSystemAccessMode), value, fsPath + ".FileSystemAccessMode"));
                arguments.Add("FileSystemType", fileSystem.FileSystemType, value => Enum(typeof(FileSystemType), value, fsPath + ".FileSystemType"));
                arguments.Add("DirectoryPath", fileSystem.DirectoryPath, String);
            }

            if (source.DatasetSource is { } dataset)
            {
                arguments.Add(nameof(ValidationInputAttribute.DatasetArn), dataset.DatasetArn is null ? "null" : String(dataset.DatasetArn));
            }

            return arguments.Attribute("ValidationInput");
        }

        private static string TransformJob(TransformJobDefinition job, string path, string? profileName)
        {
            TransformInput input = job.TransformInput ?? throw Required(path + ".TransformInput", "[ValidationTransformJob]");
            TransformS3DataSource s3 = input.DataSource?.S3DataSource ?? throw Required(path + ".TransformInput.DataSource.S3DataSource", "[ValidationTransformJob]");
            TransformOutput output = job.TransformOutput ?? throw Required(path + ".TransformOutput", "[ValidationTransformJob]");
            TransformResources resources = job.TransformResources ?? throw Required(path + ".TransformResources", "[ValidationTransformJob]");
            var arguments = new Arguments();
            arguments.Add("Profile", profileName, String);
            arguments.Add("MaxConcurrentTransforms", job.MaxConcurrentTransforms, Int);
            arguments.Add("MaxPayloadInMB", job.MaxPayloadInMB, Int);
            arguments.Add("BatchStrategy", job.BatchStrategy, value => Enum(typeof(BatchStrategy), value, path + ".BatchStrategy"));
            arguments.Add("Environment", job.Environment, map => Map(map, path + ".Environment"));
            arguments.Add("S3DataType", s3.S3DataType, value => Enum(typeof(S3DataType), value, path + ".TransformInput.DataSource.S3DataSource.S3DataType"));
            arguments.Add("S3Uri", s3.S3Uri, String);
            arguments.Add("ContentType", input.ContentType, String);
            arguments.Add("CompressionType", input.CompressionType, value => Enum(typeof(CompressionType), value, path + ".TransformInput.CompressionType"));
            arguments.Add("SplitType", input.SplitType, value => Enum(typeof(SplitType), value, path + ".TransformInput.SplitType"));
            arguments.Add("S3OutputPath", output.S3OutputPath, String);
            arguments.Add("Accept", output.Accept, String);
            arguments.Add("AssembleWith", output.AssembleWith, value => Enum(typeof(AssemblyType), value, path + ".TransformOutput.AssembleWith"));
            arguments.Add("KmsKeyId", output.KmsKeyId, String);
            arguments.Add("InstanceType", resources.InstanceType, type => InstanceType(typeof(TransformInstanceTypes), type));
            arguments.Add("InstanceCount", resources.InstanceCount, Int);
            arguments.Add("VolumeKmsKeyId", resources.VolumeKmsKeyId, String);
            arguments.Add("TransformAmiVersion", resources.TransformAmiVersion, String);
            return arguments.Attribute("ValidationTransformJob");
        }

        // ------------------------------------------------------------------ helpers

        private string UniqueName(string name)
        {
            string candidate = name;
            for (int i = 2; !_usedNames.Add(candidate.TrimStart('@')); i++)
            {
                candidate = name.TrimStart('@') + i.ToString(CultureInfo.InvariantCulture);
            }

            return candidate;
        }

        // What DocComments.Summary reads back unchanged: one line, single spaces, no characters XML can't hold.
        private static bool FitsSummary(string text) =>
            text.Length > 0 && text.Trim() == text && !text.Contains("  ", StringComparison.Ordinal)
            && text.All(c => c >= ' ' && (c == ' ' || !char.IsWhiteSpace(c)) && c != '\uFFFE' && c != '\uFFFF');

        private static string OneLine(string text) => string.Join(" ", text.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries));

        /// <summary>
        /// A member the service requires (AG0001) that the attribute writing it always sends: no request without it
        /// succeeds, so no attribute says "absent" and the input is not reproduced. <paramref name="member"/> names it
        /// when the path ends at its parent.
        /// </summary>
        private static InexpressibleException Required(string path, string sentBy, string? member = null) =>
            new(path, (member ?? path.Substring(path.LastIndexOf('.') + 1)) + " is missing, but the service requires it and " + sentBy + " always sends it, so no class can leave it out");

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Enum(Type enumType, string? wire, string path) =>
            wire is null
                ? throw Required(path, "the attribute that writes it (a constructor argument)")
                : EnumMember(enumType, wire) ?? throw new InexpressibleException(path, "'" + wire + "' is not a " + enumType.Name + " value, so no attribute can write it");

        private static string Enums(Type enumType, List<string> values, string path) =>
            "new[] { " + string.Join(", ", values.Select((value, i) => Enum(enumType, value, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]"))) + " }";

        private static string InstanceTypes(Type constants, List<string> types) =>
            "new[] { " + string.Join(", ", types.Select(type => InstanceType(constants, type))) + " }";

        // "KEY=value" entries: the parser splits at the first '=', so a key can't hold one.
        private static string Map(Dictionary<string, string> map, string path)
        {
            foreach (string key in map.Keys.Where(key => key.Contains('=')))
            {
                throw new InexpressibleException(path + "." + key, "a key with '=' can't be written as a \"KEY=value\" entry");
            }

            return Strings(map.Select(entry => entry.Key + "=" + entry.Value));
        }

        /// <summary>An attribute's argument list: positional arguments first, then named ones in the order added.</summary>
        private sealed class Arguments
        {
            private readonly List<string> _items = new();

            public Arguments(params string?[] positional) =>
                _items.AddRange(positional.Where(argument => argument is not null)!);

            public void Add(string name, string value) => _items.Add(name + " = " + value);

            public void Add<T>(string name, T? value, Func<T, string> format)
                where T : class
            {
                if (value is not null)
                {
                    Add(name, format(value));
                }
            }

            public void Add<T>(string name, T? value, Func<T, string> format)
                where T : struct
            {
                if (value is { } present)
                {
                    Add(name, format(present));
                }
            }

            public string Attribute(string name, string indent = "")
            {
                string oneLine = "[" + name + (_items.Count == 0 ? string.Empty : "(" + string.Join(", ", _items) + ")") + "]";
                string itemIndent = "\n    " + indent;
                return oneLine.Length <= 120 || _items.Count < 2
                    ? oneLine
                    : "[" + name + "(" + itemIndent + string.Join("," + itemIndent, _items) + ")]";
            }
        }
    }
}
