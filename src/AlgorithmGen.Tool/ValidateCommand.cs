using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using AlgorithmGen.Json;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;

namespace AlgorithmGen.Tool
{
    /// <summary>
    /// <c>algorithmgen validate &lt;file.json&gt;... [--format text|sarif] [--severity RULE=LEVEL]...</c>: reads each
    /// file as a <see cref="CreateAlgorithmRequest"/> and reports every problem at once: what keeps it from being
    /// JSON (AGT001), every member of the wrong JSON type (AGT002), members the reader would drop silently (unknown
    /// AGT003, <c>null</c> AGT004, duplicate AGT005), and every violation of <see cref="RequestValidator"/>, the rule
    /// catalogue the analyzers and the runtime run. A member of the wrong type is left out of the request the rules
    /// see, and the rules' findings on it are not reported twice.
    /// </summary>
    internal static class ValidateCommand
    {
        public static Command Create(TextWriter output, TextWriter error)
        {
            var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "CreateAlgorithm JSON files (e.g. *.create-algorithm.json)." };
            var format = new Option<string>("--format") { Description = "text: one line per problem, then OK or FAIL per file; sarif: one SARIF 2.1.0 log of all files.", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "sarif");
            var severity = new Option<string[]>("--severity")
            {
                Description = "Change a rule's level, as .editorconfig's dotnet_diagnostic.<ID>.severity: RULE=error|warning|note|none (none drops the rule). Repeatable.",
                HelpName = "RULE=LEVEL",
                Arity = ArgumentArity.ZeroOrMore,
            };
            var command = new Command("validate", "Check CreateAlgorithm JSON files with AlgorithmGen's rules (AGT001-AGT005 for the file itself, AG0001-AG0999 for the request).\n\n" + Program.ExitCodesHelp)
            {
                files,
                format,
                severity,
            };
            command.SetAction(parseResult =>
            {
                SeverityOverrides? overrides = SeverityOverrides.Parse(parseResult.GetValue(severity) ?? Array.Empty<string>(), out string? problem);
                if (overrides is null)
                {
                    error.WriteLine("algorithmgen validate: " + problem);
                    return Program.ExitUsage;
                }

                return Run(parseResult.GetValue(files) ?? Array.Empty<string>(), parseResult.GetValue(format) == "sarif", overrides, output, error);
            });
            return command;
        }

        private static int Run(IReadOnlyList<string> files, bool sarif, SeverityOverrides overrides, TextWriter output, TextWriter error)
        {
            int exitCode = Program.ExitOk;
            var results = new List<(string File, IReadOnlyList<Finding> Findings)>();
            foreach (string file in files)
            {
                IReadOnlyList<Finding>? findings = Validate(file, overrides, out string? readFailure);
                if (findings is null)
                {
                    error.WriteLine($"algorithmgen validate: cannot read '{file}': {readFailure}.");
                    exitCode = Program.ExitUsage;
                    continue;
                }

                int errors = findings.Count(finding => finding.Level == Level.Error);
                if (errors > 0 && exitCode == Program.ExitOk)
                {
                    exitCode = Program.ExitInvalid;
                }

                if (sarif)
                {
                    results.Add((file, findings));
                }
                else
                {
                    foreach (Finding finding in findings)
                    {
                        output.WriteLine($"{Label(finding.Level)} {file}: {finding.Path}: {finding.Rule.Id} {finding.Message}");
                    }

                    output.WriteLine(errors == 0 ? $"OK {file}" : $"FAIL {file} ({errors} error{(errors == 1 ? string.Empty : "s")})");
                }
            }

            if (sarif)
            {
                SarifLog.Write(output, results);
            }

            return exitCode;
        }

        /// <summary>Every finding of <paramref name="file"/> at its effective level; null (with a reason) when it cannot be read.</summary>
        internal static IReadOnlyList<Finding>? Validate(string file, SeverityOverrides overrides, out string? readFailure) =>
            Read(file, overrides, out readFailure, out _);

