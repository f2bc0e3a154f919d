"""PDF and Word documents read as their text, and files that hold none refused by name.

The PDF fixtures were made by tests/fixtures/formats/make.py: a page printed by Chromium in Noto
CJK (its text layer gives radicals for shared glyphs: ⻓ for 长), a page in a CID font the file
does not embed, that page encrypted, and a page of two columns under a title printed twice for bold;
Word files: numbered.docx (python-docx), and plan.doc, numbered.doc, sidebar.doc and sidebar.docx,
saved by LibreOffice; and OFD files: notice.ofd, written by the standard's structure, and converted.ofd,
zone_news.pdf converted by easyofd.
"""

from __future__ import annotations

import random
import struct
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, URIRef
from rdflib.namespace import DCTERMS

from zonegraph.cli import main
from zonegraph.documents.formats import document_text
from zonegraph.documents.reading import read_corpus, read_document
from zonegraph.documents.word97 import story_text
from zonegraph.errors import ZonegraphError
from zonegraph.namespaces import MEDIA_TYPES, ZG

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def _docx(path: Path, paragraphs: list[str], rows: list[list[str]]) -> Path:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    document.save(path)
    return path


def test_a_printed_pdf_reads_as_its_lines_with_its_ruled_table_as_tab_separated_rows():
    text, kind = document_text((FIXTURES / "zone_news.pdf").read_bytes(), "zone_news.pdf")
    assert kind == "pdf"
    lines = text.split("\n")
    assert lines[0] == "⻓春⾼新区推动产学研深度合作"  # the text layer as the PDF gives it, radicals and all
    assert lines[-3:] == ["序号\t项⽬名称\t建设内容\t投资主体", "1\t卫星遥感产业园\t建设卫星研发制造基地\t⻓光卫星技术股份有限公司",
                          "2\t⽣物疫苗产业化项⽬\t新建疫苗⽣产线\t⻓春百克⽣物科技股份公司"]


def test_a_pdf_document_is_read_cleaned_and_cut_as_a_text_one(tmp_path):
    document = read_document(FIXTURES / "zone_news.pdf")
    assert document.encoding == "pdf" and document.title == "长春高新区推动产学研深度合作"
    texts = [s.text for s in document.sentences]
    # the line wrapped inside 长春希达 is joined again, the radicals read as the ideographs
    assert "园区已集聚长光卫星、长春希达电子技术有限公司等一批龙头企业，重点发展光电信息、生物医药产业。" in texts
    assert [s.table_row for s in document.sentences][-2:] == [True, True]


def test_a_pdf_in_a_font_it_does_not_embed_reads_through_the_predefined_cmap():
    text, _ = document_text((FIXTURES / "song.pdf").read_bytes(), "song.pdf")
    assert text == "苏州高新区与南京大学签署合作协议，共建先进材料研究院。\n园区集聚了华为、中兴通讯等一批龙头企业。"


def test_a_pdf_reads_its_columns_one_after_the_other_and_a_title_printed_twice_for_bold_once():
    # lines read across the page would run the columns together: 苏州高新区与南京大学签署合作 合肥高新区与…
    text, _ = document_text((FIXTURES / "bold.pdf").read_bytes(), "bold.pdf")
    assert text == ("国家高新区动态\n苏州高新区与南京大学签署合作\n协议，共建先进材料研究院。\n"
                    "合肥高新区与中国科学技术大学\n共建量子信息实验室。")


def test_a_pdf_after_a_few_bytes_of_junk_is_a_pdf_and_a_text_that_names_the_header_is_text():
    pdf = (FIXTURES / "song.pdf").read_bytes()
    assert document_text(b"\r\n" + pdf, "junk.pdf")[1] == "pdf"  # (readers accept the header in the first kilobyte)
    text = "文件头%PDF-1.7说明：苏州高新区。".encode()
    assert document_text(text, "note.txt") == ("文件头%PDF-1.7说明：苏州高新区。", "utf-8")


