"""How much the held-out scores lose when the same passages come in messy: wrapped at a column
(with a blank line after every line, too; with a page's number or a blank line between pages), letter-spaced, with
paragraphs repeated, in half-width punctuation, with HTML tags or character references, as the one-line
source of a saved web page, corner or straight quotes, titles in <<>>, as markdown, or in Traditional characters, as
PDF text and web copies deliver them,
or several articles on one page,
as newspaper pages and newsletters run them.

Each mode rewrites every passage of the rounds kept in the repository (bench/heldout/round*) the
same way, with a fixed seed, and scores the copies against the unchanged gold, beside the
passages as written. A rule that reads clean text only shows up as a gap between the two. The
page mode ("two a page") joins a round's passages two by two, each cut at its last sentence's end
(the store cut many mid-sentence; an article ends with one), and merges their gold; compare it with
"cut", the same cut passages alone. "turned page" sets the same pages' passages the other way round, the
second above the first: what the page rules were written from is in one order only. "interleaved" runs
each page's two passages into each other by halves (A1 B1 A2 B2), as a newspaper page's columns do. "six a
page" joins six cut passages to a page, as a newsletter issue (火炬动态) or a newspaper's page of zone reports
runs its items: an article's zone has to be found again five times, after articles about other zones.
"newsletter" runs the same six as a newsletter issue does: a masthead, a table of contents of the items'
titles (each its headline, under the zone it is about where the headline does not name it), and each
item under its title and over its zone's credit, (供稿:潍坊高新区); a contents line names a zone that the next
lines are not about.

    python bench/robustness.py                  # every mode, relations and entities F1
    python bench/robustness.py --mode wrap      # one mode
    python bench/robustness.py --round round12  # one round
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tempfile
from pathlib import Path

import opencc

from zonegraph.evaluation import total

from heldout import HELDOUT, repository_rounds, score_round


def wrapped(text: str, rng: random.Random) -> str:
    """Every paragraph cut into lines of 28-38 characters, inside words and numbers alike."""
    lines = []
    for paragraph in text.split("\n"):
        width = rng.choice((28, 33, 38))
        lines.extend([paragraph[i : i + width] for i in range(0, len(paragraph), width)] or [""])
    return "\n".join(lines)


def double_spaced(text: str, rng: random.Random) -> str:
    """Wrapped as ``wrapped`` wraps, and a blank line after every line, as the shipped corpus's PDF text layers have
    it: a blank line no longer tells a paragraph's end."""
    return wrapped(text, rng).replace("\n", "\n\n")


def paged(text: str, rng: random.Random) -> str:
    """Wrapped as ``wrapped`` wraps, and the page's number on a line of its own after every twentieth line
    (— 2 —), as a PDF's text layer has its footers: a page break falls inside a paragraph, even a word."""
    return _between_pages(wrapped(text, rng), lambda page: f"— {page} —")


def page_breaks(text: str, rng: random.Random) -> str:
    """Wrapped as ``wrapped`` wraps, and a blank line after every twentieth line, as a PDF's text layer may mark
    its page breaks: a blank line inside a paragraph, even a word, on a page that has no blank line elsewhere."""
    return _between_pages(wrapped(text, rng), lambda page: "")


