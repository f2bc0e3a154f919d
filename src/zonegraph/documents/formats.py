"""A document file's text, whatever it came as: plain text, a PDF's text layer, a Word document.

Zone plans and newsletters are published as PDF and Word files; the reader after this module
already copes with what their text layers look like (lines wrapped mid-word, page numbers and
running heads, Kangxi radicals, tables as tab-separated rows), so each format is turned into that
shape and nothing more. Evidence offsets index the text returned here; ``zonegraph text FILE``
prints it.

- PDF (pdfplumber, over pdfminer.six's character positions): each page's lines in the order the
  file writes them (a typesetter writes a column, then the next: lines read across the page would
  run two columns together), and each ruled table where it stands, one tab-separated line per row,
  as the shipped plan's table of projects comes. A page of lines would run a table's cells
  together (续建江阴天安数码城置业有限公司); the table rows keep an investor its own cell. A title
  printed twice over itself for bold is read once; a frame ruled in one column is no table.
- Word .docx (python-docx): the paragraphs in order, tables as tab-separated rows.
- anything else: text in UTF-8, UTF-16 or GB18030 (documents/decoding.py); a web page's source is
  text whose markup documents/markup.py undoes.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from pathlib import Path
from typing import Any

from zonegraph.documents.decoding import decode_bytes
from zonegraph.errors import ZonegraphError

_PDF_MAGIC = b"%PDF-"  # (first, or within the first kilobyte of a file that ends as a PDF does, with %%EOF)
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc, .xls, .ppt


def document_text(data: bytes, path: Path | str) -> tuple[str, str]:
    """The text of a document file's bytes and how it was read: an encoding's name, ``pdf`` or
    ``docx``. Raises ZonegraphError naming ``path`` for a file that holds no text to read."""
    if data.startswith(_PDF_MAGIC) or (_PDF_MAGIC in data[:1024] and b"%%EOF" in data[-1024:]):
        return pdf_text(data, path), "pdf"
    if data.startswith(_ZIP_MAGIC):
        return docx_text(data, path), "docx"
    if data.startswith(_OLE_MAGIC):
        raise ZonegraphError("a Word 97-2003 (.doc) or other Office binary file: save it as .docx, PDF or text", path)
    return decode_bytes(data, path)


def pdf_text(data: bytes, path: Path | str) -> str:
    """The text layer of a PDF, page after page (see the module's docstring)."""
    import pdfplumber  # (imported on a PDF's first read: most corpora are text)
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    # pdfminer warns about every font descriptor it finds incomplete (FontBBox), hundreds a page
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = []
            for page in pdf.pages:
                pages.append(_page_text(page))
                page.close()  # (its parsed objects: kept, a 300-page plan would hold them all)
    except Exception as error:  # pdfplumber wraps pdfminer's errors in its own, and a broken file raises anything
        cause = error.__cause__ or error.__context__ or error
        if isinstance(error, PDFPasswordIncorrect) or isinstance(cause, PDFPasswordIncorrect):
            raise ZonegraphError("the PDF is encrypted: it cannot be read without its password", path) from None
        raise ZonegraphError(f"cannot read the PDF: {cause or type(cause).__name__}", path) from None
    text = "\n".join(pages)
    if not text.strip():
        raise ZonegraphError("the PDF has no text layer (a scan?): run OCR on it first", path)
    unmapped = len(_UNMAPPED.findall(text))
    if unmapped and unmapped >= len(_HAN.findall(text)):
        raise ZonegraphError("the PDF's fonts give no Unicode for its characters, only glyph numbers (cid:…): "
                             "its text layer cannot be read; run OCR on it", path)
    return _UNMAPPED.sub("", text)  # (a stray symbol's glyph number among readable text)


# what pdfminer writes for a glyph its font maps to no character: (cid:2371)
_UNMAPPED = re.compile(r"\(cid:\d+\)")
_HAN = re.compile(r"[\u2e80-\u2fdf\u3400-\u9fff\uf900-\ufaff]")


def _page_text(page: Any) -> str:
    """A page's lines, with each ruled table in its place as tab-separated rows."""
    if _overprinted(page.chars):
        page = page.dedupe_chars()  # (a 40% longer read: only where a page has it)
    # (a frame ruled in one column, an item's box under its title bar, is no table: its lines are read as lines)
    tables = sorted(((table, rows) for table in page.find_tables() if _columns(rows := table.extract()) >= 2),
                    key=lambda found: found[0].bbox[1])
    boxes = [table.bbox for table, _ in tables]

    def lines_between(top: float, bottom: float) -> str:
        def kept(obj: dict) -> bool:
            if obj.get("object_type") != "char":
                return True
            x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
            return top <= y < bottom and not any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in boxes)
        return page.filter(kept).extract_text(use_text_flow=True) or ""

    pieces, above = [], float("-inf")
    for (_, rows), (_, table_top, _, table_bottom) in zip(tables, boxes):
        pieces.append(lines_between(above, table_top))
        pieces.append("\n".join(_table_row(row) for row in rows))
        above = table_bottom
    pieces.append(lines_between(above, float("inf")))
    return "\n".join(piece for piece in pieces if piece)


def _overprinted(chars: list[dict]) -> bool:
    """Whether a page prints some characters twice on the same spot, as a title set in bold by a
    font without a bold face is (the text layer would read 苏苏州州)."""
    return len({(char["text"], round(char["x0"]), round(char["top"])) for char in chars}) < len(chars)


def _columns(rows: list[list[str | None]]) -> int:
    """The most cells a row of a found table has."""
    return max((sum(cell is not None for cell in row) for row in rows), default=0)


def _table_row(cells: list[str | None]) -> str:
    """One row as a line of tab-separated cells; a cell that another spans (None) is no cell."""
    return "\t".join(_one_line(cell) for cell in cells if cell is not None)


# a line break inside a cell beside a Chinese character or mark is where the cell wrapped a word (盛合晶微半导体（江阴）|
# 有限公司); between two Latin words it is a space (Kellwood Group)
_CJK = r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]"
_WRAP_BESIDE_CJK = re.compile(rf"(?<={_CJK})[ \t]*\n\s*|\s*\n(?={_CJK})")


def _one_line(cell: str) -> str:
    return re.sub(r"\s*\n\s*", " ", _WRAP_BESIDE_CJK.sub("", cell)).replace("\t", " ").strip()


def docx_text(data: bytes, path: Path | str) -> str:
    """A Word document's paragraphs in order, each table's rows as tab-separated lines."""
    import docx  # (python-docx, imported on a Word document's first read)
    from docx.table import Table

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise ZonegraphError("a ZIP archive that is not a Word .docx document", path)
        document = docx.Document(io.BytesIO(data))
        lines = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(_docx_rows(block))
            else:
                lines.append(block.text)
    except ZonegraphError:
        raise
    except Exception as error:  # a damaged archive or XML part raises zipfile's, lxml's or python-docx's errors
        raise ZonegraphError(f"cannot read the Word document: {error or type(error).__name__}", path) from None
    text = "\n".join(lines)
    if not text.strip():
        raise ZonegraphError("empty file: no text to read", path)
    return text


def _docx_rows(table: Any) -> list[str]:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:  # (a merged cell comes once for each grid column it spans)
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(_one_line(cell.text))
        rows.append("\t".join(cells))
    return rows
