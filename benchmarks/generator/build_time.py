#!/usr/bin/env python3
"""What a real `dotnet build` pays for AlgorithmGen's generator and analyzers, side by side with their peers.

For each N, writes a throwaway project (synthetic_project.py: N [Algorithm] classes, N [JsonSerializable] types in one
JsonSerializerContext, N [LoggerMessage] methods) that references this checkout's *built* AlgorithmGen.dll (Reference)
and AlgorithmGen.Generators.dll (Analyzer), the floor generator (the same ForAttributeWithMetadataName lookup, nothing
else), and the logging generator and abstractions of the SDK's ASP.NET Core targeting pack (System.Text.Json's
generator comes with net10.0 itself). It builds once to warm up (restore, the compiler server), then, three times in
turn for each variant, touches the edited algorithm file and rebuilds with `-p:ReportAnalyzer=true`, reading the
compiler's own per-generator and per-analyzer times and the Csc task's time:

- full:           everything above;
- no-algorithmgen: the same sources without AlgorithmGen's generator and analyzers (attributes still compiled);
- no-json-context: the same sources without the JsonSerializerContext (the types still compiled).

full − no-algorithmgen is what the whole build pays for AlgorithmGen (generator, analyzers, compiling the generated
code); full − no-json-context is what it pays for System.Text.Json's generator on the same number of types. Each tool's
fixed cost and per-class cost come from a least-squares line through the medians at every N. With --memory, one more
build of each variant at the largest N without the compiler server (-p:UseSharedCompilation=false) records the csc
process's peak resident memory (VmHWM from /proc of the csc process under the build, polled every 20 ms).

Usage:
  python3 benchmarks/generator/build_time.py [--counts 10,100,1000] [--runs 3] [--memory] [--configuration Release]
  python3 benchmarks/generator/build_time.py --dry-run     # N=3, one build per variant: checks the harness works
Needs the built DLLs: dotnet build -c Release src/AlgorithmGen.Generators; dotnet build -c Release -f net8.0
src/AlgorithmGen; dotnet build -c Release benchmarks/AlgorithmGen.Benchmarks.FloorGenerator.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synthetic_project  # noqa: E402  (the one source of the synthetic code)

ROOT = Path(__file__).resolve().parents[2]
VARIANTS = ("full", "no-algorithmgen", "no-json-context")
FLOOR = "AlgorithmGen.Benchmarks.FloorGenerator"

# The rows of the table: label, and the regex of the report line whose seconds it reads. The compiler prints one line
# per assembly and, indented under it, one per generator or analyzer type.
TOOLS = [
    ("AlgorithmGen generator", r"AlgorithmGen\.Generators\.AlgorithmGenerator\b"),
    ("System.Text.Json generator", r"System\.Text\.Json\.SourceGeneration\.JsonSourceGenerator\b"),
    ("LoggerMessage generator", r"Microsoft\.Extensions\.Logging\.Generators\.LoggerMessageGenerator\b"),
    ("floor generator", re.escape(FLOOR) + r"\.FloorGenerator\b"),
    ("AlgorithmGen analyzers", r"AlgorithmGen\.Generators, Version="),
]


class HarnessError(Exception):
    """A problem the harness reports in one line (missing DLLs, a failed build, an unreadable report)."""


def dotnet_root() -> Path:
    return Path(shutil.which("dotnet") or "dotnet").resolve().parent


def newest_pack(name: str) -> Path:
    """The newest 10.x targeting pack of that name in the SDK the `dotnet` on PATH belongs to."""
    packs = sorted((dotnet_root() / "packs" / name).glob("10.*"), key=lambda p: [int(x) for x in re.findall(r"\d+", p.name)])
    if not packs:
        raise HarnessError(f"no 10.x {name} targeting pack under {dotnet_root() / 'packs'}")
    return packs[-1]


def built_inputs(configuration: str) -> dict:
    """The DLLs the throwaway project uses, from this checkout's build output; a one-line error names what is missing."""
    library = ROOT / f"src/AlgorithmGen/bin/{configuration}/net8.0/AlgorithmGen.dll"
    generators = ROOT / f"src/AlgorithmGen.Generators/bin/{configuration}/netstandard2.0/AlgorithmGen.Generators.dll"
    floor = ROOT / f"benchmarks/{FLOOR}/bin/{configuration}/netstandard2.0/{FLOOR}.dll"
    for path, project in ((library, "-f net8.0 src/AlgorithmGen"), (generators, "src/AlgorithmGen.Generators"), (floor, f"benchmarks/{FLOOR}")):
        if not path.is_file():
            raise HarnessError(f"{path.relative_to(ROOT)} is missing: run dotnet build -c {configuration} {project}")
    aspnet = newest_pack("Microsoft.AspNetCore.App.Ref")
    aspnet_reference = next(aspnet.glob("ref/net10.*"), aspnet / "ref/net10.0")
    logging_reference = aspnet_reference / "Microsoft.Extensions.Logging.Abstractions.dll"
    logging_generator = aspnet / "analyzers/dotnet/cs/Microsoft.Extensions.Logging.Generators.dll"
    if not logging_reference.is_file() or not logging_generator.is_file():
        raise HarnessError(f"the logging abstractions or generator are missing from {aspnet}")
    dependencies = [path for path in library_dependencies(configuration, aspnet_reference) if path != logging_reference]
    return {
        "library": library,
        "dependencies": dependencies,
        "generators": generators,
        "floor": floor,
        "logging_reference": logging_reference,
        "logging_generator": logging_generator,
    }


