"""Regenerate data/counties.csv, every county-level division of China, from cpca's table of
administrative codes (run by hand, not at build time).

data/places.csv holds the provinces, prefectures and the few hundred county-level places that
national zones are named after; the ~170 provincial zones and the zones approved since 2018 are
named after any county or district (江都高新区, 界首高新区), which the zone pattern could not place.
cpca 0.5.5 (MIT licence) ships adcodes.csv: every division's 12-digit code and name, from which a
county's prefecture and province follow (code prefixes). The short form is the name without its
ending (江都区 -> 江都, 大厂回族自治县 -> 大厂); one of fewer than two characters, or an everyday word
of data/words/ (友好, 新建), is left empty, so that only the full name counts.

    pip download --no-deps cpca==0.5.5 && python tools/counties.py cpca-0.5.5-py3-none-any.whl
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from pathlib import Path

from zonegraph.reference import places, stopwords

DATA = Path(__file__).resolve().parent.parent / "data"
OUT = DATA / "counties.csv"
SOURCE = "cpca 0.5.5 (PyPI, MIT licence) resources/adcodes.csv: 国家统计局 区划代码; short form: the name without its ending"
# 大厂回族自治县, 围场满族蒙古族自治县, 莫力达瓦达斡尔族自治旗: the name before its peoples and 自治县/旗
_ENDING = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,}?)(?:(?:[\u4e00-\u9fff]{1,3}族)*自治[县旗]|林区|特区|新区|[县区市旗])$")
# word lists of data/words/ whose words no county's short form may be (新建, a verb, of 新建区)
_EVERYDAY = ("words/common_words.txt", "words/descriptive_words.txt", "words/left_boundaries.txt")
# a county's name that is a generic word of place (城区 of 长治, 郊区, 矿区): no county in text
_GENERIC = {"城区", "郊区", "矿区", "东区", "西区", "市中区", "城中区", "城东区", "城西区", "城南区", "城北区", "市辖区"}


def level_of(code: str) -> str:
    return "province" if code[2:6] == "0000" else "prefecture" if code[4:6] == "00" else "county"


def short_form(name: str, everyday: frozenset[str]) -> str:
    if name == "鄂温克族自治旗":
        return "鄂温克"  # the people's name is the county's: no shorter head
    match = _ENDING.match(name)
    return match["name"] if match and match["name"] not in everyday else ""


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read("cpca/resources/adcodes.csv").decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    names = {row["adcode"][:6]: row["name"] for row in rows}
    everyday = frozenset().union(*(stopwords(words) for words in _EVERYDAY))
    in_places = {place.name for place in places()}
    out = []
    for row in rows:
        code, name = row["adcode"][:6], row["name"]
        if level_of(code) != "county" or name in in_places or name in _GENERIC or not name.endswith(("县", "区", "市", "旗")):
            continue  # 西沙群岛: no county a zone is named after
        prefecture = names.get(code[:4] + "00", "")  # none for a province's own counties (仙桃市 under 湖北省)
        out.append((code, name, short_form(name, everyday), prefecture, names[code[:2] + "0000"]))
    out.sort()
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["code", "name", "short", "prefecture", "province", "source"])
        writer.writerows([*row, SOURCE] for row in out)
    print(f"{len(out)} counties -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
