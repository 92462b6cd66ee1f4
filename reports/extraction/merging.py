"""Merging mentions: one claim per distinct figure and claimant, headline figures folded in."""

from __future__ import annotations

import re

from .attribution import ALIASES, canonical
from .types import ClaimDraft, PlaceRef

_CANONICAL = frozenset(n.lower() for n in ALIASES.values())


def fold_headlines(claims: list[ClaimDraft]) -> list[ClaimDraft]:
    """A headline figure repeated in the body is one claim; the body's attributes are better.

    The headline may word the figure differently ("1,240 killed" for "at least 1,240 civilians")
    and name its source in short ("UN reports" for "UN spokeswoman X"): the same outcome and
    figure with no claimant, or one that agrees with the body's, is the same claim."""
    out: list[ClaimDraft] = []
    for c in claims:
        if c.mentions[0].sentence_start == 0:
            lead = c.mentions[0].sentence.rstrip().endswith(".")  # a lead sentence, no headline
            bodies = [
                b
                for b in claims
                if b is not c
                and b.mentions[0].sentence_start > 0
                and b.outcome == c.outcome
                and (b.count, b.low, b.high) == (c.count, c.low, c.high)
                and (c.claimant is None or b.claimant is None or agrees(c.claimant, b.claimant))
                and not (lead and _apart(c.place, b.place))
            ]
            if bodies:
                body = min(bodies, key=lambda b: (b.claimant is None, b.group != c.group))
                body.mentions.append(c.mentions[0])
                body.claimant = body.claimant or c.claimant
                continue
        out.append(c)
    return out


def agrees(a: str, b: str) -> bool:
    """Two names of one source: one holds the other, or they share a canonical name
    ('United Nations' and 'UN spokeswoman X')."""
    x, y = _norm(a) or "", _norm(b) or ""
    if x in y or y in x:
        return True
    return bool(_names(a) & _names(b))


def _names(name: str) -> set[str]:
    words = name.split()
    found = {canonical(name)} | {canonical(w) for w in words if w.isupper()}
    return {f.lower() for f in found if f.lower() in _CANONICAL}


def _key(c: ClaimDraft) -> tuple:
    return (c.outcome, c.group, c.count, c.low, c.high, c.qualifier)


def merge(claims: list[ClaimDraft]) -> list[ClaimDraft]:
    """One claim per distinct figure per claimant; repeated mentions are kept on the first one.

    A mention with no claimant (a headline, a recap) joins the claim with the same figure."""
    out: list[ClaimDraft] = []
    seen: dict[tuple, ClaimDraft] = {}
    for c in claims:
        k = _key(c)
        if _MORE.search(c.quote):
            out.append(c)  # "TWO MORE CASUALTIES WERE INFLICTED": an addition, never a repetition
            continue
        same = _if_same_time(seen.get(k + (_norm(c.claimant),)), c)
        if same is None and c.claimant is None:
            same = next((o for o in out if _key(o) == k and _if_same_time(o, c)), None)
        if same is None and c.claimant is not None:
            same = _if_same_time(seen.get(k + (None,)), c)
            if same is not None and same.claimant is None:
                _adopt(same, c)
                seen[k + (_norm(c.claimant),)] = same
                continue
        if same is not None and same.mentions[0].sentence_start == 0 < c.mentions[0].sentence_start:
            _adopt(same, c)  # the headline came first; the body sentence says more
            continue
        if same is not None:
            same.mentions.append(c.mentions[0])
            if _more_specific(c, same):  # the repetition says where: "in Cartagena"
                same.location, same.place = c.location, c.place
            same.hedged = same.hedged or c.hedged
            same.perpetrator = same.perpetrator or c.perpetrator
            same.confidence = min(1.0, same.confidence + 0.05)
            continue
        seen[k + (_norm(c.claimant),)] = c
        out.append(c)
    return out


_MORE = re.compile(
    r"\b(?:more|another|additional|further|also)\b", re.I
)  # ("250 WERE ALSO ARRESTED")


def _if_same_time(other: ClaimDraft | None, c: ClaimDraft) -> ClaimDraft | None:
    """The same figure on days that do not overlap, or at two different towns or localities,
    is another incident, not a repetition."""
    if other is None or _apart(other.place, c.place):
        return None
    if (
        other.place is not None
        and c.place is not None
        and other.place.name != c.place.name
        and other.mentions[0].sentence_start == c.mentions[0].sentence_start
    ):
        return None  # "THREE IN CAUCA, TWO IN ANTIOQUIA, AND THREE IN CORDOBA": a list by place
    if other.period is None or c.period is None:
        return other
    (a, b), (x, y) = other.period, c.period
    return other if a <= y and x <= b else None


def _adopt(target: ClaimDraft, source: ClaimDraft) -> None:
    """An attributed mention of a figure first seen unattributed: its attributes are better."""
    for name in ("claimant", "perpetrator", "cause", "location", "place", "period", "affiliation"):
        value = getattr(source, name)
        if value is not None:
            setattr(target, name, value)
    target.hedged = target.hedged or source.hedged
    target.quote = source.quote
    target.mentions.insert(0, source.mentions[0])
    target.confidence = min(1.0, max(target.confidence, source.confidence) + 0.05)


def _norm(name: str | None) -> str | None:
    return re.sub(r"^the\s+", "", name.lower()).strip() if name else None


def _more_specific(c: ClaimDraft, than: ClaimDraft) -> bool:
    """A city or locality inside the country another mention gives."""
    a, b = c.place, than.place
    return (
        a is not None
        and b is not None
        and b.kind == "country"
        and a.kind in ("city", "other")
        and a.country_code in (None, b.country_code)
    )


def _apart(a: PlaceRef | None, b: PlaceRef | None) -> bool:
    """Two towns or localities, neither named inside the other ('Las Mercedes', 'Coyolito')."""
    if a is None or b is None or a.kind not in _SMALL or b.kind not in _SMALL:
        return False
    x, y = _norm(a.name) or "", _norm(b.name) or ""
    return x not in y and y not in x


_SMALL = frozenset({"city", "other"})