def library_dependencies(configuration: str, aspnet_reference: Path) -> list:
    """AlgorithmGen.dll's package dependencies for net8.0, from its restore (what a PackageReference would bring)."""
    assets = ROOT / "src/AlgorithmGen/obj/project.assets.json"
    if not assets.is_file():
        raise HarnessError(f"{assets.relative_to(ROOT)} is missing: run dotnet build -c {configuration} -f net8.0 src/AlgorithmGen")
    data = json.loads(assets.read_text())
    folder = Path(next(iter(data["packageFolders"])))
    libraries = data["libraries"]
    paths = []
    for package, target in data["targets"]["net8.0"].items():
        for compile_item in (target.get("compile") or {}):
            if not compile_item.endswith(".dll"):
                continue
            # The Microsoft.Extensions abstractions come from the ASP.NET Core pack instead (the logging generator's
            # own release): two versions of one assembly would be a conflict.
            shared = aspnet_reference / Path(compile_item).name
            paths.append(shared if shared.is_file() else folder / libraries[package]["path"] / compile_item)
    return paths


def write_project(directory: Path, count: int, inputs: dict) -> None:
    references = "\n".join(
        f'    <Reference Include="{path.stem}" HintPath="{path}" Private="false" />'
        for path in [inputs["library"], *inputs["dependencies"], inputs["logging_reference"]])
    (directory / "Synthetic.csproj").write_text(f'''<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Library</OutputType>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <LangVersion>latest</LangVersion>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
{references}
    <Analyzer Include="{inputs["generators"]}" Condition="'$(Variant)' != 'no-algorithmgen'" />
    <Analyzer Include="{inputs["floor"]}" />
    <Analyzer Include="{inputs["logging_generator"]}" />
    <Compile Remove="JsonContext.cs" Condition="'$(Variant)' == 'no-json-context'" />
  </ItemGroup>
</Project>
''')
    # Directory.Build.* files above the temp folder must not leak in; empty ones stop the search here.
    (directory / "Directory.Build.props").write_text("<Project />\n")
    (directory / "Directory.Build.targets").write_text("<Project />\n")
    (directory / "Directory.Packages.props").write_text("<Project />\n")
    synthetic_project.write_sources(directory, count)


def seconds(pattern: str, log: str) -> float:
    """Seconds on the first report line matching pattern (the compiler writes `<seconds> <percent> <name>`)."""
    match = re.search(r"^\s*(<?[0-9.]+)\s+<?\d+\s+" + pattern, log, re.MULTILINE)
    if match is None:
        return float("nan")
    value = match.group(1)
    return 0.0005 if value.startswith("<") else float(value)  # "<0.001": below the report's resolution


