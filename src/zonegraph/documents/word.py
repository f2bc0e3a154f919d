"""A Word .docx document's text: its paragraphs in order, its tables as tab-separated rows (python-docx)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.table import Table

from zonegraph.documents.formats import cell_line
from zonegraph.errors import ZonegraphError


def docx_text(data: bytes, path: Path | str) -> str:
    """A Word document's paragraphs in order, each table's rows as tab-separated lines."""
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
                cells.append(cell_line(cell.text))
        rows.append("\t".join(cells))
    return rows
