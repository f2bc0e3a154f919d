"""Figures and projects: the hard readings, on real sentences and the 江阴 plan's tables."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from zonegraph.documents.model import Sentence
from zonegraph.documents.reading import read_document
from zonegraph.entities import Registry
from zonegraph.namespaces import ID, ZG
from zonegraph.numbers import extract_numbers
from zonegraph.numbers.extract import ZoneAt, _date, _period
from zonegraph.numbers.indicators import figures_in, find_indicator
from zonegraph.numbers.quantities import read_cell, read_quantity
from zonegraph.relations import extract_document

from conftest import CORPUS


def sentence(text: str) -> Sentence:
    return Sentence(0, text, list(range(len(text))), 0)


def readings(text: str) -> set[tuple[str, str, Decimal, str]]:
    figures, _ = figures_in(sentence(text))
    return {(f.indicator.label, f.kind, f.quantity.value, f.quantity.unit) for f in figures}


def test_a_level_and_its_growth_in_one_clause():
    found = readings("2021年以来，苏州高新区1-9月预计地区生产总值1160亿元、增长10%，一般公共预算收入152.9亿元、增长11.6%")
    assert ("地区生产总值", "actual", Decimal("116000000000"), "CNY") in found
    assert ("地区生产总值", "growth", Decimal("10"), "percent") in found
    assert ("一般公共预算收入", "actual", Decimal("15290000000.0"), "CNY") in found


def test_us_dollars_stay_dollars():
    assert ("进出口总额", "actual", Decimal("30700000000"), "USD") in readings("进出口额307亿美元、增长16%")


def test_counts_people_in_ten_thousands_and_shares():
    assert ("高新技术企业数量", "actual", Decimal("972"), "enterprise") in readings("瞪羚企业268家，高新技术企业972家")
    assert ("人才总量", "actual", Decimal("278000.0"), "person") in readings("拥有人才总量27.8万人")
    assert ("全社会研发投入占地区生产总值比重", "actual", Decimal("4.27"), "percent") in readings("全社会研发投入占地区生产总值比重达4.27%")


def test_words_that_are_not_numbers_are_not_read_but_warned():
    figures, warnings = figures_in(sentence("主要经济指标均实现两位数以上增长，地区生产总值两位数增长"))
    assert figures == [] and warnings and "两位数" in warnings[0]


def test_another_indicators_unit_is_not_this_indicators_value():
    assert readings("单位地区生产总值能耗0.832吨标准煤") == set()


def test_a_change_gives_the_value_it_reached_and_the_one_it_started_from_apart():
    # 江阴's plan reviewing five years (a reviewer found 461亿元 given as 2021's GDP, the document's year):
    # the starting value's year is not in the sentence, so it is a "start" figure, which only the review's
    # period dates; the value reached is read as any yearless figure is, and 增长52% after it is the whole
    # change's, no yearly growth
    text = "地区生产总值从461亿元提升到701亿元、增长52%，一般公共预算收入从30.9亿元提升到39.53亿元、增长28%"
    assert readings(text) == {("地区生产总值", "actual", Decimal("70100000000"), "CNY"),
                              ("一般公共预算收入", "actual", Decimal("3953000000.00"), "CNY"),
                              ("地区生产总值", "start", Decimal("46100000000"), "CNY"),
                              ("一般公共预算收入", "start", Decimal("3090000000.0"), "CNY")}
    assert readings("全社会研发投入占GDP比重由2.7%增加至5.54%") == {
        ("全社会研发投入占地区生产总值比重", "actual", Decimal("5.54"), "percent"),
        ("全社会研发投入占地区生产总值比重", "start", Decimal("2.7"), "percent")}
    # a change with no value reached warns of the one it started from
    figures, warnings = figures_in(sentence("地区生产总值从461亿元开始"))
    assert figures == [] and [w.split(" of ")[0] for w in warnings] == ["no year for the starting value 461亿元"]
    assert readings("地区生产总值综合能耗由0.832吨标准煤/万元降低至0.5吨标准煤/万元") == set()  # another indicator's


def test_values_spread_with_fenbie_are_not_given_to_one_indicator():
    assert readings("瞪羚企业和独角兽企业榜单分别为88家、11家") == set()


def test_table_cells_cumulative_bounds_and_units():
    cell = read_cell("[8]", "家")
    assert (cell.value, cell.cumulative) == (Decimal("8"), True)
    assert read_cell("85以上", "%").bound == "atLeast"
    assert read_cell("39.53", "万元").value == Decimal("395300.00")
    assert read_cell("——", "%") is None and read_quantity("两", "亿元") is None


def test_periods_and_dates():
    assert _period("2021年以来，1-9月预计", 2021) == "2021-01/2021-09"
    assert _period("2020年，", 2021) == "2020"
    assert _date("2019.8") == "2019-08" and _date("2021.7.31") == "2021-07-31" and _date("——") == ""


@pytest.fixture(scope="module")
def jiangyin():
    document = read_document(CORPUS / "004_d96b8b8918e78588.txt", {"title": "江阴高新区国民经济和社会发展第十四个五年规划", "date": "2021-08-31"})
    registry, zones = Registry(), []
    extract_document(document, registry, zones)
    return extract_numbers(document, registry, ZoneAt(zones, None))


def test_every_row_of_both_indicator_tables_is_read(jiangyin):
    table = [o for o in jiangyin.observations if o.rule == "indicator-table"]
    assert len(table) == 24 * 2 + 24 * 5  # one row of each table left out: its unit is misprinted (below)
    assert {o.zone for o in table} == {"江阴高新技术产业开发区"}
    gdp = {(o.period, o.kind, o.quantity.value) for o in table if o.indicator.endswith("/gdp")}
    assert ("2020", "actual", Decimal("70100000000")) in gdp and ("2025", "target", Decimal("100000000000")) in gdp
    listed = [o for o in table if o.indicator.endswith("/listed-companies") and o.period == "2025"]
    assert all(o.quantity.cumulative and o.quantity.value == 15 for o in listed)


def test_a_table_row_whose_unit_the_text_contradicts_is_left_out_and_warned(jiangyin):
    # the plan's tables give 一般公共预算收入 as 39.53 and 50.5 万元, its text 39.53亿元: the row's unit is
    # misprinted, and its figures (39.53万元, 395,300 CNY) would be ten thousand times too small
    budget = [o for o in jiangyin.observations if o.indicator.endswith("/public-budget-revenue") and o.kind != "growth"]
    assert budget and all(o.rule.startswith("indicator-text") and o.quantity.original_unit == "亿元" for o in budget)
    assert sum("public-budget-revenue" in w and "misprinted" in w and "left out" in w for w in jiangyin.warnings) == 2


def test_a_plans_review_of_its_period_is_of_its_base_year(jiangyin):
    # 规划以2020年为基准年 … 地区生产总值从461亿元提升到701亿元: 701亿元 is 2020's, not the plan's own year's (2021)
    text = {(o.indicator.rsplit("/", 1)[1], o.period, o.kind, o.quantity.original) for o in jiangyin.observations
            if o.rule == "indicator-text"}
    assert ("gdp", "2020", "actual", "701亿元") in text and ("gdp", "2021", "actual", "701亿元") not in text
    assert ("high-tech-enterprises", "2020", "actual", "143家") in text


def test_a_review_of_a_plans_period_dates_the_values_its_changes_started_from(jiangyin, tmp_path):
    # 江阴's 十四五 plan: “十三五”期间 … 地区生产总值从461亿元提升到701亿元: 701亿元 is 2020's, 461亿元 2015's, the year
    # before the 13th plan's first; six such figures were warned of as yearless and left
    start = {(o.indicator.rsplit("/", 1)[1], o.period, o.kind, o.quantity.original) for o in jiangyin.observations
             if o.rule == "indicator-text-start"}
    assert start == {("gdp", "2015", "actual", "461亿元"), ("public-budget-revenue", "2015", "actual", "30.9亿元"),
                     ("trade", "2015", "actual", "55亿美元"), ("rd-intensity", "2015", "actual", "2.7%"),
                     ("high-tech-output-share", "2015", "actual", "55.6%"), ("disposable-income", "2015", "actual", "5.17万元")}
    assert not any("starting value" in w for w in jiangyin.warnings)

    def started(text: str, date: str) -> tuple[set, list]:
        path = tmp_path / "page.txt"
        path.write_text(text, encoding="utf-8")
        document = read_document(path, {"date": date})
        registry, zones = Registry(), []
        extract_document(document, registry, zones)
        found = extract_numbers(document, registry, ZoneAt(zones, None))
        return ({(o.period, o.quantity.original) for o in found.observations if o.rule == "indicator-text-start"},
                [w for w in found.warnings if "starting value" in w])

    review = "“十三五”期间，江阴高新区攻坚克难。\n\n江阴高新区地区生产总值从461亿元提升到701亿元。"
    # a news page of 2021 gives its yearless figures the page's year, which is no end of the 13th plan's: left, told
    assert started(review, "2021")[0] == set() and started(review, "2021")[1]
    assert started(review.replace("江阴高新区地区", "2020年，江阴高新区地区"), "2021")[0] == {("2015", "461亿元")}
    # 五年来 dates a change only in a plan that declares its base year; a news page's five years may end any year
    years = "五年来，江阴高新区攻坚克难，地区生产总值从461亿元提升到701亿元。"
    assert started(years, "2021")[0] == set()
    assert started("规划以2020年为基准年。\n\n" + years, "2021")[0] == {("2015", "461亿元")}
    # (a plan published in its base year declares one all the same: a reviewer, session 70)
    assert started("规划以2020年为基准年。\n\n" + years, "2020")[0] == {("2015", "461亿元")}
    # a review is over at the next chapter
    assert started("规划以2020年为基准年。五年来，江阴高新区攻坚克难。\n\n第二章 发展环境\n\n" + years[5:], "2021")[0] == set()


def test_a_sectors_figure_and_candidates_are_not_the_zones():
    # corpus 003 (南昌), 000 (源城, 长春净月, 苏州): a sector's revenue, incubated firms' revenue, unicorn candidates and
    # one count of two kinds are no figure of the zone's
    assert readings("电子信息产业营业收入834.35亿元，航空制造业营业收入达105.4亿元") == set()
    assert readings("机械制造业规模以上工业总产值达56亿元，同比增长49.9%") == set()
    assert readings("在孵企业实现营业收入10.2亿元") == set()
    assert readings("累计上市企业22家，独角兽培育企业25家，瞪羚企业268家") == {
        ("上市企业数量", "actual", Decimal("22"), "enterprise"), ("瞪羚企业数量", "actual", Decimal("268"), "enterprise")}
    assert readings("全区培育潜在独角兽企业和瞪羚企业17家") == set()
    # the zone's own firms' figures still are
    assert ("营业收入", "actual", Decimal("50000000000"), "CNY") in readings("规上工业企业营业收入500亿元")


def test_all_52_projects_with_their_values(jiangyin):
    projects = {p.number: p for p in jiangyin.projects}
    assert {str(n) for n in range(1, 53)} <= set(projects) and projects["1-2"].part_of == "1"
    assert projects["13"].investment.unit == "USD" and projects["13"].investment.value == Decimal("30000000")
    assert projects["1"].investment.value == Decimal("7800000000") and projects["1"].land_mu.value == 324
    assert projects["32"].start == "2021-07-31" and projects["35"].land_mu is None
    assert len(projects["4"].investors) == 3
    assert projects["44"].investors == ["矽统科技股份有限公司"]
    assert {p.category for p in projects.values()} == {"新建", "续建"}


def test_indicator_chart_page_is_offline_svg_with_every_observation(corpus_build):
    from zonegraph.pictures.chart import chart_page, indicator_points

    result, _ = corpus_build
    label, points = indicator_points(result.dataset, "GDP")
    assert label == "地区生产总值" and {"江阴高新技术产业开发区", "苏州高新技术产业开发区"} <= {p.zone for p in points}
    page = chart_page(label, points)
    body = page.split("<body>")[1].replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "<svg" in page and "src=" not in body and "href=" not in body and "://" not in body
    assert page.count("<tr>") == len(points) + 1
    # every value names its document and the sentence or table row it was read from (a reviewer found none)
    assert all(p.sources and all(d.endswith(".txt") and q for d, q in p.sources) for p in points)
    # one bar per observation, its places together (a new user's review, session 70: a bar per place, 13 bars of 10
    # observations, 江阴's 2020 GDP twice)
    observations = {str(o) for o in result.dataset.subjects(ZG.indicator, ID["indicator/gdp"])}
    assert len(points) == len(observations) == page.count("<rect")
    assert any(len(p.sources) > 1 for p in points)
    assert "003_326984d80e6a9218.txt" in page and "南昌高新区实现地区生产总值（GDP）644.24亿元" in page
    ticks = re.findall(r'text-anchor="end">([\d,.]+)</text>', page)
    assert ticks[:4] == ["0", "1,000", "2,000", "3,000"]  # round steps, just above the highest bar (无锡 2021, 2,271)


def test_chart_ticks_are_round_steps():
    from zonegraph.pictures.chart import _round_step

    assert [_round_step(x) for x in (296.3, 2.5, 0.07, 1000, 101)] == [500, 5, 0.1, 1000, 200]


def test_unknown_indicator_names_the_known_ones(corpus_build):
    from zonegraph.errors import ZonegraphError
    from zonegraph.pictures.chart import indicator_points

    result, _ = corpus_build
    with pytest.raises(ZonegraphError, match="unknown indicator 「房价」"):
        indicator_points(result.dataset, "房价")


def test_a_zone_page_lists_its_figures_and_projects(corpus_build):
    from zonegraph.serve.entities import entity_view
    from zonegraph.serve.tasks import entity_data

    result, _ = corpus_build
    view = entity_view(entity_data(result.dataset, "https://w3id.org/zonegraph/id/zone/jiangyin"))
    assert len(view.projects) == 53 and any(i["indicator"] == "地区生产总值" for i in view.indicators)
    assert not any(r.predicate.endswith("refZone") for r in view.relations)


def test_counts_of_a_zones_firms_and_its_contracted_investment():
    # a careful reader of corpus documents 000, 001 and 004 (session 69): figures the indicator scheme had no name
    # for, and 户 as a count of firms
    assert ("企业总数", "actual", Decimal("1532"), "enterprise") in readings("如今，黄冈高新区已集聚企业1532家，正积极建立上市企业后备库")
    assert ("规上工业企业数量", "actual", Decimal("188"), "enterprise") in readings("企业总数达到5708家，规上工业企业达到188家")
    assert ("协议投资额", "actual", Decimal("9276000000"), "CNY") in readings("落地格罗夫氢能等一批高科技项目，协议投资额达92.76亿元")
    assert ("高新技术企业数量", "actual", Decimal("299"), "enterprise") in readings("截至2021年10月高新技术企业达到299户")


def test_a_change_that_has_happened_is_no_target_and_a_year_compared_with_is_not_the_figures():
    # 攀枝花 (corpus 000): 规划总面积…增长到2021年的68平方公里，集聚各类企业601家 is what the zone has;
    # 绍兴 (corpus 001): 2021年,…是2012年的4.35倍,…;集聚规模以上工业企业592家 is 2021's, not 2012's
    assert ("企业总数", "actual", Decimal("601"), "enterprise") in readings(
        "规划总面积由2001年的3.16平方公里增长到2021年的68平方公里，集聚各类企业601家")
    assert _period("2021年,绍兴高新区实现地区生产总值1185.26亿元,是2012年的4.35倍,年均增幅达到17%以上;集聚", 2022) == "2021"
    assert _period("力争到2025年，", 2021) == "2025"


def test_a_change_that_dates_both_its_ends_gives_both_figures():
    # a researcher's review (session 70): 无锡's 地区生产总值从2012年的1195亿元增长到2021年的2271亿元, its largest figure,
    # and the R&D and 高企 figures of its sentence were not read at all (a year stood where a value was looked for)
    text = ("十年来，无锡高新区牢牢把握“高”“新”定位，地区生产总值从2012年的1195亿元增长到2021年的2271亿元；R&D经费支出从"
            "2012年的48.9亿元增长到2021年的109亿元；国家高新技术企业从2012年的245家增长到2021年的1042家")
    figures, _ = figures_in(sentence(text))
    dated = {(f.indicator.label, _period(text[: f.start], 2022), f.kind, f.quantity.original) for f in figures}
    assert dated == {("地区生产总值", "2012", "actual", "1195亿元"), ("地区生产总值", "2021", "actual", "2271亿元"),
                     ("全社会研发经费支出", "2012", "actual", "48.9亿元"), ("全社会研发经费支出", "2021", "actual", "109亿元"),
                     ("高新技术企业数量", "2012", "actual", "245家"), ("高新技术企业数量", "2021", "actual", "1042家")}
    # a plan's goal reached at a later year is a target
    assert readings("力争地区生产总值从2020年的701亿元提高到2025年的1000亿元") == {
        ("地区生产总值", "actual", Decimal("70100000000"), "CNY"), ("地区生产总值", "target", Decimal("100000000000"), "CNY")}


def test_a_count_of_hospitals_or_schools_is_in_organisations(jiangyin):
    # a researcher's review (session 70): 江阴's 医院数量 [3]家 was given in "enterprise", 家's unit for firms
    units = {o.quantity.unit for o in jiangyin.observations if o.indicator.endswith(("/hospitals", "/schools"))}
    assert units == {"organisation"}
    hospitals = find_indicator("医院数量")
    assert hospitals.measured(read_cell("[3]", "家")).unit == "organisation"
    assert hospitals.measured(read_quantity("3", "亿元")) is None  # no count: another indicator's figure
    assert find_indicator("高新技术企业数量").measured(read_cell("143", "家")).unit == "enterprise"
