"""Research institutes: the gazetteer first, then names ending in 研究院, 实验室, 大学 … and joint institutes."""

from __future__ import annotations

import re

from zonegraph.mentions.base import (
    chars_but, SHORT_FORM,
    Gazetteer,
    HAN,
    Mention,
    NAME_CHAR,
    NUMERAL,
    boundary_words,
    cut_after_boundary,
    item_spans,
    long_boundary_words,
    name_run_start,
    strip_generic,
)
from zonegraph.mentions.organizations import (
    BRAND_ENDING,
    INSTITUTE_ENDING,
    INSTITUTE_ENDING_CHARACTER,
    LEGAL_ENDING,
    NUMBERED_UNIT,
    LEGAL_FORM,
    PERSON_TITLE,
    PLACE_QUALIFIER_BEFORE,
    after_last,
    before_cut,
    enterprise_gazetteer,
    generic_words,
    group_gazetteer,
    institute_gazetteer,
    is_everyday,
    is_name,
    known_company_runs_on,
    left_edge,
    maximal,
    short_places,
)
from zonegraph.reference import (
    countries,
    place_at,
    place_forms,
    province_forms,
    stopwords,
)
_DESCRIPTIVE_ENDINGS = frozenset({"实验室", "创新中心", "研究中心", "研发中心", "学院", "研究院"})
_QUALIFIER = re.compile(rf"（(?!含|包括|包含|即|如|以下|暂名|筹)[{HAN}A-Za-z0-9]{{1,8}}）")  # not （含分析检测平台）: what it holds, nor （暂名）
_NUMBERED_AT_END = re.compile(r"[\d〇一二三四五六七八九十]+[所院]）$")
_NUMBERED_INSTITUTE = re.compile(r"(?:集团)?第?[〇一二三四五六七八九十百零\d]{2,4}(?:研究)?所")
# (not 中科院系统的科研院所: the academy's institutes in general)
_CAS_INSTITUTE = re.compile(rf"(?:中科院|中国科学院){chars_but(HAN, '的院')}{{1,8}}?所")
# what ends a company's name right after an institute-like one: 有限公司, （中国）有限公司
_LEGAL_ENDING_AFTER = re.compile(rf"(?:[（(][{HAN}A-Za-z]{{1,8}}[）)])?{LEGAL_ENDING.pattern}")
# a person's post in one body, then (兼) a post in the next: …研究院副院长兼…中心主任
_OFFICERS = "院长|所长|校长|主任|书记|理事长|董事长|总经理|部长"
_OFFICER_OF = re.compile(rf"(?:常务|执行)?副?(?:{_OFFICERS})兼")
# an officer's title opening the words before an institute's ending, a caption's end run into the next one
_TITLE_OPENING = re.compile(rf"(?:名誉|荣誉|常务|执行)?副?(?:{_OFFICERS})")
# an officer doing something for or about the body the ending names: 魏志敏副校长为研究中心揭牌, and with the
# officer's name after the title: 执行主任彭勇就实验室建设进行汇报
_OFFICER_DOES = re.compile(rf"(?:{_OFFICERS}|市长|省长|区长)(?:[\u4e00-\u9fff]{{2,3}}?就|为|向|给)")


# a research base or platform a known university or academy runs, named after it (not 培训基地, 教育基地: teaching)
_BASE_OF_A_KNOWN_BODY = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:转化基地|产业基地|研发基地|中试基地|创新平台|研发平台)")
_NOT_ONE_BASE = re.compile(r"[的等与和及]|共建")  # (…实验室与…共建中试基地, …等一批创新平台: more than one body's)
_BRANCH_IN_A_CITY = re.compile(r"分?中心|基地|分院")  # (…创新平台|苏州|中心: the unit's centre in a city)


# a list closed as the zone's parks (…、哈工大科技园等十余个独立的园中园)
_AMONG_PARKS = re.compile(r"等[^，。；]{0,10}?园")


def _known_name_ending(text: str, start: int, end: int) -> int:
    """Where a name ending at ``end`` starts when a known university or institute, written in full, ends it
    and words that are no part of it run into it (成都站|四川大学): the longest known name ending there."""
    whole = [a for a, b, surface, canonical in institute_gazetteer().all(text[start:end])
             if b == end - start and surface == canonical and len(surface) >= 4]
    if not whole or place_at(text, start) == text[start : start + min(whole)]:
        return start  # 杭州|电子科技大学: a place before a known name makes another university's
    if text[start : start + min(whole)] in institute_gazetteer():
        return start  # 中科院|量子信息与量子科技创新研究院: the academy the known institute is of, written before it
    return start + min(whole)


def _known_name_before(text: str, start: int, ending_start: int) -> int:
    """``start``, or the start of a known organisation whose name a boundary cut went through
    (华为成都研究院 cut after 为) or that opens the words joined before it (浙江大学遥感与GIS研究中心
    cut after 与)."""
    run = name_run_start(text, start)
    if run == start:
        return start
    for gazetteer in (institute_gazetteer(), group_gazetteer(), enterprise_gazetteer()):
        for a, b, _, _ in gazetteer.all(text[run:ending_start]):
            if run + a < start <= run + b:
                return run + a
            between = text[run + b : start - 1]  # 浙江大学 [遥感] 与GIS研究中心: a few words of its own, no verb
            if (a == 0 and text[start - 1] in "与和及" and 1 <= len(between) <= 4 and "等" not in between
                    and not text.endswith("以及", 0, start)
                    and not _BODY_ENDED.search(between)  # 清华|大学及北京大学, 中科院|地环所及…研究院: two bodies
                    and cut_after_boundary(text, run + b, start - 1, long_boundary_words(), keep=0) == run + b):
                return run
            if (gazetteer is institute_gazetteer() and a == 0 and start > run + b
                    # an abbreviation (中国农大) or a university (山东理工大学淄博发展研究院), not 浙江大学滨江研究院…
                    and (not INSTITUTE_ENDING.search(text, run, run + b) or text.endswith(("大学", "学院"), run, run + b))
                    and _OWN_WORDS.fullmatch(text, run + b, ending_start)
                    and not any(text.startswith(w, run + b) for w in long_boundary_words())):  # (清华|共建研究院)
                return run  # 中国农大绿色发展研究院: a known body's unit, cut at a verb of its own name (发展)
    return start


# the rest of a company's legal name, words of its own up to 有限公司 (…科技园发展有限公司)
# (no particle, preposition or verb of founding among them: not 华中师大成立了…有限公司)
_REST_OF_LEGAL_NAME = re.compile(
    rf"(?:(?![、，。；：和与及的等了在是为将由被把向对从]|成立|设立|组建|共建|合作|联合)[{HAN}]){{2,12}}?{LEGAL_FORM.pattern}")


def _opens_a_legal_name(text: str, end: int) -> bool:
    """Whether the words after a known body's short name run on to a company's legal ending."""
    return _REST_OF_LEGAL_NAME.match(text, end) is not None


_BODY_ENDED = re.compile(r"(?:所|院|大学|中心|实验室)$")
_OWN_WORDS = re.compile(chars_but(r"\u4e00-\u9fff", "等的了和与及是为在将") + "{2,8}")


