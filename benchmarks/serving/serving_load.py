#!/usr/bin/env python3
"""Bounded load test of the serving host on loopback, side by side with a Flask app behind gunicorn.

What it does, in one run:
  1. builds samples/GradientBoosting (Release; or takes a built GradientBoosting.dll from --sample-dll) and trains it
     locally (`train --local`, num_round=50) on the sample's committed data, giving model.zip;
  2. serves that model with the sample (`dotnet GradientBoosting.dll serve`: ServingHost on Kestrel, ML.NET prediction
     engines pooled, one log line per request written to a file);
  3. serves the same data with flask_app/ (gunicorn, sync workers, one per core as in AWS's example, access log to a
     file), whose model is the mean label (see flask_app/predictor.py); with --nginx also the example's full stack,
     nginx in front of gunicorn on a unix socket (nginx writes the access log);
  4. warms each server up for WARMUP_SECONDS under the same load (the .NET JIT needs seconds of traffic to reach its
     optimised code; an endpoint serves for hours, so the steady state is what counts), then measures RUNS rounds,
     the stacks taking turns within each round so a change in the machine's load falls on all of them: each
     measurement is ApacheBench with keep-alive, CONCURRENCY clients, a POST of ROWS feature-only CSV rows from the
     validation file with Accept: text/csv, REQUESTS requests or SECONDS seconds, whichever ends first;
  5. prints each measurement (requests/s, p50 and p99 latency in ms, errors, the server's CPU per request, the
     client's share of the machine, the load average), then the median and min-max over the rounds and the ratios.

Needs: the .NET SDK, ab (apache2-utils), gunicorn and python3-flask (Debian packages; --install runs apt-get for them;
nginx too with --nginx). --smoke runs a tiny version (one short round, a few hundred requests) that needs none of the
Debian packages: without ab it drives the servers with a small Python client, without gunicorn or Flask it skips the
peer and says so. Not a test: nothing asserts timings.

Usage: python3 benchmarks/serving/serving_load.py [--install] [--nginx] [--runs N] [--smoke] [--sample-dll PATH]
"""
import argparse
import csv
import http.client
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(ROOT, "samples", "GradientBoosting")
DOTNET = "ServingHost (.NET, Kestrel)"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def settings(smoke):
    """The load, from BENCH_* variables; --smoke shrinks every default to a few hundred requests."""
    defaults = dict(CONCURRENCY=8, ROWS=10, WARMUP_SECONDS=1 if smoke else 10, REQUESTS=300 if smoke else 100000,
                    SECONDS=2 if smoke else 10, RUNS=1 if smoke else 3, NUM_ROUND=5 if smoke else 50)
    return {key: int(os.environ.get("BENCH_" + key, value)) for key, value in defaults.items()}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_ping(port, process, timeout=90):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"error: the server exited with {process.returncode} before /ping answered 200")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/ping", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit("error: /ping never answered 200")


def tree_cpu_seconds(pid):
    """User + system CPU of a process and its children (gunicorn's and nginx's workers), from /proc."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
                children.setdefault(int(fields[1]), []).append((int(entry), int(fields[11]) + int(fields[12])))
            except (OSError, IndexError, ValueError):
                pass
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        total = int(fields[11]) + int(fields[12])
    except OSError:
        return 0.0
    pending = [pid]
    while pending:
        for child, ticks in children.get(pending.pop(), []):
            total += ticks
            pending.append(child)
    return total / CLOCK_TICKS


def ab(port, body, count, seconds, concurrency, workdir, name):
    """Runs ApacheBench; returns (requests/s, p50 ms, p99 ms, errors, completed)."""
    percentiles = os.path.join(workdir, name + ".percentiles.csv")
    # -t before -n: -t implies -n 50000, and a later -n caps the count again.
    command = ["ab", "-k", "-l", "-q", "-c", str(concurrency), "-t", str(seconds), "-n", str(count), "-p", body,
               "-T", "text/csv", "-H", "Accept: text/csv", "-e", percentiles, f"http://127.0.0.1:{port}/invocations"]
    run = subprocess.run(command, capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"error: ab failed (exit {run.returncode}): {run.stderr.strip().splitlines()[-1] if run.stderr.strip() else 'no message'}")
    fields = {}
    for line in run.stdout.splitlines():
        if ":" in line:
            key, _, value = line.partition(":")
            fields[key.strip()] = value.strip()
    table = {}
    with open(percentiles) as handle:
        for row in list(csv.reader(handle))[1:]:
            table[int(row[0])] = float(row[1])
    errors = int(fields.get("Failed requests", "0").split()[0]) + int(fields.get("Non-2xx responses", "0").split()[0])
    return float(fields["Requests per second"].split()[0]), table[50], table[99], errors, int(fields["Complete requests"])


def python_client(port, body, count, seconds, concurrency, workdir, name):
    """The smoke's stand-in for ab where it is not installed: keep-alive clients on threads, same request."""
    with open(body, "rb") as handle:
        payload = handle.read()
    latencies, errors, lock = [], [0], threading.Lock()
    deadline = time.time() + seconds
    remaining = [count]

    def client():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while time.time() < deadline:
            with lock:
                if remaining[0] <= 0:
                    break
                remaining[0] -= 1
            started = time.perf_counter()
            try:
                connection.request("POST", "/invocations", payload, {"Content-Type": "text/csv", "Accept": "text/csv"})
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
            except (OSError, http.client.HTTPException):
                ok = False
                connection.close()
            with lock:
                latencies.append((time.perf_counter() - started) * 1000)
                errors[0] += 0 if ok else 1

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    if not latencies:
        raise SystemExit("error: the Python client completed no request")
    pick = lambda q: latencies[min(len(latencies) - 1, int(q / 100 * len(latencies)))]
    return len(latencies) / elapsed, pick(50), pick(99), errors[0], len(latencies)


