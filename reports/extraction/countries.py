"""The countries an article names, for its main country (the fallback place of its figures)."""

from __future__ import annotations

import re
from collections import Counter

from . import places
from .groups import COUNTRY_ALIASES, DEMONYMS
from .lexicon import MAX_WORD, word_cache

_CAP_WORD = re.compile(r"\b[A-Z][A-Za-z'\-]+(?:\s+[A-Z][a-z'\-]+)?")

# "Russian airstrikes", "Afghan warplanes": weapons that strike abroad name the attacker's
# country, not where the figures are, so they do not count towards the article's main country.
_STRIKING = re.compile(
    r"\s+(?:air\s*strikes?|warplanes?|jets?|aircraft|planes?|bombers?|helicopters?|gunships?"
    r"|drones?|missiles?|rockets?|artillery|shelling|bombing|bombardment)\b",
    re.I,
)


def article_countries(sample: str) -> tuple[Counter[str], set[str]]:
    """How often the article names each country (names and demonyms, not those of weapons that
    strike abroad), and the country codes it names outright."""
    countries: Counter[str] = Counter()
    named: set[str] = set()
    for m in _CAP_WORD.finditer(sample):
        if m.start() > 1 and sample[m.start() - 1] == "(" and sample[m.end() : m.end() + 1] == ")":
            continue  # "IN GENEVA (SWITZERLAND)": a locator for a place abroad, not the story's
        for end, demonym, country, code in _match_countries(m.group()):
            if demonym:
                if not _STRIKING.match(sample, m.start() + end):
                    countries[demonym] += 1
            else:
                countries[country] += 1
                named.add(code or "")
    named.discard("")
    return countries, named


@word_cache(16384, max_len=4 * MAX_WORD)
def _match_countries(
    match: str,
) -> tuple[tuple[int, str | None, str | None, str | None], ...]:
    """What one capitalised match names: (offset after the word in the match, demonym's country,
    country, code) for a country name of two words ("El Salvador") or else each word's demonym,
    alias or country name ("The Peruvian"). Cached: an article repeats its names."""
    ref = places.lookup(match) if " " in match else None
    if ref is not None and ref.kind == "country":  # "El Salvador", "United States"
        return ((len(match), None, ref.name, ref.country_code),)
    out = []
    at = 0
    for word in match.split():  # "The Peruvian": each word
        at = match.index(word, at) + len(word)
        demonym, country, code = _word_country(word)
        if demonym or country is not None:
            out.append((at, demonym, country, code))
    return tuple(out)


@word_cache(16384)
def _word_country(word: str) -> tuple[str | None, str | None, str | None]:
    """One capitalised word -> (the country its demonym or alias names, else None; the country it
    is the name of, else None; that country's code). Cached: articles repeat their names."""
    name = DEMONYMS.match_at([word.lower()], 0) or (COUNTRY_ALIASES.get(word), 1)
    if name and name[0]:
        return name[0], None, None
    ref = places.lookup(word)
    if ref is not None and ref.kind == "country":
        return None, ref.name, ref.country_code
    return None, None, None