# a kind of university, not the name of one: what a cut through a name leaves (中南财经|政法大学)
_A_CITYS_BUREAU_OPENING = re.compile(r"[\u4e00-\u9fff]{2,4}?[市区县](?!总)[\u4e00-\u9fff]{1,6}?局")
_BARE_KIND_OF_COLLEGE = re.compile(r"(?:职业技术|职业|技师|技工|高等专科|高职)")
_KIND_OF_UNIVERSITY = re.compile(r"(?:政法|理工|师范|医科|财经|农业|工业|科技|交通|石油|林业|农林|外国语|中医药|民族|工程)(?:大学|学院)")
# kinds of body counted right after the last of them: …、新型研发机构、…离岸创新中心（域外创新中心）4类新型创新主体
_KINDS_COUNTED_AFTER = re.compile(rf"(?:[（(][^（）()]{{1,12}}[）)]|[）)])?等?[{NUMERAL}]+类")
_COUNTED_KIND = re.compile(rf"[{NUMERAL}]+[大个家所]|[余多][个家所]|\d+强")  # (…等10余个测量实验室)
_JOINED_ITEM_BEFORE = re.compile(rf"(?:^|(?<=[、，：]))([{HAN}]{{2,10}})[与和及]$")


def _joined_name_start(text: str, start: int) -> int:
    """Where a listed institute's name starts when a boundary cut it at 与/和/及 (脑机交互与人机共融
    海河实验室 after 、): the words before the joiner, back to the list mark, if no ending is among them."""
    joined = _JOINED_ITEM_BEFORE.search(text, max(0, start - 12), start)
    if text.endswith("以及", 0, start):
        return start  # 长鑫存储以及中国电子南湖研究院: 以及 joins two parties
    words = joined.group(1) if joined else ""
    if words and (words in enterprise_gazetteer() or words in institute_gazetteer()
                  or place_at(text, start) is not None or PERSON_TITLE.search(words)):
        return start  # 中海油和广东海洋大学, 管委会主任曹志宏与湘南学院: two parties, each named on its own
    if (joined and text[joined.start(1) - 1 : joined.start(1)] == "、" and not INSTITUTE_ENDING.search(words)
            and "等" not in words and not words.endswith(("孵化器", "基地", "园", "平台", "公司", "企业", "项目"))
            and not words.endswith(("厅", "局", "委", "部", "办", "政府", "管委会"))):  # 省工信厅和康复大学: a department, then a party
        return joined.start(1)
    return start


# fields joined by 与 inside a unit's name: 中科院宁波材料技术与工程研究所, 武汉理工大学船海与能源动力
# 工程学院 (after the institute the unit belongs to), 化学与精细化工广东省实验室 (opening a clause)
_PARENT_BEFORE_FIELD = re.compile(rf"(?:大学|学院|科学院|中科院|研究院)([{HAN}]{{2,10}})$")
_FIELD_OPENING = re.compile(rf"(?:^|(?<=[，。；：,;:]))([{HAN}]{{2,4}})$")
_FIELD_ENDINGS = frozenset({"实验室", "研究院", "研究所", "研究中心", "创新中心", "学院", "分院", "试验站", "试验中心", "工程中心"})
_CENTRE_ENDINGS = ("检验中心", "检测中心", "分中心")  # …检验中心, …高新区分中心: a testing centre or its branch
_ACTORS = frozenset({"政府", "企业", "高校", "园区", "学校", "医院", "公司", "单位", "机构", "院校", "双方", "我们", "我市", "我区"})


# what ends the words of a body of its own before a joiner (江苏省政府与…, 高新区与…, 南京大学和…)
_BODY_BEFORE_JOINER = re.compile(r"(?:[省市县区镇村局委厅部办院所校会司队站]|政府|大学|学院|集团|企业|中心|园区|基地)$")


# the nation or a region of several provinces opening a unit's field words (长三角碳纤维及复合材料技术创新中心)
_NATION_OR_REGION = ("国家", "长三角", "珠三角", "京津冀", "粤港澳", "大湾区", "成渝")


def _placed_field_start(text: str, joiner: int) -> int | None:
    """Where a place, 国家 or a region opens the field words before a joiner inside a unit's name, the words
    opening their clause and holding no boundary word nor a body's ending (江西省钨|与稀土研究院)."""
    a = next((a for a in range(max(0, joiner - 12), joiner - 1)
              if text.startswith(_NATION_OR_REGION, a) or place_at(text, a) is not None), None)
    if a is None:
        return None
    opens = a == 0 or not "\u4e00" <= text[a - 1] <= "\u9fff" or cut_after_boundary(text, max(0, a - 4), a, boundary_words(), keep=0) == a
    if (opens and cut_after_boundary(text, a, joiner, boundary_words(), keep=0) == a and name_run_start(text, joiner) <= a
            and not _BODY_BEFORE_JOINER.search(text, a, joiner) and not PERSON_TITLE.search(text, a, joiner)):
        return a  # (not across a quote mark: 武汉科技大学"耐火材料与高温陶瓷国家重点实验室", a body and its quoted lab)
    return None


def _field_joined_start(text: str, start: int, ending_start: int, ending: str, blocked: list[tuple[int, int]],
                        known: Gazetteer[str]) -> int:
    """Where a unit's name starts when a joiner inside it (与, 和, 及) cut it: the field before the
    joiner belongs to the name if an institute's name comes right before it, or if it opens the
    clause and is a field's word (化学), not an actor's (政府与…) nor a name (the words after the joiner
    opening with a place or a known name are a name of their own: 华为与北京大学)."""
    if (ending not in _FIELD_ENDINGS and not ending.endswith(_CENTRE_ENDINGS)) or start < 3 or text[start - 1] not in "与和及" or ending_start - start < 2:
        return start  # (车间与实验室: nothing but the ending after the joiner, two things)
    joiner = start - 1
    if any(joiner - 10 < b <= joiner for _, b in blocked):
        return start
    parent = _PARENT_BEFORE_FIELD.search(text, max(0, joiner - 14), joiner)
    if parent and _BODY_ENDED.search(parent.group(1)):
        parent = None  # 中科院地环所及地球环境创新研究院: a unit of its own (地环所) before the joiner, two bodies
    if parent and cut_after_boundary(text, parent.start(1), joiner, boundary_words(), keep=0) == parent.start(1):
        parent_start = left_edge(text, parent.start(1), parent.start(), blocked)
        name = text[parent_start : parent.start(1)]
        if name in known or (parent.start() - parent_start >= 2 and is_name(text[parent_start : parent.start()], known)):
            return parent_start
    placed = _placed_field_start(text, joiner)
    branch = ending.endswith("分中心")  # …检验中心高新区分中心: the body before a branch's ending is its parent
    if (placed is not None and not text.startswith(("国家", "省", "市"), start)
            and (branch or not _BODY_BEFORE_JOINER.search(text, start, ending_start))
            and place_at(text, start) is None and not any(True for _ in known.all(text[start:ending_start]))):
        return placed  # 江西省钨与稀土研究院, 国家钨与稀土…中心, 无锡特殊食品与营养健康研究院
    if ending == "实验室" and text.endswith(("国家重点", "全国重点"), start, ending_start) and text[joiner] == "与":
        # 材料腐蚀与防护国家重点实验室, 草种创新与草地农业生态系统全国重点实验室: a key lab named by two fields
        field = left_edge(text, joiner, joiner, blocked)
        longer = left_edge(text, joiner, joiner, blocked, words=long_boundary_words())  # 共建|靶向农药创制 (not 靶向|…)
        if longer < field and joiner - longer <= 6 and not any(c in "的了对和与及在是把被将从" for c in text[longer:joiner]):
            field = longer
        if (2 <= joiner - field <= 8 and text[field:joiner] not in _ACTORS and place_at(text, field) is None
                and not any(True for _ in known.all(text[field:joiner]))):
            return field
    opening = _FIELD_OPENING.search(text, max(0, joiner - 5), joiner)
    if (opening and opening.group(1) not in _ACTORS and opening.group(1) not in boundary_words()  # 先后与…
            and is_everyday(opening.group(1))
            and not text.startswith(("国家", "省", "市", "重点"), start)  # 加强与国家实验室: a kind of body
            and place_at(text, start) is None and not any(True for _ in known.all(text[start:ending_start]))):
        return opening.start(1)
    return start


