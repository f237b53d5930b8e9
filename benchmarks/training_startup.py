#!/usr/bin/env python3
"""Start-up of the training container: process start to the first line of user code.

Publishes tests/AlgorithmGen.Training.AotHost four ways (NativeAOT with the project's start-up settings, and with the
SDK's defaults; framework-dependent, run as `dotnet <dll>` and through its apphost; framework-dependent ReadyToRun
through its apphost), lays out one fake /opt/ml tree, and times each entry point from spawn to the marker line its
training delegate prints first ("user code started"), by then having read and bound the job's three config files.

The peer, in the same run: benchmarks/training_startup_peer.py, a Python entry point that binds the job the way the
SageMaker training toolkit does (its docstring lists what it does and leaves out), run like the toolkit's `train`
console script (a two-line script importing the module) by a virtual environment's python3 with its normal flags, so
the packages and .pth hooks of this machine's own site-packages are not part of the peer's cost. Extra rows: the same
peer under `python3 -S` (no site module at all); two floors, what any process costs here: a C program that prints the
marker and exits, and a NativeAOT program that does the same (published by the script with the AotHost's settings).

Runs are interleaved (one of each entry point per round) so load from other processes spreads over all of them.
Reports median and p90 of time-to-marker and of whole-process wall time, and each median as a ratio to the peer's.
With hyperfine on PATH, --hyperfine cross-checks the whole-process times.

    python3 benchmarks/training_startup.py --runs 30

--dry-run checks the harness, not the figures: one run of each entry point that needs no publish (the peer, the floor,
and the framework-dependent host from --built, the AotHost's build output; without --built, one framework-dependent
publish), printed in the same table.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROJECT = REPO / "tests" / "AlgorithmGen.Training.AotHost" / "AlgorithmGen.Training.AotHost.csproj"
PEER_MODULE = REPO / "benchmarks" / "training_startup_peer.py"
APP = "AlgorithmGen.Training.AotHost"
MARKER = b"user code started"
PEER = "Python peer"
NATIVE_AOT = "NativeAOT"
# The SDK's host when a `dotnet test` started the script, else the first on PATH.
DOTNET = os.environ.get("DOTNET_HOST_PATH") or shutil.which("dotnet") or "dotnet"
TARGET = 0.10
# What each row reports, in time_once's order: wall time to the marker (the target's measure) and to the exit, and CPU
# time (user + system), which other processes' load disturbs less than wall time.
MARKER_TIME = "to marker"
MEASURES = (MARKER_TIME, "whole process", "CPU")  # issue 15: NativeAOT's start at least 10x faster than the Python entry point's

# The floor: a native program that prints the marker and exits, nothing else.
FLOOR_SOURCE = '#include <stdio.h>\nint main(void) { puts("user code started"); return 0; }\n'


def run(command, **kwargs):
    print("$ " + " ".join(str(part) for part in command), flush=True)
    subprocess.run(command, check=True, **kwargs)


# The runtime's floor: a NativeAOT program that prints the marker, published with the AotHost's settings. Its own
# Directory.Build.* files stop MSBuild from importing the repository's when --work is inside the checkout.
HELLO_PROJECT = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <PublishAot>true</PublishAot>
    <InvariantGlobalization>true</InvariantGlobalization>
    <IlcDehydrate>false</IlcDehydrate>
    <PositionIndependentExecutable>false</PositionIndependentExecutable>
  </PropertyGroup>
</Project>
"""
HELLO_PROGRAM = 'System.Console.Out.WriteLine("user code started");\nSystem.Console.Out.Flush();\n'


