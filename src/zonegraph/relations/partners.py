"""Whether an organisation a sentence names works with the zone, or stands there for something else: a
person's employer or past one, a guest at an event, an authority in a list, an event's host, another
party's counterpart or partner, a firm the zone only visits or courts."""

from __future__ import annotations

import re

from zonegraph.entities.registry import Entity
from zonegraph.mentions import Mention
from zonegraph.mentions.organizations import BRAND_AT_END, LEGAL_ENDING, institute_gazetteer
from zonegraph.reference import central_bodies, place_at
from zonegraph.relations.cues import clause_span
from zonegraph.relations.places import SETTLES_IN, ZONE_WORDS, ZONE_WORD_BEFORE, city_of, opens_the_zones_names


# a person by the post in one of its departments: 长三角国家技术创新中心信息技术事业部副主任张赟, 中科院地球化学研究所月球中心副主任李阳
_A_DEPARTMENTS_HEAD = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:事业部|部|处|系|办公室|中心|研究室)(?:党委|常务|执行)?副?(?:部长|处长|主任|总监|经理|书记|教授)")
# (华科大80后博士曾建华: a generation before the title)
# (欧洲科学院外籍院士迟力峰: a foreign member)
_TITLE_AFTER = re.compile(r"(?:\d0后)?(?:党委|常务|执行|特聘|客座|兼职|名誉|外籍)?(?:副)?(?:校长|院长|所长|主任|书记|教授|研究员|院士|专家|博士|学者|团队|课题组)")


# a company (with its legal ending) or a city's government working with what follows
# (…有限公司分别与…, 该企业还与美国马里兰大学…开展产学研合作; not 园区50家企业与清华大学…: the zone's firms)
# the adverbs between a party and its 与 (…政府还分别与…, …公司已共同与…)
_ADVERBS_BEFORE_WITH = r"(?:还|也|先后|已|已经)?(?:分别|共同)?"
# 与 and the list before a name, up to it (与A、B、|name), and the list after a name, up to the signing (|、C、D等…签约)
_WITH_A_LIST_UP_TO_IT = r"与(?:[^，。；与、]{2,30}?、)*$"
_REST_OF_THE_LIST = r"(?:、[^，。；、]{2,30}?)*(?:等[^，。；]{0,6}?)?"
_SIGNS = r"(?:签署|签订|签约)"
_OTHER_PARTY_WITH = re.compile(rf"(?:市|县|区)(?:人民)?政府{_ADVERBS_BEFORE_WITH}(?:与|同)[^，。；]*$")


# a university's department by its discipline: …与工程学院, 人工智能学院, 计算机与软件学院, 经济管理学院
_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,10}(?:工程|科学|技术|管理|信息|软件|材料|智能|经济|艺术|设计|医学|化学|物理|数学"
                         r"|机械|电气|自动化|传媒|外语|法学|商|生命)学院")


def a_department(entity: Entity) -> bool:
    """Whether an institute is a university's department named without its university: a discipline and
    学院, no place opening it and no parent known (人工智能学院, not 北京电影学院, nor 浙江大学软件学院)."""
    return (_DEPARTMENT.fullmatch(entity.name) is not None and entity.parent is None
            and place_at(entity.name, 0) is None and entity.name not in institute_gazetteer())


# the zone working with bodies it names itself: 黄石大冶湖高新区分别与中南财经政法大学、湖北师范大学签订合作协议
_THE_ZONE_WITH = re.compile(r"(?:高新区|开发区|管委会)(?:还|也|先后|已|已经)?(?:分别|共同)?(?:与|同)")


def a_firms_partner_beside_the_zones(text: str, mention: Mention) -> bool:
    """Whether the institute is a company's counterpart in an agreement it signs (…有限公司与华中科技大学…签订校企合作
    协议) in a sentence whose earlier clause names the zone's own partners (高新区分别与中南财经政法大学、湖北师范大学签订
    合作协议；…): the signings of a ceremony, each pair's own. A company's partner in the zone's work at large
    (高新区与宁夏大学签订合作协议；…有限公司分别与西安工程大学…开展合作), or with the zone naming none of its own, is
    still the zone's, as partner_of_another_party reads it."""
    start, end = clause_span(text, mention)
    return (_A_FIRM_WITH_BEFORE.search(text, start, mention.start) is not None
            and re.search(_SIGNS, text[mention.end : end]) is not None
            and _THE_ZONE_WITH.search(text, 0, start) is not None)


# an institute the page speaks of without its name, opening the clause, working with or resting on what follows
# (研究院可以与省安全应急装备技术创新中心、云龙湖实验室强强联合; 研究院依托上海交通大学): its partners and parent
_AN_INSTITUTE_WITH = re.compile(r"(?:我院|该院|本院|研究院|该研究院|该所|研究所)(?:还|也|可以|将|要|已|已经)?(?:分别)?"
                                r"(?:与|同|依托)[^，。；]*$")


# a ministry, a government, an exchange (not a headquarters, a division or a club: 普源精电西部研发总部)
_AUTHORITY_ITEM = re.compile(r"(?:(?<![总业乐])部|厅|政府|委员会|总局|交易所)$")