# a government body or a campus and a joiner, before an institute's name (深圳市政府和清华大学, 南京大学苏州校区和…中心)
_GOVERNMENT_AND = re.compile(r"(?:政府|管委会|委员会|[厅局]|校区)[和与及]")


_GLUED_ITEM = re.compile(rf"[{HAN}]{{1,3}}、|[{HAN}]{{1,2}}等")


# after a short abbreviation, the end of a longer word: 东北大学, 南大门 (the south gate), 北大街, 南大道
_LONGER_WORD_AFTER = frozenset("学院校门街道桥荒")


def _standalone(text: str, start: int, end: int) -> bool:
    """Whether a short abbreviation stands as a name: not glued into a longer word."""
    if text[end : end + 1] in _LONGER_WORD_AFTER or _GLUED_ITEM.match(text, end):
        return False  # 东北大学; 北大培新、明信投资两只产业基金, 中科大洋等: a longer name, listed; 南大门: a gate
    if text[start] in "东南西北" and text[start - 1 : start] in ("向", "往", "朝"):
        return False  # 抢抓向南开放窗口建设的机遇: a direction (向南), no 南开
    ending = BRAND_ENDING.match(text, end)
    if ending and not text.startswith(("园", "城"), ending.end()):
        return False  # 北大环保产业基地: a company named after the university (not 清华科技园, its park)
    if start == 0 or not NAME_CHAR.match(text[start - 1]):
        return True
    return any(text[:start].endswith(word) for word in boundary_words())


_YEAR_BEFORE = re.compile(r"\d{2,4}年度?$")


# words that make the words before an ending a description, not a name: a grade (省级), an anaphor (该, 其),
# a relation (相关学院, 直属重点大学), a size (建有8000平方米实验室), running one (扎根怀化办大学, 打开门办实验室)
# (首批山东省数字经济产业创新中心, 全国首批国家工业设计研究院, 第二批…: a designation's batch, wherever it stands, a title
# given to a body; 宜兴首所…大学, 首个…院士工作站:
# a first of its kind; 东湖综合性国家科学中心:
# a national programme's area, no body; 高能级实验室: a grade; 中国科学院重点实验室: the academy's key labs in general)
_NO_NAME_PREFIX = re.compile(r"综合性国家$|省级|市级|国家级|省部级|^级|^高能级|^世界级|^世界一流|(?:院|大学|系统)重点$|^全国重点|首批|首[个家所座]|^第[一二三四五六七八九十\d]+批|以上|的|^(?:这些|那些|这|该|各|其)|这一|[各诸办]$|相关|有关|直属|二级$|任何|大院名校|大院大所"
                             r"|\d+\s*(?:平方米|万|亿|余|多)")
# universities of a region or a grade (欧美一流大学, 中国大学, 国内知名学院): kinds, no names
# grades of university (知名大学, 一流大学): a kind, no name
_UNIVERSITY_GRADES = "一流|知名|顶尖|著名|重点|高水平|研究型|双一流|名牌|高质量|应用型|综合性"
_KIND_OF_UNIVERSITY_PREFIX = re.compile(r"(?:中国|欧美|国内外?|国外|境外|海外|世界|全球|欧洲|西方)?"
                                        rf"(?:{_UNIVERSITY_GRADES}){{0,2}}")
_GRADE_OF_UNIVERSITY_AT_END = re.compile(rf"(?:{_UNIVERSITY_GRADES})$")
_COUNT_BEFORE = re.compile(rf"(?:(?:\d+|[{NUMERAL}]+)\s*|首|唯一一?)[个家所座]$")
_FACILITY_AFTER = re.compile(r"科技园|产业园|校区|基地|园区")
# many of a kind (多所知名大学, 数家研究院), or one for each (一主导产业一研究院), not a numbered one (第十一研究所)
# (or 更多优秀大学毕业生, 众多高校: more of a kind)
_ONE_OF_A_KIND = re.compile(r"^(?:[多数几]所|更多|众多|诸多|许多)|(?<![第一二三四五六七八九十])[一两]$|一([间个座家所条批支处])\1")  # 一间间研发实验室, 一条条直达高校实验室的通道: many


def _year_designation(text: str, start: int, prefix: str) -> bool:
    """Whether the name is a year's designation of a province or city (2023年度山东省技术创新中心绩效评价,
    2017年湖北省工程研究中心授牌): a year, a place, then nothing of its own before the ending."""
    if not _YEAR_BEFORE.search(text, max(0, start - 7), start):
        return False
    place = place_at(prefix, 0)
    return place is not None and len(strip_generic(prefix[len(place):], generic_words())) == 0


# a unit's name never opens with its parent's ending: a cut there fell inside the parent's name
_PARENT_ENDING_OPENING = re.compile(r"研究院|研究所|研究中心|实验室")


def _parent_through_cut(text: str, start: int, ending_start: int, blocked: list[tuple[int, int]]) -> int:
    """``start``, or, where a boundary word cut a unit's name just before its parent's ending
    (河北清华发展|研究院零碳城乡技术研究中心), where the parent's name starts before that word."""
    if start == ending_start or not _PARENT_ENDING_OPENING.match(text, start):
        return start
    word = max((w for w in boundary_words() if len(w) >= 2 and text.endswith(w, 0, start)), key=len, default=None)
    if word is None:
        return start
    before = left_edge(text, start - len(word), start - len(word), blocked)
    return before if start - len(word) - before >= 2 else start


_QUOTED_NAME_CHARS = re.compile(rf"[{HAN}A-Za-z0-9]*")  # (no punctuation inside the quotes before the cut)


# a region of the world or of China alone, with or without 区 (亚太区, 全球, 大中华区, 华东区): a company's centre for it
# what an area is to become, before a place's innovation centre (将成为禹城产业创新中心, 打造成为黄河流域科技创新中心)
_BECOMES_BEFORE = re.compile(r"(?:成为|打造成|建设成|建成为|建设为|打造为)$")
# (a place or a region and a general word: 禹城产业, 鲁西北产业, 黄河流域科技; not a designation, 国家北斗产业)
_ROLE_OF_A_PLACE = re.compile(r"(?!国家|全国|省|市)[\u4e00-\u9fff]{2,5}?(?:产业|科技|科技产业)")


_REGION_ONLY = re.compile(r"(?:亚太|全球|大中华|亚洲|海外|北美|欧洲|(?:中国)?(?:华东|华南|华北|华中|西南|西北|东北))区?|中国区")
# a superlative before what a body is about: 场景最丰富的|人形机器人创新中心 (not 全国首个|国家…中心, a designation)
# (or of a grade, maybe before another item it describes too: 建设世界一流的产业技术及先导技术研发中心)
_SUPERLATIVE_BEFORE = re.compile(r"(?:最[\u4e00-\u9fff]{1,4}|一流|领先|顶尖)的(?:[\u4e00-\u9fff]{2,8}[及和与、])?$")


