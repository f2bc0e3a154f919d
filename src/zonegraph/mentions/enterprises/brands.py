"""Brand-style names (潍柴动力, 歌尔集团): where one ending at a brand ending starts, if it is a name and
not a phrase (_brand_name); and the firms of listings: a foreign firm acting in the zone, a stock code,
one firm headed before a count, a group's counted units, a firm listed on a board or said to be one."""

from __future__ import annotations

import re
from functools import lru_cache

from zonegraph.mentions.base import HAN, NAME_CHAR, NUMERAL, Gazetteer, boundary_words, cut_after_boundary, item_spans
from zonegraph.mentions.enterprises.candidates import _Candidates
from zonegraph.mentions.enterprises.items import _clean_left
from zonegraph.mentions.enterprises.legal_names import _long_words_of_no_company
from zonegraph.mentions.enterprises.words import (STRONG_ENDINGS, _GOVERNMENT_BODY, _LIST_MARK_AFTER, _TITLED_PERSON,
                                                  _UNITS)
from zonegraph.mentions.enterprises.zone_companies import _BARE_ZONE_OPENING, _after_a_bare_zone_word
from zonegraph.mentions.organizations import (BRAND_AT_END, BRAND_ENDING, PLACE_QUALIFIER_BEFORE, is_described,
                                              is_everyday, is_name, left_edge)
from zonegraph.reference import countries, place_at


_AFTER_NAME = re.compile(
    r"[、，。；）]|等(?!人(?![工才形]))|获|入选|荣获|斩获|摘得|夺得|牵头|研发|自主|自行|成功|挂牌|上市|进入|被|是|为|已|将|在|于|与|和|的(?:产品|项目|技术)|公司|总部|项目|投资|投产|落户|建成|跻身|位居|成为|通过|拥有|$"
    r"|(?:全国|国内|全球|世界|全省|省内|行业)首(?:创|个|款|台|套|批)"  # 美益达医疗全国首创…产品: a first of its making
    r"|的(?:研发|生产|智能|数字化|总装)?(?:车间|厂房|生产线|产线|厂区|展厅)"  # 走进无锡亘芯悦科技的研发车间: its workshop
    # 深圳朗科智能董事长陈静、…, 斗鱼科技党委书记袁刚对记者说: its head, named
    r"|(?:董事长|总经理|副总经理|总裁|副总裁|CEO|创始人|党委书记)(?=[\u4e00-\u9fff]{2,3}(?:[、，等]|对|说|表示|介绍|告诉))"
)


# a brand-like phrase that is a kind of company, ranked or counted (我国十大军工集团): no name (_brand_name)
_RANKED_KIND = re.compile(rf"^(?:我国|全国|国内|全球|世界)|[{NUMERAL}]+大")


@lru_cache(maxsize=None)
def _labels_ending_with(industry_labels: frozenset[str]) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for label in industry_labels:
        if label:
            table.setdefault(label[-1], []).append(label)
    return {char: tuple(labels) for char, labels in table.items()}


# a word of government anywhere in a brand's words: no brand after a city (襄阳市发改委|数据: a city's commission)
_GOVERNMENT_WORD = re.compile(r"[委局厅]|政府")


_TIERS = re.compile(r"[一二三四五六七八九十两多]级")  # 三级党建网络, 四级联动体系


# what the sentence says of a name that only a company is: …是全国最大的轮速传感器供应商, …苏北首家科创板上市
_SAID_TO_BE_A_COMPANY = re.compile(
    rf"(?:是|成为)[^，。；]{{0,20}}?(?:企业|供应商|制造商|生产商|公司|厂商)|[{HAN}]{{0,4}}首家[^，。；]{{0,8}}?上市"
)


_GIVING_STRENGTH = ("注入", "增添", "提供", "带来", "激发", "汇聚", "凝聚", "释放", "积蓄", "增强", "增进")


# a stake held, no company: 参与企业各方占相应股份, 持有…股份
_A_STAKE_BEFORE = re.compile(r"(?:占|持有|持|认购|相应|部分|全部)$")
_KINDS_OF_STRENGTH = ("内生", "内在", "强劲", "澎湃", "不竭", "持久", "持续")  # …创新发展的内生动力: a kind of strength


