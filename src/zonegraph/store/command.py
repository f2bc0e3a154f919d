"""The store's commands: ingest, remove, import and push (cli.py registers them).

Each imports the store only when it runs, so that ``zonegraph --help`` stays quick.
"""

from __future__ import annotations

from pathlib import Path

import click

from zonegraph.commandline import build_dir_option, exit_if_skipped, progress_line, reports_errors


def _print_summary(summary: dict) -> None:
    if not summary:
        return
    imported = summary.get("imported", 0)
    click.echo(f"documents  {summary.get('documents', 0)}"
               + (f", and {imported} imported graph{'s' if imported > 1 else ''}" if imported else ""))
    click.echo("entities   " + ", ".join(f"{k} {v}" for k, v in summary.get("entities", {}).items()))
    click.echo("relations  " + ", ".join(f"{k} {v}" for k, v in summary.get("relations", {}).items()))
    click.echo(f"triples    {summary.get('triples', 0)}")


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@build_dir_option
@reports_errors
def ingest(files: tuple[Path, ...], build_dir: Path) -> None:
    """Add documents to the built graph: new files join it, changed files replace their graph,
    unchanged files change nothing. Entities join the nodes they already have."""
    from zonegraph.store.layout import GRAPH_FILE
    from zonegraph.store.documents import ingest as run_ingest

    with progress_line() as progress:
        report = run_ingest(build_dir, list(files), progress)
    for name in report.added:
        click.echo(f"added      {name}")
    for name in report.replaced:
        click.echo(f"replaced   {name}")
    for name in report.unchanged:
        click.echo(f"unchanged  {name}")
    for name, holder in report.duplicates:
        click.echo(f"skipped    {name} (the same bytes as {holder}, which the graph holds: its text is read once)")
    _print_summary(report.summary)
    if report.changed:
        click.echo(f"graph      {build_dir / GRAPH_FILE}")
    exit_if_skipped(report.errors, "ingested")


@click.command()
@click.argument("file_name")
@build_dir_option
@reports_errors
def remove(file_name: str, build_dir: Path) -> None:
    """Drop one document's graph, or an imported file's graphs (by the file's name), and whatever only they supported."""
    from zonegraph.errors import ZonegraphError
    from zonegraph.store.documents import remove as run_remove

    if not run_remove(build_dir, Path(file_name).name):
        raise ZonegraphError("no document or imported file of this name in the built graph", file_name)
    click.echo(f"removed    {Path(file_name).name}")


@click.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--graph", "graph", metavar="IRI", default=None,
              help="Graph for the file's triples outside named graphs [default: id:import/<file name>].")
@click.option("--format", "format_name", type=click.Choice(["turtle", "trig", "nt", "nquads"]), default=None,
              help="The file's syntax [default: by its extension].")
@build_dir_option
@reports_errors
def import_command(file: Path, graph: str | None, format_name: str | None, build_dir: Path) -> None:
    """Load existing RDF (Turtle, TriG, N-Triples, N-Quads) into the built graph."""
    from zonegraph.store.importing import import_file

    report = import_file(build_dir, file, graph, format_name)
    if report.unchanged:
        click.echo(f"unchanged  {file.name} (already imported)")
        return
    click.echo(f"imported   {report.triples} triples into {len(report.graphs)} graph(s) from {file.name}"
               + (" (replacing its earlier import)" if report.replaced else ""))
    _print_summary(report.summary)


@click.command()
@click.argument("url")
@click.option("--no-union", is_flag=True, help="Do not write the union of the graphs to the remote default graph.")
@click.option("--clear", "clear_update", metavar="UPDATE_URL", default=None,
              help="Then delete every other graph of the remote with an update sent to this SPARQL Update "
                   "endpoint (only once every PUT has succeeded).")
@build_dir_option
@reports_errors
def push(url: str, no_union: bool, clear_update: str | None, build_dir: Path) -> None:
    """Upload the built graph to a SPARQL 1.1 Graph Store Protocol endpoint (e.g. http://host:7878/store)."""
    from zonegraph.store.remote import push as run_push

    report = run_push(build_dir, url, union=not no_union, clear_update=clear_update)
    click.echo(f"pushed     {report.graphs} graphs, {report.triples} triples to {url}")
    if report.union:
        click.echo(f"union      {report.union} triples to the default graph")
    for name in report.skipped:
        click.echo(f"skipped    {name} (a blank-node graph name)")


STORE_COMMANDS = (ingest, remove, import_command, push)
