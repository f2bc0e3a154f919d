"""Which zone a sentence is about.

Newspaper pages run several articles together, often with no heading between them; plans say
"高新区" or "园区" for their own zone. A sentence's zone is the first zone it names as a subject
(not one of a list of peers); a sentence that names none is about the zone of the article so far.
A heading without a zone, or a byline, ends the article. In a document about one zone (a plan),
that zone is the default. A sentence naming several zones may give each its own part (zones_of_parts),
and a city's park the text places inside a zone speaks for that zone (parks_in_zones).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from zonegraph.documents.layout import BREADCRUMB
from zonegraph.documents.model import Document, Sentence
from zonegraph.mentions.base import Mention, small_count
from zonegraph.mentions.zones import find_zones
from zonegraph.reference import place_at, place_forms, place_or_county_at

_ARTICLE_BREAK = ("本报记者", "记者", "通讯员", "供稿", "来源：", "作者：")
# the reporter spoken to, inside an article (工人胡迪辉告诉记者, 接受记者采访时表示): no byline, no new article
_REPORTER_ADDRESSED = re.compile(r"(?:告诉|接受|向|对|带|让|给|跟)记者")
# the reporter at work, inside an article (记者20日获悉, 记者采访了解到, 记者在…现场看到): no byline either
_REPORTER_AT_WORK = re.compile(r"记者[^，。；]{0,16}?(?:获悉|了解到|看到|注意到|发现|采访|走访|来到|走进|观察到)")
# a photograph's credit run into the sentence after it (记者孙学良 摄在新疆…项目施工现场，…): no byline either
_CREDIT_RUN_IN = re.compile(r"记者\s*[\u4e00-\u9fff]{2,4}\s*摄")


# a place in brackets after a firm's name (马瑞利动力(合肥)研发生产基地): where the firm is, not the city speaking
_BRACKETED_PLACE = re.compile(r"[（(][\u4e00-\u9fff]{2,6}[）)]")


# a photograph's credit under its caption, inside an article (全媒体记者 张大岗 摄): no byline, no new article
_PHOTO_CREDIT = re.compile(r"^[（(]?(?:[\u4e00-\u9fff]{0,6}记者|通讯员)[\u4e00-\u9fff·、\s]{1,16}摄(?:影)?[）)]?$")


# a photograph's caption, or the note under it: 5月8日拍摄的…全景, 图为…, （资料图片仅供参考）
_PHOTO_CAPTION = re.compile(r"拍摄的|^图为|^[（(]?资料图片|^[（(]?图片来源")


def _article_break(text: str) -> bool:
    """Whether a sentence holds a byline or a source line, where a page's next article begins."""
    if any(mark in text for mark in _ARTICLE_BREAK if mark != "记者"):
        return True
    return "记者" in text and "记者" in _CREDIT_RUN_IN.sub("", _REPORTER_AT_WORK.sub("", _REPORTER_ADDRESSED.sub("", text)))


# a notice's signature, which stands over its date as a title over its dateline (齐齐哈尔市人民政府 / 2023年3月2日)
_SIGNATURE = re.compile(r"(?:人民政府|委员会|办公室|办公厅|管委会|局|厅)$")
# a dateline that opens an article's first paragraph: 中新网长春10月11日电（郭佳）, 本报讯, 丝路昌吉/昌吉州融媒体中心讯（记者…）
_WIRE_DATELINE = r"[\u4e00-\u9fff]{2,10}\d{1,2}月\d{1,2}日电"  # 人民网长春2月10日电（李思玥）: a wire's place and date
_DATELINE = re.compile(rf"{_WIRE_DATELINE}|本报讯"
                       r"|(?:[\u4e00-\u9fff]{2,6}[/／·])?[\u4e00-\u9fff]{2,10}讯\s*[（(](?:记者|通讯员)")
# a line under an article's title that tells where and when it was published
_PUBLISHED = re.compile("|".join((
    r"(?:发布|信息|文章)?(?:时间|日期|来源|作者)\s*[：:]",  # 发布时间：2014年05月05日, 信息来源：…, 作者：网站采编
    r"^原标题\s*[：:]",  # the title as first printed
    r"^\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?[\s\d:]{0,10}来源",  # 2021-12-19 13:51:47来源：中国衡阳新闻网
    r"^\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$",  # a date alone: 2024-08-27
    r"^\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}",  # a day and time: 05-22 10:38云上大冶
    rf"^{_WIRE_DATELINE}",
)))


# a web page's path of sections from its home page, a line of its own (首页 > 新闻 > 河南 > 文章详情页, 首页>媒体动态>…)
_PATH_LINE = re.compile(r"(?:网站)?首页\s*(?:>|＞|»|/)")


def page_articles(sentences: list[Sentence]) -> list[list[Sentence]]:
    """The articles of a page that runs several, each its sentences in order; the whole page for a page of one.
    An article begins at a web page's breadcrumb line (当前位置：首页 > …), at a dateline opening a paragraph
    (中新网长春10月11日电（郭佳）…, 丝路昌吉/昌吉州融媒体中心讯（记者…）), or at a title (a paragraph of one short
    sentence) over the line that says where and when it was published (_PUBLISHED)."""
    openings: list[int] = []  # (positions in ``sentences``)
    for number, sentence in enumerate(sentences):
        if number == 0:
            continue
        text = sentence.text.strip()
        if BREADCRUMB.match(text) or _PATH_LINE.match(text) or (
                _DATELINE.match(text) and sentence.paragraph != sentences[number - 1].paragraph
                and (not openings or openings[-1] < number - 1)):
            openings.append(number)
            continue
        if len(text) > 40 or text.endswith("。") or sentence.paragraph == sentences[number - 1].paragraph:
            continue
        below = []  # the three lines under it, up to the next page's breadcrumb
        for line in sentences[number + 1 : number + 4]:
            if BREADCRUMB.match(line.text):
                break
            below.append(line)
        if below and below[0].paragraph != sentence.paragraph and any(_PUBLISHED.search(s.text[:40]) for s in below):
            if not openings or openings[-1] < number - 1:  # (not the breadcrumb's own title)
                if not _SIGNATURE.search(text):  # (not a notice's signature over its date: 齐齐哈尔市人民政府 / 2023年3月2日)
                    openings.append(number)
    # an article of a few short lines is no article: its lines head the next (首页|地方报道 / 培育“永川造”新能源汽车
    # 产业集群 / 中国开云官网注册网址是什么 / 2024-08-27 / 来源：科技日报)
    kept: list[int] = []
    for opening in openings:
        lines = sentences[kept[-1] : opening] if kept else ()
        if kept and len(lines) <= 3 and all(len(line.text) <= 40 and not line.text.endswith("。") for line in lines):
            continue
        kept.append(opening)
    return [sentences[start:end] for start, end in zip([0, *kept], [*kept, None])]


def contents_lines(sentences: list[Sentence], zone_mentions: dict[int, list[tuple[Mention, str]]]) -> set[int]:
    """The lines of a table of contents (a newsletter's: 潍坊高新区：冲刺一流国家高新区 / 无锡高新区：构建新兴产业策源地), by
    sentence index: a heading naming one zone directly over a heading naming another, and the heading after such
    a line unless the sentence under it names its zone too (the first item's title over its body). An item's
    credit, (供稿:燕郊高新区), over the next item's title is none: it closes its item."""
    named = [{name for _, name in zone_mentions.get(sentence.index, ())} for sentence in sentences]
    headed = [next(iter(names)) if sentence.heading and len(names) == 1 and not _article_break(sentence.text) else None
              for sentence, names in zip(sentences, named)]  # the one zone a heading names, none for a credit
    contents: set[int] = set()
    for number, (sentence, below) in enumerate(zip(sentences, sentences[1:])):
        here, next_zone = headed[number], headed[number + 1]
        if here is None or sentence.paragraph == below.paragraph:
            continue
        if (next_zone is not None and next_zone != here) or (sentence.index - 1 in contents and here not in named[number + 1]):
            contents.add(sentence.index)
    return contents


