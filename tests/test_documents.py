"""Reading and cleaning: encodings, bad files, wrapped lines, spaced characters, offsets."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from zonegraph.documents.cleaning import clean, clean_span
from zonegraph.documents.decoding import decode_bytes
from zonegraph.documents.layout import paragraph_spans, sentences, without_page_furniture
from zonegraph.documents.reading import read_corpus, read_document
from zonegraph.errors import ZonegraphError

from conftest import CORPUS


def test_utf8_with_and_without_bom_and_gb18030_decode_to_the_same_text():
    text = "苏州高新区与南京大学签订战略合作协议。"
    assert decode_bytes(text.encode("utf-8"), "a.txt") == (text, "utf-8")
    assert decode_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"), "a.txt") == (text, "utf-8-sig")
    assert decode_bytes(text.encode("gb18030"), "a.txt") == (text, "gb18030")


def test_a_big5_page_is_read_as_big5_though_its_bytes_read_as_gb18030_too_and_a_gbk_one_as_gb18030(tmp_path):
    # Big5's byte pairs are nearly all valid GB18030: read so, 蘇州高新區 is 默蔼穝跋, rare characters the finders
    # would pass over; the reading whose characters are everyday ones is the file's
    traditional = "蘇州高新區與南京大學簽署合作協議，共建先進材料研究院。園區集聚了一批龍頭企業，重點發展生物醫藥產業。"
    assert decode_bytes(traditional.encode("big5"), "a.txt") == (traditional, "big5")
    simplified = "苏州高新区与南京大学签署合作协议，共建先进材料研究院。园区集聚了一批龙头企业，重点发展生物医药产业。"
    assert decode_bytes(simplified.encode("gbk"), "a.txt") == (simplified, "gb18030")
    assert decode_bytes(traditional.encode("gb18030"), "a.txt") == (traditional, "gb18030")  # (Traditional in GB18030)
    (tmp_path / "hk.txt").write_bytes(traditional.encode("big5"))
    document = read_document(tmp_path / "hk.txt")
    assert document.encoding == "big5" and document.traditional and document.raw.startswith("苏州高新区与南京大学")


@pytest.mark.parametrize(
    "data, problem",
    [(b"", "empty file"), (b"  \n\n ", "empty file"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary")],
)
def test_bad_bytes_raise_an_error_naming_the_file(data, problem):
    with pytest.raises(ZonegraphError) as caught:
        decode_bytes(data, "bad/file.txt")
    assert "bad/file.txt" in str(caught.value) and problem in str(caught.value)


def test_spaced_characters_and_hard_breaks_inside_words_are_joined():
    raw = "评选出小牛科技、谊\n安 奥 美 、振 创 电 子 等 13 家 瞪 羚\n企业。并与中科\n院长春分院商讨"
    assert clean(raw) == "评选出小牛科技、谊安奥美、振创电子等13家瞪羚企业。并与中科院长春分院商讨"


def test_punctuation_and_width_are_unified_but_numbers_keep_their_separators():
    assert clean("培训(7号文),１,０００人:10:30 Micro LED") == "培训（7号文），1,000人：10:30 Micro LED"


def test_cleaning_any_raw_span_gives_the_cleaned_text_of_that_span():
    """The property evidence offsets rely on, over random sentence-aligned spans of the corpus."""
    raw = (CORPUS / "000_6912994e3ec1d0e4.txt").read_text(encoding="utf-8")
    cut = sentences(raw)
    rng = random.Random(7)
    for _ in range(200):
        a, b = sorted(rng.sample(range(len(cut)), 2))
        first, last = cut[a], cut[b]
        if first.paragraph != last.paragraph:
            continue
        text, origin = clean_span(raw, first.raw_start, last.raw_end)
        assert clean(raw[first.raw_start : last.raw_end]) == text
    for sentence in cut:
        assert clean(raw[sentence.raw_start : sentence.raw_end]) == sentence.text


def test_wrapped_lines_join_and_sentence_ends_and_markers_break():
    raw = "苏州高新区聚焦资源集聚，围绕区域主导\n\n产业布局，积极探索。\n\n► 本报记者 李洋\n\n潍坊高新区认真贯彻落实。"
    texts = [s.text for s in sentences(raw)]
    assert texts == ["苏州高新区聚焦资源集聚，围绕区域主导产业布局，积极探索。", "►本报记者李洋", "潍坊高新区认真贯彻落实。"]
    assert len(paragraph_spans(raw)) == 3


def test_repeated_paragraphs_are_marked_duplicate_so_facts_count_once():
    paragraph = "兰州高新区将生物医药业作为首位产业，园区企业佛慈制药持续扩大产能。"
    raw = "\n".join([paragraph, "其他内容在这里出现一次而已。", paragraph, paragraph])
    cut = sentences(raw)
    assert [s.duplicate for s in cut] == [False, False, True, True]


def test_corpus_with_a_binary_and_an_empty_file_builds_the_rest(tmp_path):
    (tmp_path / "good.txt").write_text("苏州高新区与南京大学签订战略合作协议。", encoding="utf-8")
    (tmp_path / "gbk.txt").write_bytes("潍坊高新区企业潍柴动力牵头建设研究中心。".encode("gb18030"))
    (tmp_path / "image.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "empty.txt").write_bytes(b"")
    documents, errors = read_corpus(tmp_path)
    assert sorted(d.file_name for d in documents) == ["gbk.txt", "good.txt"]
    assert sorted(e.path.rsplit("/", 1)[-1] for e in errors) == ["empty.txt", "image.txt"]


def test_a_folder_inside_a_corpus_is_named_not_read(tmp_path):
    (tmp_path / "good.txt").write_text("苏州高新区与南京大学签订战略合作协议。", encoding="utf-8")
    (tmp_path / "2023").mkdir()
    (tmp_path / "2023" / "issue.txt").write_text("潍坊高新区企业潍柴动力牵头建设研究中心。", encoding="utf-8")
    (tmp_path / ".git").mkdir()  # hidden: no folder of documents
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main", encoding="utf-8")
    (tmp_path / "empty").mkdir()  # nothing in it to lose
    (tmp_path / "build").mkdir()  # zonegraph's own output (`zonegraph build --corpus .`), no documents
    (tmp_path / "build" / ".zonegraph.lock").touch()
    (tmp_path / "build" / "graph.trig").write_text("@prefix zg: <https://w3id.org/zonegraph/ontology#> .", encoding="utf-8")
    documents, errors = read_corpus(tmp_path)
    assert [d.file_name for d in documents] == ["good.txt"]
    assert [(Path(e.path).name, e.problem.split(":")[0]) for e in errors] == [("2023", "a folder")]
    assert "zonegraph ingest" in errors[0].problem



def test_a_link_to_a_file_that_is_gone_is_named_not_passed_over(tmp_path):
    """A document linked into the corpus and moved since was skipped without a word (it is neither a file nor a
    folder)."""
    (tmp_path / "good.txt").write_text("苏州高新区与南京大学签订战略合作协议。", encoding="utf-8")
    (tmp_path / "moved.txt").symlink_to(tmp_path / "elsewhere" / "moved.txt")
    (tmp_path / "linked.txt").symlink_to(tmp_path / "good.txt")  # a link to a file is a document
    documents, errors = read_corpus(tmp_path)
    assert [d.file_name for d in documents] == ["good.txt", "linked.txt"]
    assert [(Path(e.path).name, e.problem.split(" (")[0]) for e in errors] == [("moved.txt", "a link to a file that is not there")]

def test_metadata_comes_from_documents_csv():
    document = read_document(CORPUS / "004_d96b8b8918e78588.txt", {"title": "江阴规划", "kind": "plan", "date": "2021-08-31"})
    assert (document.title, document.kind, document.date) == ("江阴规划", "plan", "2021-08-31")
    assert len(document.content_hash) == 64


def test_a_title_line_before_a_blank_line_is_its_own_paragraph():
    raw = "江阴高新区国民经济和社会发展第十四个五年规划纲要\n\n江阴高新区大力推进锂离子动力电池、储能用锂离子电池生产等重大项目建设。"
    assert [s.text for s in sentences(raw)] == [
        "江阴高新区国民经济和社会发展第十四个五年规划纲要", "江阴高新区大力推进锂离子动力电池、储能用锂离子电池生产等重大项目建设。"]


def test_a_web_pages_breadcrumb_line_is_its_own_paragraph():
    # round 113 (长城网): the breadcrumb ran into the headline, 专题库保定·中关村创新中心 read as one institute
    raw = "您当前的位置 : 长城网 >> 专题库\n\n保定·中关村创新中心成立五周年走访见闻\n\n2020-04-29 11:14:51 作者:赵鸿宇 盖博铭 来源:新华网\n"
    first, second = [s.text for s in sentences(raw)][:2]
    assert first == "您当前的位置：长城网>>专题库" and second.startswith("保定·中关村创新中心")


def test_a_traditional_chinese_document_is_read_in_simplified_characters_offset_for_offset(tmp_path):
    from zonegraph.documents.reading import read_document
    from zonegraph.mentions import find_mentions

    source = "蘇州高新區與南京大學共建研究院，重點發展新一代資訊技術、醫療器械和生物醫藥產業。"
    path = tmp_path / "trad.txt"
    path.write_text(source, encoding="utf-8")
    document = read_document(path)
    assert document.traditional and document.raw.startswith("苏州高新区与南京大学")
    sentence = document.sentences[0]
    start, end = sentence.raw_span(0, len(sentence.text))
    assert len(source[start:end]) == len(sentence.text)  # evidence offsets still index the file
    names = {m.name for m in find_mentions(sentence.text)}
    assert {"苏州高新技术产业开发区", "南京大学", "医疗器械", "生物医药"} <= names  # (no count: two sectors)
    simplified = tmp_path / "simp.txt"
    simplified.write_text("苏州高新区与南京大学共建研究院。", encoding="utf-8")
    assert not read_document(simplified).traditional


def test_a_simplified_page_reads_its_traditional_item_in_simplified_and_keeps_its_own_lines(tmp_path):
    # round 13's 安阳 and 延吉 passages on one page: the page is Simplified, 延吉's item Traditional (延吉高新區), and read
    # as the page's script its zone, firms and sectors were not found; a Simplified line keeps even the variants t2s
    # would change (泓昇, as 江阴's plan writes a road's and a group's name)
    from zonegraph.documents.reading import read_document
    from zonegraph.mentions import find_mentions

    own = "安阳高新区是国家级高新技术产业开发区，法尔胜泓昇集团等企业众多，重点发展新一代信息技术和装备制造产业。"
    more = "安阳高新区围绕主导产业招商引资，新签约项目二十个，总投资超过一百亿元，带动就业五千余人。"
    item = "延吉高新區細胞產業園基礎設施不斷完善，卡森(吉林)細胞資源庫管理有限公司等企業相繼落戶。"
    text = "\n".join([own, *[more] * 8, item]) + "\n"
    path = tmp_path / "mixed.txt"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    lines = document.raw.split("\n")
    assert lines[0] == own and lines[1] == more and lines[9].startswith("延吉高新区细胞产业园")
    assert len(document.raw) == len(text) and document.traditional
    names = {m.name for s in document.sentences for m in find_mentions(s.text)}
    assert "延吉高新技术产业开发区" in names


def test_a_wrapped_first_line_of_a_double_spaced_page_runs_on_into_the_next(tmp_path):
    # round 16's 宁波 批复 double-spaced as a PDF's text layer (bench/robustness.py 'double-spaced'): its title wraps,
    # and the first line, alone before a blank line and without a comma, was read as a title of its own, so the
    # policy's title was cut in two
    from zonegraph.documents.reading import read_document

    path = tmp_path / "doc.txt"
    path.write_text("国务院关于同意宁波省级高新\n\n技术产业开发区升级为国家高\n\n新技术产业开发区的批复\n\n国函〔2007〕2号\n\n"
                    "浙江省人民政府：\n\n你省《关于要求宁波省级高新\n\n技术产业开发区升级为国家高\n\n新技术产业开发区的请示》收\n\n"
                    "悉。现批复如下：\n\n", encoding="utf-8")
    first = read_document(path).sentences[0].text
    assert first.startswith("国务院关于同意宁波省级高新技术产业开发区升级为国家高新技术产业开发区的批复")


def test_a_table_of_contents_keeps_its_lines_and_an_items_title_under_it_is_read_again():
    # 火炬动态's contents: lines opening with a zone's name are items, not one sentence wrapped; each item's title,
    # printed again over the item, is read there too (a long sentence repeated is still read once)
    raw = ("【聚焦二十大】 国家高新区干部群众热议党的二十大报告\n天津滨海高新区广大党员收听收看党的二十大开幕会\n"
           "重庆高新区组织集中收看党的二十大开幕会\n\n【火炬在行动】\n\n重庆高新区组织集中收看党的二十大开幕会\n\n"
           "重庆高新区组织党员干部集中收看党的二十大开幕会，大家一致表示深受鼓舞。\n\n"
           "重庆高新区组织党员干部集中收看党的二十大开幕会，大家一致表示深受鼓舞。\n")
    found = sentences(raw)
    assert [s.text for s in found[:3]] == ["【聚焦二十大】国家高新区干部群众热议党的二十大报告",
                                           "天津滨海高新区广大党员收听收看党的二十大开幕会", "重庆高新区组织集中收看党的二十大开幕会"]
    assert [s.duplicate for s in found[3:]] == [False, False, False, True]
    # a sentence wrapped so that two of its lines open with a zone's name still runs on where the line ends in a comma
    wrapped = sentences("苏州高新区与无锡高新区、\n常州高新区签约。")
    assert [s.text for s in wrapped] == ["苏州高新区与无锡高新区、常州高新区签约。"]


def test_a_blank_line_ends_a_paragraph_on_a_page_that_leaves_none_after_most_lines():
    # a web page's item: its title, a blank line, its lines; the title is as wide as the lines around it
    page = "德州高新区：大学工研院建设提速\n\n“我们建设的大学工研院，内设三大研究院。\n年底主体建筑可投入使用。”\n谈到合作，他充满了激情。\n(供稿:德州高新区)\n"
    assert [s.text for s in sentences(page)][:2] == ["德州高新区：大学工研院建设提速", "“我们建设的大学工研院，内设三大研究院。"]
    # a PDF's text layer, a blank line after every line: a blank line tells nothing, wrapped lines run on
    pdf = "国家高新区高质量发展\n\n在行动的一年里，园区\n\n持续加速产业集聚。\n"
    assert [s.text for s in sentences(pdf)][1:] == ["在行动的一年里，园区持续加速产业集聚。"]
    # nor a line that ends in a comma, a page break inside its sentence
    assert len(sentences("园区持续加速产业集聚，\n\n释放创新动能。\n第二段。\n第三段。\n第四段。\n")) == 4
    # nor a line of a column's wrapped lines, as wide as the lines around it: a page break falls there too
    column = "园区坚持创新驱动发展战略，集聚了一批\n大院大所和高水平研发机构，重点发展集\n\n成电路、生物医药和新材料等主导产业。\n第二段。\n"
    assert [s.text for s in sentences(column)][0].endswith("重点发展集成电路、生物医药和新材料等主导产业。")


def test_a_pdfs_page_numbers_and_running_heads_are_not_read_and_the_text_around_them_is_one():
    raw = ("江阴高新区坚持创新驱动，集聚了中国科学院、清华大学等一批大院大所的研发机构，重点发展集成电\n"
           "— 2 —\n江阴高新区十四五规划\n"
           "路、生物医药和新材料产业。区内企业持续加大研发投入，新建了一批省级以上研发平台和新型研\n"
           "- 3 -\n江阴高新区十四五规划\n"
           "发机构。\n第4页\n全区上下齐心协力。\n")
    found = sentences(raw)
    assert [s.text for s in found] == [
        "江阴高新区坚持创新驱动，集聚了中国科学院、清华大学等一批大院大所的研发机构，重点发展集成电路、生物医药和新材料产业。",
        "区内企业持续加大研发投入，新建了一批省级以上研发平台和新型研发机构。", "全区上下齐心协力。"]
    assert raw[found[0].raw_start : found[0].raw_end].startswith("江阴高新区")  # offsets into the page as it is
    assert without_page_furniture(raw).count("\n") == raw.count("\n") - 5 and len(without_page_furniture(raw)) == len(raw)
    # a heading once beside one page number is the page's own, a number in a sentence or table no page's
    assert [s.text for s in sentences("一段话。\n— 2 —\n第二章 产业发展\n表1\t2020年\t12\n")] == ["一段话。", "第二章产业发展", "表1 2020年 12"]


def test_one_hard_break_mid_clause_among_single_line_paragraphs_is_a_wrap():
    # a reviewer's .txt: paragraphs of one long line each, parted by blank lines, and one paragraph broken once
    # inside a name; the short line was taken for a paragraph of its own and the partnership lost
    long = "苏州高新区今年以来持续推进科技创新工作，全区高新技术企业数量稳步增长，研发投入持续加大，创新生态不断优化。\n\n"
    raw = "标题\n\n" + long * 4 + "2023年，苏州高新区与南京大学共建南大苏州创新\n研究院，双方围绕新一代信息技术开展合作。\n"
    assert sentences(raw)[-1].text == "2023年，苏州高新区与南京大学共建南大苏州创新研究院，双方围绕新一代信息技术开展合作。"
    # a heading there (no mark inside a clause) still stands alone
    raw = "标题\n\n" + long * 4 + "第三章 产业发展\n苏州高新区集聚了一批企业。\n"
    assert [s.text for s in sentences(raw)][-2:] == ["第三章产业发展", "苏州高新区集聚了一批企业。"]


def test_a_browsers_printed_page_head_and_foot_are_not_read():
    # a web page printed to PDF by a browser: the date and time at each page's head, its address and 3/16 at its
    # foot; they went into quotes, and a page break inside 人工智能 made an industry of 16能 (a reviewer's finding)
    raw = ("杭州高新区聚焦数字经济，大力发展人工\n12/7/26, 7:45 PM\nfile:///tmp/d_in/g_002.html 1/16\n"
           "智能和集成电路产业。\n12/7/26, 7:45 PM 推动高质量发展\nfile:///tmp/d_in/g_002.html 2/16\n区内企业持续创新。\n")
    assert [s.text for s in sentences(raw)] == ["杭州高新区聚焦数字经济，大力发展人工智能和集成电路产业。", "区内企业持续创新。"]
    assert [s.text for s in sentences("今年产值达到3/4。\n全区齐心协力。\n")] == ["今年产值达到3/4。", "全区齐心协力。"]


def test_an_ascii_full_stop_after_a_chinese_word_ends_a_sentence_and_a_decimal_point_does_not():
    raw = "1.经济发展:产值增长1.5倍,达到461.8亿元.园区引进了U.S.公司(见www.gov.cn).“这里是创新的地方”.下一步...\n新的一段."
    found = sentences(raw)
    assert [s.text for s in found] == ["1.经济发展：产值增长1.5倍，达到461.8亿元。", "园区引进了U.S.公司（见www.gov.cn）。",
                                       "“这里是创新的地方”。", "下一步...新的一段。"]
    assert clean("园区发展迅速.") == "园区发展迅速。" and clean("v1.0版") == "v1.0版"


def read_page(tmp_path, raw: str):
    """``raw`` written to a file and read as a document."""
    path = tmp_path / "page.txt"
    path.write_text(raw, encoding="utf-8")
    return read_document(path)


def test_html_character_references_read_as_their_characters_offset_for_offset(tmp_path):
    from zonegraph.documents.markup import unescape_entities

    raw = "&ldquo;中国声谷&rdquo;集聚了科大讯飞等企业。&nbsp;&nbsp;\n研发&amp;制造基地落户合肥高新区&#12290;R&amp;D中心&foo;。"
    assert len(unescape_entities(raw)) == len(raw) and unescape_entities("无实体") == "无实体"
    document = read_page(tmp_path, raw)
    assert [s.text for s in document.sentences] == ["“中国声谷”集聚了科大讯飞等企业。", "研发&制造基地落户合肥高新区。", "R&D中心&foo；。"]
    first = document.sentences[0]
    assert document.raw[first.raw_start : first.raw_end].endswith("企业。")


def test_straight_quotes_on_chinese_lines_read_as_curly_ones_in_turn(tmp_path):
    from zonegraph.documents.markup import curl_straight_quotes

    raw = '合肥高新区打造"中国声谷"和"量子中心",\n被誉为"创新\n高地"。\n<div id="x">\n'
    curled = curl_straight_quotes(raw)
    assert len(curled) == len(raw) and curled.count('"') == 2  # the markup line keeps its quotes
    assert curled.startswith('合肥高新区打造“中国声谷”和“量子中心”,\n被誉为“创新\n高地”。')


def test_markdowns_marks_are_not_read_and_a_links_text_is(tmp_path):
    from zonegraph.documents.markup import strip_markdown

    raw = ("## 苏州高新区简介\n> **苏州高新区**集聚了[华为技术有限公司](https://www.huawei.com/cn/)等企业。"
           "![图片](http://img.example.cn/a.jpg)\n产值**增长**了__三成__，5*6=30。")
    stripped = strip_markdown(raw)
    assert len(stripped) == len(raw) and strip_markdown("无标记") == "无标记"
    assert [s.text for s in read_page(tmp_path, raw).sentences] == [
        "苏州高新区简介", "苏州高新区集聚了华为技术有限公司等企业。", "产值增长了三成，5*6=30。"]


def test_html_tags_left_in_a_page_are_not_read_and_what_they_enclose_is(tmp_path):
    from zonegraph.documents.markup import strip_tags

    raw = ('<p style="text-indent:2em"><span class="kw">苏州高新区</span>集聚了<b>华为</b>等企业，<br/>'
           '<!-- 注释 -->产值增长5<6倍。</p>\n<<关于促进高新区发展的意见>>已印发。')
    assert len(strip_tags(raw)) == len(raw) and strip_tags("5<6") == "5<6"
    assert [s.text for s in read_page(tmp_path, raw).sentences] == [
        "苏州高新区集聚了华为等企业，产值增长5<6倍。", "《关于促进高新区发展的意见》已印发。"]  # (a title's marks typed as <<>>)


def test_a_pages_doctype_is_no_text_and_no_title(tmp_path):
    # most saved web pages open with <!DOCTYPE html>: it was the text's first line and the document's title
    from zonegraph.documents.markup import strip_tags

    raw = '<!DOCTYPE html>\n<?xml version="1.0"?>\n<html><head><title>东湖新闻</title></head><body><p>苏州高新区集聚了华为等企业。</p></body></html>'
    assert "DOCTYPE" not in strip_tags(raw) and "xml" not in strip_tags(raw)
    path = tmp_path / "page.html"
    path.write_text(raw, encoding="utf-8")
    assert read_document(path).title == "东湖新闻"


def test_invisible_characters_inside_a_name_do_not_hide_it():
    # a soft hyphen (&shy;), zero-width joiners and the word joiner inside 华中科技大学 lost the fact
    for mark in "\u00ad\u200c\u200d\u2060":
        assert clean(f"武汉东湖新技术开发区与华中{mark}科技大学合作") == "武汉东湖新技术开发区与华中科技大学合作", repr(mark)


def test_a_web_page_saved_as_one_line_of_source_reads_as_its_paragraphs_and_table_rows(tmp_path):
    # many sites serve a page minified to one line: its paragraphs ran into one, its script's strings
    # (siteName="新闻中心") were read as text, and its table's cells ran together
    from zonegraph.documents.markup import strip_tags
    from zonegraph.numbers.tables import tables

    raw = ('<html><head><title>苏州高新区新闻</title><style>body{font-family:"微软雅黑"}</style>'
           '<script>var siteName="新闻中心";document.write("<span>浏览</span>");</script></head><body>'
           '<div class="nav">您当前的位置：<a href="/">首页</a></div><!-- 正文 <b>开始</b> -->'
           '<p>苏州高新区集聚了华为等企业。</p><p>园区与南京大学共建研究院。</p>'
           '<table><tr><th>序号</th><th>项目名称</th><th>投资主体</th></tr>'
           '<tr><td>1</td><td>东久国际智造<br/>产业园</td><td><p>美国华平</p></td></tr></table></body></html>')
    stripped = strip_tags(raw)
    assert len(stripped) == len(raw) and "siteName" not in stripped and "浏览" not in stripped and "开始" not in stripped
    lines = [line.replace(" ", "") for line in stripped.split("\n") if line.strip()]  # (tags blanked to spaces)
    assert lines == ["苏州高新区新闻", "您当前的位置：首页", "苏州高新区集聚了华为等企业。", "园区与南京大学共建研究院。",
                     "序号\t项目名称\t投资主体", "1\t东久国际智造产业园\t美国华平"]
    [table] = tables(stripped)
    assert [cell.replace(" ", "") for cell in table.rows[0].cells] == ["1", "东久国际智造产业园", "美国华平"]
    row = table.rows[0]  # the row's text, not the blanks its tags left: its sentence starts there
    assert stripped[row.start] == "1" and stripped[row.end - 1] == "平"
    texts = [s.text for s in read_page(tmp_path, raw).sentences]
    assert "苏州高新区集聚了华为等企业。" in texts and "园区与南京大学共建研究院。" in texts
    assert "1 东久国际智造产业园 美国华平" in texts  # (the row, its cells' blanks read as the cleaner reads letter-spacing)


def test_a_markdown_table_is_read_as_the_tab_separated_rows_of_a_pdfs_table(tmp_path):
    from zonegraph.documents.markup import pipe_tables_as_tabs
    from zonegraph.numbers.tables import tables

    raw = ("江阴高新区2021年重大项目\n\n| 序号 | 项目名称 | 建设内容 | 投资主体 |\n|---|:---:|---|---|\n"
           "| 1 | 东久国际智造产业园 | 建设高标准工业厂房 | 美国华平&东久（中国） |\n\n项目总投资32亿元。a|b 不是表格。\n")
    assert len(pipe_tables_as_tabs(raw)) == len(raw) and pipe_tables_as_tabs("a|b") == "a|b"
    document = read_page(tmp_path, raw)
    [table] = tables(document.raw)
    investors = table.column("投资主体")
    assert [row.cells[investors] for row in table.rows] == ["美国华平&东久（中国）"]
    assert [(s.text, s.table_row) for s in document.sentences[1:]] == [
        ("序号 项目名称 建设内容 投资主体", True), ("1 东久国际智造产业园 建设高标准工业厂房 美国华平&东久（中国）", True),
        ("项目总投资32亿元。", False), ("a|b不是表格。", False)]


def test_a_titles_marks_typed_as_doubled_angle_brackets_read_as_title_marks():
    from zonegraph.documents.markup import angle_titles

    raw = "园区落实<<关于促进国家高新区高质量发展的若干意见>>，a<<b\n与 x>>y 不是书名。"  # (no title over a line break)
    assert angle_titles(raw) == "园区落实 《关于促进国家高新区高质量发展的若干意见》 ，a<<b\n与 x>>y 不是书名。"
    assert len(angle_titles(raw)) == len(raw) and angle_titles("无") == "无"


def test_kangxi_radicals_copied_out_of_a_pdf_are_read_as_the_ideographs_they_stand_for(tmp_path):
    # round 111 (淄博): ⼭东理⼯⼤学 written with Kangxi radicals (U+2F2D ⼭, U+2F2F ⼯, U+2F24 ⼤)
    from zonegraph.documents.reading import read_document
    from zonegraph.mentions import find_mentions

    source = "⼭东理⼯⼤学与淄博高新区的“牵手”，无疑是其中的成功典范。"
    path = tmp_path / "radicals.txt"
    path.write_text(source, encoding="utf-8")
    document = read_document(path)
    assert document.raw.startswith("山东理工大学与淄博高新区") and len(document.raw) == len(source)
    assert not document.traditional
    assert "山东理工大学" in {m.name for m in find_mentions(document.sentences[0].text)}


def test_radicals_of_the_supplement_block_read_as_the_ideographs_they_stand_for(tmp_path):
    # a PDF typeset in Source Han / Noto CJK (Chromium's, many offices') maps shared glyphs to the CJK Radicals
    # Supplement, which NFKC leaves as it is: ⻓春 (U+2ED3), 部⻔ (U+2ED4), 中国商⻜ (U+2EDC), 人⺠ (U+2EA0)
    from zonegraph.documents.reading import read_document
    from zonegraph.mentions import find_mentions

    source = "⻓春⾼新区与中国商⻜签约，市⺠服务中⼼和部⻔共建⻘年创新平台。"
    path = tmp_path / "supplement.txt"
    path.write_text(source, encoding="utf-8")
    document = read_document(path)
    assert document.raw == "长春高新区与中国商飞签约，市民服务中心和部门共建青年创新平台。"
    assert {"长春高新技术产业开发区", "中国商用飞机有限责任公司"} <= {m.name for m in find_mentions(document.sentences[0].text)}


def test_the_radicals_table_maps_each_supplement_radical_to_one_ideograph_as_its_codes_say():
    import csv
    import unicodedata

    from zonegraph.resources import data_file

    with data_file("radicals.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len({row["radical"] for row in rows}) == 90
    for row in rows:
        radical, ideograph = row["radical"], row["ideograph"]
        assert 0x2E80 <= ord(radical) <= 0x2EFF and row["radical_code"] == f"U+{ord(radical):04X}"
        assert len(ideograph) == 1 and row["ideograph_code"] == f"U+{ord(ideograph):04X}"
        assert unicodedata.name(ideograph).startswith("CJK UNIFIED IDEOGRAPH") and unicodedata.name(radical) == row["unicode_name"]
        folded = unicodedata.normalize("NFKC", radical)  # where NFKC folds one (⺟, ⻳), the table agrees with it
        assert folded == radical or folded == ideograph


def test_a_photo_credit_ends_its_caption():
    raw = ("长沙高新区产业发展如火如荼。资料图片\n三诺生物实验室,工作人员在查看系统分析数据。 尹婷 摄\n"
           "天际汽车长沙匠心工厂,工人在进行安装。朱莉 摄\n园区企业（记者 王洋摄）\n三诺生物实验室里，工作人员正在为宣传片拍摄\n影视作品。")
    texts = [s.text for s in sentences(raw)]
    assert texts[:6] == ["长沙高新区产业发展如火如荼。", "资料图片", "三诺生物实验室，工作人员在查看系统分析数据。", "尹婷摄",
                         "天际汽车长沙匠心工厂，工人在进行安装。", "朱莉摄"]
    assert texts[6] == "园区企业（记者王洋摄）"
    assert texts[7] == "三诺生物实验室里，工作人员正在为宣传片拍摄影视作品。"  # 摄 inside a word wrapped over two lines


def test_a_wrong_row_of_documents_csv_is_named_its_value_left_out(tmp_path):
    """documents.csv took 2024-13-45 as a date without a word."""
    (tmp_path / "a.txt").write_text("苏州高新区与南京大学共建研究院。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("潍坊高新区与山东大学共建研究院。", encoding="utf-8")
    (tmp_path / "documents.csv").write_text("file_name,title,date,kind\na.txt,甲,2024-13-45,newspaper\n"
                                            "b.txt,乙,2022-02,plan\ngone.txt,丙,2021,plan\n", encoding="utf-8")
    documents, errors = read_corpus(tmp_path)
    assert [(d.title, d.date, d.kind) for d in documents] == [("甲", "", "newspaper"), ("乙", "2022-02", "plan")]
    assert [(Path(e.path).name, e.problem) for e in errors] == [
        ("documents.csv", "the row of a.txt: date '2024-13-45' is not YYYY, YYYY-MM or YYYY-MM-DD (left out)")]
    # (a row for a file not there is no error: a corpus may be built in parts, the rest ingested later)
