using System;
using AlgorithmGen.Model;

namespace GradientBoosting
{
    /// <summary>Values that differ per account or stage, overridden from the environment without recompiling.</summary>
    internal static class Deployment
    {
        /// <summary>The variable that overrides the declared training image (an image in the deploying account's registry).</summary>
        public const string TrainingImageVariable = "GBM_TRAINING_IMAGE";

        /// <summary>Applies the overrides to the CreateAlgorithm request before it is validated and sent.</summary>
        public static void Configure(CreateAlgorithmRequest request)
        {
            if (Environment.GetEnvironmentVariable(TrainingImageVariable) is { Length: > 0 } image)
            {
                request.TrainingSpecification!.TrainingImage = image;
            }
        }
    }
}
