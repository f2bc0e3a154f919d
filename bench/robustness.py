"""How much the held-out scores lose when the same passages come in messy: wrapped at a column,
letter-spaced, or with paragraphs repeated, as PDF text and web copies deliver them.

Each mode rewrites every passage of the rounds kept in the repository (bench/heldout/round*) the
same way, with a fixed seed, and scores the copies against the unchanged gold, beside the
passages as written. A rule that reads clean text only shows up as a gap between the two.

    python bench/robustness.py                  # every mode, relations and entities F1
    python bench/robustness.py --mode wrap      # one mode
    python bench/robustness.py --round round12  # one round
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
from pathlib import Path

from heldout import HELDOUT, _sum, repository_rounds, score_round


def wrapped(text: str, rng: random.Random) -> str:
    """Every paragraph cut into lines of 28-38 characters, inside words and numbers alike."""
    lines = []
    for paragraph in text.split("\n"):
        width = rng.choice((28, 33, 38))
        lines.extend([paragraph[i : i + width] for i in range(0, len(paragraph), width)] or [""])
    return "\n".join(lines)


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


MODES = {"as written": None, "wrap": wrapped, "letter-spaced": letter_spaced, "repeated": repeated}


def messy_round(folder: Path, mode, into: Path, seed: int) -> Path:
    """A copy of the round with every passage rewritten by ``mode``, the gold unchanged."""
    copy = into / folder.name
    shutil.copytree(folder / "gold", copy / "gold")
    (copy / "corpus").mkdir(parents=True)
    rng = random.Random(seed)
    for path in sorted((folder / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        (copy / "corpus" / path.name).write_text(mode(text, rng) if mode else text, encoding="utf-8")
    return copy


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
                copy = messy_round(HELDOUT / round_name, MODES[name], Path(work) / name, args.seed)
                found_entities, found_relations = score_round(copy)
                entities.append(_sum(list(found_entities.values())))
                relations.append(_sum(list(found_relations.values())))
        print(f"{name:<15}{_sum(relations).f1:>13.4f}{_sum(entities).f1:>13.4f}")


if __name__ == "__main__":
    main()
