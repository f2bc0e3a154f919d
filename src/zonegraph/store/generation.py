"""Writing the store: a new generation is prepared beside the current one, then committed.

Every named graph has a TriG *part* (the block graph.trig holds for it) and a row in
parts/graphs.tsv: its IRI, its part file, its key (a document's content hash, an imported
file's hash) and what it is. The parts are the source of truth of a generation: the Oxigraph
database is loaded by parsing them, and graph.trig is their concatenation in IRI order after
the prefix block, so it is byte-identical to what ``write_trig`` writes for the same graphs and
an ingest rewrites it without serialising unchanged graphs again.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from zonegraph.errors import ZonegraphError
from zonegraph.namespaces import PREFIXES
from zonegraph.store import layout
from zonegraph.store.oxigraph import open_database
from zonegraph.store.terms import DEFAULT_GRAPH
from zonegraph.triples.build import trig_head

MANIFEST = "graphs.tsv"
MANIFEST_COLUMNS = ("iri", "part", "kind", "key", "source")


@dataclass
class GraphEntry:
    """One named graph of the store, as parts/graphs.tsv lists it."""

    iri: str
    part: str
    kind: str  # document, import or fixed (ontology, taxonomies)
    key: str = ""  # content hash of the file it came from
    source: str = ""  # that file's name


def read_manifest(generation: Path) -> dict[str, GraphEntry]:
    path = generation / layout.PARTS / MANIFEST
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {row["iri"]: GraphEntry(**{c: row.get(c) or "" for c in MANIFEST_COLUMNS}) for row in rows}


def part_name(iri: str) -> str:
    return hashlib.sha1(iri.encode("utf-8")).hexdigest() + ".trig"


def _quads_of_part(text: str) -> Iterator[ox.Quad]:
    """The quads of a TriG part, each followed by its copy in the default graph (the union)."""
    for quad in ox.parse(input=(trig_head() + text).encode("utf-8"), format=ox.RdfFormat.TRIG):
        yield quad
        yield ox.Quad(quad.subject, quad.predicate, quad.object, DEFAULT_GRAPH)


class Writer:
    """A generation being prepared: from a checkpoint of the current one, or empty (``fresh``).

    Use as a context manager: leaving the block without ``commit`` removes the generation.
    """

    def __init__(self, build_dir: Path, fresh: bool = False) -> None:
        self.build_dir = build_dir
        self.base = None if fresh else layout.current_generation(build_dir)
        self.generation = layout.new_generation(build_dir)
        self.parts = self.generation / layout.PARTS
        self.parts.mkdir()
        if self.base is not None:
            source = open_database(self.base)
            source.backup(str(self.generation / layout.DATABASE))  # hard links: cheap
            del source
            for path in (self.base / layout.PARTS).iterdir():
                if path.name != MANIFEST:
                    os.link(path, self.parts / path.name)
            self.manifest = read_manifest(self.base)
        else:
            self.manifest = {}
        self.db = ox.Store(str(self.generation / layout.DATABASE))
        self.fresh = self.base is None
        self.changed = False

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if self.db is not None:  # not committed: throw the half-made generation away
            self.db = None
            shutil.rmtree(self.generation, ignore_errors=True)

    # -- reading the generation being made --------------------------------------------------
    def entries(self, kind: str | None = None) -> list[GraphEntry]:
        return [e for e in self.manifest.values() if kind is None or e.kind == kind]

    def part_text(self, iri: str) -> str:
        return (self.parts / self.manifest[iri].part).read_text(encoding="utf-8")

    # -- changing it ------------------------------------------------------------------------
    def drop(self, iri: str) -> None:
        """Remove a named graph, and from the union the triples no other graph holds."""
        if iri not in self.manifest and not self.db.contains_named_graph(ox.NamedNode(iri)):
            return
        graph = ox.NamedNode(iri)
        self.db.update(
            f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {graph}) }} }}"
        )
        self.db.remove_graph(graph)
        entry = self.manifest.pop(iri, None)
        if entry is not None:
            with contextlib.suppress(FileNotFoundError):
                (self.parts / entry.part).unlink()
        self.changed = True

    def put(self, iri: str, part: str, kind: str, key: str = "", source: str = "") -> None:
        """Make the named graph ``iri`` hold exactly the triples of its TriG ``part``."""
        self.put_many([(GraphEntry(iri, part_name(iri), kind, key, source), part)])

    def put_many(self, items: Iterable[tuple[GraphEntry, str]]) -> None:
        """Several graphs at once: one bulk load into a fresh generation, else one transaction each."""
        items = [(entry, part) for entry, part in items]
        for entry, part in items:
            if not part:  # an empty graph is no graph
                self.drop(entry.iri)
        items = [(entry, part) for entry, part in items if part]
        if self.fresh and not self.manifest:
            self.db.bulk_extend(q for _, part in items for q in _quads_of_part(part))
        else:
            for entry, part in items:
                if entry.iri in self.manifest and self.part_text(entry.iri) == part:
                    continue  # the same triples: nothing to change in the database
                self.drop(entry.iri)
                self.db.extend(list(_quads_of_part(part)))
        for entry, part in items:
            entry.part = part_name(entry.iri)
            self._write_part(entry.part, part)
            self.manifest[entry.iri] = entry
        self.changed = True

    def _write_part(self, name: str, text: str) -> None:
        """A new file, never a write through the hard link that the base generation shares."""
        path = self.parts / name
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        path.write_text(text, encoding="utf-8")

    def put_database_graphs(self, iris: Iterable[str], kind: str, key: str, source: str) -> None:
        """Record graphs already loaded into the database (an import), writing their parts."""
        for iri in iris:
            part = render_part(self.db, iri)
            entry = GraphEntry(iri, part_name(iri), kind, key, source)
            if not part:
                self.manifest.pop(iri, None)
                continue
            self._write_part(entry.part, part)
            self.manifest[iri] = entry
        self.changed = True

    # -- committing -------------------------------------------------------------------------
    def export_text(self) -> str:
        """graph.trig of this generation: the prefix block, then every part in IRI order."""
        chunks = [trig_head()]
        for iri in sorted(self.manifest):
            chunks.append((self.parts / self.manifest[iri].part).read_text(encoding="utf-8"))
        return "".join(chunks)

    def commit(self) -> Path:
        """Write the manifest and the export, close the database, and make this generation current."""
        self.db.flush()
        self.db = None
        with (self.parts / MANIFEST).open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, delimiter="\t", lineterminator="\n")
            writer.writerow(MANIFEST_COLUMNS)
            for iri in sorted(self.manifest):
                entry = self.manifest[iri]
                writer.writerow([getattr(entry, c) for c in MANIFEST_COLUMNS])
        with open(self.generation / layout.EXPORT, "w", encoding="utf-8") as out:
            out.write(self.export_text())
            out.flush()
            os.fsync(out.fileno())
        layout.commit(self.build_dir, self.generation)
        return self.generation


def render_part(db: ox.Store, iri: str) -> str:
    """The TriG part of a graph as Oxigraph serialises it (for imported graphs, which may be large)."""
    graph = ox.NamedNode(iri)
    triples = (ox.Triple(q.subject, q.predicate, q.object) for q in db.quads_for_pattern(None, None, None, graph))
    body = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes={k: str(v) for k, v in PREFIXES.items()})
    text = body.decode("utf-8") if isinstance(body, bytes) else body
    lines = [l for l in text.splitlines() if not l.startswith("@prefix") and not l.upper().startswith("PREFIX ")]
    inner = "\n".join("    " + l if l else "" for l in lines).strip("\n")
    if not inner:
        return ""
    return f"\n<{iri}> {{\n{inner}\n}}\n"


def file_hash(path: Path) -> str:
    """sha256 of a file's bytes (the key a document or an import is known by)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError as error:
        raise ZonegraphError(f"cannot read the file: {error.strerror or error}", path) from None
    return digest.hexdigest()


def dataset_nquads(db: ox.Store) -> bytes:
    """The named graphs of a database as N-Quads (the union in the default graph left out)."""
    out = io.BytesIO()
    quads = (q for q in db.quads_for_pattern(None, None, None, None) if not isinstance(q.graph_name, ox.DefaultGraph))
    ox.serialize(quads, out, format=ox.RdfFormat.N_QUADS)
    return out.getvalue()
