#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using AlgorithmGen.Model;

namespace AlgorithmGen.Rules
{
    /// <summary>
    /// What a training job must satisfy to run the algorithm: its channels are declared and of supported content
    /// types, modes and compressions, every required channel and hyperparameter has a value, and every value is valid
    /// for its declaration. One set of checks for the validation profile's job (at compile time), a training job
    /// built at run time, and the training container binding the job it was started for.
    /// </summary>
    internal static class TrainingJobRules
    {
        /// <summary>Receives one violation: the rule, the structure and member at fault, the message, and the list index or map key.</summary>
        /// <remarks>A job's own members are named by <see cref="TrainingJobDefinition.Members"/>: a real job's request names them alike.</remarks>
        public delegate void Reporter(Rule rule, IApiShape owner, string? member, string message, int? index, string? mapKey);

        // "The maximum value is 28 days" (MaxRuntimeInSeconds).
        internal const int MaxRuntimeLimit = 28 * 24 * 3600;

        /// <summary>Reports <paramref name="message"/>'s rule at <paramref name="member"/> of <paramref name="owner"/>, the text filled with <paramref name="arguments"/>.</summary>
        public static void Report(this Reporter report, RuleMessage message, IApiShape owner, string? member, params object?[] arguments) =>
            report(message.Rule, owner, member, message.Text(arguments), null, null);

        /// <summary>As <see cref="Report"/>, at the entry <paramref name="mapKey"/> of a map member.</summary>
        public static void ReportEntry(this Reporter report, RuleMessage message, IApiShape owner, string member, string? mapKey, params object?[] arguments) =>
            report(message.Rule, owner, member, message.Text(arguments), null, mapKey);

        /// <param name="kind">Which job this is.</param>
        /// <param name="specification">The algorithm's training specification.</param>
        /// <param name="job">The structure the hyperparameters and inputs belong to (where job-level violations are reported).</param>
        /// <param name="defaultInputMode">The job's TrainingInputMode, for channels that set none.</param>
        /// <param name="inputs">The job's channels.</param>
        /// <param name="hyperParameters">The job's hyperparameters, wire strings.</param>
        /// <param name="ignoreUndeclared">Keys and channel names that are not reported when undeclared (null: report all).</param>
        /// <param name="report">Where violations go.</param>
        public static void Check(
            JobKind kind,
            TrainingSpecification? specification,
            IApiShape job,
            string? defaultInputMode,
            IReadOnlyList<Channel>? inputs,
            IReadOnlyDictionary<string, string>? hyperParameters,
            Func<string, bool>? ignoreUndeclared,
            Reporter report) =>
            Check(kind, specification, job, defaultInputMode, inputs, hyperParameters, ignoreUndeclared, setElsewhere: null, report);

        /// <param name="kind">Which job this is.</param>
        /// <param name="specification">The algorithm's training specification.</param>
        /// <param name="job">The structure the hyperparameters and inputs belong to (where job-level violations are reported).</param>
        /// <param name="defaultInputMode">The job's TrainingInputMode, for channels that set none.</param>
        /// <param name="inputs">The job's channels.</param>
        /// <param name="hyperParameters">The job's hyperparameters, wire strings.</param>
        /// <param name="ignoreUndeclared">Keys and channel names that are not reported when undeclared (null: report all).</param>
        /// <param name="setElsewhere">Hyperparameters that get their values another way (a tuning job's ranges): not missing when required.</param>
        /// <param name="report">Where violations go.</param>
        public static void Check(
            JobKind kind,
            TrainingSpecification? specification,
            IApiShape job,
            string? defaultInputMode,
            IReadOnlyList<Channel>? inputs,
            IReadOnlyDictionary<string, string>? hyperParameters,
            Func<string, bool>? ignoreUndeclared,
            ICollection<string>? setElsewhere,
            Reporter report)
        {
            Dictionary<string, ChannelSpecification> channels = (specification?.TrainingChannels ?? new List<ChannelSpecification>())
                .Where(c => c?.Name is not null)
                .GroupBy(c => c.Name!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

            var usedChannels = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; inputs is not null && i < inputs.Count; i++)
            {
                Channel input = inputs[i];
                if (input?.ChannelName is not { } name)
                {
                    continue;
                }

                usedChannels.Add(name);
                string mode = input.InputMode ?? defaultInputMode ?? "File";
                if (!channels.TryGetValue(name, out ChannelSpecification? channel))
                {
                    if (ignoreUndeclared?.Invoke(name) != true)
                    {
                        report.Report(RuleMessages.UndeclaredChannel.For(kind), input, Channel.Members.ChannelName.Name, name);
                    }
                }
                else
                {
                    CheckInputAgainstChannel(kind, job, input, channel, mode, report);
                }

                CheckPipeOnly(input, mode, report);
            }

            foreach (ChannelSpecification channel in channels.Values)
            {
                if (channel.IsRequired == true && !usedChannels.Contains(channel.Name!))
                {
                    report.Report(RuleMessages.MissingRequiredChannel.For(kind), job, TrainingJobDefinition.Members.InputDataConfig.Name, channel.Name);
                }
            }

            CheckHyperParameters(kind, specification, job, hyperParameters, ignoreUndeclared, setElsewhere, report);
        }