# a company's name, then a province or a city written in full, inside what reads as an institute's name
_COMPANY_THEN_ITS_PLACE = re.compile(r"公司(?=[\u4e00-\u9fff]{2,3}?[省市])")


_ITS_PUBLICATION = ("学报", "出版社")  # what a university publishes, named after it


def find_institutes(text: str, blocked: list[tuple[int, int]]) -> list[Mention]:
    """The universities and research bodies a sentence names: known ones by any form (中科院, 南大), unknown ones
    from a body's ending (…研究院, …重点实验室) back to where the name begins (never into ``blocked``, names
    already taken), numbered institutes (中国电科38所) and lists headed as research bodies. A body named like a kind
    of body (人工智能实验室) is kept only inside a named company's name."""
    known = institute_gazetteer()
    candidates = _known_institutes(text, known)
    by_ending, described = _institutes_by_ending(text, blocked, known)
    candidates += by_ending
    candidates += _numbered_institutes(text)
    candidates += _listed_short_institutes(text)
    candidates += _cas_institutes(text)
    candidates += _institutes_headed_as_such(text, known)
    named = maximal(candidates)
    found = _joint_institutes(text, maximal(named + [m for m in described if _in_named_company(text, m, named)]))
    # 无锡物联网创新中心有限公司: an institute's name before a legal ending names a company
    return [m for m in found if not _LEGAL_ENDING_AFTER.match(text, m.end) and not _placed_legal_ending(text, m.end)]


def _known_institutes(text: str, known: Gazetteer[str]) -> list[Mention]:
    """The known bodies by any of their forms, and their units named after them (北大科技园, a body's base or platform)."""
    candidates: list[Mention] = []
    for a, b, surface, canonical in known.find(text):
        if surface != canonical and len(surface) <= 3 and not _standalone(text, a, b):
            continue  # 北大 inside 东北大学, 南大 inside 环南大科创圈: not an abbreviation here
        if text.startswith(_ITS_PUBLICATION, b):
            continue  # 出处《内蒙古师范大学学报(哲学社会科学版)》: a journal or a press the body publishes, no body named
        if surface != canonical and _opens_a_legal_name(text, b):
            continue  # 武汉华中师大科技园发展有限公司: the university's short name inside a company's
        if surface != canonical and known_company_runs_on(text, a, b):
            continue  # 南大光电, 浙大网新, 清华同方, 西电集团: a known company named after the university
        if (surface != canonical and text.startswith("科技园", b) and canonical.endswith(("大学", "学院"))
                and not _AMONG_PARKS.match(text, b + 3)):
            # 北大科技园, 北航科技园: the university's science park, by its short name, a unit of it (not one of a zone's
            # parks: 光通讯工业园、哈工大科技园等十余个独立的园中园)
            candidates.append(Mention("ResearchInstitute", a, b + 3, text[a : b + 3], text[a : b + 3], "institute-gazetteer-unit"))
            continue
        base = _BASE_OF_A_KNOWN_BODY.match(text, b) if surface == canonical else None
        if base and not _NOT_ONE_BASE.search(base.group()):
            # 中国医学科学院细胞产业转化基地, 南京大学国家集成电路产教融合创新平台: the body's own unit, named after it,
            # and its centre in a city (…创新平台苏州中心)
            place = place_at(text, base.end())
            branch = _BRANCH_IN_A_CITY.match(text, base.end() + len(place)) if place else None
            end = branch.end() if branch else base.end()
            candidates.append(Mention("ResearchInstitute", a, end, text[a:end], text[a:end], "institute-gazetteer-unit"))
            continue
        candidates.append(Mention("ResearchInstitute", a, b, surface, canonical, "institute-gazetteer"))
    return candidates


def _institutes_by_ending(text: str, blocked: list[tuple[int, int]],
                          known: Gazetteer[str]) -> tuple[list[Mention], list[Mention]]:
    """Bodies named by their ending (…研究院, …重点实验室, …大学), from the ending back to where the name begins, with
    the other name or short form the text gives them; and, apart, those named like a kind of body (人工智能实验室)."""
    candidates: list[Mention] = []
    described: list[Mention] = []  # named like a kind of body (人工智能实验室): kept only in company
    for match in (INSTITUTE_ENDING.finditer(text) if INSTITUTE_ENDING_CHARACTER.search(text) else ()):
        end, ending_start = match.end(), match.start()
        if match.group() == "大学" and text.startswith(("子", "生"), end) and any(
                text[ending_start + 1 - size : ending_start + 1] in known for size in (4, 3, 2)):
            continue  # 帮助上海交大学子深入了解…: a university's short name (上海交大), then its students (学子)
        own = ending_start if match.group().endswith("中心") and text.endswith(("大学", "学院"), 0, ending_start) else -1
        if own >= 0 and cut_after_boundary(text, own, end - 2, long_boundary_words(), keep=0) != own:
            continue  # 与清华大学合作建设数据中心: a verb, not a centre of the university's own (长江大学农学实验实训中心)
        start = _name_start(text, match, blocked, known)
        if start is None:
            continue
        if text.startswith(_ITS_PUBLICATION, end):
            continue  # (《…师范大学学报》, …大学出版社: as above)
        if match.group(0) in ("大学", "学院") and text.startswith(("路", "街", "道", "城", "站"), end):
            continue  # 位于大学路北侧, 大学城: a road or a place named after universities
        if match.group(0) == "学院" and text.startswith("士", end):
            continue  # 师从无机化学院士…: a field's 学 and the title 院士, no college
        if match.group(0) == "大学" and text.startswith("园", end) and not any(
                a == 0 and b == end - start for a, b, _, _ in known.all(text[start:end])):
            continue  # 深圳虚拟大学园: a park for universities, not a university (清华大学园 would be one's)
        bureau = _A_CITYS_BUREAU_OPENING.match(text, start, ending_start)
        if bureau and ending_start - bureau.end() >= 2:
            start = bureau.end()  # 合肥市重点局|量子创新院项目驻点负责人: a city's bureau, then the institute it speaks for
        if _no_body_named(text, match, start, known):
            continue
        start = _start_past_the_words_before(text, match, start, blocked, known)
        if start is None:
            continue
        prefix = text[start:ending_start]
        if match.group(0).endswith("中心") and _REGION_ONLY.fullmatch(prefix):
            continue  # 爱科全球生产基地和亚太区研发中心: a company's centre for a region, no body named
        if _DESIGNATION.match(prefix):
            continue  # 建成国家示范性微电子学院: a status a body is given, no body named
        if (match.group(0) == "创新中心" and _BECOMES_BEFORE.search(text, max(0, start - 6), start)
                and _ROLE_OF_A_PLACE.fullmatch(prefix)):
            continue  # 中央创新区将成为禹城产业创新中心、公共服务中心: what an area becomes for a place, no body named
        if _HEADCOUNT_OR_SIZE.fullmatch(prefix):
            continue  # 建设万人研发中心, “萬人研發中心”目標, 打造超大研发中心: a centre of so many people or so big, no body named
        if match.group(0) == "实验室" and prefix.endswith(("大学", "学院")) and any(
                a == 0 and b == len(prefix) for a, b, _, _ in known.all(prefix)):
            continue  # 从华中农业大学实验室内走出的…: the university's labs in general, no lab named (the university is)
        proper = is_name(prefix, known)
        # 人工智能实验室, 现代产业学院, 未来技术创新中心: named like a kind of body
        kind_of_body = match.group(0) in _DESCRIPTIVE_ENDINGS and (not proper or (
            "国家" not in prefix and not prefix.endswith("全国重点") and not text[:start].endswith(("大学", "学院"))
            and not any(True for _ in known.all(prefix)) and is_everyday(prefix)))
        if not proper and not kind_of_body:
            continue
        mention, other_names = _with_its_other_names(text, start, end, proper, kind_of_body)
        (described if kind_of_body else candidates).append(mention)
        candidates += other_names
    return candidates, described


