"""Observations as W3C Data Cube (qb:) and projects as zg:Project, each with its evidence."""

from __future__ import annotations

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from zonegraph.entities.registry import Registry
from zonegraph.namespaces import ID, ZG, evidence_iri, slug
from zonegraph.numbers.model import Observation, Project
from zonegraph.triples.evidence import add_evidence

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
                  (QB.dimension, ZG.observationKind), (QB.measure, ZG.value), (QB.attribute, ZG.unit),
                  (QB.attribute, ZG.originalValue), (QB.attribute, ZG.originalUnit)]
    for order, (role, prop) in enumerate(components, 1):
        component = ID[f"dataset/zone-indicators-structure/{prop.split('#')[1]}"]
        graph.add((STRUCTURE, QB.component, component))
        graph.add((component, role, prop))
        graph.add((component, QB.order, Literal(order)))
    return graph


def add_observation(graph: Graph, registry: Registry, observation: Observation) -> None:
    zone = registry.get(("Zone", observation.zone)).iri
    node = ID[f"observation/{evidence_iri(observation.document, zone, observation.indicator, observation.period, observation.kind, observation.raw_start, observation.quantity.original).rsplit('/', 1)[1]}"]
    quantity = observation.quantity
    graph.add((node, RDF.type, QB.Observation))
    graph.add((node, QB.dataSet, DATASET))
    graph.add((node, ZG.refZone, zone))
    graph.add((node, ZG.indicator, URIRef(observation.indicator)))
    graph.add((node, ZG.refPeriod, Literal(observation.period)))
    graph.add((node, ZG.observationKind, Literal(observation.kind)))
    graph.add((node, ZG.value, Literal(quantity.value, datatype=XSD.decimal)))
    graph.add((node, ZG.unit, Literal(quantity.unit)))
    graph.add((node, ZG.originalValue, Literal(quantity.original)))
    graph.add((node, ZG.originalUnit, Literal(quantity.original_unit)))
    if quantity.cumulative:
        graph.add((node, ZG.cumulative, Literal(True)))
    if quantity.bound:
        graph.add((node, ZG.bound, Literal(quantity.bound)))
    add_evidence(graph, (node, ZG.refZone, zone), observation.document, observation.raw_start, observation.raw_end,
              observation.quote, observation.rule, observation.confidence)


def add_project(graph: Graph, registry: Registry, project: Project, numbers: dict[str, URIRef]) -> None:
    zone = registry.get(("Zone", project.zone)).iri
    node = ID[f"project/{slug(project.name)}"]
    numbers[project.number] = node
    graph.add((node, RDF.type, ZG.Project))
    graph.add((node, RDFS.label, Literal(project.name, lang="zh")))
    graph.add((node, ZG.sequenceNumber, Literal(project.number)))
    graph.add((node, ZG.projectZone, zone))
    if project.content:
        graph.add((node, ZG.content, Literal(project.content, lang="zh")))
    if project.category:
        graph.add((node, ZG.category, Literal(project.category)))
    if project.investment is not None:
        graph.add((node, ZG.totalInvestment, Literal(project.investment.value, datatype=XSD.decimal)))
        graph.add((node, ZG.currency, Literal(project.investment.unit)))
        graph.add((node, ZG.originalValue, Literal(project.investment.original)))
    if project.land_mu is not None:
        graph.add((node, ZG.landArea, Literal(project.land_mu.value, datatype=XSD.decimal)))
    for prop, value in ((ZG.startDate, project.start), (ZG.completionDate, project.completion)):
        if value:
            graph.add((node, prop, _date_literal(value)))
    if project.part_of and project.part_of in numbers:
        graph.add((node, DCTERMS.isPartOf, numbers[project.part_of]))
    confidence, rule = 0.95, "project-table"
    add_evidence(graph, (node, ZG.projectZone, zone), project.document, project.raw_start, project.raw_end, project.quote, rule, confidence)
    for name in project.investors:
        investor = registry.get(("Enterprise", name)).iri
        graph.add((node, ZG.investor, investor))
        add_evidence(graph, (node, ZG.investor, investor), project.document, project.raw_start, project.raw_end, project.quote, rule, confidence)


def _date_literal(value: str) -> Literal:
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(value)]
    return Literal(value, datatype=datatype)