def _between_pages(text: str, line_before) -> str:
    """``text`` with a line after every twentieth, ``line_before(n)`` for the page ``n`` it opens."""
    lines = text.split("\n")
    for page in range(len(lines) // 20, 0, -1):
        lines.insert(20 * page, line_before(page + 1))
    return "\n".join(lines)


def half_width(text: str, rng: random.Random) -> str:
    """Every Chinese punctuation mark that has one in its ASCII form (，。：；（）！？ as ,.:;()!?), as text
    copied out of some PDFs and web pages has it: a sentence then ends at a full stop that a decimal
    point, a numbering (1.) and a web address share."""
    return text.translate(_HALF_WIDTH)


_HALF_WIDTH = str.maketrans("，。：；（）！？", ",.:;()!?")


def web_entities(text: str, rng: random.Random) -> str:
    """Quotes, dashes and ampersands as HTML character references and two &nbsp; at each line's end, as a
    web page's text copied from its source has them (&ldquo;中国声谷&rdquo;)."""
    return (text.replace("&", "&amp;").replace("“", "&ldquo;").replace("”", "&rdquo;").replace("—", "&mdash;")
            .replace("\n", "&nbsp;&nbsp;\n"))


def straight_quotes(text: str, rng: random.Random) -> str:
    """Straight ASCII quotes for curly ones (称"中国声谷"), as some PDFs and web copies have them."""
    return text.translate(_STRAIGHT)


_STRAIGHT = str.maketrans("“”‘’", "\"\"''")


def markdown(text: str, rng: random.Random) -> str:
    """The passage as a page converted to markdown has it: a short line without a sentence's end as a
    heading (## …), the first words of every other long paragraph in bold (**…**), the zones, firms and
    universities a paragraph names first as links ([苏州高新区](http://…))."""
    out = []
    for number, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if stripped and len(stripped) <= 30 and not _SENTENCE_END.search(stripped[-1:]):
            out.append("## " + stripped)
            continue
        if len(stripped) > 20 and number % 2:
            line = "**" + stripped[:8] + "**" + stripped[8:]
        out.append(_LINKED.sub(_linked, line, count=1))
    return "\n".join(out)


_LINKED = re.compile(r"([\u4e00-\u9fff]{2,4}(?:高新区|公司|大学))")


def _linked(match: re.Match) -> str:
    return f"[{match.group(1)}](http://www.example.cn/{len(match.group(1))}.html)"


def html_tags(text: str, rng: random.Random) -> str:
    """The passage with its page's HTML tags left in, as a copy of a page's source has them: each paragraph
    in <p style="…">…</p>, a line break after its first comma (<br/>), the first zone, firm or university each
    paragraph names in a <span>."""
    out = []
    for line in text.split("\n"):
        if line.strip():
            line = _LINKED.sub(r'<span class="keyword">\1</span>', line, count=1).replace("，", "，<br/>", 1)
            line = f'<p style="text-indent:2em">{line}</p>'
        out.append(line)
    return "\n".join(out)


def saved_page(text: str, rng: random.Random) -> str:
    """The passage as the source of the web page it was saved from, minified to one line as many sites
    serve it: a head with a style sheet and a script (strings of Chinese among them), the site's path to the
    page, each paragraph in <p>, a script and a footer after it; no line break anywhere."""
    paragraphs = "".join(f"<p>{line.strip()}</p>" for line in text.split("\n") if line.strip())
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>新闻中心</title>'
            '<style>body{font-family:"微软雅黑";margin:0}.nav a{color:#333}</style>'
            '<script>var _hmt=_hmt||[];var siteName="新闻中心",column="园区动态";</script></head><body>'
            '<div class="nav">您当前的位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a></div>'
            f'<div class="content">{paragraphs}</div><div class="share">分享到：<a>微信</a><a>微博</a></div>'
            '<script>document.write("<span>浏览次数：</span>");</script>'
            '<div class="footer">版权所有 网站标识码1234000001 ICP备05012345号</div></body></html>')


def angle_titles(text: str, rng: random.Random) -> str:
    """A title's marks typed as doubled angle brackets (<<关于…的意见>>), as a keyboard without 《》 writes them."""
    return text.replace("《", "<<").replace("》", ">>")


def corner_quotes(text: str, rng: random.Random) -> str:
    """Corner quotes (「」『』) for curly ones, as Hong Kong and Taiwan pages and some mainland ones write them."""
    return text.translate(_CORNER)


_CORNER = str.maketrans("“”‘’", "「」『』")


def letter_spaced(text: str, rng: random.Random) -> str:
    """Every other long paragraph letter-spaced as a PDF's justified lines come out: a space after
    each Chinese character or mark, Latin words, numbers and pinyin kept whole (安 奥 美 、振 创 等 13 家)."""
    out = []
    for number, paragraph in enumerate(text.split("\n")):
        if number % 2 or len(paragraph) <= 20:
            out.append(paragraph)
            continue
        spaced = []
        for char, following in zip(paragraph, paragraph[1:] + " "):
            spaced.append(char)
            if _wide(char) or _wide(following):
                spaced.append(" ")
        out.append("".join(spaced).rstrip())
    return "\n".join(out)


def traditional(text: str, rng: random.Random) -> str:
    """The passage in Traditional characters (OpenCC's s2t), as Hong Kong and Taiwan mirrors carry it."""
    return opencc.OpenCC("s2t").convert(text)


def _wide(char: str) -> bool:
    """A Chinese character or mark (letter-spaced), not a Latin one (kept in its word: 13, chǎn)."""
    return char >= "\u2e80"


def repeated(text: str, rng: random.Random) -> str:
    """Two in five paragraphs of over 30 characters written twice, as a page's copy-paste repeats them."""
    out = []
    for paragraph in text.split("\n"):
        out.append(paragraph)
        if len(paragraph) > 30 and rng.random() < 0.4:
            out.append(paragraph)
    return "\n".join(out)


_SENTENCE_END = re.compile(r"[。！？][”’」』）)]*")


