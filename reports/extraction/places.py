"""Place names in a sentence -> PlaceRef, disambiguated by the article's country.

The gazetteer itself (data/gazetteer.tsv and its lookups) lives in gazetteer.py.
"""

from __future__ import annotations

import re

from .gazetteer import (  # noqa: F401  (re-exported)
    _NOT_PLACES,
    KIND_RANK,
    ascii_fold,
    country_code,
    country_name,
    index,
    lookup,
)
from .types import PlaceRef

LOCATIVE = frozenset(
    {
        "in",
        "near",
        "at",
        "from",
        "outside",
        "across",
        "to",
        "into",
        "of",
        "around",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "inside",
    }
)
_PARTICLES = frozenset({"de", "del", "la", "el", "al", "of", "los", "las"})
_PLACE_NOUNS = frozenset(
    {"province", "city", "department", "region", "district", "state", "capital"}
)
_LOCALITY_NOUNS = frozenset(
    {
        "village",
        "town",
        "locality",
        "hamlet",
        "city",
        "district",
        "canton",
        "municipality",
        "township",
        "province",
        "department",
        "community",
    }
)
# A country name followed by these is an adjective ("U.S. forces"), not the place of the event.
_ADJECTIVAL = frozenset(
    {
        "forces",
        "troops",
        "military",
        "officials",
        "official",
        "warplanes",
        "army",
        "soldiers",
        "embassy",
        "government",
        "authorities",
        "police",
        "navy",
        "air",
        "aircraft",
        "helicopters",
        "spokesman",
        "spokeswoman",
        "diplomats",
        "marines",
        "president",
        "minister",
        "ministry",
        "officers",
        "jets",
        "planes",
        "media",
        "citizens",
        "nationals",
        "adviser",
        "advisers",
        "led",
        "backed",
        "$",
    }
)


def places_in(
    toks: list[str], low: list[str], caps: bool, country: str | None
) -> list[tuple[int, str, PlaceRef]]:
    """Known places in a tokenised sentence -> (token index, name as written, PlaceRef).

    Countries and regions match anywhere; cities only after a locative word ('in', 'near') or
    before 'province'/'city', because many city names are also surnames or common words."""
    out: list[tuple[int, str, PlaceRef]] = []
    idx = index()
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if not t[:1].isupper():
            i += 1
            continue
        found = None
        for size in (4, 3, 2, 1):
            if i + size > n:
                continue
            words = toks[i : i + size]
            if not all(w[:1].isupper() or w.lower() in _PARTICLES for w in words):
                continue
            key = ascii_fold(" ".join(words)).lower()
            if key in idx and key not in _NOT_PLACES:
                found = (size, " ".join(words))
                break
        if found is None:
            i += 1
            continue
        size, name = found
        ref = lookup(name, country)
        nxt = low[i + size] if i + size < n else ""
        if ref is not None and not (ref.kind == "country" and (nxt in _ADJECTIVAL or nxt == "-")):
            prev = low[i - 1] if i > 0 else ""
            locative = (
                prev in LOCATIVE
                or nxt in _PLACE_NOUNS
                or (prev == "," and i > 1 and low[i - 2] in ("capital", "city", "town", "province"))
            )
            possessive = nxt in ("'s", "'") or toks[i + size - 1].endswith(("'s", "’s"))
            dateline = i == 0 and nxt in (",", "(", "-", "--")
            if (
                ref.kind == "country"
                or locative
                or (ref.kind == "region" and not caps)
                or possessive
                or dateline
            ):
                shown = ref.name if caps else name
                out.append((i, shown.removesuffix("'s").removesuffix("’s"), ref))
        i += size
    out.extend(_named_localities(toks, low, caps))
    return out


def _named_localities(
    toks: list[str], low: list[str], caps: bool
) -> list[tuple[int, str, PlaceRef]]:
    """Places the gazetteer does not know: 'in the village of Sollocota', 'the town of X'."""
    out: list[tuple[int, str, PlaceRef]] = []
    for j in range(1, len(low) - 1):
        if low[j] == "of" and low[j - 1] in _LOCALITY_NOUNS and toks[j + 1][:1].isupper():
            k = j + 1
            while k < len(toks) and k < j + 4 and (toks[k][:1].isupper() or low[k] in _PARTICLES):
                k += 1
            name = " ".join(toks[j + 1 : k])
            if name.lower() not in _NOT_PLACES:
                shown = name.title() if caps else name
                out.append((j + 1, shown, PlaceRef(shown, "other", None)))
    return out


_LOCATIVE_RE = re.compile(r"\b(?:in|near|outside|at)\s+([A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+)?)")


def locative_place(sentence: str, country: str | None) -> tuple[str, PlaceRef] | None:
    """A sentence with no figure naming 'in Mogadishu': the place later figures inherit."""
    for m in _LOCATIVE_RE.finditer(sentence):
        for name in (m.group(1), m.group(1).split()[0]):
            if name.lower() in _NOT_PLACES:
                continue
            ref = lookup(name, country)
            if ref is not None and ref.kind != "country":
                return name, ref
    return None


def most_specific(found: list[tuple[int, str, PlaceRef]]) -> tuple[str, PlaceRef] | None:
    if not found:
        return None
    best = min(found, key=lambda f: (KIND_RANK[f[2].kind], f[0]))
    return best[1], best[2]
