"""Named query files: headers, parameters and their errors."""

from __future__ import annotations

import pytest

from zonegraph.errors import ZonegraphError
from zonegraph.queries.named import find_query, named_queries, parse_query_file

REQUIRED = {"shared-partner-institutes", "zone-profile", "institute-reach", "zones-by-industry", "zone-policies", "evidence"}


def test_every_shipped_query_has_a_title_description_and_typed_parameters():
    queries = named_queries()
    assert REQUIRED <= set(queries)
    for query in queries.values():
        assert query.title and query.description, query.name
        for name in query.parameters:
            assert f"${name}" in query.text, f"{query.name} declares {name} but never uses it"


def test_parameters_become_escaped_terms():
    query = find_query("zone-profile")
    text = query.bind({"zone": '苏州高新区" } DROP ALL {'})
    assert '"苏州高新区\\" } DROP ALL {"' in text
    evidence = find_query("evidence").bind({"min_confidence": "0.8"})
    assert '"0.8"^^<http://www.w3.org/2001/XMLSchema#decimal>' in evidence


@pytest.mark.parametrize(
    "values, problem",
    [({"zone": "x", "colour": "red"}, "unknown parameter colour"), ({}, "missing parameter zone")],
)
def test_unknown_and_missing_parameters_are_errors(values, problem):
    with pytest.raises(ZonegraphError, match=problem):
        find_query("zone-profile").bind(values)


def test_numbers_are_checked():
    with pytest.raises(ZonegraphError, match="not a number"):
        find_query("evidence").bind({"min_confidence": "high"})


def test_malformed_parameter_line_names_the_file_and_line(tmp_path):
    path = tmp_path / "bad.rq"
    path.write_text("# title: Bad\n# param zone: no type given\nSELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    with pytest.raises(ZonegraphError) as caught:
        parse_query_file(path)
    assert "bad.rq" in str(caught.value) and "line 2" in str(caught.value)


def test_unknown_query_name_lists_the_known_ones():
    with pytest.raises(ZonegraphError, match="unknown query name .*zone-profile"):
        find_query("no-such-query")
