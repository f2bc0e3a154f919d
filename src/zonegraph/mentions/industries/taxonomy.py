"""The taxonomy of data/industries.ttl as the finders look it up: every label as one gazetteer (an
equipment label with 制造 after it too), the set of labels, and the sectors broader than one."""

from __future__ import annotations

from functools import lru_cache

from rdflib import URIRef

from zonegraph.mentions.base import Gazetteer
from zonegraph.reference import IndustryConcept, industries


@lru_cache(maxsize=None)
def industry_gazetteer() -> Gazetteer[IndustryConcept]:
    """Every label of the taxonomy, and each equipment label with 制造 after it (节能环保装备制造 is
    the making of 节能环保装备: one sector, as 高端装备 and 高端装备制造 are) unless a label already."""
    labels = {label for concept in industries() for label in concept.variants}
    return Gazetteer([(label, concept) for concept in industries() for label in concept.variants]
                     + [(label + "制造", concept) for concept in industries() for label in concept.variants
                        if label.endswith("装备") and label + "制造" not in labels])


@lru_cache(maxsize=None)
def industry_labels() -> frozenset[str]:
    """Every label of every sector: what tells a sector from a company's own name (集成电路材料 is no firm)."""
    return frozenset(label for concept in industries() for label in concept.variants)


@lru_cache(maxsize=None)
def _broader_all(iri: URIRef) -> frozenset[URIRef]:
    """Every sector broader than the one at ``iri``, up the taxonomy."""
    by_iri = {concept.iri: concept for concept in industries()}
    seen, todo = set(), [iri]
    while todo:
        for up in by_iri[todo.pop()].broader:
            if up not in seen and up in by_iri:
                seen.add(up)
                todo.append(up)
    return frozenset(seen)
