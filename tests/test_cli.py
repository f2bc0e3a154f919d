"""The real command line, run as a user runs it, on small corpora and on the shipped one."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import subprocess
import sys

import pytest

from conftest import CORPUS, FIXTURES, bad_and_good_queries, run_cli


@pytest.fixture(scope="module")
def small_build(tmp_path_factory):
    """A small corpus with a GB18030 file, a binary file and an empty one, built by the CLI."""
    corpus = tmp_path_factory.mktemp("corpus")
    for path in (FIXTURES / "messy").glob("*.txt"):
        (corpus / path.name).write_bytes(path.read_bytes())
    (corpus / "gbk.txt").write_bytes("潍坊高新区与山东大学、浙江大学签订战略合作协议，园区企业潍柴动力牵头建设研究中心。".encode("gb18030"))
    (corpus / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    (corpus / "empty.txt").write_bytes(b"")
    build_dir = tmp_path_factory.mktemp("build")
    result = run_cli("build", "--corpus", str(corpus), "--build-dir", str(build_dir))
    return result, build_dir


def test_build_reports_each_bad_file_on_one_line_and_builds_the_rest(small_build):
    result, build_dir = small_build
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("zonegraph: error:")]
    assert len(errors) == 2
    assert any("picture.txt" in e and "binary" in e for e in errors)
    assert any("empty.txt" in e and "empty file" in e for e in errors)
    assert "documents  2" in result.stdout
    assert (build_dir / "graph.trig").exists()


def test_a_corpus_folder_inside_is_named_then_ingested_as_a_folder(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "2024").mkdir(parents=True)
    (corpus / "a.txt").write_text("潍坊高新区与山东大学签订战略合作协议。", encoding="utf-8")
    (corpus / "2024" / "b.txt").write_text("苏州高新区与南京大学共建研究院。", encoding="utf-8")
    build_dir = tmp_path / "build"
    built = run_cli("build", "--corpus", str(corpus), "--build-dir", str(build_dir))
    assert built.returncode == 1 and "documents  1" in built.stdout
    assert f"{corpus / '2024'}: a folder: the files in it are not read" in built.stderr
    ingested = run_cli("ingest", str(corpus / "2024"), "--build-dir", str(build_dir))
    assert ingested.returncode == 0, ingested.stderr
    assert "added      b.txt" in ingested.stdout and "documents  2" in ingested.stdout


def test_query_formats(small_build):
    _, build_dir = small_build
    out = run_cli("query", "zone-profile", "--param", "zone=潍坊高新区", "--format", "json", "--build-dir", str(build_dir))
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)["results"]["bindings"]
    targets = {row["target"]["value"] for row in rows if "target" in row}  # (the first row is the zone's own)
    assert {"山东大学", "浙江大学"} <= targets
    out = run_cli("query", "zone-profile", "--param", "zone=潍坊高新区", "--format", "csv", "--build-dir", str(build_dir))
    assert {r["target"] for r in csv.DictReader(io.StringIO(out.stdout))} == targets | {""}
    out = run_cli("query", "zone-profile", "--param", "zone=潍坊高新区", "--build-dir", str(build_dir))
    assert "浙江大学" in out.stdout and "rows)" in out.stdout


def test_csv_for_excel_opens_with_a_byte_order_mark(small_build):
    """Excel on Windows reads a CSV without a BOM in the system's code page: Chinese names came out garbled."""
    _, build_dir = small_build
    args = ("query", "zone-profile", "--param", "zone=潍坊高新区", "--build-dir", str(build_dir))
    plain = subprocess.run([sys.executable, "-m", "zonegraph", *args, "--format", "csv"], capture_output=True)
    excel = subprocess.run([sys.executable, "-m", "zonegraph", *args, "--format", "csv-excel"], capture_output=True,
                           env={**os.environ, "PYTHONIOENCODING": "gb18030"})  # (a console of another encoding)
    assert excel.returncode == 0, excel.stderr
    assert excel.stdout == b"\xef\xbb\xbf" + plain.stdout and "浙江大学".encode("utf-8") in excel.stdout


