"""Named queries: SPARQL files whose comment header gives a title, a description and parameters.

    # title: Zone profile
    # description: Everything the graph says about one zone, with evidence counts.
    # param zone (string): the zone's name or any of its aliases
    # param min_confidence (decimal): lowest evidence confidence to count [default: 0]

A parameter is written ``$name`` in the query body and replaced by an RDF term before the query
runs, so a named query is plain SPARQL that any endpoint can answer.
"""

from __future__ import annotations

import difflib
import os
import re
import unicodedata
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from zonegraph.errors import ZonegraphError, quoted
from zonegraph.namespaces import ZG
from zonegraph.resources import queries_dir

_HEADER = re.compile(r"^#\s*(title|description)\s*:\s*(.*)$")
_PARAM = re.compile(r"^#\s*param\s+([A-Za-z_][A-Za-z0-9_]*)\s*\((string|name|zh|(?:integer|decimal)(?:\s+-?[\d.]*\.\.-?[\d.]*)?|iri|property|period|[a-z]+(?:\|[a-z]+)+)\)\s*:\s*(.*?)\s*(?:\[default:\s*(.*?)\])?\s*$")
_PARAM_LINE = re.compile(r"^#\s*param\b")
_PARAM_KIND = re.compile(r"^#\s*param\s+[A-Za-z_][A-Za-z0-9_]*\s*\(([^()]*)\)\s*:")  # a well-formed line, whatever its type
_TYPE_WORDS = ("string, name, zh, integer, decimal (either with a range: decimal 0..1), iri, property, period or a "
               "choice of words (actual|target|growth)")
_TYPES = {"string": None, "integer": XSD.integer, "decimal": XSD.decimal}


@dataclass
class Parameter:
    """A named query's parameter, declared in its header: name, type (iri, zh, string, …), description, default."""

    name: str
    type: str
    description: str
    default: str | None = None
    range: tuple[Decimal | None, Decimal | None] = (None, None)  # a number's bounds, ``(decimal 0..1)``

    def term(self, value: str, source: str) -> str:
        """``value`` as a SPARQL term of this parameter's type."""
        if self.type == "zh":  # a Chinese name as the graph writes names: a @zh literal, usable in VALUES
            return Literal(value, lang="zh").n3()
        if self.type == "iri":
            if not re.match(r"^[a-z][a-z0-9+.-]*:[^\s<>\"{}|\\^`]*$", value):
                raise ZonegraphError(f"parameter {self.name}: not an IRI: {quoted(value)}", source)
            return URIRef(value).n3()
        if self.type in ("integer", "decimal"):
            try:
                number = Decimal(value)
            except InvalidOperation:
                raise ZonegraphError(f"parameter {self.name}: not a number: {quoted(value)}", source) from None
            if not number.is_finite():  # (NaN and inf were bound, and compared false with everything: 0 rows)
                raise ZonegraphError(f"parameter {self.name}: not a finite number: {quoted(value)}", source)
            low, high = self.range
            if (low is not None and number < low) or (high is not None and number > high):
                raise ZonegraphError(f"parameter {self.name}: {quoted(value)} is outside its range, {self.bounds}", source)
            if self.type == "integer" and not re.fullmatch(r"\s*[+-]?\d+\s*", value):
                # (1e3 and 2.0 were taken as whole numbers where 1.5 was refused: an integer is written in digits)
                hint = f" (write it in digits: {int(number)})" if number == number.to_integral_value() else ""
                raise ZonegraphError(f"parameter {self.name}: not a whole number: {quoted(value)}{hint}", source)
            return Literal(str(number if self.type == "decimal" else int(number)), datatype=_TYPES[self.type]).n3()
        if self.type == "period" and value:
            return Literal(period(value, self.name, source)).n3()
        if "|" in self.type and value and value not in self.type.split("|"):  # one of a few words (actual|target)
            raise ZonegraphError(f"parameter {self.name}: {quoted(value)} is none of {', '.join(self.type.split('|'))}",
                                 source)
        if self.type == "property" and value and value not in ontology_properties():
            # (a misspelt relation, partnersWth, matched nothing: 0 rows and no word)
            near = difflib.get_close_matches(value, sorted(ontology_properties()), n=1)
            raise ZonegraphError(f"parameter {self.name}: {quoted(value)} is no property of the ontology"
                                 + (f" (did you mean {near[0]}?)" if near else ""), source)
        return Literal(value).n3()

    @property
    def bounds(self) -> str:
        """The range a number must be in as its header writes it (0..1), or ""."""
        low, high = self.range
        return "" if low is None and high is None else f"{'' if low is None else low}..{'' if high is None else high}"


