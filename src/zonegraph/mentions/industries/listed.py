"""find_listed_sectors: the sectors a sentence names where it says they are sectors. The readings of
lists and of single sectors run in order (a later reading of the same span wins), each only where its
words are in the text; then the known sectors written longer, two run together, and the items joining two."""

from __future__ import annotations

from collections.abc import Callable

from zonegraph.mentions.base import Mention
from zonegraph.mentions.industries.compounds import _compound_items
from zonegraph.mentions.industries.frames import (
    _base_titles,
    _chain_of,
    _company_led_chains,
    _led_by,
    _numbered_headings,
    _one_cluster,
    _one_developed,
    _one_leading,
    _one_of_the_sectors,
    _represented_sectors,
)
from zonegraph.mentions.industries.lists import (
    _between_known,
    _chain_parts,
    _clustered_lists,
    _coded_lists,
    _counted_heads,
    _counted_pairs,
    _developing_lists,
    _each_named_sector,
    _field_lists,
    _headed_lists,
    _leading_lists,
    _main_sector_lists,
    _sector_roles,
)
from zonegraph.mentions.industries.sentence import SectorSentence
from zonegraph.mentions.industries.shared import _DEVELOPING
from zonegraph.mentions.industries.written import _listed_longer, _run_together, _written_longer


def find_listed_sectors(text: str, known: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """Sectors the taxonomy does not know, named where the text says they are sectors: in a list it
    heads as sectors next to one it knows (生物科技 and 卫星导航应用 in 软件及电子信息、生物科技、卫星
    导航应用等主导、特色产业集群), in a list a verb of developing sectors opens with known sectors for
    at least half its items (重点发展…), or as leading a broader sector (以激光为引领的新一代信息技术
    产业), and the other kinds of list _LIST_PASSES reads, each only where its words are. The name is
    the item as written, minus a trailing 产业 or 行业; such sectors have no taxonomy concept."""
    sentence = SectorSentence(text, known, taken)
    found = [m for words, read in _LIST_PASSES if words(text) for m in read(sentence)]
    if "产业" in text or "行业" in text:
        found.extend(_written_longer(text, known, taken))
    found.extend(_run_together(text, known))
    if "、" in text or any(joiner in text for joiner in "和及与"):
        found.extend(_listed_longer(text, known, taken))
    if "、" in text and any(joiner in text for joiner in "及与和"):
        read = {m.start for m in found}  # an item another rule read as a sector stays as it read it
        found.extend(m for m in _compound_items(text, known, sentence.covered) if m.start not in read)
    return list({(m.start, m.end): m for m in found}.values())  # one mention a span, whichever rule read it


# The kinds of list find_listed_sectors reads, in order (a later reading of the same span wins),
# each with the words without which it cannot match.
_LIST_PASSES: tuple[tuple[Callable[[str], bool], Callable[[SectorSentence], list[Mention]]], ...] = (
    (lambda text: "产业之一" in text, _one_of_the_sectors),
    (lambda text: "发展" in text and "产业" in text, _one_developed),
    (lambda text: "以" in text and "为" in text and "产业" in text, _one_leading),
    (lambda text: text.count("、") >= 2, _between_known),
    (lambda text: "、" in text and ("产业" in text or "行业" in text or "大领域" in text), _headed_lists),
    (lambda text: "两" in text, _counted_pairs),
    (lambda text: any(verb in text for verb in _DEVELOPING), _developing_lists),
    (lambda text: ("以" in text or "由" in text) and "为" in text, _leading_lists),
    (lambda text: "以" in text and text.count("为") >= 2, _sector_roles),
    (lambda text: "在内的" in text, _chain_parts),
    (lambda text: "产业链" in text and "的" in text, _company_led_chains),
    (lambda text: "产业为主" in text, _main_sector_lists),
    (lambda text: "产业" in text and ("”即" in text or '"即' in text), _coded_lists),
    (lambda text: "产业、" in text, _each_named_sector),
    (lambda text: "以" in text and "为" in text, _led_by),
    (lambda text: "为" in text and "的" in text, _represented_sectors),
    (lambda text: "产业链" in text, _chain_of),
    (lambda text: ("领域" in text or "方面" in text or "门类" in text) and "、" in text, _field_lists),
    (lambda text: "集群" in text, _one_cluster),
    (lambda text: "、" in text and "集群" in text, _clustered_lists),
    (lambda text: "产业" in text, _numbered_headings),
    (lambda text: "基地" in text, _base_titles),
    (lambda text: "——" in text or "：" in text, _counted_heads),
)