def test_a_three_line_table_reads_as_tab_separated_rows_and_a_letter_spaced_page_between_rules_as_lines():
    # a three-line table (三线表) has no rule between its columns for the ruled-table finder: its columns are where its
    # rows' cells line up between its rules; the letter-spaced lines between a page's head and foot rules line up too,
    # a character a cell, and stay lines
    text = read_document(FIXTURES / "three_lines.pdf").raw  # (its radicals folded: 项⽬ is 项目)
    # a long cell wrapped over three lines, its row's other cells centred on the middle one: one row, its lines in order
    assert text.split("\n")[-4:] == ["序号\t项目名称\t建设内容\t投资主体", "1\t卫星遥感产业园\t建设卫星研发制造基地\t长光卫星技术股份有限公司",
                                     "2\t生物疫苗产业化项目\t新建疫苗生产线\t长春百克生物科技股份公司",
                                     "3\t光电子产业园\t建设光电子器件研发、中试和规模化生产基地，配套建设检测认证中心\t长春长光辰芯微电子股份有限公司"]
    spaced = read_document(FIXTURES / "spaced.pdf").raw
    assert "\t" not in spaced and spaced.split("\n")[2] == "各 部 门 ： 现 将 工 作 要 点 印 发 给 你 们 ， 请 认 真 贯 彻 落 实 。"


def test_a_box_ruled_in_one_column_is_no_table_its_lines_are_read_as_lines():
    # a one-column "table" ran the item's lines into one: 苏州高新区与南京大学签署合作协议，…园区集聚了华为…
    text, _ = document_text((FIXTURES / "boxed.pdf").read_bytes(), "boxed.pdf")
    assert text == "编者按\n苏州高新区与南京大学签署合作\n协议，共建先进材料研究院。\n园区集聚了华为等一批龙头企业。"


def test_a_word_document_reads_as_its_paragraphs_and_its_tables_rows(tmp_path):
    import docx

    path = _docx(tmp_path / "plan.docx", ["江阴高新区“十四五”规划", "重点项目如下："],
                 [["序号", "项目名称", "投资主体"], ["1", "东久国际智造产业园", "美国华平&东久（中国）"],
                  ["2", "晶圆级封装项目", "盛合晶微半导体（江阴）\n有限公司"], ["3", "服装研发中心", "Kellwood\nGroup"]])
    document = docx.Document(path)  # a cell merged over two columns comes once, not twice
    merged = document.tables[0].cell(0, 1).merge(document.tables[0].cell(0, 2))
    merged.text = "项目"
    document.save(path)
    text, kind = document_text(path.read_bytes(), path)
    assert kind == "docx"
    # a cell's text on two lines is one line of its row: a name wrapped beside Chinese, Latin words with a space
    assert text == ("江阴高新区“十四五”规划\n重点项目如下：\n序号\t项目\n1\t东久国际智造产业园\t美国华平&东久（中国）\n"
                    "2\t晶圆级封装项目\t盛合晶微半导体（江阴）有限公司\n3\t服装研发中心\tKellwood Group")


def test_a_word_documents_text_box_is_read_after_the_paragraph_that_anchors_it_once(tmp_path):
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    anchor = document.add_paragraph("长春高新区推动产学研深度合作。")
    box = ('<w:txbxContent><w:p><w:r><w:t>链接：长春高新区与吉林大学共建研究院。</w:t></w:r></w:p>'
           '<w:p><w:r><w:t>园区集聚了长光卫星等企业。</w:t></w:r></w:p></w:txbxContent>')
    # as Word writes a text box: a DrawingML shape, and the same box again as VML for older readers
    anchor._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
        ' xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>'))
    document.add_paragraph("下一段。")
    path = tmp_path / "news.docx"
    document.save(path)
    text, _ = document_text(path.read_bytes(), path)
    assert text == "长春高新区推动产学研深度合作。\n链接：长春高新区与吉林大学共建研究院。\n园区集聚了长光卫星等企业。\n下一段。"


