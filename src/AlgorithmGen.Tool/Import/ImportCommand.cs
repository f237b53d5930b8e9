using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using AlgorithmGen.Client;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;

namespace AlgorithmGen.Tool.Import
{
    /// <summary>
    /// <c>algorithmgen import &lt;file.json&gt; | --describe NAME [-o file.cs] [--namespace NS] [--class NAME] [--force]</c>:
    /// writes the annotated class whose generated payload means the same as a CreateAlgorithm request, a
    /// DescribeAlgorithm response, or a registered algorithm. The file is read by <see cref="ValidateCommand.Read"/>,
    /// the reader <c>validate</c> uses, so a file <c>validate</c> calls malformed is refused here in the same words.
    /// </summary>
    internal static class ImportCommand
    {
        private const string Name = "algorithmgen import";

        private static readonly Regex Identifier = new(@"^@?[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);
        private static readonly Regex QualifiedName = new(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$", RegexOptions.CultureInvariant);

        public static Command Create(TextWriter output, TextWriter error)
        {
            var file = new Argument<string?>("file") { Arity = ArgumentArity.ZeroOrOne, Description = "A CreateAlgorithm request or DescribeAlgorithm response JSON file." };
            var describe = new Option<string?>("--describe") { Description = "Import the registered algorithm NAME (or ARN), read with DescribeAlgorithm (region, endpoint and credentials as the AWS CLI finds them).", HelpName = "NAME" };
            var outputFile = new Option<string?>("--output", "-o") { Description = "The C# file to write. Default: <ClassName>.cs in the current folder.", HelpName = "file.cs" };
            var namespaceName = new Option<string>("--namespace") { Description = "The class's namespace.", DefaultValueFactory = _ => "Algorithms" };
            var force = new Option<bool>("--force") { Description = "Overwrite the output file if it exists (by default an existing file is left alone)." };
            var className = new Option<string?>("--class") { Description = "The class name. Default: from the algorithm name (gradient-boosting → GradientBoostingAlgorithm).", HelpName = "NAME" };
            var command = new Command("import", "Write the annotated C# class of an existing algorithm; its generated CreateAlgorithm payload means the same as the input, rule violations included (each suppressed with a #pragma that says why).\n\n" + Program.ExitCodesHelp)
            {
                file,
                describe,
                outputFile,
                namespaceName,
                className,
                force,
            };
            command.SetAction(parseResult => Run(
                parseResult.GetValue(file), parseResult.GetValue(describe), parseResult.GetValue(outputFile),
                parseResult.GetValue(namespaceName) ?? "Algorithms", parseResult.GetValue(className), parseResult.GetValue(force), output, error));
            return command;
        }

        private static int Run(string? file, string? describe, string? outputFile, string namespaceName, string? className, bool force, TextWriter output, TextWriter error)
        {
            if ((file is null) == (describe is null))
            {
                error.WriteLine($"{Name}: give either a JSON file or --describe NAME. Run '{Name} --help' for usage.");
                return Program.ExitUsage;
            }

            if (!QualifiedName.IsMatch(namespaceName))
            {
                error.WriteLine($"{Name}: --namespace '{namespaceName}' is not a C# namespace name.");
                return Program.ExitUsage;
            }

            if (className is not null && !Identifier.IsMatch(className))
            {
                error.WriteLine($"{Name}: --class '{className}' is not a C# identifier.");
                return Program.ExitUsage;
            }

            string source = file ?? "DescribeAlgorithm " + describe;
            var violations = new List<(string Rule, string Path, string Message)>();
            CreateAlgorithmRequest? request = file is not null
                ? ReadFile(file, violations, error, out int exitCode)
                : Describe(describe!, violations, error, out exitCode);
            if (request is null)
            {
                return exitCode;
            }

            className ??= AlgorithmClassWriter.ClassNameFor(request.AlgorithmName);
            string text;
            try
            {
                text = AlgorithmClassWriter.Write(request, namespaceName, className, file is null ? "DescribeAlgorithm '" + describe + "'" : Path.GetFileName(file), violations);
            }
            catch (InexpressibleException exception)
            {
                error.WriteLine($"{Name}: {source}: {exception.Path}: {exception.Message}; no class written.");
                return Program.ExitInvalid;
            }

            string target = outputFile ?? className.TrimStart('@') + ".cs";
            if (Directory.Exists(target))
            {
                error.WriteLine($"{Name}: cannot write '{target}': it is a folder; give a file name with --output.");
                return Program.ExitUsage;
            }

            // The class is the user's to edit after an import; a second import must not silently replace those edits.
            if (File.Exists(target) && !force)
            {
                error.WriteLine($"{Name}: '{target}' exists; give another --output or --force to replace it.");
                return Program.ExitUsage;
            }

            try
            {
                File.WriteAllText(target, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"{Name}: cannot write '{target}': {ExportCommand.Describe(exception)}.");
                return Program.ExitUsage;
            }

            output.WriteLine($"Wrote {target}: class {namespaceName}.{className.TrimStart('@')}" + (violations.Count == 0 ? "." : $", keeping {violations.Count} rule violation{(violations.Count == 1 ? string.Empty : "s")} of the input (see its #pragma comments)."));
            return Program.ExitOk;
        }

        // Problems with the file itself (AGT rules) stop the import; the request's rule violations are reproduced.
        private static CreateAlgorithmRequest? ReadFile(string file, List<(string Rule, string Path, string Message)> violations, TextWriter error, out int exitCode)
        {
            SeverityOverrides defaults = SeverityOverrides.Parse(Array.Empty<string>(), out _)!;
            IReadOnlyList<Finding>? findings = ValidateCommand.Read(file, defaults, out string? readFailure, out CreateAlgorithmRequest? request);
            if (findings is null)
            {
                error.WriteLine($"{Name}: cannot read '{file}': {readFailure}.");
                exitCode = Program.ExitUsage;
                return null;
            }

            List<Finding> fileProblems = findings.Where(finding => !RuleCatalog.All.Any(rule => rule.Id == finding.Rule.Id)).ToList();
            if (request is null || fileProblems.Count > 0)
            {
                foreach (Finding problem in fileProblems)
                {
                    error.WriteLine($"{Name}: {file}: {problem.Path}: {problem.Rule.Id} {problem.Message}");
                }

                error.WriteLine($"{Name}: {file} is not a CreateAlgorithm request or DescribeAlgorithm response as written; no class written.");
                exitCode = Program.ExitInvalid;
                return null;
            }

            violations.AddRange(findings.Select(finding => (finding.Rule.Id, finding.Path, finding.Message)));
            exitCode = Program.ExitOk;
            return request;
        }

        private static CreateAlgorithmRequest? Describe(string name, List<(string Rule, string Path, string Message)> violations, TextWriter error, out int exitCode)
        {
            DescribeAlgorithmResponse response;
            try
            {
                using var client = new SageMakerClient();
                response = client.DescribeAlgorithmAsync(new DescribeAlgorithmRequest { AlgorithmName = name }, CancellationToken.None).GetAwaiter().GetResult();
            }
            catch (SageMakerException exception)
            {
                // The library's and the service's words, not .NET's.
                error.WriteLine($"{Name}: DescribeAlgorithm '{name}' failed: {OneLine(exception.Message)}");
                exitCode = Program.ExitInvalid;
                return null;
            }

            CreateAlgorithmRequest request = ValidateCommand.FromResponse(response);
            violations.AddRange(RequestValidator.Validate(request).Select(violation => (violation.Rule.Id, string.IsNullOrEmpty(violation.Path) ? "input" : violation.Path, violation.Message)));
            exitCode = Program.ExitOk;
            return request;
        }

        private static string OneLine(string text) => string.Join(" ", text.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries));
    }
}