def test_query_from_a_file_and_from_stdin(small_build, tmp_path):
    _, build_dir = small_build
    path = tmp_path / "zones.rq"
    path.write_text("PREFIX zg: <https://w3id.org/zonegraph/ontology#>\nSELECT (COUNT(*) AS ?n) WHERE { ?z a zg:Zone }\n", encoding="utf-8")
    out = run_cli("query", str(path), "--format", "csv", "--build-dir", str(build_dir))
    assert out.returncode == 0 and int(out.stdout.splitlines()[1]) >= 2
    out = run_cli("query", "-", "--format", "tsv", "--build-dir", str(build_dir),
                  stdin="SELECT ?l WHERE { ?z a zg:Zone ; rdfs:label ?l } ORDER BY ?l")
    assert "潍坊高新技术产业开发区" in out.stdout
    out = run_cli("query", "-", "--format", "turtle", "--build-dir", str(build_dir),
                  stdin="CONSTRUCT { ?z zg:partnersWith ?i } WHERE { ?z zg:partnersWith ?i }")
    assert "zg:partnersWith" in out.stdout


def test_query_given_as_sparql_text(small_build):
    """SPARQL text is a REFERENCE too (it was taken for an unknown query name): the same answer as on stdin."""
    _, build_dir = small_build
    text = "SELECT ?l WHERE { ?z a zg:Zone ; rdfs:label ?l } ORDER BY ?l"
    given = run_cli("query", text, "--format", "tsv", "--build-dir", str(build_dir))
    assert given.returncode == 0, given.stderr
    assert given.stdout == run_cli("query", "-", "--format", "tsv", "--build-dir", str(build_dir), stdin=text).stdout
    assert "潍坊高新技术产业开发区" in given.stdout
    bad = run_cli("query", "SELECT WHERE {", "--build-dir", str(build_dir))
    assert bad.returncode == 1 and "<query text>" in bad.stderr and "malformed SPARQL" in bad.stderr
    # a text longer than a file name may be (it was looked for as a file: OSError, a traceback)
    long = "SELECT ?l WHERE { ?z a zg:Zone ; rdfs:label ?l . FILTER(?l NOT IN (" + ", ".join(f"'区{n}'" for n in range(60)) + ")) } ORDER BY ?l"
    assert len(long.encode("utf-8")) > 255
    given_long = run_cli("query", long, "--format", "tsv", "--build-dir", str(build_dir))
    assert given_long.returncode == 0 and given_long.stdout == given.stdout, given_long.stderr


def test_a_name_nothing_is_called_gets_a_note(small_build):
    """`query zone-profile --param zone=苏洲高新区` printed 0 rows and no word why."""
    _, build_dir = small_build
    out = run_cli("query", "zone-profile", "--param", "zone=苏洲高新区", "--build-dir", str(build_dir))
    assert out.returncode == 0 and "(0 rows)" in out.stdout
    assert "zonegraph: note: nothing in the graph is named 「苏洲高新区」 (zone); did you mean 苏州高新区" in out.stderr
    found = run_cli("query", "zone-profile", "--param", "zone=苏州高新区", "--build-dir", str(build_dir))
    assert found.returncode == 0 and found.stderr == ""


@pytest.mark.parametrize("query", ["zone-profile", "zone-indicators", "zone-policies"])
def test_a_name_of_another_kind_gets_a_note_saying_what_it_names(small_build, query):
    """`query zone-profile --param zone=浙江大学` printed 0 rows and no word: 浙江大学 is a research institute."""
    _, build_dir = small_build
    out = run_cli("query", query, "--param", "zone=浙江大学", "--build-dir", str(build_dir))
    assert out.returncode == 0 and "(0 rows)" in out.stdout
    assert out.stderr == "zonegraph: note: 「浙江大学」 (zone) is a research institute, not a zone\n"


def test_a_name_in_traditional_characters_is_read_as_simplified(small_build):
    """`--param zone=蘇州高新區` said nothing is named so, though a Traditional document is read as Simplified."""
    _, build_dir = small_build
    simplified = run_cli("query", "zone-profile", "--param", "zone=潍坊高新区", "--format", "csv", "--build-dir", str(build_dir))
    traditional = run_cli("query", "zone-profile", "--param", "zone=濰坊高新區", "--format", "csv", "--build-dir", str(build_dir))
    assert traditional.returncode == 0 and traditional.stderr == ""
    assert traditional.stdout == simplified.stdout and "浙江大学" in traditional.stdout
    # a name the graph has in neither form is shown as typed and as read
    out = run_cli("query", "zone-indicators", "--param", "zone=浙江大學", "--build-dir", str(build_dir))
    assert "「浙江大學」 (read as 「浙江大学」) (zone) is a research institute, not a zone" in out.stderr


