"""Loads the JSON lexicons in data/ once and turns them into phrase tables.

A PhraseTable matches multiword phrases over lower-cased tokens, longest first, either starting at
a token (forward) or ending at one (backward), so every module matches lexicon entries the same way.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache, wraps
from pathlib import Path
from typing import Any

DATA = Path(__file__).with_name("data")

# No gazetteer name or lexicon word is longer than this; longer text is never a name.
MAX_WORD = 64


def word_cache(maxsize: int, max_len: int = MAX_WORD) -> Callable[[Callable], Callable]:
    """lru_cache for functions of a word or name: keys longer than max_len are computed, not
    cached. A worker lives for thousands of articles; without the cap a page of very long
    "words" (base64, minified scripts) would each stay in memory until evicted."""

    def decorate(fn: Callable) -> Callable:
        cached = lru_cache(maxsize=maxsize)(fn)

        @wraps(fn)
        def wrapper(key: str, *args: Any) -> Any:
            return fn(key, *args) if len(key) > max_len else cached(key, *args)

        wrapper.cache_info = cached.cache_info  # type: ignore[attr-defined]
        wrapper.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return wrapper

    return decorate


@cache
def load(name: str) -> dict[str, Any]:
    with open(DATA / f"{name}.json", encoding="utf-8") as fh:
        return json.load(fh)


def split_phrase(phrase: str) -> tuple[str, ...]:
    # Lexicon phrases are written as text; tokens never contain spaces, and "," is a token.
    return tuple(phrase.lower().replace(",", " ,").split())


class PhraseTable:
    """Multiword phrases -> value, matched on lists of lower-cased tokens."""

    def __init__(self, entries: dict[str, Any] | list[tuple[str, Any]]) -> None:
        items = entries.items() if isinstance(entries, dict) else entries
        self.by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        self.by_last: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for phrase, value in items:
            words = split_phrase(phrase)
            if not words:
                continue
            self.by_first.setdefault(words[0], []).append((words, value))
            self.by_last.setdefault(words[-1], []).append((words, value))
        for table in (self.by_first, self.by_last):
            for lst in table.values():
                lst.sort(key=lambda e: -len(e[0]))

    def match_at(self, low: list[str], i: int) -> tuple[Any, int] | None:
        """Longest phrase starting at token i -> (value, end index exclusive)."""
        if i >= len(low):
            return None
        for words, value in self.by_first.get(low[i], ()):
            n = len(words)
            if n == 1 or tuple(low[i : i + n]) == words:  # (one word: the key itself)
                return value, i + n
        return None

    def match_ending(self, low: list[str], end: int) -> tuple[Any, int] | None:
        """Longest phrase ending just before token `end` -> (value, start index)."""
        if end <= 0 or end > len(low):
            return None
        for words, value in self.by_last.get(low[end - 1], ()):
            n = len(words)
            if end - n >= 0 and tuple(low[end - n : end]) == words:
                return value, end - n
        return None


def table_from_groups(groups: dict[str, list[str]]) -> PhraseTable:
    """{value: [phrases]} -> PhraseTable(phrase -> value); earlier keys win."""
    entries: dict[str, str] = {}
    for value, phrases in groups.items():
        if value.startswith("_"):
            continue
        for p in phrases:
            entries.setdefault(p, value)
    return PhraseTable(entries)


def word_alternation(phrases: Iterable[str]) -> re.Pattern[str]:
    """r"\\b(?:p1|p2|...)\\b", case-insensitive, longest (escaped) phrase first, written so the
    regex engine tries only the phrases that start with the letter at hand: the phrases are
    grouped by their first letter (in the same order within a group) behind a look-ahead for
    those letters. Only one group can match at a position (the first letters are distinct ASCII
    characters), so the matches are those of the plain alternation, in a quarter of the time."""
    escaped = sorted((re.escape(p) for p in phrases), key=len, reverse=True)
    if not all(e[:1].isascii() and e[:1].isalnum() for e in escaped):
        return re.compile(r"\b(?:" + "|".join(escaped) + r")\b", re.IGNORECASE)
    groups: dict[str, list[str]] = {}
    for e in escaped:
        groups.setdefault(e[0].lower(), []).append(e[1:])
    firsts = "".join(groups)
    branches = "|".join(c + "(?:" + "|".join(rest) + ")" for c, rest in groups.items())
    if len(firsts) <= 5:  # few first letters: the look-ahead first fails sooner at most places
        return re.compile(rf"(?=[{firsts}])\b(?:{branches})\b", re.IGNORECASE)
    return re.compile(rf"\b(?=[{firsts}])(?:{branches})\b", re.IGNORECASE)