def build(directory: Path, variant: str, memory: bool = False, server: bool = True) -> tuple:
    """One build of the variant; returns (log, csc peak RSS in MB or None)."""
    command = ["dotnet", "build", str(directory / "Synthetic.csproj"), "--no-restore", "-nodeReuse:false",
               f"-p:Variant={variant}", "-p:ReportAnalyzer=true", "-v:detailed", "-clp:PerformanceSummary"]
    if memory or not server:
        command.append("-p:UseSharedCompilation=false")
    env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1", MSBUILDDISABLENODEREUSE="1")
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = [0]
    stop = threading.Event()
    if memory:
        threading.Thread(target=poll_csc_peak, args=(process.pid, peak, stop), daemon=True).start()
    log, _ = process.communicate()
    stop.set()
    if memory and peak[0] == 0:
        raise HarnessError("no compiler process was seen under the build: its peak memory is unknown")
    if process.returncode != 0:
        errors = [line.strip() for line in log.splitlines() if ": error " in line]
        raise HarnessError(f"the {variant} build failed: {errors[0] if errors else 'exit code ' + str(process.returncode)}")
    return log, (peak[0] / 1024 if memory else None)


def poll_csc_peak(root: int, peak: list, stop: threading.Event) -> None:
    """The highest VmHWM (peak resident set, kB) of any compiler process under our build (process `root`), polled
    until stop. Other builds on the machine run compilers too: only our descendants count."""
    while not stop.is_set():
        parents = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                # The command name is in parentheses and may hold spaces; the parent id follows the state after it.
                fields = stat.read_text().rsplit(")", 1)[1].split()
                parents[int(stat.parent.name)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
        for pid in parents:
            ancestor = parents.get(pid)
            while ancestor not in (None, 0, 1, root):
                ancestor = parents.get(ancestor)
            if ancestor != root:
                continue
            try:
                command = (Path("/proc") / str(pid) / "cmdline").read_bytes()
                if b"csc.dll" not in command and b"bincore/csc" not in command:
                    continue
                match = re.search(r"VmHWM:\s+(\d+) kB", (Path("/proc") / str(pid) / "status").read_text())
            except OSError:
                continue
            if match:
                peak[0] = max(peak[0], int(match.group(1)))
        time.sleep(0.02)


def read_times(log: str, variant: str) -> dict:
    csc_match = re.search(r"^\s*([0-9]+) ms\s+Csc\s+\d+ calls", log, re.MULTILINE)
    if csc_match is None:
        raise HarnessError(f"the {variant} build's performance summary has no Csc task (did the compiler run?)")
    times = {"Csc task": int(csc_match.group(1)) / 1000.0}
    # The analyzer report comes first, then the generator report; a pattern is looked for in its own report only.
    analyzers, _, generators = log.partition("Total generator execution time")
    for label, pattern in TOOLS:
        if variant == "no-algorithmgen" and label.startswith("AlgorithmGen"):
            continue
        value = seconds(pattern, generators if "generator" in label else analyzers)
        if value != value:  # NaN: the report lacks the row
            raise HarnessError(f"the {variant} build's analyzer report has no line for the {label}")
        times[label] = value
    for label, heading in (("all analyzers", "analyzer"), ("all generators", "generator")):
        total = re.search(rf"Total {heading} execution time:\s*([0-9.]+)", log)
        if total is None:
            raise HarnessError(f"the {variant} build printed no {heading} report (ReportAnalyzer)")
        times[label] = float(total.group(1))
    return times


def fit(xs: list, ys: list) -> tuple:
    """Least-squares line y = a + b x: (fixed cost a, cost per unit b)."""
    if len(xs) < 2:
        return float("nan"), float("nan")
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    b = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / sum((x - mean_x) ** 2 for x in xs)
    return mean_y - b * mean_x, b


def cell(values: list) -> str:
    median = statistics.median(values)
    return f"{median:.3f} s ({min(values):.3f}–{max(values):.3f})" if len(values) > 1 else f"{median:.3f} s"


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="10,100,1000", help="comma-separated N (algorithm classes = JSON types = log methods)")
    parser.add_argument("--runs", type=int, default=3, help="measured builds per variant and N (median and min–max)")
    parser.add_argument("--configuration", default="Release", help="configuration of the built AlgorithmGen DLLs")
    parser.add_argument("--memory", action="store_true", help="also measure csc's peak memory on the largest N (one more build per variant)")
    parser.add_argument("--no-server", action="store_true",
                        help="compile without the shared compiler server (which other builds on the machine also use)")
    parser.add_argument("--dry-run", action="store_true", help="N=3, one build per variant: checks the harness, measures nothing")
    parser.add_argument("--keep", action="store_true", help="keep the throwaway projects")
    args = parser.parse_args()
    try:
        counts = [3] if args.dry_run else sorted({int(c) for c in args.counts.split(",")})
    except ValueError:
        print(f"build_time: --counts must be comma-separated numbers, not '{args.counts}'", file=sys.stderr)
        return 2
    runs = 1 if args.dry_run else args.runs
    if runs < 1 or min(counts) < 1:
        print("build_time: --runs and every count must be at least 1", file=sys.stderr)
        return 2

    work = Path(tempfile.mkdtemp(prefix="algorithmgen-build-time-"))
    try:
        inputs = built_inputs(args.configuration)
        print(f"machine: {cpu_model()}, {os.cpu_count()} cores; load average at start {load()}; SDK {sdk_version()}; "
              f"AlgorithmGen DLLs: {args.configuration}; compiler server: {'no' if args.no_server else 'yes'}; {runs} measured build(s) per variant and N, variants interleaved")
        results = {}  # (N, variant) -> list of time dicts
        memory = None
        for count in counts:
            directory = work / f"n{count}"
            directory.mkdir()
            write_project(directory, count, inputs)
            restore = subprocess.run(["dotnet", "restore", str(directory / "Synthetic.csproj")], capture_output=True, text=True,
                                     env=dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1"))
            if restore.returncode != 0:
                raise HarnessError(f"restore of the N={count} project failed: {restore.stdout.strip().splitlines()[-1:]}")
            if not args.dry_run:
                build(directory, "full", server=not args.no_server)  # warm-up: first compile, the compiler server
            for run in range(runs):
                for variant in VARIANTS:
                    (directory / synthetic_project.EDITED_ALGORITHM_FILE).touch()
                    log, _ = build(directory, variant, server=not args.no_server)
                    results.setdefault((count, variant), []).append(read_times(log, variant))
            # The medians so far, so that a run stopped early still leaves its figures.
            medians = ", ".join(f"{variant} Csc {statistics.median(t['Csc task'] for t in results[(count, variant)]):.3f} s" for variant in VARIANTS)
            tools = ", ".join(f"{label} {statistics.median(t[label] for t in results[(count, 'full')]):.3f} s" for label, _ in TOOLS)
            print(f"  N={count}: {medians}; {tools}; load average {load()}", flush=True)
        if args.memory:
            largest = work / f"n{counts[-1]}"
            memory = {}
            for variant in VARIANTS:
                (largest / synthetic_project.EDITED_ALGORITHM_FILE).touch()
                memory[variant] = build(largest, variant, memory=True)[1]
        report(counts, results, memory)
        print(f"load average at end {load()}")
        return 0
    except HarnessError as error:
        print(f"build_time: {error}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"projects kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def cpu_model() -> str:
    try:
        return next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name"))
    except (OSError, StopIteration):
        return "unknown CPU"


def sdk_version() -> str:
    return subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()


def report(counts: list, results: dict, memory) -> None:
    def values(count, variant, label):
        return [times[label] for times in results[(count, variant)]]

    labels = [label for label, _ in TOOLS] + ["all analyzers", "all generators", "Csc task"]
    print("\nTable 1. Per tool, from the compiler's report (full variant): median (min–max), seconds")
    print("| tool | " + " | ".join(f"N={c}" for c in counts) + " | fixed (fit) | per class (fit) |")
    print("|---|" + "---|" * (len(counts) + 2))
    for label in labels:
        medians = [statistics.median(values(c, "full", label)) for c in counts]
        fixed, slope = fit(counts, medians)
        print(f"| {label} | " + " | ".join(cell(values(c, "full", label)) for c in counts)
              + f" | {fixed_s(fixed)} | {per_ms(slope)} |")

    print("\nTable 2. Ratios to the peers (full variant, medians)")
    print("| N | AlgorithmGen generator / STJ generator | / LoggerMessage generator | / floor | AlgorithmGen analyzers / Csc |")
    print("|---|---|---|---|---|")
    for c in counts:
        m = {label: statistics.median(values(c, "full", label)) for label in labels}
        print(f"| {c} | {ratio(m['AlgorithmGen generator'], m['System.Text.Json generator'])} | "
              f"{ratio(m['AlgorithmGen generator'], m['LoggerMessage generator'])} | {ratio(m['AlgorithmGen generator'], m['floor generator'])} | "
              f"{m['AlgorithmGen analyzers'] / m['Csc task']:.1%} |")
    generator = fit(counts, [statistics.median(values(c, "full", "AlgorithmGen generator")) for c in counts])
    stj = fit(counts, [statistics.median(values(c, "full", "System.Text.Json generator")) for c in counts])
    print(f"Fit: AlgorithmGen generator {fixed_s(generator[0])} + {per_ms(generator[1])}/class; "
          f"STJ generator {fixed_s(stj[0])} + {per_ms(stj[1])}/type; per-class ratio {ratio(generator[1], stj[1])} (target < 0.5)")

    print("\nTable 3. What the whole build pays (Csc task; median (min–max) s)")
    print("| N | full | without AlgorithmGen | without JsonSerializerContext | AlgorithmGen adds, per class | STJ adds, per type | ratio |")
    print("|---|---|---|---|---|---|---|")
    ours, theirs = [], []
    for c in counts:
        full, without_ours, without_stj = (statistics.median(values(c, v, "Csc task")) for v in VARIANTS)
        ours.append(full - without_ours)
        theirs.append(full - without_stj)
        print(f"| {c} | {cell(values(c, 'full', 'Csc task'))} | {cell(values(c, 'no-algorithmgen', 'Csc task'))} | "
              f"{cell(values(c, 'no-json-context', 'Csc task'))} | {(full - without_ours) / c * 1000:.1f} ms | "
              f"{(full - without_stj) / c * 1000:.1f} ms | {ratio(full - without_ours, full - without_stj)} |")
    ours_fit, theirs_fit = fit(counts, ours), fit(counts, theirs)
    print(f"Fit of the differences: AlgorithmGen {fixed_s(ours_fit[0])} + {per_ms(ours_fit[1])}/class; STJ {fixed_s(theirs_fit[0])} + "
          f"{per_ms(theirs_fit[1])}/type; per-class ratio {ratio(ours_fit[1], theirs_fit[1])} (target < 0.25)")
    if memory is not None:
        print(f"\nTable 4. Peak resident memory of csc (VmHWM), N={counts[-1]}, one build per variant without the compiler server")
        print("| full | without AlgorithmGen | without JsonSerializerContext | AlgorithmGen adds | STJ adds |")
        print("|---|---|---|---|---|")
        print(f"| {memory['full']:.0f} MB | {memory['no-algorithmgen']:.0f} MB | {memory['no-json-context']:.0f} MB | "
              f"{memory['full'] - memory['no-algorithmgen']:.0f} MB | {memory['full'] - memory['no-json-context']:.0f} MB |")


def fixed_s(value: float) -> str:
    return "n/a (one N)" if value != value else f"{value:.3f} s"


def per_ms(value: float) -> str:
    return "n/a (one N)" if value != value else f"{value * 1000:.2f} ms"


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b > 0 and a == a and b == b else "n/a"


if __name__ == "__main__":
    sys.exit(main())
