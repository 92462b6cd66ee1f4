"""Sentence splitting and tokenising with character offsets, plus the cheap prefilter."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

# Abbreviations that end with a period but do not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Maj|Cpl|Rev|St|Sen|Rep|Gov|Pres|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|No|Nos|Co|Corp|Inc|Ltd|vs|etc|approx|Lord|Mt|Ft|Adm|Cmdr|Prof|Jr|Sr)|"
    r"\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z])\.$",
    re.IGNORECASE,
)
# Sentence ends: . ! ? (and closing quotes) followed by whitespace; or newlines.
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n")

TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\d+(?:[.,]\d+)*|[^\W\d_](?:[\w'’\-]*\w)?|\S")

# Prefilter: a sentence is worth parsing only if it has a number-ish word and an outcome-ish word.
NUMBERISH = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
    r"million|dozen|dozens|scores|several|few|handful)",
    re.IGNORECASE,
)
OUTCOMEISH = re.compile(
    r"kill|dead|death|died|die\b|slain|massacr|execut|murder|perish|lives|life|body|bodies|corpse|fatalit|toll|"
    r"wound|injur|hurt|hospital|maim|crippl|casualt|displac|fled|homeless|evacuat|refugee|uproot|missing|"
    r"unaccounted|disappear|arrest|detain|abduct|kidnap|captur|seiz|prisoner|hostage|jail|imprison|"
    r"assassinat|behead|drown|gunned|shot|loss|slaughter|confined|abandon|custody|buried|snatch",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    index: int
    headline: bool = False


class Token(NamedTuple):
    # a NamedTuple, not a dataclass: an article has tens of thousands, built at tuple speed
    text: str
    low: str
    start: int  # offsets in the article text
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """Split into sentences with offsets; lines are always boundaries (headlines, captions)."""
    out: list[Sentence] = []
    pos = 0
    n = len(text)
    first_line = True
    for m in _END.finditer(text):
        end = m.end()
        if m.group() != "\n":
            # Don't split after abbreviations, initials or inside numbers like "No. 4".
            head = text[max(pos, end - 12) : end].rstrip("\"'”’)]")
            if _ABBREV.search(head):
                continue
            nxt = text[end : end + 3].lstrip()
            if nxt and nxt[0].islower():
                continue
        _add(out, text, pos, end, first_line)
        if "\n" in text[pos:end]:
            first_line = False
        pos = end
    if pos < n:
        _add(out, text, pos, n, first_line)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, first_line: bool) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(text[start:end], start, end, len(out), headline=first_line and not out))


def tokenize(sentence: Sentence) -> list[Token]:
    """The sentence's tokens (a fresh list each call: callers may change it)."""
    return list(_tokens(sentence.text, sentence.start))


@lru_cache(maxsize=512)
def _tokens(text: str, base: int) -> tuple[Token, ...]:
    # A sentence is tokenised by several steps (figures, places, neighbours): once is enough.
    if text.isascii():  # (most text) lower-case it once: ASCII case maps letter by letter
        lowered = text.lower()
        out = []
        for m in TOKEN.finditer(text):
            s, e = m.span()
            out.append(_new(Token, (m.group(), lowered[s:e], base + s, base + e)))
        return tuple(out)
    return tuple(
        [
            Token(m.group(), m.group().lower().replace("’", "'"), base + m.start(), base + m.end())
            for m in TOKEN.finditer(text)
        ]
    )


_new = tuple.__new__  # Token's fields without the Python-level NamedTuple constructor


def _by_first_letter(alternatives: list[str]) -> str:
    """'kill|dead|death' -> 'k(?:ill)|d(?:ead|eath)': alternatives that each open with a distinct
    letter per group match where and as the plain alternation does, but the regex engine tries
    one group per position instead of every alternative."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        assert alt[:1].isalpha(), alt
        groups.setdefault(alt[0], []).append(alt[1:])
    return "|".join(c + "(?:" + "|".join(rest) + ")" for c, rest in groups.items())


# The prefilter's regexes for lower-cased text (same matches as OUTCOMEISH / NUMBERISH there).
_OUTCOME_LOW = re.compile(_by_first_letter(OUTCOMEISH.pattern.split("|")))
_NUMBER_WORDS = NUMBERISH.pattern.removeprefix(r"\d|\b(?:").removesuffix(")").split("|")
_DIGIT = re.compile(r"\d")
_NUMBER_WORD_LOW = re.compile(
    r"\b(?=["
    + "".join(sorted({w[0] for w in _NUMBER_WORDS}))
    + "])(?:"
    + "|".join(_NUMBER_WORDS)
    + ")"
)


@lru_cache(maxsize=4096)
def is_candidate(sentence: str) -> bool:
    """Cheap prefilter: a number-ish word and an outcome-ish word (case-folded once)."""
    low = sentence.lower()
    # (a digit is found by a one-class scan; only a sentence with none needs the words)
    has_number = _DIGIT.search(low) or _NUMBER_WORD_LOW.search(low)
    return bool(has_number) and bool(_OUTCOME_LOW.search(low))


def clear_caches() -> None:
    """Forget the tokens and prefilter answers kept for sentences: extract() calls this for each
    article, so a long-running worker holds at most one article's sentences (a sentence can be
    very long), never those of every article it has read."""
    _tokens.cache_clear()
    is_candidate.cache_clear()