def test_a_word97_document_reads_as_its_paragraphs_and_its_table_rows_empty_cells_kept():
    text, kind = document_text((FIXTURES / "plan.doc").read_bytes(), "plan.doc")
    assert kind == "doc"
    lines = text.split("\n")
    assert lines[:2] == ["长春高新区推动产学研深度合作", "本报讯 近日，长春高新区与吉林大学签署战略合作协议，共建长春光电子产业研究院。"
                         "园区已集聚长光卫星、长春希达电子技术有限公司等一批龙头企业，重点发展光电信息、生物医药产业。"]
    # each row a line, an empty cell an empty field (a bare cell mark, told from a row's end by its paragraph's
    # properties), a cell of two paragraphs on one line; a link's field code left out, its text kept
    assert lines[3:] == ["序号\t项目名称\t建设内容\t投资主体", "1\t卫星遥感产业园\t建设卫星研发制造基地\t长光卫星技术股份有限公司",
                         "2\t生物疫苗产业化项目\t新建疫苗生产线\t长春百克生物科技股份公司",
                         "3\t\t长春长光辰芯微电子股份有限公司\t", "详见长春高新区官网。"]


@pytest.mark.parametrize("name", ["sidebar.doc", "sidebar.docx"])
def test_a_text_box_written_by_libreoffice_is_read_after_the_paragraph_that_anchors_it(name):
    # a .doc keeps the box's text in a story of its own, tied to its anchor by the shape's id; a .docx inside the run
    text, _ = document_text((FIXTURES / name).read_bytes(), name)
    assert text == "长春高新区推动产学研深度合作。\n链接：长春高新区与吉林大学共建研究院。\n园区集聚了长光卫星等企业。\n下一段。"


def test_a_word97_story_reads_its_pieces_in_order_eight_bit_and_unicode_and_a_fields_result_not_its_code():
    # as Word's fast save leaves a file: the text in two pieces, the first stored a byte a character (cp1252)
    first, second = "Torch ", "苏州高新区\x13 HYPERLINK \"http://x\" \x14官网\x15与南京大学\x1e合作\r"
    pieces = struct.pack("<3I", 0, len(first), len(first) + len(second))
    pieces += struct.pack("<HIH", 0, (0x800 * 2) | 0x40000000, 0) + struct.pack("<HIH", 0, 0x900, 0)
    table = b"\x01\x02\x00\x00\x00" + b"\x02" + struct.pack("<I", len(pieces)) + pieces  # a Prc, then the piece table
    word = _word97_fib(len(first) + len(second), len(table))
    word += bytes(0x800 - len(word)) + first.encode("cp1252")
    word += bytes(0x900 - len(word)) + second.encode("utf-16-le")
    assert story_text(bytes(word), table) == "Torch 苏州高新区官网与南京大学-合作"
    # a formatting block whose length reads as negative (0xFFFD) is skipped forward, past the piece table: no loop
    with pytest.raises(ValueError, match="no piece table"):
        story_text(bytes(word), b"\x01\xfd\xff" + table[5:])


@pytest.mark.parametrize("name", ["plan.doc", "numbered.docx", "notice.ofd", "issue.eml"])
def test_a_damaged_file_is_refused_by_name_or_read_never_anything_else(name):
    # bytes changed at random over the whole file (seeded): each read gives text or a ZonegraphError naming the
    # file, never another exception (a ZIP's damaged version field once raised NotImplementedError)
    original = (FIXTURES / name).read_bytes()
    chance = random.Random(97)
    refused = 0
    for _ in range(200):
        data = bytearray(original)
        for _ in range(chance.choice([1, 8, 64])):
            data[chance.randrange(len(data))] = chance.randrange(256)
        try:
            document_text(bytes(data[: chance.choice([len(data), chance.randrange(len(data))])]), f"damaged-{name}")
        except ZonegraphError as error:
            assert str(error).startswith(f"damaged-{name}: ")
            refused += 1
    assert refused > 0


def _word97_fib(ccp_text: int, clx_size: int) -> bytearray:
    """A Word 97 file information block: its text's length, its piece table at the table stream's
    start, no paragraph pages."""
    fib = bytearray(0x200)
    struct.pack_into("<HH", fib, 0, 0xA5EC, 0x00C1)
    struct.pack_into("<H", fib, 32, 14)  # fibRgW: 14 shorts
    struct.pack_into("<H", fib, 62, 22)  # fibRgLw: 22 longs, ccpText the fourth
    struct.pack_into("<I", fib, 64 + 12, ccp_text)
    struct.pack_into("<H", fib, 152, 93)  # FibRgFcLcb97's pairs, fcClx the 34th
    struct.pack_into("<II", fib, 154 + 33 * 8, 0, clx_size)
    return fib


