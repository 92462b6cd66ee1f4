"""Who did it, as the text describes them: the grammatical agent ('Israel kills 5'), the
accused ('accused Khartoum of killing 75'), unnamed attackers described in the clause ('in
clashes with militants', 'by a group of terrorists') and the holders of hostages ('the Iraqi
kidnappers of two reporters'). causes.perpetrator_of weighs these with named groups and states."""

from __future__ import annotations

from . import places
from .groups import named_group_at
from .periods import WEEKDAYS
from .speakers import FUNCTION_WORDS

KILL_VERBS = frozenset(
    "killed kill kills killing wounded wounding massacred executed shot murdered".split()
)
ARMED_NOUNS = frozenset(
    "rebels guerrillas extremists militants insurgents gunmen terrorists separatists"
    " subversives kidnappers commandos commandoes".split()
)
BARE_FORCES = frozenset("army troops soldiers military patrol police".split())
BY_FORCES = BARE_FORCES | {"policemen", "soldier", "patrols"}
_BAND = frozenset("group band gang commando unit".split())


def agent_described(low: list[str], fig_end: int) -> str | None:
    """'TAKEN HOSTAGE BY A GROUP OF TERRORISTS', 'killed by gunmen': the attackers as the text
    describes them, after 'by' following the figure (an unnamed group keeps its description)."""
    for i in range(fig_end, min(len(low) - 1, fig_end + 6)):
        if low[i] != "by":
            continue
        j = i + 1
        if low[j : j + 1] and low[j] in ("a", "an"):
            j += 1
        if low[j : j + 1] and low[j] in _BAND and low[j + 1 : j + 2] == ["of"]:
            j += 2
        while j < len(low) and low[j] in (
            "alleged",
            "suspected",
            "presumed",
            "armed",
            "unidentified",
        ):
            j += 1
        if j < len(low) and low[j] in ARMED_NOUNS:
            return low[j]
        if j + 1 < len(low) and low[j].isalpha() and low[j + 1] in ARMED_NOUNS:
            return f"{low[j]} {low[j + 1]}"  # "DURING AN ATTACK BY URBAN GUERRILLAS"
        return None
    return None


def subject_state(
    low: list[str], toks: list[str], fig_start: int, victims: frozenset[str]
) -> str | None:
    """'Israel kills 5', 'RUSSIA KILLED 12 CIVILIANS': a country written by name right before a
    killing verb and its figure is the one who killed (headline style, no forces word)."""
    if fig_start < len(low) and low[fig_start] in KILL_VERBS:
        k = fig_start - 1  # (the figure's phrase may open with its verb: "kills 5")
    elif fig_start >= 2 and low[fig_start - 1] in KILL_VERBS:
        k = fig_start - 2
    else:
        return None
    if k < 0:
        return None
    for name, before in (
        (f"{toks[k - 1]} {toks[k]}", k - 2) if k >= 1 else ("", 0),
        (toks[k], k - 1),
    ):
        if not name[:1].isupper() or before >= 0 and low[before] not in _CLAUSE_START:
            continue  # ("a car bomb in Iraq killed 5", "in southern Italy kills 8": a place)
        ref = places.lookup(name)
        if ref is not None and ref.kind == "country" and ref.name not in victims:
            return ref.name
    return None


_ACCUSING = frozenset("accused accusing accuses accuse blamed blaming blames".split())


def rebels_killed(low: list[str], fig_start: int) -> bool:
    """'THE REBELS KILLED THREE PEOPLE': unnamed rebels as the subject of the killing verb (the
    article's armed group did it)."""
    k = fig_start if fig_start < len(low) and low[fig_start] in KILL_VERBS else fig_start - 1
    return (
        k >= 1
        and low[k] in KILL_VERBS
        and low[k - 1] in ARMED_NOUNS
        and (k < 2 or low[k - 2] in ("the", "a", ","))
    )


def accused(low: list[str], toks: list[str], fig_start: int, country: str | None) -> str | None:
    """'rebels who accused Khartoum of violating a ceasefire by killing 75 civilians': the
    accused state (named, by its capital, or as 'the army' of the article's state) or group is
    who the accusers say did it."""
    for a in range(fig_start - 1, max(-1, fig_start - 16), -1):
        if low[a] not in _ACCUSING:
            continue
        j = a + 2 if low[a + 1 : a + 2] == ["the"] else a + 1
        if country and low[j : j + 1] and low[j] in BY_FORCES and low[j + 1 : j + 2] == ["of"]:
            return country  # "ACCUSED THE ARMY OF MURDERING ..."
        ng = named_group_at(low, toks, j) if j < len(low) else None
        if ng is not None and "of" in low[ng[1] : ng[1] + 2]:
            return ng[0]
        for size in (2, 1):
            if j + size >= len(low) or low[j + size] not in ("of", "for"):
                continue
            ref = places.lookup(" ".join(toks[j : j + size]))
            if ref is not None and ref.kind == "country":
                return ref.name
            capital = places.capital_of(ref.country_code) if ref is not None else None
            if capital is not None and capital.name == ref.name:
                return places.country_name(ref.country_code)
        return None
    return None


