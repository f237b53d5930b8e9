using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AlgorithmGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AlgorithmGen.Generators.Parsing
{
    /// <summary>
    /// Where a structure of the request came from: the attribute that declared it (for hyperparameters also the
    /// property), and for the members the parser read from an argument of another name, that argument's name.
    /// </summary>
    internal sealed class ShapeSource
    {
        private readonly Dictionary<string, string[]> _arguments;

        public ShapeSource(AttributeArguments? attribute, PropertySource? property, Dictionary<string, string[]>? arguments)
        {
            Attribute = attribute;
            Property = property;
            _arguments = arguments ?? new Dictionary<string, string[]>(StringComparer.Ordinal);
        }

        public AttributeArguments? Attribute { get; }

        public PropertySource? Property { get; }

        /// <summary>The attribute arguments member <paramref name="member"/> was read from, in the order to look for them.</summary>
        public IReadOnlyList<string> ArgumentsOf(string member) =>
            _arguments.TryGetValue(member, out string[]? names) ? names : new[] { member };
    }

    /// <summary>
    /// The parts of a hyperparameter's property that values came from: its initializer (the default), its
    /// <c>required</c> modifier (IsRequired) and its type (Type); anything else points at the property's name.
    /// </summary>
    internal sealed class PropertySource
    {
        private readonly Dictionary<string, Location> _parts;

        public PropertySource(IPropertySymbol symbol, Dictionary<string, Location> parts, Location? name)
        {
            Symbol = symbol;
            _parts = parts;
            Name = name;
        }

        public IPropertySymbol Symbol { get; }

        /// <summary>The property's name in its declaration, when it is in source.</summary>
        public Location? Name { get; }

        public Location? Of(string member) => _parts.TryGetValue(member, out Location? location) ? location : Name;
    }

    /// <summary>
    /// A place in the source a value or a problem came from: an attribute argument (or one item or map entry of
    /// it), else a property part, else the attribute, else the declaring symbol.
    /// </summary>
    internal readonly struct SourceRef
    {
        private readonly AttributeArguments? _attribute;
        private readonly IReadOnlyList<string> _arguments;
        private readonly int? _index;
        private readonly string? _mapKey;
        private readonly Location? _part;
        private readonly ISymbol? _symbol;

        public SourceRef(AttributeArguments? attribute, IReadOnlyList<string> arguments, int? index, string? mapKey, Location? part = null, ISymbol? symbol = null)
        {
            _attribute = attribute;
            _arguments = arguments;
            _index = index;
            _mapKey = mapKey;
            _part = part;
            _symbol = symbol;
        }

        /// <summary>A part of a declaration (a property's type or initializer), for problems found on a property.</summary>
        public static SourceRef Part(Location? part, ISymbol symbol) => new(null, Array.Empty<string>(), null, null, part, symbol);

        public Location Locate(Location fallback, CancellationToken cancellationToken)
        {
            AttributeSyntax? application = _attribute?.Application(cancellationToken);
            if (application is not null)
            {
                foreach (string name in _arguments)
                {
                    if (_attribute!.Value.Syntax(name, cancellationToken) is { } argument)
                    {
                        return ((_mapKey is not null ? MapEntry(argument, _mapKey) : Element(argument, _index)) ?? argument).GetLocation();
                    }
                }
            }

            if (_part is not null)
            {
                return _part;
            }

            if (application is not null)
            {
                return application.Name.GetLocation();
            }

            return _symbol?.Locations.FirstOrDefault() ?? fallback;
        }

        /// <summary>Item <paramref name="index"/> of an array or collection expression, if the argument is one.</summary>
        private static ExpressionSyntax? Element(ExpressionSyntax argument, int? index) =>
            index is { } i && Items(argument).ElementAtOrDefault(i) is { } item ? item : null;

        /// <summary>The last <c>"KEY=value"</c> item for <paramref name="key"/> in an array argument (the one that wins).</summary>
        private static ExpressionSyntax? MapEntry(ExpressionSyntax argument, string key) =>
            Items(argument).LastOrDefault(item => item is LiteralExpressionSyntax { Token.ValueText: { } text }
                && (text == key || text.StartsWith(key + "=", StringComparison.Ordinal)));

        private static IEnumerable<ExpressionSyntax?> Items(ExpressionSyntax argument) => argument switch
        {
            ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
            ImplicitArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
            CollectionExpressionSyntax collection => collection.Elements.Select(element => (element as ExpressionElementSyntax)?.Expression),
            _ => Enumerable.Empty<ExpressionSyntax?>(),
        };
    }

    /// <summary>
    /// Records, while the parser builds a request, where each structure came from, so a rule violation on a
    /// structure's member (and item, or map key) can be placed on the attribute argument or property part that set
    /// it. Only the analyzers ask for a map: the generator's cached model never holds syntax or symbols.
    /// </summary>
    internal sealed class SourceMap
    {
        private readonly Dictionary<IApiShape, ShapeSource> _sources = new(AlgorithmGen.Rules.ShapeReferenceComparer.Instance);

        public void Bind(IApiShape shape, ShapeSource source)
        {
            if (!_sources.ContainsKey(shape))
            {
                _sources[shape] = source;
            }
        }

        /// <summary>Where <paramref name="member"/> of <paramref name="shape"/> came from; null when the shape was not parsed from source.</summary>
        public SourceRef? Find(IApiShape shape, string? member, int? index = null, string? mapKey = null)
        {
            if (!_sources.TryGetValue(shape, out ShapeSource? source))
            {
                return null;
            }

            IReadOnlyList<string> arguments = member is null ? Array.Empty<string>() : source.ArgumentsOf(member);
            Location? part = member is null ? null : source.Property?.Of(member);
            return new SourceRef(source.Attribute, arguments, index, mapKey, part, source.Property?.Symbol);
        }
    }
}
