using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using AlgorithmGen.Generators.Analyzers;
using AlgorithmGen.Generators.Configuration;
using AlgorithmGen.Generators.Model;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AlgorithmGen.Generators.Parsing
{
    /// <summary>
    /// Everything AlgorithmGen works out from one <c>[Algorithm]</c> class, once, for the generator and the analyzer
    /// alike: the generator's model and the diagnostics of the parse and of the rule catalogue, placed in the source.
    /// It holds no symbol and no compilation (diagnostics point into syntax trees only), so it can be kept for as long
    /// as the class's declaration and its <see cref="DeclarationEnvironment"/> stay the same (<see cref="ClassAnalyses"/>).
    /// </summary>
    internal sealed class ClassAnalysis
    {
        private ClassAnalysis(AlgorithmModel? model, ImmutableArray<Diagnostic> diagnostics, string? algorithmName, Location? nameLocation, Exception? failure)
        {
            Model = model;
            Diagnostics = diagnostics;
            AlgorithmName = algorithmName;
            NameLocation = nameLocation;
            Failure = failure;
        }

        /// <summary>What the generator emits for the class; null when it emits nothing (half-typed code, a shape it cannot extend, a failure).</summary>
        public AlgorithmModel? Model { get; }

        /// <summary>The parse's problems, the rule catalogue's violations and the metric lines' mismatches, in that order.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>The declared <c>AlgorithmName</c>, for the project-wide duplicate check.</summary>
        public string? AlgorithmName { get; }

        /// <summary>Where <see cref="AlgorithmName"/> is written.</summary>
        public Location? NameLocation { get; }

        /// <summary>An exception from inside AlgorithmGen (AG0999): each consumer reports it in its own words.</summary>
        public Exception? Failure { get; }

        /// <summary>Parses and checks <paramref name="type"/>; an exception is kept as <see cref="Failure"/>, never thrown.</summary>
        /// <param name="hasTrainingContext">Whether the project generates the training container's code, whose metric lines are checked too.</param>
        public static ClassAnalysis Analyze(INamedTypeSymbol type, SyntaxNode declaration, SemanticModels semanticModels, bool hasTrainingContext, CancellationToken cancellationToken)
        {
            try
            {
                InternalError.ThrowIfInjected(type);
                var training = new TrainingBindings();
                ParseResult parse = AlgorithmParser.Parse(type, semanticModels, withSourceMap: true, cancellationToken, training);
                Location fallback = type.Locations.FirstOrDefault() ?? Location.None;
                var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
                foreach (ParseProblem problem in parse.Problems)
                {
                    diagnostics.Add(Diagnostic.Create(Descriptors.For(problem.Rule), problem.Source.Locate(fallback, cancellationToken), problem.Message));
                }

                if (parse.Request is not { } request || parse.SourceMap is not { } sourceMap)
                {
                    // Half-typed attributes: the compiler's own errors say what is wrong.
                    return new ClassAnalysis(null, diagnostics.ToImmutable(), null, null, null);
                }

                foreach (Violation violation in RequestValidator.Validate(request))
                {
                    Location location = violation.Owner is { } owner
                        ? Locate(sourceMap, owner, violation.Member, violation.Index, violation.MapKey, fallback, cancellationToken)
                        : fallback;
                    diagnostics.Add(Diagnostic.Create(Descriptors.For(violation.Rule), location, violation.Message));
                }

                if (hasTrainingContext)
                {
                    AddMetricLineMismatches(diagnostics, request, training, sourceMap, fallback, cancellationToken);
                }

                Location? nameLocation = request.AlgorithmName is null
                    ? null
                    : Locate(sourceMap, request, nameof(CreateAlgorithmRequest.AlgorithmName), null, null, fallback, cancellationToken);
                AlgorithmModel? model = request.AlgorithmName is { } name && CanDeclarePartial(type)
                    ? new AlgorithmModel(TypeModelOf(type), name, new RequestSnapshot(request), IsCatalogVisible(type), TrainingModel.From(type, request, training),
                        declaration.SyntaxTree.FilePath, SourceSuppressions.Of(type, declaration, cancellationToken))
                    : null;
                return new ClassAnalysis(model, diagnostics.ToImmutable(), request.AlgorithmName, nameLocation, null);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One class must never take down the others (CS8785, AD0001): its failure is reported at it instead.
                return new ClassAnalysis(null, ImmutableArray<Diagnostic>.Empty, null, null, exception);
            }
        }

        /// <summary>A diagnostic of <paramref name="message"/>'s rule, its text filled with <paramref name="arguments"/>.</summary>
        internal static Diagnostic Create(RuleMessage message, Location location, params object?[] arguments) =>
            Diagnostic.Create(Descriptors.For(message.Rule), location, message.Text(arguments));

        // AG0207: the generated metric method's line must come back through the regex (compile time only: the format is not in the request).
        private static void AddMetricLineMismatches(ImmutableArray<Diagnostic>.Builder diagnostics, CreateAlgorithmRequest request, TrainingBindings training, SourceMap sourceMap, Location fallback, CancellationToken cancellationToken)
        {
            foreach (MetricDefinition metric in request.TrainingSpecification?.MetricDefinitions ?? new List<MetricDefinition>())
            {
                if (metric?.Name is null || metric.Regex is null)
                {
                    continue;
                }

                TrainingModel.LineOf(metric, training, out string? problem);
                if (problem is not null)
                {
                    bool hasFormat = training.MetricFormats.TryGetValue(metric, out string? format) && format is not null;
                    // The line comes from the Format argument when written, else from the regex.
                    Location location = Locate(sourceMap, metric, hasFormat ? nameof(MetricAttribute.Format) : nameof(MetricDefinition.Regex), null, null, fallback, cancellationToken);
                    diagnostics.Add(Create(RuleMessages.MetricLineMismatch, location, metric.Name, problem));
                }
            }
        }

        private static Location Locate(SourceMap sourceMap, IApiShape shape, string? member, int? index, string? mapKey, Location fallback, CancellationToken cancellationToken) =>
            sourceMap.Find(shape, member, index, mapKey) is { } source ? source.Locate(fallback, cancellationToken) : fallback;

        /// <summary>
        /// The class and every containing type are named, non-generic classes (an analyzer reports the others). One that
        /// lacks <c>partial</c> is generated all the same: the compiler then reports CS0260 at the user's declaration, next
        /// to AG0901, instead of a CS0117 at every use of a generated member.
        /// </summary>
        private static bool CanDeclarePartial(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            {
                if (current.IsGenericType || current.TypeKind != TypeKind.Class || current.IsRecord || !SyntaxFacts.IsValidIdentifier(current.Name))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsCatalogVisible(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            {
                if (current.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
                {
                    return false;
                }
            }

            return true;
        }

        private static TypeModel TypeModelOf(INamedTypeSymbol type)
        {
            string ns = type.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : string.Empty;
            var chain = new List<INamedTypeSymbol>();
            for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            {
                chain.Insert(0, current);
            }

            EquatableArray<string> declarations = chain
                .Select(declared => (declared.IsStatic ? "static " : string.Empty) + "partial class " + declared.Name)
                .ToEquatableArray();
            string hint = (ns.Length > 0 ? ns + "." : string.Empty) + string.Join(".", chain.Select(declared => declared.Name));
            return new TypeModel(
                ns,
                declarations,
                type.Name,
                type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                hint);
        }
    }

    /// <summary>
    /// The analyses of <c>[Algorithm]</c> classes, kept per class declaration with the environment they were made in.
    /// The generator analyses each class; the analyzers, which run on the same trees plus the generated ones, report
    /// the same analysis instead of parsing again, and after an edit that leaves a class's declaration and environment
    /// as they were (a keystroke in a method body), neither parses it again.
    /// </summary>
    internal static class ClassAnalyses
    {
        private static readonly ConditionalWeakTable<SyntaxNode, Slot> Slots = new();

        /// <summary>
        /// The analysis of <paramref name="type"/> declared at <paramref name="declaration"/> in <paramref name="compilation"/>:
        /// the kept one when it still holds, else a new one, kept for the next caller.
        /// </summary>
        public static ClassAnalysis For(INamedTypeSymbol type, SyntaxNode declaration, Compilation compilation, SemanticModels semanticModels, CancellationToken cancellationToken)
        {
            DeclarationEnvironment environment = DeclarationEnvironment.Of(compilation);
            Slot slot = Slots.GetValue(declaration, static _ => new Slot());
            if (slot.Entry is { } kept && kept.HoldsIn(environment, compilation))
            {
                return kept.Analysis;
            }

            bool hasTrainingContext = compilation.GetTypeByMetadataName(Emitting.TrainingEmitter.ContextInterface) is not null;
            ClassAnalysis analysis = ClassAnalysis.Analyze(type, declaration, semanticModels, hasTrainingContext, cancellationToken);
            slot.Entry = new Entry(environment, analysis);
            return analysis;
        }

        /// <summary>The kept analysis of any of <paramref name="type"/>'s declarations, when it holds in <paramref name="compilation"/>.</summary>
        public static ClassAnalysis? Find(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
        {
            DeclarationEnvironment? environment = null;
            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                if (Slots.TryGetValue(reference.GetSyntax(cancellationToken), out Slot? slot) && slot.Entry is { } kept)
                {
                    environment ??= DeclarationEnvironment.Of(compilation);
                    if (kept.HoldsIn(environment, compilation))
                    {
                        return kept.Analysis;
                    }
                }
            }

            return null;
        }

        /// <summary>The analysis kept for <paramref name="declaration"/>, whatever environment it was made in (for tests).</summary>
        internal static ClassAnalysis? KeptFor(SyntaxNode declaration) =>
            Slots.TryGetValue(declaration, out Slot? slot) ? slot.Entry?.Analysis : null;

        private sealed class Slot
        {
            private volatile Entry? _entry;

            public Entry? Entry
            {
                get => _entry;
                set => _entry = value;
            }
        }

        private sealed class Entry
        {
            public Entry(DeclarationEnvironment environment, ClassAnalysis analysis)
            {
                Environment = environment;
                Analysis = analysis;
            }

            public DeclarationEnvironment Environment { get; }

            public ClassAnalysis Analysis { get; }

            /// <summary>
            /// Made in an equivalent environment, and every place it reports is in <paramref name="compilation"/>: a
            /// partial declaration's file may have been replaced by an equivalent one since, and a diagnostic must never
            /// point into a file the compilation does not have.
            /// </summary>
            public bool HoldsIn(DeclarationEnvironment environment, Compilation compilation) =>
                ReferenceEquals(Environment, environment)
                && Analysis.Diagnostics.All(diagnostic => diagnostic.Location.SourceTree is not { } tree || compilation.ContainsSyntaxTree(tree))
                && (Analysis.NameLocation?.SourceTree is not { } nameTree || compilation.ContainsSyntaxTree(nameTree));
        }
    }
}