def article_zone(sentences: list[Sentence], zone_mentions: dict[int, list[tuple[Mention, str]]]) -> str | None:
    """The zone an article of a page is about: the one it names most as a subject (not in a list of peers, not
    as another party), three in five times at least; none if it names none."""
    counts = Counter(name for sentence in sentences for mention, name in zone_mentions.get(sentence.index, [])
                     if _as_subject(sentence.text, mention))
    if not counts:
        return None
    top, top_count = counts.most_common(1)[0]
    return top if top_count / sum(counts.values()) >= 0.6 else None


class ZoneTracker:
    """Walks a document's sentences in order and tells the zone each one is about."""

    def __init__(self, document: Document, zone_mentions: dict[int, list[tuple[Mention, str]]],
                 sentences: list[Sentence] | None = None, cues: dict[str, tuple[str, ...]] | None = None,
                 page_zone: str | None = None, cities: dict[str, str | None] | None = None,
                 articles: dict[int, str | None] | None = None, placed: dict[int, str] | None = None) -> None:
        # page_zone: the zone a page naming none means by a bare 高新区 (mentions/zones.py zone_of_a_page)
        self.default = _document_zone(document, zone_mentions) or page_zone
        self.topic: str | None = self.default
        # the zone the article read now is about: the document's, until a byline names another's
        # (来源：连云港市高新区科经局, after a page's article on 无锡高新区), which its headings then speak for
        self.article: str | None = self.default
        self.titled: int | None = None  # the index of a short sentence that made its zone the topic (a title)
        self.cues = cues or {}
        self.all_cues = tuple(cue for forms in self.cues.values() for cue in forms)  # every zone's of the page
        self.cities = cities or {}  # each zone's city as a text names it: 无锡 (of 无锡高新区), 咸阳 (of 杨凌)
        self.leads = _lead_paragraphs(sentences or [], zone_mentions, self.cues)
        # the paragraphs placed in one zone by its place or nickname alone (paragraphs_placed), taken back only to a
        # zone the page has been about (spoken: 江阴's plan names 上海 for its partners, not for 上海张江高新区)
        self.placed = placed or {}
        self.spoken: set[str] = set()  # the zones sentences so far were about
        # the paragraph a placement or a numbering took back to another zone, that zone, and the article before: the
        # paragraph after it, placed in none, goes on with that article (A1 B1 A2 B2: B2 after A2)
        self.taken_back: tuple[int, str, str | None] | None = None
        # the zone of the last sentence each numbering opened, by its style and number (一是, （二）, 3.)
        self.numbered: dict[tuple[str, int], str] = {}
        # the zone of the last paragraph each parallel lead opened, by its first word (创新思路，抬高标杆。 / 创新产业，
        # 增量提质。): a series of such leads runs through one article
        self.parallel: dict[str, str] = {}
        self.paragraph: int | None = None  # the paragraph of the sentence before
        self.headline = False  # the sentence before was a headline naming its zone
        # the towns the page names in brackets after one of its parks (空港产业园（罗溪镇）): the park's own, not another area
        self.park_towns = tuple(match.group(1) for sentence in (sentences or ()) if "镇" in sentence.text
                                for match in _PARK_AND_ITS_TOWN.finditer(sentence.text))
        self.city_paragraph: int | None = None  # the paragraph in which the city became the subject
        # on a page that runs articles about different zones, each article's zone from its first sentence
        # (page_articles, article_zone), in place of the page's
        self.articles = articles or {}
        self.in_body = False  # whether the article read now has named a zone in its body (since its opening or byline)
        self.opens_paragraph = False  # whether the sentence read now opens a paragraph
        self.contents = contents_lines(sentences or [], zone_mentions)

    def zone_of(self, sentence: Sentence, zones: list[tuple[Mention, str]]) -> str | None:
        """The zone (entity name) ``sentence`` is about, updating the running topic."""
        after_headline, self.headline = self.headline, False
        if sentence.index in self.articles:
            self.default = self.topic = self.article = self.articles[sentence.index]
            self.in_body = False
            self.city_paragraph = None
        self.opens_paragraph = sentence.paragraph != self.paragraph
        self.paragraph = sentence.paragraph
        if sentence.index in self.contents:  # a line of a table of contents: no article is read yet
            self.topic = self.article = None
            self.in_body = False
            return None
        # the parallel lead the sentence opens its paragraph with (创新思路，抬高标杆。), if it does
        lead = _PARALLEL_LEAD.fullmatch(sentence.text) if self.opens_paragraph and not zones else None
        self._second_half(sentence, zones, lead)
        zone = self._zone_of(sentence, zones, after_headline)
        self.in_body = self.in_body or (not sentence.heading and bool(zones))
        self.headline = sentence.heading and zone is not None and bool(zones)
        if zone is not None and lead is not None:
            self.parallel[lead.group(1)] = zone
        if zone is not None:
            self.spoken.add(zone)
            # (the points it opens, or runs after a colon: …五大特色产业基地：一是疫苗产业基地)
            self.numbered.update((point, zone) for point in _points(sentence.text))
        return zone

    def _zone_of(self, sentence: Sentence, zones: list[tuple[Mention, str]], after_headline: bool) -> str | None:
        """The zone ``sentence`` is about, given the zones it names (``zones``), moving the topic and the article as
        the sentence does."""
        if zones:
            return self._zone_of_naming(sentence, zones)
        return self._zone_of_naming_none(sentence, after_headline)

    def _zone_of_naming(self, sentence: Sentence, zones: list[tuple[Mention, str]]) -> str | None:
        """A sentence naming zones is about its subject zone, not a list of peers, a counterpart or a roll call;
        a subject zone becomes the topic, and opens an article where the sentence does."""
        if len({name for _, name in zones}) >= 3:
            return None  # a table of contents or a roll call of zones: about none of them
        subjects = [name for mention, name in zones
                    if not mention.in_list and not _is_counterpart(sentence.text, mention)]
        names = {name for _, name in zones}
        if not subjects and len(names) == 1 and not all(_is_counterpart(sentence.text, m) for m, _ in zones):
            subjects = list(names)  # 在中关村示范区，中关村创业大街…: one zone named twice is no list of peers
        if not subjects and all(_is_counterpart(sentence.text, m) for m, _ in zones):
            visited = {name for m, name in zones if _VISITED_BEFORE.search(sentence.text, max(0, m.start - 4), m.start)}
            if self.topic is None and len(visited) == 1:
                self.topic = visited.pop()  # 记者来到合肥高新区云飞路…: on a page about no zone yet, the scene
                self.city_paragraph = None
                return self.topic
            party = self._joint_party(sentence.text, zones)
            if party is not None:  # 科技园是南宁与北京中关村…合作的…成果 (on 益阳's half of a page): 南宁's own
                self.topic = party
                self.city_paragraph = None
            return self.topic  # 与昆山高新区结对共建: the other zone is a partner, the topic speaks
        if len(subjects) >= 2:  # 中关村在保定国家高新区成立了…创新中心: what is set up there is that zone's
            located = [name for mention, name in zones if name in subjects[1:] and sentence.text.endswith("在", 0, mention.start)]
            if located and subjects[0] not in located:
                subjects = [located[0], *subjects]
        if subjects:
            self.topic = self.default if _joined_with(sentence.text, zones, subjects[0], self.default) else subjects[0]
            self.city_paragraph = None
            self.titled = sentence.index if len(sentence.text) <= 40 else None
            if self.default is None and len(set(subjects)) >= 2 and _CLAUSE_MARK.search(sentence.text):
                topic, self.topic = self.topic, None  # 中关村…，…武汉东湖…: examples of zones, the page's topic none of them
                return topic
            if (_article_break(sentence.text) or "以下简称" in sentence.text or (sentence.heading and len(set(subjects)) == 1)
                    or self.article is None or self._opens_an_article(subjects[0])):
                # a byline naming its zone opens that zone's article, as do a zone given a short name
                # (西宁经济技术开发区（青海国家高新技术产业开发区）（以下简称“开发区”）) and a heading naming one zone; an
                # article whose zone is not known yet (a page's second, under a byline naming none) takes the first
                # zone it speaks of
                self.article = self.topic
            return self.topic
        return None  # a list of peer zones: about all of them, so about none in particular

    def _zone_of_naming_none(self, sentence: Sentence, after_headline: bool) -> str | None:
        """A sentence naming no zone is about the topic, unless it speaks of zones in general, of a city, a region or
        another area, or is a page's byline, heading, caption or debris (which move or keep the article)."""
        if "高新区" in sentence.text:  # (both patterns hold it: most sentences skip their scans)
            if _COUNTED_ZONES.search(_RANKED_AMONG.sub("", sentence.text)):
                return None  # 云南7家高新区拥有…: several zones together, none of them in particular
            if any(_ZONES_IN_GENERAL.match(sentence.text, opening) for opening in _openings(sentence.text)):
                return None  # 30年来，国家高新区涌现出联想、百度…: the national zones as a whole (the topic stays)
        if "市" in sentence.text and any(_SEVERAL_CITIES.match(sentence.text, opening) for opening in _openings(sentence.text)):
            return None  # 三市还拥有国防科大、…等高等院校69所: the cities', even in a paragraph a zone leads
        if sentence.index in self.leads:
            self.topic = self.leads[sentence.index]
            return self.topic
        if (sentence.index in self.placed and self.placed[sentence.index] != self.topic and self.topic is not None
                and self.placed[sentence.index] in self.spoken):
            # A2 of a page whose articles interleave (A1 B1 A2 B2): its place takes it back to the zone A1 was about
            # (not to a zone only named so far: 来自北京的大唐电信 on a page that names 中关村 as a source of firms)
            self.topic = self.placed[sentence.index]
            self.taken_back = (sentence.paragraph, self.topic, self.article)
        byline = _article_break(sentence.text)  # (read once: the checks below ask it up to four times)
        if after_headline and byline:
            self.article = self.topic
            return self.topic  # 南昌高新区：打造…增长极 / ►本报记者…: the byline of the article just headed
        if _IMAGE_LABEL.fullmatch(sentence.text.strip()) or _NO_WORDS.fullmatch(sentence.text.strip()):
            return None  # 衡阳1, 图2, 图片, ！: a picture's label or a page's debris between paragraphs, no heading (the topic stays)
        if len(sentence.text) <= 60 and (_PHOTO_CAPTION.search(sentence.text) or _PHOTO_CREDIT.match(sentence.text.strip())):
            # 5月8日拍摄的合肥晶澳太阳能科技有限公司全景 / 全媒体记者 张大岗 摄: a photograph's caption or credit inside the
            # article, no heading and no byline
            return self.topic
        # (a line's sentence that ends in 。 before a credit, 在通威太阳能（安徽）有限公司，工人正在…。全媒体记者 张大岗 摄, is
        # a caption's, no heading: the line is short and does not end a sentence, but that sentence does)
        heading = sentence.heading and not sentence.text.endswith(("。", "！", "？"))
        if byline and self.titled == sentence.index - 1 and self.topic is not None:
            self.article = self.topic  # 南昌高新区再获多项荣誉！/ 发布时间：…来源：…: the byline of the article just titled
            return self.topic
        if heading or byline:
            if byline:
                # a byline naming no zone: the next article's is not known yet; a byline line after an article's
                # body (（来源：沈阳日报）, after 通化's paragraphs; 发布时间：…来源：…, after 苏州's) opens another, whose
                # zone is the first it names, not that article's (not the article's own, among the lines over its
                # body: 信息来源：侨乡科技报 发布日期：…, 科技日报记者郝晓明; nor a reporter inside a sentence:
                # 走进红楼内，记者感受到了…)
                self.article = None if self.in_body and sentence.heading else self.default
                self.in_body = False
            self.topic = self.article
            return self.article  # a plan's headings are about its zone, an article's about its own; a page's end an article
        if another_area_subject(sentence.text) and not sentence.text.lstrip().startswith(self.park_towns):
            self.topic = None  # 泸州长开区将作为国家级经济技术开发区…: the page has moved on to another area
            return None
        if _government_subject(sentence.text):
            self._city_speaks(sentence)
            return None  # 近年来，市委市政府出台…，形成了…: what the city or province did (the topic stays)
        if any(_REGION_SUBJECT.match(sentence.text, opening) for opening in _openings(sentence.text)):
            return None  # 其中，光谷科创大走廊承担着…: a region of several cities speaks (the topic stays)
        if self.topic is None and self.default is not None and "高新区" in sentence.text:
            self.topic = self.default  # 滨海新区举办…。高新区分会场…: after another area, a bare 高新区 is the page's zone again
        city = self.cities.get(self.topic)
        if self.topic is not None and _place_subject(sentence.text, tuple(
                form if form == city or form not in self.topic else form + "市" for form in self.cues.get(self.topic, ()))):
            # 常州市将…, 无锡凭借…: the city's, said of it (the topic stays); not 杨凌将…, the zone's own
            # name (杨凌 is in 咸阳)
            self._city_speaks(sentence)
            return None
        if self.topic is not None and _other_place_subject(sentence.text, self.topic, self.all_cues):
            self._city_speaks(sentence)
            return None  # 余杭是杭州信息经济…的高地 (on a page about 杭州高新区): another place's, said of it
        if sentence.paragraph == self.city_paragraph and not _ZONE_WORD.search(sentence.text):
            return None  # …昌吉市持续加大…。特变电工、蓝山屯河等37家企业分别与清华大学…合作: still the city's
        if (self.city_paragraph is not None and city and city in _BRACKETED_PLACE.sub("", sentence.text)
                and not _ZONE_WORD.search(sentence.text)):
            self.city_paragraph = sentence.paragraph  # 2017年底，重庆基于…。¶ 近两年来，…项目…助推了重庆智能产业的发展: still the city's
            return None
        city_zone = _city_subject(sentence.text, self.cues)
        if city_zone is not None and city_zone != self.topic:
            self.topic = city_zone  # 近年来，常熟市着力打造…: the page has moved on to 常熟's zone
        return self.topic

    def _opens_an_article(self, subject: str) -> bool:
        """Whether the first sentence of a paragraph has for its subject a zone the page has not spoken of before
        (洛阳高新技术产业开发区在今年的经济工作中…, after 长春净月's article; 6年前，在哈尔滨市松北区，刚规划出的哈尔滨高新
        技术产业开发区“科技创新城”…, after 新乡's): another article, on a page whose articles no title or date sets
        apart as well."""
        return self.opens_paragraph and subject not in self.spoken and subject == self.topic

    def _city_speaks(self, sentence: Sentence) -> None:
        """The city is the subject: so is it for the rest of the paragraph, unless the sentence is
        about the zone all the same (4月7日，市委书记深入高新区调研。书记深入…公司: the zone's firm)."""
        if not _ZONE_WORD.search(sentence.text):
            self.city_paragraph = sentence.paragraph

    def _second_half(self, sentence: Sentence, zones: list[tuple[Mention, str]], lead: re.Match | None) -> None:
        """Where a page's articles interleave (A1 B1 A2 B2), the topic of a sentence that names no zone: A2 goes on
        with A1's zone by its numbering or by its parallel ``lead``, the paragraph after it (B2) with the article
        before, and a paragraph opening with a bare 高新区 is its article's zone."""
        number = None if zones else _numbering(sentence.text)
        before = self.numbered.get((number[0], number[1] - 1)) if number else None
        if before is None and lead is not None:
            # 创新产业，增量提质。 after 济南's A2, on a page whose 泰安 half opened a paragraph with 创新思路，抬高标杆。: the
            # series of leads goes on with 泰安's
            before = self.parallel.get(lead.group(1))
        if before is not None and before in self.spoken and sentence.index not in self.articles:
            if before != self.topic:
                # 二是化学药新型制剂产业基地 after 一是… of 泰州's half, on 南昌's: the numbering goes on with 泰州's
                self.taken_back = (sentence.paragraph, before, self.article)
                self.topic = self.article = before
            elif self.taken_back is not None:
                self.taken_back = (sentence.paragraph, *self.taken_back[1:])  # (三是…: and on)
        elif self.taken_back is not None and sentence.paragraph != self.taken_back[0]:
            if not zones and sentence.index not in self.placed and self.topic == self.taken_back[1]:
                self.topic = self.article = self.taken_back[2]  # the paragraph after A2, placed in no zone: B2
            self.taken_back = None
        if (not zones and self.opens_paragraph and self.articles and self.article is not None
                and self.topic != self.article and sentence.index not in self.placed and self.taken_back is None
                and any(sentence.text.startswith("高新区", opening) for opening in _openings(sentence.text))):
            # 高新区已形成新一代信息技术千亿级…, opening 重庆's second half after 荣昌's on an interleaved page: a bare
            # 高新区 opening a paragraph is the article's zone, not that of a zone another paragraph named
            self.topic = self.article

    def _joint_party(self, text: str, zones: list[tuple[Mention, str]]) -> str | None:
        """The zone whose city is the other party of a partnership with a zone named as a counterpart
        (南宁与北京中关村…合作: 南宁's), when the page has already been about that zone and it is not the topic."""
        found = set()
        for mention, name in zones:
            window = text[max(0, mention.start - 6) : mention.start]
            joiner = max(window.rfind(word) for word in "与同和")
            if joiner < 0 or (window[joiner + 1 :] and window[joiner + 1 :] not in place_forms()):
                continue  # (the joiner right before the zone, or before its city: 与北京中关村)
            before = text[: mention.start - len(window) + joiner]
            found |= {zone for zone, forms in self.cues.items()
                      if zone != name and zone in self.spoken and before.endswith(forms)}
        return found.pop() if len(found) == 1 and self.topic not in found else None


