"""Hedging: the text marks a figure as unconfirmed ("cannot confirm", "reportedly")."""

from __future__ import annotations

import re

from .lexicon import load, word_alternation

_H = load("hedges")


HEDGE = word_alternation(_H["phrases"])
GLOBAL = word_alternation(_H["global"])
_FIGURE_WORDS = re.compile(
    # (the look-ahead for the first letters only makes the engine give up sooner)
    r"\b(?=[fntrcdat])(?:figures?|tolls?|numbers?|reports?|claims?|casualt|deaths?|account|this)",
    re.I,
)


def is_hedged(sentence: str) -> bool:
    """True when the sentence itself hedges its figures."""
    return bool(HEDGE.search(sentence.replace("\u2019", "'")))


def hedges_earlier(sentence: str) -> bool:
    """'CNN cannot independently confirm the figures' hedges the figures before it."""
    # the rare phrase first: "this" makes the figure words match in most sentences
    return bool(GLOBAL.search(sentence)) and bool(_FIGURE_WORDS.search(sentence))