def _name_start(text: str, match: re.Match, blocked: list[tuple[int, int]], known: Gazetteer[str]) -> int | None:
    """Where the name before a body's ending begins: back from the ending past the clause's words, to a known
    body the unit is of, a place in brackets, the quotes that hold the name; None where the words there name no
    body (a count after it, a company's name running on past it)."""
    end, ending_start = match.end(), match.start()
    start = _known_name_before(text, left_edge(text, end, ending_start, blocked), ending_start)
    start = _known_name_ending(text, start, end)
    has = text.find("有", start, ending_start)
    if has >= 0 and not text.startswith(("有色", "有限", "有机"), has) and any(
            a == 0 for a, _, _, _ in known.all(text[has + 1 : ending_start])):
        start = has + 1  # 武汉有武汉大学生命科学院、…: "has", then the known body the unit is of
    if text.startswith(("大学", "学院"), start) and start > 0 and NAME_CHAR.match(text[start - 1]):
        # 组建北京联合|大学…: the word cut was the university's own (联合), the cut before it holds
        before = cut_after_boundary(text, name_run_start(text, start - 1), start - 1, boundary_words(), keep=0)
        if place_at(text, before) is not None:
            start = before  # (a place opens the university's name; not 充分发挥|大学)
    qualified = PLACE_QUALIFIER_BEFORE.search(text, max(0, start - 6), start)
    if qualified and qualified.end() == start and qualified.group(0)[1:-1] in short_places():
        # 上交（徐州）新材料研究院: the name goes on before the place
        before = left_edge(text, qualified.start(), qualified.start(), blocked)
        if qualified.start() - before >= 2:
            start = before
    start = _parent_through_cut(text, start, ending_start, blocked)
    quoted = text.rfind("“", max(0, start - 12), start)  # 参观了“长效和靶向制剂国家重点实验室”: the quotes hold it whole
    if (quoted >= 0 and text.startswith("”", end) and _QUOTED_NAME_CHARS.fullmatch(text, quoted + 1, start)
            and not any(x < start and quoted < y for x, y in blocked)):
        start = quoted + 1
    for inner in INSTITUTE_ENDING.finditer(text, start, ending_start):
        if text.startswith("国家", inner.end()) and inner.group() not in ("大学", "学院", "科学院"):
            start = inner.end()  # …实验室渭南分室国家增材制造创新中心: a list without its 、 (not 南昌大学国家…中心)
    if ending_start - start < 2 or _KIND_OF_UNIVERSITY.fullmatch(text, start, end):
        # 共建碳中和研究院: 和 is part of the name; 与中南财经政法大学: so is 经 (政法大学 is a kind)
        start = before_cut(text, start, blocked)
        if ending_start - start < 2:
            return None
    if _COUNTED_AFTER.match(text, end) and not (text.endswith("、", 0, start) and _A_LISTS_COUNT_AFTER.match(text, end)):
        return None  # 新型产业技术研究院10个, 江西省国家工程技术研究中心增至5家。: a count, not a name
    if not text.startswith(("有限", "股份", "集团", "（", "("), end) and _REST_OF_LEGAL_NAME.match(text, end):
        return None  # 湖南湘仪实验室仪器开发有限公司: the company's name runs on past the ending (not …研究院有限公司)
    if text.startswith("有", start) and ending_start - start >= 4 and not text.startswith(("有色", "有机", "有限"), start):
        start += 1  # 有民航飞行学院这样的…资源: the verb before the name (not 有色金属研究院)
    return start


def _no_body_named(text: str, match: re.Match, start: int, known: Gazetteer[str]) -> bool:
    """Whether the words before the ending name no body: no name at all, a kind or a grade of body (知名大学), a
    count of them (三大海河实验室), a designation of a year, a person's workstation."""
    end, ending_start = match.end(), match.start()
    prefix = text[start:ending_start]
    if _NO_NAME_PREFIX.search(prefix) or _is_regional_centre(text[start:end]):
        return True
    if match.group(0) == "学院" and _BARE_KIND_OF_COLLEGE.fullmatch(prefix):
        return True  # 与郴州职业技术学院、技师学院持续开展…: a kind of college, the city's own left unnamed
    if match.group(0) == "实验室" and prefix in province_forms():
        return True  # 湖北实验室, 福建省实验室, 上海实验室: a province's labs as a kind, no lab named (苏州实验室 is one lab)
    if _SUPERLATIVE_BEFORE.search(text, max(0, start - 16), start):
        return True  # 全国规模最大、场景最丰富的人形机器人创新中心: a body described, not named
    if match.group(0) in ("大学", "学院") and (_KIND_OF_UNIVERSITY_PREFIX.fullmatch(prefix) or (
            _GRADE_OF_UNIVERSITY_AT_END.search(prefix) and place_at(prefix, 0) is None)):
        return True  # 知名大学; 为进一步展现一流大学与…: a grade of university, after words of a clause
    if match.group(0) == "大学" and len(prefix) == 2 and prefix in stopwords("words/common_words.txt") and not any(
            a == 0 and b == end - start for a, b, _, _ in known.all(text[start:end])):
        return True  # 抓住大学、校友、院士: a verb and universities in general (东南大学, 复旦大学 are known or no words)
    if _year_designation(text, start, prefix):
        return True
    if match.group(0) == "大学" and text.startswith(("排名", "排行"), end):
        return True  # QS世界大学排名TOP200: a ranking of universities, none named
    if match.group(0) == "院士工作站" and not _WORKSTATION_HOST.search(prefix):
        return True  # 产品发布会暨院士工作站, 药学界领军人物丁健院士工作站: no name, or a person's with words before it
    if (_COUNTED_KIND.search(prefix) or _COUNT_BEFORE.search(text, max(0, start - 6), start)
            or _ONE_OF_A_KIND.search(prefix) or _KINDS_COUNTED_AFTER.match(text, end)):
        return True  # 三大海河实验室, 世界500强研发中心, 9家湖北实验室, 多所知名大学, 一主导产业一研究院: a count or a kind
    return False


