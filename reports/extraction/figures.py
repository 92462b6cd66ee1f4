"""Finds casualty figures in one tokenised sentence: number, group, outcome; lists, elisions."""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import outcomes as oc
from .groups import LIST_LINKS, SUBSET_MARKERS, Head, find_head
from .numbers import NOT_AFTER, NOT_BEFORE, NumberPhrase, parse_number
from .periods import MONTHS
from .sentences import NUMBERISH as NUMBERISH_RE  # noqa: F401  (re-exported for the pipeline)

_STOP_RIGHT = frozenset(
    {
        "said",
        "says",
        "according",
        "but",
        "while",
        "whereas",
        "although",
        "though",
        "because",
        "since",
        "when",
        "after",
        "before",
        ";",
        "if",
        "unless",
    }
)
_SINGLE_WORDS = frozenset({"one", "a", "an"})


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


def numbers_in(low: list[str], toks: list[str]) -> list[NumberPhrase]:
    out: list[NumberPhrase] = []
    i = 0
    n = len(low)
    while i < n:
        np = parse_number(low, i)
        if np is None or _excluded(low, toks, np):
            i += 1 if np is None else np.end
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
    if nxt == "-" and (nxt2 in NOT_AFTER or nxt2.startswith("year")):
        return True
    if nxt in (":", "%", "/", "th", "st", "nd", "rd") or prev in (":", "/", "-"):
        return True
    if nxt.startswith(("year-old", "-year")) or (nxt == "aged") or prev == "aged":
        return True
    tok = low[i]
    if np.count is not None and tok.isdigit() and len(tok) == 4 and 1800 <= np.count <= 2100:
        return True  # a year; tolls of that size are written "1,900"
    if prev == "at" and tok.isdigit() and len(tok) == 4:
        return True  # military time "AT 1715"
    if np.count == 0:
        return True
    return False


def find_figures(low: list[str], toks: list[str]) -> list[Figure]:
    nums = numbers_in(low, toks)
    figs: list[Figure] = []
    for k, np in enumerate(nums):
        nxt_start = nums[k + 1].start if k + 1 < len(nums) else len(low)
        fig = _figure(low, toks, np, nxt_start, nums, k, figs)
        if fig is not None:
            figs.append(fig)
    _propagate(low, figs)
    return [f for f in figs if f.outcome is not None]


def _figure(low, toks, np, nxt_start, nums, k, prev_figs) -> Figure | None:
    n = len(low)
    end = np.end
    # "32 of the 543 passengers": the group comes from the total, which is not itself a figure.
    subset = False
    head_from = end
    if (
        end + 1 < n
        and low[end] == "of"
        and low[end + 1] in ("the", "them", "whom", "those", "these")
    ):
        if low[end + 1] in ("them", "whom"):
            subset = True
        else:
            head_from = end + 2
            if k + 1 < len(nums) and nums[k + 1].start == head_from:
                head_from = nums[k + 1].end
    if SUBSET_MARKERS.match_ending(low, np.start):
        subset = True
    head = find_head(low, toks, head_from, oc.PASSIVE)
    if head is not None and head.start >= nxt_start and head_from == end:
        head = None
    if (
        end < n
        and low[end] in ("per", "a")
        and end + 1 < n
        and low[end + 1] in ("day", "week", "month", "year")
    ):
        return None  # rates
    outcome, via = None, ""
    span_end = head.end if head else end
    if head is not None:
        noun = oc.NOUN.match_at(low, head.start)
        if noun is not None and noun[1] == head.end:
            outcome, via = noun[0], "noun"
        elif head.modifier_outcome:
            outcome, via = head.modifier_outcome, "modifier"
    if outcome is None:
        outcome, stop = _right(low, span_end, nums, k)
        if outcome:
            via, span_end = "passive", stop
    left = _left(low, np.start)
    if left is not None:
        lo, lstart = left
        if (
            lo == "killed"
            and low[lstart] in ("claimed", "claiming", "claims", "claim")
            and (head is None or head.noun != "lives")
        ):
            left = None
        elif outcome is None or via == "passive" and lo != outcome and np.start - lstart <= 1:
            if lstart > 0 and low[lstart - 1] in oc.MODALS:
                return None  # "could kill thousands", "did not kill"
            outcome, via = lo, "active"
    if outcome is None:
        toll = _toll(low, np.start, nums, k)
        if toll is not None:
            outcome, via = toll, "toll"
    group, aff = "people", None
    if head is not None:
        group = head.group
        aff = head.affiliation or (head.noun if group == "armed_groups" else None)
        if group == "state_forces":
            aff = head.nationality
    start = left[1] if (left is not None and via == "active") else np.start
    return Figure(np, head, outcome, group, aff, start, max(span_end, end), via or "", subset)


