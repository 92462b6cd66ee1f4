"""Finds casualty figures in one tokenised sentence: number, group, outcome; lists, elisions."""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import around, grouprules
from . import outcomes as oc
from .groups import LIST_LINKS, NOUNS, SUBSET_MARKERS, Head, find_head
from .numbers import NOT_AFTER, NOT_BEFORE, NumberPhrase, may_start_number, parse_number
from .periods import MONTHS
from .sentences import NUMBERISH as NUMBERISH_RE  # noqa: F401  (re-exported for the pipeline)

# "32 of the 543 passengers", "200 of its personnel": the group comes from the noun after
_OF_TOTAL = frozenset({"the", "those", "these", "its", "their", "his", "her"})
_RATE_UNITS = frozenset({"day", "week", "month", "year", "hour"})
_ELISION_NEXT = frozenset(
    {
        "still",  # "with 884 still missing"
        "remained",  # "57 remained missing"
        "remain",
        "and",
        "or",
        "in",
        "on",
        "at",
        "by",
        "to",
        "from",
        "during",
        "with",
        "were",
        "was",
        "have",
        "had",
        "has",
        "are",
        "is",
        "who",
        "as",
        "after",
        "when",
        "while",
        "including",
        "yesterday",
        "today",
        "others",
        "other",
        "more",
        "of",
        "so",
        "since",
        "last",
        "this",
        "that",
        "but",
        "across",
        "near",
        "among",
        "before",
        "over",
        "through",
        "inside",
        "suffered",  # "10 were wounded and 60 suffered slight injuries"
        "sustained",
        "outside",
        "seriously",
        "slightly",
        "people",
        "overnight",
        "early",
        "late",
        "earlier",
        "later",
        "there",
        "here",
        "the",
        "said",
        "according",
        "bringing",
        "making",
        "taking",
        "for",
        "then",
        "also",
        "all",
        "alone",
    }
)


@dataclass(frozen=True)
class Figure:
    number: NumberPhrase
    head: Head | None
    outcome: str | None
    group: str
    affiliation: str | None
    start: int  # token span of the quote
    end: int
    via: str  # how the outcome was found: noun, modifier, passive, active, toll, list, elided
    subset: bool = False
    inflicted: bool = False  # "inflicting 4 casualties": the victims are the other side


def numbers_in(low: list[str], toks: list[str]) -> list[NumberPhrase]:
    out: list[NumberPhrase] = []
    i = 0
    n = len(low)
    while i < n:
        np = parse_number(low, i) if may_start_number(low[i]) else None
        if np is None or _excluded(low, toks, np):
            i = i + 1 if np is None else np.end
            continue
        out.append(np)
        i = np.end
    return out


def _excluded(low: list[str], toks: list[str], np: NumberPhrase) -> bool:
    i, end = np.num_start, np.end
    prev = low[i - 1] if i > 0 else ""
    nxt = low[end] if end < len(low) else ""
    nxt2 = low[end + 1] if end + 1 < len(low) else ""
    if prev in NOT_BEFORE or nxt in NOT_AFTER or nxt in MONTHS or prev in MONTHS:
        return True
    if prev == "." and i > 1 and low[i - 2] in MONTHS:
        return True  # "Vatican, Sep. 13 (CWNews.com) -": a dateline's day
    if nxt == "-" and (nxt2 in NOT_AFTER or nxt2.startswith("year")):
        return True
    if nxt == "-" and len(nxt2) == 1 and nxt2.isalpha() and toks[end + 1].isupper():
        return True  # an address or a unit: "AT 4-A ROAD", "BATTALION 7-B"
    if nxt in (":", "%", "/", "th", "st", "nd", "rd", "d") or prev == "/":  # "2D BRIGADE"
        return True
    if prev == "-" and i > 1 and low[i - 2][:1].isdigit():
        return True  # "20-30" (not the dash of "HUANCAYO -- TWO ARMY MEMBERS", "AP - Eight")
    if prev == ":" and (i < 2 or low[i - 2][:1].isdigit()):
        return True  # a time or a ratio ("10:30", "3:1"), not "Monitor: 58 killed"
    if nxt.startswith(("year-old", "-year")) or (nxt == "aged") or prev == "aged":
        return True
    tok = low[i]
    if np.count is not None and tok.isdigit() and len(tok) == 4 and 1800 <= np.count <= 2100:
        return True  # a year; tolls of that size are written "1,900"
    if prev == "at" and tok.isdigit() and len(tok) == 4:
        return True  # military time "AT 1715"
    if np.count == 0:
        return True
    if prev == "," and nxt == "," and i > 1 and toks[i - 2][:1].isupper():
        return True  # an age: "Mr Mousa, 28, a receptionist"
    if nxt == "of" and nxt2 == "the" and end + 2 < len(low) and low[end + 2] in _OUTCOME_ADJ:
        return True  # "TWO OF THE WOUNDED SUBVERSIVES": some of a figure given elsewhere
    if prev in ("the", "those") and i > 2 and low[i - 2] in ("of", "out"):
        before = low[i - 3]
        if before[:1].isdigit() or may_start_number(before) or before in _PART_OF:
            return True  # a total: "32 of the 543 passengers" (not "the murder of the six")
    return False


