using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using AlgorithmGen.Build;
using AlgorithmGen.Client;
using AlgorithmGen.Json;
using AlgorithmGen.Model;
using AlgorithmGen.Payloads;
using AlgorithmGen.Rules;
using Microsoft.Extensions.Logging;

namespace AlgorithmGen.Tool
{
    /// <summary>
    /// <c>algorithmgen register &lt;assembly | file.json&gt;...</c>: registers the algorithms of built assemblies and of
    /// CreateAlgorithm JSON files with the library's own registration (<see cref="AlgorithmRegistrar.RegisterAllAsync"/>):
    /// validated first, idempotent, retried, with typed errors, a dry run and the algorithm-status waiter. Nothing is
    /// sent unless every input reads and every request is valid.
    /// </summary>
    internal static class RegisterCommand
    {
        public static Command Create(TextWriter output, TextWriter error)
        {
            var inputs = new Argument<string[]>("inputs")
            {
                Arity = ArgumentArity.OneOrMore,
                Description = "Built assemblies (.dll, read as metadata, never loaded) and CreateAlgorithm JSON files, in any mix.",
            };
            var dryRun = new Option<bool>("--dry-run") { Description = "Read and validate everything, write the payload files when --output is given, send nothing." };
            var folder = new Option<string>("--output", "-o") { Description = "Also write <AlgorithmName>.create-algorithm.json for each algorithm into this folder.", HelpName = "folder" };
            var wait = new Option<bool>("--wait") { Description = "Wait until SageMaker has validated each algorithm (status Completed); a Failed validation is an error." };
            var waitTimeout = new Option<TimeSpan>("--wait-timeout")
            {
                Description = "The longest --wait waits for one algorithm, as hh:mm:ss.",
                DefaultValueFactory = _ => new WaiterOptions().Timeout,
                HelpName = "hh:mm:ss",
            };
            var onConflict = new Option<string>("--on-conflict")
            {
                Description = "When the name is taken by a different specification: fail, or versioned-name to register as <name>-<content hash>.",
                DefaultValueFactory = _ => "fail",
            };
            onConflict.AcceptOnlyFromAmong("fail", "versioned-name");
            var region = new Option<string>("--region") { Description = "The AWS Region. Default: as the AWS CLI finds it (AWS_REGION, the profile)." };
            var endpoint = new Option<string>("--endpoint-url") { Description = "The SageMaker endpoint. Default: as the AWS CLI finds it (AWS_ENDPOINT_URL_SAGEMAKER, the Region's endpoint).", HelpName = "url" };
            var profile = new Option<string>("--profile") { Description = "The profile of the shared AWS config and credentials files. Default: AWS_PROFILE, then 'default'." };
            var concurrency = new Option<int>("--max-concurrency") { Description = "How many algorithms are registered at once.", DefaultValueFactory = _ => 4 };
            var verbose = new Option<bool>("--verbose", "-v") { Description = "Log each request, retry and wait step on stderr." };
            var severity = new Option<string[]>("--severity")
            {
                Description = "Change a rule's level, winning over the severities the build baked into an assembly's algorithms: RULE=error|warning|note|none (none drops the rule). Repeatable.",
                HelpName = "RULE=LEVEL",
                Arity = ArgumentArity.ZeroOrMore,
            };
            var command = new Command("register", "Register the algorithms of built assemblies and CreateAlgorithm JSON files with SageMaker: validated first, idempotent (an identical existing algorithm is success), retried.\n\n" + ExitCodesHelp)
            {
                inputs, dryRun, folder, wait, waitTimeout, onConflict, region, endpoint, profile, concurrency, verbose, severity,
            };
            command.SetAction((parseResult, cancellationToken) =>
            {
                var options = new AlgorithmRegistrationOptions
                {
                    DryRun = parseResult.GetValue(dryRun),
                    OutputDirectory = parseResult.GetValue(folder) is { } directory ? Path.GetFullPath(directory) : null,
                    OnConflict = parseResult.GetValue(onConflict) == "versioned-name" ? AlgorithmConflictBehavior.RegisterVersionedName : AlgorithmConflictBehavior.Fail,
                    MaxConcurrency = parseResult.GetValue(concurrency),
                    Logger = parseResult.GetValue(verbose) ? new StderrLogger(error) : null,
                    ClientOptions = new SageMakerClientOptions { Region = parseResult.GetValue(region), Profile = parseResult.GetValue(profile) },
                };
                if (parseResult.GetValue(wait))
                {
                    options.WaitUntilUsable = new WaiterOptions { Timeout = parseResult.GetValue(waitTimeout), Logger = options.Logger };
                }

                // The same RULE=LEVEL as `validate`: it checks the JSON inputs, and the library's registration applies it to every algorithm.
                SeverityOverrides? overrides = SeverityOverrides.Parse(parseResult.GetValue(severity) ?? Array.Empty<string>(), out string? severityProblem);
                if (overrides is null)
                {
                    error.WriteLine("algorithmgen register: " + severityProblem);
                    return System.Threading.Tasks.Task.FromResult(Program.ExitUsage);
                }

                options.RuleSeverities = overrides.ToRuleSeverities();
                if (options.MaxConcurrency < 1)
                {
                    error.WriteLine("algorithmgen register: --max-concurrency must be at least 1.");
                    return System.Threading.Tasks.Task.FromResult(Program.ExitUsage);
                }

                if (parseResult.GetValue(endpoint) is { } url)
                {
                    if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                    {
                        error.WriteLine($"algorithmgen register: --endpoint-url '{url}' is not an http or https URL.");
                        return System.Threading.Tasks.Task.FromResult(Program.ExitUsage);
                    }

                    options.ClientOptions.EndpointUrl = uri;
                }

                return RunAsync(parseResult.GetValue(inputs) ?? Array.Empty<string>(), options, overrides, output, error, cancellationToken);
            });
            return command;
        }

