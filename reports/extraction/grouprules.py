"""Groups that come from around the figure rather than its head noun.

'20 casualties among the troops', 'the army and rebels sustained 20 casualties', 'Iraq lost
3,000 men', and elided figures ('a policeman was killed and 70 were injured')."""

from __future__ import annotations

from . import outcomes as oc
from .groups import NAMED_GROUPS, NOUNS
from .taxonomy import common_group

_AFTER = frozenset({"on", "among", "to", "amongst", "in"})
_SUFFER = frozenset(
    {"suffered", "sustained", "suffer", "sustain", "took", "suffering", "sustaining"}
)
_BEFORE_VERB = frozenset("have has had also were was only reportedly".split())
_VAGUE_NOUNS = frozenset(
    {"people", "persons", "casualties", "casualty", "dead", "deaths", "victims"}
)


def casualty_group(low: list[str], head_start: int, head_end: int) -> str | None:
    """Group of a bare 'N casualties' from 'on/among the GROUP' after or 'GROUP suffered' before."""
    n = len(low)
    if low[head_end : head_end + 2] in (["were", "inflicted"], ["was", "inflicted"]):
        head_end += 2  # "THREE CASUALTIES WERE INFLICTED ON TROOPS": the passive's on-phrase
    if head_end < n and low[head_end] in _AFTER:
        for j in range(head_end + 1, min(n, head_end + 8)):
            m = NOUNS.match_at(low, j)
            if m is not None and " ".join(low[j : m[1]]) not in _VAGUE_NOUNS:
                return m[0]
            if NAMED_GROUPS.match_at(low, j) is not None:
                return "armed_groups"  # "INFLICTED 800 CASUALTIES ON THE FMLN"
            if low[j] in (",", ".", ";", "and"):
                break
    if _officer_among(low, head_end):
        return "state_forces"
    if between_sides(low, head_start):
        return "combatants"  # "CLASHES BETWEEN SOLDIERS AND GUERRILLAS ... 27 CASUALTIES"
    # "Iraqi troops suffered 3,000 casualties", "the army and rebels have sustained at least 20"
    for j in range(head_start - 1, max(-1, head_start - 6), -1):
        if low[j] in _SUFFER:
            return subject_group(low, j)
        if low[j] in ("cost", "costs", "costing"):  # "WHICH COST THE ARMY 29 DEAD"
            k = j + 2 if low[j + 1 : j + 2] == ["the"] else j + 1
            m = NOUNS.match_at(low, k)
            return m[0] if m is not None and m[1] < head_start else None
    return None


_RANKS = frozenset(
    "officer lieutenant captain sergeant corporal colonel major soldier second-lieutenant".split()
)


def _officer_among(low: list[str], head_end: int) -> bool:
    """'AN ESTIMATED 35 CASUALTIES, INCLUDING AN OFFICER', 'WE HAD 6 DEATHS, AMONG THEM A
    LIEUTENANT': a toll whose only named member holds a military rank is the forces' toll."""
    k = head_end + (1 if low[head_end : head_end + 1] == [","] else 0)
    if low[k : k + 1] == ["including"]:
        k += 1
    elif low[k : k + 2] == ["among", "them"]:
        k += 2
    else:
        return False
    if low[k : k + 1] and low[k] in ("a", "an", "one", "two", "three"):
        k += 1
    return low[k : k + 1] != [] and low[k] in _RANKS


def subject_group(low: list[str], verb: int) -> str | None:
    """The group noun(s) right before a verb ('the army and rebels have sustained')."""
    found: str | None = None
    j = verb - 1
    while j >= 0 and low[j] in _BEFORE_VERB:
        j -= 1
    if j >= 1 and low[j] == "and":
        # "the armed forces killed 11 rebels and sustained six casualties": the first verb's subject
        for k in range(j - 1, 0, -1):
            m = NOUNS.match_ending(low, k)
            if m is not None and oc.ACTIVE.match_at(low, k) is not None:
                return m[0]
        return None
    if j >= 2 and low[j] in ("it", "they") and low[j - 1] == "that":
        j -= 2  # "the army claims that it only sustained 48": the group before the report verb
        while j >= 0 and low[j] not in (",", ".", ";") and NOUNS.match_ending(low, j + 1) is None:
            j -= 1
    stop = max(-1, j - 6)
    while j > stop:
        m = NOUNS.match_ending(low, j + 1)
        if m is not None:
            found = m[0] if found is None else common_group(found, m[0])
            j = m[1] - 1
            if j >= 0 and low[j] == "and":
                j -= 1
                continue
            if j >= 0 and low[j] in ("army", "government", "police", "security", "military"):
                j -= 1
            break
        if low[j] in (",", ".", ";", "that"):
            break
        j -= 1
    return found


def lost_men(low: list[str], start: int, noun: str) -> bool:
    """'Iraq lost 3,000 men': men counted as an army's losses are state forces."""
    return noun == "men" and any(
        w in ("lost", "lose", "losing") for w in low[max(0, start - 3) : start]
    )


def elided_group(low: list[str], before: int) -> str | None:
    """For '... and 70 were injured': the nearest earlier group noun that an outcome applies to."""
    for j in range(before - 1, -1, -1):
        m = NOUNS.match_ending(low, j + 1)
        if m is None:
            continue
        words = " ".join(low[m[1] : j + 1])
        if words in _VAGUE_NOUNS:
            continue
        after = range(j + 1, min(len(low), j + 5))
        if any(oc.PASSIVE.match_at(low, a) for a in after) or any(
            oc.ACTIVE.match_ending(low, b) for b in range(max(1, m[1] - 2), m[1] + 1)
        ):
            return m[0]
    return None


_PARTISANS = frozenset("militants members followers supporters activists".split())


def party_members(low: list[str], head_start: int, head_end: int) -> bool:
    """'THREE MILITANTS OF THE ... SOCIAL CHRISTIAN PEOPLE'S MOVEMENT PARTY', 'TWO OTHER PARTY
    MILITANTS', '77 FOLLOWERS OF THE LEFT-WING PARTY': members of a political party or union
    are civilians (ANNOTATION: politicians)."""
    if low[head_end - 1] not in _PARTISANS:
        return False
    if head_start > 0 and low[head_start - 1] == "party" or "party" in low[head_start:head_end]:
        return True
    if low[head_end : head_end + 1] != ["of"]:
        return False
    for w in low[head_end + 1 : head_end + 12]:
        if w in ("party", "union", "parties"):
            return True
        if w in (",", ".", ";", "and", "who", "which", "were", "was", "have", "has"):
            return False
    return False


def between_sides(low: list[str], before: int) -> bool:
    """'CLASHES BETWEEN SOLDIERS AND GUERRILLAS HAVE RESULTED IN 27 CASUALTIES': a toll of fighting
    between the forces and an armed group, before the figure in its sentence."""
    k = next((i for i in range(before - 1, max(-1, before - 17), -1) if low[i] == "between"), -1)
    if k < 0:
        return False
    seen = set()
    for j in range(k + 1, min(before, k + 8)):
        m = NOUNS.match_at(low, j)
        if m is not None:
            seen.add(m[0])
    return "combatants" in seen or "state_forces" in seen and "armed_groups" in seen
