"""The document and sentence records that every later stage reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Sentence:
    """A cleaned sentence and, for each of its characters, the index of the raw character."""

    index: int
    text: str
    origin: list[int]
    paragraph: int
    heading: bool = False
    duplicate: bool = False  # a repeat of an earlier paragraph's sentence: read once, not counted again
    table_row: bool = False  # a row of a tab-separated table, its cells separated by single spaces

    @property
    def raw_start(self) -> int:
        return self.origin[0]

    @property
    def raw_end(self) -> int:
        return self.origin[-1] + 1

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw offsets of the cleaned characters ``text[start:end]``."""
        return self.origin[start], self.origin[end - 1] + 1


@dataclass
class Document:
    """One source file: its raw text as decoded, its metadata and its sentences."""

    file_name: str
    path: Path
    raw: str
    encoding: str  # how the file was read: a text encoding's name (utf-8, gb18030, big5 …), or pdf, ofd, docx, doc, mhtml or email
    content_hash: str
    title: str
    publisher: str = ""
    date: str = ""
    kind: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    traditional: bool = False  # written in Traditional characters; ``raw`` holds them converted, offset for offset

    @property
    def stem(self) -> str:
        return self.file_name.rsplit(".", 1)[0]