_FAME = re.compile(r"著名|知名|最大|最强|领先|一流|老牌")
_ONE_AFTER_ANOTHER = re.compile(r"一(.)\1")  # 一组组, 一张张, 一件件: a measure word doubled


# the next item of a list, a sector (…、夹江陶瓷产业、): the list is of sectors
_SECTOR_PEER_AFTER = re.compile(r"、[^、，。；]{2,10}?(?:产业|行业)(?=[、等和及之，。；])")
# a company's verb of making, then 的, before a product written like a brand (…研发的|胃镜机器人)
_MADE_BY_BEFORE = re.compile(r"(?:研发|研制|生产|推出|开发|制造)的$")


def _brand_name(text: str, ending: re.Match, blocked: list[tuple[int, int]], known: Gazetteer[str],
                industry_labels: frozenset[str], after_peer: bool = False) -> int | None:
    """Where a brand-style name (潍柴动力, 力创科技, 歌尔集团) ending at ``ending`` starts, if it is one.

    Strong endings (集团, 股份, 控股) name a company wherever they stand. Weak ones (科技, 电子 …)
    also end ordinary phrases (提高环保, 万元科技), so the name must stand alone: its left edge at
    punctuation or a boundary word, two to four characters before the ending, and an action or a
    list mark after it (获评, 入选, 牵头, 、, 等 …) — or, ``after_peer``, a company just before it in
    a list.
    """
    start, prefix, headed = _brand_start(text, ending, blocked, known, industry_labels)
    if (_not_a_brands_length(ending, prefix) or _words_of_a_clause(text, ending, start, prefix, known)
            or _a_product_or_a_field(text, ending, start, prefix, known)
            or _a_kind_counted_or_held(text, ending, start, prefix, known, industry_labels)):
        return None
    before = _start_before_a_place_qualifier(text, ending, start, prefix, blocked)
    if before is not None:
        return before
    if _UNITS.search(prefix) or (start > 0 and text[start - 1] in "0123456789（(/／") or not is_name(prefix, known):
        return None
    if ending.group(0) in STRONG_ENDINGS:
        return start
    if _a_phrase_with_a_weak_ending(text, ending, start, prefix, headed, after_peer, industry_labels):
        return None
    return start


def _brand_start(text: str, ending: re.Match, blocked: list[tuple[int, int]], known: Gazetteer[str],
                 industry_labels: frozenset[str]) -> tuple[int, str, bool]:
    """Where the words of a brand-style name ending at ``ending`` start, the words, and whether a head noun
    (项目) stood before them: past the kind of company it is (…诊断公司|梅里埃集团), the verb 有 and a zone's
    bare word (园区)."""
    start = left_edge(text, ending.end(), ending.start(), blocked)
    called = text.rfind("公司", start, ending.start() - 2)
    if called >= 0 and ending.start() - (called + 2) >= 2 and not is_everyday(text[called + 2 : ending.start()], industry_labels):
        start = called + 2  # 法国最大的体外诊断公司梅里埃集团: the name after the kind of company it is (not …公司投资控股的)
    if text.startswith("有", start) and ending.start() - start >= 3 and (
            start == 0 or not NAME_CHAR.match(text[start - 1]) or _LIST_MARK_AFTER.match(text, ending.end())):
        start += 1  # 其中，有驰腾科技、…, 兽药企业有永健生物、澳龙生物: the verb, not the name's (有研科技 is known)
    start = _after_a_bare_zone_word(text, start, ending.start() - 2, words=_BARE_ZONE_OPENING)  # 已为园区|麦穗科技
    prefix = text[start : ending.start()]
    headed = prefix.startswith("项目") and len(prefix) >= 4 and text[start:ending.end()] not in known
    if headed:
        start, prefix = start + 2, prefix[2:]  # 新增签约项目华禧生物、宏怡电子等16个: the head noun, then the names
    return start, prefix, headed


def _not_a_brands_length(ending: re.Match, prefix: str) -> bool:
    """Whether the words before a brand ending are too few or too many for a brand's: two to four (six before a
    strong ending), a city before them not counted (无锡|亘芯悦|科技)."""
    placed = (place_at(prefix, 0) if len(prefix) > 4 and ending.group(0) not in STRONG_ENDINGS
              and not _GOVERNMENT_WORD.search(prefix) else None)  # 无锡|亘芯悦|科技: a city, then the brand (two to four)
    return not 2 <= len(prefix) - (len(placed) if placed else 0) <= (6 if ending.group(0) in STRONG_ENDINGS else 4)


