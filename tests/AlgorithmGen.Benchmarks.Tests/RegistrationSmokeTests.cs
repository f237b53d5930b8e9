using System;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Benchmarks.Tests
{
    /// <summary>
    /// The registration benchmark (benchmarks/registration) runs one round of two algorithms against its local endpoint
    /// by every route, with the program this build produced, and prints its table, ratio and cross-check.
    /// </summary>
    public sealed class RegistrationSmokeTests
    {
        private const string Script = "benchmarks/registration/registration_bench.py";

        private static string ProgramDll => BenchmarkPrograms.Dll("AlgorithmGen.Benchmarks.Registration", "registration");

        [Fact]
        public void Registers_two_algorithms_by_every_route_and_prints_the_table()
        {
            ProcessResult result = BenchmarkPrograms.Python(Script, TimeSpan.FromMinutes(2), "--smoke", "--dll", ProgramDll);

            Assert.True(result.ExitCode == 0, result.Describe());
            string output = result.StandardOutput;
            Assert.Contains("| route | requests per run |", output);
            // What each route sent in its run, as the endpoint counted it: the .NET side checks before creating.
            Assert.Contains("| .NET, one process (`dotnet <dll>`, RegisterAllAsync) | 2 Describe, 2 List, 2 Create |", output);
            Assert.Contains("| AWS CLI v1, one `aws sagemaker create-algorithm` per algorithm | 2 Create |", output);
            Assert.Contains("| botocore, one Python process | 2 Create |", output);
            Assert.Contains("| .NET re-run, all already registered | 2 Describe |", output);
            Assert.Contains("ratio: the AWS CLI route takes ", output);
            Assert.Contains("cross-check: every run created exactly the 2 algorithm(s) of the payload files", output);
        }

        [Fact]
        public void A_missing_program_is_one_line_and_exit_code_1()
        {
            ProcessResult result = BenchmarkPrograms.Python(Script, TimeSpan.FromMinutes(1), "--smoke", "--dll", "/nonexistent/AlgorithmGen.Benchmarks.Registration.dll");

            Assert.Equal(1, result.ExitCode);
            Assert.Equal("registration_bench: /nonexistent/AlgorithmGen.Benchmarks.Registration.dll does not exist: build AlgorithmGen.Benchmarks.Registration.csproj first, or leave out --dll", result.StandardError.Trim());
            Assert.Empty(result.StandardOutput);
        }
    }
}
