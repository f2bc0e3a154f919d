"""Read a corpus folder: every document file (text, web page, PDF, OFD or Word), with metadata from an optional documents.csv."""

from __future__ import annotations

import csv
import datetime
import hashlib
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from zonegraph.documents.ahead import PagesAhead
from zonegraph.documents.cleaning import clean
from zonegraph.documents.formats import document_text
from zonegraph.documents.layout import sentences
from zonegraph.documents.markup import without_markup
from zonegraph.documents.model import Document
from zonegraph.documents.script import fold_radicals, to_simplified
from zonegraph.errors import ZonegraphError
from zonegraph.store.layout import is_build_folder

Progress = Callable[[str, int, int], None]  # told (stage, done, total) as a long build goes: ("reading", 3, 200)

METADATA_FILE = "documents.csv"
METADATA_COLUMNS = ("file_name", "title", "publisher", "date", "kind")
_NOT_DOCUMENTS = {METADATA_FILE.lower(), "readme.md", "readme.txt", "readme"}


def read_metadata(folder: Path) -> dict[str, dict[str, str]]:
    """documents.csv of ``folder`` as ``{file_name: row}``; empty when there is none."""
    path = folder / METADATA_FILE
    if not path.exists():
        return {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in ("file_name", "title") if c not in (reader.fieldnames or [])]
            if missing:
                raise ZonegraphError(f"missing column(s) {', '.join(missing)}", path)
            return {row["file_name"]: row for row in reader if row.get("file_name")}
    except (UnicodeDecodeError, csv.Error) as error:
        raise ZonegraphError(f"cannot read the metadata table: {error}", path) from None


_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def metadata_errors(folder: Path, metadata: dict[str, dict[str, str]]) -> list[ZonegraphError]:
    """An error for each row of ``folder``'s documents.csv whose date is not YYYY, YYYY-MM or YYYY-MM-DD of the
    calendar (it would be the document's dcterms:date), the date left out and the row's other values kept. (A row
    for a file not in the folder is no error: a table may describe a corpus built in parts, ingested later.)"""
    path, errors = folder / METADATA_FILE, []
    for name, row in metadata.items():
        date = (row.get("date") or "").strip()
        if date and not _a_date(date):
            errors.append(ZonegraphError(f"the row of {name}: date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD "
                                         "(left out)", path))
            row["date"] = ""
    return errors


def _a_date(text: str) -> bool:
    match = _DATE.fullmatch(text)
    if match is None:
        return False
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def document_files(folder: Path) -> list[Path]:
    """The document files of a corpus folder, in name order (hidden files and README excluded)."""
    if not folder.is_dir():
        raise ZonegraphError("a file, not a corpus folder: give its folder, or `zonegraph ingest` the file"
                             if folder.is_file() else "no such corpus folder", folder)
    return sorted(
        p for p in folder.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.name.lower() not in _NOT_DOCUMENTS
    )


def entries_not_read(folder: Path) -> list[ZonegraphError]:
    """An error for each entry of a corpus folder that is not a document yet may hold one (hidden ones aside), said
    so rather than lost without a word: a folder (a corpus is the files right in one folder, and a document is
    known by its file name alone), a link to a file that is not there (moved or deleted since it was linked), and
    what is no file at all (a named pipe: reading one would wait for a writer)."""
    errors = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            continue
        if path.is_symlink() and not path.exists():
            errors.append(ZonegraphError("a link to a file that is not there (moved or deleted?): nothing read", path))
        elif path.exists() and not path.is_file() and not path.is_dir():
            errors.append(ZonegraphError("not a regular file (a named pipe, a socket or a device): nothing read", path))
        # (a corpus may hold its own build: `zonegraph build --corpus .` makes ./build there)
        elif path.is_dir() and _holds_any(path) and not is_build_folder(path):
            errors.append(ZonegraphError("a folder: the files in it are not read (a corpus is the files right in one "
                                         "folder; add these with `zonegraph ingest` of this folder)", path))
    return errors


