"""Find the node a user means by any of its names, and say what they might have meant instead.

Users type the forms documents use (苏州高新区, 浙大, 芯片) as often as the canonical names, with
full- or half-width brackets; an unknown name is answered with the closest names the graph has.
"""

from __future__ import annotations

import difflib
import unicodedata
from typing import Iterable, Mapping

from zonegraph.errors import ZonegraphError, quoted

_MAX_SUGGESTIONS = 5


def normalise(name: str) -> str:
    """The form names are compared in: NFKC (full-width folded), no spaces, Latin case-folded."""
    return "".join(unicodedata.normalize("NFKC", name).split()).casefold()


def resolve(name: str, names: Mapping[str, tuple[str, Iterable[str]]], what: str) -> str:
    """The node whose canonical name or alias is ``name``.

    ``names`` maps node -> (canonical name, aliases); ``what`` names the kind for messages
    ("zone", "institute", "industry"). A canonical name wins over another node's alias; a name
    that is only an alias of several nodes is ambiguous, and an unknown one gets suggestions.
    """
    wanted = normalise(name)
    if not wanted:
        raise ZonegraphError(f"empty {what} name")
    canonical = sorted(node for node, (label, _) in names.items() if normalise(label) == wanted)
    if canonical:
        return canonical[0]
    by_alias = sorted(node for node, (_, aliases) in names.items() if wanted in {normalise(a) for a in aliases})
    if len(by_alias) == 1:
        return by_alias[0]
    if by_alias:
        choices = "、".join(sorted(names[node][0] for node in by_alias))
        raise ZonegraphError(f"{what} name {quoted(name)} is ambiguous: it names {choices}; give the full name")
    suggestions = suggest(name, names)
    plural = "industries" if what == "industry" else f"{what}s"
    hint = (f"; did you mean {'、'.join(suggestions)}?" if suggestions
            else f"; none of the graph's {len(names)} {plural} has a name close to it")
    raise ZonegraphError(f"unknown {what} {quoted(name)}: no {what} of the graph has this name{hint}")


def suggest(name: str, names: Mapping[str, tuple[str, Iterable[str]]]) -> list[str]:
    """The closest names, each shown as 'alias（canonical）' where an alias is what matched."""
    wanted = normalise(name)
    best: dict[str, tuple[float, str]] = {}  # canonical -> (score, display)
    for label, aliases in names.values():
        for form, display in [(label, label)] + [(alias, f"{alias}（{label}）") for alias in aliases]:
            key = normalise(form)
            score = _similarity(wanted, key)
            if key and (wanted in key or key in wanted):  # Chinese names are often cut or extended
                score = max(score, 0.6 + 0.4 * min(len(key), len(wanted)) / max(len(key), len(wanted)))
            if score >= 0.5 and score > best.get(label, (0.0, ""))[0]:
                best[label] = (score, display)
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))
    return [display for _, (_, display) in ranked[:_MAX_SUGGESTIONS]]


def _similarity(typed: str, name: str) -> float:
    """Half by characters, half by sound: 苏洲 is a slip for 苏州 (su zhou) more than for 株洲."""
    by_characters = difflib.SequenceMatcher(None, typed, name).ratio()
    by_sound = difflib.SequenceMatcher(None, _sound(typed), _sound(name)).ratio()
    return (by_characters + by_sound) / 2


def _sound(text: str) -> str:
    from pypinyin import lazy_pinyin  # loaded when a name is misspelt, not by every command

    return " ".join(lazy_pinyin(text))
