using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.CommandLine;
using AlgorithmGen.Build;
using AlgorithmGen.Json;
using AlgorithmGen.Model;
using AlgorithmGen.Payloads;
using AlgorithmGen.Tool.Exporting;

namespace AlgorithmGen.Tool
{
    /// <summary>The file formats of <c>algorithmgen export</c>.</summary>
    internal enum ExportFormat
    {
        /// <summary>The payload file the build writes.</summary>
        Json,

        /// <summary>A CloudFormation template (JSON and YAML) with an <c>AWS::SageMaker::Algorithm</c> resource.</summary>
        CloudFormation,

        /// <summary>A Terraform <c>aws_sagemaker_algorithm</c> resource.</summary>
        Terraform,
    }

    /// <summary>
    /// <c>algorithmgen export &lt;assembly&gt; [--output &lt;folder&gt;] [--format json|cloudformation|terraform]</c>: the
    /// build step that writes the payload files, on an assembly built elsewhere (same reader, same checks
    /// (AGB002/AGB003), same bytes as the MSBuild task), or the same requests for infrastructure-as-code tools.
    /// </summary>
    internal static class ExportCommand
    {
        private static readonly System.Text.Encoding Utf8NoBom = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        public static Command Create(TextWriter output, TextWriter error)
        {
            var assembly = new Argument<string>("assembly") { Description = "The built assembly (.dll) whose [Algorithm] classes to export. Read as metadata, never loaded." };
            var folder = new Option<string>("--output", "-o") { Description = "The folder to write into (created if missing). Default: the current folder.", HelpName = "folder" };
            var format = new Option<string>("--format", "-f")
            {
                Description = "json: <AlgorithmName>.create-algorithm.json, the same bytes the build writes (default). "
                    + "cloudformation: <AlgorithmName>.cloudformation.json and .yaml, a template with one AWS::SageMaker::Algorithm resource. "
                    + "terraform: <AlgorithmName>.tf, one aws_sagemaker_algorithm resource. "
                    + "Members a resource cannot hold are named on stderr and in the file, never dropped silently.",
                DefaultValueFactory = _ => "json",
            };
            format.AcceptOnlyFromAmong("json", "cloudformation", "terraform");
            var command = new Command("export", "Write the CreateAlgorithm request of each [Algorithm] class compiled into an assembly: as the JSON the build writes, or as CloudFormation or Terraform.\n\n" + Program.ExitCodesHelp)
            {
                assembly,
                folder,
                format,
            };
            command.SetAction(parseResult => Run(parseResult.GetValue(assembly), parseResult.GetValue(folder), parseResult.GetValue(format) switch
            {
                "cloudformation" => ExportFormat.CloudFormation,
                "terraform" => ExportFormat.Terraform,
                _ => ExportFormat.Json,
            }, output, error));
            return command;
        }

        public static int Run(string? assemblyPath, string? outputDirectory, ExportFormat format, TextWriter output, TextWriter error)
        {
            if (assemblyPath is null)
            {
                error.WriteLine("algorithmgen export: missing <assembly>. Usage: algorithmgen export <assembly> [--output <folder>]");
                return Program.ExitUsage;
            }

            int readExit = ReadAssembly("export", assemblyPath, error, out IReadOnlyList<AlgorithmPayload> payloads);
            if (readExit != Program.ExitOk)
            {
                return readExit;
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

            // Every file's content is known before the first is written, so a failure leaves no half-made set.
            string directory = Path.GetFullPath(outputDirectory ?? Directory.GetCurrentDirectory());
            var files = new List<(string Path, string Text)>();
            foreach (AlgorithmPayload payload in payloads)
            {
                IReadOnlyList<string> leftOut = Array.Empty<string>();
                string resourceType = "";
                switch (format)
                {
                    case ExportFormat.CloudFormation:
                        var template = new CloudFormationTemplate(payload.AlgorithmName, Path.GetFileName(assemblyPath), Request(payload));
                        files.Add((Path.Combine(directory, payload.AlgorithmName + ".cloudformation.json"), template.ToJson()));
                        files.Add((Path.Combine(directory, payload.AlgorithmName + ".cloudformation.yaml"), template.ToYaml()));
                        (leftOut, resourceType) = (template.LeftOut, ResourceSchema.CloudFormation.ResourceType);
                        break;
                    case ExportFormat.Terraform:
                        var configuration = new TerraformConfiguration(payload.AlgorithmName, Path.GetFileName(assemblyPath), Request(payload));
                        files.Add((Path.Combine(directory, payload.AlgorithmName + ".tf"), configuration.ToHcl()));
                        (leftOut, resourceType) = (configuration.LeftOut, ResourceSchema.Terraform.ResourceType);
                        break;
                    default:
                        files.Add((Path.Combine(directory, PayloadFile.FileNameFor(payload.AlgorithmName)), PayloadFile.TextFor(payload.IndentedJson)));
                        break;
                }

                if (leftOut.Count > 0)
                {
                    error.WriteLine($"algorithmgen export: warning: {payload.AlgorithmName}: {resourceType} cannot hold {string.Join(", ", leftOut)}; left out and listed in the file.");
                }
            }

            foreach ((string path, string text) in files)
            {
                try
                {
                    bool written = PayloadFile.WriteIfChanged(path, Utf8NoBom.GetBytes(text));
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
    
        /// <summary>
        /// The algorithms compiled into an assembly, or one line on <paramref name="error"/> saying in the tool's words why
        /// there are none (exit 2 for an input that cannot be read as an assembly, 1 for one without algorithms).
        /// </summary>
        internal static int ReadAssembly(string command, string assemblyPath, TextWriter error, out IReadOnlyList<AlgorithmPayload> payloads)
        {
            payloads = Array.Empty<AlgorithmPayload>();
            string prefix = "algorithmgen " + command + ": ";
            if (Directory.Exists(assemblyPath))
            {
                error.WriteLine($"{prefix}'{assemblyPath}' is a folder; give the built assembly (.dll) inside it.");
                return Program.ExitUsage;
            }

            if (!File.Exists(assemblyPath))
            {
                error.WriteLine($"{prefix}'{assemblyPath}' does not exist.");
                return Program.ExitUsage;
            }

            try
            {
                payloads = AlgorithmPayloadReader.Read(assemblyPath);
            }
            catch (PayloadFormatException exception)
            {
                // The build task's own words (AGB005).
                error.WriteLine($"{prefix}{assemblyPath}: {exception.Message}");
                return Program.ExitInvalid;
            }
            catch (Exception exception) when (exception is BadImageFormatException or InvalidOperationException)
            {
                error.WriteLine($"{prefix}'{assemblyPath}' is not a .NET assembly.");
                return Program.ExitUsage;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"{prefix}cannot read '{assemblyPath}' ({Describe(exception)}).");
                return Program.ExitUsage;
            }

            if (payloads.Count == 0)
            {
                error.WriteLine($"{prefix}{assemblyPath} holds no algorithm: it was not compiled with AlgorithmGen's generator, or has no [Algorithm] class.");
                return Program.ExitInvalid;
            }

            return Program.ExitOk;
        }

        // The payload the generator computed, read back into the typed request so each member's kind is known.
        private static StructureNode Request(AlgorithmPayload payload) =>
            RequestTree.From(PayloadJsonReader.Read<CreateAlgorithmRequest>(payload.IndentedJson));

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