def _start_past_the_words_before(text: str, match: re.Match, start: int, blocked: list[tuple[int, int]],
                                 known: Gazetteer[str]) -> int | None:
    """Where the name begins once the words that run into it are set aside: a former name's 原, a joined list's
    other item, a host firm, an officer's post, a title, a government and its joiner, a builder; None where
    officers unveil a body the text does not name."""
    end, ending_start = match.end(), match.start()
    if (text.startswith("原", start) and ending_start - start >= 3 and place_at(text, start) is None
            and not is_everyday(text[start : start + 2])):
        start += 1  # 原华中工学院的激光: the body's former name, after 原 (former); not 原平市…, 原子能…
    start = _joined_name_start(text, start)  # …、脑机交互与人机共融海河实验室: 与 inside a listed name
    start = _field_joined_start(text, start, ending_start, match.group(0), blocked, known)
    start = _known_name_after_words(text, start, end, known)
    host = max((b for g in (enterprise_gazetteer(), group_gazetteer()) for a, b, _, _ in g.all(text[start:ending_start]) if a == 0),
               default=0) if "国家" in text[start:ending_start] else 0  # (the gazetteers read only where a centre may be)
    if host and text.startswith("国家", start + host) and ending_start - start - host >= 4:
        start += host  # 潍柴|国家燃料电池技术创新中心: the firm that hosts it, then the national centre's own name
    start = after_last(_OFFICER_OF, text, start, ending_start, 2)  # …研究院副院长兼生物医药研究中心主任
    if _OFFICER_DOES.search(text, start, ending_start):
        return None  # 戴源副书记和魏志敏副校长为研究中心揭牌: officers unveiling "the centre", no name
    title = _TITLE_OPENING.match(text, start, ending_start)
    if title and ending_start - title.end() >= 2:
        start = title.end()  # “少年工程院”名誉院长|少年工程院“首席科学家”: a title ends the words before the name
    # 深圳市政府和清华大学于1996年共建: a government, the joiner, then the institute; 南京大学苏州校区和狮山金融创新中心: a
    # campus, the joiner, another body
    start = after_last(_GOVERNMENT_AND, text, start, ending_start, 2)
    company = _COMPANY_THEN_ITS_PLACE.search(text, start, ending_start)
    if company:  # 中建八局一公司|山东省产业技术研究院高科技创新园项目: the builder's unit, then the institute
        start = company.end()
    return start


def _with_its_other_names(text: str, start: int, end: int, proper: bool,
                          kind_of_body: bool) -> tuple[Mention, list[Mention]]:
    """The body named ``text[start:end]``, with a qualifier in brackets that is part of its name (（特殊食品）), and
    the other names the text gives it right after: its other name or number in brackets, a short form (简称…)."""
    other_names: list[Mention] = []
    qualifier = _QUALIFIER.match(text, end)  # 国家市场监管技术创新中心（特殊食品）: part of the name
    # …文旅与电影学院（长影电影学院）: the same body by its other name, not part of this one
    # (or by its number: 山东航天电子技术研究院（中国航天513所）, 中国空间技术研究院（中国航天五院）)
    other_name = qualifier if qualifier and (INSTITUTE_ENDING.search(qualifier.group(0)[-4:])
                                             or _NUMBERED_AT_END.search(qualifier.group(0))
                                             or qualifier.group(0).endswith("中心）")) else None  # 天府锦城实验室（前沿医学中心）
    if qualifier and _FACILITY_AFTER.match(text, qualifier.end()):
        qualifier = None  # 深圳大学（河源）科技园: the university's park in a place, not a body so named
    short = SHORT_FORM.match(text, other_name.end() if other_name else end)  # …研究所（简称苏州医工所）
    if qualifier and not short and not other_name:
        end = qualifier.end()
    surface = text[start:end]
    mention = Mention("ResearchInstitute", start, end, surface, surface, "institute-ending",
                      extra={"own_words": proper})
    for alias in (other_name, short) if not kind_of_body else ():
        if alias is not None:  # the name the text will use, or its other name: the same body
            first, last = (alias.start() + 1, alias.end() - 1) if alias is other_name else alias.span(1)
            other_names.append(Mention("ResearchInstitute", first, last, text[first:last], surface, "institute-short-form"))
    return mention, other_names


def _numbered_institutes(text: str) -> list[Mention]:
    """Institutes by their numbers: a list of them alone (710所、714所), or after a group or a company (中国电科38所)."""
    candidates: list[Mention] = []
    # 710所、714所、…、602院: numbered institutes listed by their numbers alone (three digits: 3所高校 is a count)
    numbered_list = [m for m in NUMBERED_UNIT.finditer(text) if not m.group().endswith("厂")] \
        if "所、" in text or "院、" in text else []
    if sum(1 for m in numbered_list if text.startswith("、", m.end()) or text.startswith("、", m.start() - 1)) >= 2:
        for m in numbered_list:
            candidates.append(Mention("ResearchInstitute", m.start(), m.end(), m.group(), m.group(), "institute-numbered",
                                      True))
    # 中船七一六所, 中国电科38所, 中船重工710所: a group's or a known company's numbered institute
    for a, b, _, _ in ((*group_gazetteer().all(text), *enterprise_gazetteer().all(text)) if "所" in text else ()):
        numbered = _NUMBERED_INSTITUTE.match(text, b)
        if numbered:
            unit = INSTITUTE_ENDING.match(text, numbered.end())  # 中船重工710所青岛海洋装备研发基地: its base in a place
            end = unit.end() if unit else numbered.end()
            surface = text[a:end]
            candidates.append(Mention("ResearchInstitute", a, end, surface, surface, "institute-numbered"))
    return candidates


def _listed_short_institutes(text: str) -> list[Mention]:
    """Short names listed after a named institute (…玻璃钢研究院、703所、哈焊所)."""
    candidates: list[Mention] = []
    for match in (_LISTED_SHORT_INSTITUTE.finditer(text) if "、" in text and "所" in text else ()):  # …玻璃钢研究院、703所、哈焊所、兽研所……
        if INSTITUTE_ENDING.search(text, max(0, match.start() - 30), match.start()) and not _NOT_AN_INSTITUTE.search(match.group(1)):
            candidates.append(Mention("ResearchInstitute", match.start(1), match.end(1), match.group(1), match.group(1),
                                      "institute-listed-short"))
    return candidates


def _cas_institutes(text: str) -> list[Mention]:
    """The Academy's institutes by their short names (中科院苏州医工所)."""
    candidates: list[Mention] = []
    for match in _CAS_INSTITUTE.finditer(text):  # 中科院苏州医工所: the pattern holds the whole name
        candidates.append(Mention("ResearchInstitute", match.start(), match.end(), match.group(0), match.group(0), "institute-cas"))
    return candidates


def _institutes_headed_as_such(text: str, known: Gazetteer[str]) -> list[Mention]:
    """The items of a list the text heads as research bodies (…、宁波微软技术中心等科技研发机构145家)."""
    candidates: list[Mention] = []
    for match in (_HEADED_AS_INSTITUTES.finditer(text) if "机构" in text else ()):
        # …、宁波中科集成电路设计中心、宁波微软技术中心、TRW亚太技术中心等科技研发机构145家: each item is one
        items = item_spans(match.group(1), match.start(1))
        first_a, first_b = items[0]
        items[0] = (cut_after_boundary(text, first_a, first_b, boundary_words(), keep=2), first_b)
        for a, b in items:
            ending = next(e for e in (*_HEADED_ENDINGS, "") if text.endswith(e, a, b))
            prefix = text[a : b - len(ending)]  # (not 工程技术研究中心, 企业技术中心: kinds of body)
            if (ending and 4 <= b - a <= 20 and not _KIND_OF_BODY.match(text, a) and is_name(prefix, known)
                    and not is_everyday(prefix)):
                candidates.append(Mention("ResearchInstitute", a, b, text[a:b], text[a:b], "institute-headed-list", in_list=True))
    return candidates

