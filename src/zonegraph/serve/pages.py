"""The HTML pages: home, query results for people, entity pages. Jinja2 templates with autoescape.

Every value that comes from the graph or the request reaches the page through the template
engine's escaping; the one piece of pre-built markup is the SVG drawing, which ElementTree
has already escaped.
"""

from __future__ import annotations

import json
import re
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from zonegraph.queries.named import NamedQuery
from zonegraph.serve.config import ServeConfig
from zonegraph.serve.entities import EntityView, local_path, short_name

_ENV = Environment(
    loader=PackageLoader("zonegraph.serve", "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)
_ENV.filters["local"] = local_path
_ENV.filters["short"] = short_name

HTML_MAX_ROWS = 1000  # a browser table beyond this helps nobody; the other formats carry every row
ROW_FORMAT_CHOICES = ("html", "json", "xml", "csv", "tsv", "turtle", "nt", "json-ld")
# the formats a result of each query form comes in (an ASK has no CSV or TSV in SPARQL 1.1)
FORMATS_OF_FORM = {"SELECT": ("json", "xml", "csv", "csv-excel", "tsv"), "ASK": ("json", "xml"),
                   "CONSTRUCT": ("turtle", "nt", "json-ld"), "DESCRIBE": ("turtle", "nt", "json-ld")}


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first of them in the query outside IRIs, strings and comments."""
    from zonegraph.store.terms import TURTLE_NOISE

    found = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", TURTLE_NOISE.sub(" ", text), re.IGNORECASE)
    return found.group(1).upper() if found else "SELECT"

EXAMPLE_QUERY = """PREFIX zg: <https://w3id.org/zonegraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

# Zones and the research institutes they partner with
SELECT ?zone ?institute WHERE {
  ?z zg:partnersWith ?i .
  ?z rdfs:label ?zone .
  ?i rdfs:label ?institute .
}
ORDER BY ?zone ?institute
LIMIT 50"""


def home_page(catalog: dict, queries: dict[str, NamedQuery], config: ServeConfig, endpoint: str) -> str:
    """The front page: a query form, the named queries with their parameters, and links to zones."""
    return _ENV.get_template("home.html").render(
        title="zonegraph", catalog=catalog, queries=list(queries.values()), config=config,
        endpoint=endpoint, example=EXAMPLE_QUERY, formats=ROW_FORMAT_CHOICES,
        formats_of={name: ("html", *FORMATS_OF_FORM[query_form(q.text)]) for name, q in queries.items()},
    )


_NUMBER_TYPES = frozenset(f"http://www.w3.org/2001/XMLSchema#{name}" for name in ("integer", "decimal", "double", "float"))


def _cell(term: dict[str, Any]) -> dict[str, Any]:
    """A SPARQL JSON term as what a table cell shows: text, a link for IRIs, language or datatype."""
    if term.get("type") == "uri":
        value = term["value"]
        web = value if value.startswith(("http://", "https://")) else None  # never javascript: and the like
        return {"text": short_name(value), "href": local_path(value) or web, "note": ""}
    datatype = term.get("datatype", "")
    # (a number needs no note: 一般公共预算收入 395300, not 395300 xsd:decimal; a date or other type keeps it)
    note = term.get("xml:lang") or ("" if datatype in _NUMBER_TYPES or not datatype else short_name(datatype))
    if term.get("type") == "bnode":
        return {"text": "_:" + term["value"], "href": None, "note": ""}
    return {"text": term.get("value", ""), "href": None, "note": note}


def results_page(body: bytes, result_kind: str, query: str, title: str, links: dict[str, str],
                 notes: list[str] | None = None) -> str:
    """Query results for a browser: rows as a table, ASK as yes or no, graphs as Turtle text.

    ``body`` is SPARQL JSON for rows and ASK, Turtle for graphs (tasks.run_query).
    """
    context: dict[str, Any] = {"title": title, "query": query, "links": links, "notes": notes or []}
    if result_kind == "graph":
        context["turtle"] = body.decode("utf-8")
    else:
        data = json.loads(body)
        if "boolean" in data:
            context["boolean"] = data["boolean"]
        else:
            variables = data["head"].get("vars", [])
            bindings = data["results"]["bindings"]
            context["vars"] = variables
            context["total"] = len(bindings)
            context["rows"] = [[_cell(b[v]) if v in b else None for v in variables]
                               for b in bindings[:HTML_MAX_ROWS]]
    return _ENV.get_template("results.html").render(**context)


def entity_page(view: EntityView, alternates: dict[str, str], describe_href: str, evidence_href: str) -> str:
    """An entity's page: names, facts, the network drawing, every relation with its evidence."""
    return _ENV.get_template("entity.html").render(
        title=view.label, view=view, drawing=Markup(view.drawing), alternates=alternates,
        describe_href=describe_href, evidence_href=evidence_href,
    )


def text_page(title: str, text: str, note: str = "") -> str:
    """A page that shows a text (the service description) to a browser."""
    return _ENV.get_template("text.html").render(title=title, text=text, note=note)
