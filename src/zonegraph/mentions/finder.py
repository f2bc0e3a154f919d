"""Run every finder over a sentence and settle who owns each span of text."""

from __future__ import annotations

import re
from dataclasses import replace

from zonegraph.mentions.base import chars_but, Mention
from zonegraph.mentions.clusters import counted_valleys, described_clusters, find_clusters, zone_named_clusters
from zonegraph.mentions.industries import (
    find_industries,
    find_listed_sectors,
    industry_labels,
    record_items_as_written,
    split_counted_compounds,
)
from zonegraph.mentions.enterprises import find_enterprises, peer_companies, zone_companies
from zonegraph.mentions.institutes import find_institutes, shared_ending_institutes
from zonegraph.mentions.organizations import LEGAL_ENDING, listed_enterprise_names
from zonegraph.mentions.policies import find_policies, listed_titles, zone_plans
from zonegraph.mentions.zones import find_zones
from zonegraph.reference import countries, place_at


def find_mentions(text: str) -> list[Mention]:
    """All mentions of one cleaned sentence, in text order.

    Order of precedence: policy titles (their words belong to the title), bodies listed under a shared
    ending (光谷、珞珈…等5个湖北实验室: 光谷 is a lab's name there, not the zone's), zones, institutes,
    enterprises, then industries in the text that is left; clusters are read over industries.
    """
    policy = find_policies(text)
    listed_institutes = [m for m in shared_ending_institutes(text) if not _hits(m, [p.span for p in policy])]
    taken = [m.span for m in policy + listed_institutes]
    zones = [m for m in find_zones(text) if not _inside(m, taken)]
    if any(not _ZONE_WORD.search(m.surface) for m in zones):
        zones = _not_inside_an_institutes_name(text, zones, taken)
    listed = listed_titles(text, zones)  # a numbered list's title runs to its own end (…实施方案（2019-2021）)
    listed_spans = [t.span for t in listed]
    policy += [m for m in zone_plans(text, zones) if not _hits(m, listed_spans)] + listed
    taken += [m.span for m in zones]
    # a company named after its zone (益阳高新区高投集团) holds the zone's name: both are mentions
    owned = [m for m in zone_companies(text, zones) if not _hits(m, [s for s in taken if s[0] != m.start])]
    taken += [(m.start, m.end) for m in owned]
    institutes = listed_institutes + [m for m in find_institutes(text, taken) if not _hits(m, taken)
                                      and not _a_companys_centre_project(text, m) and not _a_companys_innovation_centre(m)
                                      and not _a_centre_of_no_owner(text, m)]
    institutes = _institutes_named_with_their_zone(text, institutes, zones)
    if "等" in text:  # 配备电磁兼容实验室、风洞实验室等核心设施: a site's facilities, no bodies of their own
        # (but a known body stays one: 中国散裂中子源、松山湖材料实验室、…等大科学装置、重大创新平台)
        institutes = [m for m in institutes if m.rule == "institute-gazetteer" or not _FACILITIES_AFTER.match(text, m.end)]
    if "给予" in text:  # 对获批建设的国家制造业创新中心、产业创新中心…，最高给予1亿元: kinds a policy funds, no bodies
        terms = [match.span(1) for match in _SUPPORT_TERMS.finditer(text) if "、" in match.group(1)]
        institutes = [m for m in institutes if m.rule == "institute-gazetteer" or not _inside(m, terms)]
    taken += [m.span for m in institutes]
    enterprises = owned + [m for m in find_enterprises(text, taken, industry_labels()) if not _hits(m, taken)]
    if owned:  # 海口国家高新区发展控股有限公司（以下简称高新发控）: the short name declared for the legal name after the zone's
        # is the zone's company's, named with the zone
        enterprises = [replace(m, name=_owning_name(m.name, owned)) if m.rule == "enterprise-short-form" else m
                       for m in enterprises]
    taken += [m.span for m in enterprises]
    taken += _legal_names_written_again(text, enterprises)
    industries = [m for m in find_industries(text) if not _hits(m, taken)]
    listed = find_listed_sectors(text, industries, taken)  # marks the sectors a narrower one absorbs
    industries = split_counted_compounds(text, [m for m in industries if not m.extra.get("absorbed")] + listed)
    if "为" in text:  # 以“循环经济、绿色化工、创新引领、持续发展”为发展思路: principles, not sectors
        principles = [match.span() for match in _PRINCIPLES.finditer(text)]
        industries = [m for m in industries if not _inside(m, principles)]
    # short names beside organisations in a list are companies, unless a sector begins them
    peers = peer_companies(text, institutes + enterprises, taken, industries, industry_labels())
    if peers:  # …、汇丰和新材料科技、…: a sector named inside a peer's name is the company's business
        industries = [m for m in industries if not any(p.start <= m.start and m.end <= p.end for p in peers)]
    enterprises += peers
    enterprises = [m for m in enterprises if not _listed_among_sectors(text, m, industries, institutes + enterprises)]
    if "一体" in text:  # 集高科技、智能化、环保型为一体: what a thing combines, not companies by their shape
        combined = [match.span() for match in _COMBINES.finditer(text)]
        enterprises = [m for m in enterprises if not (m.rule in _SHAPE_RULES and _inside(m, combined))]
    ends = {m.end for m in enterprises}
    industries = [m for m in industries if not (m.start in ends and _A_FIRMS_SITE_AFTER.match(text, m.end))]
    clusters = find_clusters(text, industries)
    named_sectors, named_clusters = zone_named_clusters(text, zones, industries, clusters, taken)
    described_sectors, described = described_clusters(text, industries, clusters + named_clusters, taken)
    named_sectors += described_sectors
    named_clusters += described
    valley_sectors, valleys = counted_valleys(text, industries, clusters + named_clusters, taken)
    named_sectors += valley_sectors
    named_clusters += valleys
    industries = sorted([m for m in industries if not m.extra.get("absorbed")] + named_sectors, key=lambda m: m.start)
    if "、" in text or "为" in text:  # (以LED和移动智能终端产业为主: a list led by its frame, no 、 in it)
        record_items_as_written(text, industries)
    clusters += named_clusters
    return sorted(policy + zones + institutes + enterprises + industries + clusters, key=lambda m: (m.start, m.kind))