        /// <summary>
        /// Reads <paramref name="file"/>, a CreateAlgorithm request or a DescribeAlgorithm response (told apart by the
        /// members only a response has), and reports every finding as <see cref="Validate"/> does. The request holds
        /// what could be read (a response's CreateAlgorithm members); null with the findings when the file is not a
        /// JSON object; null with <paramref name="readFailure"/> when it cannot be read.
        /// </summary>
        internal static IReadOnlyList<Finding>? Read(string file, SeverityOverrides overrides, out string? readFailure, out CreateAlgorithmRequest? request)
        {
            request = null;
            PayloadInput input = PayloadInput.Load(file);
            readFailure = input.ReadFailure;
            if (readFailure is not null)
            {
                return null;
            }

            var findings = new List<Finding>();
            if (input.Problem is not null)
            {
                findings.Add(input.Problem);
                return findings;
            }

            using JsonDocument document = input.Document!;
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                findings.Add(new Finding(ToolRules.WrongType, Level.Error, "input", $"the file holds a JSON {Kind(root)}; a CreateAlgorithm request is a JSON object"));
                return findings;
            }

            var typeErrorPaths = new List<string>();
            request = IsDescribeResponse(root)
                ? FromResponse(ReadShape<DescribeAlgorithmResponse>(root, findings, typeErrorPaths, overrides))
                : ReadShape<CreateAlgorithmRequest>(root, findings, typeErrorPaths, overrides);

            // The rules see the request as read; what they say about a member of the wrong type is already said.
            foreach (Violation violation in RequestValidator.Validate(request))
            {
                string path = string.IsNullOrEmpty(violation.Path) ? "input" : violation.Path;
                if (!typeErrorPaths.Any(typePath => IsAtOrUnder(path, typePath)))
                {
                    Add(findings, overrides, ToolRules.For(violation.Rule), path, violation.Message);
                }
            }