def test_suggestions_are_of_the_parameters_kind_names_holding_the_name_first(corpus_build):
    """`zone=东湖` was offered 东久, an enterprise, and `zone=东湖高新区` not 武汉东湖 at all (高新区 made every
    zone as alike)."""
    _, build_dir = corpus_build
    short = run_cli("query", "zone-profile", "--param", "zone=东湖", "--build-dir", str(build_dir))
    assert "did you mean 武汉东湖, 东莞松山湖?" in short.stderr
    longer = run_cli("query", "zone-indicators", "--param", "zone=东湖高新区", "--build-dir", str(build_dir))
    assert "did you mean 武汉东湖" in longer.stderr
    held = run_cli("query", "zone-indicators", "--param", "zone=苏州高新区东区", "--build-dir", str(build_dir))
    assert "did you mean 苏州高新区" in held.stderr
    anything = run_cli("query", "evidence", "--param", "subject=东湖", "--build-dir", str(build_dir))
    assert "did you mean 武汉东湖" in anything.stderr  # (a subject may be of any kind: 东久 may be meant)


def test_a_period_is_read_as_the_graph_writes_periods(corpus_build):
    """`period=2021年`, full-width ２０２１ and 2021-1/2021-9 gave 0 rows and no word."""
    _, build_dir = corpus_build
    query = lambda period: run_cli("query", "compare-indicator", "--param", "indicator=GDP", "--param", f"period={period}",
                                   "--format", "csv", "--build-dir", str(build_dir))
    year, months = query("2021"), query("2021-01/2021-09")
    assert len(year.stdout.splitlines()) > 1 and len(months.stdout.splitlines()) > 1
    for typed, expected in (("2021年", year), ("２０２１", year), ("2021-1/2021-9", months), ("2021年1-9月", months)):
        out = query(typed)
        assert (out.returncode, out.stdout, out.stderr) == (0, expected.stdout, ""), typed
    missing = query("2019")
    assert "no figures for the period 2019 (period); its periods are 2012, 2015, 2020, 2021, 2021-01/2021-09, 2022" in missing.stderr
    wrong = query("21")
    assert wrong.returncode == 1 and "is no period: a period is a year (2021) or months of a year" in wrong.stderr


def test_a_name_in_latin_letters_matches_whatever_their_case(corpus_build):
    """`--param indicator=gdp` found nothing: the graph writes GDP."""
    _, build_dir = corpus_build
    query = lambda indicator: run_cli("query", "compare-indicator", "--param", f"indicator={indicator}", "--format", "csv",
                                      "--build-dir", str(build_dir))
    upper, lower = query("GDP"), query("gdp")
    assert len(upper.stdout.splitlines()) > 1
    assert (lower.returncode, lower.stdout, lower.stderr) == (0, upper.stdout, "")
    assert query("Gdp增速").stdout == query("GDP增速").stdout


def test_an_industry_outside_the_taxonomy_has_its_zones(corpus_build):
    """zones-by-industry industry=能源 gave 0 rows though 合肥 has it: 能源, outside the taxonomy, has no
    skos:prefLabel, which the query required."""
    _, build_dir = corpus_build
    out = run_cli("query", "zones-by-industry", "--param", "industry=能源", "--format", "csv", "--build-dir", str(build_dir))
    assert out.returncode == 0 and list(csv.DictReader(io.StringIO(out.stdout))) == [
        {"industry": "能源", "zoneCount": "1", "zones": "合肥高新技术产业开发区", "asSectors": "能源"}]
    every = run_cli("query", "zones-by-industry", "--format", "csv", "--build-dir", str(build_dir))
    assert "能源" in {row["industry"] for row in csv.DictReader(io.StringIO(every.stdout))}


def test_a_zone_profile_gives_the_zones_place_and_aliases_first_whatever_its_relations(corpus_build):
    """zone-profile promised the zone's aliases and had no column for them, and a zone with no relation
    (武汉东湖) printed "(0 rows)", not even its place."""
    _, build_dir = corpus_build
    alone = run_cli("query", "zone-profile", "--param", "zone=武汉东湖", "--format", "csv", "--build-dir", str(build_dir))
    assert alone.returncode == 0 and list(csv.DictReader(io.StringIO(alone.stdout))) == [
        {"zoneName": "武汉东湖新技术开发区", "province": "湖北省", "city": "武汉市", "aliases": "武汉东湖", "relation": "",
         "target": "", "targetType": "", "evidenceCount": "0", "documents": "0"}]
    rows = list(csv.DictReader(io.StringIO(run_cli("query", "zone-profile", "--param", "zone=苏州高新区", "--format", "csv",
                                                    "--build-dir", str(build_dir)).stdout)))
    assert set(rows[0]["aliases"].split("、")) >= {"苏州高新区"} and rows[0]["relation"] == ""
    assert len(rows) > 5 and all(row["relation"] and row["aliases"] == "" for row in rows[1:])


