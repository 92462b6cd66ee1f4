"""Number phrases: digits, number words, vague amounts and qualifiers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import PhraseTable, load

_N = load("numbers")
UNITS: dict[str, int] = _N["units"]
TENS: dict[str, int] = _N["tens"]
SCALES: dict[str, int] = _N["scales"]
VAGUE = PhraseTable([(" ".join(w), (lo, hi)) for w, lo, hi in _N["vague"]])
QUALIFIERS = PhraseTable([(" ".join(w), q) for w, q in _N["qualifiers"]])
NOT_AFTER = frozenset(_N["not_after"])
NOT_BEFORE = frozenset(_N["not_before"])
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+$")
_PLAIN = re.compile(r"^\d+(?:\.\d+)?$")
_WORD_SCALES = {"hundred", "thousand", "million", "billion"}
# The words a number phrase can start with (digits and "twenty-one" aside): see parse_count.
_STARTS = frozenset(VAGUE.by_first) | frozenset(UNITS) | frozenset(TENS) | {"a", "one", "dozen"}


@dataclass(frozen=True)
class NumberPhrase:
    start: int  # token index of the first token, qualifier included
    num_start: int  # token index of the number itself
    end: int  # token index after the number
    count: int | None
    low: int | None
    high: int | None
    qualifier: str
    vague: bool


def word_value(word: str) -> int | None:
    """'twenty-seven' -> 27, 'five' -> 5; None for anything else."""
    if word in UNITS:
        return UNITS[word]
    if word in TENS:
        return TENS[word]
    if "-" in word:
        a, _, b = word.partition("-")
        if a in TENS and b in UNITS and 0 < UNITS[b] < 10:
            return TENS[a] + UNITS[b]
    return None


def parse_count(low: list[str], i: int) -> tuple[int, int] | None:
    """An exact number starting at token i -> (value, end). Handles '2,337', '1.2 million',
    'two hundred and fifty', 'Twenty-one thousand', 'a dozen'."""
    n = len(low)
    tok = low[i]
    if tok[0].isdigit():
        if tok[0] == "0" and len(tok) == 4 and tok.isdigit():
            return None  # "UNTIL 0500": a clock time, never a count
        if _THOUSANDS.match(tok):
            value = float(tok.replace(",", ""))
        elif _PLAIN.match(tok):
            value = float(tok)
        else:
            return None
        j = i + 1
        if j < n and low[j] in _WORD_SCALES:
            return int(round(value * SCALES[low[j]])), j + 1
        if value != int(value):
            return None
        return int(value), j
    if tok in ("a", "one") and i + 1 < n and low[i + 1] == "dozen":
        return 12, i + 2
    if tok == "dozen":
        return 12, i + 1
    if tok == "a" and i + 1 < n and low[i + 1] in ("hundred", "thousand"):
        return SCALES[low[i + 1]], i + 2
    total, current, j, seen = 0, 0, i, False
    while j < n:
        w = low[j]
        v = word_value(w)
        if v is not None:
            current += v
            seen = True
        elif w in _WORD_SCALES and seen:
            if w == "hundred":
                current *= 100
            else:
                total += current * SCALES[w]
                current = 0
        elif (
            w == "and"
            and seen
            and j + 1 < n
            and word_value(low[j + 1]) is not None
            and low[j - 1] in _WORD_SCALES
        ):
            pass
        else:
            break
        j += 1
    if not seen:
        return None
    return total + current, j


def may_start_number(tok: str) -> bool:
    """False for a token no number phrase starts with (most words): parse_number(low, i) is None
    when low[i] is such a token, so callers skip it without parsing."""
    return tok[0].isdigit() or tok in _STARTS or ("-" in tok and word_value(tok) is not None)


def parse_number(low: list[str], i: int) -> NumberPhrase | None:
    """A number phrase whose number starts at token i (qualifier looked up before i)."""
    vague = VAGUE.match_at(low, i)
    if vague is not None:
        (lo, hi), end = vague
        q = QUALIFIERS.match_ending(low, i)
        return NumberPhrase(q[1] if q else i, i, end, None, lo, hi, "approx", True)
    parsed = parse_count(low, i)
    if parsed is None:
        return None
    value, end = parsed
    qual, start = "exact", i
    q = QUALIFIERS.match_ending(low, i)
    if q is not None:
        qual, start = q
    # "three or four" -> a vague range
    if end + 1 < len(low) and low[end] in ("or", "to") and low[end - 1] != "dozen":
        other = parse_count(low, end + 1)
        if other and other[0] > value and low[end] == "or":
            return NumberPhrase(start, i, other[1], None, value, other[0], "approx", True)
    return NumberPhrase(start, i, end, value, None, None, qual, False)