def cut(text: str, rng: random.Random) -> str:
    """The passage up to its last sentence's end."""
    ends = list(_SENTENCE_END.finditer(text))
    return text[: ends[-1].end()] if ends else text.rstrip()


def halves(text: str) -> tuple[str, str]:
    """A passage cut in two at the paragraph break nearest its middle (by characters); all of it and
    nothing where it is one paragraph."""
    paragraphs = text.split("\n")
    total, so_far = sum(len(p) for p in paragraphs), 0
    for number, paragraph in enumerate(paragraphs[:-1]):
        so_far += len(paragraph)
        if so_far >= total / 2:
            return "\n".join(paragraphs[: number + 1]), "\n".join(paragraphs[number + 1 :])
    return text, ""


def interleaved(first: str, second: str) -> str:
    """Two passages run into each other as a newspaper page's columns do: the first's first half, the
    second's first half, the first's second half, the second's second half."""
    (a1, a2), (b1, b2) = halves(first), halves(second)
    return "\n\n".join(part for part in (a1, b1, a2, b2) if part)


# a line that is not an item's headline: a web page's furniture, a byline, a date
_NOT_A_HEADLINE = re.compile(r"来源|來源|转自|轉自|当前位置|當前位置|发布|發布|时间|時間|首页|首頁|编辑|編輯|作者|记者|記者"
                             r"|采访|浏览|名称|热线|电话|\d{5}|第\w{1,4}版|[|!\[\]<>▲◎]|http|www|网易|\d{4}[-年]|^\w{1,2}、|[：:]$", re.I)
_HAN = re.compile(r"[\u4e00-\u9fff]")


def headline(text: str) -> str:
    """The item's own headline: the first of its first six lines that is short, ends no sentence and is
    none of a web page's furniture; empty where there is none."""
    for line in text.split("\n")[:6]:
        line = line.strip()
        if (len(line) <= 40 and len(_HAN.findall(line)) >= 6 and not _SENTENCE_END.search(line)
                and not _NOT_A_HEADLINE.search(line)):
            return line
    return ""


def item_zone(text: str, gold: dict) -> tuple[str, tuple[str, ...]] | None:
    """The zone an item is about, as a newsletter's editor names it, and every form it goes by: the zone
    the passage names first, of the zones its gold holds, called by the shortest of its forms that names
    its place (not 高新区, 市高新区 or the city alone), or by its official name."""
    first = None
    for entity in gold["entities"]:
        if entity["type"] != "Zone":
            continue
        at = [text.find(form) for form in {entity["name"], *entity.get("forms", [])} if form in text]
        if at and (first is None or min(at) < first[0]):
            first = (min(at), entity)
    if first is None:
        return None
    entity = first[1]
    named = [form for form in entity.get("forms", []) if len(form) >= 4 and form[0] not in "市省区县本我"]
    return (min(named, key=len) if named else entity["name"]), (entity["name"], *entity.get("forms", []))


def item_title(text: str, zone: tuple[str, tuple[str, ...]] | None) -> str:
    """An item's title as a newsletter's editor writes it: its headline, under the zone it is about
    (``item_zone``: 潍坊高新区:冲刺一流国家高新区) where the headline does not name it."""
    head = headline(text)
    if zone is None or any(form in head for form in zone[1] if len(form) >= 4):
        return head
    return f"{zone[0]}：{head}" if head else zone[0]


def issue(texts: list[str], golds: list[dict], number: int) -> str:
    """Passages run as one newsletter issue (火炬动态): a masthead, the contents (each item's title),
    then each item under its title (unless its first line is that title already) and over the
    zone's credit, (供稿:潍坊高新区), where the item names a zone."""
    zones = [item_zone(text, gold) for text, gold in zip(texts, golds)]
    titles = [item_title(text, zone) for text, zone in zip(texts, zones)]
    masthead = f"火炬动态\n\n科技部火炬高技术产业开发中心\n\n2023年第{number}期(总第{560 + number}期)"
    contents = "\n".join(title for title in titles if title)
    items = []
    for title, text, zone in zip(titles, texts, zones):
        item = text if not title or text.lstrip().startswith(title) else f"{title}\n\n{text}"
        items.append(f"{item}\n(供稿:{zone[0]})" if zone else item)
    return "\n\n".join([masthead, "【奋进新征程 建功新时代】\n" + contents, *items])


