#nullable enable
using System.IO;
using System.Linq;

namespace AlgorithmGen.Payloads
{
    // Writing, apart from the naming rules: the analyzers share those and must not touch the file system (RS1035).
    internal static partial class PayloadFile
    {
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
