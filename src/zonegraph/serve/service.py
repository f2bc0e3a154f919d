"""The SPARQL 1.1 Service Description served at the endpoint URL (a GET without a query).

Tools such as YASGUI and federated engines read it to learn what the endpoint accepts: query
only (no update), which result formats, that the default graph is the union of the named graphs,
and which graphs there are, with their sizes.
"""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from zonegraph.serve.config import ServeConfig

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
VOID = Namespace("http://rdfs.org/ns/void#")

RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                  "Turtle", "N-Triples", "JSON-LD", "RDF_XML")


def service_description(endpoint: str, catalog: dict, config: ServeConfig) -> Graph:
    """The description of the endpoint at ``endpoint``, with the graphs of ``catalog`` (tasks.catalog)."""
    graph = Graph()
    for prefix, namespace in (("sd", SD), ("formats", FORMATS), ("void", VOID), ("dcterms", DCTERMS)):
        graph.bind(prefix, namespace)
    service = URIRef(endpoint)
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, service))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))
    graph.add((service, SD.defaultEntailmentRegime, URIRef("http://www.w3.org/ns/entailment/Simple")))
    for name in RESULT_FORMATS:
        graph.add((service, SD.resultFormat, FORMATS[name]))
    graph.add((service, DCTERMS.title, Literal("zonegraph: China's national high-tech zones", lang="en")))
    graph.add((service, RDFS.comment, Literal(
        f"Read-only. Each query may run {config.timeout:g} s and return {config.max_rows} rows or triples; "
        f"requests may be {config.max_request_bytes} bytes. SERVICE and remote FROM are not supported.", lang="en")))
    dataset = BNode()
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    default = BNode()
    graph.add((dataset, SD.defaultGraph, default))
    graph.add((default, RDF.type, SD.Graph))
    graph.add((default, VOID.triples, Literal(catalog["triples"], datatype=XSD.integer)))
    for item in catalog["graphs"]:
        named, inner = BNode(), BNode()
        graph.add((dataset, SD.namedGraph, named))
        graph.add((named, RDF.type, SD.NamedGraph))
        graph.add((named, SD.name, URIRef(item["iri"])))
        graph.add((named, SD.graph, inner))
        graph.add((inner, RDF.type, SD.Graph))
        graph.add((inner, VOID.triples, Literal(item["triples"], datatype=XSD.integer)))
    return graph