def _owning_name(name: str, owned: list[Mention]) -> str:
    """The zone's company whose name ends with ``name`` (the legal name read after the zone's), or ``name``."""
    return next((o.name for o in owned if o.surface.endswith(name) and o.surface != name), name)


_PLACE_IN_BRACKETS_AT_END = re.compile(r"[（(][^（）()]{1,6}[）)]$")


def _legal_names_written_again(text: str, enterprises: list[Mention]) -> list[tuple[int, int]]:
    """Where a company the sentence names by its legal name is written again without its legal form
    (出光电子材料（中国）有限公司 … 出光电子材料（中国）制造基地): its words are the company's, no sector's."""
    spans = []
    for m in enterprises:
        legal = LEGAL_ENDING.search(m.surface)
        if legal is None:
            continue
        stem = m.surface[: legal.start()]
        for form in {stem, _PLACE_IN_BRACKETS_AT_END.sub("", stem)}:
            if len(form) < 4:
                continue
            at = text.find(form)
            while at >= 0:
                if not (m.start <= at < m.end):
                    spans.append((at, at + len(form)))
                at = text.find(form, at + 1)
    return spans


# what a company's own project or site is called after its line of business: 长城重工新能源工程机械产业项目,
# 深圳市博宝特人工智能应用基地, 弗兰德5G设备生产基地 (the firm's line, not the zone's sector)
_A_FIRMS_SITE_AFTER = re.compile(r"[^，。；：、]{0,16}?(?:项目|基地|产业园|工厂)")
# the kinds of recipient a policy's support clause lists: 对(获批建设的)…、…，(最高)给予… (a list: one body
# named alone may be a real one, 对落户的九峰山实验室，给予…)
_SUPPORT_TERMS = re.compile(r"对([^，。；：]{2,60})，[^，。；]{0,6}?给予")
_FACILITIES_AFTER = re.compile(r"(?:、[^，。；、]{2,16})*等(?:[\u4e00-\u9fff]{0,4})(?:设施|装置|设备)")


