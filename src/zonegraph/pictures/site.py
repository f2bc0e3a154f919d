"""The pages of ``zonegraph viz`` with no filter: an index, the whole graph, the shared-institute
network and one page per zone, linked to each other by relative paths so the folder can move."""

from __future__ import annotations

import html
import os
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable

from zonegraph.errors import ZonegraphError
from zonegraph.pictures import style, views
from zonegraph.pictures.networks import Knowledge
from zonegraph.pictures.page import render, write_page
from zonegraph.pictures.views import View

INDEX = "index.html"
WHOLE = "graph.html"
SHARED = "shared-partner-institutes.html"
ZONE_FOLDER = "zone"

# (relation, heading) of the counts the index shows for each zone
_ZONE_COUNTS = (("partnersWith", "合作机构"), ("hostsEnterprise", "企业"), ("hasIndustry", "产业"),
                ("hasCluster", "集群"), ("implementsPolicy", "政策"))


def write_site(knowledge: Knowledge, folder: Path, *, size_by: str = "degree",
               kinds: Iterable[str] | None = None, relations: Iterable[str] | None = None) -> list[Path]:
    """Write every page under ``folder``; returns the paths written, the index first."""
    kinds = list(kinds) if kinds is not None else None
    relations = list(relations) if relations is not None else None
    shape: Callable[[View], View] = (
        (lambda view: views.restrict(view, kinds, relations)) if kinds is not None or relations is not None
        else (lambda view: view))
    zones = sorted((n for n, k in knowledge.graph.nodes(data="kind") if k == "Zone"), key=lambda n: _zone_order(knowledge, n))
    zone_file = {zone: f"{ZONE_FOLDER}/{views.slug_of(zone)}.html" for zone in zones}
    written: list[Path] = []

    def page(view: View, relative: str) -> None:
        here = (folder / relative).parent
        links = {zone: _relative(folder / target, here) for zone, target in zone_file.items()}
        text = render(view, size_by=size_by, links=links, home=_relative(folder / INDEX, here))
        written.append(write_page(folder / relative, text))

    page(shape(views.whole(knowledge)), WHOLE)
    try:
        shared = shape(views.shared_institutes(knowledge))
    except ZonegraphError:
        shared = None  # no two zones share an institute: the index says so instead of linking
    if shared is not None:
        page(shared, SHARED)
    for zone in zones:
        page(shape(views.neighbourhood(knowledge, zone, 1)), zone_file[zone])
    index = write_page(folder / INDEX, index_page(knowledge, zones, zone_file, shared is not None))
    return [index] + written


def index_page(knowledge: Knowledge, zones: list[str], zone_file: dict[str, str], has_shared: bool) -> str:
    """The index: what each view answers, and every zone by province with its relation counts."""
    graph = knowledge.graph
    esc = html.escape
    kinds = Counter(kind for _, kind in graph.nodes(data="kind"))
    rows = []
    province = None
    for zone in zones:
        data = graph.nodes[zone]
        if data.get("province") != province:
            province = data.get("province")
            rows.append(f'<tr class="province"><th colspan="{3 + len(_ZONE_COUNTS)}">{esc(province or "（省份不详）")}</th></tr>')
        counts = Counter(key for _, _, key in graph.out_edges(zone, keys=True))
        short = [a for a in data["aliases"] if a.endswith("高新区")]
        cells = "".join(f"<td>{counts.get(relation, 0) or ''}</td>" for relation, _ in _ZONE_COUNTS)
        rows.append(
            f'<tr><td><a href="{esc(zone_file[zone])}">{esc(data["label"])}</a></td>'
            f'<td>{esc("、".join(sorted(short, key=len)[:1]))}</td><td>{esc(data.get("city") or "")}</td>{cells}</tr>')
    heads = "".join(f"<th>{esc(h)}</th>" for _, h in _ZONE_COUNTS)
    shared = (f'<li><a href="{SHARED}">共享合作机构的高新区</a>：哪些高新区与同一科研机构合作，或与同属一个上级的机构合作'
              '（如浙大工研院与浙江大学绍兴研究院同属浙江大学）。连线越粗，共享的机构越多；颜色是社区（Louvain）。</li>'
              if has_shared else "<li>共享合作机构：图中没有两个高新区共享合作机构。</li>")
    summary = "，".join(f"{style.KINDS[k][0]} {n}" for k in style.KINDS if (n := kinds.get(k)))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="zonegraph viz">
<title>zonegraph：国家高新区关系图</title>
<style>{_INDEX_STYLE}</style>
</head>
<body>
<h1>zonegraph：国家高新区关系图</h1>
<p>由 <code>zonegraph build</code> 建成的图生成：{graph.number_of_nodes()} 个节点、{graph.number_of_edges()} 条关系（{summary}）。
每个页面都可离线打开；悬停节点看名称、别名和地区，悬停连线看关系及其原文证据。</p>
<h2>视图</h2>
<ul class="views">
<li><a href="{WHOLE}">全图</a>：所有高新区、科研机构、企业、产业、产业集群和政策之间的关系，谁与谁合作。</li>
{shared}
<li>各高新区的页面（下表）：一个高新区的合作机构、企业、产业、集群与政策。</li>
<li>命令行还可生成：<code>zonegraph viz --institute 浙江大学</code>（一所机构及其下属机构连接的所有高新区），
<code>zonegraph viz --industry 集成电路</code>（一个产业及其细分产业分布在哪些高新区和集群），
<code>zonegraph viz --zone 苏州高新区 --depth 2</code>（两步以内的关系）。</li>
</ul>
<h2>高新区（{len(zones)}）</h2>
<table>
<thead><tr><th>高新区</th><th>简称</th><th>城市</th>{heads}</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
</body>
</html>
"""


_INDEX_STYLE = """
body { margin: 24px auto; max-width: 960px; padding: 0 16px; color: #222;
  font: 15px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
h1 { font-size: 24px; } h2 { font-size: 18px; margin-top: 28px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid #eee; }
td:nth-child(n+4), th:nth-child(n+4) { text-align: right; }
tr.province th { background: #f3f3f3; padding-top: 8px; }
code { background: #f5f5f5; padding: 0 3px; }
.views li { margin: 6px 0; }
"""


def _zone_order(knowledge: Knowledge, zone: str) -> tuple[str, str]:
    data = knowledge.graph.nodes[zone]
    return (data.get("province") or "\uffff", data["label"])


def _relative(target: Path, start: Path) -> str:
    return Path(os.path.relpath(target, start)).as_posix()
