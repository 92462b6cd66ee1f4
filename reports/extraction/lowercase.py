"""Place names written in lower case in mixed-case text ('died in napo', 'the cayambe district')."""

from __future__ import annotations

from .gazetteer import _NOT_PLACES, index, lookup
from .types import PlaceRef

_NOUNS = frozenset("province city department region district state municipality canton".split())
_WORDS = frozenset(
    "the a an in of and or on at near to from its their this that these those same other time"
    " monday tuesday wednesday thursday friday saturday sunday january february april august"
    " september october november december parliament congress christmas english arabic".split()
)


def lower_case_known(
    toks: list[str], low: list[str], taken: set[int], country: str
) -> list[tuple[int, PlaceRef]]:
    """A lower-case word after 'in'/'near', or between 'the' and a place noun, that the gazetteer
    knows as a town or region of the article's own country (common words naming a foreign town
    never count): (token index, place)."""
    idx = index()
    out: list[tuple[int, PlaceRef]] = []
    for k in range(1, len(toks)):
        w = toks[k]
        if k in taken or not w.isalpha() or not w.islower():
            continue
        prev, nxt = low[k - 1], low[k + 1] if k + 1 < len(low) else ""
        if not (prev in ("in", "near") or (prev == "the" and nxt in _NOUNS)):
            continue
        if w not in idx or w in _NOT_PLACES or w in _WORDS:
            continue
        ref = lookup(w.title(), country)
        if ref is not None and ref.country_code == country and ref.kind in ("region", "city"):
            out.append((k, ref))
    return out