_YEAR = re.compile(r"^(\d{4})年?$")
_MONTHS = re.compile(r"^(\d{4})[-年.](\d{1,2})月?(?:[/至~—–-]|月?至|月?-)(?:(\d{4})[-年.])?(\d{1,2})月?$")


def period(value: str, name: str = "period", source: str = "") -> str:
    """A period as the graph writes it, a year (2021) or months of one (2021-01/2021-09), from the ways one
    is typed: 2021年, ２０２１ (full-width), 2021-1/2021-9, 2021年1-9月 (each matched nothing: 0 rows)."""
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", value))
    year = _YEAR.match(text)
    if year:
        return year.group(1)
    months = _MONTHS.match(text)
    if months and 1 <= int(months.group(2)) <= 12 and 1 <= int(months.group(4)) <= 12:
        first, last = months.group(1), months.group(3) or months.group(1)
        return f"{first}-{int(months.group(2)):02d}/{last}-{int(months.group(4)):02d}"
    raise ZonegraphError(f"parameter {name}: {quoted(value)} is no period: a period is a year (2021) or months of a year "
                         "(2021-01/2021-09)", source)


NAME_TYPES = ("name", "zh")  # parameters that name an entity by its name or an alias (zh: as a @zh literal)

# The class a name parameter of each of these names names (zone-profile given 浙江大学, a research institute,
# printed 0 rows and no word); a name parameter of another name (subject, object) may name anything.
KINDS = {"zone": "Zone", "industry": "Industry", "indicator": "Indicator", "institute": "ResearchInstitute",
         "enterprise": "Enterprise", "investor": "Enterprise", "policy": "Policy", "cluster": "IndustrialCluster",
         "project": "Project"}
KIND_WORDS = {"Zone": "a zone", "ResearchInstitute": "a research institute", "Enterprise": "an enterprise",
              "Industry": "an industry", "Indicator": "an indicator", "Policy": "a policy",
              "IndustrialCluster": "an industrial cluster", "Project": "a project", "Organization": "an organisation",
              "Document": "a document"}

_NAMED = """SELECT DISTINCT ?class WHERE { ?node rdfs:label|skos:altLabel|skos:prefLabel ?written .
  FILTER(STR(?written) = $value) OPTIONAL { ?node a ?class . FILTER(STRSTARTS(STR(?class), "$zg")) } }"""
_NAMED = _NAMED.replace("$zg", str(ZG))  # (a bare zg: is no name an endpoint is sent a PREFIX for)
_IS_NAME = """ASK { ?node rdfs:label|skos:altLabel|skos:prefLabel ?written . FILTER(STR(?written) = $value) }"""
_NEAR = """SELECT DISTINCT ?node (STR(?written) AS ?name) WHERE { ?node rdfs:label|skos:altLabel|skos:prefLabel ?written .
  $kind FILTER(CONTAINS(STR(?written), $part)) } LIMIT 2000"""
# the words a name shares with every name of its kind, dropped to find its own part (东湖 of 东湖高新区)
_GENERIC = re.compile(r"(?:国家级)?(?:(?:高新技术|新技术|高新|经济技术)产业(?:开发区|园区)|(?:高新技术|新技术|高新|经济技术)开发区|"
                      r"高新区|开发区|科技园区?|园区|产业园|产业|(?:股份)?有限(?:责任)?公司|集团)$")

Run = Callable[[str], Any]  # a SPARQL text in, its rdflib Result out: the built graph's or an endpoint's


def _simplified(value: str) -> str:
    """``value`` in Simplified characters if it is written in Traditional ones, as the pipeline reads a
    Traditional document (蘇州高新區 -> 苏州高新区)."""
    if value.isascii():
        return value
    from zonegraph.documents.script import to_simplified

    return to_simplified(value)[0]


_LATIN = re.compile(r"[A-Za-z]")
_ANY_CASE = """SELECT (STR(?written) AS ?name) WHERE { ?node rdfs:label|skos:altLabel|skos:prefLabel ?written . $kind
  FILTER(LCASE(STR(?written)) = $lower) } ORDER BY ?name LIMIT 1"""


def needs_reading(query: NamedQuery, values: dict[str, str]) -> bool:
    """Whether a name the query was given may be written otherwise than the graph writes it (in Traditional
    characters, in Latin letters of another case), so that ``read_names`` has a name to look up."""
    return any(values.get(name) and (_LATIN.search(values[name]) or _simplified(values[name]) != values[name])
               for name, parameter in query.parameters.items() if parameter.type in NAME_TYPES)