class Stack:
    """One server under test: how to start it, its port and process, and its measurements."""

    def __init__(self, name, port):
        self.name, self.port, self.process, self.extra, self.results = name, port, None, [], []

    def stop(self):
        for process in [self.process] + self.extra:
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()


def nginx_config(workdir, port, socket_path):
    """nginx.conf of AWS's scikit_bring_your_own container, with its paths moved into the work folder."""
    path = os.path.join(workdir, "nginx.conf")
    with open(path, "w") as handle:
        handle.write(f"""worker_processes 1;
daemon off;
pid {workdir}/nginx.pid;
error_log {workdir}/nginx-error.log;
events {{
}}
http {{
  include /etc/nginx/mime.types;
  access_log {workdir}/nginx-access.log combined;
  client_body_temp_path {workdir}/nginx-body;
  proxy_temp_path {workdir}/nginx-proxy;
  upstream gunicorn {{
    server unix:{socket_path};
  }}
  server {{
    listen 127.0.0.1:{port} deferred;
    client_max_body_size 5m;
    keepalive_timeout 5;
    proxy_read_timeout 1200s;
    location ~ ^/(ping|invocations) {{
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header Host $http_host;
      proxy_redirect off;
      proxy_pass http://gunicorn;
    }}
    location / {{
      return 404 "{{}}";
    }}
  }}
}}
""")
    return path


def median_and_range(values, digits):
    return f"{statistics.median(values):.{digits}f} ({min(values):.{digits}f}-{max(values):.{digits}f})"