# 通桥医疗苏州研发中心项目: a company's R&D centre named as a project, whose investor is the company
_A_COMPANYS_CENTRE_PROJECT = re.compile(r".{2,}(?:研发中心|研发生产中心)项目$")


def _a_companys_centre_project(text: str, mention: Mention) -> bool:
    """通桥医疗苏州研发中心项目: an R&D centre named as a project, after a name that opens with no place
    (not 烟台市人工智能机器人研发中心, 中国物联网创新研发中心: a city's or a nation's centre)."""
    return (_A_COMPANYS_CENTRE_PROJECT.match(mention.surface + text[mention.end : mention.end + 2]) is not None
            and place_at(mention.surface, 0) is None and not mention.surface.startswith("中国"))


# the rest of an institute's name after the zone it is named with: …合肥高新区|金融研究院
_AFTER_ZONE_IN_NAME = re.compile(chars_but(r"\u4e00-\u9fff", "、，。；和与及的") + r"{1,14}?(?:研究院|研究所|创新中心|实验室)")
_AFTER_ZONE_IN_DASHED_NAME = re.compile(chars_but(r"\u4e00-\u9fff", "、，。；和及的") + r"{1,18}?(?:研究院|研究所|创新中心|实验室)")


_ZONE_WORD = re.compile(r"高新|开发区|示范区|园区|科技园|科学城|高科|火炬|区$")


