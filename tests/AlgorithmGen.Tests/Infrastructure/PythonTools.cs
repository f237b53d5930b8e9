using System.Collections.Generic;
using System.Linq;
using AlgorithmGen.Testing;

namespace AlgorithmGen.Tests.Infrastructure
{
    /// <summary>The repository's Python scripts, run as subprocesses with python3 from PATH.</summary>
    internal static class PythonTools
    {
        public const string Python = "python3";

        /// <summary><c>tests/tools/validate_payload.py [--json] FILE...</c>: exit 0 when every file is a valid CreateAlgorithm request.</summary>
        public static ProcessResult ValidatePayload(IEnumerable<string> files, bool json = false) =>
            Script("tests/tools/validate_payload.py", (json ? new[] { "--json" } : new string[0]).Concat(files));

        /// <summary><c>tests/tools/cli_roundtrip.py FILE</c>: exit 0 when the AWS CLI sends exactly the file's content.</summary>
        public static ProcessResult CliRoundTrip(string file) =>
            Script("tests/tools/cli_roundtrip.py", new[] { "--timeout", "100", file });

        /// <summary><c>build/scripts/generate_service_model.py --check</c>: exit 0 when the committed model copy is current.</summary>
        public static ProcessResult CheckServiceModel() =>
            Script("build/scripts/generate_service_model.py", new[] { "--check" });

        /// <summary>What Python makes of <paramref name="json"/> with <c>json.dumps(json.loads(text), indent=2)</c>.</summary>
        public static ProcessResult JsonDumpsIndented(string json) =>
            ProcessRunner.Run(
                Python,
                new[] { "-c", "import json, sys; sys.stdout.write(json.dumps(json.loads(sys.stdin.read()), indent=2))" },
                standardInput: json);

        private static ProcessResult Script(string relativePath, IEnumerable<string> arguments) =>
            ProcessRunner.Run(Python, new[] { RepositoryRoot.Combine(relativePath) }.Concat(arguments));
    }
}
