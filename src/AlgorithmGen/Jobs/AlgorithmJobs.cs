using System;

namespace AlgorithmGen.Jobs
{
    /// <summary>Builders for the jobs that run an algorithm, from a typed instance of its class.</summary>
    public static class AlgorithmJobs
    {
        /// <summary>
        /// A <c>CreateTrainingJob</c> builder for the algorithm, with the instance's hyperparameters
        /// (<c>new GradientBoostingAlgorithm { NumRound = 200 }.CreateTrainingJob("gbm-1")</c>).
        /// </summary>
        public static TrainingJobBuilder CreateTrainingJob(this IAlgorithmHyperParameters algorithm, string trainingJobName)
        {
            if (algorithm is null)
            {
                throw new ArgumentNullException(nameof(algorithm));
            }

            return new TrainingJobBuilder(algorithm.Definition, trainingJobName, algorithm.ToHyperParameters());
        }

        /// <summary>
        /// A <c>CreateHyperParameterTuningJob</c> builder for the algorithm. The instance's hyperparameters become the
        /// static hyperparameters, except those a range varies; <paramref name="training"/> sets up the training jobs
        /// (role, inputs, output, resources) as for a training job.
        /// </summary>
        public static TuningJobBuilder CreateTuningJob(this IAlgorithmHyperParameters algorithm, string tuningJobName, Action<TrainingJobBuilder> training)
        {
            if (algorithm is null)
            {
                throw new ArgumentNullException(nameof(algorithm));
            }

            if (training is null)
            {
                throw new ArgumentNullException(nameof(training));
            }

            var template = new TrainingJobBuilder(algorithm.Definition, tuningJobName, algorithm.ToHyperParameters());
            training(template);
            return new TuningJobBuilder(algorithm.Definition, tuningJobName, template);
        }

        /// <summary>
        /// A <c>CreateModelPackage</c> builder for a model package made from the algorithm and a training job's model
        /// artifacts (<paramref name="modelDataUrl"/>, the job's <c>ModelArtifacts.S3ModelArtifacts</c>); a model whose
        /// container names the package runs transform jobs (<see cref="CreateTransformJob"/>).
        /// </summary>
        public static ModelPackageBuilder CreateModelPackage(this AlgorithmDefinition algorithm, string modelPackageName, string modelDataUrl) =>
            new ModelPackageBuilder(algorithm, modelPackageName, modelDataUrl);

        /// <summary>
        /// A <c>CreateTransformJob</c> builder for a model made from the algorithm (a model whose container names a model
        /// package of the algorithm), checked against the algorithm's inference specification.
        /// </summary>
        public static TransformJobBuilder CreateTransformJob(this AlgorithmDefinition algorithm, string transformJobName, string modelName) =>
            new TransformJobBuilder(algorithm, transformJobName, modelName);
    }
}
