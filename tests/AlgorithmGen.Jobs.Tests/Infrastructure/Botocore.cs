using System;
using System.IO;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Jobs.Tests.Infrastructure
{
    /// <summary>What botocore's serializer sends for the same parameters (Tools/botocore_body.py).</summary>
    internal static class Botocore
    {
        /// <summary>
        /// Asserts botocore accepts <paramref name="ourBody"/> as the operation's parameters and serializes them to
        /// exactly these bytes (compact separators): same members, same order at every level, same JSON types and escapes.
        /// </summary>
        public static void AssertSendsTheSameBody(string operation, string ourBody)
        {
            ProcessResult result = ProcessRunner.Run(
                "python3", new[] { Path.Combine(AppContext.BaseDirectory, "Tools", "botocore_body.py"), operation }, standardInput: ourBody);
            Assert.True(result.ExitCode == 0, "botocore refused the " + operation + " parameters:\n" + result);
            Assert.Equal(result.StandardOutput.TrimEnd('\n'), ourBody);
        }
    }
}
