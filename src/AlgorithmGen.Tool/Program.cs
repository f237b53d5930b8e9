using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Reflection;

namespace AlgorithmGen.Tool
{
    /// <summary>
    /// The <c>algorithmgen</c> command line (System.CommandLine): <c>export</c>, <c>validate</c>, <c>import</c> and <c>register</c>, <c>--help</c> on
    /// every command, <c>--version</c>. Every failure is one line in the tool's words on stderr and one of the exit
    /// codes below; no exception text or stack trace ever reaches the user.
    /// </summary>
    public static class Program
    {
        /// <summary>Success: files exported, or every file valid (warnings and notes do not fail).</summary>
        public const int ExitOk = 0;

        /// <summary>A file has an error (after <c>--severity</c> overrides), or an assembly holds no algorithm.</summary>
        public const int ExitInvalid = 1;

        /// <summary>Bad arguments, or an input that cannot be read (missing, a directory, no permission).</summary>
        public const int ExitUsage = 2;

        /// <summary>A bug in the tool: it failed in a way it does not expect. Reported as one line, never a stack trace.</summary>
        public const int ExitInternalError = 3;

        internal const string ExitCodesHelp =
            "Exit codes: 0 success (warnings and notes do not fail), 1 a file has errors or the assembly holds no algorithm, "
            + "2 usage error or unreadable input, 3 internal error (a bug: please report it).";

        /// <summary>Runs the command line.</summary>
        public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

        /// <summary>Runs the command line, writing to <paramref name="output"/> and <paramref name="error"/>.</summary>
        public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        {
            try
            {
                return RunCore(args, output, error);
            }
            catch (Exception exception)
            {
                // Deliberately no exception message: it would be .NET's words, not the tool's.
                error.WriteLine($"algorithmgen: internal error ({exception.GetType().Name}); this is a bug in the tool, please report it with the command line that caused it.");
                return ExitInternalError;
            }
        }

        private static int RunCore(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        {
            // `algorithmgen help [command]` is `algorithmgen [command] --help`, as before System.CommandLine.
            if (args.Count > 0 && args[0] == "help")
            {
                args = args.Skip(1).Append("--help").ToArray();
            }

            var version = new Option<bool>("--version") { Description = "Print the tool's version." };
            var root = new Command("algorithmgen", "Export, validate, import and register Amazon SageMaker algorithms built with AlgorithmGen (CreateAlgorithm JSON, CloudFormation, Terraform).\n\n" + ExitCodesHelp)
            {
                new HelpOption(),
                version,
                ExportCommand.Create(output, error),
                ValidateCommand.Create(output, error),
                Import.ImportCommand.Create(output, error),
                RegisterCommand.Create(output, error),
            };
            root.SetAction(parseResult =>
            {
                if (parseResult.GetValue(version))
                {
                    output.WriteLine(Version());
                    return ExitOk;
                }

                error.WriteLine("algorithmgen: give a command: export, validate, import or register. Run 'algorithmgen --help' for usage.");
                return ExitUsage;
            });

            ParseResult result = root.Parse(args);
            if (result.Action is ParseErrorAction)
            {
                string command = CommandPath(result);
                foreach (var parseError in result.Errors)
                {
                    error.WriteLine($"{command}: {parseError.Message}");
                }

                error.WriteLine($"Run '{command} --help' for usage.");
                return ExitUsage;
            }

            return result.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }

        private static string CommandPath(ParseResult result)
        {
            var names = new List<string>();
            for (var command = result.CommandResult; command is not null; command = command.Parent as System.CommandLine.Parsing.CommandResult)
            {
                names.Insert(0, command.Command.Name);
            }

            return string.Join(" ", names);
        }

        private static string Version()
        {
            var assembly = typeof(Program).Assembly;
            string? informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            return informational ?? assembly.GetName().Version?.ToString() ?? "unknown";
        }
    }
}