def among_authorities(text: str, mention: Mention) -> bool:
    """Whether the institute is an item of a list of three or more that names a ministry, a government or an
    exchange (科学技术部、中国科学院、中国工程院、陕西省人民政府、上海证券交易所等部门): the authorities over an event
    or a programme, not the zone's partners; unless the zone is an item too, working with the others."""
    start = max(text.rfind(c, 0, mention.start) for c in "，。；：由") + 1
    end = min((i for i in (text.find(c, mention.end) for c in "，。；：等") if i >= 0), default=len(text))
    items = text[start:end].split("、")
    # (…广州市人民政府、广州高新区、华南理工大学…等共同创建: the zone among the founders, the list is of its partners)
    return (len(items) >= 3 and any(_AUTHORITY_ITEM.search(item) for item in items)
            and not any(ZONE_WORDS.search(item) or "管委会" in item for item in items))


# the hosts of an event, named after 由: 由中国企业评价协会、清华大学房地产研究所、北京中指信息技术研究院主办…的…大会
# (to the last of its hosting verbs: …主办，北京中指信息技术研究院…研究组承办的)
_EVENTS_HOSTS = re.compile(r"由([^。；由]{2,120})(?:主办|承办|发起|举办)")


def hosts_an_event(text: str, mention: Mention) -> bool:
    """Whether the institute is one of an event's hosts (由…主办), none of them the zone: the event's, not a
    partner of the zone's (a zone hosting with a university, 由高新区管委会、清华大学主办, is left to the other rules)."""
    return any(hosts.start(1) <= mention.start and mention.end <= hosts.end(1)
               and not ZONE_WORDS.search(hosts.group(1)) and "管委会" not in hosts.group(1)  # (as founds_a_firm reads the zone)
               for hosts in _EVENTS_HOSTS.finditer(text))


def a_firms_counterpart(text: str, mention: Mention) -> bool:
    """Whether a company is named, alone or in a list, as the other party of another company's agreement (吉星轮胎公司
    分别与…一汽吉林汽车有限公司、中油吉化公司…进行了合作签约): that firm's customer or partner, wherever it is."""
    start, _ = clause_span(text, mention)
    return (_A_FIRM_WITH_BEFORE.search(text, start, mention.start) is not None
            and _AGREED_AFTER.match(text, mention.end) is not None)


# a company (by the ending of its name) and 与 before a list ending at the name
_A_FIRM_WITH_BEFORE = re.compile(rf"(?:公司|集团){_ADVERBS_BEFORE_WITH}{_WITH_A_LIST_UP_TO_IT}")
# the rest of the list, then the agreement: …港铁国际物流公司进行了合作签约, …签订了战略合作协议
_AGREED_AFTER = re.compile(rf"(?:公司)?{_REST_OF_THE_LIST}(?:进行了?|开展了?)?(?:战略)?(?:合作)?{_SIGNS}")


def partner_of_another_party(text: str, mention: Mention) -> bool:
    """Whether an institute is named as another party's partner: its clause says a city's
    government works with it (锦州市政府与中国医科大学、…签订战略合作协议), an institute the page
    names as 研究院 or 我院 does, or one the sentence opens with does in a clause of no subject of its own
    (汕头实验室主攻…，并与汕头大学…建立合作机制). The zone's companies' partners are the zone's (…有限公司分别与西安工程大学、
    …合作), as the held-out annotators list them in five pages of seven."""
    start, _ = clause_span(text, mention)
    return (_OTHER_PARTY_WITH.search(text, start, mention.start) is not None
            or _AN_INSTITUTE_WITH.match(text, start, mention.start) is not None or signs_with_a_government(text, mention)
            or (_WITH_AND_NO_SUBJECT.match(text, start, mention.start) is not None
                and _AN_INSTITUTE_OPENING.match(text) is not None))


# a sentence an institute opens as its subject (按照…要求，汕头实验室主攻…), and a later clause of it with no subject of its
# own that works with what follows (…，并与汕头大学、中山大学…建立合作机制): the institute's partners
_AN_INSTITUTE_OPENING = re.compile(r"(?:[^，。；]{1,24}，)?(?![并与和及还也同在对将]|高新区|园区|开发区|我区|该区|全区)"
                                   r"(?:(?!与|和|了|共建|建设|建成|成立|打造|依托|拥有|引进|组建)[\u4e00-\u9fff]){2,12}?"
                                   r"(?:实验室|研究院|研究所)(?![与和及、，])")
_WITH_AND_NO_SUBJECT = re.compile(r"(?:并|还|也|同时)(?:与|同)[^，。；]*$")


# the body, alone or in a list, signing with a government (广东工业大学、…、清华珠三角研究院与南海区政府四方签署…):
# the government's partner, the zone no party (not …与市政府、高新区管委会签署: the zone signs too)
_WITH_A_GOVERNMENT_AFTER = re.compile(r"(?:[、和及][^，。；]{2,30}?)*与[^，。；与]{0,10}?(?:省|市|县|区)(?:人民)?政府"
                                      r"(?:[^，。；]{0,8}?)(?:签署|签订|签约)")