_ZONE_WORD = re.compile(r"高新区|开发区|园区|我区")
# a numbered point opening a sentence, by its style: 一是, 二、, （三）, 4., 第五，
_NUMBERING = re.compile(r"(?:([一二三四五六七八九十]{1,3})(是|、)|[（(]([一二三四五六七八九十]{1,3})[）)]|(\d{1,2})[.．、](?!\d)"
                        r"|第([一二三四五六七八九十]{1,3})[，,、])")


def _points(text: str) -> list[tuple[str, int]]:
    """The numbered points a sentence opens, or that run after a colon or a semicolon inside it."""
    return [point for at in (0, *(m.end() for m in _POINT_AFTER.finditer(text))) if (point := _numbering(text, at))]


_POINT_AFTER = re.compile(r"[：；:;]")


# a paragraph's lead of two short parallel phrases (创新思路，抬高标杆。 坚持项目为王，狠抓招商引资。), by its first word
_PARALLEL_LEAD = re.compile(r"([\u4e00-\u9fff]{2})[\u4e00-\u9fff]{1,6}，[\u4e00-\u9fff]{2,8}。")


def _numbering(text: str, at: int = 0) -> tuple[str, int] | None:
    """The style and number of the point ``text`` opens at ``at`` (一是… → ("是", 1)), if it opens one."""
    match = _NUMBERING.match(text, at)
    if match is None:
        return None
    if match.group(4):
        return ".", int(match.group(4))
    written, style = next((match.group(i), style) for i, style in ((1, match.group(2)), (3, "（）"), (5, "第")) if match.group(i))
    tens, ten, units = written.partition("十")
    if not ten:  # 一 to 九 alone (not 三五、, 一二、三产业: no number)
        value = small_count(written) if len(written) == 1 else None
    elif len(tens) <= 1 and len(units) <= 1 and "十" not in tens + units:  # 十, 十二, 二十, 二十一
        value = (small_count(tens) if tens else 1) * 10 + (small_count(units) if units else 0)
    else:
        value = None
    return (style, value) if value is not None else None


