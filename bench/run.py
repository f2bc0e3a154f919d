"""Store benchmark: the default store (Oxigraph) and rdflib's memory store, side by side.

For each size (synthetic graphs from bench/generate.py) and each store, in a fresh process:
load time and rate, size on disk, open time, peak memory, and the median time of each named
query through ``run_sparql`` (rows read, as every caller reads them). Every query has a time
cap, so a run is bounded; a capped query is reported as ">cap".

    python bench/run.py                          # 1e4 1e5 1e6, both stores -> bench/out/results.json
    python bench/run.py --sizes 1e4 1e5 --cap 20
    python bench/run.py --table                  # print the Markdown table of the last results

"load" for Oxigraph is ``zonegraph import`` of the N-Quads file into an empty build folder:
parsing, the named graphs, the de-duplicated union, the compaction, the TriG parts, graph.trig
and the summary counts, committed; its peak memory is the child's VmHWM (the highest resident
size) after it. For rdflib it is ``Dataset.parse`` of the same file (it keeps nothing on disk:
its "open" is a new parse, and its size is that of the file it reads).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
STORES = ("oxigraph", "memory")
SAMPLE = {"zone": "苏州高新技术产业开发区", "indicator": "地区生产总值", "industry": "集成电路"}


def peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def disk_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def emit(record: dict) -> None:
    print(json.dumps(record, ensure_ascii=False), flush=True)


def child(store: str, size: str, work: Path, cap: float, runs: int, skip: set[str], loaded: bool) -> None:
    """One store, one size: print JSON lines (load, open, query…, end)."""
    from rdflib import Dataset

    from zonegraph.queries.engine import load_graph, run_sparql
    from zonegraph.queries.named import named_queries

    source = OUT / f"graph-{size}.nq"
    if store == "oxigraph":
        from zonegraph.store.importing import import_file

        if not loaded:
            shutil.rmtree(work, ignore_errors=True)
            started = time.perf_counter()
            report = import_file(work, source)
            seconds = time.perf_counter() - started
            emit({"event": "load", "seconds": seconds, "triples": report.triples, "disk_mb": disk_mb(work / "store"),
                  "peak_mb": peak_mb()})
        started = time.perf_counter()
        dataset = load_graph(work)
        emit({"event": "open", "seconds": time.perf_counter() - started})
    else:
        started = time.perf_counter()
        dataset = Dataset(default_union=True)
        dataset.parse(source, format="nquads")
        seconds = time.perf_counter() - started
        triples = sum(1 for _ in dataset.quads((None, None, None, None)))
        emit({"event": "load", "seconds": seconds, "triples": triples, "disk_mb": disk_mb(source), "peak_mb": peak_mb()})
        emit({"event": "open", "seconds": seconds})
    for name, query in named_queries().items():
        if name in skip:
            continue
        values = {p: SAMPLE.get(p, "") for p, parameter in query.parameters.items() if parameter.default is None}
        text = query.bind(values)
        times: list[float] = []
        rows = 0
        emit({"event": "start", "name": name})
        deadline = time.monotonic() + cap
        for _ in range(runs):
            started = time.perf_counter()
            with _time_limit(store, deadline, name) as limit:
                rows = len(list(run_sparql(dataset, text, name)))
            if limit.timed_out:
                break
            times.append(time.perf_counter() - started)
            if time.monotonic() + times[-1] > deadline:
                break
        if times:
            emit({"event": "query", "name": name, "median": statistics.median(times), "runs": len(times), "rows": rows})
    emit({"event": "end", "peak_mb": peak_mb()})


class _Timeout(BaseException):  # not an Exception: run_sparql must not turn it into an error
    pass


class _time_limit:
    """Stop a query at the deadline: rdflib (Python) by an alarm, Oxigraph (native code, which
    an alarm cannot interrupt) by leaving the process, which the parent restarts."""

    def __init__(self, store: str, deadline: float, name: str) -> None:
        self.store, self.deadline, self.name = store, deadline, name
        self.done = threading.Event()
        self.timed_out = False

    def __enter__(self) -> "_time_limit":
        remaining = max(self.deadline - time.monotonic(), 0.01)
        if self.store == "memory":
            signal.signal(signal.SIGALRM, self._alarm)
            signal.setitimer(signal.ITIMER_REAL, remaining)
        else:
            threading.Thread(target=self._watch, args=(remaining,), daemon=True).start()
        return self

    def __exit__(self, *exc) -> bool:
        self.done.set()
        if self.store == "memory":
            signal.setitimer(signal.ITIMER_REAL, 0)
        if exc[0] is _Timeout:
            self.timed_out = True
            emit({"event": "timeout", "name": self.name})
            return True
        return False

    def _alarm(self, *args) -> None:
        raise _Timeout()

    def _watch(self, remaining: float) -> None:
        if not self.done.wait(remaining):
            emit({"event": "timeout", "name": self.name})
            os._exit(3)


def measure(store: str, size: str, cap: float, runs: int) -> dict:
    """Run the child for one store and size, restarting it after a query it had to abandon."""
    work = OUT / f"work-{store}-{size}"
    result: dict = {"store": store, "size": size, "queries": {}}
    skip: set[str] = set()
    loaded = False
    for _ in range(20):
        command = [sys.executable, __file__, "--child", store, size, str(work), str(cap), str(runs), ",".join(sorted(skip)),
                   "1" if loaded else "0"]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        current = None
        for line in process.stdout:
            record = json.loads(line)
            event = record.pop("event")
            if event == "load":
                result["load"] = record
                loaded = True
            elif event == "open":
                result.setdefault("open", record["seconds"])
            elif event == "start":
                current = record["name"]
            elif event == "query":
                result["queries"][record["name"]] = record
                current = None
            elif event == "timeout":
                result["queries"][record["name"]] = {"timeout": cap}
                skip.add(record["name"])
            elif event == "end":
                result["peak_mb"] = max(record["peak_mb"], result.get("load", {}).get("peak_mb", 0))
        process.wait()
        if process.returncode == 0:
            break
        if current is not None:
            result["queries"].setdefault(current, {"timeout": cap})
            skip.add(current)
        skip |= set(result["queries"])
        if store == "memory":  # a reload per restart costs too much: report what we have
            break
    shutil.rmtree(work, ignore_errors=True)
    return result


def machine() -> str:
    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                if l.startswith("model name")), platform.processor())
    memory = next((int(l.split()[1]) // 2**20 for l in Path("/proc/meminfo").read_text().splitlines()
                   if l.startswith("MemTotal")), 0)
    import pyoxigraph
    import rdflib

    return (f"{os.cpu_count()} cores ({cpu}), {memory} GiB, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, pyoxigraph {pyoxigraph.__version__}, rdflib {rdflib.__version__}")


def ms(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    return f"{seconds * 1000:.0f}" if seconds >= 0.01 else f"{seconds * 1000:.1f}"


def table(results: dict) -> str:
    """Markdown: one block per size, the two stores side by side and their ratio."""
    lines = [f"Machine: {results['machine']}", ""]
    for size in results["sizes"]:
        pair = {r["store"]: r for r in results["runs"] if r["size"] == size}
        ox, mem = pair.get("oxigraph", {}), pair.get("memory", {})
        triples = ox.get("load", {}).get("triples") or mem.get("load", {}).get("triples")
        if not triples:
            continue
        lines += [f"**{size} ({triples:,} quads)**", "", "| | Oxigraph store (default) | rdflib memory | ratio |",
                  "| --- | ---: | ---: | ---: |"]

        def row(label: str, a, b, fmt, better_low=True) -> None:
            ratio = ""
            if isinstance(a, (int, float)) and isinstance(b, (int, float)) and a and b:
                ratio = f"{(b / a if better_low else a / b):.1f}×"
            lines.append(f"| {label} | {fmt(a)} | {fmt(b)} | {ratio} |")

        def num(x, unit=""):
            return "–" if x is None else (x if isinstance(x, str) else f"{x:,.0f}{unit}")

        la, lb = ox.get("load", {}), mem.get("load", {})
        row("load (s)", la.get("seconds"), lb.get("seconds"), lambda x: "–" if x is None else f"{x:.1f}")
        row("load (triples/s)", la["triples"] / la["seconds"] if la else None, lb["triples"] / lb["seconds"] if lb else None,
            num, False)
        row("on disk (MB)", la.get("disk_mb"), lb.get("disk_mb"), lambda x: "–" if x is None else f"{x:.0f}")
        row("open (ms)", ox.get("open"), mem.get("open"), ms)
        row("peak memory (MB)", ox.get("peak_mb"), mem.get("peak_mb"), lambda x: "–" if x is None else f"{x:.0f}")
        names = sorted(set(ox.get("queries", {})) | set(mem.get("queries", {})))
        for name in names:
            qa, qb = ox.get("queries", {}).get(name, {}), mem.get("queries", {}).get(name, {})
            a = qa.get("median") if "median" in qa else (f">{qa['timeout']:.0f} s" if "timeout" in qa else None)
            b = qb.get("median") if "median" in qb else (f">{qb['timeout']:.0f} s" if "timeout" in qb else None)
            fa = a if isinstance(a, str) else ms(a)
            fb = b if isinstance(b, str) else ms(b)
            ratio = f"{b / a:.0f}×" if isinstance(a, float) and isinstance(b, float) and a > 0 else ""
            if isinstance(a, float) and isinstance(b, str):
                ratio = f">{float(b[1:-2]) / a:.0f}×"
            lines.append(f"| `{name}` median (ms) | {fa} | {fb} | {ratio} |")
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        store, size, work, cap, runs, skip, loaded = sys.argv[2:9]
        child(store, size, Path(work), float(cap), int(runs), set(filter(None, skip.split(","))), loaded == "1")
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", default=["1e4", "1e5", "1e6"])
    parser.add_argument("--stores", nargs="+", default=list(STORES), choices=STORES)
    parser.add_argument("--cap", type=float, default=30.0, help="seconds a query may take in all, per store and size")
    parser.add_argument("--runs", type=int, default=5, help="runs per query (the median is reported)")
    parser.add_argument("--table", action="store_true", help="print the table of bench/out/results.json and stop")
    args = parser.parse_args()
    results_path = OUT / "results.json"
    if args.table:
        print(table(json.loads(results_path.read_text(encoding="utf-8"))))
        return
    OUT.mkdir(exist_ok=True)
    results = {"machine": machine(), "sizes": args.sizes, "runs": []}
    for size in args.sizes:
        source = OUT / f"graph-{size}.nq"
        if not source.exists():
            subprocess.run([sys.executable, str(HERE / "generate.py"), size, str(source)], check=True)
        for store in args.stores:
            print(f"{size} {store} …", file=sys.stderr, flush=True)
            results["runs"].append(measure(store, size, args.cap, args.runs))
            results_path.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print(table(results))


if __name__ == "__main__":
    main()