            return findings;
        }

        // Members a DescribeAlgorithm response has and a CreateAlgorithm request does not.
        private static bool IsDescribeResponse(JsonElement root) =>
            root.TryGetProperty(nameof(DescribeAlgorithmResponse.AlgorithmArn), out _)
            || root.TryGetProperty(nameof(DescribeAlgorithmResponse.AlgorithmStatus), out _)
            || root.TryGetProperty(nameof(DescribeAlgorithmResponse.CreationTime), out _);

        /// <summary>The CreateAlgorithm request a DescribeAlgorithm response describes (a response carries no tags).</summary>
        internal static CreateAlgorithmRequest FromResponse(DescribeAlgorithmResponse response) => new()
        {
            AlgorithmName = response.AlgorithmName,
            AlgorithmDescription = response.AlgorithmDescription,
            TrainingSpecification = response.TrainingSpecification,
            InferenceSpecification = response.InferenceSpecification,
            ValidationSpecification = response.ValidationSpecification,
            CertifyForMarketplace = response.CertifyForMarketplace,
        };

        // Reads the shape, reporting each wrong type (AGT002) and each member the reader dropped (AGT003-AGT005).
        private static T ReadShape<T>(JsonElement root, List<Finding> findings, List<string> typeErrorPaths, SeverityOverrides overrides)
            where T : class, IApiShape, new()
        {
            var typeErrors = new List<JsonException>();
            T shape = PayloadJsonReader.Read<T>(root, typeErrors);
            foreach (JsonException typeError in typeErrors)
            {
                string path = MemberPath(typeError.Path);
                typeErrorPaths.Add(path);

                // A list with a wrong item is left unset as a whole: the rules must not call it missing either.
                if (path.EndsWith("]", StringComparison.Ordinal) && path.LastIndexOf('[') is int bracket and > 0)
                {
                    typeErrorPaths.Add(path.Substring(0, bracket));
                }
                Add(findings, overrides, ToolRules.WrongType, path, WithoutPath(typeError));
            }

            // Whatever the reader skipped is not in the shape written back; each such member is reported.
            using (JsonDocument written = JsonDocument.Parse(PayloadJsonWriter.ToCompactJson(shape)))
            {
                CompareStructure(root, written.RootElement, string.Empty, typeErrorPaths, findings, overrides);
            }

            return shape;
        }

        private static void Add(List<Finding> findings, SeverityOverrides overrides, ToolRule rule, string path, string message)
        {
            Level level = overrides.LevelOf(rule);
            if (level != Level.None)
            {
                findings.Add(new Finding(rule, level, path, Shorten(message)));
            }
        }

        /// <summary>
        /// Reports every member of <paramref name="input"/> that the typed request written back
        /// (<paramref name="written"/>) does not have: unknown to the API, <c>null</c>, or given twice.
        /// </summary>
        private static void CompareStructure(JsonElement input, JsonElement written, string path, List<string> typeErrorPaths, List<Finding> findings, SeverityOverrides overrides)
        {
            switch (input.ValueKind)
            {
                case JsonValueKind.Object:
                    var names = new HashSet<string>(StringComparer.Ordinal);
                    foreach (JsonProperty member in input.EnumerateObject())
                    {
                        string memberPath = path.Length == 0 ? member.Name : path + "." + member.Name;
                        if (!names.Add(member.Name))
                        {
                            Add(findings, overrides, ToolRules.DuplicateMember, memberPath, "the member is given more than once");
                        }
                        else if (member.Value.ValueKind == JsonValueKind.Null)
                        {
                            Add(findings, overrides, ToolRules.NullValue, memberPath, "null is not a value; leave the member out");
                        }
                        else if (written.ValueKind != JsonValueKind.Object || !written.TryGetProperty(member.Name, out JsonElement writtenMember))
                        {
                            if (!typeErrorPaths.Any(typePath => IsAtOrUnder(typePath, memberPath)))
                            {
                                Add(findings, overrides, ToolRules.UnknownMember, memberPath, "unknown member (not in the CreateAlgorithm request of the shipped service model)");
                            }
                        }
                        else
                        {
                            CompareStructure(member.Value, writtenMember, memberPath, typeErrorPaths, findings, overrides);
                        }
                    }

                    break;
                case JsonValueKind.Array:
                    int index = 0;
                    int writtenLength = written.ValueKind == JsonValueKind.Array ? written.GetArrayLength() : 0;
                    foreach (JsonElement item in input.EnumerateArray())
                    {
                        if (index < writtenLength)
                        {
                            CompareStructure(item, written[index], path + "[" + index + "]", typeErrorPaths, findings, overrides);
                        }

                        index++;
                    }

                    break;
            }
        }

        private static bool IsAtOrUnder(string path, string ancestor) =>
            path == ancestor
            || (path.StartsWith(ancestor, StringComparison.Ordinal) && path.Length > ancestor.Length && path[ancestor.Length] is '.' or '[');

        private static string MemberPath(string? jsonPath)
        {
            if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
            {
                return "input";
            }

            return jsonPath!.StartsWith("$.", StringComparison.Ordinal) ? jsonPath.Substring(2) : jsonPath;
        }

        // The reader's messages start with the JSON path; the finding names the path already.
        private static string WithoutPath(JsonException exception)
        {
            string message = exception.Message;
            string? path = exception.Path;
            if (!string.IsNullOrEmpty(path) && message.StartsWith(path + " ", StringComparison.Ordinal))
            {
                message = message.Substring(path!.Length + 1);
            }

            return message.TrimEnd('.');
        }

        // A rule may quote the value; a 20 MB value must not become a 20 MB line.
        private static string Shorten(string message) => message.Length <= 2000 ? message : message.Substring(0, 2000) + "... (message cut at 2000 characters)";

        private static string Label(Level level) => level switch
        {
            Level.Error => "ERROR",
            Level.Warning => "WARNING",
            _ => "INFO",
        };

        private static string Kind(JsonElement element) => element.ValueKind.ToString().ToLowerInvariant();
    }
}
