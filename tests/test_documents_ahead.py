"""PDFs' pages read by worker processes give the text, the graph and the errors one process gives."""

from __future__ import annotations

import os
import shutil
import signal
import threading
import time
from pathlib import Path

import pytest

import zonegraph.documents.ahead as pages_module
import zonegraph.mentions.ahead as mentions_module
from zonegraph.documents.ahead import PagesAhead, Workers, pdf_files
from zonegraph.documents.formats import document_text
from zonegraph.errors import ZonegraphError
from zonegraph.pipeline import build
from zonegraph.store.documents import ingest

from conftest import CORPUS

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
PAGES = FIXTURES / "pages.pdf"  # five pages, a zone's news item each


@pytest.fixture
def workers(request):
    pool = Workers(getattr(request, "param", 2))
    yield pool
    pool.close()


@pytest.mark.parametrize("workers", [2, 3], indirect=True)
def test_workers_sharing_a_pdfs_pages_read_the_text_one_process_reads(workers):
    ahead = PagesAhead(workers, [PAGES])
    text, kind = ahead.text_of(PAGES.read_bytes(), PAGES)
    assert (text, kind) == document_text(PAGES.read_bytes(), PAGES)
    assert [line[:4] for line in text.splitlines()[::2]] == ["苏州高新", "合肥高新", "武汉东湖", "西安高新", "成都高新"]


def test_a_pdf_the_workers_cannot_read_is_refused_naming_the_file(workers):
    encrypted = FIXTURES / "encrypted.pdf"
    ahead = PagesAhead(workers, [encrypted])
    with pytest.raises(ZonegraphError, match="encrypted") as raised:
        ahead.text_of(encrypted.read_bytes(), encrypted)
    assert raised.value.path == str(encrypted)


def test_files_not_given_to_the_workers_are_read_here(workers, tmp_path):
    text = tmp_path / "news.txt"
    text.write_text("苏州高新区与南京大学共建研究院。", encoding="utf-8")
    changed = tmp_path / "changed.pdf"
    shutil.copy(PAGES, changed)
    assert pdf_files([text, changed, tmp_path / "gone.pdf"]) == [changed]
    ahead = PagesAhead(workers, [changed])
    assert ahead.text_of(text.read_bytes(), text) == document_text(text.read_bytes(), text)
    changed.write_text("合肥高新区与中国科学技术大学共建实验室。", encoding="utf-8")  # (no longer a PDF when read)
    assert ahead.text_of(changed.read_bytes(), changed) == ("合肥高新区与中国科学技术大学共建实验室。", "utf-8")


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for name in ("pages.pdf", "zone_news.pdf", "encrypted.pdf", "three_lines.pdf"):
        shutil.copy(FIXTURES / name, folder / name)
    shutil.copy(sorted(CORPUS.glob("*.txt"))[0], folder)
    return folder


def _read_by_workers(monkeypatch, ahead: bool) -> list[list[str]]:
    """Every PDF read by workers (or none), and the PDFs each ``PagesAhead`` was given."""
    monkeypatch.setattr(pages_module, "PDF_AHEAD_MIN_BYTES", 1 if ahead else 10**12)
    monkeypatch.setattr(pages_module, "can_fork_workers", lambda: True)
    given: list[list[str]] = []
    original = PagesAhead.__init__
    monkeypatch.setattr(PagesAhead, "__init__",
                        lambda self, workers, pdfs: given.append([p.name for p in pdfs]) or original(self, workers, pdfs))
    return given


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
def test_a_build_whose_pdfs_are_read_by_workers_is_the_build_without(tmp_path, monkeypatch, store):
    corpus = _corpus(tmp_path / "corpus")
    _read_by_workers(monkeypatch, False)
    alone = build(corpus, tmp_path / "alone", store)
    given = _read_by_workers(monkeypatch, True)
    ahead = build(corpus, tmp_path / "ahead", store)
    assert given == [["encrypted.pdf", "pages.pdf", "three_lines.pdf", "zone_news.pdf"]]
    assert (tmp_path / "ahead" / "graph.trig").read_bytes() == (tmp_path / "alone" / "graph.trig").read_bytes()
    assert [str(e) for e in ahead.errors] == [str(e) for e in alone.errors] == [f"{corpus / 'encrypted.pdf'}: "
                                                                                "the PDF is encrypted: it cannot be read without its password"]