def test_messages_show_a_value_as_typed(small_build):
    """Messages showed Python's reprs: 'a\\\\b' for a\\b, "'" for '."""
    _, build_dir = small_build
    for value in ("a\\b", "'", '"x"'):
        out = run_cli("query", "zone-profile", "--param", f"zone={value}", "--build-dir", str(build_dir))
        assert f"nothing in the graph is named 「{value}」 (zone)" in out.stderr
    bad = run_cli("query", "institute-reach", "--param", "min_zones=2\\", "--build-dir", str(build_dir))
    assert "parameter min_zones: not a number: 「2\\」" in bad.stderr


def test_named_queries_of_ones_own_folder_join_the_shipped_ones(small_build, tmp_path, monkeypatch):
    """$ZONEGRAPH_QUERIES: an installed zonegraph reads its own copy of queries/, so a folder of one's own named
    queries is named by the variable; its *.rq are listed and run by name, beside the shipped ones."""
    _, build_dir = small_build
    (tmp_path / "zone-count.rq").write_text("# title: Zones counted\n# description: how many zones the graph has\n"
                                            "SELECT (COUNT(?z) AS ?n) WHERE { ?z a zg:Zone }\n", encoding="utf-8")
    monkeypatch.setenv("ZONEGRAPH_QUERIES", str(tmp_path))
    listed = run_cli("queries")
    assert "zone-count" in listed.stdout and "shared-partner-institutes" in listed.stdout
    out = run_cli("query", "zone-count", "--format", "csv", "--build-dir", str(build_dir))
    assert out.returncode == 0 and int(out.stdout.splitlines()[1]) >= 2
    monkeypatch.setenv("ZONEGRAPH_QUERIES", str(tmp_path / "none"))
    out = run_cli("query", "zone-count", "--build-dir", str(build_dir))
    assert out.returncode == 1 and "names no folder of named queries" in out.stderr

def test_a_bad_query_file_of_ones_own_is_skipped_and_named(small_build, tmp_path, monkeypatch):
    """One .rq in $ZONEGRAPH_QUERIES not UTF-8, empty or of an unknown parameter type made `queries` and every
    named query, the shipped ones too, fail with that file's error."""
    _, build_dir = small_build
    bad_and_good_queries(tmp_path)
    monkeypatch.setenv("ZONEGRAPH_QUERIES", str(tmp_path))
    listed = run_cli("queries")
    assert listed.returncode == 1 and "zone-count" in listed.stdout and "shared-partner-institutes" in listed.stdout
    assert "zebra" not in listed.stdout and "latin" not in listed.stdout
    lines = listed.stderr.strip().splitlines()
    assert len(lines) == 3 and all(line.endswith("(skipped; the other named queries were listed)") for line in lines)
    assert f"{tmp_path / 'latin.rq'}: cannot read the query" in lines[1]  # (in file order: empty, latin, zebra)
    assert f"{tmp_path / 'empty.rq'}: the query file holds no SPARQL" in lines[0]
    assert f"{tmp_path / 'zebra.rq'}: line 2: unknown parameter type 「zebra」" in lines[2]
    for name in ("shared-partner-institutes", "zone-count"):
        out = run_cli("query", name, "--format", "csv", "--build-dir", str(build_dir))
        assert out.returncode == 0 and len(out.stdout.splitlines()) > 1, out.stderr
        assert len(out.stderr.strip().splitlines()) == 3 and "zonegraph: warning:" in out.stderr
    bad = run_cli("query", "zebra", "--build-dir", str(build_dir))
    assert bad.returncode == 1 and bad.stderr.startswith(f"zonegraph: error: {tmp_path / 'zebra.rq'}: line 2: unknown")


