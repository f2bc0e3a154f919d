"""What the shipped corpus keeps when it comes as PDF, Word or web-page files instead of text.

Each corpus document is written as a web page (its lines as <p> paragraphs, its tab-separated rows
as a ruled <table>, the source on one line as many sites serve it), printed from that page to PDF
by headless Chromium (a CJK font, A4 pages: the PDF a zone office's word processor makes) and
written as a .docx (the same paragraphs and tables, by python-docx), which LibreOffice, where it
is installed, saves again as a Word 97-2003 .doc; the web page is also saved as a browser's web
archive (.mht: the HTML quoted-printable in GB2312's superset, as zone sites serve it). The copies are built alike (`--store memory`)
and scored against the corpus gold (tests/fixtures/gold/), so a gap between "text" and a format
is what reading that format loses. Reading is timed in one process ("read s") and as a build reads
(workers sharing a PDF's pages where that pays, ``documents/ahead.py``).

    python bench/formats.py                 # needs chromium (Debian package) on PATH; soffice for the .doc row
    python bench/formats.py --keep /tmp/f   # keep the PDFs, the Word files and the builds
"""

from __future__ import annotations

import argparse
import html
import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from zonegraph.documents.ahead import pages_ahead
from zonegraph.documents.reading import document_files, read_corpus, read_document
from zonegraph.evaluation import load_gold, per_document, score, total
from zonegraph.namespaces import ZG
from zonegraph.pipeline import build
from zonegraph.queries.engine import load_graph
from zonegraph.resources import default_corpus
from zonegraph.store.layout import GRAPH_FILE

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "gold"
_STYLE = ("body{font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;font-size:11pt}"
          "p{margin:0 0 4pt 0;text-indent:2em}table{border-collapse:collapse;font-size:9pt}td{border:1px solid}")
# a three-line table (三线表): rules above and below the header row and below the last, none between columns
_THREE_LINES = _STYLE.replace("td{border:1px solid}", "td{padding:1pt 6pt}tr:first-child td{border-top:1.5px solid;"
                              "border-bottom:1px solid}tr:last-child td{border-bottom:1.5px solid}")
_SUFFIXES = {"text": ".txt", "three-line": ".pdf"}  # (each other copy's files end in its own name)


def blocks(text: str) -> list[str | list[list[str]]]:
    """A text document's lines, each a paragraph, with each run of tab-separated lines a table."""
    out: list[str | list[list[str]]] = []
    for line in text.split("\n"):
        if "\t" in line:
            if not out or not isinstance(out[-1], list):
                out.append([])
            out[-1].append(line.split("\t"))
        elif line.strip():
            out.append(line)
    return out


def as_html(text: str, style: str = _STYLE) -> str:
    body = []
    for block in blocks(text):
        if isinstance(block, list):
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in block)
            body.append(f"<table>{rows}</table>")
        else:
            body.append(f"<p>{html.escape(block)}</p>")
    return f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>{''.join(body)}</body></html>"


def as_docx(text: str, path: Path) -> None:
    import docx

    document = docx.Document()
    for block in blocks(text):
        if isinstance(block, list):
            table = document.add_table(rows=len(block), cols=max(map(len, block)))
            for row, cells in zip(table.rows, block):
                for cell, value in zip(row.cells, cells):
                    cell.text = value
        else:
            document.add_paragraph(block)
    document.save(path)


def as_web_archive(page: str) -> bytes:
    """A page saved "as a single file": MIME headers, its HTML quoted-printable in GB18030."""
    from email.charset import QP, Charset
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    encoding = Charset("gb18030")
    encoding.body_encoding = QP
    archive = MIMEMultipart("related", type="text/html")
    archive.attach(MIMEText(page, "html", encoding))
    return archive.as_bytes()


