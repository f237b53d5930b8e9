#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using AlgorithmGen.Model;

namespace AlgorithmGen.Rules
{
    /// <summary>AG03xx: the validation profile's jobs must be jobs the algorithm can run.</summary>
    internal static class ValidationProfileRules
    {
        // Instance families with local NVMe instance storage: SageMaker refuses a VolumeKmsKeyId on them.
        private static readonly HashSet<string> LocalStorageFamilies = new HashSet<string>(StringComparer.Ordinal)
        {
            "c5d", "c6gd", "c6id", "c7gd", "d3", "g4dn", "g5", "g6", "g6e", "gr6", "i3", "i4i", "m5ad", "m5d", "m6gd", "m6id", "m7gd",
            "g7e", "p3dn", "p4d", "p4de", "p5", "p5e", "p5en", "p6-b200", "p6-b300", "p6e-gb200", "r5ad", "r5d", "r6gd", "r6id", "r7gd",
            "trn1", "trn1n", "trn2", "x2iedn", "z1d",
        };

        // "The maximum value is 28 days" (MaxRuntimeInSeconds); a transform job's instance count: "the maximum is 100".
        private const int MaxRuntimeLimit = 28 * 24 * 3600;
        private const int MaxTransformInstances = 100;

        public static void Check(RuleContext context)
        {
            CreateAlgorithmRequest request = context.Request;
            foreach (AlgorithmValidationProfile profile in request.ValidationSpecification?.ValidationProfiles ?? Enumerable.Empty<AlgorithmValidationProfile>())
            {
                if (profile is null)
                {
                    continue;
                }

                if (profile.TrainingJobDefinition is { } training)
                {
                    CheckTrainingJob(context, request.TrainingSpecification, training);
                }

                if (profile.TransformJobDefinition is { } transform)
                {
                    CheckTransformJob(context, request.InferenceSpecification, transform);
                }
            }
        }

        private static void CheckTrainingJob(RuleContext context, TrainingSpecification? specification, TrainingJobDefinition job)
        {
            TrainingJobRules.Check(TrainingJobRules.JobKind.ValidationProfile, specification, job, job.TrainingInputMode, job.InputDataConfig, job.HyperParameters,
                ignoreUndeclared: null, (rule, owner, member, message, index, mapKey) => context.Report(rule, owner, member, message, index, mapKey));
            CheckResources(context, specification, job.ResourceConfig);

            if (job.StoppingCondition is { MaxRuntimeInSeconds: > MaxRuntimeLimit } tooLong)
            {
                context.Report(RuleCatalog.ValidationLimitExceeded, tooLong, "MaxRuntimeInSeconds",
                    "MaxRuntimeInSeconds is " + tooLong.MaxRuntimeInSeconds + " seconds; \"the maximum value is 28 days\" (" + MaxRuntimeLimit + " seconds). Lower it.");
            }

            if (job.StoppingCondition is { MaxWaitTimeInSeconds: { } wait, MaxRuntimeInSeconds: { } runtime } stopping && wait < runtime)
            {
                context.Report(RuleCatalog.WaitShorterThanRuntime, stopping, "MaxWaitTimeInSeconds",
                    "MaxWaitTimeInSeconds (" + wait + ") must be at least MaxRuntimeInSeconds (" + runtime + "): it includes the run time. Raise it to " + runtime + " or more.");
            }
        }

