"""The place of a figure: the most specific place its sentence names, else the article's.

ANNOTATION: "the place named in the figure's own sentence; else the place the article gives for
that event, the dateline included when the text names no other; for a figure spanning several
named places, the smallest place containing them all"; "places with no named container stay as
written".
"""

from __future__ import annotations

import re

from .gazetteer import continent_of
from .places import Found, country_name, lookup, places_in
from .types import PlaceRef

# Rank of a place's specificity: named localities ("the village of X") are the smallest.
_RANK = {"other": 0, "city": 1, "region": 2, "country": 3}
_LINKS = frozenset(
    ", and or as well the several other various some many key major in its northern southern"
    " eastern western central".split()  # "BOLIVAR, META, SANTANDER, NORTHERN SANTANDER"
)
_DATELINE = re.compile(r"^([A-Z][A-Z .'\-]{2,30}?)\s*(?:,|\(|--|-\s)")
_DASHED = re.compile(r"^([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,2})(?:, [A-Z][A-Za-z .]{2,30})? --? ")
_OF_NOUNS = frozenset("port city town village capital province region state district".split())
_NOUNS = frozenset("canton jurisdiction municipality department province district".split())
CONTINENT = "continent:"  # in `named`: a continent the article names ("continent:Asia")
_CONTINENT_RE = re.compile(  # (the look-ahead first makes the engine give up sooner)
    r"(?=[AENOS])\b(?:(Asia|Africa|Europe|Oceania)n?|(North|South) America(?:n)?|(European))\b"
)


def named_continents(text: str) -> set[str]:
    """The continents an article names, by name or adjective ('the Asian tsunami')."""
    out = set()
    for m in _CONTINENT_RE.finditer(text):
        name = m.group(1) or (m.group(2) + " America" if m.group(2) else "Europe")
        out.add(CONTINENT + name)
    return out


AGGREGATE_DAYS = 7  # a figure over a week or more is a toll for the whole country

# a sentence summing up many incidents over the country: "a total of six engineers have been
# murdered", "an offensive left 35 dead", "during attacks on 15 towns", "throughout the country"
_COUNTRYWIDE = re.compile(
    r"\b(?:a total of|offensive|attacks on (?:\d+|several|various|many)|(?:throughout|across|all"
    r" over|(?:different|several|various|many) parts of) the country|nationwide"
    r"|in (?:\d+|several|various) (?:towns|departments|provinces|regions|states|districts))\b",
    re.I,
)


def countrywide(text: str) -> bool:
    """Whether a sentence sums up incidents over a whole country (its figures take the country
    when the sentence names no place, not the dateline city)."""
    return _COUNTRYWIDE.search(text) is not None


def choose(
    found: list[Found], low: list[str], named: set[str], at: int = 0
) -> tuple[str, PlaceRef] | None:
    """The place a sentence gives its figures, from the places found in it (text order).

    Coordinated places ("in Usulutan and Morazan departments", "the capital and several
    Salvadoran cities") give the smallest container the article names (their country), else
    their names as written; in a chain ("Conray, Tarma province", "Teri Mangal in Kurram
    Agency") the first, most specific place wins; among equally specific places, the one nearest
    the figure at token `at`. `named`: country codes the article names."""
    starts = {f.i for f in found}
    # "the Red Sea port of Djibouti", "the Punjab city of Lahore": the named place, not its setting
    found = [
        f
        for f in found
        if not (low[f.j + 1 : f.j + 2] == ["of"] and low[f.j] in _OF_NOUNS and f.j + 2 in starts)
    ]
    if not found:
        return None
    groups: list[list[Found]] = [[found[0]]]
    coordinated = [False]
    for f in found[1:]:
        prev = groups[-1][-1]
        gap = low[prev.j : f.i]
        # a chain may repeat the previous place's noun: "LOS AVELINES CANTON, GUATAJIAGUA ..."
        if f.i >= prev.j and len(gap) <= 4 and all(w in _LINKS or w in _NOUNS for w in gap):
            groups[-1].append(f)
            coordinated[-1] = coordinated[-1] or "and" in gap or "or" in gap
        else:
            groups.append([f])
            coordinated.append(False)
    cands: list[Found] = []
    for group, coord in zip(groups, coordinated, strict=True):
        names = list(dict.fromkeys(f.name for f in group))
        if coord and len(names) > 1:
            cands.append(_container(group, names, named))
        else:
            cands.append(min(group, key=lambda f: (_RANK.get(f.ref.kind, 1), f.i)))
    best = min(cands, key=lambda f: (_RANK.get(f.ref.kind, 1), min(abs(f.i - at), abs(f.j - at))))
    return best.name, best.ref