def test_a_corpus_of_pdf_word_and_text_files_builds_one_graph(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "news.pdf").write_bytes((FIXTURES / "zone_news.pdf").read_bytes())
    _docx(corpus / "plan.docx", ["苏州高新区与南京大学签署合作协议，共建先进材料研究院。"], [["序号", "企业"], ["1", "华为"]])
    (corpus / "note.txt").write_text("杭州高新区与浙江大学共建研究院。", encoding="utf-8")
    (corpus / "notice.doc").write_bytes((FIXTURES / "plan.doc").read_bytes())
    result = CliRunner().invoke(main, ["build", "--corpus", str(corpus), "--build-dir", str(tmp_path / "b"),
                                       "--store", "memory"])
    assert result.exit_code == 0, result.output
    assert "documents  4 (1 PDF, 1 Word .doc, 1 Word .docx, 1 text)" in result.output  # (each format counted)
    dataset = Dataset()
    dataset.parse(tmp_path / "b" / "graph.trig", format="trig")
    quads = list(dataset.quads((None, None, None, None)))
    labels = {str(o) for _, p, o, _ in quads if p.endswith(("prefLabel", "#label"))}
    assert {"长春高新技术产业开发区", "吉林大学", "长光卫星技术股份有限公司", "南京大学", "苏州高新技术产业开发区",
            "浙江大学"} <= labels
    # the table's investor column of the PDF: a project of the zone with its investor
    assert any(p == ZG.investor for _, p, _, _ in quads)
    # a PDF's and a Word file's media type on their documents (their offsets index the text layer), none on text
    formats = {str(s).rsplit("/", 1)[-1]: _media_type(o) for s, p, o, _ in quads if p == DCTERMS.format}
    assert formats == {"news-pdf": "application/pdf",  # (news.pdf beside news.txt would be a document of its own)
                       "plan-docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                       "notice-doc": "application/msword"}
    # the .doc's table rows give their projects' investors, as the PDF's do
    assert sum(1 for _, p, _, g in quads if p == ZG.investor and str(g).endswith("/notice-doc")) >= 2
    validated = CliRunner().invoke(main, ["validate", "--build-dir", str(tmp_path / "b")])
    assert validated.exit_code == 0, validated.output


def test_zonegraph_text_prints_what_evidence_offsets_index(tmp_path):
    result = CliRunner().invoke(main, ["text", str(FIXTURES / "song.pdf")])
    assert result.exit_code == 0
    assert result.output == "苏州高新区与南京大学签署合作协议，共建先进材料研究院。\n园区集聚了华为、中兴通讯等一批龙头企业。\n"
    both = CliRunner().invoke(main, ["text", str(FIXTURES / "song.pdf"), str(FIXTURES / "zone_news.pdf")])
    assert both.output.startswith(f"==> {FIXTURES / 'song.pdf'} <==\n苏州高新区")
    assert f"\n\n==> {FIXTURES / 'zone_news.pdf'} <==\n长春高新区推动" in both.output
    refused = CliRunner().invoke(main, ["text", str(FIXTURES / "encrypted.pdf")])
    assert refused.exit_code == 1 and refused.output == (
        f"zonegraph: error: {FIXTURES / 'encrypted.pdf'}: the PDF is encrypted: it cannot be read without its password\n")


def _image_only_pdf(path: Path) -> Path:
    from PIL import Image  # (Pillow comes with pdfplumber)

    Image.new("RGB", (200, 100), "white").save(path, "PDF")
    return path


@pytest.mark.parametrize("name, make, message", [
    ("encrypted.pdf", lambda p: p.write_bytes((FIXTURES / "encrypted.pdf").read_bytes()),
     "the PDF is encrypted: it cannot be read without its password"),
    ("scan.pdf", _image_only_pdf, "the PDF has no text layer (a scan?): run OCR on it first"),
    ("broken.pdf", lambda p: p.write_bytes(b"%PDF-1.7\n1 0 obj <<>> garbage"), "cannot read the PDF"),
    # fonts without their Unicode map: the text layer is glyph numbers, (cid:2)(cid:176)…
    ("glyphs.pdf", lambda p: p.write_bytes((FIXTURES / "zone_news.pdf").read_bytes().replace(b"/ToUnicode", b"/ToUnicodX")),
     "the PDF's fonts give no Unicode for its characters, only glyph numbers (cid:…)"),
    ("junk.doc", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
     "cannot read the Word 97-2003 document"),
    # the compound file of an .xls or a .ppt: its streams hold no WordDocument
    ("sheet.xls", lambda p: p.write_bytes(_word97_fixture().replace("WordDocument".encode("utf-16-le"),
                                                                    "Workbook\0\0\0\0".encode("utf-16-le"))),
     "an Office binary file that is not a Word document"),
    ("locked.doc", lambda p: p.write_bytes(_word97_fixture(flags_or=0x0100)), "an encrypted Word document"),
    ("word95.doc", lambda p: p.write_bytes(_word97_fixture(n_fib=100)), "a Word 6 or Word 95 document"),
    ("sheet.xlsx", lambda p: _zip(p, {"xl/workbook.xml": "<workbook/>"}), "a ZIP archive that is not a Word .docx document"),
    ("blank.ofd", lambda p: _zip(p, {"OFD.xml": "<OFD><DocBody/></OFD>"}), "an OFD file that names no document"),
    ("broken.ofd", lambda p: _zip(p, {"OFD.xml": "<OFD><DocBody><DocRoot>Doc_0/Document.xml</DocRoot></DocBody></OFD>"}),
     "cannot read the OFD document"),
    ("broken.docx", lambda p: _zip(p, {"word/document.xml": "<not xml"}), "cannot read the Word document"),
    ("empty.docx", lambda p: _docx_without_text(p), "empty file: no text to read"),
])
def test_a_file_with_no_text_to_read_is_refused_by_name_and_the_others_are_read(tmp_path, name, make, message):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    make(corpus / name)
    (corpus / "good.txt").write_text("杭州高新区与浙江大学共建研究院。", encoding="utf-8")
    documents, errors = read_corpus(corpus)
    assert [d.file_name for d in documents] == ["good.txt"]
    assert len(errors) == 1 and str(errors[0]).startswith(f"{corpus / name}: {message}")
    with pytest.raises(ZonegraphError, match=name):
        read_document(corpus / name)
    result = CliRunner().invoke(main, ["text", str(corpus / name), str(corpus / "good.txt")])
    assert result.exit_code == 1 and message in result.output and "(skipped; the other documents were printed)" in result.output
    assert "杭州高新区与浙江大学共建研究院。" in result.output  # (the good file's text all the same)


def _word97_fixture(flags_or: int = 0, n_fib: int | None = None) -> bytes:
    """plan.doc's bytes, its file information block's flags or version changed where it stands."""
    data = bytearray((FIXTURES / "plan.doc").read_bytes())
    fib = next(at for at in range(512, len(data), 512) if data[at : at + 2] == b"\xec\xa5")  # (the WordDocument stream)
    if n_fib is not None:
        struct.pack_into("<H", data, fib + 2, n_fib)
    struct.pack_into("<H", data, fib + 0x0A, struct.unpack_from("<H", data, fib + 0x0A)[0] | flags_or)
    return bytes(data)


def _zip(path: Path, parts: dict[str, str]) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)