def _words_of_a_clause(text: str, ending: re.Match, start: int, prefix: str, known: Gazetteer[str]) -> bool:
    """Whether brand-like words belong to a clause or a place, not a name: "the company", a town of a trade, a
    place's or an office's words, a verb and its particle, a region's field, a sector among its peers, a
    product after its maker, a slogan."""
    if prefix.endswith("公司") and prefix not in known:
        return True  # 公司控股子公司…: "the company" holding its unit, no company 公司控股
    if text.startswith("城", ending.end()) and text[start : ending.end()] not in known:
        return True  # 光谷南科技城, 中关村电子城, 汽车城: a town named after a trade, no company
    if prefix.endswith(("市", "省", "县")) or any(w in prefix for w in _CLAUSE_WORDS) or "领导" in prefix:
        return True  # 南宁市科技与产业融合: a place's; 创新才有动力: a clause; 市领导凌云: a person after his office
    if "着" in prefix[1:] and prefix not in known:
        return True  # 主要承载着高科技研发与生产: a verb and its particle, no company
    if prefix in _REGIONS:
        return True  # 定位“长三角生物与生命科技产业高地”: a region's field, no company
    if _SECTOR_PEER_AFTER.match(text, ending.end()) and text[start : ending.end()] not in known:
        return True  # 继广汉油气装备、夹江陶瓷产业、…之后: a place's sector among its peers, no company
    if _MADE_BY_BEFORE.search(text, max(0, start - 4), start) and text[start : ending.end()] not in known:
        return True  # 安翰科技研发的胃镜机器人: a product of the company named before it
    if prefix[0] == prefix[1] and prefix not in known:
        return True  # 处处有光伏、家家用光伏、人人享光伏: a slogan
    return False


def _a_product_or_a_field(text: str, ending: re.Match, start: int, prefix: str, known: Gazetteer[str]) -> bool:
    """Whether brand-like words name a product, a field or a kind of thing, no company: tiers of a system, a
    kind of product, strength given, medicine as a field, an item of a list of things, one of a kind."""
    if _TIERS.match(prefix) and prefix not in known:
        return True  # 企业党组织三级党建网络: how many tiers a system has, no company
    if prefix.endswith("性") and prefix not in known:
        return True  # 功能性食品研发, 布局柔性电子等未来产业: a kind of product or field, no company
    if ending.group(0) == "动力" and (text.endswith(_GIVING_STRENGTH, 0, start) or prefix.startswith(_GIVING_STRENGTH)
                                      or prefix in _KINDS_OF_STRENGTH
                                      or prefix[-1] in "带推驱拉") and prefix not in known:
        return True  # 为高质量发展注入澎湃新动力: strength given; 辐射带动力, 推动力: a driving force, no company
    if ending.group(0) == "医药" and _MEDICINE_AS_A_FIELD.match(text, ending.end()) and prefix not in known:
        return True  # 小分子医药研发, 万泽珠海医药研发及产业化基地: medicine as a field of work, no brand
    if text.endswith("等", 0, start) and prefix not in known:
        return True  # 检测分子蛋白质组、…、肌骨系统等表型数据: the kind a list ends in, no company
    if _THINGS_AFTER.match(text, ending.end()) and prefix not in known:
        return True  # 配备AGV无人运输系统、智能分梳机器人等先进设备: equipment, no company
    if (_THING_BEFORE.search(text, max(0, start - 12), start) or _THING_AFTER.match(text, ending.end())) and prefix not in known:
        return True  # 引进海水淡化设备、船舶压载水设备、水下机器人、…: an item of a list of things, no company
    if (prefix.endswith("式") or prefix in _KINDS_OF_USE) and prefix not in known:
        return True  # 分布式光伏、户用光伏、集中式光伏三大类型…: kinds of a product, no company
    if text.startswith("之一", ending.end()) and prefix not in known:
        return True  # 全市最具核心竞争力的国有资本集团之一: one of a kind of group, no name
    if text.endswith("以", 0, start) and _A_WAY_IN_AFTER.match(text, ending.end()) and prefix not in known:
        return True  # 以消防机器人为切入点进入特种机器人领域: a product as a way in, 以海洋高科技为主的: a field, no company
    return False


