#nullable enable
using AlgorithmGen.Model;

namespace AlgorithmGen.Rules
{
    /// <summary>
    /// What a transform job must satisfy to run the algorithm's model: an inference specification, input it accepts
    /// (content type, not AugmentedManifestFile), output it produces, instance types it supports, documented limits.
    /// One set of checks for the validation profile's transform job (at compile time) and a transform job built at run time.
    /// </summary>
    internal static class TransformJobRules
    {
        // A transform job's instance count: "the maximum is 100".
        internal const int MaxTransformInstances = 100;

        /// <param name="kind">Which job this is (the validation profile's, or a real one): the wording differs.</param>
        /// <param name="inference">The algorithm's inference specification.</param>
        /// <param name="job">The structure job-level violations are reported at.</param>
        /// <param name="input">The job's TransformInput.</param>
        /// <param name="output">The job's TransformOutput.</param>
        /// <param name="resources">The job's TransformResources.</param>
        /// <param name="report">Where violations go.</param>
        public static void Check(
            TrainingJobRules.JobKind kind, InferenceSpecification? inference, IApiShape job, TransformInput? input, TransformOutput? output, TransformResources? resources,
            TrainingJobRules.Reporter report)
        {
            string theJob = kind == TrainingJobRules.JobKind.ValidationProfile ? "The validation transform job" : "The transform job";
            if (inference is null)
            {
                report(RuleCatalog.InvalidTransformJob, job, null,
                    kind == TrainingJobRules.JobKind.ValidationProfile
                        ? "The validation profile has a transform job but the algorithm has no inference specification to run it; add [InferenceSpecification] and an [InferenceContainer]."
                        : "The algorithm has no inference specification, so no model made from it can run a transform job; add [InferenceSpecification] and an [InferenceContainer].",
                    null, null);
            }

            if (input?.DataSource?.S3DataSource is { S3DataType: "AugmentedManifestFile" } source)
            {
                report(RuleCatalog.InvalidTransformJob, source, "S3DataType", "AugmentedManifestFile is not compatible with transform input; use S3Prefix or ManifestFile.", null, null);
            }

            if (input is { ContentType: { } contentType } && inference?.SupportedContentTypes is { } contentTypes && !contentTypes.Contains(contentType))
            {
                report(RuleCatalog.UnsupportedInValidation, input, TransformInput.Members.ContentType.Name,
                    theJob + " sends " + contentType + ", which is not among the algorithm's inference SupportedContentTypes (" + string.Join(", ", contentTypes) + ").", null, null);
            }

            if (output is { Accept: { } accept } && inference?.SupportedResponseMIMETypes is { } responseTypes && !responseTypes.Contains(accept))
            {
                report(RuleCatalog.UnsupportedInValidation, output, TransformOutput.Members.Accept.Name,
                    theJob + " accepts " + accept + ", which is not among the algorithm's SupportedResponseMIMETypes (" + string.Join(", ", responseTypes) + ").", null, null);
            }

            if (resources is null)
            {
                return;
            }

            if (resources.InstanceCount > MaxTransformInstances)
            {
                report(RuleCatalog.ValidationLimitExceeded, resources, TransformResources.Members.InstanceCount.Name,
                    theJob + " asks for " + resources.InstanceCount + " instances; \"the maximum is 100\". Lower it.", null, null);
            }

            if (resources.InstanceType is { } type && inference?.SupportedTransformInstanceTypes is { } supported && !supported.Contains(type))
            {
                report(RuleCatalog.UnsupportedInValidation, resources, TransformResources.Members.InstanceType.Name,
                    theJob + " runs on " + type + ", which is not among the algorithm's SupportedTransformInstanceTypes (" + string.Join(", ", supported) + ").", null, null);
            }

            if (resources.VolumeKmsKeyId is not null && ValidationProfileRules.HasLocalStorage(resources.InstanceType))
            {
                report(RuleCatalog.VolumeKmsKeyOnLocalStorage, resources, TransformResources.Members.VolumeKmsKeyId.Name,
                    resources.InstanceType + " has local NVMe storage, encrypted by the instance; SageMaker refuses a VolumeKmsKeyId there. Remove it or use an EBS-only instance type.", null, null);
            }
        }
    }
}
