"""A fact: one relation that one sentence of a document supports, with the rule that read it and its confidence."""

from __future__ import annotations

from dataclasses import dataclass

from zonegraph.documents.model import Sentence
from zonegraph.entities.registry import EntityKey


@dataclass(frozen=True)
class Fact:
    """One relation found in one sentence of one document."""

    subject: EntityKey
    predicate: str
    object: EntityKey
    document: str
    sentence: Sentence
    rule: str
    confidence: float
