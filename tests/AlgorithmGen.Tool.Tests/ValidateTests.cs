using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Tool.Tests
{
    /// <summary>`validate` on files as users have them: every problem reported, bad input as one message in the tool's words.</summary>
    public sealed class ValidateTests
    {
        [Fact]
        public void ValidFile_IsOk()
        {
            using var folder = new TempDirectory();
            folder.WriteFile("ok.json", Payloads.Valid);
            ProcessResult result = ToolRunner.Run(folder.Path, "validate", "ok.json");
            Assert.True(result.ExitCode == 0, result.Describe());
            Assert.Equal(new[] { "OK ok.json" }, ToolRunner.Lines(result.StandardOutput));
        }

        [Fact]
        public void WrongTypesInSeveralPlaces_AreAllReportedWithTheirPaths()
        {
            JsonNode request = JsonNode.Parse(Payloads.Valid)!;
            request["AlgorithmName"] = 5;
            request["CertifyForMarketplace"] = "yes";
            request["TrainingSpecification"]!["TrainingImage"] = new JsonArray();
            request["TrainingSpecification"]!["SupportedTrainingInstanceTypes"] = "ml.m5.xlarge";
            request["TrainingSpecification"]!["TrainingChannels"]![0]!["SupportedInputModes"] = new JsonArray("File", 3);
            request["Bogus"] = 1;
            request["TrainingSpecification"]!["AlsoBogus"] = true;
            using var folder = new TempDirectory();
            folder.WriteFile("bad.json", request.ToJsonString());

            ProcessResult result = ToolRunner.Run(folder.Path, "validate", "bad.json");
            Assert.True(result.ExitCode == 1, result.Describe());
            string[] lines = ToolRunner.Lines(result.StandardOutput);
            Assert.Contains("ERROR bad.json: AlgorithmName: AGT002 should be a JSON string but is a JSON number", lines);
            Assert.Contains("ERROR bad.json: CertifyForMarketplace: AGT002 should be a boolean but is a JSON string", lines);
            Assert.Contains("ERROR bad.json: TrainingSpecification.TrainingImage: AGT002 should be a JSON string but is a JSON array", lines);
            Assert.Contains("ERROR bad.json: TrainingSpecification.SupportedTrainingInstanceTypes: AGT002 should be a JSON array but is a JSON string", lines);
            Assert.Contains("ERROR bad.json: TrainingSpecification.TrainingChannels[0].SupportedInputModes[1]: AGT002 should be a JSON string but is a JSON number", lines);
            Assert.Contains("ERROR bad.json: Bogus: AGT003 unknown member (not in the CreateAlgorithm request of the shipped service model)", lines);
            Assert.Contains(lines, line => line.StartsWith("ERROR bad.json: TrainingSpecification.AlsoBogus: AGT003 ", StringComparison.Ordinal));

            // A member of the wrong type is not reported again as missing (AG0001) or unknown (AGT003).
            Assert.Equal(7, lines.Count(line => line.StartsWith("ERROR ", StringComparison.Ordinal)));
            Assert.Equal("FAIL bad.json (7 errors)", lines[^1]);
        }

        [Fact]
        public void NullsAndDuplicates_AreReported()
        {
            using var folder = new TempDirectory();
            folder.WriteFile("dup.json", Payloads.Valid.Replace("\"AlgorithmName\": \"my-algo\",", "\"AlgorithmName\": \"my-algo\", \"AlgorithmName\": \"other\", \"AlgorithmDescription\": null,"));
            ProcessResult result = ToolRunner.Run(folder.Path, "validate", "dup.json");
            Assert.True(result.ExitCode == 1, result.Describe());
            Assert.Contains("ERROR dup.json: AlgorithmName: AGT005 the member is given more than once", result.StandardOutput);
            Assert.Contains("ERROR dup.json: AlgorithmDescription: AGT004 null is not a value; leave the member out", result.StandardOutput);
        }

        public static TheoryData<string, byte[], string> BadFiles()
        {
            var data = new TheoryData<string, byte[], string>
            {
                { "empty", Array.Empty<byte>(), "AGT001 the file is empty" },
                { "blank", Encoding.UTF8.GetBytes("  \n\t "), "AGT001 the file is empty" },
                { "malformed", Encoding.UTF8.GetBytes("{\"AlgorithmName\": }"), "AGT001 not valid JSON at line 1, column 19: unexpected '}'" },
                { "truncated", Encoding.UTF8.GetBytes("{\"AlgorithmName\": \"a\""), "AGT001 not valid JSON: the text ends at line 1" },
                { "trailing-comma", Encoding.UTF8.GetBytes("{\"AlgorithmName\": \"a\",\n}"), "AGT001 not valid JSON: a trailing comma" },
                { "comment", Encoding.UTF8.GetBytes("// hi\n{\"AlgorithmName\": \"a\"}"), "AGT001 not valid JSON: a comment at line 1" },
                { "array", Encoding.UTF8.GetBytes("[{\"AlgorithmName\": \"a\"}]"), "AGT002 the file holds a JSON array; a CreateAlgorithm request is a JSON object" },
                { "string", Encoding.UTF8.GetBytes("\"hello\""), "AGT002 the file holds a JSON string" },
                { "lone-surrogate", Encoding.UTF8.GetBytes("{\"AlgorithmName\": \"\\ud800\"}"), "AGT001 the string at line 1, column 19 holds an escaped lone UTF-16 surrogate" },
                { "lone-surrogate-name", Encoding.UTF8.GetBytes("{\"\\udc00\": 1}"), "AGT001 the string at line 1, column 2 holds an escaped lone UTF-16 surrogate" },
                { "latin1", Encoding.Latin1.GetBytes("{\"AlgorithmName\": \"caf\u00e9\"}"), "AGT001 the file is not UTF-8 text: byte 0xE9 at line 1, column 23 is not UTF-8" },
                { "utf16", Encoding.Unicode.GetBytes("{\"AlgorithmName\": \"a\"}"), "AGT001 the file is not UTF-8 text: it holds a NUL byte at line 1, column 2" },
                { "utf16-bom", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{}")).ToArray(), "AGT001 the file is UTF-16 text" },
                { "deep", Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)), "AGT001 the JSON is nested more than 64 levels deep" },
                { "deep-objects", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000)), "AGT001 the JSON is nested more than 64 levels deep" },
                { "two-values", Encoding.UTF8.GetBytes("{} {}"), "AGT001 not valid JSON at line 1, column 4: unexpected '{'" },
            };
            return data;
        }

        [Theory]
        [MemberData(nameof(BadFiles))]
        public void BadFile_IsOneErrorInTheToolsWords(string name, byte[] content, string expected)
        {
            using var folder = new TempDirectory();
            string file = name + ".json";
            File.WriteAllBytes(folder.Combine(file), content);

            ProcessResult result = ToolRunner.Run(folder.Path, "validate", file);
            Assert.True(result.ExitCode == 1, result.Describe());
            Assert.Equal(string.Empty, result.StandardError);
            string[] lines = ToolRunner.Lines(result.StandardOutput);
            Assert.Equal(2, lines.Length);
            Assert.StartsWith($"ERROR {file}: input: ", lines[0]);
            Assert.Contains(expected, lines[0]);
            Assert.Equal($"FAIL {file} (1 error)", lines[1]);
            Assert.Equal(new[] { file }, Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
        }

        [Fact]
        public void MissingFileAndFolder_AreUnreadableInput_TheOtherFilesStillChecked()
        {
            using var folder = new TempDirectory();
            folder.WriteFile("ok.json", Payloads.Valid);
            Directory.CreateDirectory(folder.Combine("dir"));

            ProcessResult result = ToolRunner.Run(folder.Path, "validate", "missing.json", "dir", "ok.json");
            Assert.True(result.ExitCode == 2, result.Describe());
            Assert.Equal(
                new[] { "algorithmgen validate: cannot read 'missing.json': no such file.", "algorithmgen validate: cannot read 'dir': it is a folder, not a file." },
                ToolRunner.Lines(result.StandardError));
            Assert.Equal(new[] { "OK ok.json" }, ToolRunner.Lines(result.StandardOutput));
        }

        [Fact]
        public void TwentyMegabyteFile_IsCheckedWithShortOutput()
        {
            JsonNode request = JsonNode.Parse(Payloads.Valid)!;
            request["AlgorithmDescription"] = new string('x', 20 * 1024 * 1024);
            using var folder = new TempDirectory();
            folder.WriteFile("big.json", request.ToJsonString());
            Assert.True(new FileInfo(folder.Combine("big.json")).Length > 20_000_000);

            ProcessResult result = ToolRunner.Run(folder.Path, "validate", "big.json");
            Assert.True(result.ExitCode == 1, result.Describe().Substring(0, Math.Min(4000, result.Describe().Length)));
            Assert.True(result.StandardOutput.Length < 5000, "output stays short: " + result.StandardOutput.Length);
            Assert.Contains("ERROR big.json: AlgorithmDescription: AG", result.StandardOutput);
            Assert.Single(Directory.GetFileSystemEntries(folder.Path));
        }

        [Fact]
        public void SeverityOverrides_ChangeLevelsAndTheExitCode()
        {
            JsonNode request = JsonNode.Parse(Payloads.Valid)!;
            request["Bogus"] = 1;
            request["TrainingSpecification"]!.AsObject().Remove("TrainingChannels");
            using var folder = new TempDirectory();
            folder.WriteFile("f.json", request.ToJsonString());

            ProcessResult defaults = ToolRunner.Run(folder.Path, "validate", "f.json");
            Assert.True(defaults.ExitCode == 1, defaults.Describe());
            Assert.Contains("ERROR f.json: Bogus: AGT003 ", defaults.StandardOutput);
            Assert.Contains("ERROR f.json: TrainingSpecification.TrainingChannels: AG0001 ", defaults.StandardOutput);

            ProcessResult relaxed = ToolRunner.Run(folder.Path, "validate", "f.json", "--severity", "AGT003=warning", "--severity", "ag0001=none");
            Assert.True(relaxed.ExitCode == 0, relaxed.Describe());
            Assert.Contains("WARNING f.json: Bogus: AGT003 ", relaxed.StandardOutput);
            Assert.DoesNotContain("AG0001", relaxed.StandardOutput);
            Assert.Contains("OK f.json", relaxed.StandardOutput);

            ProcessResult note = ToolRunner.Run(folder.Path, "validate", "f.json", "--severity", "AGT003=note", "--severity", "AG0001=suggestion");
            Assert.True(note.ExitCode == 0, note.Describe());
            Assert.Contains("INFO f.json: Bogus: AGT003 ", note.StandardOutput);
        }
    }
}
