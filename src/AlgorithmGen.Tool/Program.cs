using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace AlgorithmGen.Tool
{
    /// <summary>The <c>algorithmgen</c> command line: <c>export</c> and <c>validate</c>.</summary>
    public static class Program
    {
        /// <summary>Success.</summary>
        public const int ExitOk = 0;

        /// <summary>A file is invalid, or an assembly holds no algorithm.</summary>
        public const int ExitInvalid = 1;

        /// <summary>Bad arguments, or an input that cannot be read.</summary>
        public const int ExitUsage = 2;

        private const string Usage = """
            Usage:
              algorithmgen export <assembly> [--output <folder>]
                  Writes <AlgorithmName>.create-algorithm.json for each [Algorithm] class compiled into <assembly>
                  (default folder: the current one), the same files the build writes.
              algorithmgen validate <file.json>...
                  Checks CreateAlgorithm JSON files with AlgorithmGen's rules; prints one line per problem, then
                  "OK <file>" or "FAIL <file> (N errors)".
              algorithmgen --version | --help

            Exit codes: 0 success, 1 invalid file or no algorithm in the assembly, 2 usage error or unreadable input.
            """;

        /// <summary>Runs the command line.</summary>
        public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

        /// <summary>Runs the command line, writing to <paramref name="output"/> and <paramref name="error"/>.</summary>
        public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        {
            if (args.Count == 0)
            {
                error.WriteLine(Usage);
                return ExitUsage;
            }

            switch (args[0])
            {
                case "-h":
                case "--help":
                case "help":
                    output.WriteLine(Usage);
                    return ExitOk;
                case "--version":
                    output.WriteLine(Version());
                    return ExitOk;
                case "export":
                    return ExportCommand.Run(Rest(args), output, error);
                case "validate":
                    return ValidateCommand.Run(Rest(args), output, error);
                default:
                    error.WriteLine($"algorithmgen: unknown command '{args[0]}'.");
                    error.WriteLine(Usage);
                    return ExitUsage;
            }
        }

        private static List<string> Rest(IReadOnlyList<string> args)
        {
            var rest = new List<string>(args.Count - 1);
            for (int i = 1; i < args.Count; i++)
            {
                rest.Add(args[i]);
            }

            return rest;
        }

        private static string Version()
        {
            var assembly = typeof(Program).Assembly;
            string? informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            return informational ?? assembly.GetName().Version?.ToString() ?? "unknown";
        }
    }
}
