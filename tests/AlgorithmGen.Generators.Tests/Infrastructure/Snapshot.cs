using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace AlgorithmGen.Generators.Tests.Infrastructure
{
    /// <summary>
    /// Approved-file snapshots (Verify is not available here): compares text with <c>Snapshots/&lt;name&gt;.verified.txt</c>;
    /// on a difference writes <c>.received.txt</c> next to it and fails. Set ALGORITHMGEN_ACCEPT_SNAPSHOTS=1 to accept.
    /// </summary>
    internal static class Snapshot
    {
        public static void Match(string name, string actual, [CallerFilePath] string callerPath = "")
        {
            string directory = Path.Combine(FindProjectDirectory(callerPath), "Snapshots");
            string verified = Path.Combine(directory, name + ".verified.txt");
            string received = Path.Combine(directory, name + ".received.txt");
            actual = actual.Replace("\r\n", "\n");
            if (Environment.GetEnvironmentVariable("ALGORITHMGEN_ACCEPT_SNAPSHOTS") == "1")
            {
                Directory.CreateDirectory(directory);
                File.WriteAllText(verified, actual);
            }

            string? expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
            if (expected == actual)
            {
                File.Delete(received);
                return;
            }

            Directory.CreateDirectory(directory);
            File.WriteAllText(received, actual);
            Assert.Fail(expected is null
                ? $"No approved snapshot {verified}; review {received} and rename it, or run with ALGORITHMGEN_ACCEPT_SNAPSHOTS=1."
                : $"Generated output differs from {verified}; see {received} (diff them; accept with ALGORITHMGEN_ACCEPT_SNAPSHOTS=1).");
        }

        private static string FindProjectDirectory(string callerPath)
        {
            for (string? directory = Path.GetDirectoryName(callerPath); directory is not null; directory = Path.GetDirectoryName(directory))
            {
                if (Directory.GetFiles(directory, "*.csproj").Length > 0)
                {
                    return directory;
                }
            }

            throw new InvalidOperationException("No project directory above " + callerPath);
        }
    }
}
