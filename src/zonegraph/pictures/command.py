"""``zonegraph viz``: write the interactive HTML pictures of the built graph."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import click

from zonegraph.commandline import build_dir_option, reports_errors
from zonegraph.errors import ZonegraphError, quoted
from zonegraph.pictures.measures import SIZE_MEASURES

HTML_FOLDER = "html"
QUERY_VIEWS = ("shared-partner-institutes",)


@click.command()
@click.option("--zone", metavar="NAME", help="One zone's neighbourhood; any of its names (苏州高新区).")
@click.option("--depth", type=int, default=None, help="With --zone: how many relations away to go [default: 1].")
@click.option("--query", "query_view", metavar="NAME",
              help=f"A query view: {', '.join(QUERY_VIEWS)} (zones linked by the institutes they share).")
@click.option("--institute", metavar="NAME", help="Every zone an institute and its sub-organisations reach (浙江大学).")
@click.option("--industry", metavar="NAME", help="Where an industry and its narrower sectors are (集成电路).")
@click.option("--indicator", metavar="NAME", help="A chart of an indicator across zones and years (地区生产总值, GDP).")
@click.option("--type", "kinds", multiple=True, metavar="KIND",
              help="Keep only nodes of this type (Zone, ResearchInstitute, Enterprise, Industry, "
                   "IndustrialCluster, Policy, Organization, or 高新区, 企业 …); repeatable.")
@click.option("--relation", "relations", multiple=True, metavar="RELATION",
              help="Keep only edges of this relation (partnersWith, hostsEnterprise …, or 合作机构 …); repeatable.")
@click.option("--min-confidence", type=float, default=0.0, show_default=True,
              help="Drop relations whose best evidence is less confident than this.")
@click.option("--size-by", type=click.Choice(SIZE_MEASURES), default="degree", show_default=True,
              help="What node size shows at first (the page can switch).")
@click.option("--physics/--no-physics", default=None,
              help="Start with the force simulation on [default: off: the layout computed here keeps labels apart; the page can switch it].")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write one page here [default: BUILD_DIR/html/VIEW.html; with no view, the whole site "
                   "under BUILD_DIR/html/ with index.html].")
@build_dir_option
@reports_errors
def viz(zone: str | None, depth: int | None, query_view: str | None, institute: str | None, industry: str | None,
        indicator: str | None, kinds: tuple[str, ...], relations: tuple[str, ...], min_confidence: float, size_by: str,
        physics: bool | None, output: Path | None, build_dir: Path) -> None:
    """Draw the built graph as interactive HTML that opens offline by double-click."""
    from zonegraph.store.layout import GRAPH_FILE
    from zonegraph.pictures import views
    from zonegraph.pictures.networks import load_knowledge
    from zonegraph.pictures.page import render, write_page
    from zonegraph.pictures.site import INDEX, write_site

    chosen = [flag for flag, value in (("--zone", zone), ("--query", query_view), ("--institute", institute),
                                       ("--industry", industry), ("--indicator", indicator)) if value is not None]
    if len(chosen) > 1:
        raise ZonegraphError(f"choose one view: {' and '.join(chosen)} cannot be combined")
    if depth is not None and zone is None:
        raise ZonegraphError("--depth goes with --zone")
    if query_view is not None and query_view not in QUERY_VIEWS:
        from zonegraph.pictures.names import suggest
        close = suggest(query_view, {name: (name, ()) for name in QUERY_VIEWS})
        raise ZonegraphError(f"unknown query view {quoted(query_view)}; the query views are: {', '.join(QUERY_VIEWS)}"
                             + (f" (did you mean {close[0]}?)" if close else ""))
    if not 0 <= min_confidence <= 1:  # (NaN compared false with both bounds and was taken: named queries refuse it)
        raise ZonegraphError(f"--min-confidence must be a number between 0 and 1, not {min_confidence}")
    if output is not None and not output.parent.is_dir():
        # (a mistyped folder was made, /nonexistent/dir too, and the page left there unseen; as cp, sort -o and
        # curl -o do, a file given is written into a folder that is there; the default BUILD_DIR/html/ is made)
        raise ZonegraphError(f"no folder {output.parent} to write the page into: make it first, or give another -o",
                             output)
    kind_filter = parse_kinds(kinds) if kinds else None
    relation_filter = parse_relations(relations) if relations else None

    if indicator is not None:
        _write_chart(indicator, output, build_dir)
        return
    everything = load_knowledge(build_dir / GRAPH_FILE)
    knowledge = views.with_min_confidence(everything, min_confidence)
    if knowledge is not everything:
        click.echo(f"--min-confidence {min_confidence} leaves out "
                   f"{everything.graph.number_of_edges() - knowledge.graph.number_of_edges()} relations and "
                   f"{everything.graph.number_of_nodes() - knowledge.graph.number_of_nodes()} entities left without one")
    if not chosen and output is None:
        pages = write_site(knowledge, build_dir / HTML_FOLDER, size_by=size_by, kinds=kind_filter,
                           relations=relation_filter)
        click.echo(f"wrote {len(pages)} pages: {pages[0]} (open it in a browser)")
        return
    if zone is not None:
        view = views.neighbourhood(knowledge, views.find_zone(knowledge, zone), 1 if depth is None else depth)
    elif query_view is not None:
        view = views.shared_institutes(knowledge)
    elif institute is not None:
        view = views.institute_reach(knowledge, views.find_institute(knowledge, institute))
    elif industry is not None:
        view = views.industry_view(knowledge, views.find_industry(knowledge, industry))
    else:
        view = views.whole(knowledge)
    if kind_filter is not None or relation_filter is not None:
        view = views.restrict(view, kind_filter, relation_filter)
    path = output or build_dir / HTML_FOLDER / f"{view.name}.html"
    if path.name == INDEX and output is None:  # never let a view overwrite the site's index
        path = path.with_name(f"view-{INDEX}")
    write_page(path, render(view, size_by=size_by, physics=physics))
    stranded = f" ({view.stranded} more left without a relation by the filters, not drawn)" if view.stranded else ""
    click.echo(f"wrote {path}: {view.graph.number_of_nodes()} nodes{stranded}, {view.graph.number_of_edges()} edges")


def _write_chart(name: str, output: Path | None, build_dir: Path) -> None:
    from zonegraph.namespaces import slug
    from zonegraph.pictures.chart import chart_page, indicator_points
    from zonegraph.pictures.page import write_page
    from zonegraph.store.layout import GRAPH_FILE
    from zonegraph.queries.engine import load_graph

    label, points = indicator_points(load_graph(build_dir / GRAPH_FILE), name)
    path = output or build_dir / HTML_FOLDER / f"indicator-{slug(label)}.html"
    write_page(path, chart_page(label, points))
    click.echo(f"wrote {path}: {label}, {len(points)} observations in {len({p.zone for p in points})} zones")


def parse_kinds(values: Iterable[str]) -> list[str]:
    """Node type names as the ontology spells them, from English or Chinese names."""
    from zonegraph.pictures.style import KINDS

    known = {kind.casefold(): kind for kind in KINDS}
    known.update({name: kind for kind, (name, *_) in KINDS.items()})
    known.update({"institute": "ResearchInstitute", "cluster": "IndustrialCluster"})
    return [_pick(value, known, "node type", list(KINDS)) for value in values]


def parse_relations(values: Iterable[str]) -> list[str]:
    """Relation names as the ontology spells them (and the taxonomy's broader), from English or Chinese."""
    from zonegraph.pictures.style import RELATIONS

    known = {relation.casefold(): relation for relation in RELATIONS}
    known.update({name: relation for relation, (name, *_) in RELATIONS.items()})
    return [_pick(value, known, "relation", list(RELATIONS)) for value in values]


def _pick(value: str, known: dict[str, str], what: str, choices: list[str]) -> str:
    key = value.strip()
    found = known.get(key.casefold(), known.get(key))
    if found is None:
        raise ZonegraphError(f"unknown {what} {quoted(value)}; choose from {', '.join(choices)}")
    return found