def test_a_parameter_typo_in_a_query_file_is_an_error_naming_it(small_build, tmp_path):
    """`# param zone (name)` with `$zonee` in the body ran with $zonee unbound and answered for every zone."""
    _, build_dir = small_build
    typo = tmp_path / "typo.rq"
    typo.write_text("# title: Typo\n# param zone (name): a zone\nSELECT ?p ?o WHERE {\n  ?z rdfs:label $zonee ; ?p ?o }\n",
                    encoding="utf-8")
    out = run_cli("query", str(typo), "--param", "zone=潍坊高新区", "--build-dir", str(build_dir))
    assert (out.returncode, out.stdout) == (1, "")
    assert out.stderr.startswith(f"zonegraph: error: {typo}: line 4: $zonee is no parameter the header declares "
                                 "(did you mean $zone?)")
    unused = tmp_path / "unused.rq"  # ($zone in a string, an IRI or a comment is no use of it)
    unused.write_text('# title: Unused\n# param zone (name): a zone\nSELECT ?z WHERE { ?z rdfs:label "$zone" } # $zone\n',
                      encoding="utf-8")
    out = run_cli("query", str(unused), "--param", "zone=潍坊高新区", "--build-dir", str(build_dir))
    assert out.returncode == 1 and f"{unused}: parameter zone is declared but the query never uses $zone" in out.stderr
    # $s is SPARQL's other way of writing ?s: a file of no parameters, or none like it, runs (a reviewer, session 70:
    # every $variable was refused)
    for header in ("# title: Vars\n", "# title: Vars\n# param zone (name): a zone\n"):
        variables = tmp_path / "variables.rq"
        variables.write_text(header + "SELECT $s WHERE { $s a zg:Zone ; rdfs:label ?l . "
                             + ('FILTER(STR(?l) = $zone) ' if "param" in header else "") + "}\n", encoding="utf-8")
        out = run_cli("query", str(variables), *(["--param", "zone=潍坊高新技术产业开发区"] if "param" in header else []),
                      "--format", "csv", "--build-dir", str(build_dir))
        assert out.returncode == 0 and len(out.stdout.splitlines()) == (2 if "param" in header else 4), (header, out.stderr)


def test_an_ask_answer_in_every_format(small_build):
    """An ASK with --format csv raised rdflib's traceback, and tsv or turtle printed JSON without a word."""
    _, build_dir = small_build
    ask = "ASK { ?z a zg:Zone }"
    for fmt, expected in (("table", "true\n"), ("csv", "true\n"), ("tsv", "true\n")):
        out = run_cli("query", ask, "--format", fmt, "--build-dir", str(build_dir))
        assert (out.returncode, out.stdout) == (0, expected), out.stderr
    assert json.loads(run_cli("query", ask, "--format", "json", "--build-dir", str(build_dir)).stdout)["boolean"] is True
    assert "<boolean>true</boolean>" in run_cli("query", ask, "--format", "xml", "--build-dir", str(build_dir)).stdout
    out = run_cli("query", ask, "--format", "turtle", "--build-dir", str(build_dir))
    assert out.returncode == 1 and "format turtle is for graphs; an ASK answer takes" in out.stderr

