#!/usr/bin/env python3
"""Bounded load test of the serving host on loopback, side by side with a Flask app behind gunicorn.

What it does, in one run:
  1. builds samples/GradientBoosting (Release) and trains it locally (`train --local`, num_round=50) on the sample's
     committed data, giving model.zip;
  2. serves that model with the sample (`dotnet GradientBoosting.dll serve`: ServingHost on Kestrel, ML.NET prediction
     engines pooled, one log line per request written to a file);
  3. serves the same data with flask_app/ (gunicorn, sync workers, one per core as in AWS's example, access log to a
     file), whose model is the mean label (see flask_app/predictor.py);
  4. drives each with ApacheBench: keep-alive, CONCURRENCY clients, POST of ROWS feature-only CSV rows from the
     validation file with Accept: text/csv, a warm-up of WARMUP requests, then REQUESTS requests or SECONDS seconds,
     whichever ends first (it always stops by itself);
  5. prints requests/s, p50 and p99 latency (ms) and the error count of each, side by side.

Needs: the .NET SDK, ab (apache2-utils), gunicorn and python3-flask (Debian packages; --install runs apt-get for them).
Not a test: nothing asserts timings. Usage: python3 benchmarks/serving/serving_load.py [--install]
"""
import csv
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLE = os.path.join(ROOT, "samples", "GradientBoosting")
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "8"))
ROWS = int(os.environ.get("BENCH_ROWS", "10"))
WARMUP = int(os.environ.get("BENCH_WARMUP", "500"))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "20000"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "20"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_ping(port, process, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited with {process.returncode} before /ping answered 200")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/ping", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit("/ping never answered 200")


def ab(port, body, count, seconds, workdir, name):
    """Runs ab; returns (requests/s, p50 ms, p99 ms, errors, completed)."""
    percentiles = os.path.join(workdir, name + ".percentiles.csv")
    # -t before -n: -t implies -n 50000, and a later -n caps the count again.
    command = ["ab", "-k", "-l", "-q", "-c", str(CONCURRENCY), "-t", str(seconds), "-n", str(count), "-p", body,
               "-T", "text/csv", "-H", "Accept: text/csv", "-e", percentiles, f"http://127.0.0.1:{port}/invocations"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    fields = {}
    for line in output.splitlines():
        if ":" in line:
            key, _, value = line.partition(":")
            fields[key.strip()] = value.strip()
    table = {}
    with open(percentiles) as handle:
        for row in list(csv.reader(handle))[1:]:
            table[int(row[0])] = float(row[1])
    errors = int(fields.get("Failed requests", "0").split()[0]) + int(fields.get("Non-2xx responses", "0").split()[0])
    return (float(fields["Requests per second"].split()[0]), table[50], table[99], errors, int(fields["Complete requests"]))


def measure(name, port, body, workdir):
    ab(port, body, WARMUP, SECONDS, workdir, name + "-warmup")
    return ab(port, body, REQUESTS, SECONDS, workdir, name)


def main():
    if "--install" in sys.argv and not (shutil.which("ab") and shutil.which("gunicorn")):
        subprocess.run(["apt-get", "install", "-y", "apache2-utils", "gunicorn", "python3-flask"], check=True)
    for tool in ("dotnet", "ab", "gunicorn"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is not on PATH (apt-get install -y apache2-utils gunicorn python3-flask, or --install)")

    workdir = tempfile.mkdtemp(prefix="serving-bench-")
    processes = []
    try:
        subprocess.run(["dotnet", "build", os.path.join(SAMPLE, "GradientBoosting.csproj"), "-c", "Release", "-v", "q", "-nologo"], check=True)
        program = os.path.join(SAMPLE, "bin", "Release", "net10.0", "GradientBoosting.dll")
        train = os.path.join(SAMPLE, "data", "train")
        validation = os.path.join(SAMPLE, "data", "validation")
        subprocess.run(["dotnet", program, "train", "--local", "--channel", "train=" + train, "--channel", "validation=" + validation,
                        "--hyperparameter", "num_round=50", "--output-dir", workdir, "--job-name", "bench"],
                       check=True, capture_output=True)
        model = os.path.join(workdir, "bench", "model")

        with open(os.path.join(validation, "validation.csv")) as handle:
            rows = [line.split(",", 1)[1] for line in handle.read().splitlines() if line][:ROWS]
        body = os.path.join(workdir, "body.csv")
        with open(body, "w") as handle:
            handle.write("\n".join(rows) + "\n")

        results = {}
        dotnet_port = free_port()
        with open(os.path.join(workdir, "dotnet.log"), "w") as log:
            server = subprocess.Popen(["dotnet", program, "serve", "--model", model, "--port", str(dotnet_port)], stdout=log, stderr=subprocess.STDOUT)
        processes.append(server)
        wait_for_ping(dotnet_port, server)
        results["ServingHost (.NET, Kestrel)"] = measure("dotnet", dotnet_port, body, workdir)
        server.terminate()
        server.wait(timeout=60)

        flask_port = free_port()
        environment = dict(os.environ, BENCH_TRAIN_CSV=os.path.join(train, "train.csv"), BENCH_FEATURES=str(len(rows[0].split(","))))
        workers = str(os.cpu_count() or 1)
        with open(os.path.join(workdir, "gunicorn.log"), "w") as log:
            server = subprocess.Popen(["gunicorn", "--chdir", os.path.join(os.path.dirname(os.path.abspath(__file__)), "flask_app"),
                                       "-k", "sync", "-w", workers, "--timeout", "60", "-b", f"127.0.0.1:{flask_port}",
                                       "--access-logfile", os.path.join(workdir, "gunicorn-access.log"), "wsgi:app"],
                                      env=environment, stdout=log, stderr=subprocess.STDOUT)
        processes.append(server)
        wait_for_ping(flask_port, server)
        results[f"Flask + gunicorn ({workers} sync workers)"] = measure("flask", flask_port, body, workdir)
        server.terminate()
        server.wait(timeout=60)

        print(f"\n{CONCURRENCY} concurrent keep-alive clients, {ROWS} CSV rows per request, {WARMUP} warm-up requests, "
              f"then {REQUESTS} requests or {SECONDS} s; {os.cpu_count()} cores (shared)\n")
        print(f"{'stack':<36} {'requests':>9} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
        for name, (rate, p50, p99, errors, completed) in results.items():
            print(f"{name:<36} {completed:>9} {rate:>9.0f} {p50:>8.2f} {p99:>8.2f} {errors:>7}")
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