# a province, city or county (or its government) and 与 before a list of firms that signs with it
_A_GOVERNMENT_WITH_BEFORE = re.compile(rf"(?:^|[，；：])[^，。；]{{0,30}}?(?:省|市|县)(?:人民政府|政府)?{_WITH_A_LIST_UP_TO_IT}")
_SIGNED_AFTER = re.compile(rf"{_REST_OF_THE_LIST}(?:在[^，。；、]{{2,6}}?)?{_SIGNS}")  # (…在南京签约)


def signs_with_a_government(text: str, mention: Mention) -> bool:
    """Whether the body signs with a province's, a city's or a county's government (…与武汉市人民政府签约), or such a
    government with it: the government's partner, not the zone's, unless the zone is named between."""
    signs = _WITH_A_GOVERNMENT_AFTER.match(text, mention.end)
    if signs is not None and not ZONE_WORDS.search(text, mention.end, signs.end()):
        return True
    # (or the government first: 代表武汉市与小米科技有限责任公司、金山软件股份有限公司、…签约)
    city = _A_GOVERNMENT_WITH_BEFORE.search(text, max(0, mention.start - 80), mention.start)
    signs = _SIGNED_AFTER.match(text, mention.end) if city else None
    return signs is not None and not ZONE_WORDS.search(text, city.start(), signs.end())


_ITS_OWN_FIRM_AFTER = re.compile(r"的?校办(?:企业|产业|工厂|公司)")


# the background a team has, after the institutes it names: …东京大学等国际一流科研学术机构研发背景
_BACKGROUND_AFTER = re.compile(r"(?:[、和及与][^，。；、]{2,14}?)*等?[^，。；]{0,16}?(?:研发|学术|教育|留学|工作)?背景")


def is_affiliation(text: str, mention: Mention) -> bool:
    """Whether an institute is named as where a person works or as a neighbour, not as the zone's
    partner."""
    start, end = clause_span(text, mention)
    if text.endswith("毕业于", 0, mention.start) or (
            text.endswith(_SCHOOLED_BEFORE, 0, mention.start) and _SCHOOLED_AFTER.match(text, mention.end)):
        return True  # 毕业于…, 她在哈佛大学读书, 回到北京大学任职: where a person studied or works
    if text.startswith("的实验室", mention.end) and _A_PERSONS_LAB.search(text, max(0, start - 12), mention.start):
        return True  # 攻读硕士博士学位期间，陈威在北京理工大学的实验室里…, 放弃在耶鲁大学的实验室: a student's or a researcher's lab
    if _CITED_AFTER.match(text, mention.end) or _PUBLISHES_A_RANKING.match(text, mention.end) or (
            _A_RANKING_BY_BEFORE.search(text, max(0, mention.start - 24), mention.start)
            and _PUBLISHED_AFTER.match(text, mention.end)):
        return True  # 前瞻产业研究院资料显示, 上奇研究院发布…百强高新区排行榜, …强区指数由赛迪顾问…研究中心在2020年首发:
        # a source the text quotes or a ranking's publisher, not a partner
    if _ITS_OWN_FIRM_AFTER.match(text, mention.end):
        return True  # 作为华中科技大学校办企业: the university that owns a firm, not the zone's partner
    if (text.startswith("团队", mention.end) and "与" in text[start : mention.start]
            and _MEETS_WITH.search(text, mention.end, end)):
        return False  # 高新区与…全国重点实验室团队举行专题座谈: the body's team meets the zone for it
    if (_TITLE_AFTER.match(text, mention.end) or _A_DEPARTMENTS_HEAD.match(text, mention.end)
            or re.match(r"、?(?:[\u4e00-\u9fff]{2,6}、)?[\u4e00-\u9fff]{0,8}?(?:执行)?(?:副)?(?:校长|院长)(?!联席会|办公会|会议)",
                        text[mention.end : mention.end + 14])):  # (…产业学院第二次院长联席会: the deans' meeting, no person)
        # …并与天津航天机电设备研究所所长韩凤宇共同为项目揭幕: its head acting with the zone's, for it
        return not (text.endswith(("与", "同"), 0, mention.start) and _HEAD_AFTER.match(text, mention.end)
                    and _JOINT_ACT.search(text, mention.end, end) is not None)
    if _BACKGROUND_AFTER.match(text, mention.end):
        return True  # 核心研发团队具有英国剑桥大学、美国麻省理工学院及东京大学等…研发背景: where its people come from
    if _PEOPLE_COUNTED_AFTER.match(text, mention.end):
        return True  # 斯坦福大学，有12人，麻省理工学院有7人, …、普林斯顿大学等名校毕业生: where the zone's recruits studied
    if _ITS_STUDENTS.match(text, mention.end) or _A_DEGREE_AFTER.match(text, mention.end) or text.endswith(
            ("任教", "就读", "求学"), 0, mention.start):
        return True  # 他与斯坦福大学的三个同学一道…; 获得西北大学化学工程学士学位; 留校任教西北大学; …是中南财经政法大学毕业生,
        # 由哈佛大学医学院归国学者…创立: where people studied or teach
    if (_A_PERSONS_TEAM.match(text, mention.end) and not _WORKS_WITH.search(text, mention.end, end)
            and not SETTLES_IN.search(text, mention.end, end)):  # (…院士团队签约落户: it comes)
        return True  # 华中科技大学吴裕斌团队…胜出: a researcher's team, by where it works (not 与…清华大学颜永年团队合作)
    if _ITS_PEOPLE_ATTEND.match(text, mention.end) or _ITS_EXPERTS_SPEAK.match(text, mention.end):
        return True  # 经济管理学院、控制科学与工程学院相关负责同志参加座谈会: the body its people come from;
        # …研究院和中国科技大学的专家学者进行…合作案例分享: the speakers' employers at the zone's event
    if text.endswith("是", 0, mention.start) and _ITS_UNIT_AFTER.match(text, mention.end):
        return True  # …城市所，是中国科学院资源环境…领域的研究所: the body its unit belongs to, described
    if _A_PERSONS_PLACE.match(text, mention.end) and text.endswith(("从", "在", "于"), 0, mention.start):
        return True  # 刚刚从武汉大学毕业的李阳, 一直在中国电子科技集团公司第十五研究所工作, 从华中科技大学辞职下海:
        # where a person studied or worked
    if text.endswith(_SPRANG_FROM, 0, mention.start) or _A_SOURCE_AFTER.match(text, mention.end):
        return True  # 国盾量子发源于中国科学技术大学: where a company came from; （中国电子商务研究中心讯）: a byline
    if _AN_ENTRY_WINS.match(text, mention.end) or _SIGNS_WITH_A_COMPANY.match(text, mention.end):
        return True  # 西北工业大学“…”项目获得特等奖: a contest's winner; 南京大学与中国建材集团签署…协议: another's partner
    if _NEAR_AFTER.match(text, mention.end) and _with_before(text, start, mention):
        return True  # 与山西大学等多所高等学府和中科院山西煤化所…等科研院所相邻: the zone's neighbours
    before = text[max(0, mention.start - 12) : mention.start]
    # 周围毗邻山西大学、太原理工大学…: institutes near the zone, not working with it
    return ("来自" in before or "邀请" in before or "毕业于" in before or before.endswith("出身") or _POST_BEFORE.search(before) is not None
            or _NEAR_BEFORE.search(text, start, mention.start) is not None
            or _FROM_A_LIST_BEFORE.search(text, max(0, mention.start - 80), mention.start) is not None)


