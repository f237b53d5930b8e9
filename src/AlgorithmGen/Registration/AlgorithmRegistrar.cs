using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Json;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;

namespace AlgorithmGen
{
    /// <summary>How <see cref="AlgorithmRegistrar.RegisterAsync"/> registers an algorithm.</summary>
    public sealed class AlgorithmRegistrationOptions
    {
        /// <summary>Validate and produce the payload (and write it when <see cref="OutputDirectory"/> is set) without calling SageMaker.</summary>
        public bool DryRun { get; set; }

        /// <summary>Where to write <c>&lt;AlgorithmName&gt;.create-algorithm.json</c>; not written when null.</summary>
        public string? OutputDirectory { get; set; }

        /// <summary>
        /// Adjusts the request before it is validated and sent: the place for values that differ between accounts,
        /// regions and stages (image URIs, role ARNs, S3 locations, KMS keys). The same rules then check the result.
        /// </summary>
        public Action<CreateAlgorithmRequest>? Configure { get; set; }
    }

    /// <summary>The outcome of registering one algorithm.</summary>
    public sealed class AlgorithmRegistrationResult
    {
        internal AlgorithmRegistrationResult(string algorithmName, CreateAlgorithmRequest request, string compactJson, bool dryRun, string? filePath, IReadOnlyList<Violation> warnings)
        {
            AlgorithmName = algorithmName;
            Request = request;
            CompactJson = compactJson;
            DryRun = dryRun;
            FilePath = filePath;
            Warnings = warnings;
        }

        /// <summary>The registered (or, in a dry run, validated) algorithm name.</summary>
        public string AlgorithmName { get; }

        /// <summary>The request that was validated, after <see cref="AlgorithmRegistrationOptions.Configure"/>.</summary>
        public CreateAlgorithmRequest Request { get; }

        /// <summary>The request body: compact JSON.</summary>
        public string CompactJson { get; }

        /// <summary>Whether this was a dry run (nothing sent).</summary>
        public bool DryRun { get; }

        /// <summary>The payload file written, if any.</summary>
        public string? FilePath { get; }

        /// <summary>Rule violations that did not stop registration (warnings and advice).</summary>
        public IReadOnlyList<Violation> Warnings { get; }
    }

    /// <summary>Thrown when a request breaks rules the service would reject it for; nothing was sent.</summary>
    public sealed class AlgorithmValidationException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public AlgorithmValidationException(string algorithmName, IReadOnlyList<Violation> violations)
            : base("The CreateAlgorithm request for '" + algorithmName + "' is not valid; nothing was sent:" + Environment.NewLine
                + string.Join(Environment.NewLine, violations.Select(v => "  " + v)))
        {
            AlgorithmName = algorithmName;
            Violations = violations;
        }

        /// <summary>The algorithm.</summary>
        public string AlgorithmName { get; }

        /// <summary>Every violation found, errors and warnings.</summary>
        public IReadOnlyList<Violation> Violations { get; }
    }

    /// <summary>Validates and registers algorithm definitions. Generated <c>RegisterAsync</c> methods call this.</summary>
    public static class AlgorithmRegistrar
    {
        /// <summary>
        /// Builds the request (compile-time values, then <see cref="AlgorithmRegistrationOptions.Configure"/>),
        /// validates it, and in a dry run returns it and writes it to <see cref="AlgorithmRegistrationOptions.OutputDirectory"/>.
        /// </summary>
        /// <exception cref="AlgorithmValidationException">The request has errors; nothing was sent or written.</exception>
        /// <exception cref="NotSupportedException">A live registration was asked for; this version registers through the AWS CLI with the written file.</exception>
        public static Task<AlgorithmRegistrationResult> RegisterAsync(AlgorithmDefinition definition, AlgorithmRegistrationOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (definition is null)
            {
                throw new ArgumentNullException(nameof(definition));
            }

            cancellationToken.ThrowIfCancellationRequested();
            options ??= new AlgorithmRegistrationOptions();
            CreateAlgorithmRequest request = definition.CreateRequest();
            options.Configure?.Invoke(request);

            IReadOnlyList<Violation> violations = ConstraintValidator.Validate(request);
            string name = request.AlgorithmName ?? definition.AlgorithmName;
            if (violations.Any(v => v.Severity == RuleSeverity.Error))
            {
                throw new AlgorithmValidationException(name, violations);
            }

            if (!options.DryRun)
            {
                throw new NotSupportedException(
                    "Registering '" + name + "' with SageMaker needs the SageMaker client, which this version does not include. "
                    + "Set DryRun = true to validate and write the payload, then run: aws sagemaker create-algorithm --cli-input-json file://" + PayloadFiles.FileNameFor(name));
            }

            string? filePath = null;
            if (options.OutputDirectory is { } directory)
            {
                Directory.CreateDirectory(directory);
                filePath = Path.Combine(directory, PayloadFiles.FileNameFor(name));
                File.WriteAllText(filePath, PayloadFiles.ContentFor(request));
            }

            return Task.FromResult(new AlgorithmRegistrationResult(name, request, PayloadJsonWriter.ToCompactJson(request), dryRun: true, filePath, violations));
        }
    }
}
