#!/usr/bin/env python3
"""Prove that the real AWS CLI v1 accepts a CreateAlgorithm payload and sends it unchanged.

Usage: cli_roundtrip.py [--print-body] [--timeout SECONDS] FILE

Starts a fake SageMaker JSON 1.1 endpoint on 127.0.0.1 (OS-assigned port), runs

    aws sagemaker create-algorithm --cli-input-json file://FILE
        --endpoint-url http://127.0.0.1:PORT --region us-east-1 --output json

in a clean environment (dummy credentials, no config files, no proxies), and
checks that the CLI succeeded, printed the AlgorithmArn, and sent exactly one
SigV4-signed SageMaker.CreateAlgorithm request whose JSON body equals the file,
including the order of keys at every level.

Output: one "ERROR file: message" line per failed check, then "OK file" or
"FAIL file (N errors)". Exit codes: 0 success, 1 the CLI rejected the file or
sent something else, 2 usage or environment problem (no `aws`, unreadable
file, CLI timeout).
"""

import argparse
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import uuid

EXIT_OK, EXIT_FAILED, EXIT_ENVIRONMENT = 0, 1, 2

REGION = "us-east-1"
ACCOUNT_ID = "123456789012"
ACCESS_KEY_ID = "AKIDEXAMPLE"
SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
TARGET = "SageMaker.CreateAlgorithm"
CONTENT_TYPE = "application/x-amz-json-1.1"
AUTHORIZATION = re.compile(
    rf"AWS4-HMAC-SHA256 Credential={ACCESS_KEY_ID}/(?P<date>\d{{8}})/{REGION}/sagemaker/aws4_request,"
    r" SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}"
)


class JsonObject(list):
    """A JSON object as parsed: its (key, value) pairs in document order."""


def parse_ordered(text):
    """Parse JSON keeping every object's keys, duplicates included, in order."""
    return json.loads(text, object_pairs_hook=JsonObject)


def render(value, limit=80):
    """Show a parsed JSON value as (possibly shortened) JSON text."""

    def plain(node):
        if isinstance(node, JsonObject):
            return {key: plain(item) for key, item in node}
        if isinstance(node, list):
            return [plain(item) for item in node]
        return node

    text = json.dumps(plain(value))
    return text if len(text) <= limit else text[: limit - 3] + "..."


def first_difference(expected, actual, path=""):
    """Describe the first place where two ordered JSON values differ, or return None.

    Paths are named as botocore names parameters: "A.B[0].C", and "input" for
    the top-level object.
    """
    where = path or "input"
    if isinstance(expected, JsonObject) and isinstance(actual, JsonObject):
        for index, ((want_key, want), (got_key, got)) in enumerate(zip(expected, actual)):
            if want_key != got_key:
                return (
                    f"{where}: key #{index + 1} is {json.dumps(want_key)} in the file"
                    f" but {json.dumps(got_key)} in the request"
                )
            difference = first_difference(want, got, f"{path}.{want_key}" if path else want_key)
            if difference:
                return difference
        if len(expected) != len(actual):
            longer, side = (expected, "file") if len(expected) > len(actual) else (actual, "request")
            extra = ", ".join(json.dumps(key) for key, _ in longer[min(len(expected), len(actual)) :])
            return f"{where}: keys {extra} only in the {side}"
        return None
    if type(expected) is list and type(actual) is list:
        if len(expected) != len(actual):
            return f"{where}: {len(expected)} items in the file but {len(actual)} in the request"
        for index, (want, got) in enumerate(zip(expected, actual)):
            difference = first_difference(want, got, f"{path}[{index}]")
            if difference:
                return difference
        return None
    if type(expected) is not type(actual) or expected != actual:
        return f"{where}: {render(expected)} in the file but {render(actual)} in the request"
    return None


