using System.Collections.Generic;

namespace AlgorithmGen.Jobs
{
    /// <summary>
    /// An instance of an <see cref="AlgorithmAttribute"/> class: its hyperparameter values and the algorithm it
    /// belongs to. The generator implements it on every algorithm class, without reflection, so jobs can be built
    /// from a typed instance (<see cref="AlgorithmJobs"/>).
    /// </summary>
    public interface IAlgorithmHyperParameters
    {
        /// <summary>The algorithm the class declares.</summary>
        AlgorithmDefinition Definition { get; }

        /// <summary>
        /// The instance's hyperparameters as a job's <c>HyperParameters</c> map: wire names, values written with
        /// <see cref="HyperParameterCodec"/> (the codec the training container's binder reads them with), enums by their
        /// <c>[EnumMember]</c> wire values, null values left out.
        /// </summary>
        Dictionary<string, string> ToHyperParameters();
    }
}
