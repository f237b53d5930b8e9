#!/usr/bin/env python3
"""Writes the sources of a synthetic project for the generator and analyzer benchmarks.

One source of the synthetic code for both harnesses: `build_time.py` (a real `dotnet build`) imports `write_sources`,
and the in-process harness (benchmarks/AlgorithmGen.Benchmarks) runs this script with `--out` and reads the files back.

For N, the project holds, side by side:
- N `[Algorithm]` classes, one file each under Algorithms/ (realistic and varied: 10–40 hyperparameters of every type
  — int and double/float with ranges, bool, free-text and categorical strings, enums with [EnumMember] wire values —,
  2–4 channels, 2–4 metrics with a tuning objective, an inference specification and container, a validation profile
  with inputs and sometimes a transform job, tags). Class 0 always has 40 hyperparameters: the IDE figures edit it.
- N `[JsonSerializable]` types of 10–20 properties (strings, numbers, dates, Guids, lists, dictionaries, enums,
  nullables) in one `JsonSerializerContext` (System.Text.Json's generator is the peer), in JsonTypes.cs and
  JsonContext.cs; `--no-json-context` leaves the types and drops the context (what the build pays for STJ).
- N `[LoggerMessage]` methods, ten to a static partial class, with 0–3 parameters (the logging generator's peer).
- Unrelated.cs: a class no generator looks at, whose method body the "unrelated edit" changes by one character.

Usage: python3 benchmarks/generator/synthetic_project.py --count N --out DIR [--no-json-context]
Prints the files it wrote, one per line, relative to DIR.
"""
import argparse
import random
import sys
from pathlib import Path

#: The one-character edits the harnesses make (old text, new text); each occurs exactly once in its file.
UNRELATED_FILE = "Unrelated.cs"
UNRELATED_EDIT = ("=> 1;", "=> 2;")
EDITED_ALGORITHM_FILE = "Algorithms/Algorithm0.cs"
ALGORITHM_EDIT = ("MaxValue = 1000,", "MaxValue = 1001,")
EDITED_ALGORITHM_HYPERPARAMETERS = 40

NAMESPACE = "Synthetic"

ENUMS = '''using System.Runtime.Serialization;

namespace Synthetic
{
    /// <summary>Tree-growing strategies.</summary>
    public enum GrowPolicy
    {
        /// <summary>Split the node closest to the root first.</summary>
        [EnumMember(Value = "depthwise")] DepthWise,
        /// <summary>Split the node with the highest loss change first.</summary>
        [EnumMember(Value = "lossguide")] LossGuide,
    }

    /// <summary>Optimizers.</summary>
    public enum Optimizer
    {
        /// <summary>Stochastic gradient descent.</summary>
        [EnumMember(Value = "sgd")] Sgd,
        /// <summary>Adam.</summary>
        [EnumMember(Value = "adam")] Adam,
        /// <summary>RMSProp.</summary>
        [EnumMember(Value = "rmsprop")] RmsProp,
        /// <summary>Adagrad.</summary>
        [EnumMember(Value = "adagrad")] Adagrad,
    }

    /// <summary>Kinds of record in a JSON payload.</summary>
    public enum RecordKind { Training, Validation, Test, Inference }
}
'''

TRAINING_TYPES = ["TrainingInstanceTypes.MlM5_XLarge", "TrainingInstanceTypes.MlM5_4XLarge",
                  "TrainingInstanceTypes.MlC5_2XLarge", "TrainingInstanceTypes.MlG5_2XLarge"]
CONTENT_TYPES = ['"text/csv"', '"application/json"', '"application/x-recordio-protobuf"', '"application/x-parquet"']
CHANNELS = ["train", "validation", "test", "auxiliary"]
WORDS = ["alpha", "beta", "gamma", "delta", "lambda", "depth", "width", "rate", "decay", "momentum", "dropout",
         "window", "horizon", "epochs", "batch", "leaves", "bins", "seed", "scale", "margin"]


