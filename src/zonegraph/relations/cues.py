"""Cue words (data/relation_cues.csv) and clause boundaries: what a relation's evidence reads."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from functools import lru_cache

from zonegraph.mentions import Mention
from zonegraph.resources import data_file

CLAUSE_END = re.compile(r"[，；。！？：]")
_UP_TO_LAST_CLAUSE_END = re.compile(r".*[，；。！？：]", re.DOTALL)  # (greedy: to the last mark)


@lru_cache(maxsize=None)
def _cue_rows() -> tuple[dict[str, str], ...]:
    with data_file("relation_cues.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


@lru_cache(maxsize=None)
def relation_cues() -> dict[str, tuple[str, ...]]:
    """Each relation's cue words, the ones that say it alone first."""
    cues: dict[str, list[str]] = defaultdict(list)
    for row in sorted(_cue_rows(), key=lambda row: row["alone"] != "yes"):
        cues[row["relation"]].append(row["cue"])
    return {relation: tuple(words) for relation, words in cues.items()}


@lru_cache(maxsize=None)
def _weak_cues() -> dict[str, frozenset[str]]:
    """The cue words that say a relation only beside another (alone = no): a 行业 or a 为主 in a clause with
    no other cue is more often something else's (held-out rounds 105-172: 5 right, 18 wrong)."""
    weak: dict[str, set[str]] = defaultdict(set)
    for row in _cue_rows():
        if row["alone"] != "yes":
            weak[row["relation"]].add(row["cue"])
    return {relation: frozenset(words) for relation, words in weak.items()}


def has_cue(predicate: str, text: str) -> bool:
    """Whether ``text`` holds a cue word of ``predicate`` that says it alone, or two of the others."""
    weak = _weak_cues().get(predicate, frozenset())
    present = 0
    for cue in relation_cues().get(predicate, ()):
        if cue in text:
            if cue not in weak:
                return True
            present += 1
    return present >= 2


def clause_start(text: str, position: int) -> int:
    """Where the clause holding ``position`` starts: after the nearest comma, semicolon or full stop before it
    (one match up to the last mark, not a match object for each mark before it)."""
    last = _UP_TO_LAST_CLAUSE_END.match(text, 0, max(position, 0))
    return last.end() if last else 0


def clause_span(text: str, mention: Mention) -> tuple[int, int]:
    """Where the clause around a mention starts and ends: the nearest commas, semicolons or full
    stops on either side."""
    end_match = CLAUSE_END.search(text, mention.end)
    return clause_start(text, mention.start), end_match.start() if end_match else len(text)


def clause(text: str, mention: Mention) -> str:
    """The clause around a mention."""
    start, end = clause_span(text, mention)
    return text[start:end]