class FakeSageMakerHandler(http.server.BaseHTTPRequestHandler):
    """Answers like SageMaker's JSON 1.1 endpoint and records every request."""

    protocol_version = "HTTP/1.1"

    def handle_any(self):
        """Record the request, then answer CreateAlgorithm or reject it."""
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.requests.append(
            {"method": self.command, "path": self.path, "headers": self.headers, "body": body}
        )
        target = self.headers.get("X-Amz-Target")
        if self.command != "POST" or self.path != "/" or target != TARGET:
            message = f"unknown operation {target!r} for {self.command} {self.path}"
            self.reply(400, {"__type": "UnknownOperationException", "message": message})
            return
        try:
            name = json.loads(body)["AlgorithmName"]
        except (ValueError, TypeError, KeyError):
            message = "body is not a JSON object with an AlgorithmName"
            self.reply(400, {"__type": "ValidationException", "message": message})
            return
        self.reply(200, {"AlgorithmArn": algorithm_arn(name)})

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = handle_any

    def reply(self, status, payload):
        """Send a JSON 1.1 response."""
        data = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", CONTENT_TYPE)
        self.send_header("x-amzn-RequestId", str(uuid.uuid4()))
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):
        """Keep the server quiet: requests are reported by the checks."""


def algorithm_arn(name):
    """The ARN the fake endpoint returns for an algorithm name."""
    return f"arn:aws:sagemaker:{REGION}:{ACCOUNT_ID}:algorithm/{name}"


def cli_environment(home):
    """A clean environment for the CLI: dummy credentials, no config, no proxies.

    It is built from scratch, so no *_PROXY or AWS_* variable of the caller
    leaks into the run.
    """
    environment = {
        "PATH": os.environ.get("PATH", os.defpath),
        "HOME": home,  # keeps ~/.aws (config, custom models) out of the run
        "PYTHONUTF8": "1",  # the CLI reads file:// with the locale's encoding
        "AWS_ACCESS_KEY_ID": ACCESS_KEY_ID,
        "AWS_SECRET_ACCESS_KEY": SECRET_ACCESS_KEY,
        "AWS_CONFIG_FILE": "/dev/null",
        "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
        "AWS_EC2_METADATA_DISABLED": "true",
        "NO_PROXY": "127.0.0.1,localhost",
        "no_proxy": "127.0.0.1,localhost",
    }
    if "PYENV_VERSION" in os.environ:  # a pyenv shim must pick the same Python
        environment["PYENV_VERSION"] = os.environ["PYENV_VERSION"]
    return environment


def run_cli(aws, file_path, port, timeout):
    """Run `aws sagemaker create-algorithm` against the fake endpoint."""
    command = [
        aws, "sagemaker", "create-algorithm",
        "--cli-input-json", f"file://{file_path}",
        "--endpoint-url", f"http://127.0.0.1:{port}",
        "--region", REGION,
        "--output", "json",
    ]
    with tempfile.TemporaryDirectory(prefix="cli-roundtrip-home-") as home:
        return subprocess.run(
            command, env=cli_environment(home), stdin=subprocess.DEVNULL,
            capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=timeout,
        )


def check_request(request, expected):
    """Return the problems with the one request the CLI sent."""
    problems = []
    headers = request["headers"]
    if (request["method"], request["path"]) != ("POST", "/"):
        problems.append(f"request was {request['method']} {request['path']}, expected POST /")
    for name, wanted in (("X-Amz-Target", TARGET), ("Content-Type", CONTENT_TYPE)):
        if headers.get(name) != wanted:
            problems.append(f"header {name} is {headers.get(name)!r}, expected {wanted!r}")
    authorization = AUTHORIZATION.fullmatch(headers.get("Authorization") or "")
    if not authorization:
        expected_scope = f"{ACCESS_KEY_ID}/<date>/{REGION}/sagemaker/aws4_request"
        problems.append(f"Authorization is not SigV4 for {expected_scope}: {headers.get('Authorization')!r}")
    elif not (headers.get("X-Amz-Date") or "").startswith(authorization["date"]):
        date = headers.get("X-Amz-Date")
        problems.append(f"credential date {authorization['date']} does not match X-Amz-Date {date!r}")
    try:
        received = parse_ordered(request["body"].decode("utf-8"))
    except ValueError as error:
        problems.append(f"request body is not JSON: {error}")
    else:
        difference = first_difference(expected, received)
        if difference:
            problems.append(f"request body differs from the file at {difference}")
    return problems