def _docx_without_text(path: Path) -> None:
    import docx

    docx.Document().save(path)


def test_word_and_pdf_files_ingest_into_a_built_store_join_its_nodes_and_again_change_nothing(tmp_path):
    from rdflib import Literal
    from rdflib.namespace import RDFS

    from zonegraph.namespaces import document_iri
    from zonegraph.pipeline import build
    from zonegraph.queries.engine import load_graph
    from zonegraph.store.documents import ingest

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "note.txt").write_text("苏州高新区与南京大学签署合作协议。", encoding="utf-8")
    build_dir = tmp_path / "build"
    build(corpus, build_dir)  # the default store: Oxigraph under build/store/
    news = tmp_path / "news"
    news.mkdir()
    plan = _docx(news / "plan.docx", ["苏州高新区与南京大学共建先进材料研究院。"], [["序号", "企业"], ["1", "华为"]])
    pdf = news / "news.pdf"
    pdf.write_bytes((FIXTURES / "zone_news.pdf").read_bytes())
    assert ingest(build_dir, [plan, pdf]).added == ["plan.docx", "news.pdf"]
    graph = load_graph(build_dir)
    assert len(set(graph.subjects(RDFS.label, Literal("南京大学", lang="zh")))) == 1  # one node for both documents
    assert len(graph.graph(document_iri("news.pdf"))) > 0 and len(graph.graph(document_iri("plan.docx"))) > 0
    del graph
    assert ingest(build_dir, [plan, pdf]).unchanged == ["plan.docx", "news.pdf"]
    _docx(plan, ["苏州高新区与浙江大学共建研究院。"], [["序号", "企业"], ["1", "华为"]])
    assert ingest(build_dir, [plan]).replaced == ["plan.docx"]


