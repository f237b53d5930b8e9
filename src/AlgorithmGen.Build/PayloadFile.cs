using System;
using System.IO;
using System.Linq;
using System.Text;

namespace AlgorithmGen.Build
{
    /// <summary>
    /// Naming, content and writing of <c>&lt;AlgorithmName&gt;.create-algorithm.json</c>, the same as
    /// <c>AlgorithmGen.PayloadFiles</c> in the runtime library (which this assembly does not reference).
    /// </summary>
    internal static class PayloadFile
    {
        /// <summary>The suffix of payload files.</summary>
        public const string Suffix = ".create-algorithm.json";

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

        /// <summary>The file's bytes: the JSON and a final newline, in UTF-8 without a byte order mark.</summary>
        public static byte[] ContentFor(string indentedJson) => Utf8NoBom.GetBytes(indentedJson + "\n");

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

        /// <summary>
        /// Writes <paramref name="content"/> to <paramref name="path"/> unless the file already holds exactly those
        /// bytes, so that an incremental build leaves its timestamp, and whatever watches it, alone.
        /// </summary>
        /// <returns>Whether the file was written.</returns>
        public static bool WriteIfChanged(string path, byte[] content)
        {
            if (HasContent(path, content))
            {
                return false;
            }

            var directory = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllBytes(path, content);
            return true;
        }

        private static bool HasContent(string path, byte[] content)
        {
            var file = new FileInfo(path);
            return file.Exists && file.Length == content.Length && File.ReadAllBytes(path).SequenceEqual(content);
        }
    }
}
