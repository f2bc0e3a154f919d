"""The words and patterns several of the enterprise readers decide by: the endings that always name a
company, units and counts, a list item's characters, kinds of firm and of public body, a person's title."""

from __future__ import annotations

import re

from zonegraph.mentions.base import chars_but, HAN, NUMERAL
from zonegraph.mentions.organizations import PERSON_TITLE


STRONG_ENDINGS = frozenset({"集团", "集团公司", "股份", "控股", "（集团）", "(集团)"})  # 中国兵器装备集团公司
# a unit after a number (3亿元科技, 万元科技) or a scope word: no name; 亿纬动力, 万华化学 open with 亿, 万
_UNITS = re.compile(rf"(?<=[\d.{NUMERAL}百千万亿几])[元万亿个家年月日项台套吨亩]|以上|以下|全区|全市|区域|省级|市级|国家")


# a list item: two to ten name characters, as few as will do
_ITEM = rf"[{HAN}A-Za-z0-9·]{{2,10}}?"


_LISTED_CHAR = rf"{chars_but(HAN + r'A-Za-z0-9·', '等')}"  # a name character of a listed item, the list's 等 left out


# a list mark or 等 after a name: it is a list's item
_LIST_MARK_AFTER = re.compile(r"[、，]|等")


# a page's byline before a person's name (责任编辑：, 记者 , 通讯员 …)
_BYLINE_BEFORE = re.compile(r"(?:责任编辑|编辑|审核|校对|记者|作者|通讯员|摄影|来源)\s*[：:]\s*$")


# what opens a kind of company rather than a name (首家, 上市, 子, 平台, 龙头 …; units.py's _KINDS_BY_OWNERSHIP end one)
_KIND_OF_COMPANY = re.compile(r"^(?:首家|第一家|唯一|多家|各类|与|和|同|及|跟|向|对|上市|(?:境内|境外|海外|A股|港股|美股)上市|子|分|总|母|平台|龙头|骨干|科技型|高新技术|规上|外资|民营|国有|新增|入驻|重点|企业|全资|控股|的|各|该|本)")  # (中关村境内上市公司: a kind)


# a ministry, a department, a government, a commission or an office, by its ending: no company
_GOVERNMENT_BODY = re.compile(r"(?:部|厅|政府|委员会|管委会|办公室)$")


# a scholar's title (由黄维院士领衔、福建师范大学等共建的…: a scholar who leads, no company)
_A_SCHOLAR = re.compile(r"院士|教授|研究员")


# a bureau, a customs house, a government, a commission or a court, by its ending: a public body
_PUBLIC_BODY = re.compile(r"(?:局|厅|海关|政府|委员会|管委会|法院|检察院)$")


# an officer's title, then the person's name, ending a list item (副市长兰燕, …保障局副局长王强)
_TITLED_PERSON = re.compile(rf"(?:{PERSON_TITLE.pattern})[\u4e00-\u9fff]{{2,3}}$")


# …在内的跨国巨头、BAT龙头、科研院所和独角兽企业: kinds of body, never the end of a name
_KINDS_OF_BODY = ("巨头", "龙头", "院所")
_KINDS_OF_FIRM = ("企业", "机构", *_KINDS_OF_BODY)  # 优秀凤凰企业、…、银行、创投机构: kinds, not names