def test_a_plan_saved_as_a_web_page_gives_its_project_tables_investors_as_the_zones_firms(tmp_path):
    # the row's sentence starts after the blanks its <tr><td> left; the project's row was looked up at the blanks
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "plan.html").write_text(
        '<html><head><title>江阴高新区2021年重大产业项目</title></head><body><p>江阴高新区2021年重大产业项目如下。</p>'
        '<table><tr><td>序号</td><td>项目名称</td><td>建设内容</td><td>投资主体</td></tr>'
        '<tr><td>1</td><td>东久国际智造产业园</td><td>建设高标准工业厂房</td><td>美国华平&amp;东久（中国）</td></tr>'
        '</table></body></html>', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--corpus", str(corpus), "--build-dir", str(tmp_path / "b"),
                                       "--store", "memory"])
    assert result.exit_code == 0, result.output
    evidence = CliRunner().invoke(main, ["query", "evidence", "--build-dir", str(tmp_path / "b"), "--format", "csv"])
    rows = {tuple(line.split(",")[:3]) + (line.split(",")[7],) for line in evidence.output.splitlines()[1:]}
    assert ("江阴高新技术产业开发区", "hostsEnterprise", "美国华平", "project-investor") in rows
    assert ("江阴高新技术产业开发区", "hostsEnterprise", "东久（中国）", "project-investor") in rows


@pytest.mark.parametrize("name", ["numbered.docx", "numbered.doc"])
def test_a_word_documents_automatic_numbers_are_read_before_their_paragraphs_as_word_shows_them(name):
    # Word keeps a list's numbers out of the text: a plan's 一、 and 1、特钢…产业： headings came without them. The
    # .docx defines its lists in its numbering part, the .doc (LibreOffice's save of it) in its table stream's lists
    text, _ = document_text((FIXTURES / name).read_bytes(), name)
    assert text.split("\n") == ["一、发展基础", "1、 特钢及金属新材料产业：全球最大的特钢生产基地。", "2、 集成电路产业：封测全国第一。",
                                "二、发展目标", "1、 生物医药产业：打造千亿级产业集群。", "1. 重点企业", "长电科技"]


def test_a_word_numbering_part_not_as_the_standard_writes_it_numbers_nothing_and_loses_no_text(tmp_path):
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {w} w:abstractNumId="91"><w:lvl><w:lvlText w:val="%1、"/></w:lvl>'
                                  '</w:abstractNum>'))  # (a level without its ilvl)
    numbering.append(parse_xml(f'<w:num {w} w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="92"><w:abstractNumId w:val="404"/></w:num>'))  # (no such list)
    for num_id in (91, 92):
        properties = document.add_paragraph(f"苏州高新区{num_id}")._p.get_or_add_pPr().get_or_add_numPr()
        properties.get_or_add_numId().val = num_id
    path = tmp_path / "odd.docx"
    document.save(path)
    assert document_text(path.read_bytes(), path)[0] == "苏州高新区91\n苏州高新区92"