def read_names(query: NamedQuery, values: dict[str, str], run: Run) -> dict[str, str]:
    """``values`` with each name given in Traditional characters read as Simplified, as the pipeline reads a
    Traditional document (蘇州高新區 was named by nothing: 0 rows), and each in Latin letters as the graph writes it
    whatever their case (gdp: GDP); a name the graph has as typed is kept as typed (法尔胜泓昇集团有限公司,
    Simplified, which t2s would make 泓升)."""
    read = dict(values)
    for name, parameter in query.parameters.items():
        value = values.get(name) or ""
        if parameter.type not in NAME_TYPES or not value:
            continue
        forms = list(dict.fromkeys([value, _simplified(value)]))
        if len(forms) == 1 and not _LATIN.search(value):
            continue
        named = [form for form in forms if run(_IS_NAME.replace("$value", Literal(form).n3())).askAnswer]
        if named:
            read[name] = named[0]
            continue
        read[name] = forms[-1]
        if _LATIN.search(value):  # (an enterprise, an indicator may be named in Latin letters: GDP, R&D)
            kind = f"?node a zg:{KINDS[name]} ." if name in KINDS else ""
            for form in forms:
                found = list(run(_ANY_CASE.replace("$kind", kind).replace("$lower", Literal(form.lower()).n3())))
                if found:
                    read[name] = str(found[0][0])
                    break
    return read


def names_not_in_graph(query: NamedQuery, values: dict[str, str], run: Run,
                       typed: dict[str, str] | None = None) -> list[str]:
    """A note for each name the query was given that nothing in the graph is called (苏洲高新区 matched nothing:
    0 rows and no word), with the closest names it has; and for each that names only things of another kind
    than the parameter's (a zone parameter given 浙江大学: it is a research institute, not a zone). ``typed``: the
    values as given, where ``values`` are as read (蘇州高新區, read as 苏州高新区)."""
    notes = []
    for name, parameter in query.parameters.items():
        value = values.get(name) or ""
        if parameter.type == "period" and value:
            notes += _period_note(period(value, name), name, run)
        if parameter.type not in NAME_TYPES or not value:
            continue
        given = (typed or values).get(name) or value
        shown = quoted(given) + (f" (read as {quoted(value)})" if given != value else "")
        named = run(_NAMED.replace("$value", Literal(value).n3()))
        classes = {str(row[0]).rsplit("#", 1)[-1] for row in named if row[0] is not None}
        if len(named):
            kind = KINDS.get(name)
            if kind and kind not in classes and classes & set(KIND_WORDS):
                words = " or ".join(KIND_WORDS[c] for c in KIND_WORDS if c in classes)
                notes.append(f"{shown} ({name}) is {words}, not {KIND_WORDS[kind]}")
            continue
        near = _nearest(value, name, run)
        notes.append(f"nothing in the graph is named {shown} ({name})"
                     + (f"; did you mean {', '.join(near)}?" if near else ""))
    return notes


_PERIODS = "SELECT DISTINCT (STR(?period) AS ?p) WHERE { ?o zg:refPeriod ?period } ORDER BY ?p"


def _period_note(value: str, name: str, run: Run) -> list[str]:
    """A note when the graph has no figure of the period asked for, with the periods it has."""
    periods = [str(row[0]) for row in run(_PERIODS)]
    if value in periods:
        return []
    return [f"the graph has no figures for the period {value} ({name}); its periods are "
            + (", ".join(periods) if periods else "none")]


def _nearest(value: str, parameter: str, run: Run, n: int = 3) -> list[str]:
    """The names closest to ``value`` of things of the parameter's kind (a zone parameter was offered the
    enterprise 东久 for 东湖), one per thing: first names holding it (武汉东湖 for 东湖), then names it holds
    (苏州高新区 for 苏州高新区东区), then names holding its own part (武汉东湖 for 东湖高新区, which shares 高新区
    with every zone), then the most alike (苏州高新区 for 苏洲高新区)."""
    core = _GENERIC.sub("", value)
    parts = {value[:2], value[-2:], core[:2], core[-2:]} | (set(value) if len(value) <= 4 else set())  # (GPD: G, P, D)
    kind = f"?node a zg:{KINDS[parameter]} ." if parameter in KINDS else ""
    best: dict[str, tuple] = {}
    for part in filter(None, parts):
        for row in run(_NEAR.replace("$kind", kind).replace("$part", Literal(part).n3())):
            name = str(row[1])
            own = _GENERIC.sub("", name)
            ratio = difflib.SequenceMatcher(None, value, name).ratio()
            if value in name:
                tier = 0
            elif len(own) >= 2 and name in value:
                tier = 1
            elif len(core) >= 2 and core != value and core in name:
                tier = 2
            elif ratio >= 0.5:
                tier = 3
            else:
                continue
            prefix = len(os.path.commonprefix([value, name]))  # (苏洲: 苏州 before 株洲, alike as much)
            rank = (tier, -ratio, -prefix, name)
            if str(row[0]) not in best or rank < best[str(row[0])]:
                best[str(row[0])] = rank
    return [rank[-1] for rank in sorted(best.values())[:n]]