# what a body's team does with the zone: meets, talks, signs, builds with it
_MEETS_WITH = re.compile(r"座谈|会谈|洽谈|对接|签约|签署|签订|合作|共建")
# what a person does at a university, right after it (在哈佛大学读书, 回到北京大学任职)
_SCHOOLED_BEFORE = ("在", "回到", "进入", "到", "于")
_SCHOOLED_AFTER = re.compile(r"(?:的实验室里?)?(?:读书|就读|求学|任职|任教|深造|读博|读研|攻读|留学|读完|念完|读大学|上大学)")  # (在合工大读完本科)
_A_PERSONS_LAB = re.compile(r"攻读|学位|放弃在")  # (…期间…在北京理工大学的实验室里, 放弃在耶鲁大学的实验室)
# what a person did at an institute: 从武汉大学毕业, 在…研究所工作, 在华东理工大学完成…攻关
_A_PERSONS_PLACE = re.compile(r"(?:[^，。；]{0,6}?)(?:毕业|工作|任职|就职|辞职|离职|退休|完成[^，。；]{0,12}?(?:攻关|研究|学业))")
_SPRANG_FROM = ("发源于", "脱胎于", "孵化于", "起源于", "诞生于")
_A_SOURCE_AFTER = re.compile(r"讯[）)]")
_AN_ENTRY_WINS = re.compile(r"[“\"][^”\"]{2,40}[”\"](?:项目|作品)?(?:获得|荣获|获|摘得)")
_SIGNS_WITH_A_COMPANY = re.compile(r"与[^，。；、与和]{2,16}?(?:集团|公司|有限公司)(?:签署|签订|签约|达成)")


# the list a person comes from: 来自美国哥伦比亚大学、英国剑桥大学、新加坡南洋理工大学…等20多所名校的留学生
_FROM_A_LIST_BEFORE = re.compile(r"(?:来自|毕业于)(?:[^，。；、]{2,16}、)+$")


# a researcher's team, or a researcher by name and title (…研究中心吴迪教授，环境与资源学院周炼清副研究员)
_A_PERSONS_TEAM = re.compile(r"[\u4e00-\u9fff]{2,3}(?:(?:教授|博士|院士)?(?:团队|课题组)"
                             r"|(?:(?:副)?(?:教授|研究员)|老师|博士|院士)(?=[，、。；和与及等]))")
# (or a degree alone, closing the item: 英国利兹大学化学工程学士、伦敦大学学院（UCL）化学工程硕士)
_A_DEGREE_AFTER = re.compile(r"[^，。；]{0,12}?(?:学士|硕士|博士)(?:学位|(?=[、，。；]|$))")
# people counted by the school they come from: 人数最多的是美国斯坦福大学，有12人，麻省理工学院有7人；…等名校毕业生
_PEOPLE_COUNTED_AFTER = re.compile(r"[，,]?有?\d+(?:人|名)(?![^，。；]{0,4}(?:团队|项目))"
                                   r"|(?:[、和及][^，。；、]{2,16}?)*等?(?:名校|高校|院校)(?:的)?(?:毕业生|校友|学子)")