def main():
    parser = argparse.ArgumentParser(description="Serving throughput of the sample's ServingHost against Flask + gunicorn, side by side.")
    parser.add_argument("--install", action="store_true", help="apt-get install apache2-utils gunicorn python3-flask (and nginx with --nginx) when missing")
    parser.add_argument("--nginx", action="store_true", help="also measure the AWS example's full stack: nginx in front of gunicorn")
    parser.add_argument("--runs", type=int, help="rounds of measurement (default BENCH_RUNS, 3)")
    parser.add_argument("--smoke", action="store_true", help="a tiny run that needs none of the Debian packages (for the tests)")
    parser.add_argument("--sample-dll", help="a built GradientBoosting.dll to serve (default: build the sample in Release)")
    options = parser.parse_args()
    load = settings(options.smoke)
    runs = options.runs or load["RUNS"]
    if runs < 1:
        parser.error("--runs must be at least 1")

    if options.install:
        missing = [package for tool, package in (("ab", "apache2-utils"), ("gunicorn", "gunicorn"), ("nginx", "nginx-light"))
                   if not shutil.which(tool) and (tool != "nginx" or options.nginx)]
        if missing or not has_flask():
            subprocess.run(["apt-get", "install", "-y", "-qq"] + missing + ["python3-flask"], check=True)
    if not shutil.which("dotnet"):
        raise SystemExit("error: dotnet is not on PATH")
    notes = []
    driver = ab
    if not shutil.which("ab"):
        if not options.smoke:
            raise SystemExit("error: ab is not on PATH (apt-get install -y apache2-utils, or --install)")
        driver = python_client
        notes.append("ab is not installed: the smoke drives the servers with its Python client")
    peer = bool(shutil.which("gunicorn")) and has_flask()
    if not peer:
        if not options.smoke:
            raise SystemExit("error: gunicorn or Flask is missing (apt-get install -y gunicorn python3-flask, or --install)")
        notes.append("gunicorn or Flask is not installed: the peer is skipped")
    if options.nginx and not shutil.which("nginx"):
        raise SystemExit("error: nginx is not on PATH (apt-get install -y nginx-light, or --install)")

    workdir = tempfile.mkdtemp(prefix="serving-bench-")
    stacks = []
    try:
        program = options.sample_dll
        if program is None:
            subprocess.run(["dotnet", "build", os.path.join(SAMPLE, "GradientBoosting.csproj"), "-c", "Release", "-v", "q", "-nologo"], check=True)
            program = os.path.join(SAMPLE, "bin", "Release", "net10.0", "GradientBoosting.dll")
        elif not os.path.isfile(program):
            raise SystemExit(f"error: --sample-dll {program} does not exist")
        train = os.path.join(SAMPLE, "data", "train")
        validation = os.path.join(SAMPLE, "data", "validation")
        training = subprocess.run(["dotnet", program, "train", "--local", "--channel", "train=" + train, "--channel", "validation=" + validation,
                                   "--hyperparameter", f"num_round={load['NUM_ROUND']}", "--output-dir", workdir, "--job-name", "bench"],
                                  capture_output=True, text=True)
        if training.returncode != 0:
            raise SystemExit(f"error: training the sample failed (exit {training.returncode}): {(training.stderr or training.stdout).strip()[-400:]}")
        model = os.path.join(workdir, "bench", "model")

        with open(os.path.join(validation, "validation.csv")) as handle:
            rows = [line.split(",", 1)[1] for line in handle.read().splitlines() if line][:load["ROWS"]]
        body = os.path.join(workdir, "body.csv")
        with open(body, "w") as handle:
            handle.write("\n".join(rows) + "\n")

        dotnet = Stack(DOTNET, free_port())
        stacks.append(dotnet)
        with open(os.path.join(workdir, "dotnet.log"), "w") as log:
            dotnet.process = subprocess.Popen(["dotnet", program, "serve", "--model", model, "--port", str(dotnet.port)], stdout=log, stderr=subprocess.STDOUT)
        wait_for_ping(dotnet.port, dotnet.process)

        workers = str(os.cpu_count() or 1)
        environment = dict(os.environ, BENCH_TRAIN_CSV=os.path.join(train, "train.csv"), BENCH_FEATURES=str(len(rows[0].split(","))))
        gunicorn = ["gunicorn", "--chdir", os.path.join(HERE, "flask_app"), "-k", "sync", "-w", workers, "--timeout", "60"]
        if peer:
            flask = Stack(f"Flask + gunicorn ({workers} sync workers)", free_port())
            stacks.append(flask)
            with open(os.path.join(workdir, "gunicorn.log"), "w") as log:
                flask.process = subprocess.Popen(gunicorn + ["-b", f"127.0.0.1:{flask.port}", "--access-logfile", os.path.join(workdir, "gunicorn-access.log"), "wsgi:app"],
                                                 env=environment, stdout=log, stderr=subprocess.STDOUT)
            wait_for_ping(flask.port, flask.process)
        if peer and options.nginx:
            fronted = Stack(f"nginx + Flask + gunicorn ({workers} sync)", free_port())
            stacks.append(fronted)
            socket_path = os.path.join(workdir, "gunicorn.sock")
            os.chmod(workdir, 0o755)  # nginx's workers run as another user and connect to gunicorn's socket in here
            with open(os.path.join(workdir, "gunicorn-nginx.log"), "w") as log:
                fronted.extra.append(subprocess.Popen(gunicorn + ["-b", "unix:" + socket_path, "wsgi:app"], env=environment, stdout=log, stderr=subprocess.STDOUT))
                fronted.process = subprocess.Popen(["nginx", "-c", nginx_config(workdir, fronted.port, socket_path)], stdout=log, stderr=subprocess.STDOUT)
            wait_for_ping(fronted.port, fronted.process)

        for stack in stacks:
            driver(stack.port, body, 10_000_000, load["WARMUP_SECONDS"], load["CONCURRENCY"], workdir, "warmup")
        for round_number in range(runs):
            for stack in stacks:
                load_before = os.getloadavg()[0]
                server_before = tree_cpu_seconds(stack.process.pid) + sum(tree_cpu_seconds(p.pid) for p in stack.extra)
                client_before = resource.getrusage(resource.RUSAGE_CHILDREN)
                started = time.perf_counter()
                rate, p50, p99, errors, completed = driver(stack.port, body, load["REQUESTS"], load["SECONDS"], load["CONCURRENCY"], workdir, "run")
                wall = time.perf_counter() - started
                client_after = resource.getrusage(resource.RUSAGE_CHILDREN)
                server_cpu = tree_cpu_seconds(stack.process.pid) + sum(tree_cpu_seconds(p.pid) for p in stack.extra) - server_before
                client_cpu = (client_after.ru_utime + client_after.ru_stime - client_before.ru_utime - client_before.ru_stime) if driver is ab else float("nan")
                stack.results.append(dict(rate=rate, p50=p50, p99=p99, errors=errors, completed=completed,
                                          server_us=server_cpu / completed * 1e6, client_share=client_cpu / wall / (os.cpu_count() or 1) * 100,
                                          load=(load_before + os.getloadavg()[0]) / 2))

        print(f"\n{load['CONCURRENCY']} concurrent keep-alive clients ({'ab' if driver is ab else 'Python client'}), {load['ROWS']} CSV rows per request, "
              f"{load['WARMUP_SECONDS']} s warm-up per server, then {runs} round(s) of {load['REQUESTS']} requests or {load['SECONDS']} s per server, "
              f"taking turns; {os.cpu_count()} cores (shared); load = 1-minute load average during the measurement")
        for note in notes:
            print("note: " + note)
        print(f"\n{'run':>3} {'stack':<36} {'requests':>9} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'server CPU us/req':>18} {'client CPU %':>13} {'load':>6}")
        for round_number in range(runs):
            for stack in stacks:
                r = stack.results[round_number]
                print(f"{round_number + 1:>3} {stack.name:<36} {r['completed']:>9} {r['rate']:>9.0f} {r['p50']:>8.2f} {r['p99']:>8.2f} {r['errors']:>7} "
                      f"{r['server_us']:>18.0f} {'-' if r['client_share'] != r['client_share'] else format(r['client_share'], '.0f'):>13} {r['load']:>6.1f}")

        print(f"\nmedian (min-max) over {runs} round(s)")
        print(f"{'stack':<36} {'req/s':>20} {'p50 ms':>20} {'p99 ms':>20} {'server CPU us/req':>20} {'errors':>7}")
        for stack in stacks:
            results = stack.results
            print(f"{stack.name:<36} {median_and_range([r['rate'] for r in results], 0):>20} {median_and_range([r['p50'] for r in results], 2):>20} "
                  f"{median_and_range([r['p99'] for r in results], 2):>20} {median_and_range([r['server_us'] for r in results], 0):>20} {sum(r['errors'] for r in results):>7}")
        for stack in stacks[1:]:
            rates = [d["rate"] / p["rate"] for d, p in zip(dotnet.results, stack.results)]
            p99s = [d["p99"] / p["p99"] for d, p in zip(dotnet.results, stack.results)]
            cpus = [p["server_us"] / d["server_us"] for d, p in zip(dotnet.results, stack.results)]
            print(f"ratio against {stack.name}: throughput {median_and_range(rates, 2)}x, p99 {median_and_range(p99s, 2)}x (below 1: ours is lower), "
                  f"server CPU per request {median_and_range(cpus, 2)}x less")
        if len(stacks) == 1:
            print("ratio: none (no peer measured)")
    finally:
        for stack in stacks:
            stack.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def has_flask():
    """Whether the Python that runs gunicorn (its script's #! line; this one without gunicorn) can import Flask."""
    interpreter = [sys.executable]
    gunicorn = shutil.which("gunicorn")
    if gunicorn:
        try:
            with open(gunicorn, "rb") as handle:
                first = handle.readline().decode("utf-8", "replace").strip()
            if first.startswith("#!"):
                interpreter = first[2:].split()
        except OSError:
            pass
    try:
        return subprocess.run(interpreter + ["-c", "import flask"], capture_output=True).returncode == 0
    except OSError:
        return False


if __name__ == "__main__":
    main()