@lru_cache(maxsize=1)
def ontology_properties() -> frozenset[str]:
    """The local names of the ontology's properties (partnersWith, hostsEnterprise, refZone …): what a ``property``
    parameter may name."""
    from rdflib import OWL, RDF, Graph

    from zonegraph.namespaces import ZG
    from zonegraph.resources import ontology_file

    graph = Graph().parse(ontology_file(), format="turtle")
    kinds = (OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property)
    return frozenset(str(p)[len(str(ZG)):] for kind in kinds for p in graph.subjects(RDF.type, kind)
                     if str(p).startswith(str(ZG)))


@dataclass
class NamedQuery:
    """A SPARQL file of queries/ with its header's title, description and parameters."""

    name: str
    path: Path
    text: str
    title: str = ""
    description: str = ""
    parameters: dict[str, Parameter] = field(default_factory=dict)
    named: bool = False  # run by its name (its errors name it so, not the file of an installed copy)

    @property
    def where(self) -> str:
        """What its errors name: the query's name for a named query, else its file (or <stdin>, <query text>)."""
        return self.name if self.named else str(self.path)

    def bind(self, values: dict[str, str]) -> str:
        """The query text with every ``$param`` replaced; unknown or missing values are errors."""
        unknown = sorted(set(values) - set(self.parameters))
        if unknown:
            known = ", ".join(self.parameters) or "none"
            raise ZonegraphError(f"unknown parameter {', '.join(unknown)} (this query takes: {known})", self.where)
        terms = {}
        for name, parameter in self.parameters.items():
            value = values.get(name, parameter.default)
            if value is None or (not value and parameter.default is None):  # (zone= matched nothing, 0 rows)
                raise ZonegraphError(f"missing parameter {name}: {parameter.description}", self.where)
            terms[name] = parameter.term(value, self.where)
        # (only a $name of the query itself: one in a string, an IRI or a comment is text, left as written)
        return _NOISE_OR_PARAMETER.sub(lambda m: terms.get(m.group(1), m.group(0)) if m.group(1) else m.group(0),
                                       self.text)


