"""Synthetic zonegraph graphs of a chosen size, in the shape a real build writes.

The graph has what ``zonegraph build`` writes for a large corpus: the ontology and industry
taxonomy graphs, then one named graph per document holding its zg:Document record, the entities
it mentions (type, canonical label, the forms it uses, a zone's place), its relation triples and
one zg:Evidence record (11 triples) per supporting sentence. Entities are the real zones of
data/zones.csv (170) and made-up ones up to 178 in all, thousands of research institutes under a hierarchy of
parent organisations (中国科学院 -> 中国科学院苏州分院 -> …所), enterprises, the industry taxonomy's
concepts, clusters, policies and their issuers. Popularity is skewed as in real news (a few
zones and parents are everywhere), and the mix follows the shipped corpus: of the relations, about
13% partnersWith, 30% hostsEnterprise, 40% hasIndustry, 6% clusters, 10% policies; most partner
institutes stand alone, the rest sit under parents (中国科学院 first). Indicator observations and
projects (the numbers module) are not generated.

    python bench/generate.py 1000000 bench/out/graph-1e6.nq

The output is N-Quads (every store reads it; the runner times its loading); the same size and
seed give the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from pathlib import Path

from rdflib import Dataset, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from zonegraph.namespaces import ID, ZG, document_iri, entity_iri, evidence_iri, publisher_iri, slug
from zonegraph.reference import industries, industry_taxonomy, institutes, places, zone_prefix, zones
from zonegraph.resources import ontology_file

ONTOLOGY_GRAPH = URIRef("https://w3id.org/zonegraph/ontology")
TAXONOMY_GRAPH = ID["industry/scheme"]
_PUBLISHER = "科学技术部火炬高技术产业开发中心"  # every generated issue is a 火炬动态 issue

_INSTITUTE_ENDINGS = ("研究院", "研究所", "创新研究院", "技术研究院", "工业技术研究院", "产业技术研究院", "分院")
_FIELDS = ("先进制造", "智能装备", "新材料", "生物医药", "集成电路", "人工智能", "新能源", "环境", "海洋",
           "光电", "精密仪器", "储能", "氢能", "机器人", "数字经济", "医疗器械", "农业", "化工")
_ENTERPRISE_WORDS = ("华", "兴", "创", "新", "科", "达", "瑞", "博", "康", "源", "信", "通", "泰", "盛", "远",
                     "智", "联", "宏", "德", "安", "普", "锐", "恒", "晶", "微", "芯", "光", "电", "天", "海")
_ENTERPRISE_ENDINGS = ("科技有限公司", "股份有限公司", "生物科技有限公司", "电子有限公司", "智能装备有限公司",
                       "新材料股份有限公司", "医药有限公司", "半导体有限公司")
_SENTENCES = (
    "{zone}与{other}签署战略合作协议，共建{field}联合创新中心。",
    "近日，{other}落户{zone}，将围绕{field}开展关键技术攻关和成果转化。",
    "{zone}聚焦{field}等主导产业，{other}等一批重点项目加快建设。",
    "{other}在{zone}举行投产仪式，项目总投资约{number}亿元。",
    "{zone}认真贯彻落实{other}，出台一系列配套政策。",
)


def skewed(rng: random.Random, items: list, power: float = 1.3):
    """An item drawn with Zipf-like popularity: the first ones far more often than the last."""
    index = int(len(items) * rng.random() ** power * 0.999999)
    return items[index]


class Universe:
    """The entities a synthetic corpus talks about, sized for ``triples``."""

    def __init__(self, triples: int, rng: random.Random) -> None:
        self.rng = rng
        scale = max(triples / 1_000_000, 0.01)
        place_names = [p for p in places() if p.short and len(p.short) >= 2]
        rng.shuffle(place_names)
        self.places = place_names
        # zones: the real ones of data/zones.csv (175) and made-up ones up to 178 in all
        self.zones = [(z.name, list(z.short_names), z.province, z.city, z.approved_year) for z in zones()]
        known = {zone_prefix(z[0]) for z in self.zones}
        for place in place_names:
            if len(self.zones) >= 178:
                break
            if place.short not in known:
                self.zones.append((f"{place.short}高新技术产业开发区", [f"{place.short}高新区"], place.province, place.name, ""))
                known.add(place.short)
        rng.shuffle(self.zones)
        # parent organisations: the real academies and universities, then more universities
        roots = [r.name for r in institutes() if not r.parent]
        for place in place_names:
            if len(roots) >= max(40, int(400 * scale)):
                break
            roots.append(f"{place.short}大学")
        self.roots = roots
        self.parent: dict[str, str] = {r.name: r.parent for r in institutes() if r.parent}
        self.institutes = [r.name for r in institutes()]
        count = max(150, int(6000 * scale))
        middle: list[str] = []
        while len(self.institutes) < count:
            draw = rng.random()
            place = rng.choice(place_names).short
            if draw < 0.55:  # as in the corpus, most partners stand alone (no parent in the graph)
                name = f"{place}{rng.choice(_FIELDS)}{rng.choice(_INSTITUTE_ENDINGS)}"
                if name not in self.parent and name not in self.institutes:
                    self.institutes.append(name)
                continue
            root = skewed(rng, roots, 2.0)
            if draw < 0.65:  # a branch between the root and its institutes: 中国科学院苏州分院
                name = f"{root}{place}分院"
                middle.append(name)
            elif middle and draw < 0.75:
                branch = rng.choice(middle)
                name = f"{branch[:-2]}{rng.choice(_FIELDS)}{rng.choice(_INSTITUTE_ENDINGS[:2])}"
                if name not in self.parent:
                    self.parent[name] = branch
                    self.institutes.append(name)
                continue
            else:
                name = f"{root}{place}{rng.choice(_FIELDS)}{rng.choice(_INSTITUTE_ENDINGS)}"
            if name in self.parent or name in roots:
                continue
            self.parent[name] = root
            self.institutes.append(name)
        self.institutes = sorted(set(self.institutes) | set(middle))
        rng.shuffle(self.institutes)
        self.enterprises = []
        seen = set()
        while len(self.enterprises) < max(400, int(24000 * scale)):
            core = "".join(rng.choice(_ENTERPRISE_WORDS) for _ in range(2))
            name = f"{rng.choice(place_names).short}{core}{rng.choice(_ENTERPRISE_ENDINGS)}"
            if name not in seen:
                seen.add(name)
                self.enterprises.append(name)
        self.industries = [(c.iri, c.label) for c in industries()]
        rng.shuffle(self.industries)
        self.issuers = ["国务院", "科学技术部", "国家发展和改革委员会", "工业和信息化部", "财政部"] + \
            [f"{p.short}市人民政府" for p in place_names[:15]]
        self.policies = []
        for index in range(max(60, int(1500 * scale))):
            place = rng.choice(place_names).short
            self.policies.append((f"关于加快{place}{rng.choice(_FIELDS)}产业高质量发展的若干措施（第{index + 1}号）",
                                  rng.choice(self.issuers)))
        self.iris: dict[tuple[str, str], URIRef] = {}

    def iri(self, kind: str, name: str) -> URIRef:
        key = (kind, name)
        if key not in self.iris:
            if kind == "Zone":
                self.iris[key] = entity_iri("Zone", slug(zone_prefix(name)))
            else:
                self.iris[key] = entity_iri(kind, name)
        return self.iris[key]


def _term(node) -> str:
    return node.n3()


def _literal(text: str, lang: str | None = None, datatype: URIRef | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if lang:
        return f'"{escaped}"@{lang}'
    if datatype:
        return f'"{escaped}"^^<{datatype}>'
    return f'"{escaped}"'


class DocumentWriter:
    """The quads of one synthetic document's named graph, without repeats."""

    def __init__(self, universe: Universe, number: int) -> None:
        self.u = universe
        self.file_name = f"{number:06d}_{hashlib.sha1(str(number).encode()).hexdigest()[:16]}.txt"
        self.graph = f"<{document_iri(self.file_name)}>"
        self.lines: dict[str, None] = {}
        self.described: set[tuple[str, str]] = set()
        self.offset = 0

    def add(self, s: str, p: URIRef, o: str) -> None:
        self.lines[f"<{s}> <{p}> {o} {self.graph} .\n" if not s.startswith("<") else f"{s} <{p}> {o} {self.graph} .\n"] = None

    def describe(self, kind: str, name: str, forms: list[str] = (), zone: tuple | None = None) -> URIRef:
        node = self.u.iri(kind, name)
        if (kind, name) in self.described:
            return node
        self.described.add((kind, name))
        self.add(node, RDF.type, f"<{ZG[kind]}>")
        self.add(node, RDFS.label, _literal(name, "zh"))
        for form in forms:
            if form != name:
                self.add(node, SKOS.altLabel, _literal(form, "zh"))
        if zone is not None:
            _, _, province, city, year = zone
            if province:
                self.add(node, ZG.province, _literal(province))
            if city:
                self.add(node, ZG.city, _literal(city))
            if year:
                self.add(node, ZG.approvedYear, _literal(year, datatype=XSD.gYear))
            self.add(node, ZG.inNationalList, _literal("true", datatype=XSD.boolean))
        return node

    def fact(self, subject: URIRef, predicate: str, obj: URIRef, quote: str, rule: str, confidence: str) -> None:
        rng = self.u.rng
        self.add(subject, ZG[predicate], f"<{obj}>")
        for _ in range(1 if rng.random() < 0.7 else rng.randint(2, 3)):
            start = self.offset + rng.randint(5, 400)
            end = start + len(quote)
            self.offset = end
            evidence = evidence_iri(self.file_name, subject, ZG[predicate], obj, start, end)
            self.add(evidence, RDF.type, f"<{RDF.Statement}>")
            self.add(evidence, RDF.type, f"<{ZG.Evidence}>")
            self.add(evidence, RDF.subject, f"<{subject}>")
            self.add(evidence, RDF.predicate, f"<{ZG[predicate]}>")
            self.add(evidence, RDF.object, f"<{obj}>")
            self.add(evidence, PROV.wasDerivedFrom, self.graph)
            self.add(evidence, ZG.quote, _literal(quote))
            self.add(evidence, ZG.charStart, _literal(str(start), datatype=XSD.integer))
            self.add(evidence, ZG.charEnd, _literal(str(end), datatype=XSD.integer))
            self.add(evidence, ZG.confidence, _literal(confidence, datatype=XSD.decimal))
            self.add(evidence, ZG.rule, _literal(rule))

    def institute(self, name: str) -> URIRef:
        """An institute node and its chain of parents, each link with its evidence."""
        node = self.describe("ResearchInstitute", name)
        child, child_node = name, node
        while self.u.parent.get(child):
            parent = self.u.parent[child]
            parent_node = self.describe("ResearchInstitute", parent)
            self.fact(child_node, "subOrganizationOf", parent_node, f"{child}是{parent}下属单位。", "parent-by-name", "0.9")
            child, child_node = parent, parent_node
        return node

    def write(self) -> None:
        u, rng = self.u, self.u.rng
        node = self.graph
        title = f"火炬动态 第{rng.randint(1, 999)}期"
        self.lines[f"{node} <{RDF.type}> <{ZG.Document}> {node} .\n"] = None
        self.lines[f"{node} <{ZG.fileName}> {_literal(self.file_name)} {node} .\n"] = None
        self.lines[f"{node} <{DCTERMS.title}> {_literal(title, 'zh')} {node} .\n"] = None
        publisher = f"<{publisher_iri(_PUBLISHER)}>"
        self.lines[f"{node} <{DCTERMS.publisher}> {publisher} {node} .\n"] = None
        self.lines[f"{publisher} <{RDF.type}> <{DCTERMS.Agent}> {node} .\n"] = None
        self.lines[f"{publisher} <{RDFS.label}> {_literal(_PUBLISHER, 'zh')} {node} .\n"] = None
        self.lines[f"{node} <{DCTERMS.date}> {_literal(f'20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}')} {node} .\n"] = None
        self.lines[f"{node} <{ZG.contentHash}> {_literal(hashlib.sha256(self.file_name.encode()).hexdigest())} {node} .\n"] = None
        for _ in range(rng.randint(1, 4)):  # the zones this document is about
            zone = skewed(rng, u.zones, 1.2)
            zone_node = self.describe("Zone", zone[0], zone[1][:rng.randint(0, len(zone[1]))], zone)
            short = zone[1][0] if zone[1] else zone[0]
            for _ in range(rng.randint(15, 90)):
                draw = rng.random()
                field = rng.choice(u.industries)[1]
                if draw < 0.13:
                    name = skewed(rng, u.institutes, 1.5)
                    other = self.institute(name)
                    quote = rng.choice(_SENTENCES[:2]).format(zone=short, other=name, field=field, number=rng.randint(1, 90))
                    cue = rng.random() < 0.7
                    self.fact(zone_node, "partnersWith", other, quote, "institute-ending+" + ("cue" if cue else "sentence-zone"), "0.9" if cue else "0.6")
                elif draw < 0.45:
                    name = skewed(rng, u.enterprises, 1.5)
                    other = self.describe("Enterprise", name)
                    quote = _SENTENCES[3].format(zone=short, other=name, field=field, number=rng.randint(1, 90))
                    self.fact(zone_node, "hostsEnterprise", other, quote, "enterprise-ending+cue", "0.9")
                elif draw < 0.84:
                    iri, label = skewed(rng, u.industries, 1.4)
                    self.describe_industry(iri, label)
                    quote = _SENTENCES[2].format(zone=short, other=skewed(rng, u.enterprises), field=label, number=0)
                    self.fact(zone_node, "hasIndustry", iri, quote, "taxonomy+cue", "0.9")
                elif draw < 0.90:
                    iri, label = rng.choice(u.industries)
                    cluster_name = f"{zone_prefix(zone[0])}高新区{label}产业集群"
                    cluster = self.describe("IndustrialCluster", cluster_name)
                    self.describe_industry(iri, label)
                    quote = f"{short}{label}产业集群入选国家创新型产业集群。"
                    self.fact(zone_node, "hasCluster", cluster, quote, "cluster", "0.85")
                    self.fact(cluster, "clusterIndustry", iri, quote, "cluster", "0.9")
                else:
                    name, issuer = skewed(rng, u.policies, 1.3)
                    policy = self.describe("Policy", name)
                    issuer_node = self.describe("Organization", issuer)
                    quote = _SENTENCES[4].format(zone=short, other=f"《{name}》", field="", number=0)
                    self.fact(zone_node, "implementsPolicy", policy, quote, "policy-cue", "0.85")
                    self.fact(policy, "issuedBy", issuer_node, quote, "policy-issuer", "0.9")

    def describe_industry(self, iri: URIRef, label: str) -> None:
        if ("Industry", label) not in self.described:
            self.described.add(("Industry", label))
            self.add(iri, RDF.type, f"<{ZG.Industry}>")
            self.add(iri, RDFS.label, _literal(label, "zh"))


