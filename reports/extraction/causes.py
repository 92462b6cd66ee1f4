"""Cause ('airstrike', 'shelling') and perpetrator ('Russian airstrikes' -> Russia) of a figure."""

from __future__ import annotations

from . import places
from .agents import ARMED_NOUNS, BARE_FORCES, BY_FORCES, KILL_VERBS, accused, subject_state
from .groups import COUNTRY_ALIASES, DEMONYMS, DESCRIPTORS, NAMED_GROUPS, NOUNS, named_group_at
from .lexicon import PhraseTable, load

_C = load("causes")
CAUSES = PhraseTable(_C["causes"])
FORCES = PhraseTable({w: True for w in _C["forces_words"]})
_SKIP = frozenset(
    {
        "the",
        "a",
        "an",
        "'s",
        "of",
        "led",
        "-",
        "backed",
        "government",
        "regime",
        "state",
        "national",
        "federal",
    }
)


def cause_of(low: list[str]) -> str | None:
    """The first cause word in the sentence (longest phrase wins)."""
    starts = CAUSES.by_first  # (a dict test per word, a call only where a phrase may start)
    for i, w in enumerate(low):
        if w in starts and (m := CAUSES.match_at(low, i)) is not None:
            return m[0]
    return None


# "Iraqi troops suffered 3,000 casualties": the subject of these verbs is the victim.
_VICTIM_VERBS = frozenset(
    "suffered suffer suffers lost lose loses sustained sustain sustains survived survives".split()
)
# "a Hamas training camp": a group named as the target of the attack.
_TARGETS = frozenset(
    "camp camps base bases position positions stronghold strongholds hideout hideouts training"
    " office offices headquarters barracks checkpoint checkpoints outpost outposts garrison".split()
)
_FIGHTERS = frozenset({"armed_groups", "state_forces", "combatants"})


def perpetrator_of(
    low: list[str],
    toks: list[str],
    fig_start: int,
    skip: tuple[int, int] = (0, 0),
    victims: frozenset[str] = frozenset(),
    group: str | None = None,
    country: str | None = None,
) -> str | None:
    """'Russian airstrikes' / 'by ISIS' / 'Sikh extremists killed' -> a short name.

    Looks for a state (demonym or country before a forces word) or a named group, preferring the
    ones before the figure (the agent of 'X killed N') and after 'by' ('killed by X'). Never the
    victims' own side (`victims`: affiliations of the sentence's figures; the subject of
    'suffered'/'lost'); a group named as a target ('a Hamas camp') or, for armed-group victims,
    any armed group not introduced by 'by' ranks after a state. With none, 'the army killed N'
    names the article's state (`country`)."""
    subject = subject_state(low, toks, fig_start, victims) or accused(low, toks, fig_start, country)
    if subject is not None:
        return subject  # "Israel kills 5 in strike at Hamas activist": the grammatical agent
    best: tuple[float, str] | None = None
    n = len(low)
    last_end = -1
    groups, demonyms = NAMED_GROUPS.by_first, DEMONYMS.by_first
    for i in range(n):
        if skip[0] <= i < skip[1]:
            continue
        if (
            low[i] not in groups
            and low[i] not in demonyms
            and toks[i] not in demonyms
            and toks[i] not in COUNTRY_ALIASES
        ):
            continue  # no group, demonym or country starts here (most words)
        name = None
        ng = named_group_at(low, toks, i)
        end = i
        if ng is not None and (i == 0 or low[i - 1] != "of"):
            if i == last_end:  # "SHINING PATH MAOIST EXTREMISTS": one group, the name first
                last_end = ng[1]
                continue
            ng = _named(low, toks, ng)
            name, end = ng[0], ng[1]
            last_end = end
        else:
            d = DEMONYMS.match_at(toks, i) or DEMONYMS.match_at(low, i)
            if d is None and toks[i] in COUNTRY_ALIASES:
                d = (COUNTRY_ALIASES[toks[i]], i + 1)
            if d is not None:
                j = d[1]
                while j < n and (low[j] in _SKIP or "-" in low[j][1:-1]) and j - d[1] < 3:
                    j += 1
                forces = FORCES.match_at(low, j)
                if forces is not None and not _target(low, i, forces[1]):
                    name, end = d[0], forces[1]
        if name is None or name in victims or _victim_subject(low, end) or _employer(low, i):
            continue
        if (
            i > 1
            and low[i - 2] in ("including", "among")
            and low[i - 1][:1].isdigit() | (low[i - 1] in _NUMBER_WORDS)
        ):
            continue  # "wounding seven, including four US soldiers": some of the victims
        if ng is not None and group == "armed_groups":
            continue  # "an offensive by ELN rebels ... four guerrillas died": their own side
        if (
            group not in _FIGHTERS
            and "between" in low[max(0, i - 6) : i]
            and ("and" in low[end : end + 3] or low[i - 1] == "and")
        ):
            continue  # "45 people died in battles between US troops and militants": either side
        if group not in _FIGHTERS and low[end : end + 1] and low[end] in _FOUGHT:
            continue  # "U.S. forces battled insurgents ..., in clashes that left 34 dead": either
        b = i - 1 if i > 0 and low[i - 1] == "by" else i - 2
        by = b >= 0 and low[b] == "by" and (b == i - 1 or low[i - 1] == "the")
        near_by = [k for k in range(max(1, i - 4), i) if low[k] == "by"]
        if near_by and low[near_by[-1] - 1] in _NOT_AGENT:
            continue  # "A NEIGHBORHOOD INHABITED BY MANY SALVADORAN MILITARY OFFICERS"
        # (an agent after "by" is explicit wherever it stands: "the massacre of five priests
        # carried out by the Salvadoran armed forces", with the FMLN named before as the source)
        score = (0 if by else 1) + (0 if i < fig_start or by else 2) + abs(fig_start - i) / 100
        if (
            ng is not None
            and not by
            and (group == "armed_groups" or low[end : end + 1] and low[end] in _TARGETS)
        ):
            score += 3
        if best is None or score < best[0]:
            best = (score, name)
    if country and group != "state_forces" and (best is None or best[0] >= 1):
        if _by_forces(low, skip[1] if skip[1] > fig_start else fig_start):
            return country  # "the massacre of five priests carried out by army soldiers"
    if best is None:
        own = {d[0] for k in range(fig_start, skip[1]) if (d := DEMONYMS.match_at(low, k))}
        found = _described_attackers(low, toks, fig_start) or _state_by_name(
            low, toks, fig_start, victims | own
        )
        if found is not None:
            return found
    if best is None and country and group != "state_forces":
        return _bare_forces(low, skip[0] if skip[0] > fig_start else fig_start, country)
    return best[1] if best else None


