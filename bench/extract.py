"""Extraction alone, in one process: every document of a corpus through `extract_document`, timed,
optionally profiled (the build's mention workers and the store left out, so a rule's cost shows).

    python bench/extract.py [CORPUS_DIR] [--profile N]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from pathlib import Path

from zonegraph.documents.reading import read_document
from zonegraph.entities.registry import Registry
from zonegraph.relations.extract import extract_document

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=HERE / "out" / "corpus-3mb",
                        help="a folder of .txt documents (default: bench/out/corpus-3mb, made by bench/ingest.py --mb 3)")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="print the N functions with the most time of their own")
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.txt"))
    if not files:
        parser.error(f"{args.corpus}: no .txt documents (generate them with: python bench/ingest.py --mb 3)")
    documents = [read_document(path) for path in files]
    extract_document(documents[0], Registry())  # the finders' tables, built once, as a build does before its workers fork
    registry = Registry()
    profile = cProfile.Profile() if args.profile else None
    started = time.perf_counter()
    if profile:
        profile.enable()
    facts = sum(len(extract_document(document, registry)) for document in documents)
    if profile:
        profile.disable()
    seconds = time.perf_counter() - started
    characters = sum(len(document.raw) for document in documents)
    print(f"{len(documents)} documents, {characters:,} characters, {facts:,} facts: {seconds:.2f} s, "
          f"{characters / seconds:,.0f} characters/s{' (profiled)' if profile else ''}")
    if profile:
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
