"""Places a sentence names that are not where its figures happened: the landmark a distance
or bearing is measured from, a country acting as a subject, where victims come from, where a
source is based or spoke (places.places_in drops them)."""

from __future__ import annotations

from .types import PlaceRef

COMPASS = frozenset(
    "north south east west northeast northwest southeast southwest northeastern northwestern"
    " southeastern southwestern".split()
)
DISTANCE = frozenset("km kilometers kilometres miles mi".split())
_REPORTING = frozenset(
    "said says reported reports told announced stated quoted added indicated learned learnt"
    " confirmed disclosed revealed declared speaking".split()
)
# words between the reporting verb and "in": "told reporters in Managua", "reported today in"
_SKIP = frozenset(
    "today yesterday tonight officially also here there later only about"
    " reporters journalists monday tuesday wednesday thursday friday saturday sunday".split()
)
LOCATIVE = frozenset(
    "in near at from outside across to into of around north south east west northern southern"
    " eastern western central inside along downtown".split()
)


def bearing_from(low: list[str], i: int) -> bool:
    """'north of Baghdad', 'southeast of the capital', 'the Dagestan region adjacent to
    Chechnya': a place given as a landmark for another."""
    if i > 0 and low[i - 1] in _NEIGHBOURING:
        return True
    if i > 1 and low[i - 1] == "to" and low[i - 2] in ("adjacent", "next"):
        return True
    return i > 1 and low[i - 1] == "of" and low[i - 2] in COMPASS


_NEIGHBOURING = frozenset("bordering neighbouring neighboring".split())


def reference_point(low: list[str], i: int, j: int = 0) -> bool:
    """'56 km east of the capital', '200 km north of Ayacucho': a landmark, not the place
    (unless the clause after it says what happened there: '20 km from X, where ...')."""
    if j and low[j : j + 2] == [",", "where"]:
        return False
    window = low[max(0, i - 6) : i]
    return any(w in DISTANCE for w in window) and any(w in ("of", "from") for w in window[-3:])


_SPEAKING = _REPORTING | frozenset("claimed continued launched denied accused".split())
_RESIDENTS = frozenset(
    "people persons britons tourists nationals citizens victims residents families pilgrims"
    " workers soldiers troops marines".split()
)


def speaking_country(low: list[str], i: int, j: int, ref: PlaceRef, country: str | None) -> bool:
    """'Iran said over 2,600 ...', 'as Iran continued its operation': a country (tokens i..j)
    that speaks or acts as the subject of a verb is an actor, not the place of the figure
    (unless it is the article's own country: 'Chad says troops killed 1,200' datelined in Chad)."""
    if i > 0 and low[i - 1] in LOCATIVE:
        return False
    if country and ref.country_code == country:
        return False
    k = j
    while k < len(low) and low[k] in _SKIP:
        k += 1
    return k < len(low) and low[k] in _SPEAKING


def home_place(low: list[str], i: int) -> bool:
    """'three people from Scotland died in the tsunami': where the victims come from, not
    where it happened."""
    return i > 1 and low[i - 1] == "from" and low[i - 2] in _RESIDENTS


_SEATS = frozenset("headquarters headquartered based embassy consulate".split())


def seat(low: list[str], i: int) -> bool:
    """'the army's Fourth Brigade, with headquarters in Medellin': where a source is based."""
    if i > 1 and low[i - 1] == "in" and low[i - 2] in _SEATS:  # "THE U.S. EMBASSY IN SAN SALVADOR"
        return True
    # "NINE U.S. SOLDIERS STATIONED AT THE PALMEROLA BASE WHO WERE VISITING LA CEIBA"
    return any(w in ("stationed", "garrisoned") for w in low[max(0, i - 3) : i])


def reporting_place(low: list[str], i: int) -> bool:
    """'it was officially reported today in Lima that ...': where it was said, not where."""
    k = i - 1
    if k < 1 or low[k] not in ("in", "from"):
        return False
    k -= 1
    while k >= 0 and low[k] in _SKIP:
        k -= 1
    return k >= 0 and low[k] in _REPORTING


_SUPERLATIVE = frozenset("most largest biggest best worst highest oldest greatest main".split())


def superlative_scope(low: list[str], i: int) -> bool:
    """'ONE OF THE MOST IMPORTANT IN EL SALVADOR', 'the largest in Asia': the place a comparison
    ranges over, not where something happened."""
    if i < 2 or low[i - 1] != "in":
        return False
    return any(w in _SUPERLATIVE for w in low[max(0, i - 5) : i - 1])
