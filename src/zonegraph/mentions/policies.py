"""Policy mentions: 《…》 titles that name a policy document, and references such as 7号文."""

from __future__ import annotations

import re
from functools import lru_cache

from zonegraph.mentions.base import Gazetteer, Mention
from zonegraph.reference import PolicyRecord, central_bodies, place_at, policies, province_forms

_TITLE = re.compile(r"《([^《》\n]{2,100})》")
POLICY_ENDING = re.compile(
    r"(?:意见|办法|方案|规划|规划修编|纲要|计划|条例|规定|决定|通知|措施|举措|细则|政策|目录|指南|汇编|一览表|清单|标准|若干条|条|流程图|实施方案|行动计划|批复|的函|工作要点|专案|政策体系"
    r"|(?<=[^办方魔])法|指标体系|指引|远景目标|(?<=年)行动|(?<=关于).*的要求|(?<=.关于).*的建议)$"  # 《…促进科技成果转化法》, 《…综合评价指标体系》,
    # 《…纲要和2035年远景目标》, 《云南省开发区振兴三年行动（2023—2025年）》, 《中共中央关于制定…的建议》 (a body's;
    # a title opening with 关于…的建议 is a deputy's proposal: 区政协重点提案《关于加快…发展的建议》),
    # 《福州高新区南屿东编制单元控制性详细规划修编》 (a plan's revision)
)
# Titles of the short form 《意见》, 《办法》: a reference back to a title given before.
SHORT_TITLE = re.compile(r"^(?:实施|行动|工作)?(?:意见|办法|方案|规划|纲要|计划|条例|规定|决定|通知|措施|细则)$")
_FILE_EXTENSION = re.compile(r"\.(?:docx?|pdf|wps|xlsx?)$", re.IGNORECASE)
_TRAILING_NOTE = re.compile(r"(?:（[^（）]{1,16}）)+$")  # 方案（试行）, 行动方案（2021-2025）
# A zone's own plan named without 《》, right after the zone's name: 无锡高新区“十四五”规划
ZONE_PLAN_AFTER = re.compile(r"[“\"]十[一二三四五六七]五[”\"][\u4e00-\u9fff]{0,8}?规划")  # (成都高新区“十三五”发展规划)
# the standard title of a five-year plan, after its zone or place, without 《》 (a page's own title line):
# 威海火炬高技术产业开发区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要
FIVE_YEAR_PLAN = re.compile(
    r"(?:[（(][\u4e00-\u9fff]{2,6}[）)])?国民经济和社会发展(?:第[一二三四五六七八九十]{1,3}个五年规划|[“\"]十[一二三四五六七八九]五[”\"]规划)"
    r"(?:和(?:二[〇0○零]?三五|2035)年远景目标纲要)?(?:纲要)?(?:草案)?(?:中期评估报告)?")
# a place's own, named from the place: 南京市国民经济和社会发展第十四个五年规划…
_PLACE_BEFORE_PLAN = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff]))([\u4e00-\u9fff]{2,8}?(?:省|市|区|县))(?=国民经济和社会发展)")


# the central bodies a policy names as its issuer, longest first (data/words/central_bodies.txt)
_CENTRAL_BODIES = "|".join(central_bodies())
# the verbs a body issues a document with (国务院日前下发“关于…的批复”)
_ISSUES = "印发|出台|发布|颁布|下发|公布"  # (江苏省科学技术厅日前公布了《关于同意…的通知》)
# A title opened after a verb of issuing and cut off where the sentence (a column of the page) ends
_CUT_TITLE = re.compile(rf"(?:{_ISSUES}|制定|编制)了?《([^《》\n]{{6,60}})$")
# the body named right before a title as issuing it, maybe after a co-issuer, then its verb or none
# (国务院印发的《…》, 党中央、国务院印发的《…》, 中共长沙市委、长沙市人民政府《…》)
# a province's or city's department (湖南省科学技术厅, 天津市科技局, 荆门市发展和改革委员会)
_LOCAL_DEPARTMENT = (r"(?:[\u4e00-\u9fff]{2,4}?|(?<![\u4e00-\u9fff]))(?:省|市)(?:科学技术厅|科技厅|科学技术局|科技局|科学技术协会|科协"
                     r"|科学技术委员会|科委|发展和改革委员会|发展改革委|发改委|工业和信息化厅|工业和信息化局|工信厅|工信局|财政厅|财政局|商务厅|商务局"
                     r"|科技创新办公室|人力资源和社会保障厅|人力资源和社会保障局|人社厅|人社局|市场监督管理局|知识产权局|大数据局"
                     r"|教育厅|教育局)")
