"""The countries an article names, for its main country (the fallback place of its figures)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from . import places
from .groups import COUNTRY_ALIASES, DEMONYM_WORDS, DEMONYMS
from .lexicon import MAX_WORD, word_cache

# "Russian airstrikes", "Afghan warplanes": weapons that strike abroad name the attacker's
# country, not where the figures are, so they do not count towards the article's main country.
_STRIKING = re.compile(
    r"\s+(?:air\s*strikes?|warplanes?|jets?|aircraft|planes?|bombers?|helicopters?|gunships?"
    r"|drones?|missiles?|rockets?|artillery|shelling|bombing|bombardment)\b",
    re.I,
)


# "in Spanish", "in English at 1200 GMT": a language named after "in"
_LANGUAGE = re.compile(r"\b[Ii][Nn]\s+[A-Z][a-z]+$")
_CONTINENTAL = re.compile(r"(?:South|North|Central|Latin)\s+$", re.I)
# "THE COSTA RICA MEETING", "the Geneva talks": where parties met, not where the story is.
_MEETING = re.compile(
    r"\s+(?:meetings?|talks|summit|conference|accords?|agreement|negotiations|dialogue)\b", re.I
)
# "AGREED TO MEET IN COSTA RICA", "THE DIALOGUE HELD IN COSTA RICA": where parties meet.
_MET_IN = re.compile(
    r"\b(?:meet|met|meets|(?:dialogue|talks|meeting|negotiations|summit|conference)"
    r"(?:\s+(?:held|scheduled|resumed))?)\s+(?:[a-z]+\s+){0,2}?in\s+(?:the\s+)?$",
    re.I,
)
_IN_THE = frozenset({"in ", "In ", "IN ", "he ", "HE "})  # (a cheap test before the search)
# "ON VENEZUELA BOULEVARD", "Mexico Street": a street named after a country
_STREET = re.compile(r"\s+(?:boulevard|avenue|street|square|plaza|bridge|highway)\b", re.I)
# "near the Guatemalan border": a neighbour named as a landmark, not a party to the story.
_BORDER = re.compile(r"\s+(?:border|borders|frontier|boundary)\b", re.I)
_NOT_NOUN = re.compile(r"\s*(?:$|[^\w\s]|(?:to|at|and|or|on)\b)", re.I)
# Demonyms that are also common nouns: only trusted where case tells them apart.
_CAPS_WORDS = frozenset({"poles", "swedes"})


def article_countries(sample: str, caps: bool = False) -> tuple[Counter[str], set[str]]:
    """How often the article names each country (names and demonyms, not those of weapons that
    strike abroad), and the country codes it names outright."""
    countries: Counter[str] = Counter()
    named: set[str] = set()
    after = 0  # the end of the last two-word country (its second word is no new name)
    for m in _country_words().finditer(sample):
        word, a, b = m.group(), m.start(), m.end()
        if a < after or _inside_word(sample, a, b):
            continue  # "Soviet-made": part of a longer word
        nxt = _NEXT_WORD.match(sample, b)
        pair = _pair_country(word + " " + nxt.group(1)) if nxt else None
        end = nxt.end() if pair else b
        if pair is None and sample[max(0, a - 4) : a].lower() == "the ":
            pair = _pair_country("the " + word)  # "the Netherlands"
        if a > 1 and sample[a - 1] == "(" and sample[end : end + 1] == ")":
            continue  # "IN GENEVA (SWITZERLAND)": a locator for a place abroad, not the story's
        dateline = a == 0 or sample[a - 1] == "\n"  # ("GUATEMALA CITY, 29 SEP 89 --" counts)
        if pair is None and nxt and not dateline and _city_pair(word + " " + nxt.group(1)):
            after = nxt.end()
            continue  # "MET ... IN MEXICO CITY": a city named for its country (not a dateline)
        if word.startswith("America") and _CONTINENTAL.search(sample, max(0, a - 9), a):
            continue  # "NORTHERN SOUTH AMERICA", "Latin America": a continent, not the US
        if (
            _MEETING.match(sample, end)
            or _STREET.match(sample, end)
            or (sample[a - 3 : a] in _IN_THE and _MET_IN.search(sample, max(0, a - 60), a))
        ):
            after = end
            continue
        if pair is not None:  # "El Salvador", "United States"
            countries[pair[0]] += 1
            named.add(pair[1] or "")
            after = end
            continue
        demonym, country, code = _word_country(word)
        if country is not None and _STRIKING.match(sample, end):
            continue  # "US artillery shelled Fallujah": the striking side, not the scene
        if country is not None:
            countries[country] += 1
            named.add(code or "")
        elif demonym and _people(sample, b, word, caps):
            countries[demonym] += 1
    named.discard("")
    return countries, named


_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z'\-]+)\b(?!['\-])")


def _inside_word(sample: str, a: int, b: int) -> bool:
    """The match is part of a longer token ('Soviet-made', 'US-Iraqi'); a possessive ('Iraq's')
    still names the country."""
    if a > 0 and sample[a - 1] in "'-\u2019":
        return True
    after = sample[b : b + 1]
    # (the possessive "S" of a title-cased ALL-CAPS text too: "Colombia'S M-19")
    return after == "-" or (after in ("'", "\u2019") and sample[b + 1 : b + 2] not in ("s", "S"))


@cache
def _country_words() -> re.Pattern[str]:
    """Every capitalised word that may name a country or its people: demonyms, aliases, the first
    word of each country name in the gazetteer, in one case-sensitive search (alternatives
    grouped by first letter behind a look-ahead, as lexicon.word_alternation does)."""
    words = set(DEMONYM_WORDS) | set(COUNTRY_ALIASES)
    for key, cands in places.index().items():
        if any(c[1] == "country" for c in cands):
            # "the netherlands": its second word (a search for every "the" would cost dearly)
            words.add(key.split()[1] if key.startswith("the ") else key.split()[0])
    # capitalised tokens of two letters or more, hyphens and apostrophes inside (no "U.S.")
    forms = {
        f
        for w in words
        if len(w) > 1 and re.fullmatch(r"[A-Za-z'\-]+", w)
        for f in (w, w[0].upper() + w[1:], w.title(), w.upper())
        if f[0].isupper()
    }
    groups: dict[str, list[str]] = {}
    for f in sorted(forms, key=len, reverse=True):
        groups.setdefault(f[0], []).append(re.escape(f[1:]))
    branches = "|".join(c + "(?:" + "|".join(rest) + ")" for c, rest in groups.items())
    return re.compile(rf"\b(?=[A-Z])(?:{branches})\b")


def _people(sample: str, at: int, word: str, caps: bool) -> bool:
    """A demonym ending at `at` that names people or things of a country, not a language ('IN
    SPANISH TO'), a common noun ('POWER POLES'), a weapon striking abroad or a border."""
    if _LANGUAGE.search(sample, max(0, at - 16), at) and _NOT_NOUN.match(sample, at):
        return False
    if caps and word.lower() in _CAPS_WORDS:
        return False
    return not _STRIKING.match(sample, at) and not _BORDER.match(sample, at)


@word_cache(16384, max_len=2 * MAX_WORD)
def _city_pair(pair: str) -> bool:
    """Two words naming a city that begins with a country's name ('Mexico City'). Cached."""
    ref = places.lookup(pair)
    return ref is not None and ref.kind == "city"


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
