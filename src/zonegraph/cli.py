"""The zonegraph command line: a thin layer over the library, one command per job."""

from __future__ import annotations

import atexit
import gc
from pathlib import Path

import click

from zonegraph.commandline import build_dir_option, exit_if_skipped, progress_line, reports_errors
from zonegraph.errors import ZonegraphError, quoted

# Once a command is over, the collection Python makes as it exits visits every object still alive
# (the finders' tables, a build's caches: 0.2-0.4 s after a 3 MB build) to free almost nothing;
# frozen first, they are skipped. Only at exit: a process that runs several commands (the tests)
# keeps collecting as before.
atexit.register(gc.freeze)


@click.group()
@click.version_option(package_name="zonegraph")
def main() -> None:
    """Chinese documents about national high-tech zones in, a provenance-backed RDF graph out."""


from zonegraph.store.command import STORE_COMMANDS  # noqa: E402  (ingest, remove, import, push)

for _command in STORE_COMMANDS:
    main.add_command(_command)


@main.command()
@click.option("--corpus", type=click.Path(path_type=Path), default=None,
              help="Folder of documents [default: the shipped data/corpus].")
@click.option("--store", type=click.Choice(["oxigraph", "memory"]), default="oxigraph", show_default=True,
              help="oxigraph: a persistent store under BUILD_DIR/store/ (fast queries, incremental ingest); "
                   "memory: graph.trig alone, read into rdflib's memory store by each command.")
@build_dir_option
@reports_errors
def build(corpus: Path | None, store: str, build_dir: Path) -> None:
    """Read the corpus, extract and resolve, write BUILD_DIR/graph.trig (and the store) and print a summary."""
    from zonegraph.pipeline import GRAPH_FILE, build as run_build
    from zonegraph.resources import default_corpus

    with progress_line() as progress:
        result = run_build(corpus or default_corpus(), build_dir, store=store, progress=progress)
    summary = result.summary
    click.echo(f"documents  {summary['documents']}{_formats_read(result.documents)}")
    click.echo("entities   " + ", ".join(f"{k} {v}" for k, v in summary["entities"].items()))
    click.echo("relations  " + ", ".join(f"{k} {v}" for k, v in summary["relations"].items()))
    click.echo(f"evidence   {summary['evidence']}")
    click.echo(f"figures    {summary['observations']} indicator observations, {summary['projects']} projects")
    click.echo(f"triples    {summary['triples']}")
    click.echo(f"seconds    {result.seconds:.2f}")
    click.echo(f"graph      {build_dir / GRAPH_FILE}")
    if result.warnings:
        click.echo(f"warnings   {len(result.warnings)} figures not read or doubtful, listed in {build_dir / 'warnings.txt'}")
    exit_if_skipped(result.errors, "built")


def _formats_read(documents: list) -> str:
    """How many documents of each format a corpus held, where it held more than text: " (3 text, 1 PDF)"."""
    from collections import Counter

    from zonegraph.documents.formats import format_name

    counts = Counter(format_name(document.encoding) for document in documents)
    return "" if set(counts) <= {"text"} else " (" + ", ".join(f"{n} {name}" for name, n in sorted(counts.items())) + ")"


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@reports_errors
def text(files: tuple[Path, ...]) -> None:
    """Print the text zonegraph reads from FILES (text, web page, PDF, OFD, Word or e-mail): what evidence offsets index.

    With several files each comes under a ==> NAME <== line; a folder gives its documents, as a corpus folder's
    are read. A file that cannot be read is named and the others printed."""
    from zonegraph.documents.ahead import pages_ahead
    from zonegraph.documents.reading import files_given, read_document

    given = files
    files, errors = files_given(given)
    alone = len(given) == 1 and len(files) == 1 and not errors  # one file: its text, nothing around it
    with pages_ahead(files) as pages:  # (a long PDF's pages shared among workers, as a build reads them)
        for number, path in enumerate(files):
            try:
                document = read_document(path, pages=pages)
            except ZonegraphError as error:
                if alone:
                    raise
                errors.append(error)
                continue
            if not alone:
                click.echo(f"{chr(10) if number else ''}==> {path} <==")
            click.echo(document.raw)
    exit_if_skipped(errors, "printed")


@main.command("queries")
@reports_errors
def list_queries() -> None:
    """List the named queries with their descriptions and parameters; a file that is none is named and skipped."""
    from zonegraph.queries.named import named_queries

    skipped: dict[str, ZonegraphError] = {}
    for name, query in named_queries(skipped=skipped).items():
        click.echo(f"{name}\n    {query.title}: {query.description}")
        for parameter in query.parameters.values():
            default = f" [default: {parameter.default}]" if parameter.default is not None else " (required)"
            kind = f"{parameter.type} {parameter.bounds}".strip()
            click.echo(f"    --param {parameter.name}=… ({kind}) {parameter.description}{default}")
    exit_if_skipped(list(skipped.values()), "listed", "named queries")


@main.command()
@click.argument("reference")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="A query parameter; repeatable.")
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "json", "csv", "csv-excel", "tsv", "xml", "turtle", "nt", "json-ld"]),
              help="csv-excel: CSV with a UTF-8 byte order mark, which Excel on Windows needs to read Chinese.")