def parse_query_file(path: Path) -> NamedQuery:
    """Read a .rq file and its header. A malformed header line is an error naming the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ZonegraphError(f"cannot read the query: {error}", path) from None
    query = NamedQuery(path.stem, path, text)
    for number, line in enumerate(text.splitlines(), 1):
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        header = _HEADER.match(line)
        if header:
            setattr(query, header.group(1), header.group(2).strip())
        elif _PARAM_LINE.match(line):
            param = _PARAM.match(line)
            kind = _PARAM_KIND.match(line)
            if not param and kind and kind.group(1).split()[:1] in (["integer"], ["decimal"]):
                raise ZonegraphError(f"line {number}: malformed range {quoted(kind.group(1).split(None, 1)[-1])}; "
                                     "expected LOW..HIGH (0..1, 1..)", path)
            if not param and kind:  # (the form is right, the type is not: say that, not the whole form)
                raise ZonegraphError(f"line {number}: unknown parameter type {quoted(kind.group(1).strip())}; a type is "
                                     f"{_TYPE_WORDS}", path)
            if not param:
                raise ZonegraphError(
                    f"line {number}: malformed parameter line; expected "
                    f"'# param NAME (TYPE): description [default: VALUE]', TYPE being {_TYPE_WORDS}", path)
            name, kind, description, default = param.groups()
            kind, _, bounds = kind.partition(" ")
            try:
                low, high = (Decimal(b) if b.strip() else None for b in bounds.split("..")) if bounds else (None, None)
            except InvalidOperation:
                raise ZonegraphError(f"line {number}: malformed range {quoted(bounds.strip())}; expected LOW..HIGH "
                                     "(0..1, 1..)", path) from None
            query.parameters[name] = Parameter(name, kind, description, default, (low, high))
    if not text.strip() or all(l.startswith("#") or not l.strip() for l in text.splitlines()):
        raise ZonegraphError("the query file holds no SPARQL", path)
    _check_parameters_used(query)
    return query


# an IRI, a string or a comment (group 0 alone: store.terms' TURTLE_NOISE, not imported, which would load
# pyoxigraph for `zonegraph queries`), or a parameter written $name in the query itself (group 1)
_NOISE_OR_PARAMETER = re.compile(r'<[^<>"{}|^`\\\s]*>|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|'
                                 r"'(?:[^'\\\n]|\\.)*'|#[^\n]*|\$(\w+)")


def _check_parameters_used(query: NamedQuery) -> None:
    """A ``$name`` like a parameter the header declares but none of them, or a parameter the query never uses, is an
    error naming the file: a typo ($zonee for zone) ran with an unbound variable and answered for every zone, without
    a word. Any other ``$name`` is the SPARQL variable ``?name`` ($ is SPARQL's other way of writing one)."""
    used: dict[str, int] = {}
    for match in _NOISE_OR_PARAMETER.finditer(query.text):
        if match.group(1) and match.group(1) not in used:
            used[match.group(1)] = query.text.count("\n", 0, match.start()) + 1
    for name, line in used.items():
        near = difflib.get_close_matches(name, list(query.parameters), n=1) if name not in query.parameters else []
        if near:
            raise ZonegraphError(f"line {line}: ${name} is no parameter the header declares (did you mean ${near[0]}?)"
                                 f"; declare it with '# param {name} (TYPE): description', or write ?{name} for a "
                                 "SPARQL variable", query.path)
    for name in query.parameters:
        if name not in used:
            raise ZonegraphError(f"parameter {name} is declared but the query never uses ${name}", query.path)


QUERIES_VARIABLE = "ZONEGRAPH_QUERIES"  # a folder of one's own named queries, beside the shipped ones


def named_queries(folder: Path | None = None, skipped: dict[str, ZonegraphError] | None = None) -> dict[str, NamedQuery]:
    """Every named query of ``folder``, by name; by default the shipped queries/ and the *.rq of the folder
    $ZONEGRAPH_QUERIES names, whose query of a shipped query's name is run in its place (an installed zonegraph
    reads its own copy of queries/, not a checkout's).

    A file that is no named query (not UTF-8, empty, a malformed header) is left out, its error put in ``skipped``
    by name: one bad file of one's own took every other query, the shipped ones too, down with it. A bad file of a
    shipped query's name leaves that name out too, so that running it gives the file's error, not the query it
    was meant to replace."""
    skipped = {} if skipped is None else skipped
    if folder is not None:
        queries = {}
        for path in sorted(folder.glob("*.rq")):
            try:
                queries[path.stem] = replace(parse_query_file(path), named=True)
            except ZonegraphError as error:
                skipped[path.stem] = error
        return queries
    queries = named_queries(queries_dir(), skipped)
    own = os.environ.get(QUERIES_VARIABLE)
    if own:
        if not Path(own).is_dir():
            raise ZonegraphError(f"${QUERIES_VARIABLE} names no folder of named queries", own)
        mine: dict[str, ZonegraphError] = {}
        queries.update(named_queries(Path(own), mine))
        for name in mine:
            queries.pop(name, None)
        skipped.update(mine)
    return queries


_SPARQL_TEXT = re.compile(r"[\s{]")


def _is_file(path: Path) -> bool:
    """Whether ``path`` names an existing file; a text too long for a file name (SPARQL) names none."""
    try:
        return path.is_file()
    except OSError:
        return False


def find_query(reference: str, skipped: dict[str, ZonegraphError] | None = None) -> NamedQuery:
    """A named query by name, or a .rq file by path, ``-`` for standard input, or SPARQL text itself: a reference
    with a space or a brace in it that names no file (``zonegraph query 'SELECT ?z WHERE { ?z a zg:Zone }'``), as
    sqlite-utils takes SQL; no query name or file name of ours holds either. Named query files left out as broken
    are put in ``skipped`` (see ``named_queries``), for the caller to name."""
    if reference == "-":
        import sys

        query = NamedQuery("stdin", Path("<stdin>"), sys.stdin.read())
        if not query.text.strip():
            raise ZonegraphError("no SPARQL on standard input", "<stdin>")
        return query
    path = Path(reference)
    if _SPARQL_TEXT.search(reference) and not _is_file(path):
        return NamedQuery("text", Path("<query text>"), reference)
    if path.suffix in (".rq", ".sparql") or _is_file(path):
        if not _is_file(path):
            raise ZonegraphError("no such query file", path)
        return parse_query_file(path)
    skipped = {} if skipped is None else skipped
    available = named_queries(skipped=skipped)
    if reference in skipped:  # (a file of one's own that is no named query: its own error, not "unknown")
        raise skipped[reference]
    if reference not in available:
        raise ZonegraphError(f"unknown query name (known: {', '.join(available)})", reference)
    return available[reference]
