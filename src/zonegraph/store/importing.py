"""Import existing RDF into the store: Turtle, TriG, N-Triples or N-Quads.

A file's named graphs keep their names; its triples outside any named graph go to one graph
named after the file (``id:import/<slug of the file name>``, or ``--graph IRI``). Each graph an
import writes replaces the graph of that name, so importing the same file twice changes nothing,
and the file's sha256 is recorded as the graphs' key. Imported graphs join the union like any
other, so named queries see them when they use the ontology's terms.

The file never becomes Python RDF objects. N-Quads and N-Triples are read in blocks of lines
(Turtle and TriG are first rewritten as N-Quads by an in-memory Oxigraph store); each block is
handed to Oxigraph's bulk loader as its own lines followed by the same triples without their
graph (the union, in the default graph), two blocks loading at once on two threads, while this
thread prepares the next block and appends each graph's lines to its TriG part. Lines holding
blank nodes are set aside and loaded together at the end, in one call, because the loader
names blank nodes afresh on every call: one call keeps a blank node the same node in its graph
and in the union.
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from zonegraph.errors import ZonegraphError
from zonegraph.namespaces import ID, slug
from zonegraph.store import layout
from zonegraph.store.generation import GraphEntry, Writer, file_hash, part_name

FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE, ".turtle": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nt": ox.RdfFormat.N_TRIPLES, ".ntriples": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS,
}
FORMAT_NAMES = {"turtle": ".ttl", "trig": ".trig", "nt": ".nt", "ntriples": ".nt", "nquads": ".nq", "nq": ".nq"}
_WITH_GRAPHS = (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS)
_LINE_BASED = (ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES)

BLOCK_BYTES = 16 << 20  # about 70,000 lines a load: two loads at once stay near 400 MB
LOADERS = 2  # bulk loads running at once (pyoxigraph releases the GIL while loading)
# text that may start a comment (or a line the fast path must not cut): such blocks take the careful path
_COMMENT = re.compile(rb"(?:^|[\s.])#", re.M)


@dataclass
class ImportReport:
    """What an import did: the graphs it wrote, their triples, whether the file was already there, the summary."""

    graphs: list[str] = field(default_factory=list)
    triples: int = 0
    unchanged: bool = False
    replaced: bool = False  # an earlier import of a file of this name was replaced
    summary: dict = field(default_factory=dict)


def rdf_format(path: Path, name: str | None = None) -> ox.RdfFormat:
    """The RDF format of a file to import: ``name`` (--format) if given, else its suffix; an unknown one is an error
    naming the file."""
    suffix = FORMAT_NAMES.get(name.lower(), "") if name else path.suffix.lower()
    if suffix not in FORMATS:
        raise ZonegraphError("unknown RDF format: give a .ttl, .trig, .nt or .nq file, or --format", path)
    return FORMATS[suffix]


def import_graph_iri(path: Path) -> str:
    """The graph that receives a file's triples that are in no named graph."""
    return str(ID[f"import/{slug(path.stem)}"])


def _refuse_others_graphs(manifest: dict, iris: list[str], path: Path, how: str, imports: bool = True) -> None:
    """An import replaces its own graphs, never a document's or the ontology's (a TriG naming a document's graph
    took it without a word), nor, by the graph its triples outside named graphs go to, another file's (data.nt
    after data.ttl, both id:import/data). A graph the file names itself may replace another import's
    (``imports`` False), as a Graph Store PUT does."""
    for iri in iris:
        entry = manifest.get(iri)
        if entry is None or (entry.kind == "import" and (entry.source == path.name or not imports)):
            continue
        owner = {"document": f"the document {entry.source}", "import": f"the import of {entry.source}"}.get(
            entry.kind, "a graph zonegraph writes (ontology or taxonomy)")
        raise ZonegraphError(f"{how} <{iri}>, which holds {owner}; give another graph with --graph, "
                             "or remove that first", path)


