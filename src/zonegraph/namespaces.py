"""Namespaces as objects, the minting of stable, readable entity IRIs, and the one canonical form of a decimal."""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal

from rdflib import Literal, Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

ZG = Namespace("https://w3id.org/zonegraph/ontology#")
ID = Namespace("https://w3id.org/zonegraph/id/")
IND = Namespace("https://w3id.org/zonegraph/id/industry/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")

PREFIXES = {
    "zg": ZG,
    "id": ID,
    "ind": IND,
    "rdf": RDF,
    "rdfs": RDFS,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "xsd": XSD,
    "owl": OWL,
    "org": ORG,
    "schema": SCHEMA,
}
# What a query may use without declaring it: the prefixes above, and the Data Cube's of the figures
# (qb:Observation), which graph.trig declares only before the blocks that use it.
QUERY_PREFIXES = {**PREFIXES, "qb": Namespace("http://purl.org/linked-data/cube#")}

# The ontology contract's entity classes and relation properties (local names under zg:).
ENTITY_TYPES = ("Zone", "ResearchInstitute", "Enterprise", "Industry", "IndustrialCluster", "Policy", "Organization")
RELATION_TYPES = (
    "partnersWith", "hostsEnterprise", "hasIndustry", "hasCluster",
    "clusterIndustry", "implementsPolicy", "issuedBy", "subOrganizationOf",
)

# Entity type -> IRI path segment; the type names are the ontology's class names.
KIND_SEGMENT = {
    "Zone": "zone",
    "ResearchInstitute": "institute",
    "Enterprise": "enterprise",
    "Industry": "industry",
    "IndustrialCluster": "cluster",
    "Policy": "policy",
    "Organization": "org",
}

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 72


def slug(name: str) -> str:
    """A lower-case ASCII slug: pinyin for Chinese characters, digits and Latin kept.

    Long names are cut and given a short hash so that the slug stays readable and unique.
    """
    from pypinyin import lazy_pinyin  # here, not at the top: its dictionaries take 0.25 s to load,
    # which every command paid, --help and query included, though only minting IRIs needs them.

    # Pinyin syllables of one Han run are written together (苏州 -> suzhou); a switch between
    # Han and Latin or digits, and any punctuation, becomes a hyphen (IC设计 -> ic-sheji).
    runs = re.findall(r"[\u3400-\u9fff]+|[A-Za-z0-9]+", name)
    words = ["".join(lazy_pinyin(run)) if "\u3400" <= run[0] <= "\u9fff" else run for run in runs]
    text = _NON_SLUG.sub("-", "-".join(words).lower()).strip("-")
    text = re.sub(r"-{2,}", "-", text) or "x"
    if len(text) > _MAX_SLUG:
        digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
        text = text[:_MAX_SLUG].rstrip("-") + "-" + digest
    return text


def entity_iri(kind: str, key: str) -> "URIRef":
    """The IRI of an entity of ``kind`` whose identifying key (canonical name or slug) is ``key``."""
    return ID[f"{KIND_SEGMENT[kind]}/{key if re.fullmatch(r'[a-z0-9-]+', key) else slug(key)}"]


def document_iri(file_name: str) -> "URIRef":
    """A document's IRI: its file name's stem for a .txt file (003_326984d80e6a9218.txt ->
    doc/003-326984d80e6a9218), its name with its suffix for any other (plan.pdf -> doc/plan-pdf),
    so that plan.pdf and plan.docx beside it are documents of their own."""
    stem, _, suffix = file_name.rpartition(".")
    if not stem or suffix.lower() == "txt":
        return ID[f"doc/{slug(stem or file_name)}"]
    return ID[f"doc/{slug(f'{stem}-{suffix}')}"]


def publisher_iri(name: str) -> "URIRef":
    """A publisher's IRI (dcterms:publisher names an agent, not a string): its name's pinyin and a digest of
    the name itself, so that two publishers whose names sound alike stay two."""
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:6]
    return ID[f"publisher/{slug(name)}-{digest}"]


MEDIA_TYPES = Namespace("http://www.iana.org/assignments/media-types/")
"""Media types as the IANA registry names them, the IRIs DCAT and DCMI use for dcterms:format."""


def evidence_iri(*parts: object) -> "URIRef":
    """An IRI named by a digest of ``parts`` (document, triple, offsets): the same statement at the same place gets
    the same IRI in every build and ingest, so re-ingesting a document changes nothing."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:20]
    return ID[f"evidence/{digest}"]


def decimal_literal(value: Decimal) -> Literal:
    """An xsd:decimal in its canonical form (59500 and 5.54, not 59500.00: 5.95万元 is 59500.00 CNY by the unit's
    factor), as Oxigraph writes it back: the build writes figures so, and rdflib's answers are given it, so that
    every store, file and answer says the same term."""
    if value == value.to_integral_value():
        return Literal(str(int(value)), datatype=XSD.decimal)
    return Literal(format(value.normalize(), "f"), datatype=XSD.decimal)


from rdflib import URIRef  # noqa: E402  (for the annotations above)
