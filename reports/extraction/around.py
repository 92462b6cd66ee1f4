"""The outcome words around a figure: a passive verb after it ('20 were killed'), an active verb
or noun before it ('killed 20', 'the deaths of 20'), a toll's head ('the death toll rose to 20'),
and what befell the person named before ('A LEADER KILLED ALONG WITH NINE OTHERS')."""

from __future__ import annotations

from . import outcomes as oc
from .groups import NAMED_GROUPS, NOUNS, SUBSET_MARKERS
from .numbers import NumberPhrase, parse_number

_STOP_RIGHT = frozenset(
    {
        '"',
        "“",
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
        "stated",  # "THE TWO MISSIONARIES ..., THE MINISTER STATED THAT NO ONE HAS BEEN DETAINED"
        "nobody",
    }
)


_KILLING_VERBS = frozenset("killed killing murdered murdering assassinated executed".split())


def right(
    low: list[str], i: int, nums: list[NumberPhrase], k: int, asides: dict[int, int]
) -> tuple[str | None, int]:
    """A passive outcome after the figure: '20 people were killed', '20 others wounded'."""
    n = len(low)
    later = {p.start: p for p in nums[k + 1 :]}
    j, steps = i, 0
    while j < n and steps < 16:
        if j in asides:
            j = asides[j]  # "FOUR WORKERS -- THREE SALVADORANS AND ONE U.S. CITIZEN -- WERE"
            continue
        if j in later:
            p = later[j]
            # Subsets inside the clause ("15 soldiers, 4 of them seriously") do not end it.
            if p.end + 1 < n and low[p.end : p.end + 2] == ["of", "whom"]:
                # "36 PEOPLE, 11 OF WHOM HAVE BULLET WOUNDS, WERE HOSPITALIZED": past the
                # relative clause; "20 TERRORISTS, 4 OF WHOM DIED": the outcome is the subset's
                comma = next((c for c in range(p.end + 2, min(n, p.end + 12)) if low[c] == ","), 0)
                if not comma:
                    return None, i
                j, steps = comma + 1, steps + 1
                continue
            if SUBSET_MARKERS.match_ending(low, p.start) or (
                p.end + 1 < n and low[p.end] == "of" and low[p.end + 1] == "them"
            ):
                j, steps = p.end, steps + 1
                continue
            return None, i
        if j == i and low[j] in ('"', "”") and _closes_quote(low, nums[k].start, i):
            j, steps = j + 1, steps + 1  # a closing quote right after the head: '40 "members"'
            continue
        if low[j] in ('"', "“") and oc.PASSIVE.match_at(low, j + 1) is not None:
            j, steps = j + 1, steps + 1  # 'HAVE BEEN "CONFINED IN ...': a quoted outcome
            continue
        including_outcome = low[j] == "including" and oc.PASSIVE.match_at(low, j + 1) is not None
        if low[j] in _STOP_RIGHT or including_outcome or low[j : j + 2] == ["no", "one"]:
            return None, i
        m = oc.PASSIVE.match_at(low, j)
        if m is not None and _future(low, j):
            return None, i  # "45 million children will die", "could be killed"
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


def _future(low: list[str], j: int) -> bool:
    """A future or hypothetical modal right before the outcome at j ('will die', 'could be
    killed'); 'may have been killed' is a past claim (hedged), not a hypothetical."""
    before = low[max(0, j - 2) : j]
    if before[-1:] == ["be"] or before[-1:] == ["not"]:
        before = low[max(0, j - 3) : j - 1]
    return bool(before) and before[-1] in oc.FUTURE


def _closes_quote(low: list[str], start: int, i: int) -> bool:
    """The quote mark at token i closes one opened since the figure ('40 "members"')."""
    if low[i] == "”":
        return True
    return sum(1 for w in low[max(0, start - 1) : i] if w in ('"', "“")) % 2 == 1


