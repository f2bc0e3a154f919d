"""Load the built graph and run SPARQL on it (the union of all named graphs is the default)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from rdflib import Dataset
from rdflib.query import Result

from zonegraph.errors import ZonegraphError
from zonegraph.namespaces import PREFIXES


def load_graph(path: Path) -> Dataset:
    """The dataset written by ``zonegraph build``, with the union of its graphs as default graph."""
    if not path.exists():
        raise ZonegraphError("no built graph here: run `zonegraph build` first", path)
    dataset = Dataset(default_union=True)
    try:
        dataset.parse(path, format="trig")
    except Exception as error:  # rdflib raises several parser exception types
        raise ZonegraphError(f"cannot parse the graph: {error}", path) from None
    return dataset


def run_sparql(dataset: Dataset, query: str, source: str = "query") -> Result:
    """Run ``query``; a syntax error becomes a ZonegraphError that names ``source``."""
    try:
        return dataset.query(query, initNs=PREFIXES)
    except Exception as error:  # pyparsing / rdflib errors: report the parser's words
        message = " ".join(str(error).split())
        raise ZonegraphError(f"malformed SPARQL: {message}", source) from None


def select_rows(dataset: Dataset, query: str) -> Iterator[dict]:
    result = run_sparql(dataset, query)
    for row in result:
        yield row.asdict()