        /// <summary>
        /// The job's instances: every instance type among the algorithm's SupportedTrainingInstanceTypes, more than one
        /// instance only with distributed training, and no VolumeKmsKeyId on instance types with local NVMe storage.
        /// </summary>
        public static void CheckResources(JobKind kind, TrainingSpecification? specification, ResourceConfig? resources, Reporter report)
        {
            if (resources is null)
            {
                return;
            }

            List<string>? supported = specification?.SupportedTrainingInstanceTypes;
            if (resources.InstanceType is { } type && supported is not null && !supported.Contains(type))
            {
                report.Report(RuleMessages.UnsupportedTrainingInstanceType.For(kind), resources, ResourceConfig.Members.InstanceType.Name, type, string.Join(", ", supported));
            }

            int instances = resources.InstanceCount ?? 0;
            foreach (InstanceGroup group in resources.InstanceGroups ?? Enumerable.Empty<InstanceGroup>())
            {
                instances += group?.InstanceCount ?? 0;
                if (group?.InstanceType is { } groupType && supported is not null && !supported.Contains(groupType))
                {
                    report.Report(RuleMessages.UnsupportedGroupInstanceType, group, InstanceGroup.Members.InstanceType.Name, group.InstanceGroupName, groupType);
                }
            }

            if (specification?.SupportsDistributedTraining != true && instances > 1)
            {
                report.Report(RuleMessages.DistributedTrainingNotSupported.For(kind), resources, ResourceConfig.Members.InstanceCount.Name, instances);
            }

            string? localStorageType = ValidationProfileRules.HasLocalStorage(resources.InstanceType) ? resources.InstanceType
                : resources.InstanceGroups?.Select(group => group?.InstanceType).FirstOrDefault(ValidationProfileRules.HasLocalStorage);
            if (resources.VolumeKmsKeyId is not null && localStorageType is not null)
            {
                report.Report(RuleMessages.VolumeKmsKeyOnLocalStorage, resources, ResourceConfig.Members.VolumeKmsKeyId.Name, localStorageType);
            }
        }

        /// <summary>MaxRuntimeInSeconds at most 28 days, and MaxWaitTimeInSeconds at least MaxRuntimeInSeconds.</summary>
        public static void CheckStoppingCondition(StoppingCondition? stopping, Reporter report)
        {
            if (stopping is { MaxRuntimeInSeconds: > MaxRuntimeLimit })
            {
                report.Report(RuleMessages.MaxRuntimeExceeded, stopping, StoppingCondition.Members.MaxRuntimeInSeconds.Name, stopping.MaxRuntimeInSeconds, MaxRuntimeLimit);
            }

            if (stopping is { MaxWaitTimeInSeconds: { } wait, MaxRuntimeInSeconds: { } runtime } && wait < runtime)
            {
                report.Report(RuleMessages.WaitShorterThanRuntime, stopping, StoppingCondition.Members.MaxWaitTimeInSeconds.Name, wait, runtime);
            }
        }

