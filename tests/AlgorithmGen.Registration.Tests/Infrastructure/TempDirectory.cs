using System;
using System.IO;

namespace AlgorithmGen.Registration.Tests.Infrastructure
{
    /// <summary>A fresh, uniquely named folder under the system temp folder, deleted on dispose.</summary>
    internal sealed class TempDirectory : IDisposable
    {
        public TempDirectory()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "algorithmgen-registration-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        /// <summary>A path inside this folder (not created).</summary>
        public string Combine(params string[] segments) => System.IO.Path.Combine(Path, System.IO.Path.Combine(segments));

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a leftover temp folder must not fail a test.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