# a line of a few characters and a number alone: a picture's label (衡阳1, 图2, 图片3)
_IMAGE_LABEL = re.compile(r"[\u4e00-\u9fff]{1,6}\s*\d{1,2}")
# a line with fewer than two Chinese characters, or a picture's or video's placeholder: debris of a web page (！, []（）, 图片)
_NO_WORDS = re.compile(r"[^\u4e00-\u9fff]*[\u4e00-\u9fff]?[^\u4e00-\u9fff]*|[（(\[]?(?:图片|视频|图|组图)[）)\]]?")


# a clause mark in a sentence naming its zones as subjects: they speak in clauses of their own, as examples
# (中关村新一代信息技术跻身…，上海张江集成电路产业、…), not as one subject together
_CLAUSE_MARK = re.compile(r"[，；]")
_JOINED_ZONES = re.compile(r"(?:管委会|管理委员会)?[和与及、]")


# what may open a part of a sentence before its zone: 如长沙高新区…；株洲高新区…, 其中，…；而…
_PART_OPENING = re.compile(r"(?:其中|如|例如|比如|同时|此外|另外|而|另一方面)?[，,]?")


def _semicolon_parts(text: str) -> list[tuple[int, int, int]]:
    """The parts of a sentence between semicolons: ``(start, end, opening)`` of each, ``opening`` where its
    subject may stand, past an opening word (其中，…, 如…, 而…)."""
    parts, start = [], 0
    for end in [*(i for i, char in enumerate(text) if char == "；"), len(text)]:
        parts.append((start, end, _PART_OPENING.match(text, start).end()))
        start = end + 1
    return parts


def zones_of_parts(text: str, zones: list[tuple[Mention, str]]) -> list[tuple[int, int, str]]:
    """In a sentence naming two zones or more, the parts between semicolons that each open with a zone
    of their own (如长沙高新区依托…；株洲高新区发挥…；湘潭高新区深耕…): ``(start, end, zone)`` of each such
    part, each about its zone; none unless two parts open with different zones."""
    if "；" not in text or len({name for _, name in zones}) < 2:
        return []
    parts = []
    for start, end, opening in _semicolon_parts(text):
        zone = next((name for mention, name in zones if mention.start == opening and not mention.in_list), None)
        if zone is not None:
            parts.append((start, end, zone))
    return parts if len({zone for *_, zone in parts}) >= 2 else []


# what a county or district does as the subject of its part: …；临川引进…广银铝业、自立环保等企业，…；东乡引进…
_PLACE_BRINGS_IN = re.compile(r"(?:区|县|市)?(?:新)?(?:引进|引入|招引)")


