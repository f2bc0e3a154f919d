"""Observations as W3C Data Cube (qb:) and projects as zg:Project, each with its evidence."""

from __future__ import annotations

import hashlib
from functools import lru_cache

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from zonegraph.entities.registry import Registry
from zonegraph.namespaces import ID, ZG, decimal_literal, document_iri, evidence_iri, slug
from zonegraph.numbers.model import Observation, Project
from zonegraph.triples.evidence import TripleSink, add_evidence, plain_literal, zh_literal

QB = Namespace("http://purl.org/linked-data/cube#")
DATASET = ID["dataset/zone-indicators"]
STRUCTURE = ID["dataset/zone-indicators-structure"]


def cube_structure() -> Graph:
    """The one qb:DataSet of zone indicators and its data structure definition."""
    graph = Graph()
    graph.add((DATASET, RDF.type, QB.DataSet))
    graph.add((DATASET, RDFS.label, Literal("国家高新区指标", lang="zh")))
    graph.add((DATASET, RDFS.label, Literal("Zone indicators", lang="en")))
    graph.add((DATASET, QB.structure, STRUCTURE))
    graph.add((STRUCTURE, RDF.type, QB.DataStructureDefinition))
    components = [(QB.dimension, ZG.refZone), (QB.dimension, ZG.indicator), (QB.dimension, ZG.refPeriod),
                  (QB.dimension, ZG.observationKind), (QB.dimension, ZG.sourceDocument),
                  (QB.measure, ZG.value), (QB.attribute, ZG.unit),
                  (QB.attribute, ZG.originalValue), (QB.attribute, ZG.originalUnit),
                  # (written only where they hold: a table's [8] is cumulative, 85以上 a lower bound)
                  (QB.attribute, ZG.cumulative), (QB.attribute, ZG.bound)]
    for order, (role, prop) in enumerate(components, 1):
        component = ID[f"dataset/zone-indicators-structure/{prop.split('#')[1]}"]
        graph.add((STRUCTURE, QB.component, component))
        graph.add((component, role, prop))
        graph.add((component, QB.order, Literal(order)))
    return graph


# Terms made once (a Namespace attribute costs microseconds each time it is read).
_TYPE, _LABEL, _IS_PART_OF = RDF.type, RDFS.label, DCTERMS.isPartOf
_OBSERVATION, _DATA_SET, _PROJECT = QB.Observation, QB.dataSet, ZG.Project
_REF_ZONE, _INDICATOR, _REF_PERIOD, _OBSERVATION_KIND = ZG.refZone, ZG.indicator, ZG.refPeriod, ZG.observationKind
_SOURCE_DOCUMENT = ZG.sourceDocument
_VALUE, _UNIT, _ORIGINAL_VALUE, _ORIGINAL_UNIT = ZG.value, ZG.unit, ZG.originalValue, ZG.originalUnit
_CUMULATIVE, _BOUND = ZG.cumulative, ZG.bound
_SEQUENCE_NUMBER, _PROJECT_ZONE, _CONTENT, _CATEGORY = ZG.sequenceNumber, ZG.projectZone, ZG.content, ZG.category
_TOTAL_INVESTMENT, _CURRENCY, _LAND_AREA, _INVESTOR = ZG.totalInvestment, ZG.currency, ZG.landArea, ZG.investor
_START_DATE, _COMPLETION_DATE = ZG.startDate, ZG.completionDate
_TRUE = Literal(True)
_ID = str(ID)


def add_observations(graph: TripleSink, registry: Registry, observations: list[Observation]) -> None:
    """Add the figures a document gives for zones as qb:Observations (indicator, period, value and unit as
    normalised, and as written), each with its evidence.

    One figure the document gives in several places (a plan's table, its appendix and its text: 地区生产总值
    2025年 1000亿元 three times) is one observation with an evidence record for each place: the data set
    keeps one observation for each zone, indicator, period, kind and document (W3C Data Cube IC-12), but where
    the document gives two values for one of them (a table's cumulative [250]家 and its text's 300家): both are
    kept, as written."""
    nodes: dict[tuple, URIRef] = {}
    for observation in observations:
        zone = registry.get(("Zone", observation.zone)).iri
        quantity = observation.quantity
        # (a table's [143]家, cumulative, and its text's 143家 are one figure: the first read, the table's, is written)
        key = (observation.zone, observation.indicator, observation.period, observation.kind, quantity.value, quantity.unit)
        node = nodes.get(key)
        if node is None:
            node = nodes[key] = _add_observation(graph, zone, observation)
        add_evidence(graph, (node, _REF_ZONE, zone), observation.document, observation.raw_start, observation.raw_end,
                     observation.quote, observation.rule, observation.confidence)