_ISSUER_BEFORE = re.compile(
    r"(?:(党中央|中共中央|科技部|中共[\u4e00-\u9fff]{2,4}?(?:省委|市委)|" + _LOCAL_DEPARTMENT + r")、)?(" + _CENTRAL_BODIES
    + r"|" + _LOCAL_DEPARTMENT + r"|[\u4e00-\u9fff]{2,4}(?:省|市)(?:人民)?政府|(?<![\u4e00-\u9fff])(?:省|市)(?:人民)?政府|[\u4e00-\u9fff]{2,6}?区人民政府|(?<=、)[\u4e00-\u9fff]{2,4}区(?:人民)?政府"  # …科技局、滨海新区政府联合印发: a district's, as co-issuer
    rf"|[\u4e00-\u9fff]{{2,3}}(?:省|市)(?=(?:近日|日前)?(?:还|也|又|已|先后|正式|专门|率先)?(?:{_ISSUES})了?$)"  # 泸州市印发了《…》, 石家庄市专门出台了《…》: the city itself
    r"|[\u4e00-\u9fff]{2,8}?(?:高新技术产业开发区|高技术产业开发区|新技术产业开发区)管理委员会"  # a zone's, named in full
    r"|[\u4e00-\u9fff]{2,6}管委会|[\u4e00-\u9fff]{2,8}?管理委员会)(?:办公厅)?(?:关于)?(?:于?近日|日前)?(?:还|也|又|已|先后|正式|专门|率先)?(?:联合)?(?:" + _ISSUES + r")?(?:了|的)?$"  # …人民政府关于印发《…》, …人民政府还出台了《…》
)
# a city named bare, maybe an adverb, and its issuing verb (成都即出台, 深圳早就印发了, 日前，佛山出台)
_CITY_ISSUES = re.compile(rf"(?:^|(?<=[，。；：\s]))([\u4e00-\u9fff]{{2,3}}?市?)(?:结合实际|近日|日前|专门)?(?:早)?(?:即|就|便)?(?:{_ISSUES})了?$")
# (新余市结合实际出台《关于促进开发区改革和创新发展的实施意见》: the city, its way of working, the verb)
# the place a zone lies in, named as such, and its issuing verb (…高新区所在的德清县又马不停蹄地出台了)
_ZONES_PLACE_ISSUES = re.compile(rf"所在的?([\u4e00-\u9fff]{{2,4}}?[省市区县])[^，。；：《》]{{0,10}}?(?:{_ISSUES})了?$")
# a place's party committee and its government, the place written once or twice: 珠海市委、市政府, 长春市委市政府
_COMMITTEE_AND_GOVERNMENT = r"([\u4e00-\u9fff]{2,4}?)(省|市)委[、和]?(?:\1)?\2?(?:人民)?政府"
# the two issuing a title together: 珠海市委、市政府出台《…》, 长春市委市政府制定出台了《…》
_PARTY_AND_GOVERNMENT = re.compile(
    _COMMITTEE_AND_GOVERNMENT + r"(?:[^，。；：《》]{0,8}?)(?:制定|研究)?(?:" + _ISSUES + r")了?$")
# several bodies, a central one first, issuing a title together (科技部、财政部、税务总局联合印发)
_BODIES_BEFORE = re.compile(
    r"(" + _CENTRAL_BODIES + r")((?:、[\u4e00-\u9fff]{2,8}?(?:部|委|总局|局|署)(?:办公厅)?)+)(?:名义)?"
    r"(?:[两三四五六七八九十]个?(?:部门|部委))?(?:联合)?(?:" + _ISSUES  # (…国家新闻出版广电总局四部门联合下发: counted)
    + r")(?:了|的)?$"  # (以财政部、科技部办公厅名义联合印发了《…》: in the bodies' names)
)


def _issuers_before(text: str, start: int) -> tuple[tuple[str, ...], bool]:
    """The bodies named right before a title at ``start`` as issuing it, and whether any were."""
    several = _BODIES_BEFORE.search(text[max(0, start - 40) : start])
    if several is not None:  # first: 工业和信息化部、财政部联合印发 is not 财政部's alone
        return (several.group(1), *several.group(2).lstrip("、").split("、")), True
    both = _committee_and_government(_PARTY_AND_GOVERNMENT.search(text[max(0, start - 30) : start]))
    if both:  # 珠海市委、市政府出台《…》: the city's party committee and its government
        return both, True
    city = _CITY_ISSUES.search(text, max(0, start - 16), start)
    if city is not None and place_at(city.group(1), 0) == city.group(1):
        return (city.group(1),), True  # 成都即出台《关于推进“电竞+”产业发展的实施意见》: the city, named bare, issued it
    placed = _ZONES_PLACE_ISSUES.search(text, max(0, start - 30), start)
    if placed is not None:  # 湖州莫干山高新区所在的德清县又…出台了《…》: the county the zone lies in, not the zone
        return (placed.group(1),), True
    issuer = _ISSUER_BEFORE.search(text[max(0, start - 30) : start])
    if issuer is not None:
        return tuple("中共中央" if body == "党中央" else _from_its_place(body) for body in issuer.groups() if body), True
    clause = max(text.rfind(mark, 0, start) for mark in "，。；：") + 1
    acting = _BODY_ISSUES.match(text, clause, start)
    if acting is not None:  # 2024年，工业和信息化部修订出台了新版考评体系《…》: the body, then its verb, then the title
        return (acting.group(1),), True
    return (), False


# a central body opening a clause, maybe after its date, and its issuing verb
_BODY_ISSUES = re.compile(
    r"(?:[^，。；：《》]{0,10}?(?:年|月|日|近日|日前|近期))?(" + _CENTRAL_BODIES + r")"
    r"(?:[^，。；：《》]{0,8}?)(?:修订)?(?:" + _ISSUES + r"|制定)了?[^，。；：《》]{0,16}$")


def _from_its_place(body: str) -> str:
    """A government named by its place starts at the place: 为贯彻落实上海市人民政府《…》 is issued by
    上海市人民政府, not 落实上海市人民政府 (the pattern takes up to four characters before 市)."""
    bare_place = body.endswith(("省", "市"))  # 在此之前潍坊市已出台了《…》: the city, not 前潍坊市
    if not bare_place and not body.endswith("政府") and not re.fullmatch(_LOCAL_DEPARTMENT, body):
        return body  # (落实天津市科技局: the department too)
    last = len(body) - 1 if bare_place else len(body) - 4
    placed = next((body[i:] for i in range(last) if place_at(body, i) is not None), body)
    province = place_at(placed, 0)
    if (not bare_place and province in province_forms(with_municipalities=False)
            and place_at(placed, len(province)) not in (None, *province_forms())):
        return placed[len(province):]  # 贵州遵义市人民政府, 贵州省遵义市人民政府: the city's government, its province aside
    return placed


