"""Names a document uses again in another form: a cut title's rest, a declared short name, 该公司, an
institute's abbreviation, a sector written alike. Each pass adds the mentions ``find_mentions`` cannot
see in one sentence alone."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from zonegraph.documents.model import Sentence
from zonegraph.mentions import Mention
from zonegraph.mentions.enterprises import THE_COMPANY
from zonegraph.mentions.organizations import LEGAL_ENDING
from zonegraph.mentions.policies import POLICY_ENDING, TITLE_JOINERS


_ITS_SUBSIDIARY = re.compile(r"的?(?:控股|全资|核心)?子公司")
_INSIDE_A_WORD = ("子", "分", "母", "限", "总")  # 子公司, 分公司, 母公司, 有限公司, 总公司: 公司 inside a word


def _insert_in_order(mentions: list[Mention], added: list[Mention]) -> None:
    """Mentions a document-wide reading adds to a sentence's, kept in reading order (start, then kind)."""
    if added:
        mentions.extend(added)
        mentions.sort(key=lambda m: (m.start, m.kind))


# the rest of a cut title, opening a paragraph further on: 批办理服务指南》和《项目审批流程图》，使…
_TITLE_CONTINUED = re.compile(r"^([^《》。，；！？\s]{1,20})》")
_COLUMN_REACH = 8  # paragraphs between a cut title and the rest of it


def cut_titles_continued(sentences: list[Sentence], found: dict[int, list[Mention]]
                          ) -> list[tuple[Sentence, Mention, Mention]]:
    """A title a newspaper page cuts off where its column ends (制定了《新建工业项目开工审) goes on where
    the column resumes, in a paragraph that opens with the rest of a title (批办理服务指南》和…),
    before or after it as the page's columns were read: the policy is named by the two parts together.
    Returns the titles listed right after a rest (…》和《项目审批流程图》), each as (its sentence, its
    mention, the cut title's mention)."""
    beside_cut: list[tuple[Sentence, Mention, Mention]] = []
    cut = [(s.paragraph, m) for s in sentences for m in found[s.index] if m.kind == "Policy" and m.extra.get("cut")]
    if not cut:
        return beside_cut  # (most pages: no paragraph openings to read)
    rests = {s.paragraph: (s, match) for s, before in zip(sentences, [None, *sentences])
             if (before is None or s.paragraph != before.paragraph) and (match := _TITLE_CONTINUED.match(s.text))}
    # the nearest pairs first, a few paragraphs apart at most (a column resumes near where it stopped)
    pairs = sorted((abs(paragraph - at), paragraph, index) for index, (at, _) in enumerate(cut) for paragraph in rests
                   if abs(paragraph - at) <= _COLUMN_REACH)
    joined: set[int] = set()
    for _, paragraph, index in pairs:
        mention = cut[index][1]
        if index in joined or paragraph not in rests or not POLICY_ENDING.search(mention.name + rests[paragraph][1].group(1)):
            continue
        rest_sentence, rest = rests.pop(paragraph)
        mention.name = mention.name + rest.group(1)
        joined.add(index)
        # …指南》和《项目审批流程图》: titles listed right after the rest are issued and carried out with it
        end = rest.end()
        for beside in sorted((m for m in found[rest_sentence.index] if m.kind == "Policy" and m.start >= end),
                             key=lambda m: m.start):
            if rest_sentence.text[end : beside.start] not in TITLE_JOINERS:
                break
            beside_cut.append((rest_sentence, beside, mention))
            end = beside.end
    return beside_cut


def nicknames_of_titles(sentences: list[Sentence], found: dict[int, list[Mention]]) -> None:
    """A policy named by its quoted number (“新五条”, 怀化高新区“新五条”), where the page also writes a title in 《》
    holding it (《怀化高新区2022年助企纾困“新五条”措施》), is that title, before or after it is written."""
    titles = [m.name for s in sentences for m in found[s.index] if m.kind == "Policy" and m.rule == "policy-title"]
    if not titles:
        return
    for sentence in sentences:
        for mention in found[sentence.index]:
            if mention.kind != "Policy" or mention.rule != "policy-articles":
                continue
            quoted = mention.extra.get("written") or mention.name
            holding = [title for title in titles if f"“{quoted}”" in title]
            if len(holding) == 1:
                mention.name = holding[0]