def import_file(build_dir: Path, path: Path, graph: str | None = None, format_name: str | None = None) -> ImportReport:
    """Load ``path`` into the build folder's store (or its graph.trig for a memory build)."""
    fmt = rdf_format(path, format_name)
    target = graph or import_graph_iri(path)
    try:
        ox.NamedNode(target)
    except ValueError as error:
        raise ZonegraphError(f"not an IRI for --graph: {error}", target) from None
    key = file_hash(path)
    report = ImportReport()
    with layout.writer_lock(build_dir):
        layout.repair(build_dir)
        from zonegraph.store.documents import _memory_only, store_summary

        if _memory_only(build_dir):
            return _import_memory(build_dir, path, fmt, target, report)
        with Writer(build_dir) as writer:
            previous = [e for e in writer.entries("import") if e.source == path.name]
            if previous and all(e.key == key for e in previous):
                report.unchanged, report.graphs = True, sorted(e.iri for e in previous)
                return report
            _refuse_others_graphs(writer.manifest, [target], path, "its triples outside named graphs go to")
            for entry in previous:  # what the file's earlier version wrote and this one may not
                writer.drop(entry.iri)
            report.replaced = bool(previous)
            loader = BulkImport(writer, target, path)
            try:
                if fmt in _LINE_BASED:
                    loader.load(_blocks(path), fmt)
                else:
                    loader.load(_normalised(path, fmt, target, writer.generation), ox.RdfFormat.N_QUADS)
                names = loader.finish()
            finally:
                loader.close()  # no reference to the database may outlive the commit, which closes it
            for iri in names:
                writer.manifest[iri] = GraphEntry(iri, part_name(iri), "import", key, path.name)
            writer.changed = True
            report.graphs, report.triples = sorted(names), loader.triples
            generation = writer.commit()
        report.summary = store_summary(build_dir, generation)
    return report