# a plan named by its code in quotes, without 《》, after the verb that carries it out:
# 推动实施制造业重点产业链现代化建设“3310”行动计划, 实施“1234”制造业高质量发展行动计划 (or a code with +:
# 制定“235+N”工作方案, 发布“1+5+20”人才新政)
_CODED_PLAN_NAME = (r"([\u4e00-\u9fff]{0,16}[“\"](?:\d{2,6}|\d{1,3}(?:[+＋](?:\d{1,3}|[A-Za-z])){1,3})[”\"]"
                    r"[\u4e00-\u9fff]{0,16}?(?:行动计划|行动方案|实施方案|工作方案|计划|工程|新政))")
_CODED_PLAN = re.compile(r"(?:实施|推进|出台|制定|印发|启动|发布|落实)" + _CODED_PLAN_NAME)
# or by a name in quotes, the plan's word after it: 全面落实“创新江阴”三年行动计划 (not “飞凤人才计划”, a programme,
# whose word is in the quotes)
_NAMED_PLAN = re.compile(r"(?:实施|推进|出台|制定|印发|启动|发布|落实)了?"
                         r"(“[\u4e00-\u9fff]{2,8}”(?:[一二三四五六七八九十两]年|\d{1,2}年)?(?:行动计划|行动方案|实施方案))")
# or before its launch, opening a line or a clause or after the event's verb: 科技招商“510”三年行动计划启动,
# 举行科技招商“510”三年行动计划启动仪式
_CODED_PLAN_LAUNCHED = re.compile(r"(?:^|(?<=[，。；：\s])|(?<=举行|召开))(?![^“\"]*?(?:举行|召开))" + _CODED_PLAN_NAME + "(?=启动)")
# the place whose plan it is, written before its title as "this city" or "the whole city" (该市, 全市, 我省 …)
_WHOSE_PLACE = re.compile(r"(?:该|本|我|全)[省市区县]")


# the two opening a title: 泸州市委、市政府关于…
_PARTY_AND_GOVERNMENT_OPENING = re.compile(_COMMITTEE_AND_GOVERNMENT + "关于")


def _committee_and_government(match: re.Match | None) -> tuple[str, ...]:
    """The party committee and the government a _COMMITTEE_AND_GOVERNMENT match names, by their full
    names (中共珠海市委员会, 珠海市人民政府), where its place is one."""
    if match is None or place_at(match.group(1) + match.group(2), 0) is None:
        return ()
    place = match.group(1) + match.group(2)
    return f"中共{place}委员会", f"{place}人民政府"


# the bodies a title opens with, before 关于: 《中共广东省委广东省人民政府关于加快…的意见》
_ORGAN = (r"(?:中共[\u4e00-\u9fff]{2,6}?(?:省委|市委|区委|县委)|[\u4e00-\u9fff]{2,8}?人民政府(?:办公厅|办公室)?"
          r"|科学技术部火炬高技术产业开发中心|[\u4e00-\u9fff]{2,4}?海关|" + _CENTRAL_BODIES +
          # 杭州高新开发区（滨江）管委会, 新乡高新区党工委, 中共杭州高新技术产业开发区党工委
          r"|(?:中共)?(?:(?!高新区|开发区|党工委|管委会)[\u4e00-\u9fff]){2,8}(?:高新区|开发区)(?:[（(][\u4e00-\u9fff]{2,4}[）)])?(?:党工委|工委|管委会)"
          r"|[\u4e00-\u9fff]{2,6}?(?:科学技术厅|科技厅|科技局|发展改革委|发改委))")
_ORGANS = rf"(?:{_ORGAN})(?:[、 ]?{_ORGAN})*"  # one body or several, joined without marks, by 、 or by a space
# a sentence that is a document's title, an organ's 关于…的批复 (or 通知, 意见, 决定, 函, a party committee's 建议), without 《》
# (a short phrase in quotes may stand in it: 营口市人民政府办公室关于推进营口高新技术产业开发区“一区多园”建设的实施意见)
# (opening the text, or after a character no name has: the page's index lines run into it; or after a gov
# site's 解读 or 图解 link to it: 文件解读：解读宁波高新区管委会印发关于…的意见文件图解：…, its lines run together)
_ORGAN_TITLE_BODY = (rf"(?!解读|图解){_ORGANS}(?:印发)?关于(?:[^，。；：《》“”\s]|“[^“”，。；《》\s]{{1,12}}”){{4,60}}?的(?:批复|通知|实施意见|意见|决定|函|建议)"
                      # then its number (国函〔2007〕2号), or the page's line of source and date run into it, or the
                      # site's next link (文件图解：), or the notice's addressees (各部门、直属企事业单位：)
                      rf"(?=[^\u4e00-\u9fff]|[\u4e00-\u9fff]{{1,3}}[〔(（]|(?:信息|文章)?来源[：:]|发布(?:时间|日期)|(?:文件|政策)?(?:图解|解读)[：:]"
                      rf"|各[\u4e00-\u9fff]{{1,12}}[、，：:]|$)")
_ORGAN_TITLE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=解读|图解))" + _ORGAN_TITLE_BODY)
# the same titles run together after the verb of carrying them out, each after the one before's number: 为贯彻落实国务院关于
# 印发…的通知(国发(2022)12号)四川省人民政府关于印发…的通知(川府发(2022)16号)内江市人民政府办公室关于…的通知(…)精神
_CARRIED_OUT_TITLE = re.compile(r"(?:(?<=贯彻落实)|(?<=落实)|(?<=贯彻)|(?<=根据)|(?<=按照)|(?<=依据)|(?<=[)）]))"
                                + _ORGAN_TITLE_BODY)
