"""Load check for `zonegraph serve`: a bounded burst of queries from concurrent clients, on loopback.

    python bench/load_serve.py                      # builds the shipped corpus into a temp folder
    python bench/load_serve.py --build-dir build    # or serves an existing build

Starts the real server (`python -m zonegraph serve`) on a free port of 127.0.0.1, sends
--queries requests (default 2,000) from --clients threads (default 16), each with its own
keep-alive connection, then stops the server and prints throughput, latency percentiles and
errors. The request mix is fixed by a seed: small SELECTs, ASKs, a join as CSV, and entity
pages as Turtle and HTML. Bounded in count and in time (--deadline); it never contacts any
address but 127.0.0.1. Exit status 1 if any request failed.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

HOST = "127.0.0.1"  # loopback only, by design


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def request(connection: http.client.HTTPConnection, path: str, accept: str) -> tuple[int, bytes]:
    connection.request("GET", path, headers={"Accept": accept})
    response = connection.getresponse()
    return response.status, response.read()


def start_server(build_dir: Path, port: int, workers: int | None, timeout: float) -> subprocess.Popen:
    command = [sys.executable, "-m", "zonegraph", "serve", "--host", HOST, "--port", str(port),
               "--build-dir", str(build_dir), "--timeout", str(timeout), "--no-access-log"]
    if workers:
        command += ["--workers", str(workers)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the server exited while starting")
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=5)
            if request(connection, "/sparql?" + urlencode({"query": "ASK {}"}), "*/*")[0] == 200:
                connection.close()
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start within 120 s")


def workload(port: int, count: int, seed: int) -> list[tuple[str, str, str]]:
    """(kind, path, accept) for every request, zones taken from the served graph itself."""
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    query = "SELECT ?z ?label WHERE { ?z a zg:Zone ; rdfs:label ?label } ORDER BY ?z"
    status, body = request(connection, "/sparql?" + urlencode({"query": query}), "application/sparql-results+json")
    connection.close()
    zones = [(b["z"]["value"], b["label"]["value"]) for b in json.loads(body)["results"]["bindings"]]
    if status != 200 or not zones:
        raise SystemExit("could not list the zones of the graph")
    rng = random.Random(seed)
    plan = []
    for _ in range(count):
        iri, label = rng.choice(zones)
        path = iri.replace("https://w3id.org/zonegraph", "")
        pick = rng.random()
        if pick < 0.50:
            text = (f'SELECT ?z ?p WHERE {{ ?z rdfs:label|skos:altLabel "{label}"@zh . '
                    "OPTIONAL { ?z zg:province ?p } }")
            plan.append(("select", "/sparql?" + urlencode({"query": text}), "application/sparql-results+json"))
        elif pick < 0.65:
            text = f"ASK {{ <{iri}> zg:partnersWith ?i }}"
            plan.append(("ask", "/sparql?" + urlencode({"query": text}), "application/sparql-results+xml"))
        elif pick < 0.75:
            text = ("SELECT ?zone ?industry WHERE { ?z zg:hasIndustry ?i ; rdfs:label ?zone . "
                    f"?i rdfs:label ?industry }} ORDER BY ?zone LIMIT 100 OFFSET {rng.randrange(0, 100)}")
            plan.append(("join-csv", "/sparql?" + urlencode({"query": text}), "text/csv"))
        elif pick < 0.90:
            plan.append(("entity-turtle", path, "text/turtle"))
        else:
            plan.append(("entity-html", path, "text/html"))
    return plan


def run(port: int, plan: list[tuple[str, str, str]], clients: int, deadline: float) -> list[tuple[str, float, str]]:
    """Send the plan from ``clients`` threads; each result is (kind, seconds, error or '')."""
    results: list[tuple[str, float, str]] = []
    lock = threading.Lock()
    cursor = iter(range(len(plan)))
    stop_at = time.monotonic() + deadline

    def client() -> None:
        connection = http.client.HTTPConnection(HOST, port, timeout=60)
        while time.monotonic() < stop_at:
            with lock:
                index = next(cursor, None)
            if index is None:
                break
            kind, path, accept = plan[index]
            started = time.perf_counter()
            try:
                status, _ = request(connection, path, accept)
                error = "" if status == 200 else f"HTTP {status}"
            except (OSError, http.client.HTTPException) as problem:
                error = type(problem).__name__
                connection.close()
                connection = http.client.HTTPConnection(HOST, port, timeout=60)
            elapsed = time.perf_counter() - started
            with lock:
                results.append((kind, elapsed, error))
        connection.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build-dir", type=Path, help="a built graph to serve [default: build the shipped corpus]")
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--workers", type=int, default=None, help="server query workers [default: the server's]")
    parser.add_argument("--timeout", type=float, default=5.0, help="the server's per-query limit")
    parser.add_argument("--deadline", type=float, default=600.0, help="stop sending after this many seconds")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not 1 <= args.queries <= 100_000 or not 1 <= args.clients <= 256:
        parser.error("--queries must be 1..100000 and --clients 1..256")

    with tempfile.TemporaryDirectory(prefix="zonegraph-load-") as scratch:
        build_dir = args.build_dir
        if build_dir is None:
            from zonegraph.pipeline import build
            from zonegraph.resources import default_corpus

            build_dir = Path(scratch) / "build"
            build(default_corpus(), build_dir)
        port = free_port()
        server = start_server(build_dir, port, args.workers, args.timeout)
        try:
            plan = workload(port, args.queries, args.seed)
            started = time.perf_counter()
            results = run(port, plan, args.clients, args.deadline)
            wall = time.perf_counter() - started
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()

    latencies = [seconds for _, seconds, _ in results]
    errors = [(kind, error) for kind, _, error in results if error]
    print(f"server      127.0.0.1:{port}, {args.workers or 'default'} workers, {os.cpu_count()} cores")
    print(f"requests    {len(results)} of {args.queries} planned, {args.clients} concurrent clients")
    print(f"errors      {len(errors)}" + (f"  e.g. {errors[0]}" if errors else ""))
    print(f"wall        {wall:.2f} s")
    print(f"throughput  {len(results) / wall:.1f} requests/s")
    p50, p90, p99 = (percentile(latencies, share) * 1000 for share in (0.50, 0.90, 0.99))
    print(f"latency     p50 {p50:.1f} ms  p90 {p90:.1f} ms  p99 {p99:.1f} ms  max {max(latencies) * 1000:.1f} ms")
    for kind in sorted({k for k, _, _ in results}):
        values = [s for k, s, _ in results if k == kind]
        print(f"  {kind:<14} n={len(values):<5} p50 {statistics.median(values) * 1000:7.1f} ms  "
              f"p99 {percentile(values, 0.99) * 1000:7.1f} ms")
    return 1 if errors or len(results) < args.queries else 0


if __name__ == "__main__":
    sys.exit(main())
