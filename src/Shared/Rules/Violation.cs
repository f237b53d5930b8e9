#nullable enable
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
        public Violation(string ruleId, RuleSeverity severity, string path, string message)
        {
            RuleId = ruleId;
            Severity = severity;
            Path = path;
            Message = message;
        }

        /// <summary>The rule's ID (documented in <c>docs/rules/&lt;ID&gt;.md</c>).</summary>
        public string RuleId { get; }

        /// <summary>How serious it is.</summary>
        public RuleSeverity Severity { get; }

        /// <summary>Where in the request, e.g. <c>TrainingSpecification.TrainingChannels[0].Name</c>.</summary>
        public string Path { get; }

        /// <summary>What is wrong and how to fix it.</summary>
        public string Message { get; }

        /// <inheritdoc />
        public override string ToString() => RuleId + " " + Severity.ToString().ToLowerInvariant() + " at " + Path + ": " + Message;
    }
}
