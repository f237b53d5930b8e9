#!/usr/bin/env python3
"""Start-up of the training container: process start to the first line of user code.

Publishes tests/AlgorithmGen.Training.AotHost three ways (NativeAOT; framework-dependent, run as `dotnet <dll>` and
through its apphost; framework-dependent ReadyToRun through its apphost), lays out one fake /opt/ml tree, and times
each entry point from spawn to the marker line its training delegate prints first ("user code started"), by then
having read and bound the job's three config files. The peer, in the same run: a Python entry point that reads the
same three files with the standard library's json module and prints the same marker.

Runs are interleaved (one of each entry point per round) so load from other processes spreads over all of them.
Reports median and p90 of time-to-marker and of whole-process wall time, and each median as a ratio to the Python
peer's. With hyperfine on PATH, --hyperfine cross-checks the whole-process times.

    python3 benchmarks/training_startup.py --runs 30
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
APP = "AlgorithmGen.Training.AotHost"
MARKER = b"user code started"

# The peer: what a minimal Python container does before its training code runs.
PYTHON_PEER = '''\
import json, os, sys
config = os.path.join(os.environ.get("SAGEMAKER_BASE_DIR", "/opt/ml"), "input", "config")
with open(os.path.join(config, "hyperparameters.json")) as f:
    hyperparameters = json.load(f)
with open(os.path.join(config, "inputdataconfig.json")) as f:
    channels = json.load(f)
with open(os.path.join(config, "resourceconfig.json")) as f:
    resources = json.load(f)
epochs = int(hyperparameters["epochs"])
sys.stdout.write("user code started\\n")
sys.stdout.flush()
'''


def run(command, **kwargs):
    print("$ " + " ".join(str(part) for part in command), flush=True)
    subprocess.run(command, check=True, **kwargs)


def publish(work):
    """The three builds, each in its own artifacts folder so nothing in the checkout's obj/bin is touched."""
    dotnet = shutil.which("dotnet") or "dotnet"
    common = ["-c", "Release", "-nodeReuse:false", "-clp:NoSummary", "-v:q"]
    env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1", MSBUILDDISABLENODEREUSE="1")
    # PublishAot is set in the project; false here turns it off (true as a global property would reach netstandard2.0 references).
    run([dotnet, "publish", PROJECT, "-r", "linux-x64", *common, "--artifacts-path", work / "art-aot", "-o", work / "aot"], env=env)
    run([dotnet, "publish", PROJECT, "-p:PublishAot=false", *common, "--artifacts-path", work / "art-fdd", "-o", work / "fdd"], env=env)
    run([dotnet, "publish", PROJECT, "-r", "linux-x64", "--self-contained", "false", "-p:PublishAot=false", "-p:PublishReadyToRun=true",
         *common, "--artifacts-path", work / "art-r2r", "-o", work / "r2r"], env=env)
    return dotnet


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


def time_once(command, env):
    """Seconds from spawn to the marker line, and to the process's exit."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    marker = None
    for line in process.stdout:
        if marker is None and line.rstrip(b"\r\n") == MARKER:
            marker = time.perf_counter() - start
    code = process.wait()
    total = time.perf_counter() - start
    if code != 0 or marker is None:
        raise SystemExit(f"{command} exited {code}{'' if marker else ' without printing the marker'}")
    return marker, total


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=30, help="timed runs of each entry point (default 30)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs of each first (default 3)")
    parser.add_argument("--work", type=Path, help="reuse the builds in this folder (kept); default: a temporary folder")
    parser.add_argument("--hyperfine", action="store_true", help="also time whole processes with hyperfine")
    args = parser.parse_args()

    work = args.work or Path(tempfile.mkdtemp(prefix="algorithmgen-startup-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        dotnet = shutil.which("dotnet") or "dotnet"
        if not (work / "aot" / APP).exists():
            dotnet = publish(work)
        tree = work / "ml"
        shutil.rmtree(tree, ignore_errors=True)
        fake_tree(tree)
        peer = work / "peer_train.py"
        peer.write_text(PYTHON_PEER)

        entries = {
            "python3 peer (json)": [sys.executable, str(peer)],
            "NativeAOT": [str(work / "aot" / APP), "train"],
            "apphost (JIT)": [str(work / "fdd" / APP), "train"],
            "dotnet <dll> (JIT)": [dotnet, str(work / "fdd" / (APP + ".dll")), "train"],
            "apphost ReadyToRun": [str(work / "r2r" / APP), "train"],
        }
        env = {key: value for key, value in os.environ.items() if not key.startswith(("MSBuild", "MSBUILD", "VSTest"))}
        env.update(SAGEMAKER_BASE_DIR=str(tree), DOTNET_CLI_TELEMETRY_OPTOUT="1")

        for _ in range(args.warmup):
            for command in entries.values():
                time_once(command, env)
        markers = {name: [] for name in entries}
        totals = {name: [] for name in entries}
        for _ in range(args.runs):
            for name, command in entries.items():
                marker, total = time_once(command, env)
                markers[name].append(marker * 1000)
                totals[name].append(total * 1000)

        with open("/proc/loadavg") as f:
            load = f.read().split()[:3]
        print(f"\n{args.runs} runs each, interleaved, after {args.warmup} warm-up runs; {os.cpu_count()} cores, load average {' '.join(load)}")
        print(f"{'entry point':<22} {'to marker: median':>18} {'p90':>8} {'ratio':>7}   {'whole process: median':>22} {'p90':>8} {'ratio':>7}")
        peer_marker = statistics.median(markers["python3 peer (json)"])
        peer_total = statistics.median(totals["python3 peer (json)"])
        for name in entries:
            m, t = statistics.median(markers[name]), statistics.median(totals[name])
            print(f"{name:<22} {m:>15.1f} ms {percentile(markers[name], 0.9):>5.1f} ms {m / peer_marker:>6.2f}x"
                  f"   {t:>19.1f} ms {percentile(totals[name], 0.9):>5.1f} ms {t / peer_total:>6.2f}x")

        if args.hyperfine:
            if not shutil.which("hyperfine"):
                raise SystemExit("--hyperfine: hyperfine is not on PATH (apt-get install hyperfine)")
            quoted = [" ".join(f"'{part}'" for part in command) for command in entries.values()]
            names = [arg for name in entries for arg in ("-n", name)]
            run(["hyperfine", "-N", "--warmup", str(args.warmup), "--runs", str(args.runs), *names, *quoted], env=env)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
