"""Headlines: a claimant only when the headline names one; a common noun ("Monitor says ...",
"Officials: ...") is a description that resolves to the related organisation the article names."""

from __future__ import annotations

import re

from .attribution import ALIASES, BACKREFS, DESCRIPTIONS, HEADS, SourceMemory, raw_claimant, resolve
from .gazetteer import lookup
from .lexicon import load

_D = load("demonyms")
_NAMES = frozenset({"un", "u.n.", "united", "nations", "red", "cross", "crescent", "amnesty"})
# common nouns a headline uses for a source it does not name
_NOUNS = (
    frozenset(w for h in HEADS for w in h.split())
    | frozenset(w for d in DESCRIPTIONS for w in d.split())
    | frozenset(w for b in BACKREFS for w in b.split())
    | frozenset(
        "monitors groups report reports study survey experts medics doctors rescuers workers"
        " officers authorities ministries agencies aid rights human war health medical security"
        " local senior top state military army police activist activists".split()
    )
) - _NAMES
_MODIFIERS = frozenset(
    "the a an local senior top state regional provincial federal national government"
    " hospital uk-based us-based u.s. foreign".split()
)
_DEMONYMS = frozenset(k.lower() for k in _D["demonyms"]) | frozenset(
    k.lower() for k in _D["country_aliases"]
)


def is_description(name: str, headline: str = "") -> bool:
    """'Monitor', 'Officials', 'Syria monitor', 'Rights group': common nouns (and a place or
    demonym before them) describe a source; 'UN', 'Amnesty', 'Syrian Observatory' name one."""
    words = name.split()
    if not words or name.strip().lower() in ALIASES:
        return False
    # an acronym in a mixed-case headline is a name ("UN says", "SOHR: ...")
    if not headline.isupper() and any(len(w) > 1 and w.isupper() for w in words):
        return False
    low = [w.lower().strip("'’:") for w in words]
    if low[-1] not in _NOUNS:
        return False
    return all(w in _NOUNS or w in _MODIFIERS or w in _DEMONYMS or _is_place(w) for w in low[:-1])


def _is_place(word: str) -> bool:
    ref = lookup(word.title())
    return ref is not None and ref.kind in ("country", "region")


def resolve_description(name: str, memory: SourceMemory) -> str | None:
    """The organisation the article names that the description relates to ('Monitor' -> 'Example
    Monitoring Network'): one sharing a word stem with its head; None when the article names
    no such organisation (the headline then names no claimant)."""
    head = name.lower().split()[-1].rstrip("s")[:5]
    for _, org in memory.named_orgs:
        if any(w.lower().startswith(head) for w in re.findall(r"[\w'\-]+", org)):
            return re.sub(r"^(?:The|THE)\s+", "", org)
    return None


_SAYS = re.compile(r"\b(?:says|said|say|claims|claim|according|reports|reported)\b|:", re.I)


# a source speaking of one thing while the figure comes in an "as" clause after it
_SAYS_THEN_AS = re.compile(r"\b(?:says|said|claims)\b.*\bas\b.*\d", re.I)


def headline_claimant(text: str, toks: list, memory: SourceMemory, caps: bool) -> str | None:
    """A headline's claimant: only a source it names; a description resolves to the related
    organisation the article names, else none."""
    if not _SAYS.search(text):
        return None
    if _SAYS_THEN_AS.search(text):
        return None  # "Rumsfeld says US is winning the war as bomb attacks kill 18"
    raw = raw_claimant(toks, caps)
    colon = re.match(r"([^:,]{2,40}):\s", text)
    if raw is None and colon:  # "Monitor: 58 killed"; "Iraq: 58 killed" names a place
        return resolve_description(colon[1], memory) if is_description(colon[1], text) else None
    if raw is None or raw == "officials":
        return None if raw is None else resolve_description(raw, memory)
    if is_description(re.sub(r"^(?:the|a|an)\s+", "", raw, flags=re.I), text):
        return resolve_description(raw, memory)
    return resolve(raw, memory)
