"""Benchmark: how long the whole-corpus graph page takes to become interactive in headless Chromium.

Run on demand (never as a timed test):

    python bench/viz_interactive.py                 # build the shipped corpus in a temp folder
    python bench/viz_interactive.py --build-dir build --runs 7

Each run starts a fresh Chromium with an empty profile (a cold cache, as a user double-clicking
the file), opens the page from file:// and measures:

- ready: the page's own clock (performance.now(), from navigation start) when vis-network has
  drawn the first frame and every control is wired: the page is interactive from then on;
- wall: from the DevTools Page.navigate command to the test seeing the page ready (includes
  polling, at most ~20 ms);
- click: from a mouse click on the biggest node to the node being selected and its details shown;
- physics: from switching the force simulation on to its 'stabilized' event.

The budget (default 3 s) applies to the median of ready and of wall; the exit status is 1 when
it is exceeded, so the script can gate a release.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from zonegraph.pictures import views
from zonegraph.pictures.browser import Chromium, find_chromium
from zonegraph.pictures.networks import load_knowledge
from zonegraph.pictures.page import render, write_page


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build-dir", type=Path, default=None,
                        help="a folder with graph.trig [default: build the shipped corpus in a temporary folder]")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--budget", type=float, default=3.0, help="seconds [default: 3]")
    args = parser.parse_args()
    if find_chromium() is None:
        print("no Chromium: apt-get install chromium", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="zonegraph-bench-") as scratch:
        build_dir = args.build_dir
        if build_dir is None or not (build_dir / "graph.trig").exists():
            from zonegraph.pipeline import build
            from zonegraph.resources import default_corpus

            build_dir = Path(scratch) / "build"
            build(default_corpus(), build_dir)
        started = time.perf_counter()
        view = views.whole(load_knowledge(build_dir / "graph.trig"))
        page = write_page(Path(scratch) / "graph.html", render(view))
        python_seconds = time.perf_counter() - started
        nodes, edges = view.graph.number_of_nodes(), view.graph.number_of_edges()
        print(f"whole corpus graph: {nodes} nodes, {edges} edges, page {page.stat().st_size / 1e6:.2f} MB, "
              f"written in {python_seconds:.2f} s (load, layout, HTML)")
        rows = [run_once(page, nodes) for _ in range(args.runs)]

    print(f"{'run':>3} {'ready ms':>9} {'wall ms':>8} {'click ms':>9} {'physics ms':>11} {'browser start ms':>17}")
    for number, row in enumerate(rows, 1):
        print(f"{number:>3} {row['ready']:>9.0f} {row['wall']:>8.0f} {row['click']:>9.0f} {row['physics']:>11.0f} "
              f"{row['start']:>17.0f}")
    medians = {key: statistics.median(row[key] for row in rows) for key in rows[0]}
    print(f"median: ready {medians['ready']:.0f} ms, wall {medians['wall']:.0f} ms, click {medians['click']:.0f} ms, "
          f"physics settles in {medians['physics']:.0f} ms; worst wall {max(r['wall'] for r in rows):.0f} ms")
    within = max(medians["ready"], medians["wall"]) <= args.budget * 1000
    print(f"budget {args.budget:.1f} s: {'met' if within else 'EXCEEDED'}")
    return 0 if within else 1


def run_once(page: Path, nodes: int) -> dict[str, float]:
    """One cold start: a new Chromium, the page opened, clicked and its physics switched on."""
    started = time.monotonic()
    with Chromium(width=1400, height=900) as browser:
        start = (time.monotonic() - started) * 1000
        sent = time.monotonic()
        visit = browser.open(page)
        wall = (time.monotonic() - sent) * 1000
        if visit.console_errors or visit.external_requests:
            raise SystemExit(f"the page misbehaved: {visit.console_errors} {visit.external_requests}")
        if browser.evaluate("zgNetwork.body.nodeIndices.length") != nodes:
            raise SystemExit("the canvas does not hold every node")
        ready = browser.evaluate("window.zgTimings.ready")
        point = browser.evaluate("""(function () {
            var box = document.getElementById('zg-network').getBoundingClientRect();
            var biggest = zgData.nodes.slice().sort(function (a, b) { return b.size.degree - a.size.degree; })[0];
            var at = zgNetwork.canvasToDOM(zgNetwork.getPositions([biggest.id])[biggest.id]);
            return {x: at.x + box.left, y: at.y + box.top}; })()""")
        clicked = time.monotonic()
        browser.click(point["x"], point["y"])
        browser.wait_for("zgNetwork.getSelectedNodes().length === 1 && "
                         "document.querySelector('#zg-details h2') !== null", timeout=30)
        click = (time.monotonic() - clicked) * 1000
        physics = browser.evaluate("""new Promise(function (resolve) {
            var t0 = performance.now();
            zgNetwork.once('stabilized', function () { resolve(performance.now() - t0); });
            document.getElementById('zg-physics').click(); })""")
    return {"ready": ready, "wall": wall, "click": click, "physics": physics, "start": start}


if __name__ == "__main__":
    sys.exit(main())