# (or its people by what they are there: 西北大学教师严建亚…, …大学学生, …大学校友)
_ITS_STUDENTS = re.compile(r"的[^，。；]{0,4}?(?:同学|校友|毕业生|学生|博士生|研究生|留学生)|(?:归国|海归|留学)?(?:毕业生|学者|学生|校友|教师|老师)")
_ITS_PEOPLE_ATTEND = re.compile(r"(?:[、和及][^，。；、和及与]{2,20}?)*(?:的)?(?:相关)?(?:负责同志|负责人|师生代表|教师代表|专家代表|师生|代表)"
                                r"[^，。；]{0,16}?(?:参加|出席|参会|陪同)")
# the body's experts (or of the list it closes) speaking at an event: …和中国科技大学的专家学者进行…案例分享, …大学专家作专题报告
_ITS_EXPERTS_SPEAK = re.compile(r"(?:[、和及与][^，。；、和及与]{2,20}?)*的?(?:专家学者|专家|学者|教授)(?:们|代表|团队)?"
                                r"[^，。；]{0,24}?(?:分享|发言|报告|演讲|授课|讲座|宣讲|解读)")
_ITS_UNIT_AFTER = re.compile(r"[^，。；]{0,30}?的(?:[\u4e00-\u9fff]{0,4})?(?:研究所|研究院|科研机构|直属单位|下属单位|分支机构)(?:之一)?(?:[，。；]|$)")
_JOINT_ACT = re.compile(r"共同|签署|签订|签约|揭牌|揭幕")
_HEAD_AFTER = re.compile(r"(?:党委)?(?:副)?(?:校长|院长|所长|主任|书记)")  # who acts for the body (not 院士郭孔辉, his own)
_CITED_AFTER = re.compile(r"(?:的|发布的?|最新)?(?:资料|数据|统计|报告|研究|调查|监测)(?:数据)?(?:显示|表明|指出)")
_PUBLISHES_A_RANKING = re.compile(r"(?:[、和与][^，。；、]{2,20}?)*(?:联合|共同)?(?:近日|日前|近期|最新|正式|首次)?(?:发布|公布)(?:了)?[^，。；]{0,40}?(?:榜|排名|排行|名单|指数|评价|白皮书|蓝皮书)")  # (…发布《2021年中国城区高质量发展白皮书》)
# a ranking or an index, then 由 and its publisher (先进制造业强区指数由赛迪顾问智能装备产业研究中心在2020年首发)
_A_RANKING_BY_BEFORE = re.compile(r"(?:榜|榜单|排名|排行|名单|指数|报告|白皮书|蓝皮书|评价体系)(?:是|系|均|都)?由$")
_PUBLISHED_AFTER = re.compile(r"(?:[、和与][^，。；、和及与]{2,20}?)*(?:联合|共同)?[^，。；]{0,12}?(?:首发|发布|公布|编制|推出|评选|研制)")
_NEAR_BEFORE = re.compile(r"毗邻|紧邻|临近|靠近|附近|周边有|周围有")
_NEAR_AFTER = re.compile(r"[^，。；]{0,40}?(?:相邻|毗邻|为邻|比邻|相望)")  # (after 与: 与…大学…相邻)
# a person's post there: 被聘为中国科学院首批海外评审专家, 升任飞利浦研究院首席科学家
_POST_BEFORE = re.compile(r"(?:聘为|受聘于?|任职于|就职于|升任|担任|曾任|现任|历任)$")


_WITH_BEFORE = re.compile(r"(?:与|同|跟)(?:[\u4e00-\u9fffA-Za-z0-9（）]{2,20}的)?$")
_PEERS = re.compile(r"[、和]")


def _with_before(text: str, start: int, mention: Mention) -> bool:
    """Whether 与 (同, 跟) opens the list the mention stands in: 与X合作, 与X的Y合作, 与X、Y和Z等企业进行…"""
    if _WITH_BEFORE.search(text, start, mention.start):
        return True
    at = max(text.rfind(joiner, start, mention.start) for joiner in "与同跟")
    if at < 0 or mention.start - at > 60:
        return False
    items = _PEERS.split(text[at + 1 : mention.start])
    return len(items) >= 2 and items[-1] == "" and all(2 <= len(item) <= 20 for item in items[:-1])


# a firm's party or youth-league body after its name: what a zone's own organs pair with (结对共建)
_FIRMS_PARTY_BODY = re.compile(r"党支部|党总支|党委|团支部|团委")
_WORKS_WITH = re.compile(r"合作|合伙|共建|打造|联合|携手|对接|交流|洽谈|座谈|会谈|沟通|进行")
_SETTLES = re.compile(r"落户|入驻|投资(?!有限|集团|公司|控股|发展|管理)|签约|签订|签署|引进|落地|开工|投产")


