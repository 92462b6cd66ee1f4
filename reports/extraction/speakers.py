"""Small rules about the words around a speech verb and the shape of a source's name."""

from __future__ import annotations

import re

from .sentences import Token

_PASSIVE = frozenset({"was", "were", "is", "are", "be", "been", "being"})
_ATTRIBUTIVE = frozenset({"a", "an", "the", "previously", "earlier", "initially", "originally"})
_TITLES = re.compile(
    r"^(?:(?:leftist|rightist|opposition|former|deputy|acting|vice|senior)\s+)*"
    r"(?:senator|sen\.|president|pres\.|minister|general|gen\.?|colonel|col\.?|major|maj\.?|captain"
    r"|capt\.?|lieutenant|lt\.?|commander|sergeant|sgt\.?|governor|gov\.|mayor|judge|bishop"
    r"|archbishop|father|monsignor|msgr\.|deputy|congressman|congresswoman|representative|rep\."
    r"|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?|professor)\s+(?=\S)",
    re.I,
)


def agentless(low: list[str], i: int) -> bool:
    """'were said to attack', 'a previously reported 85': the verb names no source."""
    prev = low[i - 1] if i > 0 else ""
    if prev.endswith("ly") and i > 1 and low[i - 2] in _PASSIVE:
        return True  # "HAVE BEEN OFFICIALLY DISCLOSED"
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


_LANGUAGES = frozenset(
    "spanish english french portuguese german russian arabic chinese italian persian farsi dari"
    " pashto urdu hindi hebrew turkish japanese korean".split()
)
_MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def broadcast_header(toks: list[Token], j: int) -> int:
    """'RADIO VENCEREMOS IN SPANISH TO EL SALVADOR AT 0000 GMT ON 19 OCTOBER REPORTS THAT': the
    monitoring service's note of language, audience and air time between a station and its verb.
    Returns the index of the station's last word (j itself when there is no such note)."""
    k = j
    if (
        k >= 2
        and toks[k].low in _MONTH_WORDS
        and toks[k - 1].low.isdigit()
        and toks[k - 2].low == "on"
    ):
        k -= 3
    if k < 2 or toks[k].low != "gmt" or not toks[k - 1].low.isdigit() or toks[k - 2].low != "at":
        return j
    k -= 3
    for back in range(0, 5):  # "IN SPANISH", "IN SPANISH TO EL SALVADOR"
        at = k - back
        if at >= 1 and toks[at].low in _LANGUAGES and toks[at - 1].low == "in":
            return at - 2
    return j


_STATION = re.compile(
    r"\b([A-Z][A-Z0-9'\-]*(?:\s+[A-Z0-9][A-Z0-9'\-.]*){0,5}?)\s+IN\s+(?:"
    + "|".join(w.upper() for w in sorted(_LANGUAGES))
    + r")\b(?:\s+TO\s+[A-Z .]{2,40}?)?\s+AT\s+\d{4}\s+GMT\b"
)


# "BOGOTA INRAVISION TELEVISION CADENA 2 BROADCASTS A SERIES OF REPORTS"
_BROADCASTS = re.compile(
    r"\b([A-Z][A-Z0-9'\-]*(?:\s+[A-Z0-9][A-Z0-9'\-.]*){0,6}?)\s+BROADCASTS\s+"
    r"(?:[A-Z0-9,\-]+\s+){0,6}?REPORTS\b"
)


def monitored_station(sentence: str) -> str | None:
    """'(CLANDESTINE) RADIO FARABUNDO MARTI IN SPANISH TO EL SALVADOR AT 1311 GMT ON 19 MARCH
    BROADCASTS ... MILITARY REPORTS': the station whose reports the article goes on to relay
    ('ANOTHER REPORT STATES ...')."""
    m = _STATION.search(sentence) if "GMT" in sentence else None
    if m is None and "BROADCASTS" in sentence:
        m = _BROADCASTS.search(sentence)
    return m.group(1) if m else None


def acronym_before(toks: list[Token], v: int) -> str | None:
    """'... PRESS COMMITTEE (COPREFA) HAS REPORTED': the bracketed name right before the verb."""
    j = v - 1
    while j >= 0 and toks[j].low in ("has", "have", "had", "also"):
        j -= 1
    if j >= 2 and (toks[j].text, toks[j - 2].text) in ((")", "("), ("]", "[")):  # "... [FMLN]"
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
    """'45 people died ..., as Iraq's prime minister said over 3,000 had perished' (also ', while
    officials said', and ', but officials say' after a clause with no source of its own): where
    the clause of a source that speaks after it begins (its source does not cover earlier
    figures)."""
    for i in range(1, len(low) - 1):
        if (
            low[i] in ("as", "while", "whereas", "but")
            and low[i - 1] == ","
            and any(w in _SAID for w in low[i + 1 : i + 9])
            # (", but/while X said" after a clause with its own source is a contrast, read by
            # contrast_from: "Georgia says three soldiers were killed, while Ossetians say ...")
            and (low[i] == "as" or not any(w in _SAID for w in low[:i]))
        ):
            return i
    return None


def according_starts(low: list[str]) -> list[int]:
    """Where each 'according to' of a sentence begins."""
    return [i for i in range(len(low) - 1) if low[i] == "according" and low[i + 1] == "to"]


_CONTRAST = frozenset({"but", "while", "whereas", "although", "though"})


def contrast_from(low: list[str]) -> int | None:
    """'Media reports said nine had died, but NHK said the toll had reached 11': where a clause
    with a second source of its own begins (its figures are that source's)."""
    for i in range(2, len(low) - 2):
        if low[i] in _CONTRAST and low[i - 1] == "," or low[i] == ";":
            if any(w in _SAID for w in low[i + 1 : i + 10]) and any(w in _SAID for w in low[:i]):
                return i
    return None


