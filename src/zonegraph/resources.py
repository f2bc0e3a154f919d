"""Find the project's shipped data, ontology and named queries, installed or in a checkout.

A wheel carries them under ``zonegraph/_shipped/``; an editable install or a checkout reads
them from the repository's top level, so that editing data/ takes effect at once.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CANDIDATES = (_PACKAGE / "_shipped", _PACKAGE.parent.parent)


def resource(*parts: str) -> Path:
    """The path of a shipped resource such as ``resource("data", "zones.csv")``."""
    for root in _CANDIDATES:
        path = root.joinpath(*parts)
        if path.exists():
            return path
    raise FileNotFoundError("/".join(parts) + " is not shipped with this zonegraph installation")


def data_file(name: str) -> Path:
    """A file of the shipped data/ (gazetteers, alias tables, the taxonomy), in a checkout or an installed wheel."""
    return resource("data", name)


def ontology_file(name: str = "zonegraph.ttl") -> Path:
    """A file of the shipped ontology/ (the ontology, its SHACL shapes)."""
    return resource("ontology", name)


def queries_dir() -> Path:
    """The shipped named queries' folder, queries/."""
    return resource("queries")


def default_corpus() -> Path:
    """The shipped corpus, data/corpus/: what ``zonegraph build`` reads when given no --corpus."""
    return resource("data", "corpus")
