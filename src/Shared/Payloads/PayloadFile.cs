#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AlgorithmGen.Payloads
{
    /// <summary>
    /// Naming, content and writing of <c>&lt;AlgorithmName&gt;.create-algorithm.json</c>: one module for the build task,
    /// the runtime's dry run, the tool, and the analyzer's unique-name rule. Compiled into each (the build task
    /// references nothing of AlgorithmGen's).
    /// </summary>
    internal static partial class PayloadFile
    {
        /// <summary>The suffix of payload files.</summary>
        public const string Suffix = ".create-algorithm.json";

        /// <summary>
        /// When two algorithm names are the same: ignoring case, since on Windows and macOS "Algo" and "algo" would be
        /// the same file (and SageMaker's own uniqueness check is no finer than that for a user).
        /// </summary>
        public static readonly StringComparer NameComparer = StringComparer.OrdinalIgnoreCase;

        // UTF-8 without a byte order mark, as File.WriteAllText writes it.
        private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        // The characters Windows rejects in a file name. Used on every OS, so that a name that builds on Linux also
        // builds on Windows, and no name can reach outside the output folder ('/' and '\\' are among them).
        private static readonly char[] InvalidFileNameChars =
            "\"<>|:*?\\/".ToCharArray().Concat(Enumerable.Range(0, 32).Select(c => (char)c)).ToArray();

        private static readonly string[] ReservedWindowsNames =
        {
            "CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
        };

        /// <summary><c>&lt;AlgorithmName&gt;.create-algorithm.json</c>.</summary>
        public static string FileNameFor(string algorithmName) => algorithmName + Suffix;

        /// <summary>The file's text: the indented JSON and a final newline, usable with <c>aws sagemaker create-algorithm --cli-input-json file://…</c>.</summary>
        public static string TextFor(string indentedJson) => indentedJson + "\n";

        /// <summary>The file's bytes: <see cref="TextFor"/> in UTF-8 without a byte order mark.</summary>
        public static byte[] ContentFor(string indentedJson) => Utf8NoBom.GetBytes(TextFor(indentedJson));

        /// <summary>
        /// Every name that cannot name a payload file (code AGB002) or names the same file as an earlier one (AGB003),
        /// with a message that says why, in the order given.
        /// </summary>
        public static IReadOnlyList<NameProblem> Problems(IEnumerable<string> algorithmNames)
        {
            var problems = new List<NameProblem>();
            var seen = new HashSet<string>(NameComparer);
            foreach (string name in algorithmNames)
            {
                if (ProblemWithName(name) is { } problem)
                {
                    problems.Add(new NameProblem("AGB002", name, "the algorithm name '" + name + "' cannot name a payload file: " + problem + "."));
                }
                else if (!seen.Add(name))
                {
                    problems.Add(new NameProblem("AGB003", name, "two algorithms are named '" + name + "' (names are compared ignoring case); each needs its own payload file."));
                }
            }

            return problems;
        }

        /// <summary>Why <paramref name="algorithmName"/> cannot start a file name, or <see langword="null"/> if it can.</summary>
        public static string? ProblemWithName(string algorithmName)
        {
            if (algorithmName.Trim().Length == 0)
            {
                return "it is empty or only white space";
            }

            if (algorithmName.IndexOfAny(InvalidFileNameChars) >= 0)
            {
                return "it contains a character that is not allowed in a file name (control characters and \" < > | : * ? \\ /)";
            }

            // Windows opens the device for "CON.anything", whatever the extension.
            if (ReservedWindowsNames.Contains(algorithmName.Split('.')[0], StringComparer.OrdinalIgnoreCase))
            {
                return "it is a device name reserved by Windows";
            }

            return null;
        }
    }

    /// <summary>Why an algorithm name cannot have its payload file: a code for the build log and a message.</summary>
    internal sealed class NameProblem
    {
        public NameProblem(string code, string name, string message)
        {
            Code = code;
            Name = name;
            Message = message;
        }

        /// <summary>AGB002 (not a file name) or AGB003 (same file as another algorithm's).</summary>
        public string Code { get; }

        /// <summary>The algorithm name.</summary>
        public string Name { get; }

        /// <summary>What is wrong, starting in lower case so that each caller can prefix its own name.</summary>
        public string Message { get; }
    }
}
