using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.CommandLine;
using AlgorithmGen.Build;
using AlgorithmGen.Payloads;

namespace AlgorithmGen.Tool
{
    /// <summary>
    /// <c>algorithmgen export &lt;assembly&gt; [--output &lt;folder&gt;]</c>: the build step that writes the payload files,
    /// on an assembly built elsewhere. Same reader, same checks (AGB002/AGB003), same bytes as the MSBuild task.
    /// </summary>
    internal static class ExportCommand
    {
        public static Command Create(TextWriter output, TextWriter error)
        {
            var assembly = new Argument<string>("assembly") { Description = "The built assembly (.dll) whose [Algorithm] classes to export. Read as metadata, never loaded." };
            var folder = new Option<string>("--output", "-o") { Description = "The folder to write into (created if missing). Default: the current folder.", HelpName = "folder" };
            var command = new Command("export", "Write <AlgorithmName>.create-algorithm.json for each [Algorithm] class compiled into an assembly: the same bytes the build writes.\n\n" + Program.ExitCodesHelp)
            {
                assembly,
                folder,
            };
            command.SetAction(parseResult => Run(parseResult.GetValue(assembly), parseResult.GetValue(folder), output, error));
            return command;
        }

        public static int Run(string? assemblyPath, string? outputDirectory, TextWriter output, TextWriter error)
        {
            if (assemblyPath is null)
            {
                error.WriteLine("algorithmgen export: missing <assembly>. Usage: algorithmgen export <assembly> [--output <folder>]");
                return Program.ExitUsage;
            }

            if (Directory.Exists(assemblyPath))
            {
                error.WriteLine($"algorithmgen export: '{assemblyPath}' is a folder; give the built assembly (.dll) inside it.");
                return Program.ExitUsage;
            }

            if (!File.Exists(assemblyPath))
            {
                error.WriteLine($"algorithmgen export: '{assemblyPath}' does not exist.");
                return Program.ExitUsage;
            }

            IReadOnlyList<AlgorithmPayload> payloads;
            try
            {
                payloads = AlgorithmPayloadReader.Read(assemblyPath);
            }
            catch (PayloadFormatException exception)
            {
                // The build task's own words (AGB005).
                error.WriteLine($"algorithmgen export: {assemblyPath}: {exception.Message}");
                return Program.ExitInvalid;
            }
            catch (Exception exception) when (exception is BadImageFormatException or InvalidOperationException)
            {
                error.WriteLine($"algorithmgen export: '{assemblyPath}' is not a .NET assembly.");
                return Program.ExitUsage;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"algorithmgen export: cannot read '{assemblyPath}' ({Describe(exception)}).");
                return Program.ExitUsage;
            }

            if (payloads.Count == 0)
            {
                error.WriteLine($"algorithmgen export: {assemblyPath} holds no algorithm: it was not compiled with AlgorithmGen's generator, or has no [Algorithm] class.");
                return Program.ExitInvalid;
            }

            IReadOnlyList<NameProblem> problems = PayloadFile.Problems(payloads.Select(payload => payload.AlgorithmName));
            foreach (NameProblem problem in problems)
            {
                error.WriteLine("algorithmgen export: " + problem.Message);
            }

            if (problems.Count > 0)
            {
                return Program.ExitInvalid;
            }

            string directory = Path.GetFullPath(outputDirectory ?? Directory.GetCurrentDirectory());
            foreach (var payload in payloads)
            {
                string path = Path.Combine(directory, PayloadFile.FileNameFor(payload.AlgorithmName));
                try
                {
                    bool written = PayloadFile.WriteIfChanged(path, PayloadFile.ContentFor(payload.IndentedJson));
                    output.WriteLine((written ? "wrote " : "unchanged ") + path);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"algorithmgen export: cannot write '{path}' ({Describe(exception)}).");
                    return Program.ExitUsage;
                }
            }

            return Program.ExitOk;
        }
    
        internal static string Describe(Exception exception) => exception switch
        {
            UnauthorizedAccessException => "permission denied",
            PathTooLongException => "the path is too long",
            DirectoryNotFoundException => "a folder on the path does not exist",
            FileNotFoundException => "no such file",
            ArgumentException or NotSupportedException => "not a valid path",
            _ => "an I/O error",
        };
    }
}
