#nullable enable
namespace AlgorithmGen.Rules
{
    /// <summary>
    /// One rule of the catalogue: the analyzers turn it into a diagnostic descriptor, the run-time validator reports
    /// violations with its ID. Documented in <c>docs/rules/&lt;ID&gt;.md</c>.
    /// </summary>
    public sealed class Rule
    {
        /// <summary>
        /// Where the rule pages live (the declared repository's <c>docs/rules</c>, also shipped in the AlgorithmGen
        /// package under <c>docs/rules/</c>); diagnostics link to <c>HelpUriBase + Id + ".md"</c>.
        /// </summary>
        public const string HelpUriBase = RepositoryInfo.Url + "/blob/main/docs/rules/";

        internal Rule(string id, RuleSeverity severity, string area, string title, bool isFixable = false)
        {
            Id = id;
            Severity = severity;
            Area = area;
            Title = title;
            IsFixable = isFixable;
        }

        /// <summary>The ID, <c>AG</c> and four digits; the first two digits are the area.</summary>
        public string Id { get; }

        /// <summary>Error where the service rejects the request; warning where the API documents a rule the service may accept; info for advice.</summary>
        public RuleSeverity Severity { get; }

        /// <summary>The area (diagnostic category).</summary>
        public string Area { get; }

        /// <summary>What the rule enforces, in one line.</summary>
        public string Title { get; }

        /// <summary>Whether a code fix can repair a violation mechanically.</summary>
        public bool IsFixable { get; }

        /// <summary>The rule's documentation page.</summary>
        public string HelpUri => HelpUriBase + Id + ".md";

        /// <inheritdoc />
        public override string ToString() => Id + ": " + Title;
    }
}
