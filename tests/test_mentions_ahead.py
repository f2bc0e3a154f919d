"""Mentions found ahead in worker processes give the graph found in the main process."""

from __future__ import annotations

import pytest

import zonegraph.documents.reading as reading_module
import zonegraph.mentions.ahead as ahead_module
from zonegraph.documents import read_corpus
from zonegraph.mentions.ahead import MentionsAhead, document_mentions, sentence_texts
from zonegraph.pipeline import build
from zonegraph.store.documents import ingest

from conftest import CORPUS


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
def test_a_build_with_mentions_found_ahead_is_the_build_without(tmp_path, monkeypatch, store):
    monkeypatch.setattr(ahead_module, "can_run_ahead", lambda documents: False)
    alone = build(CORPUS, tmp_path / "alone", store)
    asked = []
    original = MentionsAhead.next_for
    monkeypatch.setattr(MentionsAhead, "next_for", lambda self, d: asked.append(d.file_name) or original(self, d))
    monkeypatch.setattr(ahead_module, "can_run_ahead", lambda documents: True)
    ahead = build(CORPUS, tmp_path / "ahead", store)
    assert asked == [d.file_name for d in alone.documents]
    assert (tmp_path / "ahead" / "graph.trig").read_bytes() == (tmp_path / "alone" / "graph.trig").read_bytes()
    assert ahead.summary == alone.summary


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
def test_a_build_whose_workers_are_forked_before_reading_is_the_build_without(tmp_path, monkeypatch, store):
    monkeypatch.setattr(ahead_module, "can_run_ahead", lambda documents: False)
    alone = build(CORPUS, tmp_path / "alone", store)
    made, added = [], []
    original_init, original_add = MentionsAhead.__init__, MentionsAhead.add
    monkeypatch.setattr(MentionsAhead, "__init__",
                        lambda self, documents: made.append(documents) or original_init(self, documents))
    monkeypatch.setattr(MentionsAhead, "add", lambda self, d: added.append(d.file_name) or original_add(self, d))
    monkeypatch.setattr(ahead_module, "AHEAD_MIN_CHARS", 1)  # any corpus is big enough to fork first
    monkeypatch.setattr(ahead_module, "can_fork_workers", lambda: True)
    monkeypatch.setattr(ahead_module, "can_run_ahead", lambda documents: True)
    ahead = build(CORPUS, tmp_path / "ahead", store)
    assert made == [None]  # made before any document was read, then handed them
    assert added == [d.file_name for d in alone.documents]
    assert (tmp_path / "ahead" / "graph.trig").read_bytes() == (tmp_path / "alone" / "graph.trig").read_bytes()
    assert ahead.summary == alone.summary


def test_the_workers_find_what_the_main_process_finds():
    documents, _ = read_corpus(CORPUS)
    with MentionsAhead(documents) as ahead:
        for document in documents:
            assert ahead.next_for(document) == document_mentions(sentence_texts(document), document.title)


def test_documents_asked_for_out_of_order_are_refused():
    documents, _ = read_corpus(CORPUS)
    with MentionsAhead(documents[:2]) as ahead:
        with pytest.raises(ValueError, match=documents[1].file_name):
            ahead.next_for(documents[1])


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
def test_an_ingest_with_mentions_found_ahead_is_the_ingest_without(tmp_path, monkeypatch, store):
    files = sorted(CORPUS.glob("*.txt"))
    trig = {}
    for way, runs_ahead in (("alone", False), ("ahead", True)):
        monkeypatch.setattr(ahead_module, "can_run_ahead", lambda documents, runs_ahead=runs_ahead: runs_ahead)
        build(CORPUS, tmp_path / way, store)  # then two documents replaced by edited copies
        edited = []
        for path in files[:2]:
            copy = tmp_path / f"{way}-edited" / path.name
            copy.parent.mkdir(exist_ok=True)
            copy.write_text(path.read_text(encoding="utf-8") + "\n苏州高新区与南京大学共建研究院。\n", encoding="utf-8")
            edited.append(copy)
        assert ingest(tmp_path / way, edited).replaced == [p.name for p in files[:2]]
        trig[way] = (tmp_path / way / "graph.trig").read_bytes()
    assert trig["ahead"] == trig["alone"]


def test_workers_forked_before_reading_start_on_each_document_as_soon_as_it_is_read(monkeypatch):
    monkeypatch.setattr(ahead_module, "AHEAD_MIN_CHARS", 1)  # the files are big enough to fork first
    monkeypatch.setattr(ahead_module, "can_fork_workers", lambda: True)
    events = []
    original_read, original_add = reading_module.read_document, MentionsAhead.add
    monkeypatch.setattr(reading_module, "read_document",
                        lambda path, *rest: events.append(("read", path.name)) or original_read(path, *rest))
    monkeypatch.setattr(MentionsAhead, "add", lambda self, d: events.append(("add", d.file_name)) or original_add(self, d))
    with ahead_module.read_with_mentions_ahead(CORPUS) as (documents, errors, ahead):
        assert ahead is not None and documents and not errors
        for document in documents:  # what they found is what the main process finds
            assert ahead.next_for(document) == document_mentions(sentence_texts(document), document.title)
    names = [d.file_name for d in documents]
    assert events == [(step, name) for name in names for step in ("read", "add")]


def test_a_file_gone_between_listing_and_reading_is_not_the_builds_end(tmp_path, monkeypatch):
    """The size check that decides whether to fork runs on the listing; a file deleted since must not raise
    there, before a single document is read (it raised FileNotFoundError)."""
    listed = ahead_module.document_files(CORPUS)
    monkeypatch.setattr(ahead_module, "document_files", lambda corpus: [*listed, corpus / "gone_since.txt"])
    monkeypatch.setattr(ahead_module, "can_fork_workers", lambda: True)
    for fork_first_from in (ahead_module.AHEAD_MIN_CHARS, 1):  # the corpus is read, then forked; forked first
        monkeypatch.setattr(ahead_module, "AHEAD_MIN_CHARS", fork_first_from)
        with ahead_module.read_with_mentions_ahead(CORPUS) as (documents, errors, ahead):
            assert [d.file_name for d in documents] == [path.name for path in listed] and not errors
