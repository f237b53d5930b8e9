using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using AlgorithmGen.Json;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;

namespace AlgorithmGen.Tool
{
    /// <summary>
    /// <c>algorithmgen validate &lt;file.json&gt;...</c>: reads each file as a <see cref="CreateAlgorithmRequest"/> and
    /// reports, in this order, what the reader cannot take (not JSON, wrong JSON types), what it would drop silently
    /// (members the API does not have, <c>null</c> values, duplicate members), and every violation
    /// <see cref="RequestValidator"/> finds. Output lines are those of <c>tests/tools/validate_payload.py</c>:
    /// <c>ERROR|WARNING|INFO file: path: message</c>, then <c>OK file</c> or <c>FAIL file (N errors)</c>.
    /// </summary>
    internal static class ValidateCommand
    {
        public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        {
            var files = new List<string>();
            foreach (string arg in args)
            {
                if (arg.StartsWith("-", StringComparison.Ordinal) && arg != "-")
                {
                    error.WriteLine($"algorithmgen validate: unknown option '{arg}'.");
                    return Program.ExitUsage;
                }

                files.Add(arg);
            }

            if (files.Count == 0)
            {
                error.WriteLine("algorithmgen validate: give one or more files. Usage: algorithmgen validate <file.json>...");
                return Program.ExitUsage;
            }

            int exitCode = Program.ExitOk;
            foreach (string file in files)
            {
                string text;
                try
                {
                    text = File.ReadAllText(file);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    error.WriteLine($"algorithmgen validate: cannot read '{file}': {exception.Message}");
                    exitCode = Program.ExitUsage;
                    continue;
                }

                int errors = Validate(file, text, output);
                output.WriteLine(errors == 0 ? $"OK {file}" : $"FAIL {file} ({errors} errors)");
                if (errors > 0 && exitCode == Program.ExitOk)
                {
                    exitCode = Program.ExitInvalid;
                }
            }

            return exitCode;
        }

        /// <summary>Writes one line per problem of <paramref name="text"/>; returns the number of errors.</summary>
        internal static int Validate(string file, string text, TextWriter output)
        {
            CreateAlgorithmRequest request;
            var structural = new List<string>();
            using (JsonDocument? document = Parse(text, out string? parseError))
            {
                if (document is null)
                {
                    output.WriteLine($"ERROR {file}: input: not JSON: {parseError}");
                    return 1;
                }

                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    output.WriteLine($"ERROR {file}: input: should be a JSON object but is a JSON {Kind(document.RootElement)}");
                    return 1;
                }

                try
                {
                    request = PayloadJsonReader.Read<CreateAlgorithmRequest>(document.RootElement);
                }
                catch (JsonException exception)
                {
                    output.WriteLine($"ERROR {file}: {Path(exception.Path)}: {Message(exception)}");
                    return 1;
                }

                // Whatever the reader skipped is not in the request written back; each such member is an error.
                using (JsonDocument written = JsonDocument.Parse(PayloadJsonWriter.ToCompactJson(request)))
                {
                    CompareStructure(document.RootElement, written.RootElement, string.Empty, structural);
                }
            }

            foreach (string problem in structural)
            {
                output.WriteLine($"ERROR {file}: {problem}");
            }

            // The rules see the request as read, without the members above.
            int errors = structural.Count;
            foreach (Violation violation in RequestValidator.Validate(request))
            {
                string level = violation.Severity switch
                {
                    RuleSeverity.Error => "ERROR",
                    RuleSeverity.Warning => "WARNING",
                    _ => "INFO",
                };
                if (violation.Severity == RuleSeverity.Error)
                {
                    errors++;
                }

                string path = string.IsNullOrEmpty(violation.Path) ? "input" : violation.Path;
                output.WriteLine($"{level} {file}: {path}: {violation.RuleId} {violation.Message}");
            }

            return errors;
        }

        private static JsonDocument? Parse(string text, out string? parseError)
        {
            try
            {
                parseError = null;
                return JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow });
            }
            catch (JsonException exception)
            {
                parseError = exception.Message;
                return null;
            }
        }

        /// <summary>
        /// Reports every member of <paramref name="input"/> that the typed request written back
        /// (<paramref name="written"/>) does not have: unknown to the API, <c>null</c>, or given twice.
        /// </summary>
        private static void CompareStructure(JsonElement input, JsonElement written, string path, List<string> problems)
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
                            problems.Add($"{memberPath}: the member is given more than once");
                        }
                        else if (member.Value.ValueKind == JsonValueKind.Null)
                        {
                            problems.Add($"{memberPath}: null is not a value; leave the member out");
                        }
                        else if (written.ValueKind != JsonValueKind.Object || !written.TryGetProperty(member.Name, out JsonElement writtenMember))
                        {
                            problems.Add($"{memberPath}: unknown member (not in the CreateAlgorithm request of the shipped service model)");
                        }
                        else
                        {
                            CompareStructure(member.Value, writtenMember, memberPath, problems);
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
                            CompareStructure(item, written[index], path + "[" + index + "]", problems);
                        }

                        index++;
                    }

                    break;
            }
        }

        private static string Path(string? jsonPath)
        {
            if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
            {
                return "input";
            }

            return jsonPath!.StartsWith("$.", StringComparison.Ordinal) ? jsonPath.Substring(2) : jsonPath;
        }

        // The reader's messages start with the JSON path; the line names the path already.
        private static string Message(JsonException exception)
        {
            string message = exception.Message;
            string? path = exception.Path;
            if (!string.IsNullOrEmpty(path) && message.StartsWith(path + " ", StringComparison.Ordinal))
            {
                message = message.Substring(path!.Length + 1);
            }

            return message;
        }

        private static string Kind(JsonElement element) => element.ValueKind.ToString().ToLowerInvariant();
    }
}
