"""The countries an article names, for its main country (the fallback place of its figures)."""

from __future__ import annotations

import re
from collections import Counter

from . import places
from .groups import COUNTRY_ALIASES, DEMONYMS
from .lexicon import MAX_WORD, word_cache

# a run of capitalised words ("In Spanish To El Salvador" in a title-cased copy of capitals)
_CAP_WORD = re.compile(r"\b[A-Z][A-Za-z'\-]+(?:[ \t]+[A-Z][a-z'\-]+)*")

# "Russian airstrikes", "Afghan warplanes": weapons that strike abroad name the attacker's
# country, not where the figures are, so they do not count towards the article's main country.
_STRIKING = re.compile(
    r"\s+(?:air\s*strikes?|warplanes?|jets?|aircraft|planes?|bombers?|helicopters?|gunships?"
    r"|drones?|missiles?|rockets?|artillery|shelling|bombing|bombardment)\b",
    re.I,
)


# "in Spanish", "in English at 1200 GMT": a language named after "in"
_LANGUAGE = re.compile(r"\b[Ii][Nn]\s+[A-Z][a-z]+$")
_NOT_NOUN = re.compile(r"\s*(?:$|[^\w\s]|(?:to|at|and|or|on)\b)", re.I)
# Demonyms that are also common nouns: only trusted where case tells them apart.
_CAPS_WORDS = frozenset({"poles", "swedes"})


def article_countries(sample: str, caps: bool = False) -> tuple[Counter[str], set[str]]:
    """How often the article names each country (names and demonyms, not those of weapons that
    strike abroad), and the country codes it names outright."""
    countries: Counter[str] = Counter()
    named: set[str] = set()
    for m in _CAP_WORD.finditer(sample):
        if m.start() > 1 and sample[m.start() - 1] == "(" and sample[m.end() : m.end() + 1] == ")":
            continue  # "IN GENEVA (SWITZERLAND)": a locator for a place abroad, not the story's
        words = m.group().split()
        at = m.start()
        k = 0
        while k < len(words):
            at = sample.index(words[k], at) + len(words[k])
            if k + 1 < len(words) and (pair := _pair_country(words[k] + " " + words[k + 1])):
                countries[pair[0]] += 1  # "El Salvador", "United States"
                named.add(pair[1] or "")
                at = sample.index(words[k + 1], at) + len(words[k + 1])
                k += 2
                continue
            k += 1
            demonym, country, code = _word_country(words[k - 1])
            if country is not None:
                countries[country] += 1
                named.add(code or "")
            elif demonym and _people(sample, at, words[k - 1], caps):
                countries[demonym] += 1
    named.discard("")
    return countries, named


def _people(sample: str, at: int, word: str, caps: bool) -> bool:
    """A demonym ending at `at` that names people or things of a country, not a language ('IN
    SPANISH TO'), a common noun ('POWER POLES') or a weapon striking abroad."""
    if _LANGUAGE.search(sample, max(0, at - 16), at) and _NOT_NOUN.match(sample, at):
        return False
    if caps and word.lower() in _CAPS_WORDS:
        return False
    return not _STRIKING.match(sample, at)


@word_cache(16384, max_len=2 * MAX_WORD)
def _pair_country(pair: str) -> tuple[str, str | None] | None:
    """Two words naming a country ('El Salvador') -> (name, code). Cached."""
    ref = places.lookup(pair)
    return (ref.name, ref.country_code) if ref is not None and ref.kind == "country" else None


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
