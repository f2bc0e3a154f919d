"""Writing the store: a new generation is prepared beside the current one, then committed.

Every named graph has a TriG *part* (the block graph.trig holds for it) and a row in
parts/graphs.tsv: its IRI, its part file, its key (a document's content hash, an imported
file's hash) and what it is. The parts are the source of truth of a generation: the Oxigraph
database is loaded from their text, and graph.trig is their concatenation in IRI order after
the prefix block, so it is byte-identical to what ``write_trig`` writes for the same graphs and
an ingest rewrites it without serialising unchanged graphs again.

Parts go into the database as text, parsed by Oxigraph (no Python RDF objects): one TriG
document holding each part and, after it, the part's body again as a default-graph block, so
the default graph receives the union in the same load. A part that may hold blank nodes gets
its union copy from the database instead, by SPARQL (``INSERT … WHERE { GRAPH … }`` keeps a
blank node the same node; a second parse would name it afresh).
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from zonegraph.errors import ZonegraphError
from zonegraph.store import layout
from zonegraph.store.oxigraph import open_database
from zonegraph.store.terms import DEFAULT_GRAPH, TURTLE_NOISE
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
        """Several graphs at once, their parts parsed by Oxigraph in one call: a bulk load into a
        fresh generation, else one transaction; unchanged parts change nothing in the database."""
        items = [(entry, part) for entry, part in items]
        for entry, part in items:
            if not part:  # an empty graph is no graph
                self.drop(entry.iri)
        items = [(entry, part) for entry, part in items if part]
        bulk = self.fresh and not self.manifest
        changed = []
        for entry, part in items:
            if not bulk:
                if entry.iri in self.manifest and self.part_text(entry.iri) == part:
                    continue  # the same triples: nothing to change in the database
                self.drop(entry.iri)
            changed.append((entry.iri, part))
        load_parts(self.db, changed, bulk)
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

    # -- committing -------------------------------------------------------------------------
    def write_export(self, out) -> None:
        """graph.trig of this generation into a binary file: the prefix block, then every part
        in IRI order (copied file by file, never held whole in memory)."""
        out.write(trig_head().encode("utf-8"))
        for iri in sorted(self.manifest):
            with open(self.parts / self.manifest[iri].part, "rb") as part:
                shutil.copyfileobj(part, out, 1 << 20)

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
        with open(self.generation / layout.EXPORT, "wb") as out:
            self.write_export(out)
            out.flush()
            os.fsync(out.fileno())
        layout.commit(self.build_dir, self.generation)
        return self.generation


def _split_part(iri: str, part: str) -> tuple[str, str] | None:
    """A part's ``@prefix`` lines and the body of its block, or None when it is not laid out as
    ``trig_part`` writes it."""
    opener = f"<{iri}> {{\n"
    start = part.find(opener)
    end = part.rstrip().rfind("}")
    if start < 0 or end < start:
        return None
    prefixes = part[:start]
    if any(line and not line.startswith("@prefix ") for line in prefixes.splitlines()):
        return None
    return prefixes, part[start + len(opener):end]


def _may_hold_blank_nodes(body: str) -> bool:
    """Whether Turtle text may write a blank node (``_:``, ``[ … ]`` or a ``( … )`` list) outside
    its IRIs, strings and comments; True when in doubt."""
    if "_:" not in body and "[" not in body and "(" not in body:
        return False
    bare = TURTLE_NOISE.sub(" ", body)
    return "_:" in bare or "[" in bare or "(" in bare


PARALLEL_BYTES = 1 << 20  # a fresh load this big is split in two, loaded on two threads at once


def load_parts(db: ox.Store, parts: list[tuple[str, str]], bulk: bool) -> None:
    """Load TriG parts ((IRI, part) pairs) into their named graphs and into the union, parsed by
    Oxigraph: ``bulk`` with its bulk loader (an empty database), else in one transaction.

    A big bulk load goes in two halves on two threads (pyoxigraph releases the GIL while it
    loads); the parts that may hold blank nodes all go into the first, so that a blank node two
    parts share stays one node.
    """
    if not parts:
        return
    plain, later = [], []  # later: the union copy comes from the database (blank nodes)
    for iri, part in parts:
        split = _split_part(iri, part)
        if split is None or _may_hold_blank_nodes(split[1]):
            later.append((iri, part, split))
        else:
            plain.append((iri, part, split))
    documents = [[trig_head()]]
    for _, part, _ in later:
        documents[0].append(part)
    total = sum(len(part) for _, part in parts)
    if bulk and total >= PARALLEL_BYTES:
        documents.append([trig_head()])
    size = sum(len(part) for _, part, _ in later)
    for _, part, split in plain:
        chunks = documents[0] if size < total / 2 else documents[-1]
        size += len(part)
        chunks.append(part)
        chunks.append("{\n" + split[1] + "\n}\n")  # the same triples in the default graph
    load = db.bulk_load if bulk else db.load
    texts = ["".join(chunks).encode("utf-8") for chunks in documents]
    try:
        if len(texts) == 1:
            load(input=texts[0], format=ox.RdfFormat.TRIG)
        else:
            with ThreadPoolExecutor(len(texts)) as pool:
                for future in [pool.submit(load, input=text, format=ox.RdfFormat.TRIG) for text in texts]:
                    future.result()
    except SyntaxError as error:
        raise ZonegraphError(f"a TriG part does not parse: {' '.join(str(error).split())}", "store") from None
    if not later:
        return
    values = " ".join(f"<{iri}>" for iri, _, _ in later)
    blank = {row[0].value for row in db.query(
        f"SELECT DISTINCT ?g WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} "
        "FILTER(isBlank(?s) || isBlank(?o)) }")}
    turtle = [trig_head()]
    for iri, _, split in later:
        if split is None or iri in blank:
            db.update(f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")
        else:
            turtle.append(split[0] + split[1] + "\n")
    if len(turtle) > 1:
        load(input="".join(turtle).encode("utf-8"), format=ox.RdfFormat.TURTLE, to_graph=DEFAULT_GRAPH)


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
