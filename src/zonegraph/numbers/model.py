"""The records the numbers stage produces: observations, projects and warnings."""

from __future__ import annotations

from dataclasses import dataclass, field

from zonegraph.numbers.quantities import Quantity


@dataclass(frozen=True)
class Observation:
    """One figure for one zone: an indicator, a period, a kind (actual/target/growth), a value."""

    zone: str  # zone entity name
    indicator: str  # indicator concept IRI
    period: str  # 2020, or 2021-01/2021-09
    kind: str  # actual, target or growth
    quantity: Quantity
    document: str
    raw_start: int
    raw_end: int
    quote: str
    rule: str
    confidence: float


@dataclass
class Project:
    """One row of a major-project table."""

    number: str
    name: str
    zone: str
    document: str
    raw_start: int
    raw_end: int
    quote: str
    content: str = ""
    category: str = ""
    investors: list[str] = field(default_factory=list)  # enterprise entity names
    investment: Quantity | None = None
    land_mu: Quantity | None = None
    start: str = ""  # 2019-08, 2021, 2021-07-31
    completion: str = ""
    part_of: str | None = None  # the number of the project this row continues