def _a_kind_counted_or_held(text: str, ending: re.Match, start: int, prefix: str, known: Gazetteer[str],
                            industry_labels: frozenset[str]) -> bool:
    """Whether brand-like words say a kind of company (ranked, famed, of everyday words) or things, services,
    a stake held, or name a known company after everyday words: no name of their own."""
    if _RANKED_KIND.search(prefix):
        return True  # 均来自我国十大军工集团: a kind of company, counted, no name
    if _FAME.search(prefix) and prefix not in known:
        return True  # 乐敦制药株式会社是日本著名制药公司: what the company is famed as, no name
    if _ONE_AFTER_ANOTHER.match(prefix):
        return True  # 以一组组数据、一张张图片…展示: things one after another, no company
    if _PROVIDED_BEFORE.search(text, max(0, start - 60), start) and _SERVICES_AFTER.match(text, ending.end()) and prefix not in known:
        return True  # 为入园企业…提供道路管网、土方平整、杆线迁移、临时水电气等前期服务工作: services, no company
    if (ending.group(0) in STRONG_ENDINGS and text.startswith("公司", ending.end()) and prefix not in known
            and is_everyday(prefix, industry_labels)):
        return True  # 是中央企业中唯一的投资控股公司: a kind of company, no name
    if ending.group(0) == "股份" and _A_STAKE_BEFORE.search(prefix) and prefix not in known:
        return True  # 参与企业各方占相应股份: the stake each holds, no company
    if ending.group(0) == "控股" and (text.startswith("子公司", ending.end())
                                      or (text.startswith("的", ending.end())
                                          and (BRAND_AT_END.search(prefix) or _GOVERNMENT_BODY.search(prefix)))):
        # 杉杉股份控股的湖南杉杉能源…, 中国华电集团控股子公司华电新能源…, 管委会控股的…国企: a stake in a company (控股 a verb)
        return True
    held = next((i for i in range(start + 2, ending.start()) if text[i : ending.end()] in known), None)
    if held is not None and is_everyday(text[start:held], industry_labels):
        return True  # 肩负振兴彩虹集团重任: a known company (彩虹集团) after everyday words, found by its own name
    return False


def _start_before_a_place_qualifier(text: str, ending: re.Match, start: int, prefix: str,
                                    blocked: list[tuple[int, int]]) -> int | None:
    """Where a name with a strong ending starts when it goes on before a place in brackets (中色（宁夏）东方集团),
    if it does."""
    if ending.group(0) in STRONG_ENDINGS:
        qualified = PLACE_QUALIFIER_BEFORE.search(text, max(0, start - 8), start)
        if qualified and qualified.end() == start and start == ending.start() - len(prefix):
            before = left_edge(text, qualified.start(), qualified.start(), blocked)
            if 2 <= qualified.start() - before <= 4:
                return before  # 中色（宁夏）东方集团: the name goes on before the place
    return None


def _a_phrase_with_a_weak_ending(text: str, ending: re.Match, start: int, prefix: str, headed: bool, after_peer: bool,
                                 industry_labels: frozenset[str]) -> bool:
    """Whether words before a weak ending (科技, 电子) read as a phrase, not a brand: things counted or pointed at,
    no clean left edge or action after them (unless said to be a company), a description, an industry after a
    verb, sectors given a role or focused on."""
    if _MANY.match(prefix):
        return True  # 更多科技, 一大批科技项目, 这一新能源项目, 上游原材料: things counted, pointed at or in a chain
    said = _SAID_TO_BE_A_COMPANY.match(text, ending.end())  # 大陆汽车电子是全国最大的…供应商
    if not (headed or _clean_left(text, start)) or not (after_peer or said or _AFTER_NAME.match(text, ending.end())):
        return True
    if is_described(prefix, industry_labels) and not said:
        return True  # 质子医疗, 无线网络, 集成电路材料, 抛光材料, 不竭动力: a description, not a brand
    name = text[start : ending.end()]
    if not said and any(name.endswith(label) and len(label) > len(ending.group(0))
                        for label in _labels_ending_with(industry_labels).get(name[-1], ())):
        return True  # 主攻现代家居, 聚焦人工智能: a verb and an industry
    if not said and _SECTORS_ROLE_AFTER.match(text, ending.end()):
        return True  # 以光固化新材料、新型化工中间体…为重点的…产业体系: sectors given a role, not companies
    if not said and _FOCUSED_BEFORE.search(text, max(0, start - 30), start) and any(
            name.endswith(label) for label in _labels_ending_with(industry_labels).get(name[-1], ())):
        return True  # 聚焦铝基新材料、输变电装备制造: sectors the zone focuses on, in a list a verb opens
    return False