def _hyperparameter(i: int, k: int, rng: random.Random) -> str:
    """Hyperparameter k of class i: the kinds cycle so every class has each of them; ranges and defaults vary."""
    name = f"{WORDS[k % len(WORDS)].capitalize()}{k}"
    doc = f"        /// <summary>The {WORDS[k % len(WORDS)]} setting number {k} of algorithm {i}.</summary>\n"
    kind = k % 8
    if k == 0:
        # The first is the same in every class: the validation profile sets it, and the IDE edit changes its range.
        return ("        /// <summary>Training rounds.</summary>\n"
                "        [HyperParameter(MinValue = 1, MaxValue = 1000, IsTunable = true)]\n"
                "        public required int Rounds { get; set; }\n")
    if kind == 1:
        low, high = rng.randint(0, 10), rng.randint(100, 5000)
        return doc + (f"        [HyperParameter(MinValue = {low}, MaxValue = {high}, IsTunable = {str(k % 3 == 0).lower()})]\n"
                      f"        public int {name} {{ get; set; }} = {low + 1};\n")
    if kind == 2:
        high = rng.choice(["1.0", "10.0", "0.5", "100.0"])
        return doc + (f"        [HyperParameter(MinValue = 0.0001, MaxValue = {high}, IsTunable = true)]\n"
                      f"        public double {name} {{ get; set; }} = 0.01;\n")
    if kind == 3:
        return doc + f"        [HyperParameter]\n        public bool {name} {{ get; set; }} = {str(rng.random() < 0.5).lower()};\n"
    if kind == 4:
        values = ", ".join(f'"{WORDS[(k + j) % len(WORDS)]}"' for j in range(rng.randint(2, 6)))
        first = WORDS[k % len(WORDS)]
        return doc + (f"        [HyperParameter(Values = new[] {{ {values} }}, IsTunable = true)]\n"
                      f'        public string {name} {{ get; set; }} = "{first}";\n')
    if kind == 5:
        enum, default = rng.choice([("GrowPolicy", "GrowPolicy.DepthWise"), ("Optimizer", "Optimizer.Adam")])
        return doc + f"        [HyperParameter(IsTunable = true)]\n        public {enum} {name} {{ get; set; }} = {default};\n"
    if kind == 6:
        return doc + (f"        [HyperParameter(MinValue = 0.1, MaxValue = 1.0, IsTunable = true)]\n"
                      f"        public float {name} {{ get; set; }} = 0.5f;\n")
    if kind == 7:
        return doc + f'        [HyperParameter(Description = "Free-text option {k}.")]\n        public string? {name} {{ get; set; }}\n'
    return doc + f"        [HyperParameter(MinValue = 1, MaxValue = 64)]\n        public long {name} {{ get; set; }} = 8;\n"