def other_place_parts(text: str, cues: tuple[str, ...]) -> list[tuple[int, int]]:
    """In a sentence of parts between semicolons, the parts whose subject is a county, district or city that is
    none of the page's zones' (``cues``: their names and cities): ``(start, end)`` of each, about that place; and
    the words a speaker says of such a place (_reported_of_another_place)."""
    parts = _reported_of_another_place(text, cues)
    if "；" not in text:
        return parts
    for start, end, opening in _semicolon_parts(text):
        place = place_or_county_at(text, opening)
        if (place is not None and not any(place in cue or cue in place for cue in cues)
                and (_PLACE_AS_SUBJECT.match(text, opening + len(place)) or _PLACE_BRINGS_IN.match(text, opening + len(place)))):
            parts.append((start, end))
    return parts


# what a speaker says, opening after the verb of saying: 邗江区委书记张耀武表示，邗江近年来培育形成了以…为主导…的产业体系
_REPORTED = re.compile(r"(?:说|表示|介绍|指出|认为|坦言|强调)[，,：:]“?")


def _reported_of_another_place(text: str, cues: tuple[str, ...]) -> list[tuple[int, int]]:
    """The words a speaker says of a county, district, city or province that is none of the page's zones' (a zone's
    officer speaking of the district the zone lies in, or of a partner province), naming no zone:
    ``(start, end)`` of them, to the sentence's end; what they list is that place's."""
    said = _REPORTED.search(text)
    if said is None:
        return []
    opening = _PART_OPENING.match(text, said.end()).end()
    place = place_or_county_at(text, opening)
    if (place is None or any(place in cue or cue in place for cue in cues) or find_zones(text[opening:])
            or not _PLACE_SAID_OF.match(text, opening + len(place))):
        return []
    return [(said.end(), len(text))]


# a city's park the text places inside a zone: 江门市安全应急产业园所在的江门高新区, 以江门高新区为核心建设的江门市
# 安全应急产业园, 青岛市生物医药及医疗器械产业园、青岛市精密仪器仪表产业园揭牌…仪式在青岛高新区举行
_PARK = r"[\u4e00-\u9fff]{2,24}?产业园"
_PARK_IN_ZONE_AFTER = re.compile(rf"({_PARK})(?:所在的|位于)$")
_PARK_BUILT_AROUND = re.compile(rf"^为核心建设的({_PARK})")
_PARKS_HELD_IN = re.compile(rf"((?:{_PARK}、)*{_PARK})[^，。；]{{0,24}}?在$")


def parks_in_zones(sentences: list[Sentence], zone_names: dict[int, list[tuple[Mention, str]]]) -> dict[str, str]:
    """The parks a document places inside one of its zones, each with that zone's name."""
    parks: dict[str, str] = {}
    for sentence in sentences:
        text = sentence.text
        if "产业园" not in text:
            continue
        for zone, name in zone_names[sentence.index]:
            before = text[max(0, zone.start - 60) : zone.start]
            placed = _PARK_IN_ZONE_AFTER.search(before)
            found = [placed.group(1)] if placed else []
            if text.endswith("以", 0, zone.start):
                built = _PARK_BUILT_AROUND.match(text[zone.end :])
                found += [built.group(1)] if built else []
            if text.startswith("举行", zone.end):
                held = _PARKS_HELD_IN.search(before)
                found += held.group(1).split("、") if held else []
            for park in found:
                parks.setdefault(park, name)
    return parks


def park_opening(text: str, parks: dict[str, str]) -> str | None:
    """The zone of a park known to lie in it that opens the sentence, after a short opening
    (揭牌以来，江门市安全应急产业园吸引…)."""
    for park, zone in parks.items():
        at = text.find(park)
        if 0 <= at <= 8 and "，" not in text[at : at + len(park)]:
            return zone
    return None


def _joined_with(text: str, zones: list[tuple[Mention, str]], first: str, default: str | None) -> bool:
    """Whether the page's own zone is named right after the first one, the two acting together
    (由广州高新区管委会和海口国家高新区管委会合作共建): the sentence is the page's zone's."""
    if default is None or default == first:
        return False
    ends = [m.end for m, name in zones if name == first]
    return any(_JOINED_ZONES.fullmatch(text, end, m.start) for m, name in zones if name == default for end in ends)


_TITLES = re.compile(r"《[^《》]*》")
# a zone's officer after its name: the last title before a name of two or three characters (…党工委书记、管委会主任王忠道)
_OFFICERS_TITLE = re.compile(r"书记|主任|局长|区长|董事长|总经理|负责人|部长|院长|所长|主席|市长|县长")
_SAYS = r"说|表示|介绍|指出|认为|坦言|透露|强调|告诉"
# (not the verb after a title without a name: …科创局相关负责人介绍。)
_OFFICER_AFTER = re.compile(rf"[^，。；：]*?(?:{_OFFICERS_TITLE.pattern})"
                            rf"((?![副总])(?!{_SAYS})[\u4e00-\u9fff]{{2,3}}?)(?=[，。、；：“（(]|{_SAYS}|$)")


def _by_paragraph(sentences: list[Sentence]) -> dict[int, list[Sentence]]:
    """A page's sentences grouped by paragraph, in order."""
    paragraphs: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence)
    return paragraphs


def paragraphs_placed(sentences: list[Sentence], zone_mentions: dict[int, list[tuple[Mention, str]]],
                      cues: dict[str, tuple[str, ...]], names: dict[int, list[Mention]]) -> dict[int, str]:
    """On a page of several zones, the paragraphs that name no zone but the place of one of them only
    (茂名, 吉安), outside titles and the names of bodies (``names``: 中国科学院长春分院 places no paragraph in
    长春): that zone, by the index of the paragraph's first sentence. A page whose articles interleave
    (A1 B1 A2 B2) goes back to A's zone where A2 speaks of A's city."""
    if len(cues) < 2:
        return {}
    paragraphs = _by_paragraph(sentences)
    officers = _officers(sentences, zone_mentions)
    placed = {}
    for body in paragraphs.values():
        if any(zone_mentions.get(s.index) for s in body):
            continue
        text = "".join(_TITLES.sub("", _without(s.text, names.get(s.index, ()))) for s in body)
        zones = {zone for zone, forms in cues.items() if any(form in text for form in forms)}
        zones |= {zone for officer, zone in officers.items() if officer in text}  # …王忠道表示: 洛阳's officer speaks
        if len(zones) == 1:
            placed[body[0].index] = zones.pop()
    return placed


def _officers(sentences: list[Sentence], zone_mentions: dict[int, list[tuple[Mention, str]]]) -> dict[str, str]:
    """The people a page introduces as a zone's officers (洛阳高新区党工委书记、管委会主任王忠道), by name: the
    zone each speaks for, where a page names him with one zone only."""
    found: dict[str, set[str]] = {}
    for sentence in sentences:
        mentions = zone_mentions.get(sentence.index, [])
        for mention, zone in mentions:
            if not _OFFICERS_TITLE.search(sentence.text, mention.end, mention.end + 28):
                continue  # (most zones' names have no officer after them: no scan)
            for officer in _OFFICER_AFTER.finditer(sentence.text, mention.end):
                if officer.end(1) > mention.end + 30 or any(mention.end <= other.start < officer.start(1) for other, _ in mentions):
                    break  # (within a few words of the zone's name, no other zone's between)
                found.setdefault(officer.group(1), set()).add(zone)
    return {name: zones.pop() for name, zones in found.items() if len(zones) == 1}


def _without(text: str, mentions: Iterable[Mention]) -> str:
    """The sentence with the names of the bodies it mentions blanked out."""
    for mention in mentions:
        text = text[: mention.start] + " " * (mention.end - mention.start) + text[mention.end :]
    return text