def test_an_ofd_documents_pages_are_read_as_lines_its_tables_rows_tab_separated_its_template_left_out():
    text, kind = document_text((FIXTURES / "notice.ofd").read_bytes(), "notice.ofd")
    assert kind == "ofd"
    # a paragraph's two text objects two lines (joined later, as a PDF's wrapped lines are), the runs of a table's
    # row far apart read as cells, the second page after the first, the template's running head (长春市人民政府公报)
    # not read
    assert text.split("\n") == ["长春高新区推动产学研深度合作", "近日，长春高新区与吉林大学签署战略合作协议，共建长春光电子",
                                "产业研究院。园区已集聚长光卫星等一批龙头企业。", "序号\t项目名称\t投资主体",
                                "1\t卫星遥感产业园\t长光卫星技术股份有限公司", "重点发展光电信息、生物医药产业。"]


def test_an_ofd_from_another_writer_in_its_own_namespace_a_character_an_object_reads_as_its_lines(tmp_path):
    # easyofd's conversion of zone_news.pdf: a namespace of its own, a character to a text object, the pages' BaseLoc
    text, _ = document_text((FIXTURES / "converted.ofd").read_bytes(), "news.ofd")
    assert text.split("\n")[:2] == ["长春高新区推动产学研深度合作", "本报讯 近日，长春高新区与吉林大学签署战略合作协议，共建长春光电子产业研究院。园区已集聚长光卫星、长"]
    labels, formats = _built_alone(tmp_path, "news.ofd", (FIXTURES / "converted.ofd").read_bytes())
    assert {"长春高新技术产业开发区", "吉林大学", "长春希达电子技术有限公司"} <= labels and formats == {"application/ofd"}


