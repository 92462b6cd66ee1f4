"""Hedging: the text marks a figure as unconfirmed ("cannot confirm", "reportedly")."""

from __future__ import annotations

import re

from .lexicon import load

_H = load("hedges")


def _alternation(phrases: list[str]) -> re.Pattern[str]:
    words = sorted((re.escape(p) for p in phrases), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


HEDGE = _alternation(_H["phrases"])
GLOBAL = _alternation(_H["global"])
_FIGURE_WORDS = re.compile(
    r"\b(?:figures?|tolls?|numbers?|reports?|claims?|casualt|deaths?|account|this)", re.I
)


def is_hedged(sentence: str) -> bool:
    """True when the sentence itself hedges its figures."""
    return bool(HEDGE.search(sentence.replace("\u2019", "'")))


def hedges_earlier(sentence: str) -> bool:
    """'CNN cannot independently confirm the figures' hedges the figures before it."""
    return bool(GLOBAL.search(sentence)) and bool(_FIGURE_WORDS.search(sentence))