def _lead_paragraphs(sentences: list[Sentence], zone_mentions: dict[int, list[tuple[Mention, str]]],
                     cues: dict[str, tuple[str, ...]]) -> dict[int, str]:
    """Sentences of a lead paragraph that comes before its article names its zone, and the sentences of a
    paragraph before the one that names its zone.

    Newspaper pages open an article with a colourful paragraph (索菲亚…在索菲亚黄冈基地持续发力) and
    name the zone only in the next (一年多来，黄冈高新区…). A paragraph that names no zone, followed
    by one whose first sentence does, belongs to that zone when it mentions the zone's place.
    """
    paragraphs = _by_paragraph(sentences)
    numbers = sorted(paragraphs)
    leads: dict[int, str] = {}
    for here in numbers:  # …康诺亚等…企业相继上市，成都天府国际生物城首家医院…开诊……上半年，成都高新区…: the sentences before
        body = paragraphs[here]  # the paragraph first names its zone are that zone's, when they name its place
        named = next((i for i, s in enumerate(body) if zone_mentions.get(s.index)), None)
        if not named:
            continue
        subjects = [name for mention, name in zone_mentions[body[named].index] if not mention.in_list]
        forms = cues.get(subjects[0], ()) if subjects else ()
        before = body[:named]
        # (not where the city speaks: 近年来，淄博始终…; nor its place in a title: 制定印发了《兰州市…方案》)
        if forms and any(cue in _TITLES.sub("", s.text) for s in before for cue in forms) and not any(
                _place_subject(s.text, forms) for s in before):
            leads.update({s.index: subjects[0] for s in before})
        elif len(cues) >= 2 and _lead_sentence(before, zone_mentions[body[named].index], body[named].text):
            # 生物医药首位产业优势凸显。兰州高新区将生物医药业作为首位产业…, after 南昌's paragraphs; 日前，国务院印发《…
            # 意见》。合肥高新区将紧抓政策机遇…, after 杭州's: a paragraph's one opening sentence, before the zone it is
            # about opens the next as its subject
            leads[before[0].index] = subjects[0]
    for here, following in zip(numbers, numbers[1:]):
        body = paragraphs[here]
        if any(zone_mentions.get(s.index) for s in body):
            continue
        first = paragraphs[following][0]
        subjects = [name for mention, name in zone_mentions.get(first.index, []) if not mention.in_list]
        if not subjects:
            continue
        text = "".join(s.text for s in body)
        if any(cue in text for cue in cues.get(subjects[0], ())) and not another_area_subject(body[0].text):
            # (not 昆山开发区国显光电、…等5个项目开工建设 before 昆山高新区九豪应用材料、…: a list of another area's)
            leads.update({s.index: subjects[0] for s in body})
    return leads


def _lead_sentence(before: list[Sentence], zones: list[tuple[Mention, str]], text: str) -> bool:
    """Whether ``before`` is a paragraph's one sentence ahead of the sentence (``text``, naming ``zones``) that opens
    with its subject zone: a lead or the news the zone answers, not a sentence that goes on with the zone before
    (该区还…, 同时，…) nor one another area or a city speaks."""
    if len(before) != 1 or before[0].heading or _GOES_ON.match(before[0].text) or another_area_subject(before[0].text):
        return False
    first, _ = min(zones, key=lambda found: found[0].start)
    return first.start in _openings(text) and _as_subject(text, first)


# a sentence that goes on with what the one before spoke of (该区, 此外，, 同时，): no lead of a new paragraph's zone
_GOES_ON = re.compile(r"\s*(?:该|其|此|这|那|同时|另外|并|还|也|而|但|此外|与此同时|对此|为此|因此|目前|其中)")


_OPENING = re.compile(r"(?:[^，。；：、]{1,8}，|[^，。；：、]{2,8}讯)?")  # an opening adverbial (近年来，) or a byline (常报全媒体讯)


def _openings(text: str, opening_pattern: re.Pattern = _OPENING) -> tuple[int, ...]:
    """Where a sentence's subject may stand: at its start, or after an opening adverbial or byline (the
    regex takes the opening whenever a comma comes early, so the start is tried too: 市政府高度重视，…)."""
    opening = opening_pattern.match(text).end()
    return (0, opening) if opening else (0,)


def _city_subject(text: str, cues: dict[str, tuple[str, ...]]) -> str | None:
    """The zone of the document whose city opens the sentence as its subject (常熟市着力…), when
    the city is that of one zone of the document only."""
    if "市" not in text:
        return None  # every hit is a form and 市: most sentences have no 市, and no form is tried
    openings = _openings(text)
    hits = {zone for zone, forms in cues.items()
            if any(text.startswith(form + "市", opening) for form in forms for opening in openings)}
    return hits.pop() if len(hits) == 1 else None


# a development area of another kind, named by its place, opening a sentence as its subject: 泸州长开区将…,
# 苏州工业园区坚持… (a park of the zone is an 产业园, a 园区 of no place is the zone; 高新区与经开区… is no
# area's name, nor 全市经开区)
_ANOTHER_AREA = re.compile(r"(?:(?!高新|园区)[^与和及的、，。；：\s]){2,10}?"
                           r"(?:经济技术开发区|经济开发区|产业开发区|经开区|(?<![新高])开区|(?<!技术)开发区|综合保税区|综保区|保税区|(?<!产业)工业园区"
                           r"|(?<![高])新区|产业功能区)")  # 天津滨海新区, 两江新区: a state-level new area, no high-tech zone;
# 成都空天产业功能区: one of a city's functional areas


def _place_subject(text: str, forms: tuple[str, ...]) -> bool:
    """Whether the zone's city opens the sentence as its subject (常州正…, 在…的同时，常州市将…, 作为武汉
    “后花园”的咸宁，近年来…)."""
    city_alone = not _ZONE_WORD.search(text)  # (天津市投资促进局…处长、…、高新区生物医药…: the zone's people too)
    openings = [start + _EPITHET.match(text, start).end() - start for start in _openings(text, _LONG_OPENING)]
    if any((_PLACE_AS_SUBJECT.match(text, opening + len(form))  # 在持续壮大…的同时，常州也将…; 常德在…的基础上，…
            or (city_alone and _CITY_WITH_SHI.match(text, opening + len(form))))  # 白银市以…为引领
           for opening in openings for form in forms if text.startswith(form, opening)):
        return True
    described = _DESCRIBED.match(text)
    return described is not None and any(
        text.startswith(form + "，", at + 1) for at in range(2, described.end()) if text[at] == "的" for form in forms)


# a place described before it is named: 作为武汉“后花园”的咸宁，…
_DESCRIBED = re.compile(r"作为[^，。；]{1,20}的")
# a region of several cities as a subject: 武汉城市圈成员城市纷纷…, 光谷科创大走廊承担着…, 长三角城市群
# (not 园区地处滇中城市经济圈…: the zone, placed in the region)
_REGION_SUBJECT = re.compile(r"(?:(?!园区|高新区|地处|位于|处于|属于|融入|加入|对接)[\u4e00-\u9fff]){2,10}?"
                             r"(?:城市圈|都市圈|城市群|经济圈|经济带|大走廊|科创走廊)")


_EPITHET = re.compile(r"(?:“[^”，。]{1,10}”)?")  # “工业明星城市”常州大力发展…: the city's epithet before it


# the city written with 市 and then anything but its zone's, a district's or a company's name (白银市高新区,
# 常州市武进区, 佛山市高信建设发展有限公司), or a body of it first in a list of parties (沈阳市科技局、浑南区与…)
_CITY_WITH_SHI = re.compile(r"市(?!\s*(?:国家)?高新|[^，。；]{0,4}?(?:区|县)|[^，。；]{0,16}?(?:公司|集团)|[^，。；、]{0,8}、)")