        private static void CheckInputAgainstChannel(JobKind kind, IApiShape job, Channel input, ChannelSpecification channel, string mode, Reporter report)
        {
            if (input.ContentType is { } contentType && channel.SupportedContentTypes is { } contentTypes && !contentTypes.Contains(contentType))
            {
                report.Report(RuleMessages.UnsupportedContentType, input, Channel.Members.ContentType.Name, channel.Name, contentType, string.Join(", ", contentTypes));
            }

            if (channel.SupportedInputModes is { } modes && !modes.Contains(mode))
            {
                if (input.InputMode is null)
                {
                    report.Report(RuleMessages.UnsupportedInheritedInputMode, job, TrainingJobDefinition.Members.TrainingInputMode.Name, channel.Name, mode, string.Join(", ", modes));
                }
                else
                {
                    report.Report(RuleMessages.UnsupportedInputMode, input, Channel.Members.InputMode.Name, channel.Name, mode, string.Join(", ", modes));
                }
            }

            if (input.CompressionType is { } compression && compression != "None" && channel.SupportedCompressionTypes is { } compressions && !compressions.Contains(compression))
            {
                report.Report(RuleMessages.UnsupportedCompression, input, Channel.Members.CompressionType.Name, channel.Name, compression, string.Join(", ", compressions));
            }
        }

        private static void CheckPipeOnly(Channel input, string mode, Reporter report)
        {
            if (mode == "Pipe")
            {
                return;
            }

            if (input.CompressionType is { } compression && compression != "None")
            {
                report.Report(RuleMessages.CompressionOutsidePipe, input, Channel.Members.CompressionType.Name, compression, input.ChannelName, mode);
            }

            if (input.RecordWrapperType is { } wrapper && wrapper != "None")
            {
                report.Report(RuleMessages.RecordWrapperOutsidePipe, input, Channel.Members.RecordWrapperType.Name, wrapper, input.ChannelName, mode);
            }

            if (input.DataSource?.S3DataSource is { S3DataType: "AugmentedManifestFile" } s3)
            {
                report.Report(RuleMessages.AugmentedManifestOutsidePipe, s3, S3DataSource.Members.S3DataType.Name, input.ChannelName);
            }
        }

        private static void CheckHyperParameters(
            JobKind kind, TrainingSpecification? specification, IApiShape job, IReadOnlyDictionary<string, string>? values,
            Func<string, bool>? ignoreUndeclared, ICollection<string>? setElsewhere, Reporter report)
        {
            Dictionary<string, HyperParameterSpecification> declared = (specification?.SupportedHyperParameters ?? new List<HyperParameterSpecification>())
                .Where(h => h?.Name is not null)
                .GroupBy(h => h.Name!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (KeyValuePair<string, string> entry in values ?? new Dictionary<string, string>())
            {
                if (!declared.TryGetValue(entry.Key, out HyperParameterSpecification? hyperParameter))
                {
                    if (ignoreUndeclared?.Invoke(entry.Key) != true)
                    {
                        report.ReportEntry(RuleMessages.UndeclaredHyperParameter.For(kind), job, TrainingJobDefinition.Members.HyperParameters.Name, entry.Key, entry.Key);
                    }
                }
                else if (entry.Value is { } value && HyperParameterValues.Problem(hyperParameter, value) is { } problem)
                {
                    report.ReportEntry(RuleMessages.InvalidHyperParameterValue.For(kind), job, TrainingJobDefinition.Members.HyperParameters.Name, entry.Key,
                        entry.Key, HyperParameterValues.WithArticle(hyperParameter.Type), problem);
                }
            }

            foreach (HyperParameterSpecification hyperParameter in declared.Values)
            {
                if (hyperParameter.IsRequired == true && hyperParameter.DefaultValue is null && values?.ContainsKey(hyperParameter.Name!) != true
                    && setElsewhere?.Contains(hyperParameter.Name!) != true)
                {
                    report.ReportEntry(RuleMessages.MissingRequiredHyperParameter.For(kind), job, TrainingJobDefinition.Members.HyperParameters.Name,
                        kind == JobKind.ValidationProfile ? null : hyperParameter.Name, hyperParameter.Name);
                }
            }
        }
    }
}
