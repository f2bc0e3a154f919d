"""bench/robustness.py: its messy copies hold the passage's text, and it scores them beside the original."""

import json
import random
import subprocess
import sys
from pathlib import Path

from zonegraph.documents.cleaning import clean

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import robustness  # noqa: E402  (bench/ is no package)

PASSAGE = (ROOT / "bench" / "heldout" / "round12" / "corpus" / "yA1_tianjinbinhai.txt").read_text(encoding="utf-8")  # Simplified


def test_a_wrapped_passage_is_the_passage_cut_into_lines():
    wrapped = robustness.wrapped(PASSAGE, random.Random(1))
    assert wrapped.replace("\n", "") == PASSAGE.replace("\n", "")
    assert max(len(line) for line in wrapped.splitlines()) <= 38


def test_a_double_spaced_passage_is_the_wrapped_passage_with_a_blank_line_after_each_line():
    spaced = robustness.double_spaced(PASSAGE, random.Random(1))
    assert spaced == robustness.wrapped(PASSAGE, random.Random(1)).replace("\n", "\n\n")
    assert spaced.replace("\n", "") == PASSAGE.replace("\n", "")


def test_a_letter_spaced_passage_cleans_back_to_the_passage():
    spaced = robustness.letter_spaced("国家高新区10家企业(chǎn)与AI芯片，" * 3, random.Random(1))
    assert "国 家 高 新 区 10 家" in spaced and "(chǎn)" in spaced and "AI" in spaced
    assert clean(robustness.letter_spaced(PASSAGE, random.Random(1))) == clean(PASSAGE)


def test_repeated_paragraphs_are_copies_of_the_passages_own():
    repeated = robustness.repeated(PASSAGE, random.Random(1))
    assert set(repeated.split("\n")) == set(PASSAGE.split("\n")) and len(repeated) > len(PASSAGE)


def test_the_bench_scores_a_round_as_written_and_messy():
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "robustness.py"), "--round", "round12",
                             "--mode", "as written", "--mode", "wrap"], capture_output=True, text=True, check=True)
    rows = [line.rsplit(None, 2) for line in result.stdout.splitlines()[1:]]
    assert [row[0] for row in rows] == ["as written", "wrap"]
    assert all(0.3 < float(row[1]) <= 1 and 0.3 < float(row[2]) <= 1 for row in rows)


def test_two_passages_on_a_page_keep_both_golds_one_entity_each(tmp_path):
    round12 = ROOT / "bench" / "heldout" / "round12"
    copy = robustness.messy_round(round12, robustness.cut, tmp_path, 7, per_page=2)
    pages = sorted((copy / "corpus").glob("*.txt"))
    assert len(pages) == 9 and all("+" in page.stem for page in pages)  # round 12's 18 passages, two a page
    first, second = pages[0].stem.split("+")
    golds = [json.loads((round12 / "gold" / f"{name}.json").read_text(encoding="utf-8")) for name in (first, second)]
    merged = json.loads((copy / "gold" / f"{pages[0].stem}.json").read_text(encoding="utf-8"))
    names = {(e["type"], e["name"]) for gold in golds for e in gold["entities"]}
    assert len(merged["entities"]) == len(names) and merged["document"] == pages[0].name
    ids = {e["id"] for e in merged["entities"]}
    assert all(r["subject"] in ids and r["object"] in ids for r in merged["relations"])
    assert robustness.cut("一句。二句！三", random.Random(1)) == "一句。二句！"


def test_six_passages_to_a_page_run_in_file_order_and_a_last_one_alone_is_left_out(tmp_path):
    round16 = ROOT / "bench" / "heldout" / "round16"  # 13 passages: two pages of six, the thirteenth left out
    names = sorted(path.stem for path in (round16 / "corpus").glob("*.txt"))
    copy = robustness.messy_round(round16, robustness.cut, tmp_path, 7, per_page=robustness.PER_PAGE[robustness.ISSUE])
    pages = sorted((copy / "corpus").glob("*.txt"))
    assert [page.stem.split("+") for page in pages] == [names[0:6], names[6:12]]
    texts = [robustness.cut((round16 / "corpus" / f"{name}.txt").read_text(encoding="utf-8"), None) for name in names[:6]]
    assert pages[0].read_text(encoding="utf-8") == "\n\n".join(texts)
    merged = json.loads((copy / "gold" / f"{pages[0].stem}.json").read_text(encoding="utf-8"))
    assert len(merged["relations"]) >= max(
        len(json.loads((round16 / "gold" / f"{name}.json").read_text(encoding="utf-8"))["relations"]) for name in names[:6])