# a central body (data/words/central_bodies.txt) working with what follows: 科技部与…
_CENTRAL_BODY_WITH = re.compile(r"(?:" + "|".join(central_bodies()) + r")(?:还|也|先后|已|已经)?(?:分别|共同)?(?:与|同|和)$")


def a_central_bodys_partner(text: str, mention: Mention) -> bool:
    """Whether a company is named as a ministry's partner (科技部与中国工商银行签署了…战略合作协议) or an
    institute's (实验室与中金岭南、韶钢集团签署全面战略合作协议): their agreement, not a company the zone
    hosts (data/words/central_bodies.txt)."""
    if _CENTRAL_BODY_WITH.search(text, max(0, mention.start - 12), mention.start) is not None:
        return True
    _, end = clause_span(text, mention)  # (an agreement signed, not 研究院与科大讯飞公司都坐落于…, nor a joint project)
    return (_INSTITUTE_WITH.search(text, max(0, mention.start - 60), mention.start) is not None
            and _SIGNS_AN_AGREEMENT.search(text, mention.end, end) is not None)


# an institute working with the companies listed after it: 实验室与中金岭南、韶钢集团签署…
_INSTITUTE_WITH = re.compile(r"(?:实验室|研究院|研究所|研究中心|大学|学院)(?:还|也|先后|已|已经)?(?:分别|共同)?(?:与|同)"
                             r"(?:[^，。；、与同]{2,16}、)*$")
_SIGNS_AN_AGREEMENT = re.compile(r"(?:签署|签订|达成)[^，。；]{0,12}?协议")


def is_cooperation(text: str, mention: Mention) -> bool:
    """Whether a company is named as one the zone works with (与X合作, 与X的Y合作设立) rather than
    one in the zone: after 与, with a verb of working together and none of settling in its clause."""
    start, end = clause_span(text, mention)
    if not _with_before(text, start, mention):
        return False
    if _FIRMS_PARTY_BODY.match(text, mention.end):
        return False  # 机关党组织分别与家家美党支部、力合党支部…结对共建: the zone's organs pair with its own firms' branches
    clause = text[start:end]
    return bool(_WORKS_WITH.search(clause)) and not _SETTLES.search(clause)


_VISITS = frozenset({"走访", "考察", "拜访"})
_COURTS = re.compile(r"走访|考察|拜访|洽谈|对接|前往|目标(?:重点)?(?:招引)?企业|拟引进|路演")  # …等6家企业现场登台路演: pitching to the zone


def is_courted(text: str, mention: Mention, zone: Entity) -> bool:
    """Whether a company is one the zone visits or courts (走访考察…企业, 对接洽谈…等目标招引企业),
    with nothing in its clause saying it settled in the zone; not a company whose legal name places it in
    the zone's city or province (区领导一行先后走访了福建紫膳食品有限公司、漳州健养康…: the zone's own, visited)."""
    start, end = clause_span(text, mention)
    clause = text[start:end]
    # (or a name of its place and a trade's ending: 锦州拓新电子 among 锦州锦华科技有限公司 and …)
    if ((LEGAL_ENDING.search(mention.surface) or BRAND_AT_END.search(mention.surface)) and _placed_at_home(mention.surface, zone)
            and all(m.group() in _VISITS for m in _COURTS.finditer(clause))):
        return False  # (a pitch to the zone, 路演, or talks, 洽谈, are still a courting of firms from anywhere)
    if _DELEGATION.search(text, 0, mention.start):
        return False  # 考察团先后前往江苏省镇江船厂…: visitors come to the zone's own companies
    if _A_PARTY_TOURS.search(text, 0, mention.start) and not _AWAY.search(text):
        return False  # (…一行赴自贸区（高新区）调研走访。)雷和平一行先后走访了华磊、长歌…: a party touring the zone's firms
    if _IN_THE_ZONE_BEFORE.search(text, start, mention.start):
        return False  # 前往火炬开发区中山迈雷特…: a company visited in the zone is the zone's
    if _its_site_here_after(text, mention, zone):
        return False  # 考察观摩了…、步长制药杨凌医药产业基地、…: the company's base named by the zone's place, visited there
    after = mention.end - start
    # …有限公司通过前期积极对接和努力，分别与…取得了进站意向: the companies' own effort, no courting of them
    courted = any(m.start() < after or "通过" not in clause[after : m.start()] for m in _COURTS.finditer(clause))
    return courted and not _SETTLES.search(clause)


# a company's site, named after it by a place: 步长制药|杨凌|医药产业基地
_SITE_AFTER_A_PLACE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:产业基地|基地|工厂|厂区|产业园|园区|项目)")


def _its_site_here_after(text: str, mention: Mention, zone: Entity) -> bool:
    """Whether the company is written with its site named by the zone's own place or city (步长制药杨凌医药产业基地)."""
    place = place_at(text, mention.end)
    if place is None or not (place == city_of(zone) or opens_the_zones_names(place, zone)):
        return False  # (杨凌 of 杨凌示范区, 武汉 of 武汉东湖…)
    return _SITE_AFTER_A_PLACE.match(text, mention.end + len(place)) is not None