        private static void CheckResources(RuleContext context, TrainingSpecification? specification, ResourceConfig? resources)
        {
            if (resources is null)
            {
                return;
            }

            List<string>? supported = specification?.SupportedTrainingInstanceTypes;
            if (resources.InstanceType is { } type && supported is not null && !supported.Contains(type))
            {
                context.Report(RuleCatalog.UnsupportedInValidation, resources, "InstanceType",
                    "The validation job runs on " + type + ", which is not among the algorithm's SupportedTrainingInstanceTypes (" + string.Join(", ", supported) + ").");
            }

            int instances = resources.InstanceCount ?? 0;
            foreach (InstanceGroup group in resources.InstanceGroups ?? Enumerable.Empty<InstanceGroup>())
            {
                instances += group?.InstanceCount ?? 0;
                if (group?.InstanceType is { } groupType && supported is not null && !supported.Contains(groupType))
                {
                    context.Report(RuleCatalog.UnsupportedInValidation, group, "InstanceType",
                        "Instance group '" + group.InstanceGroupName + "' runs on " + groupType + ", which is not among the algorithm's SupportedTrainingInstanceTypes.");
                }
            }

            if (specification?.SupportsDistributedTraining != true && instances > 1)
            {
                context.Report(RuleCatalog.DistributedTrainingNotSupported, resources, "InstanceCount",
                    "The validation job asks for " + instances + " instances but the algorithm does not support distributed training; use 1 instance or set SupportsDistributedTraining = true.");
            }

            string? localStorageType = HasLocalStorage(resources.InstanceType) ? resources.InstanceType
                : resources.InstanceGroups?.Select(group => group?.InstanceType).FirstOrDefault(HasLocalStorage);
            if (resources.VolumeKmsKeyId is not null && localStorageType is not null)
            {
                context.Report(RuleCatalog.VolumeKmsKeyOnLocalStorage, resources, "VolumeKmsKeyId",
                    localStorageType + " has local NVMe storage, encrypted by the instance; SageMaker refuses a VolumeKmsKeyId there. Remove it or use an EBS-only instance type.");
            }
        }

        private static void CheckTransformJob(RuleContext context, InferenceSpecification? inference, TransformJobDefinition job)
        {
            if (inference is null)
            {
                context.Report(RuleCatalog.InvalidTransformJob, job, null,
                    "The validation profile has a transform job but the algorithm has no inference specification to run it; add [InferenceSpecification] and an [InferenceContainer].");
            }

            if (job.TransformInput?.DataSource?.S3DataSource is { S3DataType: "AugmentedManifestFile" } source)
            {
                context.Report(RuleCatalog.InvalidTransformJob, source, "S3DataType",
                    "AugmentedManifestFile is not compatible with transform input; use S3Prefix or ManifestFile.");
            }

            if (job.TransformInput is { ContentType: { } contentType } input && inference?.SupportedContentTypes is { } contentTypes && !contentTypes.Contains(contentType))
            {
                context.Report(RuleCatalog.UnsupportedInValidation, input, "ContentType",
                    "The validation transform job sends " + contentType + ", which is not among the algorithm's inference SupportedContentTypes (" + string.Join(", ", contentTypes) + ").");
            }

            if (job.TransformOutput is { Accept: { } accept } output && inference?.SupportedResponseMIMETypes is { } responseTypes && !responseTypes.Contains(accept))
            {
                context.Report(RuleCatalog.UnsupportedInValidation, output, "Accept",
                    "The validation transform job accepts " + accept + ", which is not among the algorithm's SupportedResponseMIMETypes (" + string.Join(", ", responseTypes) + ").");
            }

            if (job.TransformResources is { } resources)
            {
                if (resources.InstanceCount > MaxTransformInstances)
                {
                    context.Report(RuleCatalog.ValidationLimitExceeded, resources, "InstanceCount",
                        "The validation transform job asks for " + resources.InstanceCount + " instances; \"the maximum is 100\". Lower it.");
                }

                if (resources.InstanceType is { } type && inference?.SupportedTransformInstanceTypes is { } supported && !supported.Contains(type))
                {
                    context.Report(RuleCatalog.UnsupportedInValidation, resources, "InstanceType",
                        "The validation transform job runs on " + type + ", which is not among the algorithm's SupportedTransformInstanceTypes (" + string.Join(", ", supported) + ").");
                }

                if (resources.VolumeKmsKeyId is not null && HasLocalStorage(resources.InstanceType))
                {
                    context.Report(RuleCatalog.VolumeKmsKeyOnLocalStorage, resources, "VolumeKmsKeyId",
                        resources.InstanceType + " has local NVMe storage, encrypted by the instance; SageMaker refuses a VolumeKmsKeyId there. Remove it or use an EBS-only instance type.");
                }
            }
        }

        /// <summary>Whether an instance type (<c>ml.&lt;family&gt;.&lt;size&gt;</c>) has local instance storage.</summary>
        internal static bool HasLocalStorage(string? instanceType)
        {
            string[] parts = (instanceType ?? string.Empty).Split('.');
            return parts.Length == 3 && LocalStorageFamilies.Contains(parts[1]);
        }
    }
}