def _blocks(path: Path, size: int | None = None) -> Iterator[bytes]:
    """The file in blocks of whole lines, about ``size`` bytes each: BLOCK_BYTES, or a quarter of
    a smaller file (so that both loaders have work from the start), at least 1 MB."""
    try:
        size = size or max(min(BLOCK_BYTES, path.stat().st_size // 4), min(BLOCK_BYTES, 1 << 20))
        with path.open("rb") as handle:
            rest = b""
            while True:
                data = handle.read(size)
                if not data:
                    if rest:
                        yield rest
                    return
                data = rest + data
                cut = data.rfind(b"\n") + 1
                if cut == 0:
                    rest = data
                    continue
                rest = data[cut:]
                yield data[:cut]
    except OSError as error:
        raise ZonegraphError(f"cannot read the file: {error.strerror or error}", path) from None


def _normalised(path: Path, fmt: ox.RdfFormat, target: str, folder: Path) -> Iterator[bytes]:
    """Turtle or TriG as N-Quads blocks: parsed by an in-memory Oxigraph store (the whole file at
    once, so its blank nodes stay one node each), written out as N-Quads, then read in blocks."""
    memory = ox.Store()
    try:
        memory.load(path=str(path), format=fmt, to_graph=ox.NamedNode(target))
    except SyntaxError as error:
        raise ZonegraphError(f"cannot parse the file: {_one_line(error)}", path) from None
    except OSError as error:
        raise ZonegraphError(f"cannot read the file: {error.strerror or error}", path) from None
    temporary = folder / "import.nq"
    memory.dump(str(temporary), format=ox.RdfFormat.N_QUADS)
    del memory
    try:
        yield from _blocks(temporary)
    finally:
        temporary.unlink(missing_ok=True)


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())


class _Careful(Exception):
    """A block the fast path cannot cut safely: it goes through an in-memory store first."""


@dataclass
class _Block:
    """Where a block came from, to load it again the careful way or to name a line in an error."""

    text: bytes
    fmt: ox.RdfFormat
    first_line: int  # lines of the file before it
    careful: bool = False


class BulkImport:
    """Loads blocks of N-Quads or N-Triples into a writer's database and TriG parts."""

    def __init__(self, writer: Writer, target: str, source: Path) -> None:
        self.writer = writer
        self.db = writer.db
        self.target = target
        self.target_text = f"<{target}>".encode("utf-8")
        self.source = source
        # graphs already in the store: a graph of the file replaces its namesake, dropped first
        self.replace = {g.value for g in self.db.named_graphs() if isinstance(g, ox.NamedNode)}
        self.graphs: dict[bytes, str] = {}  # graph term as written -> IRI
        self.written: set[str] = set()  # graphs whose part this import has begun
        self.blank_lines: list[tuple[int, bytes]] = []  # (line number in the file, line)
        self.blank_format = ox.RdfFormat.N_QUADS
        self.retry: list[_Block] = []
        self.triples = 0
        self.lines = 0
        self.loads = 0
        self.pool = ThreadPoolExecutor(LOADERS, thread_name_prefix="zonegraph-load")
        self.pending: deque[tuple[Future, dict, _Block | None]] = deque()

    # -- the blocks -------------------------------------------------------------------------
    def load(self, blocks: Iterator[bytes], fmt: ox.RdfFormat) -> None:
        self.blank_format = fmt
        for text in blocks:
            if not text.endswith(b"\n"):
                text += b"\n"
            block = _Block(text, fmt, self.lines)
            self.lines += text.count(b"\n")
            if b"_:" in text:  # blank nodes: set aside (an empty line keeps the numbering)
                lines = text.split(b"\n")
                for number, line in enumerate(lines, block.first_line + 1):
                    if b"_:" in line:
                        self.blank_lines.append((number, line))
                block.text = b"\n".join(b"" if b"_:" in line else line for line in lines)
            self._load_block(block)
            self._load_retries()

    def _load_block(self, block: _Block) -> None:
        try:
            if b"\r" in block.text or _COMMENT.search(block.text):
                raise _Careful
            payload, groups = self._cut(block.text, block.fmt)
            if self._stale(groups):
                # a graph to replace is dropped before the load, so the cut must be right before
                # the load could prove it (a line without a graph misread would name its object)
                raise _Careful
        except _Careful:
            block.careful = True
            payload, groups = self._cut(self._normalise(block), ox.RdfFormat.N_QUADS)
        self._submit(payload, groups, block)

    def _cut(self, text: bytes, fmt: ox.RdfFormat) -> tuple[bytes, dict[bytes, list[bytes]]]:
        """The bulk loader's input for a block (its quads, then the same triples in the default
        graph) and the block's triples by graph, with plain byte operations on each line."""
        groups: dict[bytes, list[bytes]] = defaultdict(list)
        if fmt == ox.RdfFormat.N_TRIPLES:
            triples = groups[self.target_text]
            for line in text.split(b"\n"):
                if line:
                    if line[-2:] != b" .":
                        raise _Careful
                    triples.append(line[:-2])
            in_target = b" " + self.target_text + b" .\n"
            return b"".join(t + in_target for t in triples) + text, groups
        for line in text.split(b"\n"):
            if not line:
                continue
            # "<s> <p> <o> <g> ." ends with its graph, and the last " <" begins it (an IRI holds
            # no "<" and no space). A line without a graph, cut this way, leaves two terms or half
            # a literal, which the loader rejects: the block is then loaded the careful way.
            if line[-3:] != b"> .":
                raise _Careful
            cut = line.rfind(b" <")
            if cut <= 0:
                raise _Careful
            groups[line[cut + 1:-2]].append(line[:cut])
        union = b"".join(b" .\n".join(triples) + b" .\n" for triples in groups.values())
        return text + union, groups

    def _normalise(self, block: _Block) -> bytes:
        """A block as canonical N-Quads, every triple in a named graph (an in-memory store reads it)."""
        memory = ox.Store()
        try:
            memory.load(input=block.text, format=block.fmt, to_graph=ox.NamedNode(self.target))
        except SyntaxError as error:
            message = re.sub(r"line (\d+)", lambda m: f"line {int(m[1]) + block.first_line}", _one_line(error))
            raise ZonegraphError(f"cannot parse the file: {message}", self.source) from None
        return memory.dump(format=ox.RdfFormat.N_QUADS)

    def _stale(self, groups: dict[bytes, list[bytes]]) -> list[str]:
        """The graphs of a block that are in the store from before: the import replaces them."""
        return sorted({self._iri(term) for term, triples in groups.items() if triples} & self.replace)

    def _submit(self, payload: bytes, groups: dict[bytes, list[bytes]], block: _Block | None) -> None:
        stale = self._stale(groups)
        if stale:  # drop the graphs this block replaces, once no other load is running
            _refuse_others_graphs(self.writer.manifest, stale, self.source, "it writes", imports=False)  # (nothing is committed)
            self._drain()
            for iri in stale:
                self.writer.drop(iri)
            self.replace -= set(stale)
        while len(self.pending) >= LOADERS:
            self._settle(*self.pending.popleft())
        future = self.pool.submit(self.db.bulk_load, input=payload, format=ox.RdfFormat.N_QUADS)
        self.pending.append((future, groups, block))
        self.loads += 1

    def _settle(self, future: Future, groups: dict, block: _Block | None) -> None:
        try:
            future.result()
        except SyntaxError as error:  # nothing of that block was written
            if block is None or block.careful:
                raise ZonegraphError(f"cannot load the file: {_one_line(error)}", self.source) from None
            self.retry.append(block)  # a line the fast cut misread: load the block the careful way
            return
        self._write_parts(groups)

    def _drain(self) -> None:
        while self.pending:
            self._settle(*self.pending.popleft())

    def _load_retries(self) -> None:
        while self.retry:
            block = self.retry.pop()
            block.careful = True
            self._submit(*self._cut(self._normalise(block), ox.RdfFormat.N_QUADS), block)

    # -- graph names and parts --------------------------------------------------------------
    def _iri(self, term: bytes) -> str:
        try:
            return self.graphs[term]
        except KeyError:
            pass
        if b"\\" in term:  # \u escapes: let the parser read the IRI
            quad = next(iter(ox.parse(input=b"<x:s> <x:p> <x:o> " + term + b" .", format=ox.RdfFormat.N_QUADS)))
            iri = quad.graph_name.value
        else:
            iri = term[1:-1].decode("utf-8")
        self.graphs[term] = iri
        return iri

    def _write_parts(self, groups: dict[bytes, list[bytes]]) -> None:
        """Append each graph's lines to its TriG part (begun, on first sight, as a new file: the
        part of the same name may be a hard link shared with the previous generation)."""
        for term, triples in groups.items():
            if not triples:
                continue
            iri = self._iri(term)
            path = self.writer.parts / part_name(iri)
            body = b"    " + b" .\n    ".join(triples) + b" .\n"
            if iri not in self.written:
                path.unlink(missing_ok=True)
                self.written.add(iri)
                body = b"\n" + term + b" {\n" + body
            with open(path, "ab") as out:
                out.write(body)
            self.triples += len(triples)

    # -- the end ----------------------------------------------------------------------------
    def finish(self) -> list[str]:
        """Load the lines with blank nodes (in one call), close every part; the graphs written."""
        self._drain()
        self._load_retries()
        self._drain()
        if self.blank_lines:
            numbers = [number for number, _ in self.blank_lines]
            block = _Block(b"\n".join(line for _, line in self.blank_lines) + b"\n", self.blank_format, 0, True)
            self.blank_lines = []
            # one in-memory parse names each blank node once for all these lines, and one bulk
            # load keeps it one node in its graph and in the union
            try:
                canonical = self._normalise(block)
            except ZonegraphError as error:  # name the line of the file, not of the set-aside lines
                raise ZonegraphError(re.sub(r"line (\d+)", lambda m: f"line {numbers[min(int(m[1]), len(numbers)) - 1]}",
                                            error.problem), self.source) from None
            try:
                payload, groups = self._cut(canonical, ox.RdfFormat.N_QUADS)
            except _Careful:
                raise ZonegraphError("cannot import a blank node as a graph name: give each graph an IRI",
                                     self.source) from None
            self._submit(payload, groups, None)
            self._drain()
        for iri in self.written:
            with open(self.writer.parts / part_name(iri), "ab") as out:
                out.write(b"}\n")
        if self.loads > 2:
            # each load added its own sorted files to the database; merged (a RocksDB compaction,
            # 2.7 s at 10^6 triples), lookups read one file per level instead of one per load:
            # the heavy named queries run 2-3x faster
            self.db.optimize()
        return sorted(self.written)

    def close(self) -> None:
        for future, _, _ in self.pending:
            future.cancel()
        self.pool.shutdown(wait=True)
        self.pending.clear()
        self.db = None


def _import_memory(build_dir: Path, path: Path, fmt: ox.RdfFormat, target: str, report: ImportReport) -> ImportReport:
    from rdflib import Dataset, URIRef

    from zonegraph.pipeline import GRAPH_FILE
    from zonegraph.queries.engine import load_graph
    from zonegraph.store.documents import memory_graph_owners, memory_summary
    from zonegraph.triples import write_trig

    dataset = load_graph(build_dir / GRAPH_FILE)
    incoming = Dataset()
    rdflib_format = {ox.RdfFormat.TURTLE: "turtle", ox.RdfFormat.TRIG: "trig",
                     ox.RdfFormat.N_TRIPLES: "nt", ox.RdfFormat.N_QUADS: "nquads"}[fmt]
    try:
        if fmt in _WITH_GRAPHS:
            incoming.parse(path, format=rdflib_format, publicID=target)
        else:
            incoming.graph(URIRef(target)).parse(path, format=rdflib_format)
    except Exception as error:  # rdflib's parsers raise many types
        raise ZonegraphError(f"cannot parse the file: {error}", path) from None
    graphs = [(URIRef(target) if str(g.identifier) == "urn:x-rdflib:default" else g.identifier, g)
              for g in incoming.graphs() if len(g)]
    _refuse_others_graphs(memory_graph_owners(dataset), [str(i) for i, _ in graphs], path, "it writes", imports=False)
    for identifier, graph in graphs:
        existing = dataset.graph(identifier)
        existing.remove((None, None, None))
        for triple in graph:
            existing.add(triple)
            report.triples += 1
        report.graphs.append(str(identifier))
    write_trig(dataset, build_dir / GRAPH_FILE)
    report.summary = memory_summary(build_dir, dataset)
    return report
