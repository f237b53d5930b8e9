#!/usr/bin/env python3
"""Registering algorithms: one .NET process against the AWS CLI route, on the same local endpoint, in one run.

    python3 benchmarks/registration/registration_bench.py [--rounds 10] [--dll PATH] [--native] [--ready-to-run] [--smoke]

Starts one SageMaker endpoint on 127.0.0.1 (JSON 1.1: X-Amz-Target, CreateAlgorithm, DescribeAlgorithm and
ListAlgorithms, SageMaker's error shapes, every request's SigV4 signature verified) and times, interleaved over
several rounds, each route registering the same algorithms from spawn to exit:

  .NET          `dotnet AlgorithmGen.Benchmarks.Registration.dll`: one process, the generated catalog's
                RegisterAllAsync (validate, then DescribeAlgorithm, ListAlgorithms to confirm absence, CreateAlgorithm
                per algorithm, 4 at a time, retried and idempotent)
  AWS CLI       one `aws sagemaker create-algorithm --cli-input-json file://<payload>` per algorithm, one after the
                other, as a shell script or CI step does (the CLI has no batch form)
  botocore      one Python process, one botocore client, one create_algorithm call per payload file (botocore_peer.py)
  --native, --ready-to-run: the same program published as NativeAOT / framework-dependent ReadyToRun, run directly
  .NET re-run   the .NET program again with every algorithm already registered identically (DescribeAlgorithm only;
                the CLI route has no counterpart: it fails on an existing name)

The state is reset before every timed run, so each route really creates every algorithm. The payload files are the
ones the .NET program writes in a dry run (`--payloads DIR`, the `<AlgorithmName>.create-algorithm.json` files of
the docs). After every run the endpoint's record is checked: exactly the expected algorithms created, each create's
body equal (as JSON) to its payload file, every signature valid, no unexpected request. A failed check stops the run.

--smoke runs one round of two algorithms and still prints the table; the tests run it with --dll so nothing is built.
"""
import argparse
import hashlib
import hmac
import http.server
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE / "AlgorithmGen.Benchmarks.Registration.csproj"
APP = "AlgorithmGen.Benchmarks.Registration"

REGION = "us-east-1"
ACCOUNT = "123456789012"
ACCESS_KEY = "AKIDREGISTRATIONBENCH"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYBENCHMARK"
JSON_11 = "application/x-amz-json-1.1"
TARGET_PREFIX = "SageMaker."
COMMAND_TIMEOUT = 300  # seconds; one command of a route, far beyond any normal run


class BenchError(Exception):
    """A one-line reason the benchmark cannot go on (printed without a stack trace)."""


# --- the endpoint ------------------------------------------------------------------------------------------------

