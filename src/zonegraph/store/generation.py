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
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
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
    """A generation's manifest: graph IRI -> its entry (kind, key, source, part file); empty for a new store."""
    path = generation / layout.PARTS / MANIFEST
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {row["iri"]: GraphEntry(**{c: row.get(c) or "" for c in MANIFEST_COLUMNS}) for row in rows}


def part_name(iri: str) -> str:
    """The file name of a graph's TriG part, from its IRI alone: any IRI is a safe, fixed-length file name."""
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
        self.fresh = self.base is None
        self.changed = False
        self.committed = False
        try:
            self.parts.mkdir()
            self.manifest = self._from_base() if self.base is not None else {}
            self.db = ox.Store(str(self.generation / layout.DATABASE))
        except BaseException:  # (a full disk while linking: the half-made generation must not stay)
            shutil.rmtree(self.generation, ignore_errors=True)
            raise

    def _from_base(self) -> dict[str, GraphEntry]:
        """Link the current generation's database and parts into this one; its manifest."""
        source = open_database(self.base)
        source.backup(str(self.generation / layout.DATABASE))  # hard links: cheap
        stored = {g.value for g in source.named_graphs() if isinstance(g, ox.NamedNode)}
        del source
        for path in (self.base / layout.PARTS).iterdir():
            if path.name != MANIFEST:
                os.link(path, self.parts / path.name)
        manifest = read_manifest(self.base)
        unlisted = stored - set(manifest)
        if unlisted:  # (a manifest lost or emptied by hand: the next export would leave those graphs out)
            raise ZonegraphError(f"the store holds {len(unlisted)} graphs its manifest "
                                 f"({layout.PARTS}/{MANIFEST}) does not list, e.g. <{min(unlisted)}>: "
                                 "it was changed by hand; `zonegraph build` makes it anew", self.base)
        return manifest

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, kind, value, traceback) -> None:
        self.db = None
        if not self.committed and layout.current_generation_name(self.build_dir) != self.generation.name:
            # not committed (even when the commit itself failed, a full disk writing the export):
            # throw the half-made generation away, or each failed try would keep its disk space
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
        fresh generation or where they come to ``BULK_BYTES`` or more (an ingest of a folder), else one
        transaction; unchanged parts change nothing in the database. A bulk load is not atomic, and
        need not be: this generation is a copy that only its commit makes current."""
        items = [(entry, part) for entry, part in items]
        for entry, part in items:
            if not part:  # an empty graph is no graph
                self.drop(entry.iri)
        items = [(entry, part) for entry, part in items if part]
        empty = self.fresh and not self.manifest
        changed = []
        for entry, part in items:
            if not empty:
                if entry.iri in self.manifest and self.part_text(entry.iri) == part:
                    continue  # the same triples: nothing to change in the database
                self.drop(entry.iri)
            changed.append((entry.iri, part))
        load_parts(self.db, changed, empty or sum(len(part) for _, part in changed) >= BULK_BYTES)
        for entry, part in items:
            entry.part = part_name(entry.iri)
            self._write_part(entry.part, part)
            self.manifest[entry.iri] = entry
        self.changed = True

    def put_new(self, items: list[tuple[GraphEntry, str]], loads: "BackgroundLoads", weight: float | None = None) -> None:
        """Graphs new to a fresh generation: their parts written now, their load queued on
        ``loads`` (a ``BackgroundLoads`` of this writer's database) with ``weight``."""
        items = [(entry, part) for entry, part in items if part]  # an empty graph is no graph
        if not self.fresh or any(entry.iri in self.manifest for entry, _ in items):
            raise ValueError("background loads take new graphs into a fresh generation")
        loads.add([(entry.iri, part) for entry, part in items], weight)
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
            out.flush()
            os.fsync(out.fileno())
        with open(self.generation / layout.EXPORT, "wb") as out:
            self.write_export(out)
            out.flush()
            os.fsync(out.fileno())
        layout.commit(self.build_dir, self.generation)
        self.committed = True
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


_BLANK_NODE_MARKS = ("_:", "[", "(")


def _may_hold_blank_nodes(body: str) -> bool:
    """Whether Turtle text may write a blank node (``_:``, ``[ … ]`` or a ``( … )`` list) outside
    its IRIs, strings and comments; True when in doubt.

    No IRI, comment or string but a triple-quoted one holds a line break, so a text without
    triple quotes is read line by line as it is whole, and only its lines holding a mark are read:
    a document's part is megabytes long, and a mark in it is rare (a bracket in a name, 盛合晶微
    半导体(江阴)有限公司)."""
    marked = [mark for mark in _BLANK_NODE_MARKS if mark in body]
    if not marked:
        return False
    if '"""' in body or "'''" in body:
        return _marks_outside_noise(body)
    for mark in marked:
        at = body.find(mark)
        while at >= 0:
            end = body.find("\n", at)
            end = len(body) if end < 0 else end
            if _marks_outside_noise(body[body.rfind("\n", 0, at) + 1 : end]):
                return True
            at = body.find(mark, end)
    return False


def _marks_outside_noise(text: str) -> bool:
    bare = TURTLE_NOISE.sub(" ", text)
    return any(mark in bare for mark in _BLANK_NODE_MARKS)


PARALLEL_BYTES = 1 << 20  # a fresh load this big is split in two, loaded on two threads at once
# parts this big go into an existing database by its bulk loader too: one transaction holds them all in memory
# and loads on one thread (an ingest of the 3 MB corpus into a built graph: 8.0 s of load, 0.9 GB at its peak)
BULK_BYTES = 1 << 20


def _sorted_parts(parts: list[tuple[str, str]]) -> tuple[list[str], list[tuple[str, str, tuple | None]]]:
    """Each plain part as TriG text holding it and, after it, its body again as a default-graph
    block (the union); and the parts that may hold blank nodes, whose union copy must come from
    the database (``_copy_to_union``), as (IRI, part, split)."""
    plain, later = [], []
    for iri, part in parts:
        split = _split_part(iri, part)
        if split is None or _may_hold_blank_nodes(split[1]):
            later.append((iri, part, split))
        else:
            plain.append(part + "{\n" + split[1] + "\n}\n")  # the same triples in the default graph
    return plain, later


def _load(load, text: bytes) -> None:
    try:
        load(input=text, format=ox.RdfFormat.TRIG)
    except SyntaxError as error:
        raise ZonegraphError(f"a TriG part does not parse: {' '.join(str(error).split())}", "store") from None


def _halves(chunks: list[str], first: list[str] | None = None) -> list[bytes]:
    """TriG documents holding ``chunks``: one, or two of about the same size when they are big
    enough to load on two threads at once; ``first`` goes whole into the first."""
    documents = [[trig_head(), *(first or [])]]
    total = sum(len(chunk) for chunk in chunks) + sum(len(chunk) for chunk in first or [])
    if total >= PARALLEL_BYTES:
        documents.append([trig_head()])
    size = sum(len(chunk) for chunk in first or [])
    for chunk in chunks:
        (documents[0] if size < total / 2 else documents[-1]).append(chunk)
        size += len(chunk)
    return ["".join(document).encode("utf-8") for document in documents]


def _load_all(load, texts: list[bytes]) -> None:
    """Load TriG documents, two at once on two threads (pyoxigraph releases the GIL)."""
    if len(texts) == 1:
        _load(load, texts[0])
        return
    with ThreadPoolExecutor(len(texts)) as pool:
        for future in [pool.submit(_load, load, text) for text in texts]:
            future.result()


def load_parts(db: ox.Store, parts: list[tuple[str, str]], bulk: bool) -> None:
    """Load TriG parts ((IRI, part) pairs) into their named graphs and into the union, parsed by
    Oxigraph: ``bulk`` with its bulk loader (an empty database, or parts big enough), else in one
    transaction.

    A big bulk load goes in two halves on two threads (pyoxigraph releases the GIL while it
    loads); the parts that may hold blank nodes all go into the first, so that a blank node two
    parts share stays one node.
    """
    if not parts:
        return
    plain, later = _sorted_parts(parts)
    if bulk:
        texts = _halves(plain, [part for _, part, _ in later])
    else:
        texts = [(trig_head() + "".join(part for _, part, _ in later) + "".join(plain)).encode("utf-8")]
    _load_all(db.bulk_load if bulk else db.load, texts)
    _copy_to_union(db, later, db.bulk_load if bulk else db.load)


def _copy_to_union(db: ox.Store, later: list[tuple[str, str, tuple | None]], load) -> None:
    """The union copy of parts loaded into their named graphs alone (they may hold blank nodes)."""
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


class BackgroundLoads:
    """Bulk loads into a fresh generation's (empty) database while the caller makes more parts.

    ``add`` queues parts and returns at once; a background thread loads them (pyoxigraph
    releases the GIL while it loads, so the caller's Python runs on the other core meanwhile),
    each time about ``size`` of them (by the weight ``add`` gives them), never less unless
    ``finish`` has been called: every bulk load adds its own files to the database, one more
    for each lookup to read, so a few big loads make a faster store than many small ones.
    ``finish`` loads what is still queued beside the load in progress, in two halves on two
    more threads, and returns; ``wait`` waits for every load. Parts that may hold blank nodes
    go into the first load, and their union copy is made from the database after it
    (``_copy_to_union``). Each graph must be new to the database and added once. Leaving the
    ``with`` block, even by an error, waits for the loads in progress (they cannot be
    stopped), so that the database is not closed or removed under them.
    """

    def __init__(self, db: ox.Store, size: float = 0) -> None:
        self.db = db
        self.size = size
        self.loads = 0  # bulk loads made
        self.seconds = 0.0  # wall time spent loading, summed over the threads that loaded
        # (TriG of each part, without the prefix block; their weight): kept part by part so that
        # finish can cut what is left into two halves of about the same size
        self._queue: list[tuple[list[bytes], float]] = []
        self._queued = 0.0  # the weight queued
        self._later: list[tuple[str, str, tuple | None]] = []  # parts that may hold blank nodes
        self._head = trig_head().encode("utf-8")
        self._error: BaseException | None = None
        self._closed = False
        self._taken = False  # whether the first load has begun
        self._tail: list[Future] = []
        self._tail_later: list[tuple[str, str, tuple | None]] = []
        self._ready = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="zonegraph-load", daemon=True)
        self._thread.start()

    def __enter__(self) -> "BackgroundLoads":
        return self

    def __exit__(self, *exc) -> None:
        self._close()

    def add(self, parts: list[tuple[str, str]], weight: float | None = None) -> None:
        """Queue (IRI, part) pairs for loading (empty parts are no graphs); ``weight`` counts
        towards ``size`` (the text's length by default)."""
        if self._error is not None:
            raise self._error
        plain, later = _sorted_parts([(iri, part) for iri, part in parts if part])
        texts = [part.encode("utf-8") for part in plain]
        with self._ready:
            if later and self._taken:
                raise ValueError("parts that may hold blank nodes go into the first load")
            self._later.extend(later)
            self._queue.append((texts, sum(map(len, texts)) if weight is None else weight))
            self._queued += self._queue[-1][1]
            self._ready.notify()

    def _run(self) -> None:
        while True:
            with self._ready:
                while not self._closed and (not self._queue or self._queued < self.size):
                    self._ready.wait()
                if self._closed:  # what is still queued is finish's
                    return
                self._taken = True
                texts, weight = [self._head], 0.0
                while self._queue and weight < self.size:
                    parts, part_weight = self._queue.pop(0)
                    texts.extend(parts)
                    weight += part_weight
                self._queued -= weight
                later, self._later = self._later, []
            try:
                self._bulk_load(texts[:1] + [part.encode("utf-8") for _, part, _ in later] + texts[1:])
                _copy_to_union(self.db, later, self.db.load)
            except BaseException as error:  # raised to the caller by add or wait
                self._error = error
                return

    def _bulk_load(self, texts: list[bytes]) -> None:
        started = time.perf_counter()
        try:
            _load(self.db.bulk_load, b"".join(texts))
        finally:
            with self._ready:  # the tail's two threads may end at once
                self.seconds += time.perf_counter() - started
                self.loads += 1

    def finish(self) -> None:
        """No more parts: start loading what is queued, in two halves on two threads, beside the
        load in progress. Returns at once."""
        with self._ready:
            if self._closed:
                return
            self._closed = self._taken = True
            texts, self._queue = [text for parts, _ in self._queue for text in parts], []
            later, self._later = self._later, []
            self._ready.notify()
        halves: list[list[bytes]] = [[self._head, *(part.encode("utf-8") for _, part, _ in later)], [self._head]]
        size = sum(len(text) for text in halves[0][1:])  # the parts with blank nodes count in the first
        total = size + sum(len(text) for text in texts)
        for text in texts:  # part by part: two halves of about the same size
            halves[0 if size < total / 2 else 1].append(text)
            size += len(text)
        pool = ThreadPoolExecutor(2, thread_name_prefix="zonegraph-load")
        self._tail = [pool.submit(self._bulk_load, half) for half in halves if len(half) > 1]
        pool.shutdown(wait=False)
        self._tail_later = later

    def wait(self) -> None:
        """Wait for every load and raise the first error."""
        self._close()
        for future in self._tail:
            future.result()
        if self._error is not None:
            raise self._error
        if self._tail_later:
            _copy_to_union(self.db, self._tail_later, self.db.load)
            self._tail_later = []

    def _close(self) -> None:
        with self._ready:
            self._closed = True
            self._ready.notify()
        self._thread.join()
        for future in self._tail:
            future.exception()  # waits; the error, if any, is wait's to raise


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
