"""Events an article names more than once ("last Thursday's earthquake" ... "due to the
earthquake"): a figure that refers back to the event takes the time and place the article first
gave it, not those of whatever sentence happens to come before it."""

from __future__ import annotations

import re

from .lexicon import word_alternation

# One class per kind of event that an article usually reports once (a disaster, a crash).
_CLASSES = {
    "earthquake": "quake",
    "earthquakes": "quake",
    "quake": "quake",
    "tremor": "quake",
    "hurricane": "storm",
    "typhoon": "storm",
    "cyclone": "storm",
    "tornado": "storm",
    "storm": "storm",
    "flood": "flood",
    "floods": "flood",
    "flooding": "flood",
    "avalanche": "avalanche",
    "avalanches": "avalanche",
    "landslide": "landslide",
    "landslides": "landslide",
    "mudslide": "landslide",
    "eruption": "eruption",
    "tsunami": "tsunami",
    "crash": "crash",
    "derailment": "crash",
    "collision": "crash",
    "stampede": "stampede",
}
_EVENT = word_alternation(tuple(_CLASSES))
# "the earthquake", "this week's floods", "last Thursday's quake": the event already named
_BACK = re.compile(
    r"\b(?:the|this|that|its|last\s+\w+'s|this\s+\w+'s|\w+day's)\s+(?:[a-z\-]+\s+){0,2}?("
    + "|".join(sorted(_CLASSES, key=len, reverse=True))
    + r")\b",
    re.I,
)


def positions(text: str) -> list[tuple[int, str]]:
    """(offset, class) of every event word in the text (one search per article)."""
    return [(m.start(), _CLASSES[m.group().lower()]) for m in _EVENT.finditer(text)]


def referred(text: str) -> str | None:
    """The class of an event the text refers back to ('due to the earthquake'), or None."""
    if not _EVENT.search(text):
        return None  # (the plain word search first: most sentences name no event)
    m = _BACK.search(text)
    return _CLASSES[m.group(1).lower()] if m else None
