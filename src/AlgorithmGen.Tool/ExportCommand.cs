using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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
        public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        {
            string? assemblyPath = null;
            string? outputDirectory = null;
            for (int i = 0; i < args.Count; i++)
            {
                string arg = args[i];
                if (arg is "-o" or "--output")
                {
                    if (i + 1 >= args.Count)
                    {
                        error.WriteLine($"algorithmgen export: {arg} needs a folder.");
                        return Program.ExitUsage;
                    }

                    outputDirectory = args[++i];
                }
                else if (arg.StartsWith("--output=", StringComparison.Ordinal))
                {
                    outputDirectory = arg.Substring("--output=".Length);
                }
                else if (arg.StartsWith("-", StringComparison.Ordinal) && arg != "-")
                {
                    error.WriteLine($"algorithmgen export: unknown option '{arg}'.");
                    return Program.ExitUsage;
                }
                else if (assemblyPath is null)
                {
                    assemblyPath = arg;
                }
                else
                {
                    error.WriteLine("algorithmgen export: give one assembly.");
                    return Program.ExitUsage;
                }
            }

            if (assemblyPath is null)
            {
                error.WriteLine("algorithmgen export: missing <assembly>. Usage: algorithmgen export <assembly> [--output <folder>]");
                return Program.ExitUsage;
            }

            IReadOnlyList<AlgorithmPayload> payloads;
            try
            {
                payloads = AlgorithmPayloadReader.Read(assemblyPath);
            }
            catch (PayloadFormatException exception)
            {
                error.WriteLine($"algorithmgen export: {assemblyPath}: {exception.Message}");
                return Program.ExitInvalid;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or BadImageFormatException
                                                  or InvalidOperationException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"algorithmgen export: cannot read the algorithm payloads of '{assemblyPath}': {exception.Message}");
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
                    error.WriteLine($"algorithmgen export: cannot write '{path}': {exception.Message}");
                    return Program.ExitUsage;
                }
            }

            return Program.ExitOk;
        }
    }
}
