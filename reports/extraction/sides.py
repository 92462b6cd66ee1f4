"""Which side did it, when the sentence names no attacker outright.

- the speaker's own forces: "Iraq said its forces killed 15,000 Iranians", "Chad's high command
  said troops killed 1,269 Libyan soldiers" -> the speaking state;
- the other side of a two-state war: "29 Chadian soldiers were killed" in an article about Chad
  and Libya fighting each other -> Libya.
"""

from __future__ import annotations

import re
from collections import Counter

from . import places
from .groups import COUNTRY_ALIASES, DEMONYMS

_SAY = frozenset("said says say reported reports announced claimed told added adding".split())
_SAYING = frozenset("saying adding claiming".split())  # "Iran reported ..., saying troops killed"
_OWN = frozenset("its their our his".split())
_FORCES = frozenset(
    "forces troops army soldiers units men warplanes aircraft artillery guns".split()
)


def _country_at(low: list[str], toks: list[str], i: int) -> str | None:
    d = DEMONYMS.match_at(toks, i) or DEMONYMS.match_at(low, i)
    if d is not None and d[1] == i + 1:
        return d[0]
    if toks[i] in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[toks[i]]
    for n in (2, 1):  # "El Salvador", "Iran", "Chad's"
        if i + n <= len(toks) and toks[i][:1].isupper():
            name = " ".join(toks[i : i + n])
            ref = places.lookup(name[:-2] if name.lower().endswith("'s") else name)
            if ref is not None and ref.kind == "country":
                return ref.name
    return None


def speaker_state(
    low: list[str], toks: list[str], fig_start: int, victims: frozenset[str]
) -> str | None:
    """The state that speaks of its own forces before the figure ('Iraq said its forces
    killed N', 'Chad's military high command said troops killed N')."""
    say = next((k for k in range(min(fig_start, len(low))) if low[k] in _SAY), None)
    if say is None or say > 8:
        return None
    # the speaker: a country at the start of the subject ("Iraq", "Chad 's military command")
    state = None  # the country nearest the verb ("BAHRAIN - Iran reported" -> Iran)
    for k in range(say - 1, -1, -1):
        c = _country_at(low, toks, k)
        if c is not None:
            state = c
            break
    if state is None or state in victims:
        return None
    between = low[say + 1 : fig_start]
    for k, w in enumerate(between):
        if w in _FORCES and (
            k == 0 or between[k - 1] in _OWN or between[k - 1] == "the" or between[k - 1] in _SAYING
        ):
            return state
    return None


def two_states(countries: Counter[str], min_mentions: int = 2) -> tuple[str, str] | None:
    """The two countries an article is about when it names exactly two often."""
    top = [c for c, n in countries.most_common(3) if n >= min_mentions]
    return (top[0], top[1]) if len(top) == 2 else None


def other_side(affiliation: str | None, pair: tuple[str, str] | None) -> str | None:
    """State forces of one of the two warring states -> the other state."""
    if not affiliation or pair is None or affiliation not in pair:
        return None
    return pair[1] if affiliation == pair[0] else pair[0]


def nationality(low: list[str], start: int, end: int) -> str | None:
    """The country of a demonym inside a figure ('1,500 Iraqi casualties', '23 Palestinians')."""
    for k in range(start, end):
        d = DEMONYMS.match_at(low, k)
        if d is not None:
            return d[0]
    return None


# Rebel stations and communiques speak of the army as "the enemy" and of "our forces".
_REBEL_VOICE = re.compile(r"\bCLANDESTINE\b|\bRADIO\s+(?:VENCEREMOS|FARABUNDO\s+MARTI)\b", re.I)


_REBEL_WORDS = (
    "CLANDESTINE",
    "Clandestine",
    "clandestine",
    "VENCEREMOS",
    "Venceremos",
    "MARTI",
    "Marti",
)


def rebel_voice(text: str) -> bool:
    """The article relays a rebel station or communique (FBIS marks their broadcasts
    'CLANDESTINE'): its enemy is the state's forces."""
    head = text[:20_000]
    if not any(w in head for w in _REBEL_WORDS):
        return False  # (substring tests first: most articles are no rebel broadcast)
    return _REBEL_VOICE.search(head) is not None


def enemy_losses(low: list[str], f) -> bool:
    """'10 ENEMY CASUALTIES', '16 CASUALTIES ON THE ENEMY', 'WE INFLICTED TWO CASUALTIES', 'TWO
    MORE CASUALTIES WERE INFLICTED': losses the speaker's side caused."""
    near = low[max(0, f.start - 3) : f.end + 4]
    return f.inflicted or any(w.startswith(("enem", "inflict")) for w in near)
