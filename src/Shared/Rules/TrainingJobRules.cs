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

        /// <summary>Which job is checked: the wording and the advice differ, the rules do not.</summary>
        public enum JobKind
        {
            /// <summary>The validation profile's training job, written with attributes.</summary>
            ValidationProfile,

            /// <summary>A real training job, as SageMaker hands it to the container or a builder sends it.</summary>
            TrainingJob,
        }

        // "The maximum value is 28 days" (MaxRuntimeInSeconds).
        internal const int MaxRuntimeLimit = 28 * 24 * 3600;

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
            string jobName = kind == JobKind.ValidationProfile ? "validation job" : "training job";
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
                        report(RuleCatalog.UndeclaredValidationChannel, input, Channel.Members.ChannelName.Name,
                            "The " + jobName + " reads channel '" + name + "', which the training specification does not declare; "
                            + (kind == JobKind.ValidationProfile ? "declare it with [Channel(\"" + name + "\", ...)] or use a declared channel." : "declare it with [Channel(\"" + name + "\", ...)] or remove it from the job."),
                            null, null);
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
                    report(RuleCatalog.MissingRequiredInValidation, job, TrainingJobDefinition.Members.InputDataConfig.Name,
                        "Required channel '" + channel.Name + "' gets no input in the " + jobName + "; "
                        + (kind == JobKind.ValidationProfile ? "add [ValidationInput(\"" + channel.Name + "\", ...)]." : "give the job an input channel named '" + channel.Name + "'."),
                        null, null);
                }
            }

            CheckHyperParameters(kind, jobName, specification, job, hyperParameters, ignoreUndeclared, setElsewhere, report);
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

            string theJob = kind == JobKind.ValidationProfile ? "The validation job" : "The training job";
            List<string>? supported = specification?.SupportedTrainingInstanceTypes;
            if (resources.InstanceType is { } type && supported is not null && !supported.Contains(type))
            {
                report(RuleCatalog.UnsupportedInValidation, resources, ResourceConfig.Members.InstanceType.Name,
                    theJob + " runs on " + type + ", which is not among the algorithm's SupportedTrainingInstanceTypes (" + string.Join(", ", supported) + ").", null, null);
            }

            int instances = resources.InstanceCount ?? 0;
            foreach (InstanceGroup group in resources.InstanceGroups ?? Enumerable.Empty<InstanceGroup>())
            {
                instances += group?.InstanceCount ?? 0;
                if (group?.InstanceType is { } groupType && supported is not null && !supported.Contains(groupType))
                {
                    report(RuleCatalog.UnsupportedInValidation, group, InstanceGroup.Members.InstanceType.Name,
                        "Instance group '" + group.InstanceGroupName + "' runs on " + groupType + ", which is not among the algorithm's SupportedTrainingInstanceTypes.", null, null);
                }
            }

            if (specification?.SupportsDistributedTraining != true && instances > 1)
            {
                report(RuleCatalog.DistributedTrainingNotSupported, resources, ResourceConfig.Members.InstanceCount.Name,
                    theJob + " asks for " + instances + " instances but the algorithm does not support distributed training; use 1 instance"
                    + (kind == JobKind.ValidationProfile ? " or set SupportsDistributedTraining = true." : " (its SupportsDistributedTraining is false)."), null, null);
            }

            string? localStorageType = ValidationProfileRules.HasLocalStorage(resources.InstanceType) ? resources.InstanceType
                : resources.InstanceGroups?.Select(group => group?.InstanceType).FirstOrDefault(ValidationProfileRules.HasLocalStorage);
            if (resources.VolumeKmsKeyId is not null && localStorageType is not null)
            {
                report(RuleCatalog.VolumeKmsKeyOnLocalStorage, resources, ResourceConfig.Members.VolumeKmsKeyId.Name,
                    localStorageType + " has local NVMe storage, encrypted by the instance; SageMaker refuses a VolumeKmsKeyId there. Remove it or use an EBS-only instance type.", null, null);
            }
        }

        /// <summary>MaxRuntimeInSeconds at most 28 days, and MaxWaitTimeInSeconds at least MaxRuntimeInSeconds.</summary>
        public static void CheckStoppingCondition(StoppingCondition? stopping, Reporter report)
        {
            if (stopping is { MaxRuntimeInSeconds: > MaxRuntimeLimit })
            {
                report(RuleCatalog.ValidationLimitExceeded, stopping, StoppingCondition.Members.MaxRuntimeInSeconds.Name,
                    "MaxRuntimeInSeconds is " + stopping.MaxRuntimeInSeconds + " seconds; \"the maximum value is 28 days\" (" + MaxRuntimeLimit + " seconds). Lower it.", null, null);
            }

            if (stopping is { MaxWaitTimeInSeconds: { } wait, MaxRuntimeInSeconds: { } runtime } && wait < runtime)
            {
                report(RuleCatalog.WaitShorterThanRuntime, stopping, StoppingCondition.Members.MaxWaitTimeInSeconds.Name,
                    "MaxWaitTimeInSeconds (" + wait + ") must be at least MaxRuntimeInSeconds (" + runtime + "): it includes the run time. Raise it to " + runtime + " or more.", null, null);
            }
        }

        private static void CheckInputAgainstChannel(JobKind kind, IApiShape job, Channel input, ChannelSpecification channel, string mode, Reporter report)
        {
            if (input.ContentType is { } contentType && channel.SupportedContentTypes is { } contentTypes && !contentTypes.Contains(contentType))
            {
                report(RuleCatalog.UnsupportedInValidation, input, Channel.Members.ContentType.Name,
                    "Channel '" + channel.Name + "' does not support content type '" + contentType + "'; use one of: " + string.Join(", ", contentTypes) + ".", null, null);
            }

            if (channel.SupportedInputModes is { } modes && !modes.Contains(mode))
            {
                bool inherited = input.InputMode is null;
                report(RuleCatalog.UnsupportedInValidation, inherited ? job : input, inherited ? TrainingJobDefinition.Members.TrainingInputMode.Name : Channel.Members.InputMode.Name,
                    "Channel '" + channel.Name + "' does not support input mode " + mode + (inherited ? " (the job's TrainingInputMode)" : string.Empty) + "; use one of: " + string.Join(", ", modes) + ".", null, null);
            }

            if (input.CompressionType is { } compression && compression != "None" && channel.SupportedCompressionTypes is { } compressions && !compressions.Contains(compression))
            {
                report(RuleCatalog.UnsupportedInValidation, input, Channel.Members.CompressionType.Name,
                    "Channel '" + channel.Name + "' does not support compression " + compression + "; use one of: " + string.Join(", ", compressions) + ".", null, null);
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
                report(RuleCatalog.PipeOnlyMember, input, Channel.Members.CompressionType.Name,
                    "CompressionType " + compression + " on channel '" + input.ChannelName + "' is used only in Pipe input mode; in " + mode + " mode leave it unset.", null, null);
            }

            if (input.RecordWrapperType is { } wrapper && wrapper != "None")
            {
                report(RuleCatalog.PipeOnlyMember, input, Channel.Members.RecordWrapperType.Name,
                    "RecordWrapperType " + wrapper + " on channel '" + input.ChannelName + "' applies in Pipe input mode only; in " + mode + " mode leave it unset.", null, null);
            }

            if (input.DataSource?.S3DataSource is { S3DataType: "AugmentedManifestFile" } s3)
            {
                report(RuleCatalog.PipeOnlyMember, s3, "S3DataType",
                    "AugmentedManifestFile on channel '" + input.ChannelName + "' can only be used in Pipe input mode; set the channel's InputMode to Pipe or use S3Prefix/ManifestFile.", null, null);
            }
        }

        private static void CheckHyperParameters(
            JobKind kind, string jobName, TrainingSpecification? specification, IApiShape job, IReadOnlyDictionary<string, string>? values,
            Func<string, bool>? ignoreUndeclared, ICollection<string>? setElsewhere, Reporter report)
        {
            Dictionary<string, HyperParameterSpecification> declared = (specification?.SupportedHyperParameters ?? new List<HyperParameterSpecification>())
                .Where(h => h?.Name is not null)
                .GroupBy(h => h.Name!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            string owner = kind == JobKind.ValidationProfile ? "The validation job's" : "The training job's";
            foreach (KeyValuePair<string, string> entry in values ?? new Dictionary<string, string>())
            {
                if (!declared.TryGetValue(entry.Key, out HyperParameterSpecification? hyperParameter))
                {
                    if (ignoreUndeclared?.Invoke(entry.Key) != true)
                    {
                        report(RuleCatalog.UndeclaredValidationHyperParameter, job, TrainingJobDefinition.Members.HyperParameters.Name,
                            "The " + jobName + " sets hyperparameter '" + entry.Key + "', which the training specification does not declare; declare it or remove it.", null, entry.Key);
                    }
                }
                else if (entry.Value is { } value && HyperParameterValues.Problem(hyperParameter, value) is { } problem)
                {
                    report(RuleCatalog.InvalidValidationHyperParameterValue, job, TrainingJobDefinition.Members.HyperParameters.Name,
                        owner + " value for '" + entry.Key + "' is not valid for " + HyperParameterValues.WithArticle(hyperParameter.Type) + " hyperparameter: " + problem + ".", null, entry.Key);
                }
            }

            foreach (HyperParameterSpecification hyperParameter in declared.Values)
            {
                if (hyperParameter.IsRequired == true && hyperParameter.DefaultValue is null && values?.ContainsKey(hyperParameter.Name!) != true
                    && setElsewhere?.Contains(hyperParameter.Name!) != true)
                {
                    report(RuleCatalog.MissingRequiredInValidation, job, TrainingJobDefinition.Members.HyperParameters.Name,
                        "Required hyperparameter '" + hyperParameter.Name + "' has no value in the " + jobName + "; "
                        + (kind == JobKind.ValidationProfile ? "add \"" + hyperParameter.Name + "=<value>\" to its HyperParameters." : "set it in the job's HyperParameters."),
                        null, kind == JobKind.ValidationProfile ? null : hyperParameter.Name);
                }
            }
        }
    }
}