def files_given(paths: Iterable[Path]) -> tuple[list[Path], list[ZonegraphError]]:
    """``paths`` as given to ``ingest`` or ``text``, each folder among them as its document files (read as a corpus
    folder's are), and an error for each entry of those folders not read and for a folder with no documents."""
    files: list[Path] = []
    errors: list[ZonegraphError] = []
    for path in paths:
        if not path.is_dir():
            files.append(path)
            continue
        found = document_files(path)
        files += found
        errors += entries_not_read(path)
        if not found:
            errors.append(ZonegraphError("a folder with no documents in it", path))
    return files, errors


def _holds_any(folder: Path) -> bool:
    """Whether a folder holds anything not hidden (an empty one loses nothing); one it cannot list may."""
    try:
        return any(not inside.name.startswith(".") for inside in folder.iterdir())
    except OSError:
        return True


def read_document(path: Path, metadata: dict[str, str] | None = None, pages: PagesAhead | None = None) -> Document:
    """Read, clean and cut one document. Raises ZonegraphError naming the file on bad input.
    ``pages`` has workers reading the file's pages if it is a PDF given to them."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ZonegraphError(f"cannot read the file: {error.strerror or error}", path) from None
    raw, encoding = pages.text_of(data, path) if pages else document_text(data, path)
    raw, traditional = to_simplified(fold_radicals(without_markup(raw)))
    metadata = metadata or {}
    cut = sentences(raw)
    if not cut:
        raise ZonegraphError("empty file: no text to read", path)
    title = (metadata.get("title") or "").strip() or _first_line(raw) or path.stem
    return Document(
        file_name=path.name,
        path=path,
        raw=raw,
        encoding=encoding,
        content_hash=hashlib.sha256(data).hexdigest(),
        title=title,
        publisher=(metadata.get("publisher") or "").strip(),
        date=(metadata.get("date") or "").strip(),
        kind=(metadata.get("kind") or "").strip(),
        sentences=cut,
        traditional=traditional,
    )


def read_corpus(folder: Path, pages: PagesAhead | None = None, progress: Progress | None = None,
                each: Callable[[Document], None] | None = None) -> tuple[list[Document], list[ZonegraphError]]:
    """Every readable document of ``folder``, and an error for each file that could not be read;
    ``pages`` has workers reading its PDFs' pages; ``progress`` is told of each file read, and
    ``each`` given each document as soon as it is read (so that work on it can start)."""
    metadata = read_metadata(folder)
    files = document_files(folder)
    rows = {path.name: metadata[path.name] for path in files if path.name in metadata}
    documents, errors = [], metadata_errors(folder, rows)
    named: dict[str, str] = {}  # document IRI -> the file that has it
    for number, path in enumerate(files, 1):
        try:
            claim_document_iri(path, named)
            document = read_document(path, metadata.get(path.name), pages)
        except ZonegraphError as error:
            errors.append(error)
        else:
            documents.append(document)
            if each is not None:
                each(document)
        if progress is not None:
            progress("reading", number, len(files))
    return documents, errors + entries_not_read(folder)


def claim_document_iri(path: Path, named: dict[str, str]) -> None:
    """Note that ``path`` takes its document IRI in ``named`` (IRI -> file name), or raise
    ZonegraphError naming it where another file has the IRI already (X.txt beside x.txt, a-b.txt
    beside a.b.txt): the two would share one named graph."""
    from zonegraph.namespaces import document_iri

    iri = str(document_iri(path.name))
    other = named.setdefault(iri, path.name)
    if other != path.name:
        raise ZonegraphError(f"its document IRI ({iri}) is {other}'s already: rename one of the two files", path)


def _first_line(raw: str) -> str:
    for line in raw.splitlines():
        text = clean(line)
        if text:
            return text[:80]
    return ""