# (or the field a list of sectors is mainly in: 以海洋高科技为主的风电、潮汐、海洋工程等领域)
_A_WAY_IN_AFTER = re.compile(r"为(?:切入点|突破口|抓手|主攻方向|方向|主线|载体|主的)")
# a role given to what a list names, up to the clause's end: …为重点的精细化工新材料产业体系
_SECTORS_ROLE_AFTER = re.compile(r"[^，。；：]{0,30}?为(?:重点|主导|主体|支撑|特色|核心)的[^，。；]{0,16}?(?:产业|体系)")
# (not 沃华医药研发生产的“脑血疏”: a company doing research)
# (技术 only where the list ends there: 等先进技术，; not 等高新技术企业)
# (…、消防机器人、履带排爆机器人、…等多款工业智能化产品: the items after it too, up to the list's head)
# (not …、宇海精密等智慧装备、电子信息企业: the head goes on to the firms of those sectors)
_THINGS_AFTER = re.compile(r"(?:、[^、，。；]{1,12})*等[^，。；]{0,8}?(?:设备|装备|产品|仪器|器械|系统|技术(?=[，。；）)]|$))"
                           r"(?![^，。；]{0,12}?(?:企业|公司))")
# a list item next to one that is a thing (…船舶压载水设备、水下机器人、…、海洋能装备、基于北斗的…监测系统等)
_THING_ENDS = r"(?:设备|仪器|器械|系统|产品|浮标|整机)"
_THING_BEFORE = re.compile(rf"{_THING_ENDS}、$")
_THING_AFTER = re.compile(rf"、[^、，。；]{{1,20}}?{_THING_ENDS}(?=[、等])")
# a list of what is provided, up to its kind of service: 提供道路管网、土方平整、杆线迁移、临时水电气等前期服务工作
_PROVIDED_BEFORE = re.compile(r"提供(?:[^，。；、]{2,10}、)*$")
_SERVICES_AFTER = re.compile(r"(?:、[^，。；、]{2,10})*等[^，。；]{0,6}?(?:服务|工作|保障)")
# regions of several provinces, named before a field: no brand's own part (长三角生物)
_REGIONS = frozenset({"长三角", "珠三角", "京津冀", "大湾区", "粤港澳", "成渝", "长江经济带"})  # (not 华北, 东北: 华北制药, 东北制药)
# what a product is for, before its brand-like name: 户用光伏, 家用机器人 (kinds of the product, no company)
_KINDS_OF_USE = frozenset({"户用", "家用", "商用", "民用", "车用", "医用", "工业用"})
_MEDICINE_AS_A_FIELD = re.compile(r"(?:研发|研究)(?:及|和|与|基地|中心|平台|[”\"、，。]|$)|产业|行业|领域")


# things counted or pointed at (更多科技, 这一新能源项目), or over a whole chain (…检测报告等全链条数据), not a brand
_MANY = re.compile(r"更多|众多|诸多|许多|大批|一大?批|这|那[一个些]|该|此|[上中下]游|全(?:链条|流程|过程|产业链|生命周期|方位)")


_CLAUSE_WORDS = ("才有", "就有", "才能", "就是", "都有", "也有", "还有", "没有", "才是")
# a verb of focusing on sectors, then a list (of sectors) up to the name: no clause break between
_FOCUSED_BEFORE = re.compile(rf"(?:聚焦|重点发展|大力发展|加快发展|着力发展|主攻|培育壮大|做强)(?:[{HAN}A-Za-z0-9]{{2,12}}、)*$")


# a listed company's stock code after its name: 贵研铂业（600459.SH）, 宁德时代(300750.SZ), 比亚迪股份（01211.HK）,
# 长电科技（股票代码：600584）
_STOCK_CODE = re.compile(r"[（(]\s*(?:\d{6}\s*\.\s*(?:SH|SZ|BJ)|\d{4,5}\s*\.\s*HK|(?:SH|SZ)\s*\d{6}|股票代码[：:]\s*\d{6})\s*[）)]",
                         re.IGNORECASE)


