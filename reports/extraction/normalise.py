"""Broken entities some feeds print ("Iraq #39;s prime minister" in AG News) are read as the
character they stand for; offsets are mapped back so quotes stay exact substrings of the text."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from .types import ClaimDraft

_ENTITY = re.compile(r" ?&?#39;")


def clean(text: str) -> tuple[str, list[int], list[int]]:
    """The text with "#39;" (and a space before it) read as "'" and AG News's line-break
    backslashes ("believed to be\\civilians") as spaces, plus the offset map: at each position of
    the cleaned text in `at`, the original is `shift` characters further on."""
    if "\\" in text:
        cleaned, at, shift = clean(text.replace("\\", " "))  # (same length: offsets hold)
        return cleaned, at or [0], shift or [0]  # (a map, so quotes are re-read from the original)
    if "#39;" not in text:
        return text, [], []
    out, at, shift = [], [], []
    last = delta = 0
    for m in _ENTITY.finditer(text):
        out.append(text[last : m.start()])
        out.append("'")
        delta += len(m.group()) - 1
        at.append(m.start() - (delta - (len(m.group()) - 1)) + 1)
        shift.append(delta)
        last = m.end()
    out.append(text[last:])
    return "".join(out), at, shift


def restore(claims: list[ClaimDraft], original: str, at: list[int], shift: list[int]) -> None:
    """Maps the claims' mentions and quotes back onto the original text."""
    if not at:
        return

    def orig(pos: int) -> int:
        k = bisect_right(at, pos)
        return pos + (shift[k - 1] if k else 0)

    for c in claims:
        ms = []
        for m in c.mentions:
            s0, s1 = orig(m.sentence_start), orig(m.sentence_end)
            q0, q1 = orig(m.start), orig(m.end)
            ms.append(
                replace(
                    m,
                    sentence=original[s0:s1],
                    sentence_start=s0,
                    sentence_end=s1,
                    start=q0,
                    end=q1,
                )
            )
        if ms:
            c.quote = original[ms[0].start : ms[0].end]
        c.mentions = ms
