"""How sure a fact is: the precision its rule has had against hand annotation.

Each rule that makes a relation sets a confidence of its own (0.9 where a cue word says so, 0.6
for a sentence that only names the zone, …), a guess. ``data/rule_confidence.csv`` replaces the
guess, per predicate and rule, by how often that rule's relations were right on the held-out
annotated passages (``bench/calibrate.py`` counts them), so that a query filtering on
``zg:confidence`` keeps what is likelier to be right. A rule the table lacks keeps its guess.
"""

from __future__ import annotations

import csv
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from typing import Iterable, Iterator

from zonegraph.errors import ZonegraphError
from zonegraph.relations.facts import Fact
from zonegraph.resources import data_file

TABLE = "rule_confidence.csv"
_FIELDS = ("predicate", "rule", "correct", "total", "confidence")
_hand_set_only = False


@lru_cache(maxsize=1)
def rule_confidences() -> dict[tuple[str, str], float]:
    """(predicate, rule) -> the confidence its relations get, from ``data/rule_confidence.csv``."""
    path = data_file(TABLE)
    table: dict[tuple[str, str], float] = {}
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if tuple(reader.fieldnames or ()) != _FIELDS:
            raise ZonegraphError(f"expected the columns {','.join(_FIELDS)}", str(path))
        for line, row in enumerate(reader, start=2):
            try:
                confidence = float(row["confidence"])
            except ValueError:
                raise ZonegraphError(f"line {line}: confidence {row['confidence']!r} is not a number", str(path)) from None
            if not 0.0 <= confidence <= 1.0:
                raise ZonegraphError(f"line {line}: confidence {confidence} is not between 0 and 1", str(path))
            table[(row["predicate"], row["rule"])] = confidence
    return table


def calibrate(facts: Iterable[Fact]) -> list[Fact]:
    """The facts, each with its rule's measured confidence where the table has one."""
    if _hand_set_only:
        return list(facts)
    table = rule_confidences()
    out = []
    for fact in facts:
        measured = table.get((fact.predicate, fact.rule))
        out.append(fact if measured is None or measured == fact.confidence else replace(fact, confidence=measured))
    return out


@contextmanager
def hand_set_confidences() -> Iterator[None]:
    """Build with the rules' own guesses, as ``bench/calibrate.py`` must to measure the rules
    themselves (a measured confidence decides which rule's evidence a sentence keeps)."""
    global _hand_set_only
    before, _hand_set_only = _hand_set_only, True
    try:
        yield
    finally:
        _hand_set_only = before