def _brands_and_listings(candidates: _Candidates) -> None:
    """Firms by their brand endings and listings: a foreign firm acting in the zone, a stock code, brand
    names (…科技) a list vouches for, one firm after its rank and before a count, subsidiaries counted, a
    firm listed on a board or said to be one (A是一家…)."""
    text, blocked, known, industry_labels = candidates.context
    found, add = candidates.found, candidates.add
    for match in (_FOREIGN_ACTING.finditer(text) if _ACTING_IN_ZONE.search(text) else ()):
        # 美国花旗以并购形式入驻高新区, 日本瑞萨正式入驻, 携手美国莱姆纳投资…: a foreign company by its country
        a, b = match.span(2)
        if (not is_everyday(text[a:b], industry_labels) and text[a] not in _PLACE_PREPOSITIONS and text[a] != "等"  # 德国等地设立
                and place_at(text, a) is None and not any(x < b and a < y for x, y in blocked)):
            add(match.start(1), b, "enterprise-foreign")
    for match in (_STOCK_CODE.finditer(text) if "." in text or "代码" in text else ()):
        start = left_edge(text, match.start(), match.start(), blocked)  # 贵研铂业（600459.SH）: a listed company
        if match.start() - start < 2:  # 高新发展（000628.SZ）: a verb companies name themselves after (发展) cut it
            start = left_edge(text, match.start(), match.start(), blocked, words=_long_words_of_no_company())
        # (a listed name may be everyday words, 高新发展（000628.SZ）, where it opens its clause)
        if 2 <= match.start() - start <= 10 and (not is_everyday(text[start : match.start()], industry_labels) or (
                4 <= match.start() - start <= 6 and (start == 0 or text[start - 1] in "，。；：,;:"))):
            add(start, match.start(), "enterprise-stock-code")
    rejected = []
    for match in BRAND_ENDING.finditer(text):
        candidate = _brand_name(text, match, blocked, known, industry_labels)
        if (candidate is not None and BRAND_ENDING.fullmatch(text, candidate, match.start())
                and text[candidate : match.end()] not in known):
            candidate = None  # 亚洲蕞大的铝业集团——…: one ending before another names a kind of firm, none in particular
        if candidate is not None and match.group() == "集团" and text.endswith("率", 0, match.start()):
            candidate = None  # 总经理熊一江率集团及旗下子公司代表: a person "led the group" he heads, no group named
        if candidate is not None and _TITLED_PERSON.fullmatch(text, candidate, match.end()):
            candidate = None  # 校长丁烈云: an officer whose name ends as a brand may (…云), no company
        if candidate is not None:  # 0 too: a name opening the sentence
            # 华智机器股份公司: a joint-stock company written without 有限, its 公司 part of the name
            written_out = match.group() == "股份" and text.startswith("公司", match.end())
            # 固远晨通科技公司: the name is 固远晨通科技, written with its 公司, a form too
            add(candidate, match.end() + 2 * (written_out or text.startswith("公司", match.end())), "enterprise-brand")
        elif "、" in text[max(0, match.start() - 8) : match.start()]:
            rejected.append(match)
    for match in rejected:  # 重塑科技、治臻新能源、擎动科技瞄准…: the last of a list of companies
        candidate = _brand_name(text, match, blocked, known, industry_labels, after_peer=True)
        if candidate is not None and any(m.end == candidate - 1 and text[m.end] == "、" for m in found):
            add(candidate, match.end(), "enterprise-brand")
    for match in (_HEADED_ONE.finditer(text) if "企业" in text and "等" in text else ()):
        _add_if_a_name(text, match.span(1), blocked, industry_labels, add, "enterprise-headed-one")
    for match in (COUNTED_UNITS.finditer(text) if "子公司" in text else ()):
        # 一级子公司一家（国药工程）、二级子公司三家（国药器械、国控湖北、…）: a group's units, counted, then named
        taken = blocked + [(m.start, m.end) for m in found]
        for a, b in item_spans(match.group(1), match.start(1)):
            _add_if_a_name(text, (a, b), taken, industry_labels, add, "enterprise-counted-unit")
    for match in (_LISTED_ON_A_BOARD.finditer(text) if "上市" in text or "挂牌" in text else ()):
        _add_if_a_name(text, match.span(1), blocked, industry_labels, add, "enterprise-listed-on-a-board")
    for match in (_SAYS_IT_IS_A_FIRM.finditer(text) if "是一家" in text else ()):
        # 京山轻机是一家…的国际化智能装备制造企业: a sentence's subject, said to be a firm
        _add_if_a_name(text, match.span(1), blocked, industry_labels, add, "enterprise-said-a-firm")