def sigv4_problem(method, path, headers, body):
    """Why the request's SigV4 signature does not verify with the benchmark's key, or None when it does."""
    authorization = headers.get("Authorization") or ""
    algorithm = "AWS4-HMAC-SHA256 "
    if not authorization.startswith(algorithm):
        return "no AWS4-HMAC-SHA256 Authorization header"
    try:
        fields = dict(part.strip().split("=", 1) for part in authorization[len(algorithm):].split(","))
        access_key, date, region, service, terminator = fields["Credential"].split("/")
        signed = fields["SignedHeaders"].split(";")
        signature = fields["Signature"]
    except (KeyError, ValueError):
        return "malformed Authorization header"
    if access_key != ACCESS_KEY:
        return f"unknown access key {access_key}"
    if (region, service, terminator) != (REGION, "sagemaker", "aws4_request"):
        return f"credential scope {region}/{service}/{terminator}, expected {REGION}/sagemaker/aws4_request"
    amz_date = headers.get("X-Amz-Date") or ""
    if not amz_date.startswith(date) or "host" not in signed:
        return "X-Amz-Date or the Host header is not signed as SigV4 requires"
    payload_hash = hashlib.sha256(body).hexdigest()
    declared = headers.get("X-Amz-Content-SHA256")
    if declared is not None and declared != payload_hash:
        return "X-Amz-Content-SHA256 is not the body's hash"
    canonical_path, _, query = path.partition("?")
    canonical_headers = "".join(f"{name}:{' '.join((headers.get(name) or '').split())}\n" for name in signed)
    canonical_request = "\n".join([method, canonical_path, query, canonical_headers, ";".join(signed), payload_hash])
    scope = f"{date}/{region}/{service}/aws4_request"
    string_to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical_request.encode()).hexdigest()])
    key = ("AWS4" + SECRET_KEY).encode()
    for part in (date, region, service, "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    expected = hmac.new(key, string_to_sign.encode(), hashlib.sha256).hexdigest()
    return None if hmac.compare_digest(expected, signature) else "signature does not match"


def error(code, message):
    return 400, {"__type": code, "message": message}


class Endpoint:
    """SageMaker's algorithm operations over JSON 1.1, in memory, recording every request."""

    def __init__(self):
        self._lock = threading.Lock()
        self._algorithms = {}  # name -> (CreateAlgorithm body as parsed JSON, creation time)
        self._requests = []  # (operation, parsed body, HTTP status, signature problem or None, User-Agent)
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._server.endpoint = self
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, name="endpoint", daemon=True)
        self._thread.start()

    def close(self):
        self._server.shutdown()
        self._server.server_close()

    def reset(self, existing=()):
        """Forgets every algorithm and request; then holds `existing` (CreateAlgorithm bodies) as created earlier."""
        with self._lock:
            self._algorithms = {body["AlgorithmName"]: (body, time.time()) for body in existing}
            self._requests = []

    def requests(self):
        with self._lock:
            return list(self._requests)

    @staticmethod
    def arn(name):
        return f"arn:aws:sagemaker:{REGION}:{ACCOUNT}:algorithm/{name}"

    def handle(self, method, path, headers, body):
        target = headers.get("X-Amz-Target") or ""
        operation = target[len(TARGET_PREFIX):] if target.startswith(TARGET_PREFIX) else target
        problem = sigv4_problem(method, path, headers, body)
        try:
            request = json.loads(body or b"{}")
        except ValueError:
            request = None
        with self._lock:
            if problem is not None:
                status, answer = 403, {"__type": "InvalidSignatureException", "message": problem}
            elif method != "POST" or not (headers.get("Content-Type") or "").startswith(JSON_11) or not target.startswith(TARGET_PREFIX):
                status, answer = error("UnknownOperationException", f"expected a POST of {JSON_11} with X-Amz-Target SageMaker.*")
            elif not isinstance(request, dict):
                status, answer = error("SerializationException", "The request body is not a JSON object.")
            elif operation == "CreateAlgorithm":
                status, answer = self._create(request)
            elif operation == "DescribeAlgorithm":
                status, answer = self._describe(request)
            elif operation == "ListAlgorithms":
                status, answer = self._list(request)
            else:
                status, answer = error("UnknownOperationException", f"Unknown operation {target}")
            self._requests.append((operation, request, status, problem, headers.get("User-Agent") or ""))
        return status, answer

    def _create(self, request):
        name = request.get("AlgorithmName")
        if not isinstance(name, str) or not name or not isinstance(request.get("TrainingSpecification"), dict):
            return error("ValidationException", "1 validation error detected: AlgorithmName and TrainingSpecification must not be null")
        if name in self._algorithms:
            return error("ValidationException", f'Cannot create already existing algorithm "{self.arn(name)}".')
        self._algorithms[name] = (request, time.time())
        return 200, {"AlgorithmArn": self.arn(name)}

    def _describe(self, request):
        name = str(request.get("AlgorithmName") or "").rpartition(":algorithm/")[2]
        if name not in self._algorithms:
            # What SageMaker answers for a name it does not have.
            return error("ValidationException", f'Could not find algorithm "{self.arn(name)}".')
        spec, created = self._algorithms[name]
        answer = {"AlgorithmName": name, "AlgorithmArn": self.arn(name), "CreationTime": created}
        for member in ("AlgorithmDescription", "TrainingSpecification", "InferenceSpecification", "ValidationSpecification"):
            if member in spec:
                answer[member] = json.loads(json.dumps(spec[member]))
        # Like the service: the image digests resolved, the defaults spelt out.
        training = answer["TrainingSpecification"]
        training.setdefault("TrainingImageDigest", "sha256:" + "a" * 64)
        training.setdefault("SupportsDistributedTraining", False)
        for container in answer.get("InferenceSpecification", {}).get("Containers", []):
            container.setdefault("ImageDigest", "sha256:" + "b" * 64)
        answer["AlgorithmStatus"] = "Completed"
        answer["AlgorithmStatusDetails"] = {"ValidationStatuses": [{"Name": name, "Status": "Completed"}], "ImageScanStatuses": []}
        answer["CertifyForMarketplace"] = spec.get("CertifyForMarketplace", False)
        return 200, answer

    def _list(self, request):
        contains = str(request.get("NameContains") or "").lower()
        limit, start = request.get("MaxResults", 10), request.get("NextToken", "0")
        if not isinstance(limit, int) or not 1 <= limit <= 100 or not isinstance(start, str) or not start.isdigit():
            return error("ValidationException", "MaxResults must be 1 to 100 and NextToken one this endpoint gave")
        start = int(start)
        names = sorted(name for name in self._algorithms if contains in name.lower())
        page = names[start:start + limit]
        answer = {"AlgorithmSummaryList": [
            {"AlgorithmName": name, "AlgorithmArn": self.arn(name), "CreationTime": self._algorithms[name][1], "AlgorithmStatus": "Completed"}
            for name in page]}
        if start + limit < len(names):
            answer["NextToken"] = str(start + limit)
        return 200, answer