def test_a_newsletter_issue_runs_a_masthead_its_contents_and_each_item_under_its_title():
    gold = {"entities": [{"type": "Zone", "name": "潍坊高新技术产业开发区", "forms": ["潍坊高新区"]},
                         {"type": "Zone", "name": "青岛高新技术产业开发区", "forms": ["青岛高新区"]}]}
    first = "冲刺一流国家高新区建设\n来源：潍坊日报\n潍坊高新区与青岛高新区签约。"
    second = "无锡高新区:构建新兴产业策源地\n无锡高新区坚持创新。"
    second_gold = {"entities": [{"type": "Zone", "name": "无锡高新技术产业开发区", "forms": ["无锡高新区"]}]}
    assert robustness.headline("当前位置：首页 > 新闻\n2022年10月18日\n冲刺一流国家高新区建设\n正文。") == "冲刺一流国家高新区建设"
    assert robustness.item_zone(first, gold)[0] == "潍坊高新区"  # the zone it names first, its shortest form
    assert robustness.item_title(first, robustness.item_zone(first, gold)) == "潍坊高新区：冲刺一流国家高新区建设"
    assert robustness.item_title(second, robustness.item_zone(second, second_gold)) == "无锡高新区:构建新兴产业策源地"  # named
    page = robustness.issue([first, second], [gold, second_gold], 3)
    masthead, rest = page.split("\n\n【")
    assert masthead.startswith("火炬动态") and "2023年第3期" in masthead
    contents, title_line, item, second_item = rest.split("\n\n")
    assert contents.split("\n")[1:] == ["潍坊高新区：冲刺一流国家高新区建设", "无锡高新区:构建新兴产业策源地"]
    # each item closes with its zone's credit, as 火炬动态's do
    assert (title_line, item, second_item) == ("潍坊高新区：冲刺一流国家高新区建设", first + "\n(供稿:潍坊高新区)",
                                                second + "\n(供稿:无锡高新区)")
    assert robustness.item_zone("没有园区的一段。", second_gold) is None


def test_a_paged_passage_has_a_page_number_after_every_twentieth_line_and_loses_no_character():
    text = "。".join(f"第{n}句话写在这里" for n in range(200)) + "。"
    page = robustness.paged(text, random.Random(1))
    lines = page.split("\n")
    assert lines[20] == "— 2 —" and lines[41] == "— 3 —"
    assert "".join(line for line in lines if not line.startswith("—")) == text
    broken = robustness.page_breaks(text, random.Random(1)).split("\n")
    assert broken[20] == "" and broken.count("") == len(broken) // 21 and "".join(broken) == text


def test_half_width_punctuation_takes_every_mark_that_has_an_ascii_form():
    assert robustness.half_width("园区（一期）建成，产值增长1.5倍。下一步：做强！", None) == "园区(一期)建成,产值增长1.5倍.下一步:做强!"


def test_web_entities_and_corner_quotes_rewrite_the_marks_a_page_copies_that_way():
    assert robustness.web_entities("“声谷”研发&制造—基地\n下一行", None) == (
        "&ldquo;声谷&rdquo;研发&amp;制造&mdash;基地&nbsp;&nbsp;\n下一行")
    assert robustness.corner_quotes("“声谷”‘核’", None) == "「声谷」『核』"
    assert robustness.straight_quotes("“声谷”‘核’", None) == "\"声谷\"'核'"
    assert robustness.angle_titles("落实《意见》", None) == "落实<<意见>>"


def test_markdown_heads_short_lines_bolds_and_links():
    page = robustness.markdown("苏州高新区简介\n园区与南京大学共建研究院，推动苏州高新区创新发展。\n苏州高新区集聚了一批企业。", None)
    assert page.split("\n") == ["## 苏州高新区简介",  # (a link's text is what the pattern takes, a word before a name too)
                                 "**园[区与南京大学](http://www.example.cn/6.html)共**建研究院，推动苏州高新区创新发展。",
                                 "[苏州高新区](http://www.example.cn/5.html)集聚了一批企业。"]


def test_html_tags_wrap_paragraphs_and_a_name():
    assert robustness.html_tags("苏州高新区集聚了企业，产值增长。\n", None) == (
        '<p style="text-indent:2em"><span class="keyword">苏州高新区</span>集聚了企业，<br/>产值增长。</p>\n')


def test_a_saved_page_is_one_line_of_source_with_each_paragraph_in_its_own_element():
    page = robustness.saved_page("苏州高新区简介\n苏州高新区集聚了企业。\n", None)
    assert "\n" not in page and page.startswith("<!DOCTYPE html>") and "<script>" in page
    assert "<p>苏州高新区简介</p><p>苏州高新区集聚了企业。</p>" in page


def test_a_turned_page_sets_its_second_passage_above_its_first(tmp_path):
    round12 = ROOT / "bench" / "heldout" / "round12"
    page = sorted((robustness.messy_round(round12, robustness.cut, tmp_path / "a", 7, per_page=2) / "corpus").glob("*.txt"))[0]
    turned = sorted((robustness.messy_round(round12, robustness.cut, tmp_path / "b", 7, per_page=2, turned=True)
                     / "corpus").glob("*.txt"))[0]
    first, second = page.stem.split("+")
    assert turned.stem == f"{second}+{first}"
    one, two = (robustness.cut((round12 / "corpus" / f"{name}.txt").read_text(encoding="utf-8"), random.Random(1))
                for name in (first, second))
    assert page.read_text(encoding="utf-8") == f"{one}\n\n{two}" and turned.read_text(encoding="utf-8") == f"{two}\n\n{one}"

def test_interleaved_passages_alternate_their_halves_and_lose_no_paragraph():
    first, second = "甲一。\n甲二。\n甲三。\n甲四。", "乙一。\n乙二。"
    page = robustness.interleaved(first, second)
    assert page == "甲一。\n甲二。\n\n乙一。\n\n甲三。\n甲四。\n\n乙二。"
    assert robustness.halves("一段。") == ("一段。", "")
    assert robustness.interleaved("一段。", "二段。") == "一段。\n\n二段。"

def test_a_passage_in_traditional_characters_reads_back_as_the_passage():
    from zonegraph.documents.script import to_simplified

    text = robustness.traditional(PASSAGE, random.Random(1))
    assert text != PASSAGE and len(text) == len(PASSAGE)
    assert to_simplified(text) == (PASSAGE, True)  # a Simplified passage, read back character for character