def test_the_mention_workers_read_the_pdfs_pages_first(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus")
    alone = build(corpus, tmp_path / "alone", "memory")
    given = _read_by_workers(monkeypatch, True)
    monkeypatch.setattr(mentions_module, "AHEAD_MIN_CHARS", 1)  # the mention workers are forked before reading
    monkeypatch.setattr(mentions_module, "can_fork_workers", lambda: True)
    monkeypatch.setattr(mentions_module, "can_run_ahead", lambda documents: True)
    built = []
    # (the pool's first task once waited for mentions while reading waited for pages: a hang, not a failure)
    worker = threading.Thread(target=lambda: built.append(build(corpus, tmp_path / "ahead", "memory")), daemon=True)
    worker.start()
    worker.join(timeout=120)
    assert built, "the build did not end"
    assert given == [["encrypted.pdf", "pages.pdf", "three_lines.pdf", "zone_news.pdf"]]
    assert (tmp_path / "ahead" / "graph.trig").read_bytes() == (tmp_path / "alone" / "graph.trig").read_bytes()
    assert built[0].summary == alone.summary


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
def test_an_ingest_whose_pdfs_are_read_by_workers_is_the_ingest_without(tmp_path, monkeypatch, store):
    corpus = _corpus(tmp_path / "corpus")
    files = sorted(corpus.iterdir())
    results = {}
    for way, ahead in (("alone", False), ("ahead", True)):
        given = _read_by_workers(monkeypatch, ahead)
        build(CORPUS, tmp_path / way, store)
        report = ingest(tmp_path / way, files)
        assert ingest(tmp_path / way, files).unchanged == [p.name for p in files if p.name != "encrypted.pdf"]
        results[way] = ((tmp_path / way / "graph.trig").read_bytes(), report.added, report.replaced, report.unchanged,
                        [str(e) for e in report.errors])
        # (the corpus file already built is unchanged: only the PDFs are read, the second time none)
        assert given == ([["encrypted.pdf", "pages.pdf", "three_lines.pdf", "zone_news.pdf"], ["encrypted.pdf"]]
                         if ahead else [])
    assert results["ahead"] == results["alone"]
    assert results["ahead"][1] == ["pages.pdf", "three_lines.pdf", "zone_news.pdf"]


def _interrupted() -> str:
    os.kill(os.getpid(), signal.SIGINT)  # (Ctrl-C reaches every process of the terminal's group)
    time.sleep(0.2)
    return "read on"


def test_the_workers_leave_ctrl_c_to_the_main_process(workers):
    # (a worker that took it would die printing a traceback, and its task would never end)
    assert workers.pool.apply_async(_interrupted).get(timeout=30) == "read on"


def _killed() -> None:
    os.kill(os.getpid(), signal.SIGKILL)  # (as the OOM killer ends a process)


def test_a_task_a_killed_worker_lost_is_done_here_not_waited_for_for_ever(workers, caplog):
    started = time.monotonic()
    assert workers.result(workers.pool.apply_async(_killed), lambda: "done here") == "done here"
    assert time.monotonic() - started < 60
    # from then on a result not ready is made here too (which task the dead worker held cannot be told)
    assert workers.result(workers.pool.apply_async(time.sleep, (30,)), lambda: "done here") == "done here"
    assert workers.result(workers.pool.apply_async(abs, (-3,)), lambda: "done here") in (3, "done here")
    assert [r.getMessage() for r in caplog.records] == [  # (said once)
        "zonegraph: warning: a worker process died (killed from outside: out of memory?); "
        "what it had not finished is done in the main process"]


def test_a_build_whose_worker_is_killed_builds_every_document(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus")
    alone = build(corpus, tmp_path / "alone", "memory")
    _read_by_workers(monkeypatch, True)
    original = PagesAhead.__init__

    def with_one_killed(self, workers, pdfs):
        workers.pool.apply_async(_killed)  # (a worker dies as the pages are given out: what is not ready is read here)
        original(self, workers, pdfs)

    monkeypatch.setattr(PagesAhead, "__init__", with_one_killed)
    ahead = build(corpus, tmp_path / "ahead", "memory")
    assert (tmp_path / "ahead" / "graph.trig").read_bytes() == (tmp_path / "alone" / "graph.trig").read_bytes()
    assert [str(e) for e in ahead.errors] == [str(e) for e in alone.errors]


def test_zonegraph_text_prints_the_pages_workers_read(monkeypatch):
    from click.testing import CliRunner

    from zonegraph.cli import main

    alone = CliRunner().invoke(main, ["text", str(PAGES), str(FIXTURES / "zone_news.pdf")])
    given = _read_by_workers(monkeypatch, True)
    ahead = CliRunner().invoke(main, ["text", str(PAGES), str(FIXTURES / "zone_news.pdf")])
    assert given == [["pages.pdf", "zone_news.pdf"]]
    assert ahead.exit_code == alone.exit_code == 0 and ahead.output == alone.output
    assert "==> " in ahead.output and "成都高新区与电子科技大学" in ahead.output


def test_an_ingest_reports_its_files_errors_in_the_files_order(tmp_path):
    (tmp_path / "new").mkdir()
    broken = tmp_path / "new" / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00" * 300 + b"\n%%EOF\n")  # (read in the second pass: a PDF that is no PDF)
    lower, upper = tmp_path / "new" / "x.txt", tmp_path / "X.txt"  # (the second refused in the first pass: one IRI)
    lower.write_text("苏州高新区与南京大学共建研究院。", encoding="utf-8")
    upper.write_text("合肥高新区与中国科学技术大学共建实验室。", encoding="utf-8")
    build(CORPUS, tmp_path / "b", "memory")
    report = ingest(tmp_path / "b", [broken, lower, upper])
    assert [error.path for error in report.errors] == [str(broken), str(upper)]
    assert report.added == ["x.txt"]
