namespace AlgorithmGen.Training
{
    /// <summary>How strictly a training job's inputs are bound to the algorithm class.</summary>
    public sealed class TrainingBindingOptions
    {
        /// <summary>
        /// What to do with hyperparameters and channels the class does not declare. Keys SageMaker and its SDK add
        /// (<c>_tuning_objective_metric</c>, <c>sagemaker_*</c>) are always accepted.
        /// </summary>
        public UndeclaredInputPolicy UndeclaredInputs { get; set; } = UndeclaredInputPolicy.Error;
    }

    /// <summary>What binding does with a hyperparameter or channel the algorithm class does not declare.</summary>
    public enum UndeclaredInputPolicy
    {
        /// <summary>A binding error (AG0302 for a hyperparameter, AG0301 for a channel): the job fails before user code runs.</summary>
        Error,

        /// <summary>Ignored: the value stays available in <see cref="TrainingEnvironment.HyperParameters"/> and the channel in <see cref="TrainingContext.InputChannels"/>.</summary>
        Ignore,
    }
}