def _add_observation(graph: TripleSink, zone: URIRef, observation: Observation) -> URIRef:
    quantity = observation.quantity
    digest = evidence_iri(observation.document, zone, observation.indicator, observation.period, observation.kind,
                          quantity.value, quantity.unit).rsplit("/", 1)[1]
    node = URIRef(f"{_ID}observation/{digest}")
    add = graph.add
    add((node, _TYPE, _OBSERVATION))
    add((node, _DATA_SET, DATASET))
    add((node, _REF_ZONE, zone))
    add((node, _INDICATOR, _iri(observation.indicator)))
    add((node, _REF_PERIOD, plain_literal(observation.period)))
    add((node, _OBSERVATION_KIND, plain_literal(observation.kind)))
    add((node, _SOURCE_DOCUMENT, document_iri(observation.document)))
    add((node, _VALUE, decimal_literal(quantity.value)))
    add((node, _UNIT, plain_literal(quantity.unit)))
    add((node, _ORIGINAL_VALUE, plain_literal(quantity.original)))
    add((node, _ORIGINAL_UNIT, plain_literal(quantity.original_unit)))
    if quantity.cumulative:
        add((node, _CUMULATIVE, _TRUE))
    if quantity.bound:
        add((node, _BOUND, plain_literal(quantity.bound)))
    return node


def add_project(graph: TripleSink, registry: Registry, project: Project, numbers: dict[str, URIRef]) -> None:
    """Add a project a document places in a zone, with its investors and figures, and its evidence; ``numbers``
    gets the project's IRI by its number in the document, for the observations that refer to it."""
    zone = registry.get(("Zone", project.zone)).iri
    node = _project_iri(project.name)
    numbers[project.number] = node
    add = graph.add
    add((node, _TYPE, _PROJECT))
    add((node, _LABEL, zh_literal(project.name)))
    add((node, _SEQUENCE_NUMBER, plain_literal(project.number)))
    add((node, _PROJECT_ZONE, zone))
    if project.content:
        add((node, _CONTENT, zh_literal(project.content)))
    if project.category:
        add((node, _CATEGORY, plain_literal(project.category)))
    if project.investment is not None:
        add((node, _TOTAL_INVESTMENT, decimal_literal(project.investment.value)))
        add((node, _CURRENCY, plain_literal(project.investment.unit)))
        add((node, _ORIGINAL_VALUE, plain_literal(project.investment.original)))
    if project.land_mu is not None:
        add((node, _LAND_AREA, decimal_literal(project.land_mu.value)))
    for prop, value in ((_START_DATE, project.start), (_COMPLETION_DATE, project.completion)):
        if value:
            add((node, prop, _date_literal(value)))
    if project.part_of and project.part_of in numbers:
        add((node, _IS_PART_OF, numbers[project.part_of]))
    confidence, rule = 0.95, "project-table"
    add_evidence(graph, (node, _PROJECT_ZONE, zone), project.document, project.raw_start, project.raw_end, project.quote, rule, confidence)
    for name in project.investors:
        investor = registry.get(("Enterprise", name)).iri
        add((node, _INVESTOR, investor))
        add_evidence(graph, (node, _INVESTOR, investor), project.document, project.raw_start, project.raw_end, project.quote, rule, confidence)


@lru_cache(maxsize=4096)
def _iri(value: str) -> URIRef:
    return URIRef(value)


@lru_cache(maxsize=8192)
def _project_iri(name: str) -> URIRef:
    """A project's IRI: its name's slug and digest, so that projects whose names sound alike (华信光纤项目,
    华鑫光纤项目) are two nodes, and one project named alike in two documents is one."""
    return ID[f"project/{slug(name)}-{hashlib.sha1(name.encode('utf-8')).hexdigest()[:6]}"]


@lru_cache(maxsize=1024)
def _date_literal(value: str) -> Literal:
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(value)]
    return Literal(value, datatype=datatype)