def _container(group: list[Found], names: list[str], named: set[str]) -> Found:
    codes = {f.ref.country_code for f in group}
    if len(codes) > 1 and None not in codes:
        # "Sri Lanka, India and Thailand": the continent holding them all, when the article
        # names it ("Asia", "the Asian tsunami"); else the names as written
        continents = {continent_of(c) for c in codes}
        if len(continents) == 1 and (name := continents.pop()) and CONTINENT + name in named:
            return Found(group[0].i, group[-1].j, name, PlaceRef(name, "region", None))
    country = next((f for f in group if f.ref.kind == "country"), None)
    if country is not None:
        return Found(group[0].i, group[-1].j, country.name, country.ref)
    known = codes - {None}  # (a locality the gazetteer lacks lies in the others' country)
    code = next(iter(known)) if len(known) == 1 else None
    if code and code in named and (name := country_name(code)):
        ref = lookup(name) or PlaceRef(name, "country", code)
        return Found(group[0].i, group[-1].j, name, ref)
    joined = ", ".join(names[:-1]) + " and " + names[-1]
    return Found(group[0].i, group[-1].j, joined, PlaceRef(joined, "other", code))


def sentence_place(
    words: list[str],
    low: list[str],
    caps: bool,
    code: str | None,
    named: set[str],
    at: int = 0,
    learned: frozenset[str] = frozenset(),
) -> tuple[str, PlaceRef] | None:
    return choose(places_in(words, low, caps, code, learned), low, named, at)


def section_dateline(text: str, code: str | None) -> tuple[str, PlaceRef] | None:
    """'ZEEBRUGGE, Belgium - A capsized ...' opening a paragraph: that story's dateline."""
    m = _DATELINE.match(text)
    if m is None:
        return None
    name = m.group(1).strip()
    ref = lookup(name, code)
    if ref is None and (d := _DASHED.match(text)):  # "ZEEBRUGGE, Belgium - ..."
        name = d.group(1)
        ref = PlaceRef(name.title(), "other", None)
    if ref is None:
        return None
    shown = ref.name if ref.name.lower() == name.lower() else name.title()
    return shown, ref


_FILED = re.compile(r"^\s*([A-Z][A-Z .'\-]{2,30}?)\s*(?:,|\(|--|-\s)", re.M)


# "Beijing - Chinese police have detained ...": a known city opening a paragraph before a dash
_FILED_TITLE = re.compile(r"^\s*([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) --? ", re.M)


# "New Delhi, August 26: The sixth day ...", "NAJAF, Iraq : At least 25 ...": a city, a date or
# its country, and a colon
_FILED_COLON = re.compile(
    r"^\s*([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}),"
    r"\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}|[A-Z][a-z]+)\s?:\s",
    re.M,
)


# a station's report filed from another city: "... -- [TEXT] PEREIRA -- THREE PERSONS WERE ..."
_INNER_DATELINE = re.compile(r"[^\n\[]{0,80}?--\s*\[TEXT\]\s+([A-Z][A-Z .'\-]{2,30}?)\s+--\s")


# "MOSCOW (USSR), 6 SEP 89": wire services name the country of a dateline abroad; an agency in
# parentheses ("BAGHDAD (Reuters) -") has no date after it.
_FILED_ABROAD = re.compile(r"^\s*[A-Z][A-Z .'\-]{2,30}?\s*\([A-Z][A-Z .]+\),\s*\d", re.M)


def filed_abroad(text: str) -> bool:
    """The dateline names its own country: the story is filed from abroad."""
    return _FILED_ABROAD.search(text[:1500]) is not None


def article_dateline(text: str, cc: str | None) -> tuple[str, PlaceRef] | None:
    """'SAN SALVADOR, 11 NOV 89 (ACAN) --', 'BAGHDAD (Reuters) -', 'Beijing - ': where the
    story is filed."""
    head = text[:1500]
    for m in _FILED.finditer(head):
        name = m.group(1).strip().title()
        if len(name) < 3 or name.lower() in ("text", "story highlights", "clandestine"):
            continue
        if name.lower() == "no city":
            # "NO CITY (EL SALVADOR), 5 FEB 89 (FBIS)": a monitored broadcast, filed nowhere
            country = re.match(r"\s*\(([A-Z][A-Z .]+)\)", head[m.end() - 1 :])
            ref = lookup(country.group(1).title(), cc) if country else None
            if ref is None:
                continue
            return ref.name, ref
        inner = _INNER_DATELINE.match(head, m.end())
        if inner and (ref := lookup(inner.group(1).title(), cc)) is not None:
            return ref.name, ref  # "BOGOTA, 11 NOV 89 (RADIO ...) -- [TEXT] PEREIRA -- THREE ..."
        ref = lookup(name, cc)
        return (ref.name if ref else name), (ref or PlaceRef(name, "other", None))
    for m in _FILED_TITLE.finditer(head):
        ref = lookup(m.group(1), cc)
        if ref is not None and ref.kind == "city":
            return ref.name, ref
    for m in _FILED_COLON.finditer(head):
        ref = lookup(m.group(1).title() if m.group(1).isupper() else m.group(1), cc)
        if ref is not None and ref.kind == "city":
            return ref.name, ref
    return None