# the city's or province's leadership as the subject: 市委市政府, 市委、市政府, 省政府, 全市, 全省; or several
# cities together (_SEVERAL_CITIES: 长株潭三市还拥有国防科大、…等高等院校69所)
_GOVERNMENT_SUBJECT = re.compile(r"(?:[市省]委)?、?[市省](?:人民)?政府|[市省]委(?![员会])|全[市省](?!场)|我[市省](?![场内外])")
# an opening adverbial of time, which the leadership may open without being the subject: 全市部署会后，高新区…
_WHEN_OPENING = ("后，", "以来，", "期间，", "之际，", "时，")


_VISITS_THE_ZONE = re.compile(r"一行[^，。；]{0,4}?(?:来到|来|到|赴|走进|深入)[^，。；]{0,6}?(?:高新区|园区)")


def _government_subject(text: str) -> bool:
    """Whether the city's or province's leadership opens the sentence as its subject (not 全市部署会后，
    高新区第一时间…: the meeting after which the zone acted)."""
    if _VISITS_THE_ZONE.search(text):
        return False  # 市委常委、秘书长黄爱军一行来高新区调研，先后来到…: the zone and its firms, visited
    openings = _openings(text)
    return any(_GOVERNMENT_SUBJECT.match(text, opening) and not (
        opening == 0 and len(openings) > 1 and text.endswith(_WHEN_OPENING, 0, openings[1])) for opening in openings)


def city_part_end(text: str, zones: list[tuple[Mention, str]]) -> int:
    """Where the city's part of a sentence ends when the city's or province's leadership opens it as its
    subject and the zone is named only in a later clause (目前，全市已形成机电汽车、…等六大主导产业，涌现出抚州
    高新区汽车零部件…等10个省级产业基地): what the clauses before the zone's name hold is the city's; 0 if none."""
    if not zones or not _government_subject(text):
        return 0
    first = min(mention.start for mention, _ in zones)
    last_mark = max(text.rfind(mark, 0, first) for mark in "，；")
    return last_mark + 1 if last_mark > 0 else 0


_SEVERAL_CITIES = re.compile(r"[\u4e00-\u9fff]{0,4}?[两三四五六七八九十]市(?![场值民区县])")
_LONG_OPENING = re.compile(r"(?:[^，。；：、]{1,20}，)?")
_PLACE_AS_SUBJECT = re.compile(r"(?:市|区|县)?(?:正|也|将|还|已|要|是|拥有|作为|坚持|围绕|紧紧|全力|着力|持续|积极|加快|大力|凭借|依托"
                               r"|初步|形成|深入|实施|制定|提出|出台|印发|先后|累计|聚焦|始终|不断|率先|立足|抢抓|构建|推动|推进|培育|打造|把|在|基于|以(?=[^，。；]{1,20}为)"
                               r"|早?(?:即|就|便)(?=出台|印发|发布|制定))")  # 早在2020年，成都即出台《…》
# a time before the place's verb (邗江近年来培育形成了…), or the place's own resources or economy as the subject (青海
# 资源禀赋非常好，…尤其光伏产业、装备制造、新材料等新兴产业发展异常迅速)
_PLACE_SAID_OF = re.compile(rf"(?:近年来|近些年|这几年|近几年|多年来|目前|今年以来)?[，,]?(?:{_PLACE_AS_SUBJECT.pattern})|资源|经济|产业")


def _other_place_subject(text: str, zone: str, cues: tuple[str, ...]) -> bool:
    """Whether a place that is none of the document's zones' (``cues``: their cities and names) opens
    the sentence as its subject (余杭是…, 余杭有…)."""
    for opening in _openings(text):
        place = place_at(text, opening)
        if place is None or place in zone or any(place in cue or cue in place for cue in cues):
            continue
        if _PLACE_AS_SUBJECT.match(text, opening + len(place)) is not None or text.startswith("有", opening + len(place)):
            return True
    return False


def another_area_subject(text: str) -> bool:
    """Whether a development area that is no high-tech zone, named by its place or by its kind alone
    (目前，经济技术开发区已经形成了…), or a district's cluster (樊城区航空航天…产业集群则依托…) opens the
    sentence as its subject."""
    for opening in _openings(text):
        scene = _SCENE.match(text, opening)  # 在益阳长春经开区，湖南宇晶…, 走进益阳龙岭产业开发区…: the scene is another area
        if any(place_at(text, at) is not None and _ANOTHER_AREA.match(text, at) is not None
               for at in (opening, *((scene.end(),) if scene else ()))):
            return True
        if _NAMED_AREA_OR_TOWN.match(text, opening) is not None:
            return True  # 花桥经济开发区康桥国际学校、…等5个项目开工建设, 张浦镇春秋电子、…: a list of what another area holds
        district = district_at(text, opening)
        if district is not None and _DISTRICTS_BUREAU.match(text, opening + len(district)) and "该区" in text:
            return True  # 郫都区投促局相关负责人告诉记者，今年以来，该区引进…: the district's bureau, of the district
        if (_BARE_AREA.match(text, opening) is not None or _FREE_TRADE_AREA.match(text, opening) is not None
                or _DISTRICTS_CLUSTER.match(text, opening) is not None and district_at(text, opening) is not None):
            return True
    return False


_SCENE = re.compile(r"在|走进|来到|走访")  # where the sentence's scene is set
# a park and, in brackets, the town it is (空港产业园（罗溪镇）)
_PARK_AND_ITS_TOWN = re.compile(r"(?:产业园|工业园|科技园|园区)[（(]([\u4e00-\u9fff]{2,3}?镇)[）)]")
_DISTRICTS_BUREAU = re.compile(r"(?:人民)?政府|区委|[\u4e00-\u9fff]{1,4}?局")
# an economic development area or a town by its own name opening the sentence (花桥经济开发区…, 张浦镇…; not 特色小镇,
# 工业重镇, 千年古镇: kinds of town)
_NAMED_AREA_OR_TOWN = re.compile(r"(?:(?!高新)[\u4e00-\u9fff]){2,4}?(?:经济技术开发区|经济开发区|经开区|工业园区)"
                                 r"|[\u4e00-\u9fff]{2,3}?(?<![小重古名])镇(?![区])")  # (袁河经开区以钢铁产业为首位产业, 分宜工业园区以…)


# a district or county by its name (樊城区, 襄州区), not an area of a kind (高新区, 园区, 新区, 示范区 …)
_DISTRICT = re.compile(r"[\u4e00-\u9fff]{2,3}?[区县]")
# (城区 alone, 主城区 and 老城区 are kinds too; 樊城区, 西城区 are districts)
_KINDS_OF_AREA = ("高新区", "园区", "新区", "主城区", "老城区", "市城区", "社区", "校区", "景区", "辖区", "市区", "全区", "我区",
                  "该区", "本区", "片区", "示范区", "集聚区", "功能区", "核心区", "承载区", "开发区", "经开区", "保税区", "试验区",
                  "自贸区", "经济区", "先行区", "合作区", "产业区", "工业区", "库区", "山区", "地区", "湾区", "两区", "三区")
_DISTRICTS_CLUSTER = re.compile(r"[\u4e00-\u9fff]{2,3}?[区县][^，。；、]{2,24}?产业集群")


def district_at(text: str, at: int) -> str | None:
    """The district or county whose name stands at ``at`` (樊城区), if one does: two or three characters
    and 区 or 县, no kind of area and no zone."""
    district = _DISTRICT.match(text, at)
    if district is None or district.group().endswith(_KINDS_OF_AREA) or find_zones(district.group()):
        return None
    return district.group()