def print_pdf(html_file: Path, pdf: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        raise SystemExit("bench/formats.py prints PDFs with headless Chromium: install it (Debian: apt install chromium)")
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", html_file.as_uri()], check=True, capture_output=True, timeout=180)


def save_as_word97(docx_folder: Path, doc_folder: Path) -> bool:
    """The .docx copies saved as .doc by LibreOffice; False where it is not installed."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        print("no soffice on PATH: the .doc row is left out (Debian: apt install libreoffice-writer-nogui)")
        return False
    subprocess.run([office, "--headless", "--convert-to", "doc", "--outdir", str(doc_folder),
                    *map(str, sorted(docx_folder.glob("*.docx")))], check=True, capture_output=True, timeout=600)
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="write the copies and builds here and keep them")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="zonegraph-formats-"))
    sources = sorted(p for p in default_corpus().glob("*.txt"))
    folders = {name: work / name for name in ("text", "pdf", "three-line", "docx", "html", "mht")}
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    for source in sources:
        text = source.read_text(encoding="utf-8")
        shutil.copy(source, folders["text"] / source.name)
        page = folders["html"] / f"{source.stem}.html"
        page.write_text(as_html(text), encoding="utf-8")
        (folders["mht"] / f"{source.stem}.mht").write_bytes(as_web_archive(as_html(text)))
        print_pdf(page, folders["pdf"] / f"{source.stem}.pdf")
        three_lines = folders["three-line"] / f"{source.stem}.html"
        three_lines.write_text(as_html(text, _THREE_LINES), encoding="utf-8")
        print_pdf(three_lines, folders["three-line"] / f"{source.stem}.pdf")
        three_lines.unlink()
        as_docx(text, folders["docx"] / f"{source.stem}.docx")
    folders["doc"] = work / "doc"
    folders["doc"].mkdir(exist_ok=True)
    if not save_as_word97(folders["docx"], folders["doc"]):
        del folders["doc"]
    golds = load_gold(GOLD)
    print(f"{'format':<10}{'read s':>6}{'workers':>8}{'triples':>9}{'entity P':>10}{'R':>6}{'F1':>6}{'relation P':>12}{'R':>6}{'F1':>6}")
    rows = {}
    read_corpus(folders["text"])  # (the first read imports pypinyin for the documents' IRIs: not a format's cost)
    for name, folder in folders.items():
        start = time.perf_counter()
        for path in sorted(folder.iterdir()):
            read_document(path)
        read_seconds = time.perf_counter() - start
        start = time.perf_counter()
        with pages_ahead(document_files(folder)) as pages:
            read_corpus(folder, pages)
        ahead_seconds = time.perf_counter() - start
        suffix = _SUFFIXES.get(name, f".{name}")
        result = build(folder, work / f"build-{name}", store="memory")
        named = [{**gold, "document": gold["document"].rsplit(".", 1)[0] + suffix} for gold in golds]
        dataset = load_graph(work / f"build-{name}" / GRAPH_FILE)
        entities, relations = (total(tallies.values()) for tallies in score(dataset, named))
        print(f"{name:<10}{read_seconds:>6.2f}{ahead_seconds:>8.2f}{result.summary['triples']:>9}{entities.precision:>10.2f}{entities.recall:>6.2f}"
              f"{entities.f1:>6.2f}{relations.precision:>12.2f}{relations.recall:>6.2f}{relations.f1:>6.2f}")
        rows[name] = {stem: (round(e.f1, 2), round(r.f1, 2)) for stem, e, r in per_document(dataset, named)}
        if name in ("text", "three-line"):  # (what a three-line table's columns give: the plan's projects)
            print(f"{'':<10}projects with investors: {len(set(dataset.subjects(ZG.investor, None)))}")
    print("\nper document, relations F1: " + json.dumps(
        {doc.rsplit(".", 1)[0]: [rows[name][doc.rsplit(".", 1)[0] + _SUFFIXES.get(name, f".{name}")][1]
                                for name in folders] for doc in (g["document"] for g in golds)}, ensure_ascii=False))
    if args.keep is None:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