_WORKED = frozenset("work works worked working employed contracted hired".split())


def _employer(low: list[str], i: int) -> bool:
    """'a contractor who worked with the US Army': the victim's employer, not the attacker."""
    k = i - 1
    if k >= 0 and low[k] == "the":
        k -= 1
    return k >= 1 and low[k] in ("for", "with", "by") and low[k - 1] in _WORKED


_FOUGHT = frozenset("battled fought clashed battling fighting clashing".split())
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozen".split()
)


def both_sides(low: list[str], fig_end: int) -> bool:
    """'139 DEAD AND 313 WOUNDED, INCLUDING SOLDIERS, REBELS, AND CIVILIANS': a toll over both
    sides of a war has no one perpetrator."""
    k = next((i for i in range(fig_end, min(len(low), fig_end + 8)) if low[i] == "including"), -1)
    if k < 0:
        return False
    groups = set()
    for j in range(k + 1, min(len(low), k + 12)):
        if low[j] in (".", ";"):
            break
        if (m := NOUNS.match_at(low, j)) is not None:
            groups.add(m[0])
    return "state_forces" in groups and "armed_groups" in groups


def _by_forces(low: list[str], fig_end: int) -> bool:
    """'two suspects were shot dead by police', 'killed by troops': unnamed state forces as the
    agent after the figure (the state is then the article's)."""
    for i in range(fig_end, min(len(low) - 1, fig_end + 6)):
        if low[i] == "by":
            j = i + 2 if low[i + 1] in ("the", "a") else i + 1
            return j < len(low) and low[j] in BY_FORCES  # ("army soldiers": "army" decides)
    return False


def _described_attackers(low: list[str], toks: list[str], fig_start: int) -> str | None:
    """'Communist rebels killed 18 soldiers': an unnamed group described by a capitalised word,
    the subject of a killing verb before the figure -> the phrase as written."""
    for i in range(max(0, fig_start - 5), min(fig_start, len(low) - 4) + 1):
        t = toks[i]
        if (
            low[i + 1] in ARMED_NOUNS
            and (low[i + 2] in KILL_VERBS or low[i + 2] in _AUX and low[i + 3] in KILL_VERBS)
            and t[:1].isupper()
            and t[1:].islower()
            and low[i] not in _SKIP
            and DEMONYMS.match_at(toks, i) is None
        ):
            return f"{t} {toks[i + 1]}"
    return None


def _state_by_name(
    low: list[str], toks: list[str], fig_start: int, victims: frozenset[str]
) -> str | None:
    """'as Israel's army struck back' / 'planes from Afghanistan attacked': a country written
    by name with its forces."""
    n = len(low)
    for i in range(n):
        t = toks[i]
        if not t[:1].isupper():
            continue
        name, j = None, i + 1
        if low[i].endswith("'s") and len(t) > 3:
            name = t[:-2]
            while j < n and (low[j] in _SKIP or "-" in low[j][1:-1]) and j - i < 3:
                j += 1
            forces = FORCES.match_at(low, j)
            if forces is None or _target(low, i, forces[1]) or _victim_subject(low, forces[1]):
                continue
        elif i >= 2 and low[i - 1] == "from" and FORCES.match_at(low, i - 2) is not None:
            name = t
        if name is None:
            continue
        ref = places.lookup(name)
        if ref is not None and ref.kind == "country" and ref.name not in victims:
            return ref.name
    return None