def befell_before(low: list[str], along: int, reach: int = 6) -> str | None:
    """The outcome said of the person before 'along with' or 'as well as' ('A TRADE UNION LEADER
    KILLED 13 DAYS AGO ALONG WITH NINE OTHER WORKERS'): it befell the figure after it too
    (`reach`: how many words back the verb may stand)."""
    for k in range(along - 1, max(-1, along - reach - 1), -1):
        m = oc.PASSIVE.match_at(low, k)
        if m is not None:
            return m[0]
        if low[k] in (".", ";", ":"):
            break
    return None


def left(low: list[str], start: int) -> tuple[str, int] | None:
    """An active verb right before the figure: 'killed 20', 'killing 20', 'death of 20'."""
    if start >= 4 and low[start - 1] == ",":
        # "killed, with clubs and machetes, three peasants": skip the instrument phrase
        for k in range(start - 3, max(0, start - 10), -1):
            if low[k] == "," and low[k + 1] in ("with", "using"):
                m = oc.ACTIVE.match_ending(low, k)
                if m is not None:
                    return m
                break
    if start >= 4 and (low[start - 2 : start] == ["and", "of"] or low[start - 1] == "and"):
        # "THE MURDER OF A MEDELLIN JUDGE AND OF TWO EMPLOYEES", "THE MURDER OF MINISTER X AND
        # TWO OF HIS BODYGUARDS": the noun before the first "of"
        for k in range(start - 2, max(0, start - 10), -1):
            if low[k] in (",", ".", ";", "and") and k < start - 2:
                break
            if low[k] == "of" and (m := oc.ACTIVE.match_ending(low, k + 1)) is not None:
                return m
            if (
                low[start - 1] == "and"
                and low[start : start + 1] != ["of"]
                and k < start - 3
                and low[k] in _KILLING_VERBS
            ):
                # 'THE ARMY OF "MURDERING" PARTY LEADER X AND TWO OTHER PARTY SUPPORTERS'
                return "killed", k
    for back in (0, 1, 2):
        end = start - back
        if end <= 0:
            break
        m = oc.ACTIVE.match_ending(low, end)
        if m is not None:
            return m
        if low[end - 1] not in (
            "the",
            "all",  # "KILLING ALL 107 PASSENGERS"
            "a",
            "an",
            "another",
            "some",
            "reportedly",
            "also",
            "and",
            "had",
            "at",
            "these",  # "the arrest of these six terrorists"
            "those",
        ):
            break
    return None


def toll(low: list[str], start: int, nums: list[NumberPhrase], k: int) -> tuple | None:
    """'the death toll ... rose to 57', 'THE TOTAL NUMBER OF CASUALTIES ... WAS 124', 'THE NUMBER
    OF M-19 MEMBERS MURDERED HAS RISEN TO 10' -> (outcome, 'toll', group or None)."""
    if start == 0 or low[start - 1] not in oc.TOLL_LINKS:
        return None
    floor = nums[k - 1].end if k > 0 else 0
    for j in range(start - 1, max(floor, start - 20) - 1, -1):
        m = oc.TOLL.match_ending(low, j + 1)
        if m is not None and m[1] >= floor:
            group = None
            for g in range(j + 1, start):
                head = NOUNS.match_at(low, g)
                if head is not None and low[g] not in ("dead", "deaths", "casualties"):
                    group = head[0]
                    break
            return m[0], "toll", group
        if low[j] == "number" and low[j + 1 : j + 2] == ["of"] and low[j - 1 : j] != ["a"]:
            # "THE NUMBER OF M-19 MEMBERS MURDERED HAS RISEN TO 10": an outcome inside the phrase
            for g in range(j + 2, start):
                said = oc.PASSIVE.match_at(low, g)
                if said is not None and said[1] <= start:
                    head = next((h for x in range(j + 2, g) if (h := NOUNS.match_at(low, x))), None)
                    named = any(NAMED_GROUPS.match_at(low, x) for x in range(j + 2, g))
                    group = "armed_groups" if named else head[0] if head else None
                    return said[0], "toll", group
            return None
    return None
