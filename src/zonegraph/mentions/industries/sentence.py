"""What every pass of find_listed_sectors reads: the sentence with the sectors the taxonomy found in it
and the spans other finders took (SectorSentence), and where an item starts after such a span."""

from __future__ import annotations

from dataclasses import dataclass

from zonegraph.mentions.base import Mention
from zonegraph.mentions.industries.unknown import unknown_sectors


@dataclass(frozen=True)
class SectorSentence:
    """What every pass of find_listed_sectors reads: the text, the sectors the taxonomy found in
    it (``known``) and the spans other finders took (zones, institutes, companies)."""

    text: str
    known: list[Mention]
    taken: list[tuple[int, int]]

    def covered(self, a: int, b: int) -> bool:
        """Whether something found already lies in ``text[a:b]``."""
        return any(m.start < b and a < m.end for m in self.known) or any(s < b and a < e for s, e in self.taken)

    def sectors_beside_known(self, items: list[tuple[int, int]]) -> list[Mention]:
        """The items of a list as sectors, the unknown ones too, where one at least holds a known sector."""
        if not any(self.covered(a, b) for a, b in items):
            return []
        return unknown_sectors(self.text, items, self.covered, self.known)

    def whole(self, a: int, b: int) -> bool:
        """Whether ``text[a:b]`` is a known sector's name and nothing more."""
        return any(m.start == a and m.extra["phrase_end"] in (b, b - 1) for m in self.known)


def _after_taken(start: int, end: int, taken: list[tuple[int, int]]) -> int:
    """``start``, or the end of a taken span (a zone's name) ending after it and before ``end``."""
    return max([start] + [e for _, e in taken if start < e < end])