_LIST_ITEM = rf"{chars_but(HAN, '等')}"
# a list the text heads as research bodies: …、…技术中心等科技研发机构145家
_HEADED_AS_INSTITUTES = re.compile(rf"((?:[{HAN}A-Za-z0-9]{{2,20}}、)+[{HAN}A-Za-z0-9]{{2,20}}?)等(?:一批|各类)?\s*[{NUMERAL}\d]*\s*[家个所]?"
                                   r"(?:科技|新型|高端)?(?:研发|科研|研究|创新)机构")
_HEADED_ENDINGS = ("中心", "研究院", "研究所", "实验室", "分院")
_KIND_OF_BODY = re.compile(r"高校|院所|企业|机构|大学|学院|单位|平台|中心|重点|省级|国家|市级|龙头|科研")
# bodies listed by their own words, then counted under one ending they share: 光谷、珞珈、江城、东湖、
# 九峰山等5个湖北实验室, 鹏城、广州两家国家实验室 (the count's place or grade is no part of each name)
# (家纺、现代建筑、海洋工程装备三大产业研究院: each 产业研究院 of its sector, six characters an item)
_SHARED_ENDING_LIST = re.compile(
    rf"((?:{_LIST_ITEM}{{2,6}}、)+{_LIST_ITEM}{{2,6}}?)等?\s*[{NUMERAL}\d]+\s*[个家所大]"
    rf"(?:(产业)|[{HAN}]{{2,3}}?省?|省|国家)?(实验室|研究院)")


def shared_ending_institutes(text: str) -> list[Mention]:
    """The bodies of a list that names them by their own words and counts them under the ending they
    share (光谷、珞珈…等5个湖北实验室): each item, named with the ending (光谷实验室). Found before zones,
    since an item may be a zone's name too (光谷, 东湖)."""
    found = []
    listed = "、" in text and ("实验室" in text or "研究院" in text)
    for match in (_ACADEMY_LABS.finditer(text) if listed and "科" in text else ()):
        # 中国科学院超快光科学与技术、…、黄土科学三个重点实验室: each the academy's lab, by its full name
        items = item_spans(match.group(2), match.start(2))
        if any(b - a < 2 or _KIND_OF_BODY.search(text, a, b) for a, b in items):
            continue
        items[0] = (match.start(1), items[0][1])  # the first holds the academy's name as written
        found += [Mention("ResearchInstitute", a, b, text[a:b], "中国科学院" + text[a:b].removeprefix(match.group(1)) + match.group(3),
                          "institute-shared-ending", in_list=True) for a, b in items]
    for match in (_SHARED_ENDING_LIST.finditer(text) if listed else ()):
        if any(m.start < match.end() and match.start() < m.end for m in found):
            continue
        items = item_spans(match.group(1), match.start(1))
        first_a, first_b = items[0]
        if not match.group(2):  # bodies named by their own words (光谷、珞珈…): four characters at most
            if any(b - a > 4 for a, b in items[1:]):
                continue
            first_a = max(first_a, first_b - 4)
            there_are = text.rfind("有", first_a, first_b - 2)  # 高新区有光谷、…: "there are", then the first name
            first_a = there_are + 1 if there_are >= 0 else first_a
        items[0] = (cut_after_boundary(text, first_a, first_b, boundary_words(), keep=2), first_b)
        if any(b - a < 2 or _KIND_OF_BODY.search(text, a, b) or text[a:b] in institute_gazetteer() for a, b in items):
            continue  # 高校、院所等多个…实验室: kinds of bodies; 清华、北大等3个研究院: the universities' own
        ending = (match.group(2) or "") + match.group(3)
        found += [Mention("ResearchInstitute", a, b, text[a:b], text[a:b] + ending, "institute-shared-ending",
                          in_list=True) for a, b in items]
    for match in (_KNOWN_PAIR_SHARING_AN_ENDING.finditer(text) if "、" in text else ()):
        first, second = (match.group(1) + match.group(3), match.group(2) + match.group(3))
        if first in institute_gazetteer() and second in institute_gazetteer() and not any(
                m.start < match.end(1) and match.start(1) < m.end for m in found):
            found.append(Mention("ResearchInstitute", match.start(1), match.end(1), match.group(1), first,
                                 "institute-shared-ending", in_list=True))
    return found


# the academy's labs, named once by the academy and once by their shared ending: 中国科学院超快光科学与技术、
# 时间基准及应用、黄土科学三个重点实验室
_ACADEMY_LABS = re.compile(rf"(中国科学院|中科院)((?:{_LIST_ITEM}{{2,10}}、)+{_LIST_ITEM}{{2,10}}?)等?\s*[{NUMERAL}\d]+\s*[个家所]\s*(重点实验室|实验室)")


# two known bodies written with the ending they share once (广州、张江实验室重庆基地加快落地): the first,
# named with the ending, when both names are known (the second is found as written)
_KNOWN_PAIR_SHARING_AN_ENDING = re.compile(rf"(?<![{HAN}])([{HAN}]{{2,4}})、([{HAN}]{{2,4}}?)(实验室|研究院|研究所)")


# whose 院士工作站: an organisation's (…有限公司, …学院), or an academician's (郭孔辉; 国际欧亚科学院毕思文),
# named by the whole prefix
_WORKSTATION_HOST = re.compile(rf"(?:公司|集团|医院|{INSTITUTE_ENDING.pattern})$|^[{HAN}]{{2,3}}$|(?:{INSTITUTE_ENDING.pattern})[{HAN}]{{2,3}}$")


def _known_name_after_words(text: str, start: int, end: int, known: Gazetteer[str]) -> int:
    """``start``, or the start of a known institute that ends the name, where the words before it are
    neither a place nor an organisation (全面承接|山东大学, 内设|山东大学, 就有|西北农林科技大学: a verb the
    boundary words did not hold). A place or an organisation before it makes a longer name of its
    own (西安电子科技大学, 中国人民解放军国防科技大学, 中科院苏州医工所)."""
    name = text[start:end]
    # (or 致, "addressed to", alone before it: 习近平总书记在致中国科学院建院70周年贺信中)
    inner = [a for a, b, _, _ in known.all(name) if b == len(name) and (a >= 2 or a == 1 and name[0] == "致")]
    if not inner:
        return start
    prefix = name[: inner[0]]
    if any(True for _ in known.all(prefix)) or any(True for _ in group_gazetteer().all(prefix)):
        return start
    if any(place in prefix for place in place_forms()) or any(c in prefix for c in countries()):
        return start
    return start + inner[0]


# two universities joined by a dash, then the joint body's own name: 北京师范大学-香港浸会大学联合国际学院,
# 新南威尔士大学—上海交通大学（嘉兴）光伏联合创新研究院, 北大-清华生命科学联合中心
JOINING_DASH = re.compile("[-—–－]")
_JOINING_DASHES = re.compile("[-—–－]{1,2}")
_JOINT_REST = re.compile(rf"(?:[（(][{HAN}]{{2,4}}[）)])?[{HAN}A-Za-z]{{0,10}}?(?:联合|合作)[{HAN}]{{0,8}}?(?:{INSTITUTE_ENDING.pattern}|中心)")