# a page's note of the title it was first published under, without 《》: 原标题：关于支持…的若干政策
_FIRST_TITLE = re.compile(r"原标题[：:]\s*(关于[^，。；：《》“”\s]{4,60}?的(?:若干政策|若干措施|实施意见|意见|决定|实施办法|办法|实施细则|规定|通知|方案))(?=[^\u4e00-\u9fff]|$)")
# 中共上海市委、上海市人民政府关于…; 上海海关支持上海科创中心建设实施方案: the body, then what it supports
_ORGANS_OPENING = re.compile(rf"^({_ORGANS})(?:(?:印发)?关于|(?=支持|促进|推动|服务|贯彻落实))")  # (…广东省人民政府贯彻落实<…>实施意见)


# the order or notice number in brackets after a title, which names the central body that issued it:
# 《企业投资项目核准和备案管理办法》(国家发展改革委令2017年第2号), 《…》（生态环境部令第4号）
_DECREE_NUMBER = re.compile(rf"\s*[（(]({_CENTRAL_BODIES})(?:令|公告)")


def _decreed_by(text: str, end: int) -> tuple[str, ...]:
    """The central body whose order number follows a title at ``end``, if one does."""
    decree = _DECREE_NUMBER.match(text, end)
    return (decree.group(1),) if decree else ()


def _named_issuer(record: PolicyRecord, surface: str) -> tuple[str, ...]:
    """A known policy's issuer, when its reference names it (国务院7号文, not 7号文)."""
    return (record.issuer,) if record.issuer and record.issuer in surface else ()


def _issuers_opening(title: str) -> tuple[str, ...]:
    """The issuing bodies a title names before its 关于 (one or several, joined without marks)."""
    opening = _ORGANS_OPENING.match(title)
    if opening is None:  # 泸州市委、市政府关于…: the city's committee and government, the city written once
        return _committee_and_government(_PARTY_AND_GOVERNMENT_OPENING.match(title))
    return tuple(re.findall(_ORGAN, opening.group(1)))


# a policy known by its number of articles or measures, in quotes: “二十三条”, “黄金十条”, “20条”,
# “八项人才新政”, “十项措施”, and with its clauses: “20条61款”;
# a page may close the quote with an opening mark: "20条61款“
_ARTICLES = re.compile(
    r"[“\"][\u4e00-\u9fff]{0,12}?[一二三四五六七八九十百两\d]+(?:条(?:[一二三四五六七八九十百两\d]+款)?"
    r"|项[\u4e00-\u9fff]{0,4}?(?:新政|政策|措施|举措))[”\"“]"
)
_ARTICLES_LEFT = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{0,16}$")
_ISSUING = re.compile(r"出台了?|制定了?|发布了?|推出了?|实施|实行|推行|执行|落实|印发了?|包括|如|被")  # (范犇是被“黄金十条”吸引来的)
# what is done with a policy, by others than its issuer: explained, set up a desk for, applied for
_ACTING_ON = re.compile(r"解读|宣讲|讲解|介绍|宣传|设置|设立|兑现|享受|申报|咨询")
# a title just named, then what it is called (《…》，即“光谷集成电路产业十条”, 《…》（简称“科创20条”）)
_NICKNAME_OF_TITLE = re.compile(r"》[，,（(]?(?:即|简称|又称|也称|俗称)$")


def _articles_start(text: str, quote: int) -> int:
    """Where a numbered policy's name starts: its descriptor before the quote (港澳青年创新创业黄金),
    after the last issuing verb and any punctuation, and after a 的 or a joiner (鼓励创新创业的|“黄金十条”)."""
    start = _ARTICLES_LEFT.search(text, 0, quote).start()
    for verb in _ISSUING.finditer(text, start, quote):
        start = verb.end()
    for verb in _ACTING_ON.finditer(text, start, quote):
        start = verb.end()  # 活动现场特别设置|浦东新区“青创15条”…专区, 人才服务中心详细解读|“青创15条”
    described = max(text.rfind(mark, start, quote) for mark in ("的", "和", "及", "与"))
    return described + 1 if described >= 0 else start  # 鼓励创新创业的“黄金十条”和“双创六条”: a description, a joiner


# a list of policy packages headed as policies: 出台实施高新区产业强区20条、科技创新30条、“蟠龙英才计划”等专项政策
_PACKAGE_ITEM = r"[“\"]?[\u4e00-\u9fff\d]{2,16}[”\"]?"
_PACKAGE_LIST = re.compile(rf"((?:{_PACKAGE_ITEM}、)+{_PACKAGE_ITEM})等(?:一系列|一批)?(?:专项|惠企|扶持|人才|产业|配套|优惠|支持)?政策")
# what a package's name ends with: its number of articles, or a kind of policy
_PACKAGE_END = re.compile(r"(?:[一二三四五六七八九十百两\d]+条|计划|政策|办法|措施|方案|意见|细则)[”\"]?$")


def _package_items(text: str, match: re.Match) -> list[tuple[int, int]]:
    """The items of such a list named as policies (each ending with its number of articles or a kind of
    policy), the first one from after the verb that issues them."""
    items = []
    position = match.start(1)
    for item in match.group(1).split("、"):
        a, b = position, position + len(item)
        position = b + 1
        if a == match.start(1):
            for verb in _ISSUING.finditer(text, a, b):
                a = verb.end()  # 出台实施|高新区产业强区20条
        if _PACKAGE_END.search(text, a, b) and b - a >= 4:
            items.append((a, b))
    return items