_OUTCOME_ADJ = frozenset("wounded injured dead killed murdered victims missing".split())
_PART_OF = frozenset("some many most all none several few half each one".split())
_DASHES = frozenset({"-", "—", "–"})


def _asides(low: list[str]) -> dict[int, int]:
    """Dash-delimited asides, start -> end ('SIX JESUIT PRIESTS -- FIVE SPANIARDS AND ONE
    SALVADORAN -- AND TWO WOMEN'): a breakdown of the figure before them, not figures."""
    out: dict[int, int] = {}
    n, i = len(low), 0
    while i < n:
        if low[i] not in _DASHES or i == 0:
            i += 1
            continue
        a, i = i, i + (2 if low[i + 1 : i + 2] == ["-"] else 1)
        for j in range(i + 1, min(n, i + 15)):
            if low[j] in (".", ";", ":"):
                break
            if low[j] in _DASHES:
                out[a] = j + (2 if low[j + 1 : j + 2] == ["-"] else 1)
                i = out[a]
                break
    return out


def _outside(low: list[str], asides: dict[int, int], start: int, end: int) -> list[str]:
    """The tokens of low[start:end] outside dash asides."""
    out, j = [], start
    while j < end:
        if j in asides:
            j = asides[j]
            continue
        out.append(low[j])
        j += 1
    return out


def find_figures(low: list[str], toks: list[str]) -> list[Figure]:
    nums = numbers_in(low, toks)
    asides = _asides(low) if len(nums) > 1 else {}
    if asides:
        # numbers inside an aside right after a figure break it down: subsets, not claims
        inside = [(a, e) for a, e in asides.items() if any(0 < a - p.end <= 8 for p in nums)]
        nums = [p for p in nums if not any(a < p.start < e for a, e in inside)]
    figs: list[Figure] = []
    for k, np in enumerate(nums):
        nxt_start = nums[k + 1].start if k + 1 < len(nums) else len(low)
        fig = _figure(low, toks, np, nxt_start, nums, k, figs, asides)
        if fig is not None:
            figs.append(fig)
    _propagate(low, figs, asides)
    # Single persons ("one soldier") are optional in the annotation; they are too often wrong.
    return [f for f in figs if f.outcome is not None and f.number.count != 1]


