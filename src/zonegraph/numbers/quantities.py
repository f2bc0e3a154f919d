"""Read a value and its unit as written in Chinese documents, into a canonical unit.

1160亿元 is 116,000,000,000 CNY; 307亿美元 stays in USD; [8] is a cumulative 8; 85以上 is at
least 85. A value that is not a number (两位数, 千亿级) is not read: the caller warns and skips.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from zonegraph.resources import data_file


@dataclass(frozen=True)
class Unit:
    """A unit as written (亿元, 万美元, %) and the canonical one it converts to, by ``factor``."""

    written: str
    canonical: str
    factor: Decimal


@lru_cache(maxsize=None)
def units() -> dict[str, Unit]:
    """The unit table of data/units.csv, by the unit as written."""
    with data_file("units.csv").open(encoding="utf-8", newline="") as handle:
        return {row["unit"]: Unit(row["unit"], row["canonical"], Decimal(row["factor"])) for row in csv.DictReader(handle)}


@lru_cache(maxsize=None)
def unit_pattern() -> str:
    """A regular expression alternation of every known unit, longest first."""
    return "|".join(re.escape(u) for u in sorted(units(), key=len, reverse=True))


@dataclass(frozen=True)
class Quantity:
    """A value converted to its canonical unit, with the value and unit as written kept beside it."""

    value: Decimal  # in the canonical unit
    unit: str  # canonical unit (CNY, USD, percent, enterprise …)
    original: str  # value and unit as written
    original_unit: str
    cumulative: bool = False
    bound: str | None = None  # "atLeast" or "atMost"


_NUMBER = re.compile(r"^\s*(\d+(?:,\d{3})*(?:\.\d+)?)\s*$")
_CELL = re.compile(r"^\s*(?P<open>\[)?\s*(?P<number>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?P<close>\])?\s*(?P<bound>以上|以下|左右)?\s*$")


def read_number(text: str) -> Decimal | None:
    """An Arabic number (1,000 / 152.9) as a Decimal; anything else is not read."""
    match = _NUMBER.match(text)
    if not match:
        return None
    try:
        return Decimal(match.group(1).replace(",", ""))
    except InvalidOperation:
        return None


def read_quantity(number: str, unit: str, written: str | None = None, bound: str | None = None,
                  cumulative: bool = False) -> Quantity | None:
    """``number`` of ``unit`` in the canonical unit, or None if either cannot be read."""
    value = read_number(number)
    known = units().get(unit.strip())
    if value is None or known is None:
        return None
    return Quantity(value * known.factor, known.canonical, written or f"{number}{unit}", known.written, cumulative, bound)


def read_cell(cell: str, unit: str) -> Quantity | None:
    """A table cell such as 701, [8] (cumulative) or 85以上 (a lower bound), in ``unit``."""
    match = _CELL.match(cell)
    if not match:
        return None
    cumulative = bool(match.group("open") and match.group("close"))
    bound = {"以上": "atLeast", "以下": "atMost"}.get(match.group("bound") or "")
    return read_quantity(match.group("number"), unit, cell.strip() + unit.strip(), bound, cumulative)
