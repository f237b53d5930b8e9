using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AlgorithmGen
{
    /// <summary>One member whose value differs between the local specification and the algorithm SageMaker has.</summary>
    public sealed class SpecificationDifference
    {
        internal SpecificationDifference(string path, string? localValue, string? serviceValue)
        {
            Path = path;
            LocalValue = localValue;
            ServiceValue = serviceValue;
        }

        /// <summary>The member, e.g. <c>TrainingSpecification.SupportedHyperParameters[0].DefaultValue</c>.</summary>
        public string Path { get; }

        /// <summary>The local value as JSON; null when the local specification leaves it unset.</summary>
        public string? LocalValue { get; }

        /// <summary>The service's value as JSON; null when the service's algorithm has it unset.</summary>
        public string? ServiceValue { get; }

        /// <inheritdoc />
        public override string ToString() => Path + ": SageMaker has " + (ServiceValue ?? "nothing") + ", local is " + (LocalValue ?? "nothing");
    }

    /// <summary>
    /// An algorithm of the same name already exists in SageMaker with a different specification. Algorithms cannot be
    /// changed, so nothing was created.
    /// </summary>
    public sealed class AlgorithmConflictException : Exception
    {
        private const int MaxListed = 10;

        /// <summary>Creates the exception.</summary>
        public AlgorithmConflictException(string algorithmName, string? algorithmArn, IReadOnlyList<SpecificationDifference> differences, string? versionedName)
            : base(BuildMessage(algorithmName, differences, versionedName))
        {
            AlgorithmName = algorithmName;
            AlgorithmArn = algorithmArn;
            Differences = differences;
            VersionedName = versionedName;
        }

        /// <summary>The name that is taken.</summary>
        public string AlgorithmName { get; }

        /// <summary>The existing algorithm's ARN.</summary>
        public string? AlgorithmArn { get; }

        /// <summary>Every member that differs, in member order.</summary>
        public IReadOnlyList<SpecificationDifference> Differences { get; }

        /// <summary>
        /// The name <see cref="AlgorithmConflictBehavior.RegisterVersionedName"/> would register under; null when that
        /// name was the one in conflict.
        /// </summary>
        public string? VersionedName { get; }

        private static string BuildMessage(string algorithmName, IReadOnlyList<SpecificationDifference> differences, string? versionedName)
        {
            var text = new StringBuilder();
            text.Append("Algorithm '").Append(algorithmName).Append("' already exists in SageMaker with a different specification, and algorithms cannot be changed. ")
                .Append(differences.Count == 1 ? "1 member differs:" : differences.Count + " members differ:");
            foreach (SpecificationDifference difference in differences.Take(MaxListed))
            {
                text.Append(Environment.NewLine).Append("  ").Append(difference);
            }

            if (differences.Count > MaxListed)
            {
                text.Append(Environment.NewLine).Append("  … and ").Append(differences.Count - MaxListed).Append(" more (see Differences)");
            }

            text.Append(Environment.NewLine).Append("Delete the existing algorithm, choose another name");
            if (versionedName != null)
            {
                text.Append(", or set OnConflict = AlgorithmConflictBehavior.RegisterVersionedName to register as '").Append(versionedName).Append('\'');
            }

            return text.Append('.').ToString();
        }
    }
}