@lru_cache(maxsize=None)
def policy_gazetteer() -> Gazetteer[PolicyRecord]:
    """Every known policy's title and alias (data/policies.csv) -> its record, with its issuer and number."""
    entries = []
    for record in policies():
        entries.append((record.name, record))
        entries.extend((alias, record) for alias in record.aliases)
    return Gazetteer(entries)


# a line that is a zone's own document's title, without 《》: <zone>关于…的(试行)意见, <zone>管理条例; a
# revision note after it (（2002修改）) is no part of the title
_ZONE_TITLE_REST = re.compile(
    r"((?:关于[^，。；：《》“”\s]{4,60}?的(?:试行|实施)?(?:意见|办法|通知|决定|规定|细则|方案)"
    r"|(?:管理|促进|发展)?(?:条例|办法|规定|暂行办法|实施细则)))(?:[（(][^（）()]{1,10}[）)])?\s*")
# what may stand before such a title on its line: nothing, a number, or a heading and a colon
_TITLE_LINE_OPENING = re.compile(r"\s*(?:\d{1,2}[.．]|[^，。；：:]{2,30}[：:])?\s*")
# a zone's own policy named in running text without 《》, by an ending only documents have: 享受郑州高新区加快推进
# 高质量发展若干政策支持, 昆明高新区建设国家创新型特色园区工作方案获得科技部批复 (not 郑州高新区出台实施方案: the
# words between name the zone's act, not a title)
_ZONE_TITLE_IN_TEXT = re.compile(
    r"[\u4e00-\u9fff“”]{4,30}?(若干政策措施|若干政策|若干措施|若干意见|优惠政策|暂行办法|管理办法|实施办法|实施方案|工作方案"
    r"|行动方案|行动计划|实施意见|实施细则)")
_ABOUT_BEFORE = re.compile(r"关于[^，。；：《》“”\s]*$")
_FOR_THE_ZONE = re.compile(r"为(?:该区|本区|全区)")
_TRIAL_NOTE = re.compile(r"[（(](?:试行|暂行)[）)]")
_ZONE_ACTS = re.compile(r"出台|制定|印发|发布|编制|起草|研究|落实|贯彻|启动|推出|修订|实施|按照|根据|围绕|管委会|党工委|提出|^的")


def zone_plans(text: str, zones: list[Mention]) -> list[Mention]:
    """Plans a zone names as its own without 《》: 无锡高新区“十四五”规划."""
    plans = []
    bracketed = [(m.start(), m.end()) for m in _TITLE.finditer(text)] if "《" in text else []
    for zone in zones:
        line = _ZONE_TITLE_REST.fullmatch(text, zone.end) if _TITLE_LINE_OPENING.fullmatch(text, 0, zone.start) else None
        if line and not bracketed:  # a page's title line: 鞍山高新技术产业开发区管理条例（2002修改）
            name = text[zone.start : line.end(1)]
            plans.append(Mention("Policy", zone.start, line.end(1), name, name, "policy-zone-title-line",
                                 extra={"short": False, "record": None, "issuers": (), "zone_plan": True}))
            continue
        match = ZONE_PLAN_AFTER.match(text, zone.end) or FIVE_YEAR_PLAN.match(text, zone.end)
        start = zone.start
        if match is None and zone.surface != "高新区":
            for_it = _FOR_THE_ZONE.match(text, zone.end)  # 珠海高新区为该区|促进集成电路产业发展若干政策措施: its own, titled after
            titled = _ZONE_TITLE_IN_TEXT.match(text, for_it.end() if for_it else zone.end)
            start = for_it.end() if for_it and titled else start
            # (the act words before the ending only: 合肥高新区“一带一路”实施方案 is a title, its 实施 the ending's)
            # (nor a zone inside a 关于… title: 关于进一步支持荆门高新区高质量发展的实施意见, named whole elsewhere)
            match = titled if (titled and not _ZONE_ACTS.search(text[titled.start() : titled.start(1)])
                               and not _ABOUT_BEFORE.search(text, max(0, zone.start - 20), zone.start)) else None
        if match and not any(a < zone.start < b for a, b in bracketed):
            trial = _TRIAL_NOTE.match(text, match.end())  # …若干措施(试行): the note is the title's, as in 《》
            end = trial.end() if trial else match.end()
            name = text[start:end].replace('"', "“", 1).replace('"', "”", 1)
            plans.append(Mention("Policy", start, end, text[start:end], name,
                                 "policy-zone-plan", extra={"short": False, "record": None, "issuers": (), "zone_plan": True}))
    if "国民经济和社会发展" in text:
        for place in _PLACE_BEFORE_PLAN.finditer(text):
            match = FIVE_YEAR_PLAN.match(text, place.end())
            if (match and place_at(text, place.start()) and not any(a < place.start() < b for a, b in bracketed)
                    and not any(z.start < place.end() and place.start() < z.end for z in zones)):
                # 杭州高新技术产业开发区、杭州市滨江区国民经济和社会发展…纲要: the zone's and its district's plan
                joint = next((z for z in zones if z.end == place.start() - 1 and text[z.end] == "、"), None)
                start = joint.start if joint else place.start()
                name = text[start : match.end()]
                plans.append(Mention("Policy", start, match.end(), name, name, "policy-zone-plan" if joint else "policy-place-plan",
                                     extra={"short": False, "record": None, "issuers": (), "zone_plan": bool(joint)}))
    return plans