def _right(low: list[str], i: int, nums: list[NumberPhrase], k: int) -> tuple[str | None, int]:
    """A passive outcome after the figure: '20 people were killed', '20 others wounded'."""
    n = len(low)
    later = {p.start: p for p in nums[k + 1 :]}
    j, steps = i, 0
    while j < n and steps < 12:
        if j in later:
            p = later[j]
            # Subsets inside the clause ("15 soldiers, 4 of them seriously") do not end it.
            if SUBSET_MARKERS.match_ending(low, p.start) or (
                p.end + 1 < n and low[p.end] == "of" and low[p.end + 1] in ("them", "whom")
            ):
                j, steps = p.end, steps + 1
                continue
            return None, i
        if low[j] in _STOP_RIGHT:
            return None, i
        m = oc.PASSIVE.match_at(low, j)
        if m is not None and low[j] not in oc.ACTIVE_ONLY:
            after = m[1]
            if after in later or (
                after + 1 < n and after + 1 in later and low[after] in ("at", "more", "some")
            ):
                return None, i  # "killed 20 and injured 30": the verb belongs to the next figure
            if after < n and parse_number(low, after) is not None and (after in later):
                return None, i
            return m[0], after
        j += 1
        steps += 1
    return None, i


def _left(low: list[str], start: int) -> tuple[str, int] | None:
    """An active verb right before the figure: 'killed 20', 'killing 20', 'death of 20'."""
    for back in (0, 1, 2):
        end = start - back
        if end <= 0:
            break
        m = oc.ACTIVE.match_ending(low, end)
        if m is not None:
            return m
        if low[end - 1] not in (
            "the",
            "a",
            "an",
            "another",
            "some",
            "reportedly",
            "also",
            "and",
            "had",
            "at",
        ):
            break
    return None


def _toll(low: list[str], start: int, nums: list[NumberPhrase], k: int) -> str | None:
    """'the death toll ... rose to 57', 'THE TOTAL NUMBER OF CASUALTIES ... WAS 124'."""
    if start == 0 or low[start - 1] not in oc.TOLL_LINKS:
        return None
    floor = nums[k - 1].end if k > 0 else 0
    for j in range(start - 1, max(floor, start - 20) - 1, -1):
        m = oc.TOLL.match_ending(low, j + 1)
        if m is not None and m[1] >= floor:
            return m[0]
    return None


def _propagate(low: list[str], figs: list[Figure]) -> None:
    """Lists share outcomes; elided figures ('and 58 wounded') take the previous group."""
    for idx in range(1, len(figs)):
        prev, cur = figs[idx - 1], figs[idx]
        gap = low[prev.end : cur.number.start]
        linked = _is_link(gap)
        if cur.head is None and not cur.subset:
            figs[idx] = cur = replace(
                cur, group=prev.group, affiliation=prev.affiliation, via=cur.via or "elided"
            )
        elif cur.head is None and cur.subset:
            figs[idx] = cur = replace(cur, group=prev.group, affiliation=prev.affiliation)
        if (
            cur.outcome is None
            and linked
            and prev.outcome
            and prev.via in ("active", "list", "toll")
        ):
            figs[idx] = replace(
                cur, outcome=prev.outcome, via="list", start=min(prev.start, cur.start)
            )
    for idx in range(len(figs) - 2, -1, -1):
        prev, cur = figs[idx], figs[idx + 1]
        if (
            prev.outcome is None
            and cur.outcome
            and cur.via in ("passive", "list")
            and not cur.subset
        ):
            if _is_link(low[prev.end : cur.number.start]):
                figs[idx] = replace(prev, outcome=cur.outcome, via="list", end=cur.end)


def _is_link(gap: list[str]) -> bool:
    j = 0
    while j < len(gap):
        m = LIST_LINKS.match_at(gap, j)
        if m is None:
            return False
        j = m[1]
    return True
