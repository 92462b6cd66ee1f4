"""Small rules about the words around a speech verb and the shape of a source's name."""

from __future__ import annotations

import re

from .sentences import Token

_PASSIVE = frozenset({"was", "were", "is", "are", "be", "been", "being"})
_ATTRIBUTIVE = frozenset({"a", "an", "the", "previously", "earlier", "initially", "originally"})
_TITLES = re.compile(
    r"^(?:(?:leftist|rightist|opposition|former|deputy|acting|vice|senior)\s+)*"
    r"(?:senator|sen\.|president|pres\.|minister|general|gen\.?|colonel|col\.|major|maj\.|captain"
    r"|capt\.|lieutenant|lt\.|commander|sergeant|sgt\.|governor|gov\.|mayor|judge|bishop"
    r"|archbishop|father|monsignor|msgr\.|deputy|congressman|congresswoman|representative|rep\."
    r"|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?|professor)\s+(?=\S)",
    re.I,
)


def agentless(low: list[str], i: int) -> bool:
    """'were said to attack', 'a previously reported 85': the verb names no source."""
    prev = low[i - 1] if i > 0 else ""
    if prev in _PASSIVE:
        return True
    return prev in _ATTRIBUTIVE and (prev != "previously" or i < 2 or low[i - 2] in ("a", "the"))


def strip_title(name: str) -> str:
    """'SENATOR BERNALES' -> 'BERNALES', 'Gen. John Smith' -> 'John Smith' (a surname agrees with
    the full name the article gives); a title alone stays."""
    out = _TITLES.sub("", name.strip(), count=1)
    if out.lower().startswith("of "):
        return name  # "governor of West Flanders province": the office, not a title
    return out if out and out[:1].isalpha() else name


def acronym_before(toks: list[Token], v: int) -> str | None:
    """'... PRESS COMMITTEE (COPREFA) HAS REPORTED': the bracketed name right before the verb."""
    j = v - 1
    while j >= 0 and toks[j].low in ("has", "have", "had", "also"):
        j -= 1
    if j >= 2 and toks[j].text == ")" and toks[j - 2].text == "(":
        name = toks[j - 1].text
        if name.isupper() and name.isalpha() and len(name) >= 2:
            return name
    return None


_RESPONSIBILITY = frozenset({"responsibility", "credit"})
_SAID = frozenset({"said", "says", "say", "reported", "reports", "told", "announced"})


def claims_responsibility(low: list[str], i: int) -> bool:
    """'X HAS CLAIMED RESPONSIBILITY FOR THE ATTACK, IN WHICH FIVE ... WERE KILLED': X is the
    attacker, not a source for the figure."""
    return low[i] in ("claimed", "claims", "claim", "claiming") and any(
        w in _RESPONSIBILITY for w in low[i + 1 : i + 3]
    )


def as_said_from(low: list[str]) -> int | None:
    """'45 people died ..., as Iraq's prime minister said over 3,000 had perished': where the
    clause of a source that speaks after "as" begins (its source does not cover earlier figures)."""
    for i in range(1, len(low) - 1):
        if low[i] == "as" and low[i - 1] == "," and any(w in _SAID for w in low[i + 1 : i + 9]):
            return i
    return None
