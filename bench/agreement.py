"""Inter-annotator agreement: a second, independent annotation of corpus documents against the first.

The corpus figures in the README are scored against one annotation (tests/fixtures/gold/). A
hidden annotation made by someone else will not share every convention of it, so this measures
how far two careful readings of the same document differ, and how zonegraph scores against each:

    python bench/agreement.py                  # bench/agreement/*.json against tests/fixtures/gold/
    python bench/agreement.py --errors         # with the items the two annotations disagree on
    python bench/agreement.py /elsewhere/second48/gold --first /elsewhere/round48/gold \
        --corpus /elsewhere/round48/corpus     # a second annotation of held-out passages

The second annotation is turned into a graph of the shape the scorer reads (each entity a node
of its type, labelled with its name and forms; each relation a triple) and scored by the same
scorer as a build, so "P" is the share of the second annotation the first also has and "R" the
share of the first the second also has (F1 is symmetric). Then the build of the shipped corpus is
scored against each annotation, on the same documents.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from rdflib import Dataset, Literal
from rdflib.namespace import RDF, RDFS, SKOS

from zonegraph.evaluation import Tally, load_gold, report, score
from zonegraph.namespaces import ID, ZG, document_iri
from zonegraph.pipeline import build

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def annotation_graph(golds: list[dict]) -> Dataset:
    """Each annotation as its document's named graph: nodes typed and labelled as a build's."""
    dataset = Dataset()
    for gold in golds:
        graph = dataset.graph(document_iri(gold["document"]))
        graph.add((document_iri(gold["document"]), RDF.type, ZG.Document))
        nodes = {}
        for entity in gold["entities"]:
            node = ID[f"annotation/{gold['document']}/{entity['id']}"]
            nodes[entity["id"]] = node
            graph.add((node, RDF.type, ZG[entity["type"]]))
            graph.add((node, RDFS.label, Literal(entity["name"])))
            for form in entity.get("forms", []):
                graph.add((node, SKOS.altLabel, Literal(form)))
        for relation in gold["relations"]:
            graph.add((nodes[relation["subject"]], ZG[relation["predicate"]], nodes[relation["object"]]))
    return dataset


def _errors(title: str, entity_tallies: dict[str, Tally], relation_tallies: dict[str, Tally]) -> str:
    lines = [title]
    for tallies in (entity_tallies, relation_tallies):
        for name, tally in tallies.items():
            lines += [f"  only second  {name:<18} {doc:<28} {item}" for doc, item in tally.false_positives]
            lines += [f"  only first   {name:<18} {doc:<28} {item}" for doc, item in tally.false_negatives]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("second", nargs="?", type=Path, default=HERE / "agreement", help="the second annotation (folder of JSON)")
    parser.add_argument("--first", type=Path, default=ROOT / "tests" / "fixtures" / "gold")
    parser.add_argument("--corpus", type=Path, default=ROOT / "data" / "corpus",
                        help="the documents both annotations read (built to score zonegraph against each)")
    parser.add_argument("--errors", action="store_true", help="list what the two annotations disagree on")
    args = parser.parse_args()
    second = load_gold(args.second)
    documents = {gold["document"] for gold in second}
    first = [gold for gold in load_gold(args.first) if gold["document"] in documents]
    print(f"documents: {', '.join(sorted(documents))}\n")
    agreement = score(annotation_graph(second), first)
    print("second annotation scored against the first (P: second's items the first has; R: first's the second has)")
    print(report(*agreement))
    with tempfile.TemporaryDirectory() as build_dir:
        built = build(args.corpus, Path(build_dir), store="memory").dataset
        for name, gold in (("first", first), ("second", second)):
            print(f"\nzonegraph's build scored against the {name} annotation")
            print(report(*score(built, gold)))
    if args.errors:
        print()
        print(_errors("where the annotations differ (second's items the first lacks; first's the second lacks)", *agreement))


if __name__ == "__main__":
    sys.exit(main())
