using System;
using System.IO;

namespace AlgorithmGen.Testing
{
    /// <summary>A new empty folder under the system temp folder, deleted on dispose.</summary>
    internal sealed class TempDirectory : IDisposable
    {
        public TempDirectory()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "algorithmgen-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        /// <summary>The full path of <paramref name="relativePath"/> inside this folder.</summary>
        public string Combine(params string[] relativePath) => System.IO.Path.Combine(Path, System.IO.Path.Combine(relativePath));

        /// <summary>Writes a UTF-8 text file (creating its folder) and returns its full path.</summary>
        public string WriteFile(string relativePath, string content)
        {
            string path = Combine(relativePath);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
            return path;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a build server may still hold a file for a moment; the temp folder is cleaned anyway.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
