"""Score zonegraph on the held-out passages: text of the genre it was not written from.

Each round under bench/heldout/ is a folder of passages (corpus/*.txt, with SOURCES_*.md naming
each page) and their hand annotations (gold/*.json, written under
tests/fixtures/gold/GUIDELINES.md by annotators who neither ran zonegraph nor read its rules).
A round is built on its own, into a memory store, the way it was scored the first time it was
seen; the README's table of rounds keeps that first figure, the honest one, since later rules may have been written
from the round's own errors.

    python bench/heldout.py                    # every round, and the per-type table of them all
    python bench/heldout.py round12 --errors   # one round, with its false positives and negatives
    python bench/heldout.py /elsewhere/round31  # a round kept outside the repository (text not committed)
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from rdflib import Dataset

from zonegraph.evaluation import Tally, load_gold, report, score, total
from zonegraph.pipeline import build

HELDOUT = Path(__file__).resolve().parent / "heldout"


def repository_rounds() -> list[str]:
    """The rounds kept in the repository, by name."""
    return sorted(p.name for p in HELDOUT.iterdir() if (p / "gold").is_dir())


def round_folder(name: str) -> Path:
    """A round under bench/heldout/ by name, or a round kept elsewhere by path; exits if neither."""
    folder = HELDOUT / name if not Path(name).is_dir() else Path(name)
    if not (folder / "gold").is_dir():
        sys.exit(f"{folder}: no such round (a folder with corpus/ and gold/)")
    return folder


def score_round(folder: Path) -> tuple[dict[str, Tally], dict[str, Tally]]:
    """Build one round's passages and score the graph against its gold annotations."""
    dataset, golds = built_round(folder)
    return score(dataset, golds)


def built_round(folder: Path) -> tuple[Dataset, list[dict]]:
    """One round's passages built together into a memory store, and their gold annotations."""
    with tempfile.TemporaryDirectory() as work:
        # the passages alone: the annotators' SOURCES_*.md notes name the same companies and zones,
        # and read as documents they would lend the passages names (up to session 23 they did)
        passages = Path(work) / "corpus"
        passages.mkdir()
        for path in sorted((folder / "corpus").glob("*.txt")):
            shutil.copyfile(path, passages / path.name)
        result = build(passages, Path(work) / "build", store="memory")
        if result.errors:
            for error in result.errors:
                print(f"{folder.name}: {error}", file=sys.stderr)
        return result.dataset, load_gold(folder / "gold")


def _figures(tally: Tally) -> str:
    return f"{tally.precision:5.2f} {tally.recall:5.2f} {tally.f1:5.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rounds", nargs="*", help="round folders under bench/heldout/, or paths of round folders "
                        "kept outside the repository (default: every round under bench/heldout/)")
    parser.add_argument("--errors", action="store_true", help="list false positives and negatives")
    args = parser.parse_args()
    names = args.rounds or repository_rounds()
    entity_totals: dict[str, list[Tally]] = {}
    relation_totals: dict[str, list[Tally]] = {}
    print(f"{'round':<10}{'docs':>5}   entities P     R    F1   relations P     R    F1")
    for name in names:
        folder = round_folder(name)
        name = folder.name
        entities, relations = score_round(folder)
        for kind, tally in entities.items():
            entity_totals.setdefault(kind, []).append(tally)
        for kind, tally in relations.items():
            relation_totals.setdefault(kind, []).append(tally)
        documents = len(list((folder / "gold").glob("*.json")))
        print(f"{name:<10}{documents:>5}   {_figures(total(list(entities.values()))):>23}"
              f"   {_figures(total(list(relations.values()))):>22}")
    entity_tallies = {kind: total(tallies) for kind, tallies in entity_totals.items()}
    relation_tallies = {kind: total(tallies) for kind, tallies in relation_totals.items()}
    print()
    print(report(entity_tallies, relation_tallies))
    if args.errors:
        for title, tallies in (("entities", entity_tallies), ("relations", relation_tallies)):
            for kind, tally in tallies.items():
                for document, item in sorted(tally.false_positives):
                    print(f"FP {kind:<18} {document:<28} {item}")
                for document, item in sorted(tally.false_negatives):
                    print(f"FN {kind:<18} {document:<28} {item}")


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:  # piped into head: the reader has what it wanted
        sys.stderr.close()