def fixed_graphs() -> list[str]:
    """N-Quads of the ontology and the industry taxonomy graphs, as a build writes them."""
    dataset = Dataset()
    dataset.graph(ONTOLOGY_GRAPH).parse(ontology_file(), format="turtle")
    taxonomy = dataset.graph(TAXONOMY_GRAPH)
    for triple in industry_taxonomy():
        taxonomy.add(triple)
    text = dataset.serialize(format="nquads")
    return sorted(line + "\n" for line in text.splitlines() if line.strip())


def generate(triples: int, seed: int = 7) -> tuple[list[str], int]:
    """N-Quads lines of a synthetic graph of about ``triples`` quads, and its document count."""
    rng = random.Random(seed)
    universe = Universe(triples, rng)
    lines = fixed_graphs()
    documents = 0
    while len(lines) < triples:
        writer = DocumentWriter(universe, documents)
        writer.write()
        lines.extend(writer.lines)
        documents += 1
    return lines, documents


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("triples", type=float, help="about how many quads (1e4, 1e5, 1e6)")
    parser.add_argument("output", type=Path, help="the N-Quads file to write")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    lines, documents = generate(int(args.triples), args.seed)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines)} quads in {documents} document graphs -> {args.output} "
          f"({time.perf_counter() - started:.1f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