def _target(low: list[str], i: int, end: int) -> bool:
    """'a car bomb at the British Army base' / 'the headquarters of the British Army' /
    'inflicted N casualties on the Salvadoran army': a state's forces attacked, not attacking."""
    if end < len(low) and low[end] in _TARGETS:
        return True
    k = i - 1
    if k >= 0 and low[k] in ("the", "a", "an"):
        k -= 1
    if k >= 0 and low[k] in ("on", "upon") and any(w.startswith("inflict") for w in low[:k]):
        return True  # "inflicted 100 casualties on the Salvadoran army": the army suffered them
    if k >= 0 and low[k] == "against":
        return True  # "THIS ATTACK AGAINST U.S. SOLDIERS": the soldiers were attacked
    if k >= 1 and low[k] == "on" and any(w.startswith(_ASSAULTS) for w in low[max(0, k - 2) : k]):
        return True  # "Bomb Attack on U.S. Troops": the troops were attacked
    return k >= 1 and low[k] == "of" and low[k - 1] in _TARGETS


_NOT_AGENT = frozenset(
    "inhabited owned used occupied visited frequented guarded protected surrounded run led"
    " commanded accompanied".split()
)
_ASSAULTS = ("attack", "assault", "ambush", "raid", "offensive", "bombing")
_AUX = frozenset("had has have having was were been".split())


def _victim_subject(low: list[str], end: int) -> bool:
    """'Iraqi troops suffered / had suffered 3,000 casualties': the subject is the victim."""
    k = end
    while k < len(low) and k - end < 2 and low[k] in _AUX:
        k += 1
    return k < len(low) and low[k] in _VICTIM_VERBS


def _named(low: list[str], toks: list[str], ng: tuple[str, int]) -> tuple[str, int]:
    """'MAOIST SHINING PATH': a descriptor right before a group's name gives way to the name."""
    if ng[0] not in DESCRIPTORS or ng[1] >= len(low):
        return ng
    after = named_group_at(low, toks, ng[1])
    return after if after is not None else ng


def _bare_forces(low: list[str], at: int, country: str) -> str | None:
    """'AN ARMY PATROL REPORTEDLY KILLED 69 PEASANTS': unnamed state forces killing -> the state
    (`at`: one past the number phrase)."""
    lo = max(0, at - 6)
    window = low[lo : at - 1]
    for k, w in enumerate(window):
        if w in BARE_FORCES and any(v in KILL_VERBS for v in window[k + 1 :]):
            if _target(low, max(lo + k - 1, 0), lo + k + 1) or _target(low, lo + k, lo + k + 1):
                continue  # "the headquarters of the Turkish army, wounding 9"
            return country
    return None


def default_perpetrator(
    group: str,
    country: str | None,
    armed_group: str | None,
    cause: str | None,
    named_before: bool = True,
    arrest: bool = False,
) -> str | None:
    """Armed groups fall to the state, state forces to the article's armed group; people hurt
    in an attack to the article's armed group if the text has named it by then; people
    arrested to the state (only a state arrests)."""
    if cause in NATURAL:
        return None
    if arrest:
        return country  # soldiers arrested too ("45 SOLDIERS ... CONFINED PENDING INVESTIGATION")
    if group == "armed_groups" and country:
        return country
    if group in ("civilians", "children", "women", "men", "people") and cause in _ATTACKS:
        return armed_group if named_before else None
    if group == "state_forces" and armed_group:
        return armed_group
    return None


# Words for arrests: a state's act, unlike kidnappings and hostage-taking.
# (not "captured": soldiers captured are the other side's prisoners)
ARREST_WORDS = frozenset(
    "arrested arrest arrests detained detention jailed imprisoned custody confined".split()
)


# Means of irregular fighters: losses they cause are not the other side's in a two-state war
# ("car bombings in Baghdad killed one American soldier" is not Iraq's doing).
IRREGULAR = frozenset(
    {"car bomb", "bombing", "suicide bombing", "suicide car bomb", "suicide attack", "kidnapping"}
)
NATURAL = frozenset(
    {
        "earthquake",
        "tsunami",
        "flood",
        "hurricane",
        "tropical storm",
        "storm",
        "fire",
        "crash",
        "plane crash",
        "helicopter crash",
        "cyclone",
        "typhoon",
        "landslide",
        "capsizing",
        "ferry disaster",
    }
)
_ATTACKS = frozenset(
    {
        "bombing",
        "car bomb",
        "suicide bombing",
        "suicide car bomb",
        "ambush",
        "mine",
        "attack",
        "grenade attack",
        "kidnapping",
        "massacre",
        "shooting",
    }
)