def _figure(low, toks, np, nxt_start, nums, k, prev_figs, asides) -> Figure | None:
    n = len(low)
    end = np.end
    subset = SUBSET_MARKERS.match_ending(low, np.start) is not None
    head_from = end
    if end + 1 < n and low[end] == "of" and low[end + 1] in ("them", "whom"):
        subset, head_from = True, end + 2  # "4 of whom died": group from the figure before
    elif end + 1 < n and low[end] == "of" and low[end + 1] in _OF_TOTAL:
        # "32 of the 543 passengers": the group comes from the total, which is not a figure.
        head_from = end + 2
        if k + 1 < len(nums) and nums[k + 1].start == head_from:
            head_from = nums[k + 1].end
        elif head_from < n and low[head_from][:1].isdigit():
            head_from += 1  # (a total the number scan did not keep: "120 OF THE 137 PASSENGERS")
    head = None if subset and head_from > end else find_head(low, toks, head_from, oc.PASSIVE)
    if head is not None and head.start >= nxt_start and head_from == end:
        head = None
    span_end = head.end if head else head_from
    if span_end + 1 < n and low[span_end] in ("per", "a") and low[span_end + 1] in _RATE_UNITS:
        return None  # rates: "21 people per day"
    if np.start >= 2 and low[np.start - 1] == "of" and low[np.start - 2] in _PARENTS:
        return None  # "THE MOTHER OF THREE, DIED": her children, counted by no one
    if "barracks" in low[span_end : span_end + 6] and "confined" in low[span_end : span_end + 3]:
        return None  # "160,000 POLICEMEN ARE CONFINED TO BARRACKS": an order, not detention
    if head is None and not subset and not _elision_ok(low, toks, head_from):
        return None  # "nine Iraqi counter-attacks", "three emergency centers"
    outcome, via = None, ""
    if head is not None:
        noun = oc.NOUN.match_at(low, head.start)
        if noun is not None and noun[1] == head.end:
            outcome, via = noun[0], "noun"
        elif head.modifier_outcome:
            outcome, via = head.modifier_outcome, "modifier"
    if via == "noun" and outcome == "detained":  # "320 hostages were killed": what befell them
        other, stop = around.right(low, span_end, nums, k, asides)
        if other is not None and other != "detained":
            outcome, via, span_end = other, "passive", stop
    if outcome is None and span_end < n and low[span_end] in oc.HELD_AS:
        outcome, via, span_end = "detained", "passive", span_end + 1  # "took 26 people hostage"
    if (
        outcome is None
        and head is None
        and np.start >= 3
        and low[np.start - 2 : np.start]
        == [
            "-",
            "-",
        ]
    ):
        noun = oc.NOUN.match_ending(low, np.start - 2)  # "ARRESTS -- MORE THAN 400 IN THE PAST"
        if noun is not None:
            outcome, via = noun[0], "noun"
    if outcome is None:
        outcome, stop = around.right(low, span_end, nums, k, asides)
        if outcome:
            via, span_end = "passive", stop
    if outcome is None and np.start >= 3 and low[np.start - 2 : np.start] == ["along", "with"]:
        # "A LEADER KILLED ALONG WITH NINE OTHERS"
        outcome = around.befell_before(low, np.start - 2)
        via = "passive" if outcome else via
    elif outcome is None and np.start >= 4 and low[np.start - 3 : np.start] == ["as", "well", "as"]:
        # "HAVE KILLED THE MAYOR OF THE SMALL TOWN OF HOSTIGAL, AS WELL AS TWO PEASANTS"
        outcome = around.befell_before(low, np.start - 3, 12)
        via = "passive" if outcome else via
    left = around.left(low, np.start)
    if left is not None:
        lo, lstart = left
        claims_verb = low[lstart] in ("claimed", "claiming", "claims", "claim")
        if lo == "killed" and claims_verb and (head is None or head.noun != "lives"):
            left = None
        elif (
            outcome is None
            or via == "passive"
            and lo != outcome
            and (np.start - lstart <= 1 or low[np.start - 1] == "of" and lo == "detained")
            or via == "noun"
            and outcome == "detained"
            and lo != "detained"  # "deaths of 12 hostages"
        ):
            noun = low[np.start - 1] == "of"  # "led to the deaths of 500": a noun, not "to kill"
            if lstart > 0 and low[lstart - 1] in oc.MODALS and not noun:
                if via != "noun":
                    return None  # "could kill thousands", "did not kill"
                # "threatening to kill three hostages": the threat is not a claim, their
                # being held is.
            else:
                outcome, via = lo, "active"
    if (
        outcome is None
        and head is not None
        and head.noun not in ("prisoners", "inmates", "convicts")  # (a prisoner release)
        and _release_pending(low, np.start)
    ):
        outcome, via = "detained", "active"  # "urged them to free two French journalists"
    if outcome == "detained" and _released(low, np.start, span_end):
        return None  # "freed 5 hostages", "3 detainees were released": returned, not a claim
    group, aff = "people", None
    if outcome is None:
        toll = around.toll(low, np.start, nums, k)
        if toll is not None:
            outcome, via, toll_group = toll
            group = toll_group or group
    if head is not None:
        group = head.group
        aff = head.affiliation or (head.noun if group == "armed_groups" else None)
        if group == "state_forces":
            aff = head.nationality
        if head.noun in ("casualties", "casualty", "deaths", "dead") and group == "people":
            group = grouprules.casualty_group(low, head.start, head.end) or group
        if grouprules.lost_men(low, np.start, head.noun):
            group = "state_forces"
        if group == "people" and low[head.end : head.end + 3] in _APPOSED:
            # "TWO OF HIS BROTHERS, WHO WERE PEASANTS", "Three British nationals, believed to be
            # civilians, were snatched"
            k = head.end + (3 if low[head.end + 1] == "who" else 4)
            said = NOUNS.match_at(low, k)
            group = said[0] if said is not None else group
        if group in ("armed_groups", "people") and grouprules.party_members(
            low, head.start, head.end
        ):
            group, aff = "civilians", None  # "TWO OTHER PARTY MILITANTS"
    start = left[1] if (left is not None and via == "active") else np.start
    inflicted = any(w.startswith("inflict") for w in low[max(0, np.start - 5) : np.start])
    return Figure(
        np, head, outcome, group, aff, start, max(span_end, end), via or "", subset, inflicted
    )


