#nullable enable
using AlgorithmGen.Model;

namespace AlgorithmGen.Rules
{
    /// <summary>How serious a violation is: the same scale as the analyzers' diagnostics.</summary>
    public enum RuleSeverity
    {
        /// <summary>Advice.</summary>
        Info,
        /// <summary>The API documents a rule the service may still accept.</summary>
        Warning,
        /// <summary>The service rejects the request.</summary>
        Error,
    }

    /// <summary>One broken rule in a request.</summary>
    public sealed class Violation
    {
        /// <summary>Creates a violation.</summary>
        /// <param name="rule">The broken rule.</param>
        /// <param name="path">Where in the request, e.g. <c>TrainingSpecification.TrainingChannels[0].Name</c>.</param>
        /// <param name="message">What is wrong and how to fix it.</param>
        /// <param name="member">The offending member's name, e.g. <c>Name</c> for the path above.</param>
        /// <param name="index">The offending item, when the member is a list.</param>
        /// <param name="mapKey">The offending entry's key, when the member is a map.</param>
        public Violation(Rule rule, string path, string message, string? member = null, int? index = null, string? mapKey = null)
            : this(null, rule, path, message, member, index, mapKey)
        {
        }

        // The owner comes first so that the two constructors never compete for the same call.
        internal Violation(IApiShape? owner, Rule rule, string path, string message, string? member, int? index, string? mapKey)
        {
            Rule = rule ?? throw new System.ArgumentNullException(nameof(rule));
            Path = path ?? throw new System.ArgumentNullException(nameof(path));
            Message = message ?? throw new System.ArgumentNullException(nameof(message));
            Owner = owner;
            Member = member;
            Index = index;
            MapKey = mapKey;
            Severity = rule.Severity;
        }

        /// <summary>The broken rule.</summary>
        public Rule Rule { get; }

        /// <summary>The rule's ID (documented in <c>docs/rules/&lt;ID&gt;.md</c>).</summary>
        public string RuleId => Rule.Id;

        /// <summary>How serious it is: the rule's catalogue severity, or the one the build or the run set (<see cref="RuleSeverities"/>).</summary>
        public RuleSeverity Severity { get; private set; }

        /// <summary>Where in the request, e.g. <c>TrainingSpecification.TrainingChannels[0].Name</c>.</summary>
        public string Path { get; }

        /// <summary>What is wrong and how to fix it.</summary>
        public string Message { get; }

        /// <summary>The structure holding the offending member (lets the analyzers find the attribute argument).</summary>
        internal IApiShape? Owner { get; }

        /// <summary>The offending member's name, e.g. <c>Name</c> for the path <c>TrainingSpecification.TrainingChannels[0].Name</c>.</summary>
        public string? Member { get; }

        /// <summary>The offending item, when the member is a list.</summary>
        public int? Index { get; }

        /// <summary>The offending entry's key, when the member is a map.</summary>
        public string? MapKey { get; }

        /// <summary>This violation at another severity (<see cref="RuleSeverities.Apply"/>).</summary>
        internal Violation WithSeverity(RuleSeverity severity)
        {
            var copy = (Violation)MemberwiseClone();
            copy.Severity = severity;
            return copy;
        }

        /// <inheritdoc />
        public override string ToString() => RuleId + " " + Severity.ToString().ToLowerInvariant() + " at " + Path + ": " + Message;
    }
}