_PROVINCE_ENDING = re.compile(r"(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$")


def _placed_at_home(name: str, zone: Entity) -> bool:
    """Whether a company's name opens with, or is qualified by, the zone's city or province (漳州健养康…, 爱逸鼎味
    （漳州）…, 福建康麒制罐…)."""
    if zone.zone is None:
        return False
    homes = {city_of(zone) or "", _PROVINCE_ENDING.sub("", zone.zone.province)} - {""}
    return any(name.startswith(home) or f"（{home}" in name or f"({home}" in name for home in homes)


# a journey to the body, or to a list it is in: 赴天津中医药大学拜访…, 带队赴季华实验室、盈普三维打印…考察
# (not across 在, which sets a scene of its own: 赴外招聘会…专场活动在该市哈尔滨工业大学、哈尔滨工程大学结束)
_TRAVEL_TO = re.compile(r"(?:赴|前往|远赴)(?:[^，。；、在]{2,24}、)*$")
_AGREES = re.compile(r"签约|签署|签订|共建|合作协议|揭牌|落户")


def visited_away(text: str, mention: Mention) -> bool:
    """Whether the body is where the zone's people went (赴…, 前往…), its clause signs nothing and does not place it in
    the zone: a visit is not a partnership."""
    start, end = clause_span(text, mention)
    return (_TRAVEL_TO.search(text, start, mention.start) is not None
            and _AGREES.search(text, start, end) is None and _IN_THE_ZONE_BEFORE.search(text, start, mention.start) is None)


# the zone named right before a company, as where it is: 前往火炬开发区|中山迈雷特…, 走访高新区内的…
# (or a list of them: 实地考察苏州高新区的普源精电科技股份有限公司、苏州天准科技股份有限公司)
# (or its firms so described: 走访园区重点企业精仪光电、三淮科技…)
_IN_THE_ZONE_BEFORE = re.compile(r"(?:高新区|开发区|园区)(?:内的?|的)?(?:(?:重点|龙头|骨干|优质|规上|入驻|在孵)?企业)?(?:[^，。；、]{2,30}、)*$")


# (or guests the zone's officials accompany: 邹自力一行在高新区党工委委员廖明…陪同下，实地考察了比克电池…)
# (or a delegation's visit of firms named at once, no place before them: 宋国权一行考察了嘉东光学、新华三…, on the zone's page)
_A_PARTY_TOURS = re.compile(r"一行(?:先后|还|又|也|随后|分别)?(?:走访|参观)了")
_AWAY = re.compile(r"赴|前往|招商|飞抵|奔赴|出访")  # (一行赴深圳…走访了…: a trip to court firms elsewhere)
_DELEGATION = re.compile(r"(?:考察|调研|参访|代表)(?:团|组)|陪同下|一行(?:先后|还|又|也)?(?:深入|走进|来到|莅临|考察了)")  # 徐主任一行先后深入…
# the people of the companies just listed coming to an event: …、腾讯等40多家知名企业高管齐聚…参加…大会
# (…等机器人产业链头部企业的40余位企业家,共同围绕机器人热点话题展开深入探讨: guests discussing at a meeting)
_THEIR_PEOPLE_ATTEND = re.compile(r"[^。；]{0,60}?(?:企业|公司|集团|机构)?的?[\d余多位名]*(?:高管|负责人|代表|嘉宾|老总|高层|企业家)"
                                  r"[^。；]{0,24}?(?:齐聚|出席|参加|参会|莅临|聚首|汇聚|随同|陪同|深入探讨|座谈交流"
                                  r"|作了?(?:专题|主题)?(?:分享|发言|报告|演讲))")  # (…、湘财证券等各地企业代表作了专题分享)
# firms whose heads came with a visiting party right after them (…、创新奇智成都公司、西南联交所等企业负责人随同调研): the
# visitors', even on a page that named the zone's people first (as _THEIR_PEOPLE_ATTEND's 随同 is not)
_WITH_THE_VISITORS_AFTER = re.compile(r"(?:公司)?(?:、[^，。；、]{1,16})*等?(?:企业|单位|公司|机构)?(?:主要|相关)?(?:负责人|代表)随同")


def attends_an_event(text: str, mention: Mention) -> bool:
    """Whether a company is named as the employer of guests at an event (企业高管齐聚, …代表出席), with
    nothing in its clause saying it settled in the zone, and no zone's people named before them
    (内江高新区党工委副书记…，国星空天…等企业代表出席: the zone's own meeting with its companies)."""
    if _WITH_THE_VISITORS_AFTER.match(text, mention.end):
        return True  # …、西南联交所等企业负责人随同调研: their heads came with the visiting party, whoever was named before
    start, end = clause_span(text, mention)
    attend = (_THEIR_PEOPLE_ATTEND.match(text, mention.end) or _ITS_HEAD_AMONG_GUESTS.match(text, mention.end)
              or _EXHIBITS.match(text, mention.end) or (_GATHERS_AT.match(text, mention.end) and _A_FAIR.search(text)))
    return (bool(attend) and not _SETTLES.search(text, start, end) and not ZONE_WORD_BEFORE.search(text, 0, mention.start)
            and not _THE_ZONES_PEOPLE.search(attend.group(0)))