_APPOSED = ([",", "who", "were"], [",", "believed", "to"])
_PARENTS = frozenset("mother father parent mothers fathers parents".split())


def _released(low: list[str], start: int, end: int) -> bool:
    """A release verb just before a detained figure or just after it; not a release sought or
    still to come ('to negotiate the release of 1,000 civilians who were kidnapped', 'will release
    seven hostages', 'to secure their release': they are still held)."""
    for i in range(max(0, start - 3), start):
        if low[i] in oc.RELEASED:
            if low[i + 1] in _EFFORTS:
                return False  # "release efforts for two French hostages": still held
            if i > 0 and low[i - 1] in _NOT_YET:
                return False  # "urged them to free two journalists", "will release 7 hostages"
            return not any(w in _SOUGHT for w in low[max(0, i - 3) : i])
    after = next((i for i in range(end, min(len(low), end + 4)) if low[i] in oc.RELEASED), None)
    # ("negotiating with the kidnappers of two engineers to secure their release": still held)
    return after is not None and not any(w in _SOUGHT for w in low[end:after])


def _release_pending(low: list[str], start: int) -> bool:
    """'to free two journalists', 'will release seven workers': people whose release is still
    to come are held (a release sought or promised, right before the figure)."""
    for i in range(max(1, start - 2), start):
        if low[i] in oc.RELEASED and low[i - 1] in _NOT_YET:
            return all(w in ("the", "all", "its", "their") for w in low[i + 1 : start])
    return False


_NOT_YET = frozenset("to will would could should shall must can may".split())
_EFFORTS = frozenset(
    "efforts effort talks negotiations bid bids campaign deal appeal appeals".split()
)
_SOUGHT = frozenset(
    "negotiate negotiating negotiated demand demanding demanded seek seeking sought secure"
    " securing urged urging call calling plea appeal appealed appealing win".split()
)


def _elision_ok(low: list[str], toks: list[str], i: int) -> bool:
    """A figure with no head noun must be followed by a function word or an outcome word."""
    if i >= len(low):
        return True
    w = low[i]
    if w in _ELISION_NEXT or not w[:1].isalpha():
        return True
    if w.endswith("ly") and i + 1 < len(low):
        i += 1  # an adverb before the outcome: "1 million locally displaced"
    return oc.ANY.match_at(low, i) is not None


def _another_group(low: list[str], prev: Figure, before: int) -> bool:
    """'four soldiers and a civilian and wounding 30 more': a single person of another group
    named between the previous figure and this one."""
    for j in range(prev.end, before):
        if low[j] in ("a", "an", "one") and j + 1 < before:
            m = NOUNS.match_at(low, j + 1)
            if m is not None and m[0] != prev.group:
                return True
    return False