def publish(work, native):
    """The builds, each in its own artifacts folder so nothing in the checkout's obj/bin is touched."""
    common = ["-c", "Release", "-nodeReuse:false", "-clp:NoSummary", "-v:q"]
    env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1", MSBUILDDISABLENODEREUSE="1")
    # PublishAot is set in the project; false here turns it off (true as a global property would reach netstandard2.0 references).
    run([DOTNET, "publish", PROJECT, "-p:PublishAot=false", *common, "--artifacts-path", work / "art-fdd", "-o", work / "fdd"], env=env)
    if not native:
        return
    run([DOTNET, "publish", PROJECT, "-r", "linux-x64", *common, "--artifacts-path", work / "art-aot", "-o", work / "aot"], env=env)
    # The same host with the SDK's defaults instead of the project's start-up settings.
    run([DOTNET, "publish", PROJECT, "-r", "linux-x64", "-p:IlcDehydrate=true", "-p:PositionIndependentExecutable=true", *common,
         "--artifacts-path", work / "art-aot-defaults", "-o", work / "aot-defaults"], env=env)
    run([DOTNET, "publish", PROJECT, "-r", "linux-x64", "--self-contained", "false", "-p:PublishAot=false", "-p:PublishReadyToRun=true",
         *common, "--artifacts-path", work / "art-r2r", "-o", work / "r2r"], env=env)
    hello = work / "hello"
    hello.mkdir(exist_ok=True)
    (hello / "hello.csproj").write_text(HELLO_PROJECT)
    (hello / "Program.cs").write_text(HELLO_PROGRAM)
    for name in ("Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props"):
        (hello / name).write_text("<Project />\n")
    run([DOTNET, "publish", hello / "hello.csproj", "-r", "linux-x64", *common, "--artifacts-path", work / "art-hello", "-o", work / "hello-aot"], env=env)


def fake_tree(base):
    config = base / "input" / "config"
    config.mkdir(parents=True)
    (config / "hyperparameters.json").write_text(json.dumps(
        {"epochs": "3", "learning_rate": "0.5", "loss": "reg:absolute", "shuffle": "true", "model_label": "startup"}))
    (config / "inputdataconfig.json").write_text(json.dumps({
        name: {"ContentType": "text/csv", "TrainingInputMode": "File", "S3DistributionType": "FullyReplicated", "RecordWrapperType": "None"}
        for name in ("train", "validation")}))
    (config / "resourceconfig.json").write_text(json.dumps({
        "current_host": "algo-1", "hosts": ["algo-1"], "network_interface_name": "eth0", "current_instance_type": "ml.m5.large",
        "current_group_name": "homogeneousCluster",
        "instance_groups": [{"instance_group_name": "homogeneousCluster", "instance_type": "ml.m5.large", "hosts": ["algo-1"]}]}))
    for channel, rows in (("train", "1,2\n3,4\n5,6\n"), ("validation", "7,8\n")):
        (base / "input" / "data" / channel).mkdir(parents=True)
        (base / "input" / "data" / channel / "part-0.csv").write_text(rows)


def python_peer(work):
    """The peer's entry script (what the toolkit's `train` console script is: an import and a call) and its python3."""
    folder = work / "peer"
    folder.mkdir(exist_ok=True)
    shutil.copyfile(PEER_MODULE, folder / PEER_MODULE.name)
    script = folder / "train.py"
    script.write_text(f"from {PEER_MODULE.stem} import main\nmain()\n")
    venv = work / "venv"
    if not (venv / "bin" / "python3").exists():
        run([sys.executable, "-m", "venv", "--without-pip", venv])
    return venv / "bin" / "python3", script


def native_floor(work):
    """The floor: a C program printing the marker, built with the first C compiler on PATH; else /bin/echo printing it."""
    compiler = next((found for name in ("cc", "gcc", "clang") if (found := shutil.which(name))), None)
    if compiler is None:
        return "/bin/echo (process floor)", ["/bin/echo", MARKER.decode()]
    source = work / "floor.c"
    source.write_text(FLOOR_SOURCE)
    run([compiler, "-O2", "-o", work / "floor", source])
    return "C puts (process floor)", [str(work / "floor")]


