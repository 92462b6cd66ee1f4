"""Place names in a sentence -> Found(token span, name as written, PlaceRef).

The gazetteer itself (data/gazetteer.tsv and its lookups) lives in gazetteer.py; places named
that are not where figures happened (landmarks, speaking countries) are told apart in
scenes.py; choosing the place of a figure among those found (and the fallbacks) lives in
locate.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .gazetteer import (  # noqa: F401  (re-exported)
    _NOT_PLACES,
    KIND_RANK,
    ascii_fold,
    capital_of,
    country_code,
    country_name,
    index,
    lookup,
)
from .groups import DEMONYMS, NOUNS, named_group_at
from .lexicon import MAX_WORD
from .lowercase import lower_case_known
from .scenes import (  # noqa: F401  (LOCATIVE re-exported)
    COMPASS,
    DISTANCE,
    LOCATIVE,
    bearing_from,
    home_place,
    reference_point,
    reporting_place,
    seat,
    speaking_country,
    superlative_scope,
)
from .types import PlaceRef

_PARTICLES = frozenset("de del la el al of los las".split())
_LINKING = frozenset("de del al of".split())  # particles that never open a name
_PLACE_NOUNS = frozenset(
    "province provinces city department departments region district state capital suburb suburbs"
    " subway metro airport market station".split()
)
# "the village of X", "the Red Sea port of X": X is a locality even when the gazetteer lacks it.
_LOCALITY_NOUNS = frozenset(
    "village town locality hamlet city district canton municipality township province department"
    " community port base oasis camp suburb area region island".split()
)
# "Tecoluca jurisdiction", "Tierra Alta municipality": the name before the noun is the place.
_TRAILING_NOUNS = frozenset(
    "jurisdiction municipality department province district canton stream farm highway"
    " township intendancy base island volcano oilfield prison colliery refinery region".split()
)
_QUOTED_NOUNS = frozenset("garrison barracks base camp farm estate hacienda plantation".split())
# "Ouadi Doum air base", "Kakuma refugee camp": a modifier between the name and its noun.
# the last word of an office's name ("Identification", "Administrative Security", "Defense")
_OFFICE_ENDINGS = ("tion", "ment", "ing", "ance", "ence", "ity", "ics", "ure", "ense", "ice", "ive")
_NOUN_MODIFIERS = frozenset("air naval military army oil coal gold refugee".split())
# "canton Coyolito", "finca Sajelio": the name after the noun is the place.
_LEADING_NOUNS = frozenset("canton finca hacienda district".split())  # "in district Khuzdar"
# "a remote Pakistani village", "several Salvadoran cities": the demonym's country.
_DEMONYM_PLACES = frozenset(
    "territory village villages town towns city cities border soil airspace province provinces"
    " countryside capital".split()
)
# A country name followed by these is an adjective ("U.S. forces"), not the place of the event.
_ADJECTIVAL = frozenset(
    "forces troops military officials official warplanes army soldiers embassy government"
    " authorities police navy air aircraft helicopters spokesman spokeswoman diplomats marines"
    " president minister ministry officers jets planes media citizens nationals adviser advisers"
    " led backed $ meeting meetings talks summit conference accord accords agreement"
    " negotiations dialogue neighborhood neighborhoods neighbourhood neighbourhoods".split()
    # ("DURING THE MEXICO MEETING": where the parties met; "THE PANAMA NEIGHBORHOOD" of a city)
)
# Words that cannot be (part of) a locality's name in ALL-CAPS text, where case does not tell.
_COMMON = frozenset(
    "the a an in of and or on at near to from its their this that these those same other rural"
    " whom whose which what"
    " urban mined whole entire main local nearby several some many various key one two three"
    " fire police state health defense defence treasury justice interior army military air naval"
    " northern southern eastern western central north south east west area zone part"
    " were was is are has have had been who which due".split()
)


@dataclass(frozen=True)
class Found:
    i: int  # first token
    j: int  # one past the last token
    name: str  # as written (title-cased in ALL-CAPS text)
    ref: PlaceRef


def _shown(name: str, ref: PlaceRef | None, caps: bool) -> str:
    name = name.removesuffix("'s").removesuffix("’s")
    if not caps:
        return name
    if ref is not None and ascii_fold(ref.name).lower() == name.lower():
        return ascii_fold(ref.name)
    words = name.split()
    return " ".join(
        w.lower() if w.lower() in _PARTICLES and k else w.title() for k, w in enumerate(words)
    )


# An ALL-CAPS article that once calls X a locality ("THE TOWN OF X", "X IS A VILLAGE") names the
# place when it later writes a bare "IN X" / "NEAR X".
_LEARN = re.compile(
    r"\b(?:TOWN|VILLAGE|HAMLET|LOCALITY|CANTON|MUNICIPALITY|COMMUNITY|SETTLEMENT|NEIGHBORHOOD"
    r"|NEIGHBOURHOOD|SUBURB) OF ([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,2})"
    r"|\b([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)?) IS A (?:SMALL |REMOTE )?(?:TOWN|VILLAGE|HAMLET)\b"
    r"|\bTHE ([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)?) (?:NEIGHBORHOOD|NEIGHBOURHOOD|SUBURB|BARRIO)\b"
)


def article_localities(text: str) -> frozenset[str]:
    """Lower-cased names an ALL-CAPS article introduces as localities (every leading part of the
    words captured: 'CAYARA LAST SATURDAY' gives 'cayara' too)."""
    out: set[str] = set()
    for m in _LEARN.finditer(text[:200_000]):
        words = (m.group(1) or m.group(2) or m.group(3)).lower().split()
        for k in range(1, len(words) + 1):
            if words[k - 1] not in _COMMON and words[0] not in _COMMON:
                out.add(" ".join(words[:k]))
    return frozenset(out - _NOT_PLACES - _LOCALITY_NOUNS)


def places_in(
    toks: list[str],
    low: list[str],
    caps: bool,
    country: str | None,
    learned: frozenset[str] = frozenset(),
    here: PlaceRef | None = None,
) -> list[Found]:
    """Places named in a tokenised sentence, in text order (`here`: the dateline's city).

    Countries and regions match anywhere; cities only after a locative word ('in', 'near') or
    before 'province'/'city', because many city names are also surnames or common words; a
    possessive country ("Peru's minister") only when the sentence names no other place. A
    dateline at the start of the sentence is not a place of the sentence (see locate.py)."""
    out = _known(toks, low, caps, country)
    for loc in _named_localities(toks, low, caps):
        inside = [f for f in out if loc.i <= f.i and f.j <= loc.j]  # "Wadi" in "Wadi Tamra"
        if all(f.j - f.i < loc.j - loc.i for f in inside) and not any(
            f.i < loc.j and loc.i < f.j and f not in inside for f in out
        ):
            out = [f for f in out if f not in inside] + [loc]
    out.extend(_unknown_after_locative(toks, low, out, caps, learned))
    # a name no gazetteer knows is never one verb form or adverb ("AND INCREASING PRISON ...")
    out = [
        f for f in out if f.ref.kind != "other" or " " in f.name or not _VERB_FORM.search(f.name)
    ]
    if not caps and country:
        taken = {k for f in out for k in range(f.i, f.j)}
        lower = lower_case_known(toks, low, taken, country)
        out.extend(Found(k, k + 1, r.name, r) for k, r in lower)
    if len(out) > 1:  # "in the town of Baiji, north of Baghdad": Baghdad is a landmark
        bearing = [f for f in out if bearing_from(low, f.i) and f.ref.kind != "country"]
        if bearing and len(bearing) < len(out):
            out = [f for f in out if f not in bearing]
    out = [
        f
        for f in out
        if not reference_point(low, f.i, f.j)
        and not reporting_place(low, f.i)
        and not (f.ref.kind == "country" and speaking_country(low, f.i, f.j, f.ref, country))
        and not home_place(low, f.i)
        and not seat(low, f.i)
        and not (f.ref.kind == "country" and superlative_scope(low, f.i))
    ]
    if not out:  # "the capital", "the country": only when the sentence names no place
        out = _described(low, country, here)
    elif not caps:
        out = [_with_compass(toks, low, f) for f in out]
    return sorted(out, key=lambda f: f.i)


_REGION_COMPASS = frozenset(
    "north south east west northern southern eastern western south-east southeast south-west "
    "southwest north-east northeast north-west northwest central".split()
)


def _with_compass(toks: list[str], low: list[str], f: Found) -> Found:
    """'south Asia', 'south and east Asia': a lower-case compass word before a world region
    (a region of no country) is part of its name."""
    if f.ref.kind != "region" or f.ref.country_code is not None:
        return f
    i = f.i
    while i > 0 and low[i - 1] in _REGION_COMPASS and toks[i - 1].islower():
        i -= 1
        if (
            i > 1
            and low[i - 1] == "and"
            and low[i - 2] in _REGION_COMPASS
            and toks[i - 2].islower()
        ):
            i -= 1
    if i == f.i or low[i] == "and":
        return f
    name = " ".join(toks[i : f.i] + [f.name])
    return Found(i, f.j, name, PlaceRef(name, "region", None))


def _known(toks: list[str], low: list[str], caps: bool, country: str | None) -> list[Found]:
    out: list[Found] = []
    owners: list[Found] = []  # "Peru's interior minister": a country only when nothing else is
    idx = index()
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        # (the length test inline, not in a cache wrapper: this runs for every token)
        longest = _may_start(tok) if len(tok) <= MAX_WORD else 0
        if not longest:
            i += 1  # lower-case, or no gazetteer name starts with this word (most words)
            continue
        # names are capitalised words (and particles: "Dera Ismail Khan", "Sidi bou Zid"); the
        # first one is (_may_start), so only spans up to the first other word are tried
        run = 1
        while run < longest and i + run < n:
            w = toks[i + run]
            if not (w[:1].isupper() or w.lower() in _PARTICLES):
                break
            run += 1
        found = None
        for size in _SIZES[run]:
            words = toks[i : i + size]
            key = ascii_fold(" ".join(words)).lower().removesuffix("'s").removesuffix("’s")
            if key in idx and key not in _NOT_PLACES:
                found = (size, " ".join(words))
                break
        if found is None:
            i += 1
            continue
        size, name = found
        name = re.sub(r"['’][sS]$", "", name)  # "IN CAQUETA'S JUNGLES"
        ref = lookup(name, country)
        nxt = low[i + size] if i + size < n else ""
        prev = low[i - 1] if i > 0 else ""
        dateline = i == 0 and nxt in (",", "(", "-", "--")
        if ref is None or dateline or (ref.kind == "country" and nxt in _ADJECTIVAL | {"-"}):
            i += size
            continue
        if caps and ref.kind != "country" and _name_goes_on(low, i + size):
            i += size  # "IN SAN JOSE GUAYABAL, IN CUSCATLAN": a longer name, not San Jose
            continue
        if (
            caps
            and ref.kind == "city"
            and country
            and ref.country_code != country
            and not (size > 1 and prev in LOCATIVE)  # "ARRESTED IN SAN SALVADOR"
        ):
            i += size  # "AS A RESULT OF MINE EXPLOSIONS": a foreign city is a common word
            continue
        if (
            not caps
            and prev == "of"
            and nxt[:1].isalpha()
            and toks[i + size][:1].isupper()
            and nxt not in _PLACE_NOUNS
        ):
            i += size  # "the Herald of Free Enterprise": a word inside a longer name
            continue
        listed = prev in (",", "and", "or") and bool(out) and out[-1].j >= i - 2
        locative = (
            prev in LOCATIVE
            or prev in STRUCK  # "A WAVE OF ATTACKS SHOOK MEDELLIN", "a bomb rocked Kabul"
            or listed
            or nxt in _PLACE_NOUNS
            or (not caps and _city_as_modifier(low, toks, i, i + size))
            or (prev == "," and i > 1 and low[i - 2] in ("capital", "city", "town", "province"))
        )
        # A possessive place counts only after a locative ("IN CAQUETA'S JUNGLES", "in the
        # Baghdad's Green Zone", not "Gaza's bloodiest day" in a story filed from Jabalya); a
        # possessive country ("Iraq's highest-profile killing", "Peru's interior minister") only
        # when nothing else is found.
        owner = toks[i + size - 1].endswith(("'s", "’s", "'S"))
        if owner and prev == "the" and i > 1 and low[i - 2] in LOCATIVE:
            locative = True
        elif owner and prev == "of":
            locative = False  # "two employees of Bogota's daily El Espectador": an owner
        if owner and ref.kind == "country":
            owners.append(Found(i, i + size, _shown(name, ref, caps), ref))
        elif (locative or not owner) and (
            ref.kind == "country" or locative or (ref.kind == "region" and not caps)
        ):
            out.append(Found(i, i + size, _shown(name, ref, caps), ref))
        i += size
    return out or owners


_DETERMINERS = frozenset({"a", "an", "the"})

# "taken to a Baghdad hospital", "the Kabul government": the city names no scene.
_NOT_SCENES = frozenset(
    "hospital hospitals morgue clinic embassy government court prison jail office newspaper"
    " university police-station".split()
)


def _city_as_modifier(low: list[str], toks: list[str], i: int, j: int) -> bool:
    """'in a crowded Tel Aviv market', 'at a Baghdad checkpoint': a place used as a noun's
    modifier inside a locative phrase names the scene."""
    if j >= len(low) or not toks[j][:1].islower() or low[j] in _NOT_SCENES:
        return False
    k = i - 1
    if k >= 0 and low[k] not in _DETERMINERS and toks[k][:1].islower():
        k -= 1  # one adjective: "a crowded"
    return k >= 1 and low[k] in _DETERMINERS and low[k - 1] in LOCATIVE


_TIME_WORDS = frozenset(
    "today yesterday tonight morning afternoon evening night week month year last next".split()
)


def _name_goes_on(low: list[str], k: int) -> bool:
    """In capitals, one more name word closing the clause after a known name ('SAN JOSE
    GUAYABAL,', 'SAN MIGUEL DE MERCEDES,'): the name is a longer one the gazetteer lacks."""
    if k + 2 < len(low) and low[k] in ("de", "del", "la", "las", "los"):
        k += 1
    if k + 1 >= len(low) or low[k + 1] not in (",", "."):
        return False
    w = low[k]
    return (
        w.isalpha()
        and w not in _COMMON
        and w not in _TIME_WORDS
        and w not in _NOT_NAMES
        and w not in _PLACE_NOUNS
        and w not in _TRAILING_NOUNS
        and w not in _LOCALITY_NOUNS
        and not w.endswith(("ed", "ing", "ly"))
    )


@lru_cache(maxsize=16384)
def _may_start(tok: str) -> int:
    """The most words (up to 4) of a gazetteer name starting with this token: 0 when none does
    (lower-case, or no name starts with the word), 1 when only a one-word name can."""
    if not tok[:1].isupper():
        return 0
    first = ascii_fold(tok).lower()
    if " " in first:
        return 4
    if first in _first_words():
        return min(4, _first_words()[first])
    return 1 if first.removesuffix("'s").removesuffix("’s") in index() else 0


_SIZES = {n: tuple(range(n, 0, -1)) for n in range(1, 5)}  # the name lengths _known tries


@cache
def _first_words() -> dict[str, int]:
    """The first word of every gazetteer name of two or more words -> the most words of one."""
    out: dict[str, int] = {}
    for key in index():
        if " " in key:
            words = key.split(" ")
            out[words[0]] = max(out.get(words[0], 0), len(words))
    return out


_VERB_FORM = re.compile(r"(?:ing|ed|ly)$", re.I)
STRUCK = frozenset("shook rocked struck hit shakes rocks strikes hits".split())
_SPAN_STOPS = frozenset(
    "northern southern eastern western central northeastern northwestern southeastern"
    " southwestern by with for while where when who".split()
)


def _name_span(toks: list[str], low: list[str], k: int, step: int, caps: bool) -> tuple[int, int]:
    """Up to four name words from token k going forwards (step 1) or backwards (step -1)."""
    first = last = None
    for _ in range(4):  # "SAN MIGUEL DE MERCEDES"
        if not (0 <= k < len(toks)) or not toks[k][:1].isalpha():
            break
        w = low[k]
        if w == "of" and step > 0:
            break  # "district Khuzdar of Balochistan": the container is another place
        name_like = (w not in _COMMON or w in _PARTICLES) if caps else toks[k][:1].isupper()
        if w in _SPAN_STOPS:
            break  # "NORTHEASTERN CABANAS", "RUASDUALITO BY MEMBERS OF": no name words
        if not name_like and not (w in _PARTICLES and first is not None):
            break
        first = k if first is None else first
        last = k
        k += step
    if first is None:
        return 0, 0
    # "Flores de" -> "Flores"; read backwards, an article opens the name ("LOS AVELINES CANTON")
    while low[last] in (_PARTICLES if step > 0 else _LINKING) and last != first:
        last -= step
    lo, hi = min(first, last), max(first, last)
    return lo, hi + 1


def _named_localities(toks: list[str], low: list[str], caps: bool) -> list[Found]:
    """Places the gazetteer may lack: 'the village of X', 'X municipality', 'canton X'."""
    out: list[Found] = []
    for j, w in enumerate(low):
        span = (0, 0)
        if w == "of" and j > 0 and low[j - 1] in _LOCALITY_NOUNS:
            span = _name_span(toks, low, j + 1, 1, caps)
            if span[1] > span[0] and toks[span[1] - 1].endswith(("'s", "’s", "'S")):
                continue  # "an area of Japan's northernmost island of Hokkaido": an owner
        elif w in _LEADING_NOUNS:
            span = _name_span(toks, low, j + 1, 1, caps)
        q = j - 2 if j > 3 and low[j - 1] in _NOUN_MODIFIERS else j - 1  # '"X" REFUGEE CAMP'
        if w in _QUOTED_NOUNS and q > 1 and low[q] == '"':
            # 'THE "EL PARAISO" GARRISON': a quoted name before a place noun
            k = next((k for k in range(q - 1, max(-1, q - 6), -1) if low[k] == '"'), -1)
            if k >= 0 and k + 1 < q and all(toks[m][:1].isupper() for m in range(k + 1, q)):
                span = (k + 1, q)
        if span == (0, 0) and w in _TRAILING_NOUNS and j > 0:  # "canton X" or "X canton"
            if NOUNS.match_at(low, j + 1):
                continue  # "Three Afghan prison guards": the noun describes people
            back = j - 2 if low[j - 1] in _NOUN_MODIFIERS and j > 1 else j - 1
            span = _name_span(toks, low, back, -1, caps)
            if any(toks[k].endswith(("'s", "’s")) for k in range(*span)):
                continue  # "Kabul's Pul-i-Charki prison": the owner place, found by name, is kept
        a, b = span
        if b > a and (d := DEMONYMS.match_at(low, a)) is not None and d[1] >= b:
            continue  # "the South African township of X": a demonym describes, X is the place
        office = w == "department" or (w == "of" and low[j - 1 : j] == ["department"])
        if b > a and office and low[b - 1].endswith(_OFFICE_ENDINGS):
            continue  # "THE POLICE IDENTIFICATION DEPARTMENT", "THE DEPARTMENT OF SECURITY"
        if b > a:
            name = " ".join(toks[a:b])
            if name.lower() not in _NOT_PLACES and name.lower() not in _LOCALITY_NOUNS:
                shown = _shown(name, None, caps)
                kind = "region" if w == "island" or low[j - 1 : j] == ["island"] else "other"
                out.append(Found(a, b, shown, PlaceRef(shown, kind, None)))
    return out


def _described(low: list[str], country: str | None, here: PlaceRef | None = None) -> list[Found]:
    """'the capital', 'a remote Pakistani village', 'the country', 'the countryside'; 'this
    northwestern Colombian city' is `here`, the city the story is filed from."""
    out: list[Found] = []
    for k, w in enumerate(low):
        if here is not None and w in ("city", "capital") and "this" in low[max(0, k - 4) : k]:
            t = max(0, k - 4) + low[max(0, k - 4) : k].index("this")
            if not reference_point(low, t) and not bearing_from(low, t):  # "60 KM FROM THIS CITY"
                out.append(Found(k, k + 1, here.name, here))
        elif w in _DEMONYM_PLACES and k > 0:
            m = DEMONYMS.match_ending(low, k)
            code = country_code(m[0]) if m else None
            if code and w != "capital":
                out.append(Found(m[1], k + 1, m[0], lookup(m[0])))
            elif w == "capital" and low[k + 1 : k + 2] not in (["of"], [","], ["city"]):
                cap = capital_of(code or country)
                if cap is not None:
                    out.append(Found(k, k + 1, cap.name, cap))
        elif country and (
            w in ("countryside", "nationwide")
            or (w in ("country", "country's") and low[k - 1 : k] == ["the"])
        ):
            name = country_name(country)
            if name:
                out.append(Found(k, k + 1, name, lookup(name)))
    return out


_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february april august"
    " september october november december parliament congress christmas english arabic"
    " reuters".split()
)


def _unknown_after_locative(
    toks: list[str], low: list[str], known: list[Found], caps: bool, learned: frozenset[str]
) -> list[Found]:
    """'killed in Lwarai Mandi': a capitalised name after 'in'/'near' that the gazetteer lacks.
    In ALL-CAPS text only in apposition to a known place ('IN CONRAY, TARMA PROVINCE'), when
    the article called it a locality elsewhere (`learned`), or before ', where'."""
    taken = {k for f in known for k in range(f.i, f.j)}
    starts = {f.i for f in known}
    out: list[Found] = []
    words = [t for t in toks if t[:1].isalpha()]
    if not caps and sum(t[:1].isupper() for t in words) > 0.7 * len(words):
        return out  # a headline in capitals or title case ("Police Killed in Self-Defense")
    for k in range(1, len(toks) - 1):
        if low[k] not in _BEFORE_UNKNOWN or k + 1 in taken:
            continue
        a, b = _name_span(toks, low, k + 1, 1, caps)
        if b <= a or any(x in taken for x in range(a, b)) or low[a] in _NOT_NAMES:
            continue
        where = low[b : b + 2] == [",", "where"]
        if caps and learned:
            b = next((e for e in range(b, a, -1) if " ".join(low[a:e]) in learned), b)
        ends = low[b : b + 1] in ([","], ["."], [])
        opener = low[a] in _NAME_OPENERS and b - a >= 2 and ends
        near = low[k] == "near" and ends  # "AT 1025 NEAR PLAN GALAN."
        dated = low[k] == "in" and _time_follows(low, b)  # "KIDNAPPED IN TECUN UMAN ON 27 SEP"
        if caps and not (
            dated
            or (low[b : b + 1] == [","] and b + 1 in starts)
            or " ".join(low[a:b]) in learned
            or where
            or _reference_follows(low, b)
            or opener  # "IN EL JICOTE, WOUNDED": an article or saint's name opens a locality
            or near
        ):
            continue
        if (
            low[k] not in ("in", "near", "outside")
            and not where
            and not (opener and low[k] == "at")
        ):
            continue  # ("AT EL BOTIJON, IN SAN SEBASTIAN CANTON": a locality after "at" too)
        if any(t.endswith(("'s", "’s")) for t in toks[a:b]):
            continue
        if b - a == 1 and low[a].endswith("s") and lookup(toks[a][:-1]) is not None:
            continue  # "in Iraqs most rebellious city": a possessive that lost its apostrophe
        if DEMONYMS.match_at(low, a) or low[a] in ("the", "a"):
            continue
        if named_group_at(low, toks, a) is not None:
            continue  # "Killed in Al Qaeda Jailbreak": a group's name, not a place
        name = _shown(" ".join(toks[a:b]), None, caps)
        if name.lower() not in _NOT_PLACES:
            out.append(Found(a, b, name, PlaceRef(name, "other", None)))
    return out


_MONTHS = frozenset(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _time_follows(low: list[str], b: int) -> bool:
    """'IN TECUN UMAN ON 27 SEPTEMBER', 'IN UCHIZA LAST NIGHT': a name after 'in' followed by
    the time it happened is a place."""
    nxt = low[b : b + 3]
    if nxt[:1] == ["on"] and len(nxt) > 1:
        return nxt[1].isdigit() or nxt[1] in _MONTHS or nxt[1] in _DAYS
    return nxt[:2] in (["last", "night"], ["last", "week"]) or nxt[:1] in (
        ["yesterday"],
        ["today"],
        ["tonight"],
    )


# Words that open Spanish and Portuguese place names ("EL JICOTE", "SAN JOSE LAS FLORES").
_NAME_OPENERS = frozenset("el la los las san santa santo sao puerto villa nueva nuevo".split())
_BEFORE_UNKNOWN = frozenset("in near outside from at".split())


def _reference_follows(low: list[str], b: int) -> bool:
    """'IN COMASAGUA, ABOUT 28 KM TO THE SOUTHWEST OF SAN SALVADOR', 'IN ZARAGOZA, SOUTH OF X':
    a name set off by a distance or a bearing from a landmark is a locality."""
    if low[b : b + 1] != [","]:
        return False
    w = low[b + 1 : b + 9]
    if "of" not in w and "from" not in w:
        return False
    k = 0
    if k < len(w) and w[k] in ("about", "some", "approximately", "around", "nearly"):
        k += 1
    if k + 1 < len(w) and w[k][:1].isdigit() and w[k + 1] in DISTANCE:
        k += 2
    if w[k : k + 2] == ["to", "the"]:
        k += 2
    return (
        k < len(w)
        and w[k] in COMPASS
        and w[k + 1 : k + 2] in (["of"], ["from"])
        or (k >= 2 and k < len(w) and w[k] in ("of", "from"))
    )