def _mixed_list(low: list[str], a: Figure, b: Figure) -> bool:
    """'ONE ADULT AND FOUR MINORS': a list of figures of different groups (their 'others' are
    people of no one group)."""
    return (
        a.head is not None
        and b.head is not None
        and a.group != b.group
        and low[a.end : b.number.start] in (["and"], [","], [",", "and"])
    )


def _propagate(low: list[str], figs: list[Figure], asides: dict[int, int]) -> None:
    """Lists share outcomes; elided figures ('and 58 wounded') take the previous group."""
    for idx, cur in enumerate(figs):
        if cur.head is None and not (cur.via == "toll" and cur.group != "people"):
            prev = figs[idx - 1] if idx else None
            nxt = figs[idx + 1] if idx + 1 < len(figs) else None
            if prev is None and cur.via == "active" and nxt is not None and nxt.head is not None:
                # "Rebels killed 5 and wounded 40 people": the object's noun comes later; the
                # noun before the verb is the attacker, not the victims
                figs[idx] = replace(cur, group=nxt.group, affiliation=nxt.affiliation)
                continue
            group = prev.group if prev else grouprules.elided_group(low, cur.number.start)
            if group is None and idx == 0:
                group = grouprules.elided_group(low, cur.number.start)
            # "a policeman was killed and 70 were injured": the noun before beats 'people'
            if prev is not None and prev.group == "people" and prev.head is None:
                group = grouprules.elided_group(low, cur.number.start) or group
            aff = prev.affiliation if prev else None
            others = low[cur.number.end : cur.number.end + 1] in (["others"], ["other"], ["more"])
            if (
                others
                and prev is not None
                and (
                    idx >= 2
                    and _mixed_list(low, figs[idx - 2], prev)
                    or _another_group(low, prev, cur.number.start)
                )
            ):
                # "ONE ADULT AND FOUR MINORS ... AND 16 OTHERS", "killing four soldiers and a
                # civilian and wounding 30 more": people of no one group
                group, aff = "people", None
            figs[idx] = replace(cur, group=group or cur.group, affiliation=aff)
    for idx in range(1, len(figs)):
        prev, cur = figs[idx - 1], figs[idx]
        gap = _outside(low, asides, prev.end, cur.number.start)
        # "13 bodies were seen; eight guerrillas, four soldiers ...": a breakdown of the total
        breakdown = (
            bool(gap)
            and gap[-1] in (";", ":")
            and len(gap) <= 8
            and cur.head is not None
            and prev.outcome is not None
            and not prev.subset
        )
        # "38 CASUALTIES IN CHALATENANGO, 20 IN MORAZAN, 35 IN USULUTAN": a list by place
        by_place = cur.head is None and _place_link(gap) and prev.via in ("noun", "list", "active")
        if (
            cur.outcome is None
            and (breakdown or _is_link(gap) or by_place)
            and prev.outcome
            and (breakdown or by_place or prev.via in ("active", "list", "toll"))
        ):
            figs[idx] = replace(
                cur,
                outcome=prev.outcome,
                via="list",
                start=cur.start if breakdown else min(prev.start, cur.start),
            )
    for idx in range(len(figs) - 2, -1, -1):
        prev, cur = figs[idx], figs[idx + 1]
        if (
            prev.outcome is None
            and cur.outcome
            and cur.via in ("passive", "list")
            and not cur.subset
        ):
            if _is_link(_outside(low, asides, prev.end, cur.number.start)):
                figs[idx] = replace(prev, outcome=cur.outcome, via="list", end=cur.end)


def _place_link(gap: list[str]) -> bool:
    """'IN CHALATENANGO ,' between two figures of a list: a place, then a comma or 'and'."""
    return (
        2 <= len(gap) <= 7
        and gap[0] in ("in", "at", "near")
        and gap[-1] in (",", "and")
        and all(w.isalpha() or w in (",", "and", "-") for w in gap[1:])
    )


def _is_link(gap: list[str]) -> bool:
    j = 0
    while j < len(gap):
        m = LIST_LINKS.match_at(gap, j)
        if m is None:
            return False
        j = m[1]
    return True