# the numbered titles of a zone's policy compilation, without 《》: 1.合肥高新区推动…实施方案2.2019年合肥高新区
# 支持…若干政策措施3.…实施方案（2019-2021）4.… (lines the page's layout joined into one sentence)
_LISTED_TITLE = re.compile(
    r"(?:^|(?<=[^\d.．]))(?:\d{1,2}[.．]|[一二三四五六七八九十]{1,2}、)\s*"
    r"((?:\d{4}\s*年\s*)?[\u4e00-\u9fff“”（）()\d-]{4,60}?"
    r"(?:意见|办法|方案|规划|纲要|计划|条例|规定|细则|措施)(?:[（(]\d{4}\s*[-—－–至]\s*\d{4}\s*年?[）)])?)"
    r"(?=\d{1,2}[.．]|[一二三四五六七八九十]{1,2}、|$|[。；])")


def listed_titles(text: str, zones: list[Mention]) -> list[Mention]:
    """Titles a zone's policy list numbers one after the other, each naming the zone (its own policies)."""
    titles = []
    for match in (_LISTED_TITLE.finditer(text) if zones else ()):
        a, b = match.span(1)
        if any(a <= z.start and z.end <= b for z in zones):
            name = re.sub(r"\s+", "", text[a:b])
            titles.append(Mention("Policy", a, b, text[a:b], name, "policy-listed-title",
                                  extra={"short": False, "record": None, "issuers": (), "zone_plan": True}))
    return titles


# a plan named in quotes rather than 《》, after the verb that carries it out, or after its issuer joined to what the
# verb carried out first (按照省委“1310”具体部署和市委“十大行动方案”)
_QUOTED_PLAN = re.compile(
    r"(?:(?:围绕|实施|落实|推进|按照|根据|依据|制定|出台|推行|印发)了?|(?<=[和及与、])(?:省委|市委|区委|县委|省政府|市政府))“([\u4e00-\u9fff\d（）()—-]{4,30}?(?:方案|规划|行动计划|办法|意见|措施|政策))”"  # not “飞凤人才计划”, a programme
)
# a notice or opinion named in quotes by its 关于… title, as documents are: 科技部火炬中心发布“关于开展
# 2021年度创新型产业集群试点（培育）的通知”
_QUOTED_ABOUT = re.compile(r"“(关于[^“”《》。；]{4,60}的(?:通知|意见|实施意见|决定|办法|批复|方案|规定))”")
TITLE_JOINERS = ("和", "、", "及", "与", "以及")  # what joins titles listed one after another
# (or after the title's number: 《…登记办法》(京科发〔2022〕13号,以下简称《登记办法》))
_SHORT_NAMED = re.compile(r"[（(](?:[\u4e00-\u9fff]{1,8}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号[，,；;]?)?(?:以下)?(?:简称|下称)")
# a title in quotes instead of 《》, as a page may write it: 提出一份“关于优化服务促进企业创新发展的若干政策”的讨论稿
_QUOTED_TITLE = re.compile(r"“(关于[^“”《》，。；]{4,40}?(?:若干政策措施|若干政策|若干措施|实施意见|意见|办法|方案|细则|规定))”")


# a plan or an opinion named without 《》 or quotes, right after the verb that issues it, a clause of its own:
# 推出创新链产业链“两链”深度融合实施意见，发布建设数字经济第一区行动计划
# (推行招商引资优惠政策实施办法, 出台招商引资奖励办法, 研究制定…三年行动计划、十大园区责任分工清单, 发布了第十四个五年规划
# 和2035年远景目标纲要), and a plan whose drawing-up is done (完成了2020-2025年北斗应用产业高质量发展规划编制)
_UNMARKED_PLAN = re.compile(r"(?:推出|发布|出台|印发|编制|制定|制订|落实|推行)了?(?:([\u4e00-\u9fff“”0-9]{6,30}?"
                            r"(?:实施意见|行动计划|行动方案|实施方案|若干措施|若干政策|[三五]年计划|远景目标纲要))"
                            r"|([\u4e00-\u9fff“”0-9]{4,30}?(?:(?:实施|奖励|管理|暂行|扶持)办法|发展规划)))(?=[，。；,;、]|$)"
                            r"|完成了?((?:(?:19|20)\d{2}[-—至](?:19|20)\d{2}年)?[\u4e00-\u9fff“”0-9]{4,30}?规划)(?=编制)")
_UNMARKED_VERBS = ("推出", "发布", "出台", "印发", "编制", "制定", "制订", "落实", "推行", "完成")
# what opens no title: a count or a kind of them (出台了一系列…, 发布相关实施方案, 配套…)
_NO_TITLE_OPENING = re.compile(r"(?:一系列|系列|一批|多项|若干|相关|配套|各类|专项|新一轮|年度|有关|该|本|这)")
# a decision that gives awards or honours: …科学技术奖励的决定, 关于表彰…的决定, 关于授予…称号的决定
_AWARDS_DECIDED = re.compile(r"(?:奖励|表彰|嘉奖|授予)[^》]*的(?:决定|通报)$")


# a title in a compilation's table of contents, without 《》: 关于促进领军企业跨越发展的实施意见 .......... 21 (dot leaders,
# then its page; a title the layout broke over two lines is joined)
_CONTENTS_ENTRY = re.compile(r"(关于[^，。；：《》\n.…]{4,60}?(?:\n\s*)?[^，。；：《》\n.…]{0,30}?的(?:\s*\n\s*)?(?:若干政策意见|若干政策措施|若干政策|若干措施|实施意见|"
                             r"意见|实施办法|办法|实施细则|细则|规定|方案|决定|通知))\s*(?:[.．·…]\s*){3,}\d{1,3}")


