"""Score a built graph against hand-annotated gold documents: precision, recall, F1 per type.

Entities match when their names meet: a system entity (canonical label and the forms its
document used) and a gold entity (name and forms) share a form, a node bearing the gold entity's
own name first. Matching is one-to-one, so a
system that splits one real entity into two nodes is charged for it; industries alone may match
several gold spellings of one taxonomy concept. Relations match when both
ends match and the predicate is the same. Only a document's own named graph is read for it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from rdflib import Dataset, Graph, Literal
from rdflib.term import Node
from rdflib.namespace import RDF, RDFS, SKOS

from zonegraph.documents.script import simplified_name
from zonegraph.errors import ZonegraphError
from zonegraph.namespaces import ENTITY_TYPES as ALL_ENTITY_TYPES, RELATION_TYPES, ZG, document_iri

# Organizations (policy issuers such as 国务院) are not scored as a type.
ENTITY_TYPES = tuple(t for t in ALL_ENTITY_TYPES if t != "Organization")


@dataclass
class Tally:
    """Counts of one type against gold: precision counts system items, recall gold items (one system node may
    match two gold entities and the reverse), with the misses kept for --errors."""

    tp_system: int = 0  # system items that match gold (for precision)
    system: int = 0
    tp_gold: int = 0  # gold items that are matched (for recall)
    gold: int = 0
    false_positives: list = field(default_factory=list)
    false_negatives: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp_system / self.system if self.system else 1.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# the width of punctuation inside a name: the build writes Chinese text's full-width forms, an
# annotator may copy the page's half-width ones (…工业强市,以建圈强链…)
_FULL_WIDTH = str.maketrans({",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"})


def _norm(form: str) -> str:
    """A name as compared: no spaces or 《》, full-width punctuation, Simplified characters (the build
    reads a Traditional page in Simplified; its annotator may keep the page's 唐山高新區)."""
    return simplified_name("".join(form.split()).strip("《》").translate(_FULL_WIDTH))


def load_gold(path: Path) -> list[dict]:
    """The gold annotations of a JSON file or of a folder's *.json, each checked as it is read: a bad file is
    named, so that a score is never taken against half a gold set."""
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    if not files:
        raise ZonegraphError("no gold annotation (*.json) here", path)
    golds = []
    for file in files:
        try:
            gold = json.loads(file.read_text(encoding="utf-8"))
        except OSError as error:
            raise ZonegraphError(f"cannot read the gold annotation: {error.strerror or error}", file) from None
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise ZonegraphError(f"not a gold annotation file: not JSON ({error})", file) from None
        missing = [key for key, kind in _GOLD_KEYS.items() if not isinstance(gold, dict) or
                   not isinstance(gold.get(key), kind)]
        if missing:
            raise ZonegraphError("not a gold annotation file: it needs " + ", ".join(
                f"{key!r} ({_GOLD_KEYS[key].__name__})" for key in missing), file)
        golds.append(gold)
    return golds


_GOLD_KEYS = {"document": str, "entities": list, "relations": list}  # what a gold file holds, by its kind


def per_document(dataset: Dataset, golds: list[dict]) -> list[tuple[str, Tally, Tally]]:
    """Micro-averaged entity and relation tallies for each gold document on its own."""
    rows = []
    for gold in golds:
        entities, relations = score(dataset, [gold])
        rows.append((gold["document"], total(entities.values()), total(relations.values())))
    return rows


def total(tallies: Iterable[Tally]) -> Tally:
    """The micro-averaged sum of ``tallies``: their counts and their errors together."""
    summed = Tally()
    for tally in tallies:
        for attribute in ("tp_system", "system", "tp_gold", "gold"):
            setattr(summed, attribute, getattr(summed, attribute) + getattr(tally, attribute))
        summed.false_positives += tally.false_positives
        summed.false_negatives += tally.false_negatives
    return summed


def score(dataset: Dataset, golds: list[dict]) -> tuple[dict[str, Tally], dict[str, Tally]]:
    """Per-type tallies for entities and relations, summed over the gold documents."""
    entity_tallies = {t: Tally() for t in ALL_ENTITY_TYPES}
    relation_tallies = {t: Tally() for t in RELATION_TYPES}
    for gold in golds:
        graph = dataset.graph(document_iri(gold["document"]))
        if len(graph) == 0:
            raise ZonegraphError("the built graph holds no such document", gold["document"])
        mapping = _score_entities(graph, gold, entity_tallies)
        _score_relations(graph, gold, mapping, relation_tallies)
    return {t: entity_tallies[t] for t in ENTITY_TYPES}, relation_tallies


def _system_entities(graph, kind: str) -> dict:
    """Each node of a kind -> (its own labels, all its labels and forms), compared as names."""
    found = {}
    for node in graph.subjects(RDF.type, ZG[kind]):
        own = {_norm(str(o)) for o in graph.objects(node, RDFS.label) if isinstance(o, Literal)}
        forms = {_norm(str(o)) for o in graph.objects(node, SKOS.altLabel) if isinstance(o, Literal)}
        found[node] = (own, own | forms)
    return found


# A taxonomy concept stands for all the spellings of its sector (高端装备 and 高端装备制造): one
# system industry may match several gold industries that a document spells differently.
MANY_TO_ONE = {"Industry"}


def _score_entities(graph, gold: dict, tallies: dict[str, Tally]) -> dict:
    """Match system entities to gold ones; returns node -> set of gold ids. A node whose own label is a
    gold entity's name takes it first, then a node with that name among its forms, then a node
    sharing any form with it: 杭州华旺…, written 华旺, must not take 马鞍山华旺…'s place, nor the concept
    航空航天, written 航空 once, the place of the concept 航空."""
    mapping: dict = {}
    for kind in ALL_ENTITY_TYPES:  # issuers (Organization) are matched for relations, not reported
        system = _system_entities(graph, kind)
        gold_entities = {e["id"]: {_norm(e["name"]), *map(_norm, e.get("forms", []))}
                         for e in gold["entities"] if e["type"] == kind}
        canonical = {e["id"]: _norm(e["name"]) for e in gold["entities"] if e["type"] == kind}
        tally = tallies[kind]
        taken: set[str] = set()
        nodes = sorted(system.items(), key=lambda item: str(item[0]))
        passes = (lambda gid, own, labels: canonical[gid] in own,
                  lambda gid, own, labels: canonical[gid] in labels,
                  lambda gid, own, labels: bool(labels & gold_entities[gid]))
        for fits in passes:
            for node, (own, labels) in nodes:
                if node in mapping and kind not in MANY_TO_ONE:
                    continue
                matches = [gid for gid in gold_entities if gid not in taken and fits(gid, own, labels)]
                if matches:
                    matches = matches if kind in MANY_TO_ONE else matches[:1]
                    taken.update(matches)
                    mapping.setdefault(node, set()).update(matches)
        for node, (_, labels) in nodes:
            if node in mapping:
                tally.tp_system += 1
            else:
                tally.false_positives.append((gold["document"], sorted(labels)[0]))
        tally.system += len(system)
        tally.gold += len(gold_entities)
        tally.tp_gold += len(taken)
        names = {e["id"]: e["name"] for e in gold["entities"]}
        tally.false_negatives += [(gold["document"], names[g]) for g in gold_entities if g not in taken]
    return mapping


def judged_relations(graph: Graph, gold: dict,
                     mapping: dict[Node, set[str]]) -> Iterator[tuple[str, Node, Node, frozenset]]:
    """Each relation of a document's graph with the gold relations it matches (none: a false
    positive): ``(predicate, subject, object, gold keys)``; ``mapping`` is ``_score_entities``'s."""
    expected = {(r["subject"], r["predicate"], r["object"]) for r in gold["relations"]}
    for predicate in RELATION_TYPES:
        for s, o in graph.subject_objects(ZG[predicate]):
            keys = {(gs, predicate, go) for gs in mapping.get(s, ()) for go in mapping.get(o, ())} & expected
            yield predicate, s, o, frozenset(keys)


def match_entities(graph: Graph, gold: dict) -> dict[Node, set[str]]:
    """System node -> the gold entity ids it matches (the scorer's matching, tallies aside)."""
    return _score_entities(graph, gold, {t: Tally() for t in ALL_ENTITY_TYPES})


def _score_relations(graph, gold: dict, mapping: dict, tallies: dict[str, Tally]) -> None:
    names = {e["id"]: e["name"] for e in gold["entities"]}
    expected = {(r["subject"], r["predicate"], r["object"]) for r in gold["relations"]}
    found = set()
    label = lambda n: names[sorted(mapping[n])[0]] if n in mapping else str(graph.value(n, RDFS.label))
    for predicate, s, o, keys in judged_relations(graph, gold, mapping):
        tally = tallies[predicate]
        tally.system += 1
        if keys:
            tally.tp_system += 1
            found |= keys
        else:
            tally.false_positives.append((gold["document"], f"{label(s)} {predicate} {label(o)}"))
    for predicate in RELATION_TYPES:
        tally = tallies[predicate]
        wanted = {k for k in expected if k[1] == predicate}
        tally.gold += len(wanted)
        tally.tp_gold += len(wanted & found)
        tally.false_negatives += [(gold["document"], f"{names[s]} {predicate} {names[o]}") for s, p, o in wanted - found]


def report(entity_tallies: dict[str, Tally], relation_tallies: dict[str, Tally]) -> str:
    """A plain-text table of precision, recall and F1 per type, with micro-averaged totals."""
    lines = [f"{'type':<20}{'gold':>6}{'system':>8}{'P':>7}{'R':>7}{'F1':>7}"]
    for title, tallies in (("entities", entity_tallies), ("relations", relation_tallies)):
        lines.append(f"-- {title}")
        for name, tally in tallies.items():
            lines.append(f"{name:<20}{tally.gold:>6}{tally.system:>8}{tally.precision:>7.2f}{tally.recall:>7.2f}{tally.f1:>7.2f}")
        summed = total(tallies.values())
        lines.append(f"{'all ' + title:<20}{summed.gold:>6}{summed.system:>8}{summed.precision:>7.2f}{summed.recall:>7.2f}"
                     f"{summed.f1:>7.2f}")
    return "\n".join(lines)