def check_output(completed, name):
    """Return the problems with the CLI's stdout."""
    try:
        output = json.loads(completed.stdout)
    except ValueError:
        return [f"CLI output is not JSON: {completed.stdout!r}"]
    if not isinstance(output, dict) or output.get("AlgorithmArn") != algorithm_arn(name):
        return [f"CLI output lacks AlgorithmArn {algorithm_arn(name)!r}: {completed.stdout.strip()}"]
    return []


def roundtrip(file_path, expected, aws, timeout):
    """Serve, run the CLI, and return (problems, requests)."""
    server = http.server.HTTPServer(("127.0.0.1", 0), FakeSageMakerHandler)
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        completed = run_cli(aws, file_path, server.server_address[1], timeout)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    if completed.returncode != 0:
        stderr = completed.stderr.strip() or "(no stderr)"
        return [f"CLI exited with {completed.returncode}:\n{stderr}"], server.requests
    name = next((value for key, value in expected if key == "AlgorithmName"), None)
    problems = check_output(completed, name)
    if len(server.requests) != 1:
        problems.append(f"{len(server.requests)} requests arrived, expected exactly 1")
    if server.requests:
        problems += check_request(server.requests[0], expected)
    return problems, server.requests


def load_expected(file_name):
    """Parse the payload file; return (parsed object or None, problems)."""
    with open(file_name, encoding="utf-8") as stream:
        text = stream.read()
    try:
        expected = parse_ordered(text)
    except ValueError as error:
        return None, [f"file is not valid JSON: {error}"]
    if not isinstance(expected, JsonObject):
        return None, ["top-level JSON value is not an object"]
    return expected, []


def report(file_name, problems, requests, print_body):
    """Print the problems (and the bodies on request), then the summary line."""
    for problem in problems:
        print(f"ERROR {file_name}: {problem}")
    if print_body:
        for request in requests:
            print(f"received body ({request['method']} {request['path']}):")
            print(request["body"].decode("utf-8", errors="replace"))
    print(f"FAIL {file_name} ({len(problems)} errors)" if problems else f"OK {file_name}")


def main(argv=None):
    """Parse arguments, run the round trip, print the report, return the exit code."""
    parser = argparse.ArgumentParser(description="Check that AWS CLI v1 sends a CreateAlgorithm payload unchanged.")
    parser.add_argument("--print-body", action="store_true", help="print the request body the endpoint received")
    parser.add_argument("--timeout", type=float, default=60, help="seconds to wait for the CLI (default 60)")
    parser.add_argument("file", metavar="FILE")
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(errors="backslashreplace")

    aws = shutil.which("aws")
    if aws is None:
        print("cli_roundtrip.py: `aws` (AWS CLI v1) is not on PATH", file=sys.stderr)
        return EXIT_ENVIRONMENT
    try:
        expected, problems = load_expected(args.file)
    except (OSError, UnicodeDecodeError) as error:
        print(f"cli_roundtrip.py: cannot read {args.file}: {error}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    requests = []
    if not problems:
        try:
            problems, requests = roundtrip(os.path.abspath(args.file), expected, aws, args.timeout)
        except subprocess.TimeoutExpired:
            print(f"cli_roundtrip.py: the AWS CLI did not finish within {args.timeout:g} s", file=sys.stderr)
            return EXIT_ENVIRONMENT
        except OSError as error:
            print(f"cli_roundtrip.py: cannot run {aws} or serve on 127.0.0.1: {error}", file=sys.stderr)
            return EXIT_ENVIRONMENT
    report(args.file, problems, requests, args.print_body)
    return EXIT_FAILED if problems else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
