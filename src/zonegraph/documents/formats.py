"""A document file's text, whatever it came as: plain text, a PDF's text layer, an OFD's text, a Word
document (.docx, or .doc as Word 97-2003 and WPS write it), a web archive's page (.mht), an e-mail (.eml).

Zone plans and newsletters are published as PDF, OFD and Word files; the reader after this module
already copes with what their text layers look like (lines wrapped mid-word, page numbers and
running heads, Kangxi radicals, tables as tab-separated rows), so each format is turned into that
shape and nothing more (``documents/pdf.py``, ``documents/ofd.py``, ``documents/word.py``,
``documents/word97.py``, ``documents/mime.py``). Anything else is text in UTF-8, UTF-16, GB18030
or Big5 (``documents/decoding.py``); a web page's source is text whose markup
``documents/markup.py`` undoes. Evidence offsets index the text returned here; ``zonegraph text
FILE`` prints it.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from zonegraph.documents.decoding import decode_bytes

_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc, .xls, .ppt
# a web archive (.mht) or an e-mail (.eml) opens with mail headers, among them its content type: parts, a page or text
_MIME_MESSAGE = re.compile(rb"\A(?:[!-9;-~]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?content-type:\s*(?:multipart/|text/(?:html|plain))",
                           re.I)


def document_text(data: bytes, path: Path | str) -> tuple[str, str]:
    """The text of a document file's bytes and how it was read: an encoding's name, ``pdf``, ``ofd``,
    ``docx``, ``doc``, ``mhtml`` or ``email``. Raises ZonegraphError naming ``path`` for a file that holds no
    text to read."""
    if is_pdf(data):
        from zonegraph.documents.pdf import pdf_text  # (pdfplumber loads on a PDF's first read)

        return pdf_text(data, path), "pdf"
    if data.startswith(_ZIP_MAGIC):
        if _holds_part(data, "OFD.xml"):
            from zonegraph.documents.ofd import ofd_text

            return ofd_text(data, path), "ofd"
        from zonegraph.documents.word import docx_text

        return docx_text(data, path), "docx"
    if data.startswith(_OLE_MAGIC):
        from zonegraph.documents.word97 import doc_text

        return doc_text(data, path), "doc"
    if _MIME_MESSAGE.match(data[:8192]):
        from zonegraph.documents.mime import mime_text

        return mime_text(data, path)
    return decode_bytes(data, path)


def is_pdf(data: bytes) -> bool:
    """Whether a file's bytes are a PDF's: its header first, or within the first kilobyte of a file that ends as a PDF does."""
    return data.startswith(_PDF_MAGIC) or (_PDF_MAGIC in data[:1024] and b"%%EOF" in data[-1024:])


# how each way of reading a file is named to a user (a text file's encoding aside)
_FORMAT_NAMES = {"pdf": "PDF", "ofd": "OFD", "docx": "Word .docx", "doc": "Word .doc", "mhtml": "web archive",
                 "email": "e-mail"}


def format_name(encoding: str) -> str:
    """A document's format as a user names it, from how it was read (``Document.encoding``)."""
    return _FORMAT_NAMES.get(encoding, "text")


def _holds_part(data: bytes, name: str) -> bool:
    """Whether a ZIP archive holds a part of that name (a damaged one is left to its reader to refuse)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return name in archive.namelist()
    except Exception:  # (zipfile raises BadZipFile, ValueError, OSError or NotImplementedError on damage)
        return False


# a line break inside a cell beside a Chinese character or mark is where the cell wrapped a word (盛合晶微半导体（江阴）|
# 有限公司); between two Latin words it is a space (Kellwood Group)
_CJK = r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]"
_WRAP_BESIDE_CJK = re.compile(rf"(?<={_CJK})[ \t]*\n\s*|\s*\n(?={_CJK})")


def cell_line(cell: str) -> str:
    """A table cell's text on one line (a cell's own line breaks are where it wrapped), no tab in it."""
    return re.sub(r"\s*\n\s*", " ", _WRAP_BESIDE_CJK.sub("", cell)).replace("\t", " ").strip()