def time_once(command, env):
    """Milliseconds from spawn to the marker line and to the process's exit, and the CPU time it used (user + system)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    marker = None
    for line in process.stdout:
        if marker is None and line.rstrip(b"\r\n") == MARKER:
            marker = time.perf_counter() - start
    _, status, usage = os.wait4(process.pid, 0)
    total = time.perf_counter() - start
    process.returncode = code = os.waitstatus_to_exitcode(status)
    process.stdout.close()
    if code != 0 or marker is None:
        raise SystemExit(f"{' '.join(map(str, command))} exited {code}{'' if marker else ' without printing the marker'}")
    return marker * 1000, total * 1000, (usage.ru_utime + usage.ru_stime) * 1000


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def report(entries, times, runs, warmup, dry_run):
    """One row per entry point: median, p90 and ratio to the peer's median of each measure."""
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    kind = "dry run: one run each, not a measurement" if dry_run else f"{runs} runs each, interleaved, after {warmup} warm-up runs"
    print(f"\n{kind}; {os.cpu_count()} cores, load average {load}")
    print(f"{'entry point':<38}" + "".join(f" {measure + ': median':>24} {'p90':>10} {'ratio':>7}" for measure in MEASURES))
    for name in entries:
        row = f"{name:<38}"
        for measure in MEASURES:
            values, peer = times[name][measure], statistics.median(times[PEER][measure])
            row += f" {statistics.median(values):>21.1f} ms {percentile(values, 0.9):>7.1f} ms {statistics.median(values) / peer:>6.2f}x"
        print(row)
    if NATIVE_AOT in times:
        native, peer = statistics.median(times[NATIVE_AOT][MARKER_TIME]), statistics.median(times[PEER][MARKER_TIME])
        ratio = native / peer
        verdict = "met" if ratio <= TARGET else f"missed by {ratio / TARGET:.2f}x ({native - TARGET * peer:.1f} ms)"
        print(f"\nNativeAOT to first user code / Python peer: {ratio:.3f} (target <= {TARGET:.2f}: {verdict})")
    else:
        print("\nNativeAOT to first user code / Python peer: not measured (dry run: no NativeAOT publish)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=30, help="timed runs of each entry point (default 30)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs of each first (default 3)")
    parser.add_argument("--work", type=Path, help="reuse the builds in this folder (kept); default: a temporary folder")
    parser.add_argument("--hyperfine", action="store_true", help="also time whole processes with hyperfine")
    parser.add_argument("--dry-run", action="store_true", help="check the harness: one run, no NativeAOT or ReadyToRun publish")
    parser.add_argument("--built", type=Path, help="with --dry-run: the AotHost's build output folder (its apphost and .dll) instead of a publish")
    args = parser.parse_args()
    if args.built and not args.dry_run:
        parser.error("--built goes with --dry-run (the full run publishes its own builds)")
    if args.built and not (args.built / (APP + ".dll")).exists():
        parser.error(f"--built {args.built}: no {APP}.dll there (build {PROJECT.relative_to(REPO)} first)")
    runs, warmup = (1, 0) if args.dry_run else (args.runs, args.warmup)
    if runs < 1 or warmup < 0:
        parser.error("--runs must be at least 1 and --warmup at least 0")

    work = args.work or Path(tempfile.mkdtemp(prefix="algorithmgen-startup-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        framework_dependent = args.built or work / "fdd"
        if not args.built and not (work / "fdd" / (APP + ".dll")).exists() or not args.dry_run and not (work / "hello-aot" / "hello").exists():
            publish(work, native=not args.dry_run)
        tree = work / "ml"
        shutil.rmtree(tree, ignore_errors=True)
        fake_tree(tree)
        python, script = python_peer(work)
        floor_name, floor = native_floor(work)

        entries = {PEER: [str(python), str(script)], "Python peer, python3 -S": [sys.executable, "-S", str(script)], floor_name: floor}
        if not args.dry_run:
            entries["NativeAOT hello world (runtime floor)"] = [str(work / "hello-aot" / "hello")]
            entries[NATIVE_AOT] = [str(work / "aot" / APP), "train"]
            entries["NativeAOT, SDK defaults"] = [str(work / "aot-defaults" / APP), "train"]
        entries["apphost (JIT)"] = [str(framework_dependent / APP), "train"]
        entries["dotnet <dll> (JIT)"] = [DOTNET, str(framework_dependent / (APP + ".dll")), "train"]
        if not args.dry_run:
            entries["apphost ReadyToRun"] = [str(work / "r2r" / APP), "train"]
        env = {key: value for key, value in os.environ.items() if not key.startswith(("MSBuild", "MSBUILD", "VSTest", "PYTHON"))}
        env.update(SAGEMAKER_BASE_DIR=str(tree), DOTNET_CLI_TELEMETRY_OPTOUT="1")

        for _ in range(warmup):
            for command in entries.values():
                time_once(command, env)
        times = {name: {measure: [] for measure in MEASURES} for name in entries}
        for _ in range(runs):
            for name, command in entries.items():
                for measure, value in zip(MEASURES, time_once(command, env)):
                    times[name][measure].append(value)
        report(entries, times, runs, warmup, args.dry_run)

        if args.hyperfine:
            if not shutil.which("hyperfine"):
                raise SystemExit("--hyperfine: hyperfine is not on PATH (apt-get install hyperfine)")
            quoted = [" ".join(f"'{part}'" for part in command) for command in entries.values()]
            names = [arg for name in entries for arg in ("-n", name)]
            run(["hyperfine", "-N", "--warmup", str(warmup), "--runs", str(runs), *names, *quoted], env=env)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