def _title_line(match: re.Match) -> Mention:
    """An organ's title without 《》 (_ORGAN_TITLE, _CARRIED_OUT_TITLE), named from its 关于 (中共黄冈市委黄冈市人民政府
    关于…的决定 is 关于…的决定), the issuers its opening names."""
    title = match.group(0)
    return Mention("Policy", match.start(), match.end(), title, title[title.index("关于") :], "policy-title-line",
                   extra={"short": False, "record": None, "issuers": _issuers_opening(title)})


def find_policies(text: str) -> list[Mention]:
    """The policies a sentence names: titles in 《》 that read as a policy (a plan, measures, a notice), known or not,
    and known policies written without their marks. Each way of naming one is a pass (``_PASSES``), in order: a
    pass takes no span an earlier one took."""
    found = _Found()
    for read in _PASSES:
        read(text, found)
    return sorted(found.mentions, key=lambda m: m.start)


class _Found:
    """The policy mentions of one sentence as the passes find them, and the spans they have taken."""

    def __init__(self) -> None:
        self.mentions: list[Mention] = []
        self.taken: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        """Whether no mention found so far takes any of ``start:end``."""
        return not any(x < end and start < y for x, y in self.taken)

    def add(self, mention: Mention, span: tuple[int, int] | None = None) -> None:
        """Keep ``mention``; it takes ``span`` (its own by default) from the passes after."""
        self.mentions.append(mention)
        self.taken.append(span or mention.span)


def _plain(start: int, end: int, surface: str, name: str, rule: str, issuers: tuple = (), **extra: object) -> Mention:
    """A policy named by no known record and no short title."""
    return Mention("Policy", start, end, surface, name, rule,
                   extra={"short": False, "record": None, "issuers": issuers, **extra})


def _titles(text: str, found: _Found) -> None:
    """Titles in 《》 that read as a policy, with the issuer the text names before or in them."""
    mentions, known = found.mentions, policy_gazetteer()
    for match in _TITLE.finditer(text):
        # 《武汉城市圈同城化发展<三年行动方案>》: ASCII angle brackets marking a part of the title are no
        # part of its name (a title nested in a title is written 〈…〉)
        title = match.group(1).strip().replace("<", "").replace(">", "")
        title = _FILE_EXTENSION.sub("", title)  # 《…“1+N”政策体系.docx》: a shared file's name, its extension no part of the title
        if not POLICY_ENDING.search(_TRAILING_NOTE.sub("", title)):
            continue
        if _AWARDS_DECIDED.search(title):
            continue  # 《关于2024年度山东省科学技术奖励的决定》: a list of awards, no policy (GUIDELINES.md)
        record = next((r for a, b, s, r in known.find(title) if a == 0 and b == len(title)), None)
        # the issuer only where the text names it: before the title or opening it (国务院关于…)
        issuers, named_before = _issuers_before(text, match.start())
        issuers = issuers or _issuers_opening(title) or _decreed_by(text, match.end())
        before = mentions[-1] if mentions else None
        # 《A》(…以下简称《a》)、《B》: after the short title A is given, B joins A itself
        joined = (mentions[-2] if before and before.extra.get("short_for") and len(mentions) > 1
                  and text[before.end : match.start()].lstrip(")）") in TITLE_JOINERS else before)
        if not issuers and joined and joined.extra.get("named_before") and (
                joined is not before or text[before.end : match.start()] in (*TITLE_JOINERS, "")):
            issuers, named_before = joined.extra["issuers"], True  # …人民政府关于印发《A》和《B》的通知, 《A》《B》: B's issuer is A's
        # 《开发区新兴产业千亿投资计划（2023—2025年）》（以下简称《投资计划》）: the short title is a name of the policy
        short_for = before.name if before and _SHORT_NAMED.fullmatch(text, before.end, match.start()) else None
        found.add(
            Mention(
                "Policy",
                match.start(),
                match.end(),
                match.group(0),
                record.name if record else title,
                "policy-title",
                extra={"short": bool(SHORT_TITLE.match(title)) and record is None, "record": record,
                       "issuers": issuers, "short_for": short_for, "named_before": named_before},
            )
        )


def _cut_title(text: str, found: _Found) -> None:
    """A title the page cuts off where its column ends (…印发《锦州高新区政务服务“综合窗): a policy all the same,
    named as far as it goes (relations/coreference.py joins a continuation the page gives further on)."""
    cut = _CUT_TITLE.search(text) if "《" in text else None
    if cut is not None and not any(m.start <= cut.start() < m.end for m in found.mentions):
        issuers, named_before = _issuers_before(text, cut.start(1) - 1)
        found.add(Mention("Policy", cut.start(1) - 1, cut.end(), text[cut.start(1) - 1 : cut.end()], cut.group(1),
                          "policy-cut-title", extra={"short": False, "record": None, "issuers": issuers,
                                                     "short_for": None, "named_before": named_before, "cut": True}))


def _quoted_titles_and_contents(text: str, found: _Found) -> None:
    """A title in quotes (“关于…的若干政策”的讨论稿), and a title as a table of contents lists it (…的实施意见 .....10)."""
    for match in (_QUOTED_TITLE.finditer(text) if "“关于" in text else ()):
        if found.free(*match.span()):
            found.add(_plain(match.start(), match.end(), match.group(0), match.group(1), "policy-quoted-title"))
    for match in (_CONTENTS_ENTRY.finditer(text) if "关于" in text else ()):
        if found.free(*match.span(1)):
            name = re.sub(r"\s+", "", match.group(1))
            found.add(_plain(match.start(1), match.end(1), match.group(1), name, "policy-contents-entry"))


