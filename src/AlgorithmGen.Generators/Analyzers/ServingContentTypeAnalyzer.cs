using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AlgorithmGen.Generators.Parsing;
using AlgorithmGen.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AlgorithmGen.Generators.Analyzers
{
    /// <summary>
    /// AG0405: an inference handler of algorithm X (a lambda or method converted to <c>InferenceHandler&lt;X.InferenceContract&gt;</c>)
    /// creates an <c>InferenceResponse</c> with a constant content type that X's <c>SupportedResponseMIMETypes</c> does
    /// not declare; the serving host would answer 500 instead. Only what is visible statically: constants in the
    /// handler's own body. Needs the generated contract type; where the IDE has not run the generator yet it stays silent.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ServingContentTypeAnalyzer : DiagnosticAnalyzer
    {
        private const string ResponseTypeName = "AlgorithmGen.Serving.InferenceResponse";
        private const string HandlerTypeName = "AlgorithmGen.Serving.InferenceHandler`1";
        private const string ContentTypeParameter = "contentType";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.For(RuleCatalog.UndeclaredResponseType), Descriptors.For(RuleCatalog.InternalError));

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName(ResponseTypeName) is not { } responseType
                    || start.Compilation.GetTypeByMetadataName(HandlerTypeName) is not { } handlerType)
                {
                    return; // The project does not reference AlgorithmGen.Serving.
                }

                var semanticModels = new SemanticModels(start.Compilation);
                // A method converted to handlers twice, or a lambda inside another handler, is checked once per place.
                var reported = new ConcurrentDictionary<Location, bool>();
                start.RegisterOperationAction(
                    operation => AnalyzeHandler(operation, responseType, handlerType, semanticModels, reported),
                    OperationKind.DelegateCreation);
            });
        }

        private static void AnalyzeHandler(OperationAnalysisContext context, INamedTypeSymbol responseType, INamedTypeSymbol handlerType, SemanticModels semanticModels, ConcurrentDictionary<Location, bool> reported)
        {
            try
            {
                var creation = (IDelegateCreationOperation)context.Operation;
                if (creation.Type is not INamedTypeSymbol { TypeArguments.Length: 1 } delegateType
                    || !SymbolEqualityComparer.Default.Equals(delegateType.OriginalDefinition, handlerType)
                    || Declared(delegateType.TypeArguments[0]) is not { } declared)
                {
                    return;
                }

                foreach (IOperation body in Bodies(creation, semanticModels, context))
                {
                    foreach (IArgumentOperation argument in body.Descendants().OfType<IArgumentOperation>())
                    {
                        if (argument.Parameter is { Name: ContentTypeParameter } parameter
                            && SymbolEqualityComparer.Default.Equals(parameter.ContainingType, responseType)
                            && argument.Value.ConstantValue is { HasValue: true, Value: string contentType }
                            && !declared.Types.Any(type => string.Equals(MediaType(type), MediaType(contentType), StringComparison.OrdinalIgnoreCase)))
                        {
                            Location location = argument.Value.Syntax.GetLocation();
                            if (reported.TryAdd(location, true))
                            {
                                context.ReportDiagnostic(declared.Types.Count == 0
                                    ? AlgorithmAnalyzer.Create(RuleMessages.NoResponseTypeDeclared, location, contentType, declared.AlgorithmName, declared.ClassName)
                                    : AlgorithmAnalyzer.Create(RuleMessages.UndeclaredResponseType, location, contentType, declared.AlgorithmName, string.Join(", ", declared.Types), declared.ClassName));
                            }
                        }
                    }
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Reported (AG0999) rather than AD0001, which would hide every other diagnostic, or nothing at all.
                context.ReportDiagnostic(InternalError.Create(context.Operation.Syntax.GetLocation(),
                    InternalError.Message("serving analyzer", context.ContainingSymbol.ToDisplayString(), exception)));
            }
        }

        /// <summary>The lambda's body, or the body of each declaration of the method a method group names.</summary>
        private static IEnumerable<IOperation> Bodies(IDelegateCreationOperation creation, SemanticModels semanticModels, OperationAnalysisContext context)
        {
            switch (creation.Target)
            {
                case IAnonymousFunctionOperation function:
                    yield return function.Body;
                    break;
                case IMethodReferenceOperation { Method: { } method }:
                    foreach (SyntaxReference reference in method.OriginalDefinition.DeclaringSyntaxReferences)
                    {
                        SyntaxNode syntax = reference.GetSyntax(context.CancellationToken);
                        SemanticModel model = creation.SemanticModel?.SyntaxTree == syntax.SyntaxTree ? creation.SemanticModel! : semanticModels.For(syntax.SyntaxTree);
                        if (model.GetOperation(syntax, context.CancellationToken) is { } body)
                        {
                            yield return body;
                        }
                    }

                    break;
            }
        }

        /// <summary>The response types the contract's algorithm declares, from its attributes; null when it is not a generated contract.</summary>
        private static DeclaredTypes? Declared(ITypeSymbol contract)
        {
            if (contract is not INamedTypeSymbol { ContainingType: { } algorithm } || contract is IErrorTypeSymbol)
            {
                return null;
            }

            AttributeData? specification = algorithm.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == AttributeNames.InferenceSpecification);
            AttributeData? declaration = algorithm.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == AttributeNames.Algorithm);
            if (specification is null || declaration is null)
            {
                return null;
            }

            // Read as the generator's parser reads them, so the contract and this check agree.
            List<string> declared = (new AttributeArguments(specification).Strings(nameof(InferenceSpecificationAttribute.SupportedResponseMIMETypes)) ?? new List<string>())
                .Where(type => type is not null).ToList();
            string name = new AttributeArguments(declaration).String(nameof(AlgorithmAttribute.Name)) ?? algorithm.Name;
            return new DeclaredTypes(name, algorithm.Name, declared);
        }

        private static string MediaType(string contentType)
        {
            int semicolon = contentType.IndexOf(';');
            return (semicolon < 0 ? contentType : contentType.Substring(0, semicolon)).Trim();
        }

        private sealed class DeclaredTypes
        {
            public DeclaredTypes(string algorithmName, string className, List<string> types)
            {
                AlgorithmName = algorithmName;
                ClassName = className;
                Types = types;
            }

            public string AlgorithmName { get; }

            public string ClassName { get; }

            public List<string> Types { get; }
        }
    }
}
