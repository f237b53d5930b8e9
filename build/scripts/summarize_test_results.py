#!/usr/bin/env python3
"""Sums the TRX results of every test project of the solution into the line CI reads: "N passed, N failed".

    summarize_test_results.py --results DIR --solution-projects FILE [--repo ROOT] [--test-exit-code N]

FILE (or - for standard input) is the output of `dotnet sln AlgorithmGen.sln list`. A test project is one whose project
file sets IsTestProject to true or references Microsoft.NET.Test.Sdk; each must have written at least one TRX file
under DIR/<project name>/ (Directory.Build.props puts them there). Test projects under ROOT/tests that the solution
does not list are an error too: `dotnet test AlgorithmGen.sln` would never run them.

Anything that means tests did not run or cannot be counted counts as a failure, with a "ci:" line on standard error
saying why: a missing or unreadable TRX file, a run that recorded no test, a test without a verdict, a test project
outside the solution, or a non-zero exit of `dotnet test` (N) with no failed test recorded. Standard output ends with
a line of skipped tests (TRX "NotExecuted", which is what xunit's Skip becomes) and then exactly "N passed, N failed".
Exit code: 0 when nothing failed, 1 otherwise.
"""
import argparse
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TRX_NAMESPACE = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}

# The TRX counters by what they mean for CI. "total" and "executed" are sums, and the rest are never written by VSTest.
PASSED = ("passed",)
FAILED = ("failed", "error", "timeout", "aborted", "passedButRunAborted", "disconnected")
SKIPPED = ("notExecuted",)
NO_VERDICT = ("inconclusive", "notRunnable", "pending", "inProgress")


class Totals:
    def __init__(self):
        self.passed = self.failed = self.skipped = 0

    def add(self, other):
        self.passed += other.passed
        self.failed += other.failed
        self.skipped += other.skipped

    @property
    def tests(self):
        return self.passed + self.failed + self.skipped


def is_test_project(project_file: Path) -> bool:
    text = project_file.read_text(encoding="utf-8-sig")
    return bool(re.search(r"<IsTestProject>\s*true\s*</IsTestProject>", text, re.IGNORECASE)
                or re.search(r'<PackageReference\s+Include="Microsoft\.NET\.Test\.Sdk"', text, re.IGNORECASE))


def solution_projects(listing: str, repo: Path) -> list:
    """The project files `dotnet sln list` printed (after its "Project(s)" header and dashes)."""
    lines = [line.strip() for line in listing.splitlines()]
    return [repo / line.replace("\\", "/") for line in lines if line.lower().endswith(".csproj")]


def read_trx(path: Path, problems: list) -> Totals:
    """The counts of one TRX file; anything unreadable or without a verdict is reported and counted as failed."""
    totals = Totals()
    try:
        root = ET.parse(path).getroot()
        counters = root.find("t:ResultSummary/t:Counters", TRX_NAMESPACE)
        if counters is None:
            raise ValueError("no ResultSummary/Counters element")
        count = lambda names: sum(int(counters.get(name, "0")) for name in names)
        totals.passed, totals.failed, totals.skipped = count(PASSED), count(FAILED), count(SKIPPED)
        no_verdict = count(NO_VERDICT)
        # Tests counted in "total" but under no outcome at all also have no verdict.
        no_verdict += max(0, int(counters.get("total", "0")) - totals.tests - no_verdict)
    except (ET.ParseError, ValueError, OSError) as error:
        problems.append(f"cannot read {path}: {error}")
        totals.failed += 1
        return totals
    if no_verdict:
        problems.append(f"{path}: {no_verdict} test(s) without a verdict (inconclusive, not runnable, pending or unaccounted)")
        totals.failed += no_verdict
    return totals


def summarize(repo: Path, results: Path, listing: str, test_exit_code: int):
    """Returns (per-project lines, problems, totals)."""
    problems, lines, totals = [], [], Totals()
    listed = solution_projects(listing, repo)
    test_projects = [project for project in listed if project.is_file() and is_test_project(project)]
    for project in listed:
        if not project.is_file():
            problems.append(f"the solution lists {project.relative_to(repo)}, which does not exist")
            totals.failed += 1
    listed_resolved = {project.resolve() for project in listed}
    for project in sorted((repo / "tests").glob("*/*.csproj")):
        if project.resolve() not in listed_resolved and is_test_project(project):
            problems.append(f"{project.relative_to(repo)} is a test project the solution does not list, so `dotnet test` never runs it")
            totals.failed += 1
    if not test_projects:
        problems.append("the solution lists no test project")

    for project in test_projects:
        name = project.stem
        files = sorted((results / name).rglob("*.trx"))
        if not files:
            problems.append(f"no TRX results for {project.relative_to(repo)} under {results / name}: its tests did not run or did not report")
            totals.failed += 1
            continue
        project_totals = Totals()
        for file in files:
            project_totals.add(read_trx(file, problems))
        lines.append(f"ci: {name}: {project_totals.passed} passed, {project_totals.failed} failed, {project_totals.skipped} skipped")
        totals.add(project_totals)

    if totals.tests == 0:
        problems.append("no test result was recorded at all")
    if test_exit_code != 0 and totals.failed == 0:
        problems.append(f"dotnet test exited with {test_exit_code} but recorded no failed test (a build or test host failure?)")
    if problems and totals.failed == 0:
        totals.failed = 1
    return lines, problems, totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--results", required=True, type=Path, help="the folder of per-project TRX folders")
    parser.add_argument("--solution-projects", required=True, help="the output of `dotnet sln list`, or - for standard input")
    parser.add_argument("--repo", default=".", type=Path, help="the repository root the listed paths are relative to")
    parser.add_argument("--test-exit-code", default=0, type=int, help="the exit code of `dotnet test`")
    arguments = parser.parse_args()
    try:
        listing = sys.stdin.read() if arguments.solution_projects == "-" else Path(arguments.solution_projects).read_text(encoding="utf-8")
        lines, problems, totals = summarize(arguments.repo.resolve(), arguments.results, listing, arguments.test_exit_code)
    except Exception as error:  # Whatever breaks here, CI must still end with a failing summary line.
        print(f"ci: the test summary failed: {error!r}", file=sys.stderr)
        print("0 passed, 1 failed")
        return 1
    for problem in problems:
        print(f"ci: {problem}", file=sys.stderr)
    for line in lines:
        print(line)
    print(f"ci: {totals.skipped} skipped (not executed)")
    print(f"{totals.passed} passed, {totals.failed} failed")
    return 1 if totals.failed else 0


if __name__ == "__main__":
    sys.exit(main())