        private const string ExitCodesHelp =
            "Exit codes: 0 every algorithm registered (or valid, with --dry-run), 1 an input is invalid, or SageMaker refused or "
            + "could not be reached, or AWS is not configured (one line says which), 2 usage error or unreadable input, 3 internal error.";

        private static async System.Threading.Tasks.Task<int> RunAsync(
            IReadOnlyList<string> inputs, AlgorithmRegistrationOptions options, SeverityOverrides overrides, TextWriter output, TextWriter error, CancellationToken cancellationToken)
        {
            // Every input is read and checked before anything is sent.
            var definitions = new List<AlgorithmDefinition>();
            int exitCode = Program.ExitOk;
            foreach (string input in inputs)
            {
                int inputExit = IsAssembly(input) ? ReadAssembly(input, definitions, error) : ReadPayloadFile(input, overrides, definitions, error);
                exitCode = Math.Max(exitCode, inputExit);
            }

            if (exitCode != Program.ExitOk)
            {
                error.WriteLine("algorithmgen register: nothing was registered.");
                return exitCode;
            }

            IReadOnlyList<NameProblem> problems = PayloadFile.Problems(definitions.Select(definition => definition.AlgorithmName));
            foreach (NameProblem problem in problems)
            {
                error.WriteLine("algorithmgen register: " + problem.Message + " Nothing was registered.");
            }

            if (problems.Count > 0)
            {
                return Program.ExitInvalid;
            }

            // Progress: one line per algorithm as it completes, numbered when there are several.
            int done = 0;
            var gate = new object();
            options.Progress = new Reporter(report =>
            {
                lock (gate)
                {
                    string counter = definitions.Count > 1 ? $"[{++done}/{definitions.Count}] " : string.Empty;
                    if (report.Result is { } result)
                    {
                        foreach (var warning in result.Warnings)
                        {
                            error.WriteLine($"algorithmgen register: warning: {result.RequestedName}: {warning}");
                        }

                        output.WriteLine(counter + Describe(result));
                    }
                    else
                    {
                        // A SageMaker failure in one line with its attempts, time and next step; a validation
                        // failure as its message's lines (one per rule broken).
                        string message = report.Error is SageMakerException sageMaker ? sageMaker.Describe() : report.Error!.Message;
                        string[] lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                        error.WriteLine($"{counter}{report.Definition.AlgorithmName}: failed: {lines[0]}");
                        foreach (string line in lines.Skip(1))
                        {
                            error.WriteLine("  " + line);
                        }
                    }
                }
            });

            IReadOnlyList<AlgorithmRegistrationReport> reports;
            try
            {
                reports = await AlgorithmRegistrar.RegisterAllAsync(definitions, options, cancellationToken).ConfigureAwait(false);
            }
            catch (SageMakerException exception)
            {
                // Before any algorithm: AWS is not configured (no Region, no credentials, a bad endpoint).
                error.WriteLine("algorithmgen register: " + exception.Describe());
                return Program.ExitInvalid;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                error.WriteLine("algorithmgen register: cancelled; algorithms already created stay registered.");
                return Program.ExitInvalid;
            }

            int failed = reports.Count(report => !report.Succeeded);
            if (definitions.Count > 1 || failed > 0)
            {
                string verb = options.DryRun ? "valid" : "registered";
                output.WriteLine($"{reports.Count - failed} of {reports.Count} algorithms {verb}" + (failed > 0 ? $", {failed} failed." : "."));
            }

            return failed > 0 ? Program.ExitInvalid : Program.ExitOk;
        }

