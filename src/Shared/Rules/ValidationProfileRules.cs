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
            TrainingJobRules.Reporter report = context.Report;
            TrainingJobRules.Check(JobKind.ValidationProfile, specification, job, job.TrainingInputMode, job.InputDataConfig, job.HyperParameters,
                ignoreUndeclared: null, report);
            TrainingJobRules.CheckResources(JobKind.ValidationProfile, specification, job.ResourceConfig, report);
            TrainingJobRules.CheckStoppingCondition(job.StoppingCondition, report);
        }

        private static void CheckTransformJob(RuleContext context, InferenceSpecification? inference, TransformJobDefinition job) =>
            TransformJobRules.Check(JobKind.ValidationProfile, inference, job, job.TransformInput, job.TransformOutput, job.TransformResources,
                context.Report);

        /// <summary>Whether an instance type (<c>ml.&lt;family&gt;.&lt;size&gt;</c>) has local instance storage.</summary>
        internal static bool HasLocalStorage(string? instanceType)
        {
            string[] parts = (instanceType ?? string.Empty).Split('.');
            return parts.Length == 3 && LocalStorageFamilies.Contains(parts[1]);
        }
    }
}
