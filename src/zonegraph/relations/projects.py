"""Zone relations read from project tables: a key project's investor is an enterprise of the zone.

A zone plan's table of major projects (序号 项目名称 … 投资主体 …) lists, row by row, who builds
what in the zone. Its investor column names enterprises often by a short name no prose rule would
trust (以色列银牛, 瀚宇博德, 利安达); the table's structure is the evidence. The row is the quote.
"""

from __future__ import annotations

from bisect import bisect_right

from zonegraph.documents.model import Document, Sentence
from zonegraph.entities.registry import Registry
from zonegraph.numbers.model import Project
from zonegraph.relations.facts import Fact
from zonegraph.relations.ownership import parent_facts

RULE = "project-investor"
CONFIDENCE = 0.8


def project_facts(document: Document, projects: list[Project], registry: Registry) -> list[Fact]:
    """``hostsEnterprise`` from each project's zone to each of its investors, quoted by its row."""
    sentences = [s for s in document.sentences if s.origin]
    starts = [s.raw_start for s in sentences]
    facts = []
    for project in projects:
        sentence = _sentence_at(sentences, starts, project.raw_start)
        if sentence is None or not project.investors:
            continue
        zone = registry.entities.get(("Zone", project.zone))
        if zone is None:
            continue
        for investor in project.investors:
            enterprise = registry.entities.get(("Enterprise", investor))
            if enterprise is None:
                continue
            facts.append(Fact(zone.key, "hostsEnterprise", enterprise.key, document.file_name, sentence,
                              RULE, CONFIDENCE))
            facts += parent_facts(enterprise, registry, document.file_name, sentence)  # 东久（中国） -> 东久
    return facts


def _sentence_at(sentences: list[Sentence], starts: list[int], offset: int) -> Sentence | None:
    """The sentence whose raw text holds ``offset`` (a table row is a sentence of its own)."""
    index = bisect_right(starts, offset) - 1
    if index < 0:
        return None
    sentence = sentences[index]
    return sentence if offset < sentence.raw_end else None