class _Handler(http.server.BaseHTTPRequestHandler):
    # Keep-alive, as both clients expect of an AWS endpoint.
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        length = self.headers.get("Content-Length") or ""
        if not length.isdigit():
            self.send_error(411, "a Content-Length is required")
            return
        body = self.rfile.read(int(length))
        status, answer = self.server.endpoint.handle(self.command, self.path, self.headers, body)
        data = json.dumps(answer, separators=(",", ":")).encode()
        self.send_response(status)
        self.send_header("Content-Type", JSON_11)
        self.send_header("x-amzn-RequestId", str(uuid.uuid4()))
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass


# --- the routes --------------------------------------------------------------------------------------------------

class Route:
    """One way of registering the algorithms: the commands it runs one after the other, and what it must send."""

    def __init__(self, key, label, commands, creates, preexisting=False):
        self.key = key
        self.label = label
        self.commands = commands
        self.creates = creates  # whether every algorithm must be created (False: all exist already)
        self.preexisting = preexisting
        self.walls = []
        self.cpus = []
        self.sent = []  # the request mixes seen, e.g. "10 Describe, 10 List, 10 Create", each once


def run_route(route, endpoint, payloads, env):
    """Resets the endpoint, times the route's commands from the first spawn to the last exit, checks what was sent."""
    endpoint.reset(payloads.values() if route.preexisting else ())
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    for command in route.commands:
        try:
            completed = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=COMMAND_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise BenchError(f"{route.label}: `{' '.join(map(str, command[:4]))} ...` did not finish in {COMMAND_TIMEOUT} s") from None
        if completed.returncode != 0:
            detail = (completed.stderr or completed.stdout).decode(errors="replace").strip().splitlines()
            raise BenchError(f"{route.label}: `{' '.join(map(str, command[:4]))} ...` exited with {completed.returncode}: "
                             + (detail[-1] if detail else "no output"))
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    sent = describe_sent(check_requests(route, endpoint.requests(), payloads))
    if sent not in route.sent:
        route.sent.append(sent)
    return wall, cpu


