using AlgorithmGen.Model;

namespace AlgorithmGen.Training
{
    /// <summary>
    /// Implemented by the <c>TrainingContext</c> class the generator nests in each <c>[Algorithm]</c> class of a project
    /// that references AlgorithmGen.Training: binds a training job's files to that class without reflection.
    /// </summary>
    /// <typeparam name="TSelf">The generated context type.</typeparam>
    public interface ITrainingContext<TSelf>
        where TSelf : TrainingContext, ITrainingContext<TSelf>
    {
        /// <summary>The algorithm the context belongs to: its name and the request its attributes declare.</summary>
        static abstract AlgorithmDefinition Algorithm { get; }

        /// <summary>
        /// Binds <paramref name="environment"/>: every hyperparameter parsed into the algorithm class, defaults applied,
        /// every declared channel found. Throws <see cref="TrainingBindingException"/> listing every problem at once.
        /// </summary>
        static abstract TSelf Bind(TrainingEnvironment environment, TrainingBindingOptions options);
    }
}