def _add_if_a_name(text: str, span: tuple[int, int], blocked: list[tuple[int, int]], industry_labels: frozenset[str],
                   add, rule: str) -> None:
    """Add the words at ``span`` as a company found by ``rule`` where they can be a company's name: not
    taken, no place alone, no pointer, no everyday words, no boundary word inside."""
    a, b = span
    name = text[a:b]
    if (not any(x < b and a < y for x, y in blocked) and place_at(name, 0) != name and not _POINTING.match(name)
            and not _PERSONS_PRONOUN.search(name)  # 称他们是一家美国咨询公司: "said they are", no name
            and not is_everyday(name, industry_labels) and cut_after_boundary(text, a, b, boundary_words(), keep=0) == a):
        add(a, b, rule)


_PERSONS_PRONOUN = re.compile(r"[他她它我你咱]们?$")


# a group's units by their tier, counted, then named in brackets: 二级子公司三家（国药器械、国控湖北、国药医工总院武汉分院）
COUNTED_UNITS = re.compile(rf"(?:[一二三四五]级|全资|控股)?子公司[{NUMERAL}\d]+家[（(]([^（）()，。；]{{2,80}})[）)]")


# one company after the kind of company it is, then 等 and a count: 煤电产业链链主企业华源热电等5家…企业
_HEADED_ONE = re.compile(rf"(?:骨干|领军|链主|头部|龙头|重点)企业([{HAN}A-Za-z]{{2,8}}?)(?=等\s*[\d{NUMERAL}]+\s*家)")
# a company opening a clause, then its listing on a board: 武汉蓝电在北交所顺利上市
_LISTED_ON_A_BOARD = re.compile(
    rf"(?:^|(?<=[，。；：]))([{HAN}A-Za-z]{{2,8}}?)(?:在|于|登陆|登录)(?:上海证券交易所|深圳证券交易所|北京证券交易所|北交所|上交所|深交所|港交所|"
    rf"科创板|创业板|主板|新三板|纳斯达克|纽交所)[^，。；]{{0,12}}?(?:上市|挂牌)")
# a name opening a sentence or clause, then 是一家 … a kind of firm (not 该公司是一家…, a pointer)
_SAYS_IT_IS_A_FIRM = re.compile(r"(?:^|(?<=[，。；：]))([\u4e00-\u9fffA-Za-z]{2,8}?)(?:公司|集团)?(?:原|本|也|曾|仍|则)?是一家"
                                r"[^，。；]{0,30}?(?:企业|公司|供应商|制造商|生产商|厂商|服务商)")
_POINTING = re.compile(r"[该这那此其我]|本(?:公司|企业|集团)|公司|企业|集团")  # (not 本田, 本钢)


# a country, then a short foreign name acting in the zone (入驻, 设立, 投资, 落户…), after a clause's start or
# a partner's verb
# (美国花旗以并购形式入驻, 日本瑞萨正式入驻, 携手美国莱姆纳投资: the countries of data/words/countries.txt)
_ACTS_IN_ZONE = "入驻|设立|投资|落户|以并购|以独资|以合资|签约|建设|成立|并购|携手"
_FOREIGN_ACTING = re.compile(
    r"(?:^|(?<=[，。；、：与和年])|(?<=携手|联合|引进))(" + "|".join(countries()) + r")([\u4e00-\u9fff]{2,4}?)"
    r"(?=(?:公司|集团)?(?:正式|已经|已|也|还|将|率先)?(?:" + _ACTS_IN_ZONE + "))")
# a preposition after the country opens where it acts, not a company's name: 新加坡对川投资, 新加坡在川直接投资
_PLACE_PREPOSITIONS = frozenset("在对向于从到赴")
_ACTING_IN_ZONE = re.compile(_ACTS_IN_ZONE)  # what every _FOREIGN_ACTING match is followed by: a sentence without it has none
