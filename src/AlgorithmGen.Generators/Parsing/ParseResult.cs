using System.Collections.Generic;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;

namespace AlgorithmGen.Generators.Parsing
{
    /// <summary>Something the parser could not turn into the request as written: the rule it breaks, where, and why.</summary>
    internal sealed class ParseProblem
    {
        public ParseProblem(Rule rule, SourceRef source, string message)
        {
            Rule = rule;
            Source = source;
            Message = message;
        }

        public Rule Rule { get; }

        public SourceRef Source { get; }

        public string Message { get; }
    }

    /// <summary>The problems found while parsing, in the order found (the parser reports them as it meets them).</summary>
    internal sealed class ParseProblems
    {
        private readonly List<ParseProblem> _problems = new();

        public IReadOnlyList<ParseProblem> All => _problems;

        public void Add(RuleMessage message, SourceRef source, params object?[] arguments) =>
            _problems.Add(new ParseProblem(message.Rule, source, message.Text(arguments)));
    }

    /// <summary>
    /// The one parse of an <c>[Algorithm]</c> class, which the generator and the analyzer both take: the request
    /// (null when the code is too incomplete to say), where each of its values came from (analyzer only), and every
    /// problem met on the way (unresolvable references, malformed map entries, non-constant defaults, attributes
    /// in places they do nothing).
    /// </summary>
    internal sealed class ParseResult
    {
        public ParseResult(CreateAlgorithmRequest? request, SourceMap? sourceMap, IReadOnlyList<ParseProblem> problems)
        {
            Request = request;
            SourceMap = sourceMap;
            Problems = problems;
        }

        public CreateAlgorithmRequest? Request { get; }

        public SourceMap? SourceMap { get; }

        public IReadOnlyList<ParseProblem> Problems { get; }
    }
}
