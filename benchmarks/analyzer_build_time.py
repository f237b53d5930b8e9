#!/usr/bin/env python3
"""Measures the share of build time AlgorithmGen's generator and analyzers take on a project with many algorithms.

Creates a temporary console project with N [Algorithm] classes (each with hyperparameters of every type, three
channels, metrics, an inference container and a validation profile), references this repository's projects the
way the samples do, builds it once to warm up, then rebuilds it with `-p:ReportAnalyzer=true` and reads the
compiler's per-analyzer and per-generator timings. The peer, measured in the same build, is the compiler itself
(the Csc task's total time) and the SDK's own analyzers that run on every project.

Usage: python3 benchmarks/analyzer_build_time.py [--classes 200] [--keep]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CLASS_TEMPLATE = '''
    /// <summary>Algorithm number {i}, generated for the build-time benchmark.</summary>
    [Algorithm("bench-algorithm-{i}",
        TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/bench:{i}",
        SupportedTrainingInstanceTypes = new[] {{ TrainingInstanceTypes.MlM5_XLarge, TrainingInstanceTypes.MlC5_2XLarge }},
        SupportsDistributedTraining = true)]
    [Channel("train", IsRequired = true, SupportedContentTypes = new[] {{ "text/csv" }}, SupportedInputModes = new[] {{ TrainingInputMode.File, TrainingInputMode.Pipe }})]
    [Channel("validation", SupportedContentTypes = new[] {{ "text/csv" }}, SupportedInputModes = new[] {{ TrainingInputMode.File }})]
    [Channel("test", SupportedContentTypes = new[] {{ "application/json" }}, SupportedInputModes = new[] {{ TrainingInputMode.File }})]
    [Metric("validation:rmse", @"rmse=([0-9.]+)", TuningObjective = ObjectiveType.Minimize)]
    [Metric("train:loss", @"loss=([0-9.]+)")]
    [InferenceSpecification(SupportedTransformInstanceTypes = new[] {{ TransformInstanceTypes.MlM5_XLarge }}, SupportedContentTypes = new[] {{ "text/csv" }}, SupportedResponseMIMETypes = new[] {{ "text/csv" }})]
    [InferenceContainer("123456789012.dkr.ecr.us-east-1.amazonaws.com/bench-serve:{i}", Environment = new[] {{ "WORKERS=2" }})]
    [ValidationProfile("smoke", ValidationRole = "arn:aws:iam::123456789012:role/Validation", TrainingInputMode = TrainingInputMode.File,
        HyperParameters = new[] {{ "rounds=10" }}, S3OutputPath = "s3://bench/output", InstanceType = TrainingInstanceTypes.MlM5_XLarge, InstanceCount = 1, VolumeSizeInGB = 10, MaxRuntimeInSeconds = 3600)]
    [ValidationInput("train", S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bench/train/", ContentType = "text/csv")]
    [ValidationTransformJob(S3DataType = S3DataType.S3Prefix, S3Uri = "s3://bench/batch/", S3OutputPath = "s3://bench/transform", InstanceType = TransformInstanceTypes.MlM5_XLarge, InstanceCount = 1)]
    [Tag("bench", "{i}")]
    public partial class BenchAlgorithm{i}
    {{
        /// <summary>Boosting rounds.</summary>
        [HyperParameter(MinValue = 1, MaxValue = 1000, IsTunable = true)]
        public required int Rounds {{ get; set; }}

        /// <summary>Learning rate.</summary>
        [HyperParameter(MinValue = 0.001, MaxValue = 1.0, IsTunable = true)]
        public double Eta {{ get; set; }} = 0.3;

        [HyperParameter] public Mode Mode {{ get; set; }} = Mode.Fast;
        [HyperParameter] public bool Verbose {{ get; set; }}
        [HyperParameter] public string? Notes {{ get; set; }}
    }}
'''


def write_project(directory: Path, classes: int) -> Path:
    project = directory / "ManyAlgorithms.csproj"
    project.write_text(f'''<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <AlgorithmGenWritePayloadFiles>false</AlgorithmGenWritePayloadFiles>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="{ROOT}/src/AlgorithmGen/AlgorithmGen.csproj" />
    <ProjectReference Include="{ROOT}/src/AlgorithmGen.Generators/AlgorithmGen.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
</Project>
''')
    body = "".join(CLASS_TEMPLATE.format(i=i) for i in range(classes))
    (directory / "Algorithms.cs").write_text(
        "using AlgorithmGen;\n\nnamespace ManyAlgorithms\n{\n    public enum Mode { Fast, Exact }\n" + body + "}\n")
    (directory / "Program.cs").write_text(
        "System.Console.WriteLine(AlgorithmGen.Generated.AlgorithmCatalog.All.Count);\n")
    return project


def seconds(pattern: str, log: str) -> float:
    match = re.search(pattern, log)
    return float(match.group(1)) if match else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--classes", type=int, default=200)
    parser.add_argument("--keep", action="store_true", help="keep the temporary project")
    args = parser.parse_args()

    directory = Path(tempfile.mkdtemp(prefix="algorithmgen-bench-"))
    try:
        project = write_project(directory, args.classes)
        env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1")
        build = ["dotnet", "build", str(project), "-nodeReuse:false", "-p:ReportAnalyzer=true", "-v:detailed", "-clp:PerformanceSummary"]
        subprocess.run(build, env=env, check=True, capture_output=True, text=True)  # warm-up: restore, references
        (directory / "Algorithms.cs").touch()
        result = subprocess.run(build + ["--no-restore"], env=env, check=True, capture_output=True, text=True)
        log = result.stdout
        total_analyzers = seconds(r"Total analyzer execution time:\s*([0-9.]+)", log)
        total_generators = seconds(r"Total generator execution time:\s*([0-9.]+)", log)
        ours_analyzers = seconds(r"([0-9.]+)\s+\d+\s+AlgorithmGen\.Generators\.Analyzers\.AlgorithmAnalyzer", log) or \
            seconds(r"([0-9.]+)\s+\S*\s*AlgorithmGen\.Generators, Version", log)
        ours_generator = seconds(r"([0-9.]+)\s+\d+\s+AlgorithmGen\.Generators\.AlgorithmGenerator", log)
        csc = seconds(r"([0-9.]+) ms\s+Csc\s", log) / 1000.0
        print(f"classes: {args.classes}")
        print(f"compiler (Csc task):                 {csc:8.3f} s")
        print(f"all analyzers:                       {total_analyzers:8.3f} s")
        print(f"  AlgorithmGen analyzer:             {ours_analyzers:8.3f} s   ({ours_analyzers / csc:6.1%} of Csc)" if csc else "")
        print(f"all generators:                      {total_generators:8.3f} s")
        print(f"  AlgorithmGen generator:            {ours_generator:8.3f} s   ({ours_generator / csc:6.1%} of Csc)" if csc else "")
        if not (csc and total_analyzers):
            print("could not read the timings; the report follows", file=sys.stderr)
            print("\n".join(line for line in log.splitlines() if "analyzer" in line.lower() or "generator" in line.lower()), file=sys.stderr)
            return 1
        return 0
    finally:
        if args.keep:
            print(f"project kept in {directory}")
        else:
            shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