def uses_of_declared_names(sentences: list[Sentence], found: dict[int, list[Mention]]) -> None:
    """A short name the document declares for a company (…股份有限公司（简称“通用技术中国汽研”）) names
    that company wherever the document uses it after, also where no finder reads it as a name; the
    registry resolves it to the company (entities/registry.py)."""
    declared: dict[str, str] = {}  # form -> kind
    for sentence in sentences:
        mentions = found[sentence.index]
        here = [m for m in mentions if m.rule == "enterprise-short-form" and m.surface not in declared]
        if not declared and not here:
            continue
        added = []
        for form, kind in [*declared.items(), *((m.surface, m.kind) for m in here)]:
            start = next((m.end for m in here if m.surface == form), 0)
            for at, end in _occurrences(sentence.text, form, start):
                if form in THE_COMPANY and not (_ITS_SUBSIDIARY.match(sentence.text, end)
                                                and sentence.text[at - 1 : at] not in _INSIDE_A_WORD):
                    continue  # 同意公司控股子公司江西赣锋锂电科技有限公司: the declared company, owning its unit
                if not any(m.start < end and at < m.end for m in mentions + added):
                    added.append(Mention(kind, at, end, form, form, "declared-short-form"))
        declared.update((m.surface, m.kind) for m in here)
        _insert_in_order(mentions, added)


# a company said to publish a notice (东风股份发布公告, 赣锋锂业(002460)公告称): the company its notice calls 公司
_PUBLISHES_A_NOTICE = re.compile(r"(?:[（(][^（）()，。]{0,12}[）)])?(?:[^，。；《》“”]{0,12}?(?:发布|披露)[^，。；]{0,24}?公告|公告称)")


def the_notices_company(sentences: list[Sentence], found: dict[int, list[Mention]]) -> None:
    """The company a page retelling a listed company's notice names as publishing it is the one the notice
    calls 公司, before its subsidiaries (…东风股份发布公告,…公司控股子公司盐城博盛新能源有限公司拟投资…), as
    where the notice declares it (以下简称“公司”: uses_of_declared_names)."""
    issuer: Mention | None = None
    for sentence in sentences:
        mentions = found[sentence.index]
        if any(m.surface in THE_COMPANY for m in mentions):
            return  # the notice's own declaration stands
        if issuer is None:
            issuer = next((m for m in mentions if m.kind == "Enterprise" and m.rule != "declared-short-form"
                           and _PUBLISHES_A_NOTICE.match(sentence.text, m.end)), None)
            if issuer is None:
                continue
        added = [Mention("Enterprise", at, end, "公司", issuer.name, "notice-company")
                 for at, end in _occurrences(sentence.text, "公司", issuer.end if issuer in mentions else 0)
                 if _ITS_SUBSIDIARY.match(sentence.text, end) and sentence.text[at - 1 : at] not in _INSIDE_A_WORD
                 and not any(m.start < end and at < m.end for m in mentions)]
        _insert_in_order(mentions, added)


# 该公司 or 公司 opening a clause, then what owns it: …。该公司是山东重工集团的全资子公司, 该公司由比亚迪汽车工业有限公司全资
# 控股, (…有限公司,)公司隶属于蒂森克虏伯集团
_REFERRED_BACK = re.compile(r"(?:^|(?<=[，,。；：:]))(?:据了解[，,]?|据悉[，,]?|股东信息显示[，,]?)?(该公司|公司)"
                            r"(?=是[^，。；]{2,30}?(?:全资|控股)?子公司|由[^，。；]{2,30}?(?:全资|绝对|相对)?控股|隶属于?)")


def the_company_referred_back(sentences: list[Sentence], found: dict[int, list[Mention]]) -> None:
    """该公司 or a clause's 公司 said to be another's (该公司是山东重工集团的全资子公司, 公司隶属于…集团) is the company
    named in full last, in the sentence or the one before: that company is the unit, as when named again."""
    last: Mention | None = None
    for sentence in sentences:
        mentions = found[sentence.index]
        added = []
        for match in (_REFERRED_BACK.finditer(sentence.text) if "公司" in sentence.text else ()):  # (every match holds 公司)
            before = [m for m in mentions if m.kind == "Enterprise" and m.end <= match.start(1) and LEGAL_ENDING.search(m.name)]
            antecedent = before[-1] if before else last
            if antecedent is not None and not any(m.start < match.end(1) and match.start(1) < m.end for m in mentions):
                added.append(Mention("Enterprise", match.start(1), match.end(1), match.group(1), antecedent.name,
                                     "company-referred-back"))
        _insert_in_order(mentions, added)
        legal = [m for m in mentions if m.kind == "Enterprise" and LEGAL_ENDING.search(m.name)]
        last = legal[-1] if legal else None  # (the sentence before only: a company further back is no antecedent)


def institutes_shortened_before(sentences: list[Sentence], found: dict[int, list[Mention]]) -> list[Mention]:
    """Institutes named in full after the document first wrote them without their parent (a title's
    新疆分院, then 中国科学院新疆分院): resolved first, so that the short form is that unit, as it is
    when written after it."""
    earlier: set[str] = set()
    first = []
    for s in sentences:
        for m in found[s.index]:
            if m.kind != "ResearchInstitute":
                continue
            if any(m.name.endswith(short) and len(m.name) - len(short) >= 2 for short in earlier):
                first.append(m)
            if len(m.name) >= 4:
                earlier.add(m.name)
    return first