        private static string Describe(AlgorithmRegistrationResult result)
        {
            string name = result.IsVersionedName ? $"{result.RequestedName} (as {result.AlgorithmName})" : result.AlgorithmName;
            string text = result.Outcome switch
            {
                AlgorithmRegistrationOutcome.DryRun => $"{name}: valid (dry run, nothing sent)",
                AlgorithmRegistrationOutcome.AlreadyRegistered => $"{name}: already registered with the same specification",
                _ => $"{name}: created",
            };
            if (result.AlgorithmArn is { } arn)
            {
                text += " " + arn;
            }

            if (result.AlgorithmStatus is { } status && !result.DryRun)
            {
                text += " (" + status + ")";
            }

            return result.FilePath is { } file ? text + "; payload " + file : text;
        }

        private static bool IsAssembly(string path) =>
            path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".exe", StringComparison.OrdinalIgnoreCase);

        // Each algorithm with the rule severities its build baked, so the tool refuses what the build refused.
        private static int ReadAssembly(string path, List<AlgorithmDefinition> definitions, TextWriter error)
        {
            int exitCode = ExportCommand.ReadAssembly("register", path, error, out IReadOnlyList<AlgorithmPayload> payloads);
            foreach (AlgorithmPayload payload in payloads)
            {
                if (!RuleSeverities.TryParse(payload.RuleSeverities, out RuleSeverities? severities, out string? problem))
                {
                    error.WriteLine($"algorithmgen register: cannot read '{path}': the rule severities of algorithm '{payload.AlgorithmName}' are malformed: {problem}");
                    return Program.ExitUsage;
                }

                definitions.Add(AlgorithmDefinition.FromRequest(PayloadJsonReader.Read<CreateAlgorithmRequest>(payload.IndentedJson), severities!));
            }

            return exitCode;
        }

        // A JSON file is registered only when `validate` finds no error in it; its errors are printed as `validate` prints them.
        private static int ReadPayloadFile(string path, SeverityOverrides overrides, List<AlgorithmDefinition> definitions, TextWriter error)
        {
            IReadOnlyList<Finding>? findings = ValidateCommand.Read(path, overrides, out string? readFailure, out CreateAlgorithmRequest? request);
            if (findings is null)
            {
                error.WriteLine($"algorithmgen register: cannot read '{path}': {readFailure}.");
                return Program.ExitUsage;
            }

            List<Finding> errors = findings.Where(finding => finding.Level == Level.Error).ToList();
            foreach (Finding finding in errors)
            {
                error.WriteLine($"ERROR {path}: {finding.Path}: {finding.Rule.Id} {finding.Message}");
            }

            if (errors.Count > 0 || request is null)
            {
                return Program.ExitInvalid;
            }

            // The request validate read: the file is read once.
            definitions.Add(AlgorithmDefinition.FromRequest(request));
            return Program.ExitOk;
        }

        private sealed class Reporter : IProgress<AlgorithmRegistrationReport>
        {
            private readonly Action<AlgorithmRegistrationReport> _report;

            public Reporter(Action<AlgorithmRegistrationReport> report) => _report = report;

            public void Report(AlgorithmRegistrationReport value) => _report(value);
        }

        /// <summary>--verbose: the library's log lines on stderr, one per event, exceptions by type and message only.</summary>
        private sealed class StderrLogger : ILogger
        {
            private readonly TextWriter _error;

            public StderrLogger(TextWriter error) => _error = error;

            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    lock (_error)
                    {
                        _error.WriteLine($"algorithmgen register: {logLevel.ToString().ToLowerInvariant()}: {formatter(state, exception)}");
                    }
                }
            }
        }
    }
}
