"""Enterprises: the companies a sentence names. find_enterprises reads each way the genre names a firm
in turn (_PASSES, one module a way), then keeps the longest of those that overlap; the finder reads a
zone's own companies before them (zone_companies) and a list's peers after them (peer_companies)."""

from __future__ import annotations

from zonegraph.mentions.base import Mention
from zonegraph.mentions.enterprises.brands import COUNTED_UNITS, _brands_and_listings
from zonegraph.mentions.enterprises.candidates import _Candidates, _kept
from zonegraph.mentions.enterprises.headed import _described_and_titled_firms, _quoted_and_headed_firms
from zonegraph.mentions.enterprises.legal_names import THE_COMPANY, _legal_names
from zonegraph.mentions.enterprises.lists import (FUND_MANAGER_KINDS, SUPPLY_ADVERBS, investor_lists, _acting_firms,
                                                  _listed_firms)
from zonegraph.mentions.enterprises.peers import peer_companies
from zonegraph.mentions.enterprises.projects_and_factories import _projects_and_factories
from zonegraph.mentions.enterprises.represented import _represented_firms
from zonegraph.mentions.enterprises.units import _units_and_bodies
from zonegraph.mentions.enterprises.words import STRONG_ENDINGS
from zonegraph.mentions.enterprises.zone_companies import zone_companies

__all__ = ["COUNTED_UNITS", "FUND_MANAGER_KINDS", "STRONG_ENDINGS", "SUPPLY_ADVERBS", "THE_COMPANY",
           "find_enterprises", "investor_lists", "peer_companies", "zone_companies"]


# the ways the genre names a firm, read in this order (a later pass sees what the earlier ones found)
_PASSES = (_legal_names, _listed_firms, _represented_firms, _quoted_and_headed_firms, _acting_firms, _units_and_bodies,
           _described_and_titled_firms, _projects_and_factories, _brands_and_listings)


def find_enterprises(text: str, blocked: list[tuple[int, int]], industry_labels: frozenset[str]) -> list[Mention]:
    """The enterprises a sentence names, read by each way the genre names a firm in turn (``_PASSES``),
    then the longest of those that overlap; ``blocked`` are the spans other finders took."""
    candidates = _Candidates(text, blocked, industry_labels)
    for find in _PASSES:
        find(candidates)
    return _kept(candidates)
