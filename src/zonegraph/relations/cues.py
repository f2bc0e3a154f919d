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
def relation_cues() -> dict[str, tuple[str, ...]]:
    cues: dict[str, list[str]] = defaultdict(list)
    with data_file("relation_cues.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            cues[row["relation"]].append(row["cue"])
    return {relation: tuple(words) for relation, words in cues.items()}


def has_cue(predicate: str, text: str) -> bool:
    """Whether ``text`` holds one of the cue words of ``predicate``."""
    return any(cue in text for cue in relation_cues().get(predicate, ()))


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
