"""Cause ('airstrike', 'shelling') and perpetrator ('Russian airstrikes' -> Russia) of a figure."""

from __future__ import annotations

from .groups import COUNTRY_ALIASES, DEMONYMS, named_group_at
from .lexicon import PhraseTable, load

_C = load("causes")
CAUSES = PhraseTable(_C["causes"])
FORCES = PhraseTable({w: True for w in _C["forces_words"]})
_SKIP = frozenset(
    {
        "the",
        "a",
        "an",
        "'s",
        "of",
        "led",
        "-",
        "backed",
        "government",
        "regime",
        "state",
        "national",
        "federal",
    }
)


def cause_of(low: list[str]) -> str | None:
    """The first cause word in the sentence (longest phrase wins)."""
    for i in range(len(low)):
        m = CAUSES.match_at(low, i)
        if m is not None:
            return m[0]
    return None


def perpetrator_of(
    low: list[str], toks: list[str], fig_start: int, skip: tuple[int, int] = (0, 0)
) -> str | None:
    """'Russian airstrikes' / 'by ISIS' / 'Sikh extremists killed' -> a short name.

    Looks for a state (demonym or country before a forces word) or a named group, preferring the
    ones before the figure (the agent of 'X killed N') and after 'by' ('killed by X')."""
    best: tuple[int, str] | None = None
    n = len(low)
    for i in range(n):
        if skip[0] <= i < skip[1]:
            continue
        name = None
        ng = named_group_at(low, toks, i)
        if ng is not None and (i == 0 or low[i - 1] != "of"):
            name = ng[0]
        else:
            d = DEMONYMS.match_at(toks, i) or DEMONYMS.match_at(low, i)
            if d is None and toks[i] in COUNTRY_ALIASES:
                d = (COUNTRY_ALIASES[toks[i]], i + 1)
            if d is not None:
                j = d[1]
                while j < n and (low[j] in _SKIP or low[j].endswith("-led")) and j - d[1] < 3:
                    j += 1
                if FORCES.match_at(low, j) is not None:
                    name = d[0]
        if name is None:
            continue
        by = i > 0 and low[i - 1] == "by"
        score = (0 if by else 1) + (0 if i < fig_start else 2) + abs(fig_start - i) / 100
        if best is None or score < best[0]:
            best = (score, name)
    return best[1] if best else None


def default_perpetrator(
    group: str, country: str | None, armed_group: str | None, cause: str | None
) -> str | None:
    """Armed groups fall to the state, state forces to the article's armed group."""
    if cause in (
        "earthquake",
        "tsunami",
        "flood",
        "hurricane",
        "tropical storm",
        "storm",
        "fire",
        "crash",
        "plane crash",
        "helicopter crash",
        "cyclone",
        "typhoon",
        "landslide",
        "capsizing",
        "ferry disaster",
    ):
        return None
    if group == "armed_groups" and country:
        return country
    if group in ("civilians", "children", "women", "men", "people") and cause in _ATTACKS:
        return armed_group
    if group == "state_forces" and armed_group:
        return armed_group
    return None


_ATTACKS = frozenset(
    {
        "bombing",
        "car bomb",
        "suicide bombing",
        "suicide car bomb",
        "ambush",
        "mine",
        "attack",
        "grenade attack",
        "kidnapping",
        "massacre",
        "shooting",
    }
)