def _not_inside_an_institutes_name(text: str, zones: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """The zones, less a bare short form opening an institute's name (上海张江产业工程院从…介绍了经验做法:
    the institute, not 上海张江, as a list of institutes reads it too)."""
    institutes = find_institutes(text, taken)
    return [z for z in zones if _ZONE_WORD.search(z.surface)
            or not any(m.start <= z.start and m.end >= z.end + 3 for m in institutes)]


def _institutes_named_with_their_zone(text: str, institutes: list[Mention], zones: list[Mention]) -> list[Mention]:
    """A university's institute named with the zone it is built with, the zone's name inside its own
    (上海财经大学金融学院合肥高新区金融研究院, 武汉理工大学—镇江高新区船舶海工与高端装备联合创新中心): one
    institute, where the zone's name had cut it in two; the zone stays a mention of its own."""
    out = list(institutes)
    for zone in zones:
        joint = len(text[: zone.start].rstrip("—-–"))
        # a dash joins the two names explicitly, and then a 与 inside the rest is the name's own
        rest = (_AFTER_ZONE_IN_DASHED_NAME if joint < zone.start else _AFTER_ZONE_IN_NAME).match(text, zone.end)
        if rest is None:
            continue
        before = next((m for m in out if m.end == joint and zone.start - joint <= 2), None)
        if before is None or any(zone.end <= m.start < rest.end() for m in out):
            continue
        surface = text[before.start : rest.end()]
        name = re.sub(r"[—–-]+", "—", surface)  # 武汉理工大学——镇江高新区… is 武汉理工大学—镇江高新区…
        # (the dash names the two builders: the institute before it co-builds the unit with the zone)
        builders = {"built_with_zone": zone.name} if joint < zone.start else {}
        out[out.index(before)] = Mention("ResearchInstitute", before.start, rest.end(), surface, name, "institute-with-zone",
                                         extra=builders)
    return out


def _a_companys_innovation_centre(mention: Mention) -> bool:
    """阿里云创新中心, SAP全球技术创新中心: a known company's innovation centre is that company at work
    in the zone (the held-out annotators mark the company, 4 times in 4), where its 研究院 or 研发中心
    (阿特斯光伏技术研究院, IBM研发中心) is an institute of its own."""
    if not mention.surface.endswith("创新中心"):
        return False
    return any(start == 0 for start, _, _, _ in listed_enterprise_names().find(mention.surface))


# a zone and a place in brackets right before a centre: 兰州高新区（北碚）|离岸创新中心, the zone's own incubator elsewhere
_A_ZONES_PLACE_BEFORE = re.compile(r"(?:高新区|开发区|园区)[（(][^（）()]{1,6}[）)]$")
# the end of a list of a platform's parts, counted: …、中欧绿氢创新中心和国际交流与培训中心3个分中心
_SUB_CENTRES_AFTER = re.compile(r"(?:[、和及与][^，。；]{2,20}?)*[\d一二三四五六七八九十两]+个分中心")


def _a_centre_of_no_owner(text: str, mention: Mention) -> bool:
    """A centre named by a country or a sector alone, or by what follows a zone's bracketed place: a kind or a part,
    no body of its own (以色列创新中心 beside overseas incubators; 氢能研究中心, one of a platform's 3个分中心; 兰州高新区
    （北碚）离岸创新中心, cut at the bracket: the zone's offshore incubator)."""
    if mention.rule != "institute-ending" or not mention.surface.endswith("中心"):
        return False
    prefix = mention.surface[:-4]
    return (_A_ZONES_PLACE_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
            or (mention.surface.endswith("创新中心") and prefix in countries())
            or (mention.surface.endswith(("研究中心", "创新中心")) and prefix in industry_labels()
                and _SUB_CENTRES_AFTER.match(text, mention.end) is not None))


def _hits(mention: Mention, taken: list[tuple[int, int]]) -> bool:
    start, end = mention.start, mention.end  # overlaps(), inline: called for every pair
    return any(start < b and a < end for a, b in taken)


def _inside(mention: Mention, taken: list[tuple[int, int]]) -> bool:
    return any(a <= mention.start and mention.end <= b for a, b in taken)


# companies only a name's shape made (…科技, …能源, a list of short names): not the strong readings
_SHAPE_RULES = frozenset({"enterprise-brand", "enterprise-list", "enterprise-peer", "enterprise-company"})
_JOINERS = ("、", "和", "及", "与")
# a list given as a way of working (以…为发展思路, 以…为主线, …为理念): its items are principles
_PRINCIPLES = re.compile(r"以[“\"]?[^，。；为]{2,40}?[”\"]?为(?:发展)?(?:思路|理念|方针|原则|宗旨|主线)")
# the idiom 集…于一体 / 集…为一体 (not 集团, 集成, 集中, 集聚 …, words that begin with 集)
_COMBINES = re.compile(r"集(?![团群成中聚约体资市镇散装])[^，。；,;]{2,40}?[为于]一体")


def _listed_among_sectors(text: str, mention: Mention, industries: list[Mention], organizations: list[Mention]) -> bool:
    """A name read by its shape that stands in a list beside sectors and beside no organisation
    (海洋工程装备、海洋生物、海洋能源等领域): one more sector or product of the list, not a company."""
    if mention.rule not in _SHAPE_RULES:
        return False
    def beside(other: Mention) -> bool:
        end = other.extra.get("phrase_end", other.end)
        return ((end < mention.start and text[end : mention.start] in _JOINERS)
                or (mention.end < other.start and text[mention.end : other.start] in _JOINERS))
    return (any(beside(m) for m in industries)
            and not any(beside(m) for m in organizations if m is not mention)
            and not _FIRMS_LIST_HEAD.match(text, mention.end))


# the list's head says its items are firms: …、特力液压等具有全国影响力和竞争力的龙头企业 (not the firms
# of fields: …、生物医药、海洋科技等领域的高端企业)
_FIRMS_LIST_HEAD = re.compile(r"[^，。；]{0,30}?等(?!(?:相关)?(?:领域|行业|产业|方向))[^，。；]{0,16}?(?:企业|公司|品牌)")
