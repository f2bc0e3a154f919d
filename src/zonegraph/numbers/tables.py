"""Tables that PDF extraction left as tab-separated lines: indicator tables and project tables."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Row:
    """A table's line, its cells, and where its text is in the raw document (for the evidence)."""

    cells: list[str]
    start: int  # raw offsets of the line's text
    end: int


@dataclass
class Table:
    """A table a document writes as text lines: its header cells and its rows."""

    header: list[str]
    rows: list[Row]

    def column(self, *names: str) -> int | None:
        """The index of the first header cell that equals or contains one of ``names``."""
        for name in names:
            for index, cell in enumerate(self.header):
                if cell == name:
                    return index
        for name in names:
            for index, cell in enumerate(self.header):
                if name in cell:
                    return index
        return None


_YEAR = re.compile(r"^(\d{4})\s*年$")


def tables(raw: str) -> list[Table]:
    """Every block of tab-separated lines whose first line is a header (has 序号 or 指标)."""
    if "\t" not in raw:
        return []  # no tab-separated line (most documents): no line to look at
    found: list[Table] = []
    current: Table | None = None
    position = 0
    for line in raw.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        # (the row's text, without the blanks a web page's tags left around it: the row's sentence starts there)
        start, end = position + len(body) - len(body.lstrip(" ")), position + len(body.rstrip(" "))
        position += len(line)
        if "\t" not in body:
            if body.strip():
                current = None  # a line of prose ends the table; blank lines between pages do not
            continue
        cells = [c.strip() for c in body.split("\t")]
        if "序号" in cells:
            current = Table(cells, [])
            found.append(current)
        elif current is not None:
            current.rows.append(Row(cells, start, end))
    return found


def year_columns(table: Table) -> list[tuple[int, int]]:
    """(column index, year) of the header cells that are years: 2020 年, 2025年."""
    return [(i, int(m.group(1))) for i, cell in enumerate(table.header) if (m := _YEAR.match(cell))]