def algorithm_class(i: int) -> str:
    rng = random.Random(i)
    hyperparameters = EDITED_ALGORITHM_HYPERPARAMETERS if i == 0 else 10 + (i * 7) % 31
    channels = 2 + i % 3
    metrics = 2 + (i // 3) % 3
    lines = ["using AlgorithmGen;", "", f"namespace {NAMESPACE}", "{",
             f"    /// <summary>Synthetic algorithm {i}: {hyperparameters} hyperparameters, {channels} channels, {metrics} metrics.</summary>",
             f'    [Algorithm("synthetic-algorithm-{i}",',
             f'        TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/synthetic:{i}",',
             f"        SupportedTrainingInstanceTypes = new[] {{ {', '.join(TRAINING_TYPES[:2 + i % 3])} }},",
             f"        SupportsDistributedTraining = {str(i % 2 == 0).lower()})]"]
    for c in range(channels):
        content = ", ".join(CONTENT_TYPES[:1 + (i + c) % 3])
        required = ", IsRequired = true" if c == 0 else ""
        modes = "TrainingInputMode.File, TrainingInputMode.Pipe" if c == 0 else "TrainingInputMode.File"
        lines.append(f'    [Channel("{CHANNELS[c]}", Description = "The {CHANNELS[c]} data."{required}, '
                     f"SupportedContentTypes = new[] {{ {content} }}, SupportedCompressionTypes = new[] {{ CompressionType.None, CompressionType.Gzip }}, "
                     f"SupportedInputModes = new[] {{ {modes} }})]")
    for m in range(metrics):
        channel = CHANNELS[m % 2]
        objective = ", TuningObjective = ObjectiveType.Minimize" if m == 0 else ""
        lines.append(f'    [Metric("{channel}:metric{m}", @"{channel}-metric{m}=(-?[0-9.]+)"{objective})]')
    lines += [
        "    [InferenceSpecification(SupportedTransformInstanceTypes = new[] { TransformInstanceTypes.MlM5_XLarge },",
        "        SupportedRealtimeInferenceInstanceTypes = new[] { RealtimeInferenceInstanceTypes.MlM5_Large },",
        '        SupportedContentTypes = new[] { "text/csv", "application/json" }, SupportedResponseMIMETypes = new[] { "text/csv" })]',
        f'    [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/synthetic-serve:{i}", Environment = new[] {{ "WORKERS={1 + i % 4}" }})]',
        '    [ValidationProfile("smoke", ValidationRole = "arn:aws:iam::123456789012:role/Validation", TrainingInputMode = TrainingInputMode.File,',
        '        HyperParameters = new[] { "rounds=10" }, S3OutputPath = "s3://synthetic/output", InstanceType = TrainingInstanceTypes.MlM5_XLarge,',
        "        InstanceCount = 1, VolumeSizeInGB = 10, MaxRuntimeInSeconds = 3600)]",
        f'    [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://synthetic/{i}/train/", ContentType = "text/csv")]',
    ]
    if i % 2 == 0:
        lines.append('    [ValidationTransformJob(S3DataType = S3DataType.S3Prefix, S3Uri = "s3://synthetic/batch/", '
                     'S3OutputPath = "s3://synthetic/transform", InstanceType = TransformInstanceTypes.MlM5_XLarge, InstanceCount = 1)]')
    lines += [f'    [Tag("team", "synthetic-{i % 7}")]', f"    public partial class SyntheticAlgorithm{i}", "    {"]
    lines.append("\n".join(_hyperparameter(i, k, rng) for k in range(hyperparameters)).rstrip("\n"))
    lines += ["    }", "}", ""]
    return "\n".join(lines)


JSON_PROPERTY_TYPES = ["string", "int", "long", "double", "bool", "System.DateTimeOffset", "System.Guid",
                       "System.Collections.Generic.List<string>", "System.Collections.Generic.Dictionary<string, int>",
                       "decimal?", "RecordKind", "string?", "int?", "float"]


def json_types(count: int) -> str:
    parts = [f"namespace {NAMESPACE}\n{{\n"]
    for i in range(count):
        properties = 10 + i % 11
        parts.append(f"    /// <summary>Synthetic payload {i}.</summary>\n    public sealed class Payload{i}\n    {{\n")
        for k in range(properties):
            kind = JSON_PROPERTY_TYPES[(i + k) % len(JSON_PROPERTY_TYPES)]
            initializer = " = string.Empty;" if kind == "string" else " = new();" if kind.startswith("System.Collections") else ""
            parts.append(f"        public {kind} {WORDS[k % len(WORDS)].capitalize()}{k} {{ get; set; }}{initializer}\n")
        parts.append("    }\n\n")
    parts.append("}\n")
    return "".join(parts)


def json_context(count: int) -> str:
    attributes = "".join(f"    [JsonSerializable(typeof(Payload{i}))]\n" for i in range(count))
    return (f"using System.Text.Json.Serialization;\n\nnamespace {NAMESPACE}\n{{\n{attributes}"
            "    internal partial class SyntheticJsonContext : JsonSerializerContext\n    {\n    }\n}\n")


LEVELS = ["Trace", "Debug", "Information", "Warning", "Error"]


def logging(count: int) -> str:
    parts = [f"using Microsoft.Extensions.Logging;\n\nnamespace {NAMESPACE}\n{{\n"]
    for start in range(0, count, 10):
        parts.append(f"    internal static partial class Log{start // 10}\n    {{\n")
        for i in range(start, min(start + 10, count)):
            parameters = [("string", "name"), ("int", "count"), ("double", "seconds")][: i % 4]
            message = f"Event {i}" + "".join(f" {{{p[1].capitalize()}}}" for p in parameters)
            signature = "".join(f", {p[0]} {p[1]}" for p in parameters)
            parts.append(f'        [LoggerMessage(EventId = {i}, Level = LogLevel.{LEVELS[i % len(LEVELS)]}, Message = "{message}")]\n'
                         f"        public static partial void Event{i}(ILogger logger{signature});\n\n")
        parts.append("    }\n\n")
    parts.append("}\n")
    return "".join(parts)


UNRELATED = f'''namespace {NAMESPACE}
{{
    /// <summary>Code no generator looks at; the benchmarks' "unrelated edit" changes this method's body.</summary>
    public static class Unrelated
    {{
        public static int Value() => 1;
    }}
}}
'''


def write_sources(directory: Path, count: int, with_json_context: bool = True) -> list:
    """Writes the project's .cs files into `directory` and returns their paths relative to it."""
    if count < 1:
        raise ValueError("the count must be at least 1")
    files = {"Enums.cs": ENUMS, "JsonTypes.cs": json_types(count), "Logging.cs": logging(count), UNRELATED_FILE: UNRELATED}
    if with_json_context:
        files["JsonContext.cs"] = json_context(count)
    for i in range(count):
        files[f"Algorithms/Algorithm{i}.cs"] = algorithm_class(i)
    for relative, text in files.items():
        path = directory / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return sorted(files)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, required=True, help="algorithm classes, JSON types and log methods")
    parser.add_argument("--out", type=Path, required=True, help="folder to write into (created)")
    parser.add_argument("--no-json-context", action="store_true", help="the JSON types without their JsonSerializerContext")
    args = parser.parse_args()
    if args.count < 1:
        print("synthetic_project: --count must be at least 1", file=sys.stderr)
        return 2
    for relative in write_sources(args.out, args.count, not args.no_json_context):
        print(relative)
    return 0


if __name__ == "__main__":
    sys.exit(main())