@pytest.mark.parametrize(
    "args, stdin, words",
    [
        (["query", "no-such-query"], None, ["no-such-query", "unknown query name"]),
        # (a named query's errors name it, not the file of an installed copy under site-packages)
        (["query", "zone-profile", "--param", "colour=red"], None, ["error: zone-profile: unknown parameter colour"]),
        (["query", "zone-profile"], None, ["missing parameter zone"]),
        # (an empty value of a parameter with no default gave 0 rows; a second value was taken without a word)
        (["query", "zone-profile", "--param", "zone="], None, ["zone-profile: missing parameter zone"]),
        (["query", "zone-profile", "--param", "zone=苏州高新区", "--param", "zone=江阴高新区"], None,
         ["zone-profile: parameter zone given twice"]),
        # (a misspelt relation matched nothing: 0 rows)
        (["query", "evidence", "--param", "relation=partnersWth"], None,
         ["evidence: parameter relation: 「partnersWth」 is no property of the ontology (did you mean partnersWith?)"]),
        # (a confidence of NaN, inf or 2 was bound as it was and matched nothing: 0 rows)
        (["query", "shared-partner-institutes", "--param", "min_confidence=NaN"], None,
         ["shared-partner-institutes: parameter min_confidence: not a finite number"]),
        (["query", "evidence", "--param", "min_confidence=inf"], None, ["parameter min_confidence: not a finite number"]),
        (["query", "shared-partner-institutes", "--param", "min_confidence=2"], None,
         ["parameter min_confidence: 「2」 is outside its range, 0..1"]),
        # (1e3 was taken as 1000 and 2.0 as 2 where 1.5 was refused: an integer is written in digits)
        (["query", "institute-reach", "--param", "min_zones=1e3"], None,
         ["institute-reach: parameter min_zones: not a whole number: 「1e3」 (write it in digits: 1000)"]),
        (["query", "institute-reach", "--param", "min_zones=2.0"], None,
         ["parameter min_zones: not a whole number: 「2.0」 (write it in digits: 2)"]),
        (["query", "institute-reach", "--param", "min_zones=1.5"], None, ["parameter min_zones: not a whole number: 「1.5」"]),
        (["query", "-"], "SELECT WHERE {", ["<stdin>", "malformed SPARQL"]),
        # (Oxigraph answered 400 characters of the Unicode ranges a prefixed name may hold)
        (["query", "SELECT ?x WHERE { ?x a foo:Bar }"], None,
         ["<query text>: unknown prefix foo: (known without a PREFIX line: zg, id,", "PREFIX foo: <IRI>"]),
        # (an update was read as a query that failed to parse: "malformed SPARQL: error at 1:10: expected CONSTRUCT")
        (["query", "DELETE WHERE { ?s ?p ?o }"], None,
         ["<query text>: SPARQL Update is refused: zonegraph query only reads", "build, ingest, remove or import"]),
        (["query", "-"], "PREFIX x: <urn:x#>\n# a comment\nINSERT DATA { x:a x:b x:c }", ["<stdin>: SPARQL Update is refused"]),
        # (a URL without http:// raised urllib's ValueError as a traceback)
        (["query", "shared-partner-institutes", "--endpoint", "localhost:7878/query"], None,
         ["localhost:7878/query", "not an http:// or https:// URL"]),
        (["push", "notaurl"], None, ["notaurl", "not an http:// or https:// URL"]),
    ],
)
def test_bad_queries_get_one_line_errors(small_build, args, stdin, words):
    _, build_dir = small_build
    out = run_cli(*args, "--build-dir", str(build_dir), stdin=stdin)
    assert out.returncode == 1
    line = out.stderr.strip()
    assert "\n" not in line and line.startswith("zonegraph: error:")
    assert all(word in line for word in words), line


def test_malformed_rq_file_is_named(small_build, tmp_path):
    _, build_dir = small_build
    path = tmp_path / "broken.rq"
    path.write_text("SELECT ?x WHERE { ?x ?y }}\n", encoding="utf-8")
    out = run_cli("query", str(path), "--build-dir", str(build_dir))
    assert out.returncode == 1 and "broken.rq" in out.stderr and "malformed SPARQL" in out.stderr


def test_query_before_build_says_to_build(tmp_path):
    out = run_cli("query", "zone-profile", "--param", "zone=x", "--build-dir", str(tmp_path / "nothing"))
    assert out.returncode == 1 and "zonegraph build" in out.stderr


def test_build_dir_comes_from_the_environment(small_build, tmp_path):
    import os
    import subprocess
    import sys

    _, build_dir = small_build
    env = {**os.environ, "ZONEGRAPH_BUILD_DIR": str(build_dir)}
    out = subprocess.run([sys.executable, "-m", "zonegraph", "query", "institute-reach"], capture_output=True,
                         text=True, encoding="utf-8", env=env, cwd=tmp_path)
    assert out.returncode == 0 and "浙江大学" in out.stdout


def test_queries_lists_every_named_query():
    out = run_cli("queries")
    for name in ("shared-partner-institutes", "zone-profile", "institute-reach", "zones-by-industry", "zone-policies", "evidence"):
        assert name in out.stdout