def institutes_abbreviated(sentences: list[Sentence], found: dict[int, list[Mention]]) -> None:
    """An institute the document writes in full (中国科学院城市环境研究所) and shortened to the opening of its
    name and 所 (中国科学院城市所, 中科院城市所) is one institute: the short form takes the full name, where
    the document writes one full name only that it opens."""
    mentions = [m for s in sentences for m in found[s.index] if m.kind == "ResearchInstitute"]
    full = {m.name for m in mentions if m.name.endswith("研究所")}
    for m in mentions:
        if not m.name.endswith("所") or m.name.endswith("研究所"):
            continue
        stem = m.name[:-1].replace("中科院", "中国科学院", 1)
        if len(stem) < 4:
            continue
        opened = [name for name in full if name.startswith(stem) and len(name) > len(stem) + 3]
        if len(opened) == 1:
            m.name = opened[0]


def centres_of_firms_named_alike(sentences: list[Sentence], found: dict[int, list[Mention]]) -> None:
    """A centre named as a company the document names, and 中心 (丰田研发中心 beside 丰田研发): the company's R&D
    centre, written two ways, is one node, the company's, not an institute beside it."""
    firms = {m.surface: m.name for s in sentences for m in found[s.index] if m.kind == "Enterprise" and len(m.surface) >= 3}
    if not firms:
        return
    for sentence in sentences:
        mentions = found[sentence.index]
        for index, m in enumerate(mentions):
            if m.kind == "ResearchInstitute" and m.surface.endswith("中心") and m.surface[:-2] in firms:
                mentions[index] = replace(m, kind="Enterprise", name=firms[m.surface[:-2]], rule="enterprise-centre-named-alike")


def sectors_written_alike(sentences: list[Sentence], found: dict[int, list[Mention]]) -> None:
    """A sector the document names as written, no label of the taxonomy (a list's 碳纤维及复合材料), is
    that sector wherever the document writes it, also where only a label inside it (复合材料) was read:
    one sector, not the phrase here and the label's broader concept there."""
    written: dict[str, Mention] = {}
    for sentence in sentences:
        for m in found[sentence.index]:
            if m.kind == "Industry" and m.extra.get("concept") is None and len(m.surface) >= 4 and m.name == m.surface:
                written.setdefault(m.surface, m)
    for sentence in sentences if written else ():
        mentions = found[sentence.index]
        for phrase, model in written.items():
            for at, end in _occurrences(sentence.text, phrase):
                inside = [m for m in mentions if at <= m.start and m.end <= end]
                if (inside and all(m.kind == "Industry" and m.extra.get("concept") is not None for m in inside)
                        and not any(m.start < end and at < m.end for m in mentions if m not in inside)):
                    for m in inside:
                        mentions.remove(m)
                    first = inside[0]  # read as the label was: its rule, its place in a list
                    _insert_in_order(mentions, [Mention("Industry", at, end, phrase, phrase, first.rule, first.in_list,
                                                        extra={**first.extra, "concept": None, "broader": model.extra.get("broader"),
                                                               "phrase_end": max(end, first.extra.get("phrase_end", end))})])


def local_units(sentences: list[Sentence], found: dict[int, list[Mention]], cities: set[str]) -> None:
    """A known company written right after the city of a zone the page names (大庆沃尔沃, 玉溪亿纬锂能,
    厦门天马) is its unit there, as the genre names a group's local plant: a company of its own, the
    known one its parent (entities/registry.py). The held-out annotators name such units so in every
    case met where the city is the zone's (5 of 5); a company's home city (深圳鸿海 on another zone's
    page) names the company itself."""
    for sentence in sentences if cities else ():
        mentions = found[sentence.index]
        for index, m in enumerate(mentions):
            if m.kind != "Enterprise" or m.rule != "enterprise-gazetteer":
                continue
            city = next((c for c in cities if sentence.text.endswith(c, 0, m.start)), None)
            if city is None or any(o.start < m.start and m.start - len(city) < o.end for o in mentions):
                continue  # (大庆高新区沃尔沃: the zone's name, not a city written before the company)
            if m.name.startswith(city):  # 武汉帝尔激光 of 武汉帝尔激光科技股份有限公司: its home city, the company itself
                mentions[index] = Mention("Enterprise", m.start - len(city), m.end, city + m.surface, m.name, m.rule,
                                          m.in_list, extra=m.extra)
                continue
            kind = _UNIT_KIND_AFTER.match(sentence.text, m.end)  # 内江爱尔眼科医院: the unit's kind is its name's
            end = kind.end() if kind else m.end
            surface = city + sentence.text[m.start:end]
            mentions[index] = Mention("Enterprise", m.start - len(city), end, surface, surface, "enterprise-local-unit",
                                      m.in_list, extra={**m.extra, "unit_of": m})


_UNIT_KIND_AFTER = re.compile(r"医院|工厂|分公司")


def _occurrences(text: str, form: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """The spans of ``form`` in ``text`` from ``start`` on, none overlapping the one before."""
    at = text.find(form, start)
    while at >= 0:
        yield at, at + len(form)
        at = text.find(form, at + len(form))