PAGE = "two a page"
TURNED = "turned page"  # the same pages with the second passage above the first: rules fitted to one order show here
INTERLEAVED = "interleaved"  # the same pages with each passage's halves alternating (A1 B1 A2 B2)
ISSUE = "six a page"  # six passages to a page, as a newsletter issue runs its items
NEWSLETTER = "newsletter"  # the same six under a masthead and a table of contents, each under its title
MODES = {"as written": None, "wrap": wrapped, "double-spaced": double_spaced, "paged": paged, "page breaks": page_breaks,
         "half-width": half_width, "entities": web_entities, "corner quotes": corner_quotes,
         "straight quotes": straight_quotes, "markdown": markdown, "html tags": html_tags, "saved page": saved_page,
         "angle titles": angle_titles,
         "letter-spaced": letter_spaced, "repeated": repeated, "traditional": traditional,
         "cut": cut, PAGE: cut, TURNED: cut, INTERLEAVED: cut, ISSUE: cut, NEWSLETTER: cut}
PER_PAGE = {PAGE: 2, TURNED: 2, INTERLEAVED: 2, ISSUE: 6, NEWSLETTER: 6}


def messy_round(folder: Path, mode, into: Path, seed: int, per_page: int = 1, turned: bool = False,
                interleave: bool = False, newsletter: bool = False) -> Path:
    """A copy of the round with every passage rewritten by ``mode``, the gold unchanged; ``per_page``:
    the rewritten passages joined that many to a page in file order (a last page of one left out), their
    gold merged; ``turned``: each page's passages in the other order; ``interleave``: a page's two passages'
    halves alternating; ``newsletter``: each page run as a newsletter issue (``issue``)."""
    copy = into / folder.name
    (copy / "corpus").mkdir(parents=True)
    (copy / "gold").mkdir()
    rng = random.Random(seed)
    paths = sorted((folder / "corpus").glob("*.txt"))
    pages = [paths[start : start + per_page] for start in range(0, len(paths), per_page)]
    if per_page > 1 and len(pages[-1]) == 1:
        pages.pop()
    if turned:
        pages = [page[::-1] for page in pages]
    for number, page in enumerate(pages, 1):
        texts = [path.read_text(encoding="utf-8") for path in page]
        name = "+".join(path.stem for path in page)
        rewritten = [mode(t, rng) if mode else t for t in texts]
        golds = [json.loads((folder / "gold" / f"{path.stem}.json").read_text(encoding="utf-8")) for path in page]
        if newsletter:
            text = issue(rewritten, golds, number)
        elif interleave and len(rewritten) == 2:
            text = interleaved(*rewritten)
        else:
            text = "\n\n".join(rewritten)
        (copy / "corpus" / f"{name}.txt").write_text(text, encoding="utf-8")
        (copy / "gold" / f"{name}.json").write_text(json.dumps(merged_gold(golds, f"{name}.txt"), ensure_ascii=False), encoding="utf-8")
    return copy


def merged_gold(golds: list[dict], document: str) -> dict:
    """The gold of passages joined into one page: an entity both name is one, a relation both hold one."""
    entities: dict[tuple[str, str], dict] = {}
    relations: dict[tuple[str, str, str], dict] = {}
    for number, gold in enumerate(golds):
        ids = {}
        for entity in gold["entities"]:
            key = (entity["type"], entity["name"])
            merged = entities.setdefault(key, {**entity, "id": f"{number}-{entity['id']}", "forms": []})
            merged["forms"] = sorted({*merged["forms"], *entity.get("forms", [])})
            ids[entity["id"]] = merged["id"]
        for relation in gold["relations"]:
            triple = (ids[relation["subject"]], relation["predicate"], ids[relation["object"]])
            relations.setdefault(triple, {**relation, "subject": triple[0], "object": triple[2]})
    return {**golds[0], "document": document, "entities": list(entities.values()), "relations": list(relations.values())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mode", choices=list(MODES), action="append", help="default: every mode")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--round", action="append", dest="rounds", help="a round under bench/heldout/ (default: every one)")
    args = parser.parse_args()
    print(f"{'mode':<15}{'relations F1':>13}{'entities F1':>13}")
    for name in args.mode or list(MODES):
        entities, relations = [], []
        with tempfile.TemporaryDirectory() as work:
            for round_name in args.rounds or repository_rounds():
                copy = messy_round(HELDOUT / round_name, MODES[name], Path(work) / name, args.seed,
                                   per_page=PER_PAGE.get(name, 1), turned=name == TURNED,
                                   interleave=name == INTERLEAVED, newsletter=name == NEWSLETTER)
                found_entities, found_relations = score_round(copy)
                entities.append(total(list(found_entities.values())))
                relations.append(total(list(found_relations.values())))
        print(f"{name:<15}{total(relations).f1:>13.4f}{total(entities).f1:>13.4f}")


if __name__ == "__main__":
    main()
