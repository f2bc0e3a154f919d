"""Patterns and words more than one module of the package reads, defined once so that they read
alike: an output grade, a sector's trailing 产业, the categories and item endings that name no sector,
the verbs that open a list of sectors to develop."""

from __future__ import annotations

import re

from zonegraph.mentions.base import NUMERAL


# a sector's or a cluster's output grade: 千亿级, 五百亿级, 500亿级, 2个百亿级
OUTPUT_GRADE = rf"[{NUMERAL}]*个?[千百万]?亿元?级"
# the output a sector is aimed at, graded or bare (千亿级, 百亿元级, 千亿): one pattern, anchored where it is used
_OUTPUT_AIM = rf"(?:{OUTPUT_GRADE}|[千百万]亿)"
_GRADE_AT_END = re.compile(rf"{_OUTPUT_AIM}$")  # …级, or 千亿 alone (打造轨道交通千亿产业集群)


_SECTOR_SUFFIX = re.compile(r"(?:产业|行业|(?<=制造|服务)业)$")  # 先进制造业 -> 先进制造
_CATEGORIES = frozenset({"战略性新兴", "战略新兴", "战新", "高新技术", "高技术", "示范", "创新型", "新兴"})


# what ends an item that is a task, an aspect or a system, not a sector (孵化培育体系, 社会事业,
# 科技成果转化促进, 创新资源集聚, 产业创新)
# (and kinds of intellectual property: 专利、商标、著作权、数据知识产权、集成电路等全部主要门类)
NOT_A_SECTOR_ITEM = re.compile(r"(?:体系|事业|促进|推广|集聚|建设|机制|环境|方面|能力|水平|空间|平台|配套|产品|人才|政策|资金|基础设施|整治|创新"
                               r"|专利|商标|著作权|版权|知识产权|民生|孵化|产业化|意识|素质|作风|理念|工作|路网|管网)$")
# (…文化创意和社会民生等领域: public works; 高新技术研发、孵化和产业化基地: stages of work; 增强团员意识、提高团干部
# 素质为两翼: what a league of youth works on)


_FACILITY_AT_END = re.compile(r"(?:工作站|中心|平台|基地|园|联盟|智库|研究院|实验室|载体)$")
_FIRM_KIND_AT_END = re.compile(r"(?<!电)商$|企业$")  # …制造商、运营商, 骨干企业: kinds of firm (跨境电商 is a sector)


# the verbs of developing sectors that open a list of them (重点发展电子信息、…, 主攻…)
_DEVELOPING = ("重点发展", "大力发展", "加快发展", "着力发展", "聚焦发展", "主攻", "主导产业为", "主导产业是")