def check_requests(route, requests, payloads):
    """The cross-check: the route created exactly the expected algorithms with the payload files' bodies."""
    counts = {}
    created = {}
    for operation, body, status, problem, agent in requests:
        counts[operation] = counts.get(operation, 0) + 1
        if problem is not None:
            raise BenchError(f"{route.label}: a {operation} request failed SigV4 verification: {problem} (User-Agent {agent})")
        if operation not in ("CreateAlgorithm", "DescribeAlgorithm", "ListAlgorithms"):
            raise BenchError(f"{route.label}: sent an unexpected {operation} request")
        if operation == "CreateAlgorithm":
            if status != 200:
                raise BenchError(f"{route.label}: a CreateAlgorithm request was refused with HTTP {status}")
            name = body["AlgorithmName"]
            if name in created:
                raise BenchError(f"{route.label}: created {name} twice")
            created[name] = body
    expected = set(payloads) if route.creates else set()
    if set(created) != expected:
        raise BenchError(f"{route.label}: created {sorted(created)}, expected {sorted(expected)}")
    for name, body in created.items():
        if body != payloads[name]:
            raise BenchError(f"{route.label}: the CreateAlgorithm body for {name} differs from its payload file")
    return counts


# --- set-up ------------------------------------------------------------------------------------------------------