# a university's lab with a company, named by both: 中山大学与航宇微科技宇航SoC芯片联合实验室, 北理工与云洲智能多域
# 智能无人系统实验室 (the company and the lab's field in one run of name characters, no verb between: not 与…共建实验室)
# (or a known research body's with 和: 中国信通院和GE医疗创新联合实验室)
_WITH_A_FIRM = re.compile(rf"[与和]((?:(?!共建|合作|联合建|签约|成立|建立|打造|设立|组建)[{HAN}A-Za-z0-9]){{4,24}}?"
                          rf"(?:联合)?(?:实验室|研究中心|研发中心|创新中心))(?=[、，。；）)]|等|$|揭牌|成立|挂牌|落户|落地|正式)")


def _joint_institutes(text: str, found: list[Mention]) -> list[Mention]:
    """One joint institute where two institutes' names are joined by a dash and a joint body's name
    follows the second (its first-named founder is read as its parent; the second is named in it),
    or where a university's name, 与 and a company's name open a lab's (_WITH_A_FIRM)."""
    if "与" in text or "和" in text:
        found = _labs_with_a_firm(text, found)
    if not JOINING_DASH.search(text):
        return found
    ordered = sorted(found, key=lambda m: m.start)
    merged: list[Mention] = []
    skip_to = -1
    for first, second in zip(ordered, ordered[1:]):
        dashes = _JOINING_DASHES.match(text, first.end)  # (one dash or two: 西安交大——力兴钛业…联合研发中心)
        if first.start < skip_to or dashes is None or second.start != dashes.end():
            continue
        founder = re.sub(r"[（(].*$", "", second.surface)  # (上海交通大学(嘉兴)…: the university, its place aside)
        rest = _JOINT_REST.match(text, second.start + len(founder))
        if rest is None or rest.end() <= second.end:
            continue
        surface = text[first.start : rest.end()]
        # both founders are its parents (the held-out annotators give both, 3 of 3): the first by its name, the second
        # by the mention kept here
        merged.append(Mention("ResearchInstitute", first.start, rest.end(), surface, surface, "institute-joint",
                              extra={"joint_founders": (second if founder == second.surface else Mention(
                                  "ResearchInstitute", second.start, second.start + len(founder), founder, founder,
                                  second.rule),)}))
        skip_to = rest.end()
    if not merged:
        return found
    return sorted([m for m in found if not any(j.start <= m.start and m.end <= j.end for j in merged)] + merged,
                  key=lambda m: m.start)


def _labs_with_a_firm(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with each university-and-company lab (_WITH_A_FIRM) as one institute, named in full."""
    joint = []
    for first in found:
        if first.rule != "institute-gazetteer" or not first.name.endswith(("大学", "学院", "研究院")):
            continue
        rest = _WITH_A_FIRM.match(text, first.end)
        if rest is not None and text[first.end] == "和" and "联合" not in rest.group(1):
            continue  # 和 joins two bodies unless the name says the lab is theirs together (…和GE医疗创新联合实验室)
        if rest is not None:
            surface = text[first.start : rest.end()]
            joint.append(Mention("ResearchInstitute", first.start, rest.end(), surface, surface, "institute-joint"))
    if not joint:
        return found
    return sorted([m for m in found if not any(j.start < m.end and m.start < j.end for j in joint)] + joint,
                  key=lambda m: m.start)


def _placed_legal_ending(text: str, end: int) -> bool:
    """Whether a place and a legal ending follow (…产业研究院承德有限公司): a company's name."""
    for size in (4, 3, 2):
        if text[end : end + size] in place_forms() and LEGAL_ENDING.match(text, end + size):
            return True
    return False


# an institute known by a short form in a list of institutes: 703所, 哈焊所, 兽研所
_LISTED_SHORT_INSTITUTE = re.compile(rf"(?<=、)([{HAN}0-9]{{1,3}}所)(?=[、，。；…等])")
# (科研院所: research bodies in general; 重点实验室、工程中心、研究所等: the kind itself)
# a kind of body counted right after its name (新型产业技术研究院10个), or counted up to a number closing the
# clause (…增至5家。, …达到12个，)
_COUNTED_AFTER = re.compile(r"\s*\d+\s*[个家所]"
                            r"|(?:增至|增加到|增加至|达到|达|总数达到?|累计达到?|共有|共)\s*\d+\s*[个家所](?=[，。；]|$)")
# the count of a list of colleges closing it, after its last name, with no 等 (湖南医药学院、怀化学院、怀化职业技术学院3所高校,
# …、北京师范大学-香港浸会大学联合国际学院4所知名高等院校): the list counted, its last item still a name
_A_LISTS_COUNT_AFTER = re.compile(rf"\s*\d+\s*[家所][{HAN}]{{0,2}}?(?:高校|高等院校|院校|大学|高等学府|科研院所)")
# a status a body may be given, before the field it is given for: 国家示范性(微电子学院), 省级示范性(软件学院)
_DESIGNATION = re.compile(r"(?:国家级?|省级?|市级?)?示范性")
_HEADCOUNT_OR_SIZE = re.compile(r"[\d百千万萬]+人|超大|大型|超级|巨型|小型|中型")  # 万人, 千人, 3000人: how many work there; 超大: how big
_NOT_AN_INSTITUTE = re.compile(r"(?:诊|场|厕|住|派出|事务|律|会|院)所$|^研究所$")


_FOUNDED_WITH = re.compile(r"共建|联合组建|合作共建|合作建设|联合成立|携手")


# 北京国际科技创新中心, 合肥综合性国家科学中心, 成渝综合性科学中心: what a city or region is to become, not a body
_REGIONAL_CENTRE = re.compile(r"(.*?)(?:(?:国际|全球|全国|区域性?)?科技创新中心|区域创新中心|综合性(?:国家)?科学中心)")


# regions that national plans give a science-and-technology centre: 粤港澳大湾区国际科技创新中心
_REGIONS = ("大湾区", "长三角", "长江三角洲", "成渝地区", "成渝", "长江经济带", "西部", "中部", "东北", "环渤海",
            "经济圈", "都市圈", "城市群")  # 成渝地区双城经济圈科技创新中心
# provinces by their one-character names, which name regions together: 湘粤赣, 京津冀, 川渝
_PROVINCE_INITIALS = frozenset("京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新港澳台")


def _is_regional_centre(name: str) -> bool:
    match = _REGIONAL_CENTRE.fullmatch(name)
    if match is None:
        return False
    region = match.group(1)
    return (not region or region in place_forms() or region.endswith(_REGIONS) or region in ("区域", "区域性", "国家")  # 区域综合性科学中心
            or (1 <= len(region) <= 4 and set(region) <= _PROVINCE_INITIALS))  # (建设成|渝…: one, cut by a verb)


def _in_named_company(text: str, mention: Mention, named: list[Mention]) -> bool:
    """Whether an institute named like a kind of body is a particular one all the same: listed
    beside named institutes (江阴智能制造创新研究院、生命健康产业技术研究院), or founded with named
    partners when its name has words of its own (联合复旦、上海交大等专业院校共建碳中和研究院), unlike
    与高等学校共建现代产业学院 or …等高等院校合作，共建产业技术研究院."""
    for other in named:
        between = text[other.end : mention.start] if other.end <= mention.start else text[mention.end : other.start]
        if between in ("、", "和", "及", "与"):
            return True
    if not mention.extra.get("own_words"):
        return False  # 共建产业技术研究院: nothing of its own in the name, a kind of body still
    before = text[max(0, mention.start - 4) : mention.start]
    return bool(_FOUNDED_WITH.search(before)) and any(other.end <= mention.start for other in named)
