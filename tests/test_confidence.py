"""Confidence: each relation's zg:confidence is its rule's measured precision (data/rule_confidence.csv)."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib.namespace import RDF

from zonegraph.documents.model import Sentence
from zonegraph.errors import ZonegraphError
from zonegraph.namespaces import ZG
from zonegraph.relations import confidence
from zonegraph.relations.confidence import calibrate, hand_set_confidences, rule_confidences
from zonegraph.relations.facts import Fact

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "data" / "rule_confidence.csv"
SMOOTHING = 8  # bench/calibrate.py's


def _fact(predicate: str, rule: str, guess: float) -> Fact:
    sentence = Sentence(0, "苏州高新区与南京大学合作。", list(range(13)), 0)
    return Fact(("Zone", "苏州高新区"), predicate, ("ResearchInstitute", "南京大学"), "a.txt", sentence, rule, guess)


def _rows() -> list[dict]:
    with TABLE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_a_measured_rule_gets_its_measured_confidence_and_an_unmeasured_one_keeps_its_guess():
    (predicate, rule), measured = next(iter(rule_confidences().items()))
    known, unknown = _fact(predicate, rule, 0.123), _fact(predicate, "no-such-rule+cue", 0.6)
    calibrated = calibrate([known, unknown])
    assert calibrated[0].confidence == measured
    assert calibrated[0].rule == rule and calibrated[0].sentence is known.sentence
    assert calibrated[1] is unknown
    with hand_set_confidences():
        assert calibrate([known])[0].confidence == 0.123


def test_the_shipped_table_is_what_its_counts_give():
    """Each confidence is its rule's share of right evidence, smoothed towards its predicate's
    share as bench/calibrate.py computes it: a hand-edited confidence fails here."""
    rows = _rows()
    assert rows, "an empty table"
    by_predicate: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        right, total = int(row["correct"]), int(row["total"])
        assert 0 <= right <= total and total > 0, row
        by_predicate[row["predicate"]][0] += right
        by_predicate[row["predicate"]][1] += total
    for row in rows:
        right, total = int(row["correct"]), int(row["total"])
        rate = by_predicate[row["predicate"]][0] / by_predicate[row["predicate"]][1]
        assert float(row["confidence"]) == round((right + SMOOTHING * rate) / (total + SMOOTHING), 2), row
    assert len({(row["predicate"], row["rule"]) for row in rows}) == len(rows), "a rule listed twice"


def test_every_evidence_record_of_the_corpus_carries_its_rules_measured_confidence(corpus_build):
    result, _ = corpus_build
    table = rule_confidences()
    measured = 0
    for graph in result.dataset.graphs():
        for record in graph.subjects(RDF.type, ZG.Evidence):
            predicate = str(graph.value(record, RDF.predicate)).rpartition("#")[2]
            rule = str(graph.value(record, ZG.rule))
            if (predicate, rule) in table:
                assert float(graph.value(record, ZG.confidence)) == table[(predicate, rule)], (predicate, rule)
                measured += 1
    assert measured > 500  # most of the corpus's evidence comes from rules the table measures


@pytest.mark.parametrize("text, problem", [
    ("predicate,rule,confidence\npartnersWith,x,0.5\n", "expected the columns"),
    ("predicate,rule,correct,total,confidence\npartnersWith,x,1,2,high\n", "line 2: confidence 'high' is not a number"),
    ("predicate,rule,correct,total,confidence\npartnersWith,x,1,2,0.5\npartnersWith,y,1,2,1.5\n",
     "line 3: confidence 1.5 is not between 0 and 1"),
])
def test_a_broken_table_is_refused_naming_the_file_and_line(tmp_path, monkeypatch, text, problem):
    path = tmp_path / "rule_confidence.csv"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(confidence, "data_file", lambda name: path)
    rule_confidences.cache_clear()
    try:
        with pytest.raises(ZonegraphError, match=problem) as caught:
            rule_confidences()
        assert str(path) in str(caught.value)
    finally:
        rule_confidences.cache_clear()


def test_the_calibration_script_measures_a_round_and_checks_a_fit():
    """bench/calibrate.py on real held-out rounds: the table it prints, and the two-fold check."""
    run = lambda *args: subprocess.run([sys.executable, str(ROOT / "bench" / "calibrate.py"), *args],
                                       capture_output=True, text=True, encoding="utf-8", timeout=600)
    table = run("round12", "round13")
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["predicate", "rule", "right/total", "confidence"]
    rules = {tuple(line.split()[:2]) for line in lines[1:]}
    assert ("hostsEnterprise", "enterprise-gazetteer+cue") in rules
    checked = run("round12", "round13", "round14", "--check")
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.count("expected calibration error") == 4
    assert "min_confidence 0.9: own P" in checked.stdout