def test_output_into_a_closed_pipe_stops_quietly():
    """`zonegraph queries | head -1` printed "zonegraph: error: Broken pipe" and exited 1."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    process = subprocess.Popen([sys.executable, "-m", "zonegraph", "queries"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=env)
    process.stdout.close()  # (before it has started: no reader at all when it writes)
    stderr = process.stderr.read()
    assert (process.wait(timeout=60), stderr) == (141, b"")  # (as a Unix tool stopped by SIGPIPE: 128 + 13)


def test_the_command_line_starts_without_loading_the_extractor_or_pinyin():
    """Every command pays for what ``zonegraph.cli`` imports: --help and query must not wait for
    pypinyin's dictionaries, the extraction rules, the picture stage or networkx (1 s once, 0.45 s
    with networkx, 0.16 s without)."""
    import subprocess
    import sys

    code = ("import sys, zonegraph.cli; heavy = [m for m in ('pypinyin', 'zonegraph.pipeline', "
            "'zonegraph.mentions', 'zonegraph.pictures.networks', 'networkx') if m in sys.modules]; print(heavy)")
    printed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert printed.strip() == "[]"


def _in_a_terminal(*args: str) -> tuple[subprocess.CompletedProcess, str]:
    """Run ``zonegraph`` with its stderr on a pseudo-terminal, as a user at one sees it; the terminal's text."""
    terminal, stderr = pty.openpty()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-m", "zonegraph", *args], stdout=subprocess.PIPE, stderr=stderr,
                            text=True, encoding="utf-8", env=env, timeout=300)
    os.close(stderr)
    shown = b""
    while True:
        try:
            chunk = os.read(terminal, 4096)
        except OSError:  # (the terminal closed: all read)
            break
        if not chunk:
            break
        shown += chunk
    os.close(terminal)
    return result, shown.decode("utf-8")


def test_a_build_in_a_terminal_shows_its_progress_on_one_line_then_clears_it(tmp_path):
    result, shown = _in_a_terminal("build", "--corpus", str(CORPUS), "--store", "memory", "--build-dir", str(tmp_path / "b"))
    assert result.returncode == 0
    assert "\rreading 5/5\x1b[K" in shown and "\rextracting 5/5\x1b[K" in shown
    # (each stage's first and last steps always show; those between, ten a second at most)
    assert shown.index("\rreading 1/5\x1b[K") < shown.index("reading 5/5") < shown.index("\rextracting 1/5\x1b[K") < shown.index("extracting 5/5")
    assert shown.endswith("\r\x1b[K")  # (the summary on stdout is not written over it)
    assert "\r" not in result.stdout and "documents  5" in result.stdout


def test_an_ingest_in_a_terminal_shows_its_progress(tmp_path):
    first, *others = sorted(CORPUS.glob("*.txt"))[:3]
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / first.name).write_bytes(first.read_bytes())
    assert run_cli("build", "--corpus", str(tmp_path / "corpus"), "--build-dir", str(tmp_path / "b")).returncode == 0
    files = [str(p) for p in others]
    result, shown = _in_a_terminal("ingest", *files, "--build-dir", str(tmp_path / "b"))
    assert result.returncode == 0, shown
    assert "\rreading 2/2\x1b[K" in shown and "\rextracting 2/2\x1b[K" in shown and shown.endswith("\r\x1b[K")


def test_a_build_not_in_a_terminal_writes_no_progress(tmp_path):
    result = run_cli("build", "--corpus", str(CORPUS), "--store", "memory", "--build-dir", str(tmp_path / "b"))
    assert result.returncode == 0 and result.stderr == ""


def test_wrong_paths_and_values_are_one_line_each_and_lose_nothing_else(small_build, tmp_path):
    """What a user found giving click's three-line usage error, a leaked KeyError, a silent exit 0 or a silently
    changed value: each is now one `zonegraph: error: PATH: problem` line, and the other files are still read."""
    _, build_dir = small_build
    good, empty, gold = tmp_path / "good.txt", tmp_path / "empty_folder", tmp_path / "gold.json"
    good.write_text("苏州高新区与南京大学共建研究院。", encoding="utf-8")
    empty.mkdir()
    gold.write_text('{"entities": 3}', encoding="utf-8")
    printed = run_cli("text", str(tmp_path / "gone.pdf"), str(good))
    assert printed.returncode == 1 and "苏州高新区与南京大学共建研究院。" in printed.stdout
    assert printed.stderr.strip() == (f"zonegraph: error: {tmp_path / 'gone.pdf'}: cannot read the file: No such file "
                                      "or directory (skipped; the other documents were printed)")
    folder = run_cli("text", str(tmp_path))  # a folder: its documents, as a corpus folder's
    assert f"==> {good} <==" in folder.stdout and f"{empty}: a folder with no documents in it" not in folder.stdout
    for args, words in (
            (["text", str(empty)], [str(empty), "a folder with no documents in it"]),
            (["build", "--corpus", str(good), "--build-dir", str(tmp_path / "b")], [str(good), "a file, not a corpus folder"]),
            (["evaluate", str(gold), "--build-dir", str(build_dir)], [str(gold), "it needs 'document' (str)"]),
            (["evaluate", str(tmp_path / "none.json"), "--build-dir", str(build_dir)], ["none.json", "cannot read"]),
            (["ingest", str(empty), "--build-dir", str(build_dir)], [str(empty), "a folder with no documents in it"]),
            (["viz", "--zone", "潍坊高新区", "--depth", "0", "--build-dir", str(build_dir)], ["--depth must be 1 or more"])):
        out = run_cli(*args)
        line = out.stderr.strip()
        assert out.returncode == 1 and "\n" not in line and line.startswith("zonegraph: error:"), (args, out.stderr)
        assert all(word in line for word in words), (args, line)


