"""Shared fixtures: the shipped corpus built once per test session, and a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory):
    """The shipped corpus built with the library, once: (BuildResult, build_dir)."""
    from zonegraph.pipeline import build

    build_dir = tmp_path_factory.mktemp("corpus-build")
    return build(CORPUS, build_dir), build_dir


def run_cli(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the installed ``zonegraph`` command as a user would, capturing its output."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("ZONEGRAPH_BUILD_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "zonegraph", *args], input=stdin, capture_output=True, text=True,
        encoding="utf-8", cwd=cwd, env=env, timeout=300,
    )


def bad_and_good_queries(folder: Path) -> None:
    """A folder of one's own named queries: three files that are none (not UTF-8, empty, a type unknown) and one
    good one, zone-count."""
    folder.mkdir(exist_ok=True)
    (folder / "latin.rq").write_bytes(b"# title: \xff\nSELECT * WHERE { ?s ?p ?o }\n")
    (folder / "empty.rq").write_bytes(b"")
    (folder / "zebra.rq").write_text("# title: Z\n# param zone (zebra): a zone\nSELECT * WHERE { ?s ?p $zone }\n",
                                     encoding="utf-8")
    (folder / "zone-count.rq").write_text("# title: Zones counted\n# description: how many zones\n"
                                          "SELECT (COUNT(?z) AS ?n) WHERE { ?z a zg:Zone }\n", encoding="utf-8")
