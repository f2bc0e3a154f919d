"""Read one document's figures and projects, each attached to the zone it is about."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from zonegraph.documents.cleaning import clean
from zonegraph.documents.model import Document
from zonegraph.entities.registry import Registry
from zonegraph.mentions.organizations import LEGAL_ENDING
from zonegraph.numbers.indicators import figures_in, find_indicator
from zonegraph.numbers.model import Observation, Project
from zonegraph.numbers.quantities import read_cell, read_quantity
from zonegraph.numbers.tables import Table, tables, year_columns
from zonegraph.reference import place_at

_YEAR_IN_TEXT = re.compile(r"(20\d{2}|19\d{2})\s*年")
_MONTHS = re.compile(r"(?:(20\d{2})\s*年)?\s*(\d{1,2})\s*[-—~至]\s*(\d{1,2})\s*月")
_COMPARED_WITH = re.compile(r"(?:是|较|比|相比|相较|同比)\s*(?:19|20)\d{2}\s*年(?:底|末)?的?")
_QUARTERS = {"一季度": (1, 3), "上半年": (1, 6), "前三季度": (1, 9)}
_NO_VALUE = {"", "—", "——", "-", "待定", "/"}


@dataclass
class NumbersResult:
    """What a document's figures gave: the zones' indicator values, its projects, and warnings of figures not read."""

    observations: list[Observation] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class ZoneAt:
    """The zone a raw offset of the document belongs to: that of the sentence before it."""

    def __init__(self, sentence_zones: list[tuple[int, str | None]], default: str | None) -> None:
        self.starts = [start for start, _ in sentence_zones]
        self.zones = [zone for _, zone in sentence_zones]
        self.default = default

    def __call__(self, offset: int) -> str | None:
        index = bisect_right(self.starts, offset) - 1
        zone = self.zones[index] if index >= 0 else None
        return zone or self.default


def extract_numbers(document: Document, registry: Registry, zone_at: ZoneAt) -> NumbersResult:
    """Indicator observations from text and tables, and projects from project tables."""
    result = NumbersResult()
    year = _document_year(document)
    # a plan's review of its last period gives that period's end without a year (江阴's 十四五 plan, 规划以2020年为基准年:
    # 地区生产总值从461亿元提升到701亿元 is 2020's), where a news page's figure without one is of its own year
    declared = _base_year(document)
    base_year = declared or year
    table_lines = set()
    for table in tables(document.raw):
        table_lines.update(row.start for row in table.rows)
        if table.column("项目名称") is not None and table.column("投资主体") is not None:
            result.projects += _projects(document, table, registry, zone_at, result)
        elif year_columns(table) and table.column("指标内容", "指标") is not None:
            result.observations += _table_observations(document, table, zone_at, year, result)
    for sentence in document.sentences:
        if sentence.duplicate or "\t" in document.raw[sentence.raw_start : sentence.raw_end]:
            continue  # tables are read above, cell by cell
        zone = zone_at(sentence.raw_start)
        figures, warnings = figures_in(sentence)
        result.warnings += [f"{document.file_name}:{sentence.raw_start}: {w}" for w in warnings]
        if zone is None:
            continue
        for figure in figures:
            default = year if figure.kind.startswith("target") else base_year
            period = _period(sentence.text[: figure.start], year) or (str(default) if default else None)
            rule, confidence = "indicator-text", 0.8
            if figure.kind == "start" and period is not None:
                before = document.raw[max(0, sentence.raw_start - _REVIEW_REACH) : sentence.raw_start] + sentence.text[: figure.start]
                period = _review_start(before, period, declared)
                rule, confidence = "indicator-text-start", 0.7
                if period is None:
                    result.warnings.append(f"{document.file_name}:{sentence.raw_start}: no year for the starting value "
                                           f"{figure.quantity.original} of {figure.indicator.label}: "
                                           f"{sentence.text[figure.start : figure.end + 12]}")
                    continue
            if period is None:
                result.warnings.append(f"{document.file_name}:{sentence.raw_start}: no period for {figure.indicator.label}")
                continue
            kind = {"target-growth": "growth", "start": "actual"}.get(figure.kind, figure.kind)
            result.observations.append(Observation(
                zone, str(figure.indicator.iri), period, kind, figure.quantity, document.file_name,
                sentence.raw_start, sentence.raw_end, sentence.text, rule, confidence))
    misprinted, warnings = _misprinted_rows(document.file_name, result.observations)
    result.observations = [o for o in result.observations if not (o.rule == "indicator-table" and o.raw_start in misprinted)]
    result.warnings += warnings
    return result


def _misprinted_rows(file_name: str, observations: list[Observation]) -> tuple[set[int], list[str]]:
    """Table rows whose unit the text contradicts, to be left out, and a warning for each jump in scale.

    江阴's plan gives 一般公共预算收入 as 39.53 万元 in its table and 39.53亿元 in its text: the same number, ten
    thousand times smaller, a unit misprinted in the source. Values are never corrected; a table row whose
    number the text gives in another scale is left out, with every row of the document's tables that gives the
    indicator in that unit (附件2's 2021-2025 targets, 40-50.5 万元), and the reader is told; any other
    thousandfold jump is only warned of.
    """
    by_key: dict[tuple, list[Observation]] = {}
    for observation in observations:
        if observation.kind != "growth":
            by_key.setdefault((observation.zone, observation.indicator, observation.quantity.unit), []).append(observation)
    rows, warnings = set(), []
    for (zone, indicator, _), found in sorted(by_key.items()):
        values = [o.quantity.value for o in found if o.quantity.value > 0]
        if len(values) < 2 or max(values) / min(values) < 1000:
            continue
        name = indicator.rsplit("/", 1)[1]
        in_text = {_written_number(o): o for o in found if o.rule.startswith("indicator-text")}
        table = [o for o in found if o.rule == "indicator-table"]
        shown_by: dict[str, Observation] = {}  # a unit the tables misprint -> the text's figure that shows it
        for row in table:
            text = in_text.get(_written_number(row))
            if text is not None and text.quantity.value != row.quantity.value:
                shown_by.setdefault(row.quantity.original_unit, text)
        for row in table:
            text = shown_by.get(row.quantity.original_unit)
            if text is not None and row.raw_start not in rows:
                rows.add(row.raw_start)
                warnings.append(f"{file_name}:{row.raw_start}: {zone} {name} is {row.quantity.original} in the table, where the text gives "
                                f"{text.quantity.original} at {text.raw_start}: the unit looks misprinted, the row is left out")
        if not shown_by:
            low = min(found, key=lambda o: o.quantity.value)
            high = max(found, key=lambda o: o.quantity.value)
            warnings.append(f"{file_name}:{low.raw_start}: {zone} {name} is "
                            f"{low.quantity.original} here but {high.quantity.original} at {high.raw_start}: a unit may be misprinted")
    return rows, warnings


def _written_number(observation: Observation) -> str:
    """The number of a figure as written, without its unit (39.53 of 39.53亿元 and of 39.53万元)."""
    return re.match(r"[\[\s]*([\d.,]*)", observation.quantity.original).group(1)


# a review of a five-year plan's period (“十三五”期间, 十三五时期, and in a plan with a base year 五年来), and a chapter
# heading, after which the review is over
_REVIEW = re.compile(r"[“\"]?(?P<plan>十[一二三四五])五[”\"]?\s*(?:期间|时期|以来)|(?P<years>五年来)")
_CHAPTER = re.compile(r"第\s*[一二三四五六七八九十\d]+\s*章")
_PLAN_NUMBER = {"十一": 11, "十二": 12, "十三": 13, "十四": 14, "十五": 15}
_REVIEW_REACH = 2000  # characters a review's sentences run after the words that open it


def _review_start(before: str, reached: str, base_year: int | None) -> str | None:
    """The year a change of a period's review started from (江阴's 十四五 plan: “十三五”期间…地区生产总值从461亿元
    提升到701亿元 is 2015's 461亿元 and 2020's 701亿元), or None when the text does not tell it.

    The change must be under a review that names its plan's period, the value it reached of that period's last
    year (the 13th plan ran 2016-2020: its review starts from 2015); 五年来 is five years before the base year
    a plan declares. A news page's 五年来 may end in any year, and is left. ``before`` is the text before the
    figure, its sentence's and the document's up to ``_REVIEW_REACH`` characters back."""
    if not reached.isdigit():
        return None
    markers = list(_REVIEW.finditer(before))
    if not markers or _CHAPTER.search(before, markers[-1].end()):
        return None
    marker, end = markers[-1], int(reached)
    if marker.group("plan"):
        number = _PLAN_NUMBER[marker.group("plan")]
        return str(1950 + 5 * number) if 1955 + 5 * number == end else None  # (the 3rd plan ran 1966-1970)
    return str(end - 5) if base_year == end else None


_BASE_YEAR = re.compile(r"以\s*((?:19|20)\d{2})\s*年\s*为\s*(?:规划)?\s*基\s*准\s*年")


def _base_year(document: Document) -> int | None:
    """The base year a plan declares (规划以2020年为基准年), if it does."""
    match = _BASE_YEAR.search(document.raw)
    return int(match.group(1)) if match else None


def _document_year(document: Document) -> int | None:
    match = re.match(r"(\d{4})", document.date or "")
    return int(match.group(1)) if match else None


def _period(before: str, year: int | None) -> str | None:
    """The reference period the text gives before a figure: 2020年, 2021年1-9月, 前三季度."""
    before = _COMPARED_WITH.sub("", before)  # 是2012年的4.35倍: the year compared with is not the figure's
    months = list(_MONTHS.finditer(before))
    years = [int(y) for y in _YEAR_IN_TEXT.findall(before)]
    base = years[-1] if years else year
    if months:
        last = months[-1]
        y = int(last.group(1)) if last.group(1) else base
        if y:
            return f"{y}-{int(last.group(2)):02d}/{y}-{int(last.group(3)):02d}"
    for word, (first, last_month) in _QUARTERS.items():
        if word in before and base:
            return f"{base}-{first:02d}/{base}-{last_month:02d}"
    return str(base) if years else None


def _table_observations(document: Document, table: Table, zone_at: ZoneAt, year: int | None,
                        result: NumbersResult) -> list[Observation]:
    name_column = table.column("指标内容", "指标")
    unit_column = table.column("单位")
    observations = []
    for row in table.rows:
        cells = row.cells + [""] * (len(table.header) - len(row.cells))
        indicator = find_indicator(cells[name_column]) if name_column is not None else None
        if indicator is None:
            if cells[name_column]:
                result.warnings.append(f"{document.file_name}:{row.start}: unknown indicator {cells[name_column]!r}")
            continue
        zone = zone_at(row.start)
        unit = cells[unit_column] if unit_column is not None else ""
        quote = clean(document.raw[row.start : row.end])
        for column, column_year in year_columns(table):
            cell = cells[column]
            if cell in _NO_VALUE:
                continue
            quantity = read_cell(cell, unit)
            # (a count in the indicator's count unit: 医院数量's [3]家 counts organisations; a row in another unit is kept
            # as written)
            quantity = quantity and (indicator.measured(quantity) or quantity)
            if quantity is None:
                result.warnings.append(f"{document.file_name}:{row.start}: cannot read {cell!r} {unit} of {indicator.label}")
                continue
            kind = "target" if year is not None and column_year >= year else "actual"
            if zone:
                observations.append(Observation(zone, str(indicator.iri), str(column_year), kind, quantity,
                                                document.file_name, row.start, row.end, quote, "indicator-table", 0.95))
    return observations


def _projects(document: Document, table: Table, registry: Registry, zone_at: ZoneAt,
              result: NumbersResult) -> list[Project]:
    column = {key: table.column(*names) for key, names in {
        "number": ("序号",), "name": ("项目名称",), "content": ("建设内容",), "category": ("类别", "建设性质"),
        "investor": ("投资主体",), "investment": ("总投资",), "land": ("用地面积",),
        "start": ("开工时间",), "completion": ("竣工时间",)}.items()}
    cell = lambda cells, key: cells[column[key]].strip() if column[key] is not None and column[key] < len(cells) else ""
    projects: list[Project] = []
    last_number = None
    legal_names = {name for row in table.rows for name in _investors(cell(row.cells, "investor")) if LEGAL_ENDING.search(name)}
    for row in table.rows:
        cells = row.cells
        name = cell(cells, "name")
        zone = zone_at(row.start)
        if not name or zone is None:
            continue
        number = cell(cells, "number")
        part_of = None
        if number:
            last_number = number
        elif last_number:
            part_of = last_number
            number = f"{last_number}-{sum(1 for p in projects if p.part_of == last_number) + 2}"
        project = Project(number, name, zone, document.file_name, row.start, row.end,
                          clean(document.raw[row.start : row.end]), content=cell(cells, "content"),
                          category=cell(cells, "category"), part_of=part_of)
        for investor in _investors(cell(cells, "investor")):
            opened = _legal_name_opened(investor, legal_names)
            if opened is not None:  # 联动天翼, 北京联动天翼科技股份有限公司 of another row: that company
                company = registry.resolve_organization("Enterprise", opened, document.file_name)
                entity = registry.ensure("Enterprise", company.name, investor, document.file_name)
            else:
                entity = registry.resolve_organization("Enterprise", investor, document.file_name)
            project.investors.append(entity.name)
        project.investment = _amount(cell(cells, "investment"), document, row.start, name, result)
        project.land_mu = _amount(cell(cells, "land"), document, row.start, name, result)
        project.start = _date(cell(cells, "start"))
        project.completion = _date(cell(cells, "completion"))
        projects.append(project)
    return projects


def _legal_name_opened(short: str, legal_names: set[str]) -> str | None:
    """The one legal name of the table's investors that ``short``, no legal name, opens, after its place or not
    (联动天翼 of 北京联动天翼科技股份有限公司): the same company, named short in another row."""
    if len(short) < 3 or LEGAL_ENDING.search(short):
        return None
    opened = [name for name in legal_names
              if name.startswith(short) or ((place := place_at(name, 0)) is not None and name.startswith(short, len(place)))]
    return opened[0] if len(opened) == 1 else None


def _investors(text: str) -> list[str]:
    """Investor names of a cell: 广联达科技股份、松下电器(中国)、联动天翼, 美国华平&东久（中国）;
    people are not enterprises, and a company still being founded (…有限公司(筹)) is named without (筹)."""
    names = [_PREPARING.sub("", n).strip() for n in re.split(r"[、，,&＆]|及(?=外籍|个人)", text)]
    return [n for n in names if n and not re.search(r"个人|自然人", n) and n not in _NO_VALUE]


_PREPARING = re.compile(r"[（(]筹[)）]$")


def _amount(text: str, document: Document, offset: int, name: str, result: NumbersResult):
    if text in _NO_VALUE:
        return None
    match = re.match(r"^\s*(\d+(?:\.\d+)?)\s*(\S+)\s*$", text)
    quantity = read_quantity(match.group(1), match.group(2), text) if match else None
    if quantity is None:
        result.warnings.append(f"{document.file_name}:{offset}: cannot read {text!r} for project {name}")
    return quantity


def _date(text: str) -> str:
    """2019.8 -> 2019-08, 2021 -> 2021, 2021.7.31 -> 2021-07-31; anything else -> ''."""
    parts = re.fullmatch(r"(\d{4})(?:\.(\d{1,2}))?(?:\.(\d{1,2}))?", text.strip())
    if not parts:
        return ""
    year, month, day = parts.groups()
    return "-".join([year] + [f"{int(p):02d}" for p in (month, day) if p])
