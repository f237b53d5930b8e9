using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AlgorithmGen.Payloads;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace AlgorithmGen.Build
{
    /// <summary>
    /// Writes <c>&lt;AlgorithmName&gt;.create-algorithm.json</c> into <see cref="OutputDirectory"/> for each
    /// <c>[assembly: AlgorithmGen.AlgorithmPayload(algorithmName, indentedJson)]</c> of the assembly at
    /// <see cref="AssemblyPath"/>, with the content <c>indentedJson + "\n"</c> in UTF-8 without a byte order mark.
    /// A file that already has that content is not touched.
    /// </summary>
    /// <remarks>
    /// Errors: AGB001 the assembly cannot be read; AGB002 an algorithm name is not a valid file name; AGB003 two
    /// payloads have the same name; AGB004 a file cannot be written; AGB005 a payload attribute is malformed. When
    /// the payloads have an error, no file is written.
    /// </remarks>
    public sealed class WriteAlgorithmPayloadFiles : Task
    {
        /// <summary>The compiled assembly to read: the project's intermediate assembly.</summary>
        [Required]
        public string AssemblyPath { get; set; } = string.Empty;

        /// <summary>The folder to write the files into: the project's output folder.</summary>
        [Required]
        public string OutputDirectory { get; set; } = string.Empty;

        /// <summary>The full paths of the files this run wrote, because they were missing or had other content.</summary>
        [Output]
        public ITaskItem[] WrittenFiles { get; private set; } = Array.Empty<ITaskItem>();

        /// <summary>The full paths of all the assembly's payload files, written or already up to date.</summary>
        [Output]
        public ITaskItem[] PayloadFiles { get; private set; } = Array.Empty<ITaskItem>();

        /// <inheritdoc />
        public override bool Execute()
        {
            try
            {
                var payloads = ReadPayloads();
                if (payloads != null && Validate(payloads))
                {
                    WriteFiles(payloads);
                }
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // A task that throws makes MSBuild print a stack trace as if the build itself were broken; an
                // unforeseen failure here is still this task's error to report.
                LogError("AGB000", "AlgorithmGen: writing the algorithm payload files failed: " + exception);
            }

            return !Log.HasLoggedErrors;
        }

        /// <summary>The assembly's payloads, or <see langword="null"/> after logging why they cannot be read.</summary>
        private IReadOnlyList<AlgorithmPayload>? ReadPayloads()
        {
            try
            {
                return AlgorithmPayloadReader.Read(AssemblyPath);
            }
            catch (PayloadFormatException exception)
            {
                LogError("AGB005", "AlgorithmGen: " + exception.Message);
            }
            catch (Exception exception) when (IsReadFailure(exception))
            {
                LogError("AGB001", "AlgorithmGen: cannot read the algorithm payloads of '" + AssemblyPath + "': " + exception.Message);
            }

            return null;
        }

        // What opening a path and reading its metadata throws for a missing, locked, odd or corrupt file.
        private static bool IsReadFailure(Exception exception) =>
            exception is IOException or UnauthorizedAccessException or BadImageFormatException
                or InvalidOperationException or ArgumentException or NotSupportedException;

        /// <summary>Logs every name that is not a valid file name or not unique; returns whether there was none.</summary>
        private bool Validate(IReadOnlyList<AlgorithmPayload> payloads)
        {
            IReadOnlyList<NameProblem> problems = PayloadFile.Problems(payloads.Select(payload => payload.AlgorithmName));
            foreach (NameProblem problem in problems)
            {
                LogError(problem.Code, "AlgorithmGen: " + problem.Message);
            }

            return problems.Count == 0;
        }

        private void WriteFiles(IReadOnlyList<AlgorithmPayload> payloads)
        {
            var written = new List<ITaskItem>();
            var all = new List<ITaskItem>();
            var directory = Path.GetFullPath(OutputDirectory);
            foreach (var payload in payloads)
            {
                var path = Path.Combine(directory, PayloadFile.FileNameFor(payload.AlgorithmName));
                all.Add(new TaskItem(path));
                if (TryWrite(path, payload))
                {
                    written.Add(new TaskItem(path));
                }
            }

            WrittenFiles = written.ToArray();
            PayloadFiles = all.ToArray();
        }

        /// <summary>Writes one file if its content changed; returns whether it was written, logging why not on failure.</summary>
        private bool TryWrite(string path, AlgorithmPayload payload)
        {
            try
            {
                if (!PayloadFile.WriteIfChanged(path, PayloadFile.ContentFor(payload.IndentedJson)))
                {
                    return false;
                }

                Log.LogMessage(MessageImportance.High, "AlgorithmGen: wrote {0}", path);
                return true;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                LogError("AGB004", "AlgorithmGen: cannot write '" + path + "': " + exception.Message);
                return false;
            }
        }

        private void LogError(string code, string message) =>
            // The message goes in as an argument so that braces in names or paths are not read as format items.
            Log.LogError(null, code, null, AssemblyPath, 0, 0, 0, 0, "{0}", message);
    }
}