# the people of the zone's firms at large, not of the firms named before them (参观了…公司，随后和高新区的各大企业代表
# 一起，在…参加座谈: the visited firms, then the zone's firms' people)
_THE_ZONES_PEOPLE = re.compile(r"(?:高新区|园区|我区|本区|开发区)的?[^，。；]{0,6}?(?:高管|负责人|代表|企业家)")


# a title and a person after a company's name: 泰康保险集团董事长兼CEO陈东升, 中国兵器装备集团公司党组副书记、副总经理尹家绪
_PERSONS_TITLE_AFTER = re.compile(r"(?:党组|党委)?(?:常务|执行)?副?(?:董事长|总经理|总裁|CEO|创始人|负责人|总会计师|书记|董事|"
                                  r"合伙人|总工程师|教授|研究员|首席[\u4e00-\u9fff]{2,4}官)")


def a_persons_employer(text: str, mention: Mention) -> bool:
    """Whether a company is named only as a person's employer in a roll of people with their companies and
    titles (…公司董事长陆文斌担任…会长，…公司董事长吴飞舟出任…; …集团董事长兼CEO陈东升和…集团董事长毛振华…发表演讲),
    the sentence saying nothing of settling or being in the zone."""
    title = _PERSONS_TITLE_AFTER.match(text, mention.end)
    if not title or _A_ROLL_OF_ENTREPRENEURS.search(text):
        return False  # (…等18位企业代表分别发言, …等20余位知名企业家被授牌…: the roll is of the zone's firms)
    titles = sum(1 for _ in _PERSONS_TITLE_AFTER.finditer(text))  # two or more in the sentence: a roll of people
    said = _WITNESSED.sub("", text)  # (…出席并见证签约: the roll witnesses a signing, no one settles)
    # or one person said to be the title, which ends the clause: 王东辉是电子科大1983级校友、北京荣之联…公司董事长。
    start, _ = clause_span(text, mention)
    described = "是" in text[start : mention.start] and (title.end() == len(text) or text[title.end()] in "，。；")
    return (titles >= 2 or described) and not (_SETTLES.search(said) or _IN_THE_ZONE.search(said))


def a_persons_career(text: str, mention: Mention) -> bool:
    """Whether the company is named as a person's former employer, a role after it, or as one they joined as staff."""
    return ((_FORMER_ROLE_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
             and _A_ROLE_AFTER.match(text, mention.end) is not None)
            or (text.endswith(("进入", "加入"), 0, mention.start) and _TAKES_A_JOB_AFTER.match(text, mention.end) is not None))


# a person's former employer (曾是微软美国总部IE技术核心工程师的陈本峰, 他曾经是美国谷歌公司Android产品副总裁): a career, not a firm of the zone
# (not 飞亚达科技大厦，曾经是腾讯成长历程中重要的办公场所: the zone's building, the firm's office)
_FORMER_ROLE_BEFORE = re.compile(r"曾经?(?:是|在|任|担任|就职于|供职于|任职于)[^，。；的]{0,4}$")
_A_ROLE_AFTER = re.compile(r"[^，。；]{0,16}?(?:工程师|总裁|经理|总监|高管|员工|研究员|科学家|主管|董事|CEO|CTO)")
# a person joining a firm's staff (同年进入腾讯公司互动娱乐部就职): a career, not a firm of the zone
_TAKES_A_JOB_AFTER = re.compile(r"[^，。；]{0,10}?(?:就职|工作|任职|实习)")
# a roll the sentence calls one of entrepreneurs or firms' representatives, at the zone's own meeting or honours
_A_ROLL_OF_ENTREPRENEURS = re.compile(r"等[\d一二三四五六七八九十百余多]*[位名](?:知名|优秀|重点)?(?:企业家|企业代表|企业负责人)")
_WITNESSED = re.compile(r"见证[^，。；]{0,4}签约|签约仪式")


_IN_THE_ZONE = re.compile(r"(?:位于|在|落户|入驻|扎根)[^，。；]{0,12}?(?:高新区|开发区|园区|园内|区内)")


# its head named in a roll of guests: 中国工商银行总行公司金融业务部总经理张锋、…、…副行长潘强出席启动仪式
# the companies themselves at a fair: 中国信科、华为、…等300多家海内外企业齐聚光谷 (in a sentence about the fair),
# 中国移动、…等运营商也组团参展, …等光通信企业代表，兵分两路组团逛展
_EXHIBITS = re.compile(r"[^。；]{0,80}?(?:参展|逛展|观展|布展)")
_GATHERS_AT = re.compile(r"[^。；]{0,40}?齐聚")
_A_FAIR = re.compile(r"博览会|展览会|展会|博会|展区|展台|专场|大会|峰会|论坛")
_ITS_HEAD_AMONG_GUESTS = re.compile(r"[^、，。；]{0,12}?(?:董事长|总经理|总裁|行长|副行长|经理|负责人)[\u4e00-\u9fff]{2,3}"
                                    r"(?:[、，][^、，。；]{2,36})*(?:出席|参加|莅临)")  # (the roll's people also set apart by ，)
