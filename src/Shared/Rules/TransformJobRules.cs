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
            JobKind kind, InferenceSpecification? inference, IApiShape job, TransformInput? input, TransformOutput? output, TransformResources? resources,
            TrainingJobRules.Reporter report)
        {
            if (inference is null)
            {
                report.Report(RuleMessages.NoInferenceSpecification.For(kind), job, null);
            }

            if (input?.DataSource?.S3DataSource is { S3DataType: "AugmentedManifestFile" } source)
            {
                report.Report(RuleMessages.AugmentedManifestTransformInput, source, S3DataSource.Members.S3DataType.Name);
            }

            if (input is { ContentType: { } contentType } && inference?.SupportedContentTypes is { } contentTypes && !contentTypes.Contains(contentType))
            {
                report.Report(RuleMessages.UnsupportedTransformContentType.For(kind), input, TransformInput.Members.ContentType.Name, contentType, string.Join(", ", contentTypes));
            }

            if (output is { Accept: { } accept } && inference?.SupportedResponseMIMETypes is { } responseTypes && !responseTypes.Contains(accept))
            {
                report.Report(RuleMessages.UnsupportedTransformAccept.For(kind), output, TransformOutput.Members.Accept.Name, accept, string.Join(", ", responseTypes));
            }

            if (resources is null)
            {
                return;
            }

            if (resources.InstanceCount > MaxTransformInstances)
            {
                report.Report(RuleMessages.TooManyTransformInstances.For(kind), resources, TransformResources.Members.InstanceCount.Name, resources.InstanceCount);
            }

            if (resources.InstanceType is { } type && inference?.SupportedTransformInstanceTypes is { } supported && !supported.Contains(type))
            {
                report.Report(RuleMessages.UnsupportedTransformInstanceType.For(kind), resources, TransformResources.Members.InstanceType.Name, type, string.Join(", ", supported));
            }

            if (resources.VolumeKmsKeyId is not null && ValidationProfileRules.HasLocalStorage(resources.InstanceType))
            {
                report.Report(RuleMessages.VolumeKmsKeyOnLocalStorage, resources, TransformResources.Members.VolumeKmsKeyId.Name, resources.InstanceType);
            }
        }
    }
}