_BARE_AREA = re.compile(r"(?:经济技术开发区|经济开发区|经开区)(?:已经|已|还|也|将|正|目前)?(?:形成|拥有|聚集|集聚|入驻|建成|培育)")
# a free trade zone or its area, acting (下一步，自贸试验区济南片区将围绕…聚焦人工智能、…五大主导产业): its sectors
# are its own, also where the zone is one of its parts
_FREE_TRADE_AREA = re.compile(
    r"(?:中国[（(][\u4e00-\u9fff]{2,3}[）)])?[\u4e00-\u9fff]{0,3}?(?:自由贸易试验区|自贸试验区|自贸区)(?:[\u4e00-\u9fff]{2,4}片区)?"
    r"(?:已经|已|还|也|将|正|目前)?(?:形成|拥有|聚集|集聚|入驻|建成|培育|围绕|聚焦|重点|大力|着力|加快|打造)")


# two zones or more, counted (云南7家高新区), not a rank (第5家国家级高新区) nor one (再造一个高新区)
_COUNTED_ZONES = re.compile(r"(?<![第\d])(?:[2-9]|\d{2,}|[两二三四五六七八九十百])[\d一二三四五六七八九十百]*\s*[家个](?:国家级?|省级)?高新区")
# the zone ranked among counted zones (在全国169个国家高新区中排名第12, …168个国家级高新区综合排名中…):
# a sentence about the zone's rank, not about the zones counted
_RANKED_AMONG = re.compile(rf"{_COUNTED_ZONES.pattern}[^，。；]{{0,16}}?(?:排名|排行|位列|位居|排第|名列)")
_COUNTED_BEFORE = re.compile(r"[\d一二三四五六七八九十百千几多余]\s*[家个名位]$")
_COUNTERPART = ("与", "同", "跟", "向", "赴", "到", "对", "至", "驻", "联合", "携手", "对标", "学习", "借鉴", "对接")  # (驻: 渭南驻西安高新区科技工作站, an office stationed there)


# the national zones as a whole opening a sentence as its subject (not 国家高新区管委会, a zone's own body)
_ZONES_IN_GENERAL = re.compile(r"(?:全国|各|各地|全国各)?(?:国家级?)高新区(?!管委会|管理委员会|党工委)")


# what a firm's growth owes the zone: 与烟台高新区特别是…的贴心服务密不可分
_OWED_TO = re.compile(r"[^，。；]{0,30}?(?:密不可分|分不开|离不开)")
_VISITED_BEFORE = re.compile(r"(?:来到|走进|赴|到)$")
# an agreement to invest in the zone, signed with its committee: the project lands in the zone, whose sentence
# it is (…全资子公司包头天和新材料科技有限公司近日与包头稀土高新技术产业开发区管理委员会签署了《…项目…的投资协议》)
# (its short name declared, another party and a date between: 管理委员会（以下简称“甲方1”）、咸阳市秦都区人民政府（以下简称
# “甲方2”）于2019年6月28日签订项目投资协议)
_INVESTS_IN = re.compile(r"(?:管委会|管理委员会)(?:[（(]以下简称[^）)]{1,20}[）)])?(?:[、和及][^，。；、]{2,20}?(?:[（(]以下简称[^）)]{1,20}[）)])?)?"
                         r"(?:于[^，。；]{2,16}?)?(?:正式|成功)?签(?:署|订)了?[^，。；]{0,50}?(?:投资|入园|入区|落户|入驻)(?:合作)?(?:协议|合同)")
_TAKES_PART = re.compile(r"参与(?:建设|共建|投资|运营)")
# a letter of thanks or congratulation sent to the zone: the page is the receiving zone's (工信部规划司特向新余高新区发来感谢信)
_LETTER_TO = re.compile(r"(?:发来|寄来|送来|发出|致)了?(?:一封|封)?(?:感谢信|贺信|表扬信|感谢函|贺电)")
# a delegation coming to the page's own zone, which it calls 我区
_VISITS_US = re.compile(r"(?:来|到|莅临)(?:我区|我园)")


def _is_counterpart(text: str, mention: Mention) -> bool:
    """A zone named as the other party (与西安高新区合作, 赴深圳高新区考察, 南宁与北京中关村…合作),
    not as the subject."""
    window = text[max(0, mention.start - 10) : mention.start]
    if _COUNTED_BEFORE.search(window):
        return True  # 已引进15家中关村互联网企业落户: the zone says where counted firms come from
    if text[max(0, mention.start - 1) : mention.start] == "向" and _LETTER_TO.match(text, mention.end):
        return False  # 工信部规划司特向新余高新区发来感谢信: the zone thanked, the page's own
    if _OWED_TO.match(text, mention.end):
        return False  # …能够快速发展，与烟台高新区…的贴心服务密不可分: what a firm owes the zone, its own zone
    if _INVESTS_IN.match(text, mention.end):
        return False  # …与包头稀土高新技术产业开发区管理委员会签署了《…的投资协议》: where the project lands
    if text[max(0, mention.start - 1) : mention.start] == "由" and _TAKES_PART.match(text, mention.end):
        return True  # 由东湖高新区参与建设的东湖高新海口生物城，作为海口国家高新区内的…: a partner in building it
    if _VISITS_US.search(text, mention.end):
        return True  # 省黄河三角洲农高区…带领考察团一行19人来我区参观考察: the visitors' zone, not the page's
    for word in _COUNTERPART:
        at = window.rfind(word)
        if at >= 0 and (at + len(word) == len(window) or window[at + len(word) :] in place_forms()):
            return True
    return False


def _as_subject(text: str | None, mention: Mention) -> bool:
    """Whether a zone is named as what its sentence (``text``; none for a title) is about: not one of a list of
    peers, not another party (与昆山高新区结对共建)."""
    return not mention.in_list and (text is None or not _is_counterpart(text, mention))


def _document_zone(document: Document, zone_mentions: dict[int, list[tuple[Mention, str]]]) -> str | None:
    """The one zone a document is about, when its title names one and it dominates the text."""
    counts = Counter(name for index, found in zone_mentions.items() for mention, name in found
                     if _as_subject(document.sentences[index].text if index >= 0 else None, mention))
    if not counts:
        return None
    top, top_count = counts.most_common(1)[0]
    share = top_count / sum(counts.values())
    title_names = [name for mention, name in zone_mentions.get(-1, [])]
    if top in title_names and share >= 0.6:
        return top
    # a zone's own report names itself once, in its byline (来源：连云港市高新区科经局), and calls
    # itself 市高新区 or 高新区 in its title: the one zone it names, where it opens, is its zone
    opening = [name for index in (0, 1) for _, name in zone_mentions.get(index, [])]
    if len(counts) == 1 and top in opening and "高新区" in document.title:
        return top
    # a page about one zone only, whose title names a park or project of it (南宁·中关村科技园建设…):
    # the only zone it names, other than as another party or a peer (沈阳、大连两个国家高新区), but not
    # one zone beside a list of others (目前共有南宁、桂林、柳州、北海4个国家高新区…（来宾高新区…获批）)
    listed = {name for index, found in zone_mentions.items() if index >= 0 for mention, name in found if mention.in_list}
    if len(counts) == 1 and not title_names and len(listed - {top}) < 2:
        return top
    # an overview whose title names no zone (一、基本概况 / 南京江宁高新技术产业开发区…是南京高新区的分园之一):
    # the zone it opens with, named most, twice at least
    first = next((name for index in sorted(i for i in zone_mentions if i >= 0) for _, name in zone_mentions[index]), None)
    if not title_names and first == top and top_count >= 2 and share >= 0.6:
        return top
    return None