def test_a_corpus_of_nothing_readable_names_each_file_and_what_is_wrong_with_it(tmp_path):
    # a new user's review (session 70): a folder of an empty file and a binary one said only "no readable document",
    # and a named pipe in a corpus was passed over without a word
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(b"")
    (corpus / "b.txt").write_bytes(b"\x00\x01\x02" * 100)
    os.mkfifo(corpus / "c.txt")
    out = run_cli("build", "--corpus", str(corpus), "--build-dir", str(tmp_path / "b"), "--store", "memory")
    lines = out.stderr.splitlines()
    assert out.returncode == 1 and len(lines) == 4, out.stderr
    assert lines[0].endswith("a.txt: empty file: no text to read") and "b.txt: not a text document" in lines[1]
    assert "c.txt: not a regular file" in lines[2] and lines[3].endswith("no readable document in the corpus folder")


def test_institute_reach_takes_one_institute_by_any_of_its_names(corpus_build):
    # a researcher's review (session 70): `--param institute=浙江大学` was an unknown parameter
    _, build_dir = corpus_build
    one = run_cli("query", "institute-reach", "--param", "institute=浙大", "--format", "csv", "--build-dir", str(build_dir))
    rows = list(csv.DictReader(io.StringIO(one.stdout)))
    assert one.returncode == 0 and [row["institute"] for row in rows] == ["浙江大学"] and rows[0]["zones"] == "3"
    every = run_cli("query", "institute-reach", "--format", "csv", "--build-dir", str(build_dir))
    assert rows[0] in list(csv.DictReader(io.StringIO(every.stdout)))


def test_figures_show_their_bound_beside_the_value(corpus_build):
    # a researcher's review (session 70): 苏州's 超过2800项 printed as 2800项, exactly, and 江阴's [143] as 143
    _, build_dir = corpus_build
    suzhou = run_cli("query", "zone-indicators", "--param", "zone=苏州高新区", "--format", "csv", "--build-dir", str(build_dir))
    rows = list(csv.DictReader(io.StringIO(suzhou.stdout)))
    assert {(r["indicator"], r["period"], r["bound"]) for r in rows if r["asWritten"] == "2800项"} == {("产学研合作项目", "2021", "atLeast")}
    assert {r["bound"] for r in rows if r["asWritten"] == "972家"} == {""}
    jiangyin = run_cli("query", "compare-indicator", "--param", "indicator=高新技术企业", "--format", "csv", "--build-dir", str(build_dir))
    assert {r["bound"] for r in csv.DictReader(io.StringIO(jiangyin.stdout)) if r["asWritten"] == "[143]家"} == {"cumulative"}


def test_a_figures_row_says_where_its_source_gives_it(corpus_build):
    # a researcher's review (session 70): the figure queries named the file, not where in it; the evidence query alone did
    _, build_dir = corpus_build
    out = run_cli("query", "compare-indicator", "--param", "indicator=GDP", "--param", "period=", "--format", "csv",
                  "--build-dir", str(build_dir))
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert rows and all(row["offsets"] for row in rows)
    for row in rows:
        start, end = map(int, row["offsets"].split(" ")[0].split("-"))
        text = run_cli("text", str(CORPUS / row["source"])).stdout
        assert row["asWritten"].replace("（", "(") in text[start:end].replace(" ", "").replace("\n", ""), row
    jiangyin = next(row for row in rows if row["zone"].startswith("江阴") and row["period"] == "2020")
    assert jiangyin["offsets"].endswith("(+1)")  # the text and the plan's table both give it