def _built_alone(tmp_path: Path, name: str, data: bytes) -> tuple[set[str], set[str]]:
    """A corpus of one file built by the CLI: its nodes' labels and its document's formats."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / name).write_bytes(data)
    result = CliRunner().invoke(main, ["build", "--corpus", str(corpus), "--build-dir", str(tmp_path / "b"),
                                       "--store", "memory"])
    assert result.exit_code == 0, result.output
    dataset = Dataset()
    dataset.parse(tmp_path / "b" / "graph.trig", format="trig")
    quads = list(dataset.quads((None, None, None, None)))
    return ({str(o) for _, p, o, _ in quads if p.endswith(("prefLabel", "#label"))},
            {_media_type(o) for _, p, o, _ in quads if p == DCTERMS.format})


def _media_type(term) -> str:
    """The media type a dcterms:format value names: the IANA registry's IRI of it (a string would be no
    dcterms:MediaTypeOrExtent)."""
    assert isinstance(term, URIRef) and str(term).startswith(str(MEDIA_TYPES)), term
    return str(term)[len(str(MEDIA_TYPES)):]


def _web_archive(html: str, charset: str, transfer: str) -> bytes:
    """A page saved "as a single file" (.mht), as a browser writes it: mail headers, the page's HTML
    in its charset and transfer encoding, an image after it."""
    from email.charset import BASE64, QP, Charset
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    archive = MIMEMultipart("related", type="text/html")
    content_type = archive["Content-Type"]
    del archive["Content-Type"], archive["MIME-Version"]  # (Chromium writes them after its own headers)
    archive["From"] = "<Saved by Blink>"
    archive["Snapshot-Content-Location"] = "http://www.example.gov.cn/news/1.html"
    archive["Subject"] = "=?utf-8?Q?=E8=A6=81=E9=97=BB?="
    archive["MIME-Version"] = "1.0"
    archive["Content-Type"] = content_type
    encoding = Charset(charset)
    encoding.body_encoding = QP if transfer == "quoted-printable" else BASE64
    archive.attach(MIMEText(html, "html", encoding))
    archive.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + bytes(32), "png"))
    return archive.as_bytes()


@pytest.mark.parametrize("charset, transfer", [("gb2312", "quoted-printable"), ("utf-8", "base64")])
def test_a_web_archive_is_read_as_its_pages_html_in_its_charset_and_built(tmp_path, charset, transfer):
    # read as text, the page is =CB=D5=D6=DD… or base64: not a Chinese character in it
    html = ("<html><head><meta charset='{0}'><title>要闻</title></head><body><p>苏州高新区与南京大学签署合作协议，"
            "共建先进材料研究院。</p><table><tr><td>序号</td><td>企业</td></tr><tr><td>1</td><td>华为</td></tr></table>"
            "</body></html>").format(charset)
    archive = _web_archive(html, charset, transfer)
    assert document_text(archive, "news.mht") == (html, "mhtml")
    labels, formats = _built_alone(tmp_path, "news.mht", archive)
    assert {"苏州高新技术产业开发区", "南京大学"} <= labels and formats == {"multipart/related"}


def test_a_newsletter_e_mail_is_read_as_its_subject_and_its_html_body_and_a_plain_one_as_its_text(tmp_path):
    # 火炬动态 reaches readers by e-mail: the subject in the headers' own encoding, the body HTML and plain text alike
    from email.charset import BASE64, QP, Charset
    from email.header import Header
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    html = "<html><body><p>苏州高新区与南京大学签署合作协议，共建先进材料研究院。</p></body></html>"
    mail = MIMEMultipart("alternative")
    mail["From"] = "huojudongtai@example.cn"
    mail["Subject"] = Header("火炬动态 2024年第12期", "gb2312")
    plain, rich = Charset("gb2312"), Charset("gb2312")
    plain.body_encoding, rich.body_encoding = QP, BASE64
    mail.attach(MIMEText("苏州高新区与南京大学签署合作协议，共建先进材料研究院。", "plain", plain))
    mail.attach(MIMEText(html, "html", rich))
    assert document_text(mail.as_bytes(), "issue.eml") == ("火炬动态 2024年第12期\n\n" + html, "email")
    labels, formats = _built_alone(tmp_path, "issue.eml", mail.as_bytes())
    assert {"苏州高新技术产业开发区", "南京大学"} <= labels and formats == {"message/rfc822"}
    only_text = MIMEText("杭州高新区与浙江大学共建研究院。", "plain", "utf-8")  # (no subject, one part)
    assert document_text(only_text.as_bytes(), "note.eml") == ("杭州高新区与浙江大学共建研究院。", "email")


def test_a_web_archive_with_no_page_and_an_e_mail_with_no_text_are_refused_by_name():
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart

    archive = MIMEMultipart("related")
    archive.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + bytes(32), "png"))
    with pytest.raises(ZonegraphError, match="images.mht: a MIME file \\(web archive\\?\\) with no HTML page in it"):
        document_text(archive.as_bytes(), "images.mht")
    mail = MIMEMultipart("mixed")  # an e-mail whose only part is an attachment
    mail.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + bytes(32), "png"))
    with pytest.raises(ZonegraphError, match="scan.eml: an e-mail with no text in it"):
        document_text(mail.as_bytes(), "scan.eml")


def test_two_files_whose_document_iris_would_be_one_are_refused_by_name_and_nothing_else_is_lost(tmp_path):
    # plan.pdf and plan.docx are documents of their own (doc/plan-pdf, doc/plan-docx); X.txt and x.txt are not
    from zonegraph.store.documents import ingest
    from zonegraph.pipeline import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "X.txt").write_text("苏州高新区与南京大学签署合作协议。", encoding="utf-8")
    (corpus / "x.txt").write_text("杭州高新区与浙江大学共建研究院。", encoding="utf-8")
    (corpus / "plan.pdf").write_bytes((FIXTURES / "song.pdf").read_bytes())
    _docx(corpus / "plan.docx", ["合肥高新区与中国科学技术大学共建实验室。"], [["序号", "企业"], ["1", "科大讯飞"]])
    documents, errors = read_corpus(corpus)
    assert [d.file_name for d in documents] == ["X.txt", "plan.docx", "plan.pdf"]
    assert [str(e) for e in errors] == [f"{corpus / 'x.txt'}: its document IRI (https://w3id.org/zonegraph/id/doc/x) is "
                                         "X.txt's already: rename one of the two files"]
    build_dir = tmp_path / "build"
    (corpus / "x.txt").unlink()
    build(corpus, build_dir, store="memory")
    news = tmp_path / "news"
    news.mkdir()
    (news / "x.txt").write_text("杭州高新区与浙江大学共建研究院。", encoding="utf-8")
    report = ingest(build_dir, [news / "x.txt"])
    assert not report.added and "is X.txt's already" in str(report.errors[0])
