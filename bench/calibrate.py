"""Measure each rule's precision on the held-out rounds and write data/rule_confidence.csv.

Every relation zonegraph writes carries the rule that made it (zg:rule) and a zg:confidence. The
rules' own confidences are guesses; this script builds the annotated held-out rounds with those
guesses, judges every relation against the hand annotation as the scorer does, and counts, per
predicate and rule, how many of the rule's evidence records back a right relation. The table's
confidence is that share, pulled towards the predicate's overall precision for rules seen only a
few times (as if each rule had also been seen SMOOTHING more times at the predicate's rate).

    python bench/calibrate.py                      # the rounds in bench/heldout/, table printed
    python bench/calibrate.py --write              # ... and written to data/rule_confidence.csv
    python bench/calibrate.py --check              # fit on every other round, judge on the rest
    python bench/calibrate.py round12 /elsewhere/round88 --write   # rounds kept outside too

``--check`` is the honest test of the table: fitted on half the rounds and judged on the other
half (and the other way round), how far each confidence band's stated confidence is from the
share of its relations that are right (the expected calibration error), against the rules' own
guesses, and what precision and recall a query keeps at each ``min_confidence``.
"""

from __future__ import annotations

import argparse
import collections
import csv
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from rdflib.namespace import RDF

from heldout import built_round, repository_rounds, round_folder
from zonegraph.evaluation import judged_relations, match_entities
from zonegraph.namespaces import ZG, document_iri
from zonegraph.relations.confidence import TABLE, hand_set_confidences

SMOOTHING = 8
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass
class Judged:
    """One relation of one round's graph: right or not, and the rules and guesses behind it."""

    round: str
    predicate: str
    right: bool
    evidence: list[tuple[str, float]]  # (rule, the rule's own confidence) per evidence record


def judge_round(folder: Path) -> tuple[list[Judged], int]:
    """The round's relations, judged, and how many relations its annotation holds."""
    with hand_set_confidences():
        dataset, golds = built_round(folder)
    judged, expected = [], 0
    for gold in golds:
        graph = dataset.graph(document_iri(gold["document"]))
        evidence = collections.defaultdict(list)
        for record in graph.subjects(RDF.type, ZG.Evidence):
            triple = (graph.value(record, RDF.subject), graph.value(record, RDF.predicate), graph.value(record, RDF.object))
            evidence[triple].append((str(graph.value(record, ZG.rule)), float(graph.value(record, ZG.confidence))))
        for predicate, s, o, keys in judged_relations(graph, gold, match_entities(graph, gold)):
            judged.append(Judged(folder.name, predicate, bool(keys), evidence[(s, ZG[predicate], o)]))
        expected += len(gold["relations"])
    return judged, expected


def fit(judged: list[Judged]) -> dict[tuple[str, str], tuple[int, int, float]]:
    """(predicate, rule) -> (right, total, confidence) over the evidence records."""
    counts: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0])
    by_predicate: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for relation in judged:
        for rule, _ in relation.evidence:
            for tally in (counts[(relation.predicate, rule)], by_predicate[relation.predicate]):
                tally[0] += relation.right
                tally[1] += 1
    table = {}
    for (predicate, rule), (right, total) in counts.items():
        rate = by_predicate[predicate][0] / by_predicate[predicate][1]
        table[(predicate, rule)] = (right, total, round((right + SMOOTHING * rate) / (total + SMOOTHING), 2))
    return table


def confidence_of(relation: Judged, table: dict | None) -> float:
    """What a query filtering on confidence sees: the relation's most confident evidence."""
    return max((table[(relation.predicate, rule)][2] if table and (relation.predicate, rule) in table else guess)
               for rule, guess in relation.evidence)


def calibration_error(judged: list[Judged], table: dict | None) -> tuple[float, list[str]]:
    """The expected calibration error over bands of 0.1, and each band's stated and found share."""
    bands: dict[int, list[float]] = collections.defaultdict(lambda: [0, 0, 0.0])
    for relation in judged:
        confidence = confidence_of(relation, table)
        band = bands[min(int(confidence * 10), 9)]
        band[0] += relation.right
        band[1] += 1
        band[2] += confidence
    error, lines = 0.0, []
    for key in sorted(bands):
        right, total, stated = bands[key]
        error += abs(right - stated) / len(judged)
        lines.append(f"    {key / 10:.1f}-{(key + 1) / 10:.1f}: {total:5d} relations, stated {stated / total:.2f}, right {right / total:.2f}")
    return error, lines


def kept_at(judged: list[Judged], table: dict | None, threshold: float, expected: int) -> tuple[float, float]:
    """Precision and recall of the relations at or above a confidence."""
    kept = [r for r in judged if confidence_of(r, table) >= threshold]
    right = sum(r.right for r in kept)
    return (right / len(kept) if kept else 0.0), right / expected


def check(rounds: dict[str, tuple[list[Judged], int]]) -> None:
    names = sorted(rounds)
    halves = (names[0::2], names[1::2])
    for fitted_on, judged_on in (halves, halves[::-1]):
        table = fit([r for name in fitted_on for r in rounds[name][0]])
        judged = [r for name in judged_on for r in rounds[name][0]]
        expected = sum(rounds[name][1] for name in judged_on)
        print(f"fitted on {len(fitted_on)} rounds, judged on {len(judged_on)} ({len(judged)} relations):")
        for title, used in (("the rules' own confidences", None), ("the fitted table", table)):
            error, lines = calibration_error(judged, used)
            print(f"  {title}: expected calibration error {error:.3f}")
            print("\n".join(lines))
        for threshold in THRESHOLDS:
            own, fitted = kept_at(judged, None, threshold, expected), kept_at(judged, table, threshold, expected)
            print(f"  min_confidence {threshold}: own P {own[0]:.3f} R {own[1]:.3f}   fitted P {fitted[0]:.3f} R {fitted[1]:.3f}")


def write(table: dict, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["predicate", "rule", "correct", "total", "confidence"])
        for (predicate, rule), (right, total, confidence) in sorted(table.items()):
            out.writerow([predicate, rule, right, total, f"{confidence:.2f}"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rounds", nargs="*", help="round folders under bench/heldout/, or paths of round folders "
                        "kept outside the repository (default: every round under bench/heldout/)")
    parser.add_argument("--write", action="store_true", help=f"write the table to data/{TABLE}")
    parser.add_argument("--check", action="store_true", help="fit on every other round and judge on the rest")
    args = parser.parse_args()
    folders = [round_folder(name) for name in (args.rounds or repository_rounds())]
    with ProcessPoolExecutor(min(2, os.cpu_count() or 1)) as pool:
        rounds = dict(zip((f.name for f in folders), pool.map(judge_round, folders)))
    if args.check:
        check(rounds)
        return
    table = fit([r for judged, _ in rounds.values() for r in judged])
    print(f"{'predicate':<18} {'rule':<48} right/total  confidence")
    for (predicate, rule), (right, total, confidence) in sorted(table.items()):
        print(f"{predicate:<18} {rule:<48} {right:>5}/{total:<5}  {confidence:.2f}")
    if args.write:
        write(table, Path(__file__).resolve().parent.parent / "data" / TABLE)
        print(f"written: data/{TABLE} ({len(table)} rules, {len(folders)} rounds)", file=sys.stderr)


if __name__ == "__main__":
    main()