def _articles(text: str, found: _Found) -> None:
    """A policy named by its number of articles (港澳青年创新创业黄金“二十三条”, 科创“20条”)."""
    for match in _ARTICLES.finditer(text):
        if not found.free(*match.span()):
            continue
        if _NICKNAME_OF_TITLE.search(text, max(0, match.start() - 6), match.start()):
            continue  # 《…关于鼓励集成电路产业发展的若干政策》，即“光谷集成电路产业十条”: the title's nickname, no other policy
        start = _articles_start(text, match.start())
        surface = text[start : match.end()]
        name = surface[1:-1] if start == match.start() else surface  # “八项人才新政”: the quotes are no part
        # 高新数谷“黄金十条”: named with what it is for, and written by its quoted number too
        written = text[match.start() + 1 : match.end() - 1] if start < match.start() else None
        found.add(_plain(start, match.end(), surface, name, "policy-articles", written=written))


def _packages(text: str, found: _Found) -> None:
    """The items of a list of policies (产业强区20条、…等专项政策)."""
    for match in (_PACKAGE_LIST.finditer(text) if "政策" in text else ()):
        for a, b in _package_items(text, match):
            if found.free(a, b):
                found.add(_plain(a, b, text[a:b], text[a:b].strip("“”\""), "policy-package"))


def _plans(text: str, found: _Found) -> None:
    """Plans named without 《》: by a code (实施“1234”制造业高质量发展行动计划), in quotes (围绕“争先进位五年行动方案”),
    or bare after a zone's verb of issuing (推出…实施意见, 发布…行动计划)."""
    coded = [*_CODED_PLAN.finditer(text), *_CODED_PLAN_LAUNCHED.finditer(text), *_NAMED_PLAN.finditer(text)] if "”" in text else ()
    for match in coded:
        if found.free(*match.span(1)):
            lead = _WHOSE_PLACE.match(text, match.start(1), match.end(1))  # 实施该市“510”行动计划: the plan is “510”行动计划
            a, b = lead.end() if lead else match.start(1), match.end(1)
            found.add(_plain(a, b, text[a:b], text[a:b].replace('"', "“", 1).replace('"', "”", 1), "policy-coded-plan"))
    for match in (_QUOTED_PLAN.finditer(text) if "“" in text else ()):
        if found.free(match.start(1), match.end()):
            start, end = match.start(1) - 1, match.end(1) + 1  # with its quotes
            found.add(_plain(start, end, text[start:end], match.group(1), "policy-quoted"))
    for match in (_UNMARKED_PLAN.finditer(text) if any(verb in text for verb in _UNMARKED_VERBS) else ()):
        group = next(g for g in (1, 2, 3) if match.group(g))
        a, b = match.span(group)  # 推出创新链产业链“两链”深度融合实施意见, 发布建设数字经济第一区行动计划, 编制了绿色发展5年行动方案
        # (only where a zone acts in the sentence, or the sentence opens with the act, its subject the zone spoken of:
        # 出台创新驱动引领高质量发展实施方案，努力打造…, after 乐山高新区's sentences; a plan a report's heading names
        # bare may be anyone's)
        if found.free(a, b) and not _NO_TITLE_OPENING.match(text, a) and (
                "高新区" in text[:a] or "开发区" in text[:a] or match.start() == 0):
            found.add(_plain(a, b, text[a:b], text[a:b], "policy-unmarked"))


def _quoted_about(text: str, found: _Found) -> None:
    """A title in quotes the _QUOTED_TITLE pass leaves, with the issuer named before it."""
    for match in (_QUOTED_ABOUT.finditer(text) if "“关于" in text else ()):
        if found.free(*match.span()):
            issuers, _ = _issuers_before(text, match.start())
            found.add(_plain(match.start(), match.end(), match.group(0), match.group(1), "policy-quoted-title", issuers))


def _title_lines(text: str, found: _Found) -> None:
    """A document's own title line without 《》: opening the text or after the page's lines of index number and dates
    run into it (…成文日期：2013-02-07温州市人民政府关于…的实施意见), a title a text says it carries out (落实, 贯彻),
    and the original title of a reprint (原标题)."""
    opening = _ORGAN_TITLE.search(text) if "关于" in text and not found.taken else None
    if opening and not _AWARDS_DECIDED.search(opening.group(0)):
        found.add(_title_line(opening), opening.span())
    for run in (_CARRIED_OUT_TITLE.finditer(text) if "关于" in text and ("落实" in text or "贯彻" in text) else ()):
        if not found.free(*run.span()) or _AWARDS_DECIDED.search(run.group(0)):
            continue
        found.add(_title_line(run), run.span())
    first = _FIRST_TITLE.search(text) if "原标题" in text and not found.taken else None
    if first:
        found.add(_plain(first.start(1), first.end(1), first.group(1), first.group(1), "policy-title-line"))


def _known_policies(text: str, found: _Found) -> None:
    """Known policies (data/policies.csv) written without their marks, where no pass took them (bare titles opening
    with 关于 are read only inside 《》)."""
    for a, b, surface, record in policy_gazetteer().find(text):
        if surface.startswith("关于") or not found.free(a, b):
            continue
        found.mentions.append(
            Mention("Policy", a, b, surface, record.name, "policy-reference", extra={"short": False, "record": record, "issuers": _named_issuer(record, surface)})
        )


_PASSES = (_titles, _cut_title, _quoted_titles_and_contents, _articles, _packages, _plans, _quoted_about, _title_lines,
           _known_policies)
