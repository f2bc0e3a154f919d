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
