"""Throughput of the whole pipeline on a ~10 MB corpus, and where its time goes.

The corpus is made from the shipped documents with varied names: each copy of a document has
its zones and institutes swapped for others of data/zones.csv and data/institutes.csv (the
same swap throughout one copy), so the extractor meets new names, not a cache of old ones.

    python bench/ingest.py                 # ~10 MB: build into the default store, profile by stage
    python bench/ingest.py --mb 2          # a smaller corpus
    python bench/ingest.py --no-profile    # the plain time, and the wall time of each stage
                                           # (profiling slows Python code down, not Oxigraph's)

cpu_seconds is the CPU time of the whole process, every thread, and of the worker processes that
find mentions (mentions/ahead.py): on a machine where other work
competes for the cores the wall time grows and this much less, so compare both. The store's
bulk loads run on background threads while documents are extracted: "background load" is
their wall time, summed over the threads, and overlaps the other stages (cProfile sees only
the main thread).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import re
import resource
import shutil
import sys
import time
from pathlib import Path

from zonegraph.reference import institutes, zones

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
CORPUS = HERE.parent / "data" / "corpus"
STAGES = {  # (file ending, function): the stage it measures
    ("reading.py", "read_corpus"): "read, decode, clean, cut sentences (documents/)",
    ("extract.py", "extract_document"): "mentions, resolution, relations (mentions/, entities/, relations/)",
    ("extract.py", "extract_numbers"): "indicators and projects (numbers/)",
    ("build.py", "build_graphs"): "RDF triples of each graph (triples/)",
    ("build.py", "trig_parts"): "TriG text of each graph (triples/trig.py)",
    ("generation.py", "put_new"): "store: write the parts, queue their background load (store/)",
    ("generation.py", "wait"): "store: wait for the background loads to end (store/)",
    ("generation.py", "commit"): "store commit: manifest, graph.trig, fsync (store/)",
    ("pipeline.py", "summarize"): "summary counts",
}


def make_corpus(target: Path, megabytes: float, seed: int = 11) -> int:
    """Write ~``megabytes`` of varied copies of the shipped documents; returns the byte count."""
    rng = random.Random(seed)
    sources = sorted(CORPUS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    zone_list = list(zones())
    institute_names = [r.name for r in institutes() if len(r.name) >= 4]
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    written, number = 0, 0
    while written < megabytes * 2**20:
        text = texts[number % len(texts)]
        swaps: dict[str, str] = {}
        for zone in zone_list:
            if zone.name in text:
                other = rng.choice(zone_list)
                swaps[zone.name] = other.name
                for short, other_short in zip(zone.short_names, other.short_names):
                    if len(short) >= 3:
                        swaps[short] = other_short
        for name in institute_names:
            if name in text:
                swaps[name] = rng.choice(institute_names)
        if swaps:  # one pass, longest name first: a swapped-in name is never swapped again
            names = re.compile("|".join(re.escape(old) for old in sorted(swaps, key=len, reverse=True)))
            text = names.sub(lambda match: swaps[match.group(0)], text)
        data = text.encode("utf-8")
        (target / f"{number:05d}_{sources[number % len(sources)].stem.split('_', 1)[1]}.txt").write_bytes(data)
        written += len(data)
        number += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size in MB")
    parser.add_argument("--store", default="oxigraph", choices=["oxigraph", "memory"])
    parser.add_argument("--no-profile", action="store_true")
    args = parser.parse_args()
    corpus = OUT / f"corpus-{args.mb:g}mb"
    if not corpus.exists():
        make_corpus(corpus, args.mb)
    build_dir = OUT / "ingest-build"
    shutil.rmtree(build_dir, ignore_errors=True)

    from zonegraph.pipeline import build

    profiler = None if args.no_profile else cProfile.Profile()
    started, cpu_started, children_started = time.perf_counter(), time.process_time(), _children_cpu()
    if profiler:
        profiler.enable()
    result = build(corpus, build_dir, store=args.store)
    if profiler:
        profiler.disable()
    seconds = time.perf_counter() - started
    # all the process's threads (Oxigraph's loads too) and its ended worker processes
    cpu_seconds = time.process_time() - cpu_started + _children_cpu() - children_started
    chars = sum(len(d.raw) for d in result.documents)
    size = sum(p.stat().st_size for p in corpus.glob("*.txt"))
    report = {
        "documents": len(result.documents), "bytes": size, "chars": chars, "seconds": round(seconds, 1),
        "cpu_seconds": round(cpu_seconds, 1), "chars_per_second": round(chars / seconds), "triples": result.summary["triples"],
        "profiled": profiler is not None,
    }
    print(json.dumps(report, ensure_ascii=False))
    if not profiler:  # wall time by stage, as the build measured it (the background load overlaps the rest)
        print(f"\n{'stage':<16}{'s':>8}{'share':>8}")
        for stage, spent in result.timings.items():
            print(f"{stage:<16}{spent:>8.1f}{spent / seconds:>8.0%}")
    report["stages"] = {stage: round(spent, 2) for stage, spent in result.timings.items()}
    if profiler:
        stats = pstats.Stats(profiler)
        total = max(v[3] for v in stats.stats.values())
        print(f"\n{'stage':<72}{'s':>8}{'share':>8}")
        for (filename, _, function), (_, _, _, cumulative, _) in sorted(stats.stats.items(), key=lambda kv: -kv[1][3]):
            for (ending, name), label in STAGES.items():
                if function == name and filename.endswith(ending):
                    print(f"{label:<72}{cumulative:>8.1f}{cumulative / total:>8.0%}")
        print("\nthe functions that take the most time of their own:")
        stats.sort_stats("tottime").print_stats(12)
    shutil.rmtree(build_dir, ignore_errors=True)
    (OUT / "ingest.json").write_text(json.dumps(report, indent=1), encoding="utf-8")


def _children_cpu() -> float:
    """CPU seconds of this process's ended (waited-for) child processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    sys.exit(main())