@click.option("--endpoint", metavar="URL", default=None,
              help="Run on this SPARQL 1.1 query endpoint instead of the built graph (e.g. http://host:7878/query).")
@build_dir_option
@reports_errors
def query(reference: str, params: tuple[str, ...], fmt: str, endpoint: str | None, build_dir: Path) -> None:
    """Run a named query, a .rq file, SPARQL text, or - (SPARQL on stdin) on the built graph or an --endpoint."""
    from zonegraph.store.layout import GRAPH_FILE
    from zonegraph.queries.engine import is_update, load_graph, run_sparql
    from zonegraph.queries.formats import render
    from zonegraph.queries.named import find_query

    skipped: dict[str, ZonegraphError] = {}
    named = find_query(reference, skipped)
    for error in skipped.values():  # (a broken file of one's own, seen rather than merely missing)
        click.echo(f"zonegraph: warning: {error} (skipped; the other named queries work)", err=True)
    values = {}
    for item in params:
        if "=" not in item:
            raise ZonegraphError(f"parameter {quoted(item)} is not NAME=VALUE", named.where)
        key, value = item.split("=", 1)
        if key.strip() in values:  # (the last one was taken without a word)
            raise ZonegraphError(f"parameter {key.strip()} given twice: a query takes one value each", named.where)
        values[key.strip()] = value.strip()  # (a name pasted with a space after it matched nothing)
    text = named.bind(values)
    if is_update(text):  # (it read as a query the parser could not parse: "malformed SPARQL: … expected CONSTRUCT")
        raise ZonegraphError("SPARQL Update is refused: zonegraph query only reads; the graph changes through "
                             "zonegraph build, ingest, remove or import (and push, for an endpoint's)", named.where)
    if endpoint:  # (the notes below asked the built graph, so a remote run had none)
        from zonegraph.store.remote import remote_query

        run = lambda sparql: remote_query(endpoint, sparql, named.where)  # noqa: E731
    else:
        dataset = load_graph(build_dir / GRAPH_FILE)
        run = lambda sparql: run_sparql(dataset, sparql, named.where)  # noqa: E731
    result, read = run(text), values
    if result.type == "SELECT" and not len(result):
        from zonegraph.queries.named import names_not_in_graph, read_names

        read = read_names(named, values, run)  # (蘇州高新區 named nothing: read as 苏州高新区, as documents are)
        if read != values:
            result = run(named.bind(read))
    if fmt == "csv-excel":  # bytes, UTF-8 whatever the console's encoding (a redirect on Windows: its code page)
        click.get_binary_stream("stdout").write(render(result, fmt).encode("utf-8"))
    else:
        click.echo(render(result, fmt), nl=False)
    if result.type == "SELECT" and not len(result):
        for note in names_not_in_graph(named, read, run, typed=values):
            click.echo(f"zonegraph: note: {note}", err=True)


@main.command()
@build_dir_option
@reports_errors
def validate(build_dir: Path) -> None:
    """SHACL-check the built graph against ontology/shapes.ttl."""
    from zonegraph.store.layout import GRAPH_FILE
    from zonegraph.queries.engine import load_graph
    from zonegraph.validation import validate as run_validate

    conforms, text = run_validate(load_graph(build_dir / GRAPH_FILE))
    if conforms:
        click.echo("conforms: the graph satisfies every shape of ontology/shapes.ttl")
        return
    click.echo(text)
    raise ZonegraphError("the graph does not conform to ontology/shapes.ttl", build_dir / GRAPH_FILE)


@main.command()
@click.argument("gold", type=click.Path(path_type=Path))
@click.option("--errors", "show_errors", is_flag=True, help="Also list false positives and negatives.")
@click.option("--per-document", is_flag=True, help="Also print totals for each gold document.")
@build_dir_option
@reports_errors
def evaluate(gold: Path, show_errors: bool, per_document: bool, build_dir: Path) -> None:
    """Score the built graph against gold annotations (a JSON file or a folder of them)."""
    from zonegraph.evaluation import load_gold, per_document as by_document, report, score
    from zonegraph.store.layout import GRAPH_FILE
    from zonegraph.queries.engine import load_graph

    dataset, golds = load_graph(build_dir / GRAPH_FILE), load_gold(gold)
    entities, relations = score(dataset, golds)
    click.echo(report(entities, relations))
    if per_document:
        click.echo(f"\n{'document':<28}{'entity P':>9}{'R':>6}{'F1':>6}{'relation P':>12}{'R':>6}{'F1':>6}")
        for name, e, r in by_document(dataset, golds):
            click.echo(f"{name:<28}{e.precision:>9.2f}{e.recall:>6.2f}{e.f1:>6.2f}{r.precision:>12.2f}{r.recall:>6.2f}{r.f1:>6.2f}")
    if show_errors:
        for name, tally in {**entities, **relations}.items():
            for document, item in tally.false_positives:
                click.echo(f"FP {name:<18} {document}  {item}")
            for document, item in tally.false_negatives:
                click.echo(f"FN {name:<18} {document}  {item}")
from zonegraph.pictures.command import viz  # noqa: E402
main.add_command(viz)
from zonegraph.serve.command import serve  # noqa: E402
main.add_command(serve)
