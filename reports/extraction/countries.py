"""The countries an article names, for its main country (the fallback place of its figures)."""

from __future__ import annotations

import re
from collections import Counter

from . import places
from .groups import COUNTRY_ALIASES, DEMONYMS

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
        ref = places.lookup(m.group()) if " " in m.group() else None
        if ref is not None and ref.kind == "country":  # "El Salvador", "United States"
            countries[ref.name] += 1
            named.add(ref.country_code or "")
            continue
        at = m.start()
        for word in m.group().split():  # "The Peruvian": each word
            at = sample.index(word, at) + len(word)
            name = DEMONYMS.match_at([word.lower()], 0) or (COUNTRY_ALIASES.get(word), 1)
            if name and name[0]:
                if not _STRIKING.match(sample, at):
                    countries[name[0]] += 1
                continue
            ref = places.lookup(word)
            if ref is not None and ref.kind == "country":
                countries[ref.name] += 1
                named.add(ref.country_code or "")
    named.discard("")
    return countries, named
