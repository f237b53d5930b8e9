using System;
using System.Linq;
using AlgorithmGen.Generators.Analyzers;
using AlgorithmGen.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AlgorithmGen.Generators
{
    /// <summary>
    /// AG0999: an exception inside the generator or an analyzer. Letting it escape would cost too much (CS8785 drops every
    /// generated file of the project, AD0001 hides every diagnostic), so the failing class gets no output; but the failure
    /// is reported where it happened, naming the exception, rather than showing up later as "member missing" errors.
    /// </summary>
    internal static class InternalError
    {
        /// <summary>Where users report bugs.</summary>
        public const string ReportUri = "https://github.com/AlgorithmGen/AlgorithmGen/issues";

        /// <summary>
        /// Test hook: runs on each [Algorithm] class just before the generator and the analyzer parse it, so that tests can
        /// force a failure (no input is known to make AlgorithmGen throw). Never set outside tests.
        /// </summary>
        internal static Action<INamedTypeSymbol>? InjectFailure;

        public static void ThrowIfInjected(INamedTypeSymbol type) => InjectFailure?.Invoke(type);

        /// <summary>The message: which part failed, on which class, with what; and that it is ours to fix.</summary>
        public static string Message(string component, string typeName, Exception exception) =>
            RuleMessages.InternalError.Text(component, typeName, exception.GetType().FullName, OneLine(exception.Message), ReportUri);

        public static Diagnostic Create(Location location, string message) => Diagnostic.Create(Descriptors.For(RuleCatalog.InternalError), location, message);

        // A diagnostic message is one line in build output.
        private static string OneLine(string text) => text.Replace("\r", " ").Replace("\n", " ").Trim();
    }

    /// <summary>
    /// The generator's record of an <see cref="InternalError"/>: strings and spans only (no <see cref="Location"/>), so the
    /// pipeline's cached values stay free of syntax and symbols.
    /// </summary>
    internal sealed record GeneratorFailure(string Message, string FilePath, TextSpan Span, LinePositionSpan Lines)
    {
        public static GeneratorFailure From(INamedTypeSymbol type, Exception exception)
        {
            Location location = type.Locations.FirstOrDefault(l => l.IsInSource) ?? Location.None;
            return new GeneratorFailure(
                InternalError.Message("generator", type.ToDisplayString(), exception),
                location.SourceTree?.FilePath ?? string.Empty,
                location.SourceSpan,
                location.GetLineSpan().Span);
        }

        public Diagnostic ToDiagnostic() =>
            InternalError.Create(FilePath.Length > 0 ? Location.Create(FilePath, Span, Lines) : Location.None, Message);
    }
}