def real_aws_cli():
    """The `aws` program itself. A pyenv shim in front of it (bash, then `pyenv exec`) is this machine's set-up, not
    the CLI's cost, so it is resolved to the script it would run; a CI image runs that script directly."""
    found = shutil.which("aws")
    if found is None:
        raise BenchError("the AWS CLI (aws) is not on PATH")
    if "/shims/" in found and shutil.which("pyenv"):
        resolved = subprocess.run(["pyenv", "which", "aws"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        if resolved.returncode == 0 and resolved.stdout.strip():
            return resolved.stdout.strip()
    return found


def build_dll():
    dotnet = shutil.which("dotnet") or "dotnet"
    print(f"building {PROJECT.relative_to(HERE.parent.parent)} (Release)", flush=True)
    completed = subprocess.run([dotnet, "build", str(PROJECT), "-c", "Release", "-nologo", "-v:q", "-clp:NoSummary"])
    if completed.returncode != 0:
        raise BenchError("dotnet build of the benchmark program failed (its output is above)")
    return HERE / "bin" / "Release" / "net10.0" / f"{APP}.dll"


def publish(dotnet, work, kind):
    """Publishes the program as NativeAOT ("native") or framework-dependent ReadyToRun ("r2r") into the work folder,
    with its own artifacts path so the checkout's obj/ and bin/ are not touched; returns the executable."""
    properties = ["-p:RegistrationBenchNativeAot=true"] if kind == "native" else ["--self-contained", "false", "-p:PublishReadyToRun=true"]
    print(f"publishing {PROJECT.name} ({'NativeAOT' if kind == 'native' else 'ReadyToRun'})", flush=True)
    completed = subprocess.run([dotnet, "publish", str(PROJECT), "-c", "Release", "-r", "linux-x64", *properties, "-nologo", "-v:q",
                                "-clp:NoSummary", "--artifacts-path", str(work / f"art-{kind}"), "-o", str(work / kind)],
                               env=dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1", MSBUILDDISABLENODEREUSE="1"))
    if completed.returncode != 0:
        raise BenchError(f"dotnet publish ({kind}) of the benchmark program failed (its output is above)")
    return work / kind / APP


def environment(work, endpoint_url):
    """One environment for every route: dummy credentials, region and the endpoint from the variables the AWS CLI and
    SDKs read (the CLI is also given --endpoint-url, as the issue's route does; both name the same endpoint), no shared
    config files, no instance-metadata probing, no proxy in front of 127.0.0.1."""
    keep = {name: os.environ[name] for name in ("PATH", "HOME", "LANG", "DOTNET_ROOT", "PYENV_ROOT", "PYENV_VERSION") if name in os.environ}
    return dict(
        keep,
        AWS_ACCESS_KEY_ID=ACCESS_KEY,
        AWS_SECRET_ACCESS_KEY=SECRET_KEY,
        AWS_REGION=REGION,
        AWS_DEFAULT_REGION=REGION,
        AWS_ENDPOINT_URL_SAGEMAKER=endpoint_url,
        AWS_CONFIG_FILE=str(work / "no-aws-config"),
        AWS_SHARED_CREDENTIALS_FILE=str(work / "no-aws-credentials"),
        AWS_EC2_METADATA_DISABLED="true",
        NO_PROXY="127.0.0.1,localhost",
        no_proxy="127.0.0.1,localhost",
        DOTNET_CLI_TELEMETRY_OPTOUT="1",
        DOTNET_NOLOGO="1",
    )


def write_payloads(dotnet, dll, count, folder, env):
    """The .NET program's dry run writes the payload files (validated; nothing sent); returns name -> parsed body, in order."""
    completed = subprocess.run([dotnet, str(dll), "--count", str(count), "--payloads", str(folder)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if completed.returncode != 0:
        raise BenchError("writing the payload files failed: " + (completed.stderr.strip() or completed.stdout.strip()))
    payloads = {}
    for line in completed.stdout.splitlines():
        with open(line, encoding="utf-8") as file:
            body = json.load(file)
        payloads[body["AlgorithmName"]] = body
    if len(payloads) != count:
        raise BenchError(f"the dry run wrote {len(payloads)} payload files, expected {count}")
    return payloads


def version(command, containing=""):
    """The last line of the command's output that contains `containing`."""
    try:
        completed = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=60)
        return [line for line in completed.stdout.strip().splitlines() if containing in line][-1].split(" [")[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return "unknown"


# --- report ------------------------------------------------------------------------------------------------------

def spread(values):
    """median, p90 (nearest rank) and min-max, in milliseconds."""
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, max(0, -(-9 * len(ordered) // 10) - 1))]
    return statistics.median(ordered) * 1000, p90 * 1000, ordered[0] * 1000, ordered[-1] * 1000


def describe_sent(counts):
    short = {"DescribeAlgorithm": "Describe", "ListAlgorithms": "List", "CreateAlgorithm": "Create"}
    return ", ".join(f"{counts[op]} {short[op]}" for op in ("DescribeAlgorithm", "ListAlgorithms", "CreateAlgorithm") if counts.get(op))


def report(routes, baseline, count, rounds, loads):
    base = statistics.median(baseline.walls)
    print()
    print(f"Registering {count} algorithm(s): whole-process wall time per run, {rounds} round(s), interleaved")
    print()
    print("| route | requests per run | wall, median | p90 | min-max | CPU (user+sys), median | CLI route / route |")
    print("|---|---|---|---|---|---|---|")
    for route in routes:
        median, p90, low, high = spread(route.walls)
        print(f"| {route.label} | {' / '.join(route.sent)} | {median:.0f} ms | {p90:.0f} ms | {low:.0f}-{high:.0f} ms "
              f"| {statistics.median(route.cpus) * 1000:.0f} ms | {base / (median / 1000):.2f} |")
    print()
    dotnet = next(route for route in routes if route.key == "dotnet")
    per_round = sorted(cli / net for cli, net in zip(baseline.walls, dotnet.walls))
    print(f"ratio: the AWS CLI route takes {base / statistics.median(dotnet.walls):.2f}x the .NET process's time "
          f"(per round: median {statistics.median(per_round):.2f}x, min {per_round[0]:.2f}x, max {per_round[-1]:.2f}x)")
    print(f"load average (1 min): {loads[0]:.2f} before, {loads[1]:.2f} after; {os.cpu_count()} logical CPUs")
    print(f"cross-check: every run created exactly the {count} algorithm(s) of the payload files, each CreateAlgorithm "
          "body equal (as JSON) to its file, every request's SigV4 signature verified")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=10, help="timed rounds, each route once per round (default 10)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed rounds first (default 1)")
    parser.add_argument("--count", type=int, default=10, help="algorithms registered per run, 1-10 (default 10)")
    parser.add_argument("--dll", type=Path, help="the built AlgorithmGen.Benchmarks.Registration.dll (default: build it in Release)")
    parser.add_argument("--native", action="store_true", help="also time the program published as NativeAOT (publishes it first)")
    parser.add_argument("--ready-to-run", action="store_true", help="also time the program published framework-dependent ReadyToRun")
    parser.add_argument("--smoke", action="store_true", help="one round, two algorithms, no warm-up: checks the harness, not a measurement")
    args = parser.parse_args()
    if args.smoke:
        args.rounds, args.warmup, args.count = 1, 0, 2
    if args.rounds < 1 or args.warmup < 0 or not 1 <= args.count <= 10:
        parser.error("--rounds must be at least 1, --warmup at least 0, --count from 1 to 10")

    dotnet = shutil.which("dotnet")
    if dotnet is None:
        raise BenchError("dotnet is not on PATH")
    dll = args.dll.resolve() if args.dll else build_dll()
    if not dll.is_file():
        raise BenchError(f"{dll} does not exist: build {PROJECT.name} first, or leave out --dll")
    aws = real_aws_cli()

    with tempfile.TemporaryDirectory(prefix="registration-bench-") as temp:
        work = Path(temp)
        published = [(kind, publish(dotnet, work, kind)) for kind, wanted in (("native", args.native), ("r2r", args.ready_to_run)) if wanted]
        endpoint = Endpoint()
        try:
            env = environment(work, endpoint.url)
            payloads = write_payloads(dotnet, dll, args.count, work / "payloads", env)
            files = [str(work / "payloads" / f"{name}.create-algorithm.json") for name in payloads]
            dotnet_command = [dotnet, str(dll), "--count", str(args.count)]
            cli = Route("cli", "AWS CLI v1, one `aws sagemaker create-algorithm` per algorithm",
                        [[aws, "sagemaker", "create-algorithm", "--cli-input-json", "file://" + file, "--endpoint-url", endpoint.url]
                         for file in files], creates=True)
            routes = [
                Route("dotnet", ".NET, one process (`dotnet <dll>`, RegisterAllAsync)", [dotnet_command], creates=True),
                cli,
                Route("botocore", "botocore, one Python process", [[sys.executable, str(HERE / "botocore_peer.py"), endpoint.url, *files]], creates=True),
                Route("rerun", ".NET re-run, all already registered", [dotnet_command], creates=False, preexisting=True),
            ]
            labels = {"native": ".NET NativeAOT, one process", "r2r": ".NET ReadyToRun (apphost), one process"}
            routes[1:1] = [Route(kind, labels[kind], [[str(program), "--count", str(args.count)]], creates=True) for kind, program in published]
            runtime = version([dotnet, "--list-runtimes"], "Microsoft.NETCore.App")
            print(f"endpoint {endpoint.url}; {runtime}; {version([aws, '--version'])}; "
                  f"{platform.python_implementation()} {platform.python_version()}; {platform.machine()}", flush=True)
            loads = [os.getloadavg()[0]]
            for round_number in range(args.warmup + args.rounds):
                # Rotate the order each round, so no route always runs right after the same neighbour.
                shift = round_number % len(routes)
                for route in routes[shift:] + routes[:shift]:
                    wall, cpu = run_route(route, endpoint, payloads, env)
                    if round_number >= args.warmup:
                        route.walls.append(wall)
                        route.cpus.append(cpu)
                if round_number >= args.warmup:
                    print(f"round {round_number - args.warmup + 1}: "
                          + ", ".join(f"{route.key} {route.walls[-1] * 1000:.0f} ms" for route in routes), flush=True)
            loads.append(os.getloadavg()[0])
        finally:
            endpoint.close()
    report(routes, cli, args.count, args.rounds, loads)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as failure:
        print(f"registration_bench: {failure}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
