"""Entity IRIs as local paths, and the view of one entity that its HTML page shows.

``https://w3id.org/zonegraph/id/<kind>/<slug>`` is served at ``/id/<kind>/<slug>``: w3id.org can
redirect the persistent IRI to a running server, and a local server resolves it by path alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from zonegraph.namespaces import ID, PREFIXES
from zonegraph.serve.drawing import Neighbour, ego_network

KINDS = ("zone", "institute", "enterprise", "industry", "cluster", "policy", "org", "doc", "evidence",
         "project", "observation", "indicator", "dataset", "publisher")
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,199}")
_ID = str(ID)
_ZG = str(PREFIXES["zg"])


def entity_iri(kind: str, slug: str) -> str | None:
    """The IRI a local path names, or None if it cannot be an entity IRI (a 404 without a query)."""
    if kind not in KINDS or not _SLUG.fullmatch(slug):
        return None
    return f"{_ID}{kind}/{slug}"


def local_path(iri: str) -> str | None:
    """The path under which this server shows ``iri``, for the project's own entity IRIs."""
    if not iri.startswith(_ID):
        return None
    kind, _, slug = iri[len(_ID):].partition("/")
    return f"/id/{kind}/{slug}" if entity_iri(kind, slug) else None


def kind_of(iri: str) -> str:
    """The kind an entity's IRI names by its first path segment (zone, institute, …), "" for an IRI not ours."""
    return iri[len(_ID):].split("/", 1)[0] if iri.startswith(_ID) else ""


def short_name(iri: str) -> str:
    """``zg:partnersWith`` for IRIs under a known prefix, the IRI itself otherwise."""
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(str(item[1]))):
        if iri.startswith(str(namespace)) and len(iri) > len(str(namespace)):
            return f"{prefix}:{iri[len(str(namespace)):]}"
    return iri


@dataclass
class Relation:
    """One relation triple of the entity, seen from the entity: the other end and the evidence."""

    predicate: str
    predicate_label: str
    outgoing: bool
    other: str
    other_label: str
    other_href: str | None
    evidence: list[dict] = field(default_factory=list)


@dataclass
class EntityView:
    """What an entity's page shows: names, types, facts, relations with their evidence, evidence about it."""

    iri: str
    kind: str
    label: str
    alt_labels: list[str]
    types: list[tuple[str, str]]
    facts: list[tuple[str, str, str]]
    relations: list[Relation]
    other_evidence: list[dict]
    evidence_total: int
    evidence_shown: int
    drawing: str
    indicators: list[dict] = field(default_factory=list)  # a zone's figures
    projects: list[dict] = field(default_factory=list)  # a zone's major projects


def _name(labels: dict[str, str], iri: str) -> str:
    return labels.get(iri) or short_name(iri)


def _evidence_view(record: dict, labels: dict[str, str]) -> dict:
    view = dict(record)
    for end in ("subject", "object"):
        view[f"{end}_label"] = _name(labels, record[end])
        view[f"{end}_href"] = local_path(record[end])
    view["predicate_label"] = _name(labels, record["predicate"])
    view["href"] = local_path(record["iri"])
    view["document_href"] = local_path(record["document"]) if record["document"] else None
    return view


def entity_view(data: dict) -> EntityView:
    """Arrange ``tasks.entity_data`` for the page: relations with their evidence, facts, the drawing."""
    labels = data["labels"]
    iri = data["iri"]
    evidence = [_evidence_view(e, labels) for e in data["evidence"]]
    by_triple: dict[tuple[str, str, str], list[dict]] = {}
    for record in evidence:
        by_triple.setdefault((record["subject"], record["predicate"], record["object"]), []).append(record)
    relations, used = [], set()
    for item in data["outgoing"]:
        key = (iri, item["predicate"], item["target"])
        used.add(key)
        relations.append(Relation(item["predicate"], _name(labels, item["predicate"]), True, item["target"],
                                  _name(labels, item["target"]), local_path(item["target"]), by_triple.get(key, [])))
    for item in data["incoming"]:
        key = (item["source"], item["predicate"], iri)
        used.add(key)
        relations.append(Relation(item["predicate"], _name(labels, item["predicate"]), False, item["source"],
                                  _name(labels, item["source"]), local_path(item["source"]), by_triple.get(key, [])))
    relations.sort(key=lambda r: (not r.outgoing, r.predicate_label, -len(r.evidence), r.other_label))
    other = [e for key, records in by_triple.items() if key not in used for e in records]
    facts = [(_name(labels, p["predicate"]), p["value"], p["language"]) for p in data["properties"]]
    neighbours = [
        Neighbour(r.other_href, r.other_label, kind_of(r.other), r.predicate.rsplit("#", 1)[-1], r.predicate_label,
                  r.outgoing, len(r.evidence))
        for r in relations if r.predicate.startswith(_ZG)
    ]
    kind = kind_of(iri)
    return EntityView(
        iri=iri, kind=kind, label=data["label"], alt_labels=data["alt_labels"],
        types=[(t, _name(labels, t)) for t in data["types"]], facts=sorted(facts), relations=relations,
        other_evidence=other, evidence_total=data["evidence_total"], evidence_shown=len(evidence),
        drawing=ego_network(data["label"], kind, neighbours) if neighbours else "",
        indicators=data.get("indicators", []),
        projects=[{**p, "href": local_path(p["iri"])} for p in data.get("projects", [])],
    )