# what may stand right before the subject of a clause ("Israel kills 5", "..., and Russia
# killed 12")
_CLAUSE_START = frozenset(["the", ",", ":", ";", "and", "-", "--", '"', "“"])


_HOLDERS = frozenset("kidnappers captors abductors hostage-takers".split())
_URGED = frozenset("urged urging asked asking appealed called".split())


def holders(low: list[str], toks: list[str], fig_start: int) -> str | None:
    """Who holds kidnapped people, as the text describes them: 'the Iraqi kidnappers of two
    French reporters' -> 'Iraqi kidnappers'; 'urged Iraqi militants Sunday to free two French
    journalists' -> 'Iraqi militants'."""
    k = fig_start - 1
    if k >= 1 and low[k] == "of" and low[k - 1] in _HOLDERS:
        j = k - 1
        while j > 0 and toks[j - 1][:1].isupper() and low[j - 1] not in ("the", "a", "an"):
            j -= 1
        return " ".join(toks[j:k])
    if k >= 1 and low[k] in _SEIZED:
        # "An Islamic militant group that claimed to have kidnapped two French journalists"
        j = k - 1
        while j >= 2 and low[j] in ("have", "has", "had", "to", "claimed", "claims"):
            j -= 1
        if low[j] in ("that", "which", "who"):
            j -= 1
        end = j + 1
        while j >= 0 and low[j].isalpha() and low[j] not in _NOT_NAME and end - j <= 4:
            j -= 1
        words = toks[j + 1 : end]
        if words and low[end - 1] in _KIDNAPPERS:
            return " ".join(words)
    for t in range(fig_start - 2, max(0, fig_start - 10), -1):
        if low[t] == "to" and low[t + 1] in ("free", "release"):
            u = next((u for u in range(t - 1, max(-1, t - 8), -1) if low[u] in _URGED), None)
            if u is None:
                return None
            words = [w for w in toks[u + 1 : t] if w.lower() not in ("the", "on", "to")]
            words = [w for w in words if w.lower() not in _DAYS]
            return " ".join(words) if 0 < len(words) <= 4 else None
    return None


_SEIZED = frozenset("kidnapped abducted seized".split())
_KIDNAPPERS = frozenset(
    "group groups gunmen militants rebels guerrillas insurgents kidnappers men terrorists".split()
)
_DAYS = frozenset(WEEKDAYS) | {"today"}
_NOT_NAME = FUNCTION_WORDS | {"or"}


_CLASH = frozenset("clash clashes fighting battle battles firefight gunbattle skirmish".split())
_HEDGE_ADJ = frozenset("alleged presumed suspected unidentified armed".split())


def attackers_after(low: list[str], toks: list[str], fig_end: int) -> str | None:
    """Unnamed attackers the rest of the clause describes: 'WOUNDED DURING A HEAVY CLASH WITH
    GUERRILLAS' -> 'guerrillas'; 'KILLED WHEN ALLEGED GUERRILLA URBAN COMMANDOS MACHINEGUNNED
    POLICEMEN' -> 'GUERRILLA URBAN COMMANDOS'."""
    n = len(low)
    for i in range(fig_end, min(n - 1, fig_end + 14)):
        w = low[i]
        if w in (".", ";", "but"):
            return None
        if w == "with" and i > 0 and low[i - 1] in _CLASH:
            j = i + 1
            while j < n and (low[j] in ("the", "a") or low[j] in _HEDGE_ADJ):
                j += 1
            for k in range(j, min(n, j + 3)):
                if low[k] in ARMED_NOUNS:
                    return " ".join(toks[j : k + 1])
                if not low[k].isalpha():
                    break
            return None
        if w == "when":
            j = i + 1
            while j < n and low[j] in _HEDGE_ADJ:
                j += 1
            for k in range(j, min(n, j + 4)):
                if low[k] in ARMED_NOUNS and k + 1 < n and low[k + 1].endswith("ed"):
                    return " ".join(toks[j : k + 1])
                if not low[k].isalpha() or low[k] in ("the", "a", "an"):
                    break
            return None
    return None


def relative_agent(low: list[str], toks: list[str], number_start: int) -> str | None:
    """'militants who purportedly killed two American hostages' -> 'militants': unnamed attackers
    as the subject of a relative clause whose verb kills the figure."""
    k = number_start - 1
    while k > 0 and low[k] in ("the", "all", "at", "least", "some"):
        k -= 1
    if k < 2 or low[k] not in KILL_VERBS and low[k] not in ("beheaded", "kidnapped", "abducted"):
        return None
    j = k - 1
    if low[j].endswith("ly") and j > 1:
        j -= 1  # "who purportedly killed"
    if low[j] in ("have", "has", "had"):
        j -= 1
    if j < 1 or low[j] not in ("who", "that"):
        return None
    return toks[j - 1] if low[j - 1] in ARMED_NOUNS else None
