#nullable enable
using System.Collections.Generic;
using System.Linq;
using AlgorithmGen.Model;

namespace AlgorithmGen.Rules
{
    /// <summary>
    /// Runs the whole rule catalogue over a request: the service model's constraints, then the API's documented
    /// rules. The analyzers run exactly this over the request a class declares; the runtime runs it before a
    /// request is sent or written, including values assembled at run time.
    /// </summary>
    public static class RequestValidator
    {
        /// <summary>All violations of <paramref name="request"/>, constraints first, then by area.</summary>
        public static IReadOnlyList<Violation> Validate(CreateAlgorithmRequest request)
        {
            var violations = new List<Violation>(ConstraintValidator.Validate(request));
            var context = new RuleContext(request, violations);
            HyperParameterRules.Check(context);
            ChannelAndMetricRules.Check(context);
            ValidationProfileRules.Check(context);
            InferenceAndTagRules.Check(context);
            return violations;
        }

        /// <summary>Whether any violation is an error (the service would reject the request).</summary>
        public static bool HasErrors(IEnumerable<Violation> violations) => violations.Any(v => v.Severity == RuleSeverity.Error);
    }

    /// <summary>What a semantic rule sees: the request, and a way to report a violation at a member of a structure.</summary>
    internal sealed class RuleContext
    {
        private readonly List<Violation> _violations;
        private ShapePaths? _paths;

        public RuleContext(CreateAlgorithmRequest request, List<Violation> violations)
        {
            Request = request;
            _violations = violations;
        }

        public CreateAlgorithmRequest Request { get; }

        /// <summary>Reports <paramref name="message"/>'s rule at <paramref name="member"/> of <paramref name="owner"/>, the text filled with <paramref name="arguments"/>.</summary>
        public void Report(RuleMessage message, IApiShape owner, string? member, params object?[] arguments) =>
            Report(message.Rule, owner, member, message.Text(arguments));

        /// <summary>As <see cref="Report(RuleMessage, IApiShape, string?, object?[])"/>, at item <paramref name="index"/> of a list member.</summary>
        public void ReportItem(RuleMessage message, IApiShape owner, string member, int index, params object?[] arguments) =>
            Report(message.Rule, owner, member, message.Text(arguments), index);

        public void Report(Rule rule, IApiShape owner, string? member, string message, int? index = null, string? mapKey = null)
        {
            // Paths are only needed once something is wrong; most requests never pay for the walk.
            _paths ??= new ShapePaths(Request);
            string path = _paths.Of(owner, member, index) + (mapKey is null ? string.Empty : "." + mapKey);
            _violations.Add(new Violation(owner, rule, path, message, member, index, mapKey));
        }
    }
}