_JOINS = frozenset({"while", "whereas", ";"})


def clauses(low: list[str], starts: list[int]) -> list[tuple[int, int]]:
    """'At least six people were killed in Baghdad while another 47 died around Fallujah': the
    token ranges of clauses joined by 'while', 'whereas' or ';' when each holds a figure (their
    places and attackers are their own); [] when the sentence is one clause."""
    cuts = [i for i, w in enumerate(low) if w in _JOINS and 0 < i < len(low) - 1]
    bounds = [0, *cuts, len(low)]
    spans = list(zip(bounds, bounds[1:], strict=False))
    held = [any(a <= s < b for s in starts) for a, b in spans]
    return spans if len(spans) > 1 and sum(held) > 1 else []


# Words that never end or make up a source's name alone.
FUNCTION_WORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "and",
        "of",
        "for",
        "on",
        "in",
        "to",
        "that",
        "which",
        "who",
        "as",
        "by",
        "with",
        "from",
        "at",
        "it",
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "also",
        "later",
        "earlier",
        "then",
        "quoted",
        "previously",
        "officially",
    }
)

_NOT_SUBJECT = frozenset("who which that when after before while as if because and or".split())


def plain_subject(toks: list[Token], v: int) -> str | None:
    """A source in plain words: '..., mine owners said.', 'The governor of West Flanders
    province said ...': up to six words back to the start of the clause (the sentence start, a
    comma or an article), with no verb or relative pronoun among them."""
    words: list[str] = []
    j = v - 1
    while j >= 0 and len(words) < 7:
        t = toks[j]
        if t.low in ("the", "a", "an") and j > 1 and toks[j - 1].low == "of":
            words.insert(0, t.text)  # "governor of the northern province"
            j -= 1
            continue
        if t.low in (",", "the", "a", "an") or j == 0:
            if j == 0 and t.low not in (",", "the", "a", "an"):
                words.insert(0, t.text)
            elif t.low != "," and j > 0 and toks[j - 1].low != ",":
                return None  # "in the rescue said": an article inside a phrase, not the subject
            break
        joined = t.low == "and" and words and j > 0 and toks[j - 1].low.isalpha()
        if (
            not t.low.replace("'", "").replace("-", "").isalpha()
            or t.low in _NOT_SUBJECT
            or t.low in FUNCTION_WORDS
        ):
            if t.low != "of" and not joined:  # "civil defence sources and diplomats say"
                return None
        words.insert(0, t.text)
        j -= 1
    else:
        return None
    if not words or words[-1].lower() == "of" or words[-1].lower().endswith(("ly", "ed", "ing")):
        return None
    return " ".join(words)


COUNT_NOUNS = r"(?:figures|figure|count|tally|estimates?|data|statistics|toll|records|version)"
FIGURES_OF = re.compile(rf"['’]s?\s+(?:latest\s+|own\s+|official\s+)?{COUNT_NOUNS}$", re.I)


def by_count(toks: list[Token], i: int) -> str | None:
    """'By the health ministry's count, ...': the owner of the count opening the sentence."""
    for j in range(i, min(len(toks), i + 8)):
        if toks[j].low == ",":
            phrase = " ".join(t.text for t in toks[i:j])
            m = FIGURES_OF.search(phrase)
            return phrase[: m.start()] if m else None
    return None


# "[ZAMORA] I BELIEVE ...", "[UNIDENTIFIED MILITARY OFFICER] THE GUERRILLAS USED ...": the speaker
# tags of interview and recording transcripts (not the transcriber's notes).
_TAG = re.compile(r"^\s*(?:\[[A-Z][A-Z .'\-]{1,40}\]\s*)*?\[([A-Z][A-Z .'\-]{1,40})\]\s")
_NOT_SPEAKERS = frozenset(
    "TEXT EXCERPT REPORT CONTINUED SIGNED REPORTER ANNOUNCER QUESTION ANSWER PASSAGE OMITTED"
    " INDISTINCT RECORDING HEARD RECEIVED EDITORIAL BEGIN END WORDS WORD DATELINE".split()
)


# "[VIDES] CASANOVA, SALVADOREAN MINISTER": the bracket holds the first part of a name
_NAME_GOES_ON = re.compile(r"(?!(?:WELL|YES|NO|OK|SO|NOW|FIRST|LOOK|SIR|THANK)\b)[A-Z]{3,},\s")


def speaker_tag(sentence: str) -> str | None | bool:
    """The speaker a transcript tag at the start of a sentence names ('ZAMORA', 'MILITARY
    OFFICER'); False for a transcriber's note that ends a speaker's turn ('[END RECORDING]',
    '[REPORTER]'); None when the sentence opens with no tag."""
    if not sentence.startswith(("[", " [")) and not sentence.lstrip().startswith("["):
        # "ANNOUNCER THAT IS CORRECT, ...": an unbracketed tag of the station's own voice
        return False if sentence.lstrip().startswith("ANNOUNCER ") else None
    m = _TAG.match(sentence)
    if m is None:
        return None
    words = m.group(1).split()
    if len(words) == 1 and _NAME_GOES_ON.match(sentence, m.end()):
        return None  # "[VIDES] CASANOVA, MINISTER OF DEFENCE, ADMITTED": a name, not a turn
    if any(w in _NOT_SPEAKERS for w in words):
        return False
    if words[0] == "UNIDENTIFIED":
        words = words[1:]
    return " ".join(words) or False
