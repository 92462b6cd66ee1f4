"""Victim groups: the head noun after a figure, modifiers, affiliation, named groups."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import PhraseTable, load, table_from_groups, word_alternation
from .taxonomy import common_group

_G = load("groups")
_D = load("demonyms")
NOUNS = table_from_groups(_G["nouns"])
MODIFIERS = table_from_groups({k: v for k, v in _G["modifiers"].items()})
PEOPLE_OVERRIDE = frozenset(_G["people_override"])
NAMED_GROUPS = PhraseTable(
    {alias: name for name, aliases in _G["named_groups"].items() for alias in aliases}
)
GROUP_NAMES = frozenset(_G["named_groups"])
NAMED_GROUP_RE = word_alternation(a for aliases in _G["named_groups"].values() for a in aliases)
# names that describe rather than name ("Maoist rebels"): a name right after one wins
DESCRIPTORS = frozenset(name for name in _G["named_groups"] if name.endswith(" rebels"))
ACRONYMS = frozenset(name for name in _G["named_groups"] if name.isupper())
DEMONYMS = PhraseTable({k: v for k, v in _D["demonyms"].items()})
COUNTRY_ALIASES: dict[str, str] = _D["country_aliases"]
DEMONYM_WORDS = frozenset(k.split()[0] for k in _D["demonyms"])
SUBSET_MARKERS = PhraseTable({p: True for p in _G["subset_markers"]})
LIST_LINKS = PhraseTable({p: True for p in _G["list_links"]})
OUTCOME_NOUN_GROUPS = frozenset(
    {"bodies", "body", "corpses", "lives", "dead", "deaths", "fatalities", "casualties", "casualty"}
    | {"murders", "disappearances"}
)
_ABBREVIATION = re.compile(r"(?:[a-z]\.){2,}")
_ADJECTIVE_OUTCOMES = frozenset({"dead", "wounded", "injured", "missing"})
ELIDED_HEADS = frozenset({"others", "other", "more"})

# the state of bodies: "charred and bloated", "mutilated and decapitated"
_STATE_WORDS = frozenset(
    "charred bloated decomposed decomposing mutilated decapitated headless burned burnt".split()
)
_STATE_PAIRS = [[w] for w in _STATE_WORDS]
# Words that may sit between a figure and its head noun ("21 Iraqi National Guard troops").
_SKIPPABLE_LOWER = frozenset(
    {
        "other",
        "more",
        "black",
        "white",
        "unidentified",
        "charred",
        "bloated",
        "decomposed",
        "decomposing",
        "mutilated",
        "decapitated",
        "headless",
        "burned",
        "burnt",
        "bullet-riddled",
        "unarmed",
        "innocent",
        "young",
        "elderly",
        "old",
        "local",
        "foreign",
        "armed",
        "alleged",
        "suspected",
        "presumed",
        "university",
        "indian",
        "university's",
        "'",
        '"',
        "“",
        "”",
        "’",
        "‘",
        "of",
        "the",
        "civil",
        "defence",
        "defense",
        "patrol",
        "further",
        "additional",
        "palestinian",
        "american",
        "government",
        "pro-government",
        "anti-government",
        "shi'ite",
        "sunni",
        "leftwing",
        "left-wing",
        "rightwing",
        "right-wing",
        "maoist",
        "islamist",
        "national",
        "noncommissioned",
        "military",
        "army",
        "police",
        "security",
        "enemy",
        "federal",
        "regular",
        "uniformed",
        "off-duty",
        "wounded",
        "dead",
        "injured",
        "missing",
        "seriously",
        "slightly",
        "critically",
        "badly",
        "severely",
        "also",
        "such",
        "small",
        "rival",
        "fellow",
        "guerrilla",
        "rebel",
        "militia",
        "peasant",
        "women",
        "child",
        "commando",
        "special",
        "riot",
        "traffic",
        "border",
        "prison",
        "paramilitary",
        "reserve",
        "senior",
        "junior",
    }
)
_STOP = frozenset(
    {
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "by",
        "for",
        "from",
        "with",
        "were",
        "was",
        "have",
        "had",
        "has",
        "are",
        "is",
        "be",
        "been",
        "who",
        "which",
        "that",
        ",",
        ".",
        ";",
        ":",
    }
)


_DEMONYM_ALONE_NEXT = frozenset({"so", "since", "this", "last", "during", "over", "died", "killed"})


@dataclass(frozen=True)
class Head:
    group: str
    start: int
    end: int
    affiliation: str | None
    noun: str  # the head noun as written (lower case)
    modifier_outcome: str | None  # "30 dead civilians" -> killed
    nationality: str | None  # country of a demonym modifier or demonym head


def country_of(low: list[str], toks: list[str], i: int) -> tuple[str, int] | None:
    """A demonym or country alias at token i -> (country, end)."""
    m = DEMONYMS.match_at(low, i) or DEMONYMS.match_at(toks, i)
    if m:
        return m
    if toks[i] in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[toks[i]], i + 1
    return None


def named_group_at(low: list[str], toks: list[str], i: int) -> tuple[str, int] | None:
    """A named armed group at token i; acronyms must be written in capitals."""
    m = NAMED_GROUPS.match_at(low, i)
    if m is None:
        return None
    name, end = m
    if name in ACRONYMS and toks[i].lower() == name.lower() and not toks[i].isupper():
        return None  # "eln" in running text is not the ELN; "Tupac Amaru" is the MRTA
    return m


# outcome words that can stand as an adjective before the group noun ("SEVEN KIDNAPPED STUDENTS")
_ADJECTIVE_OUTCOMES = frozenset(
    "dead wounded injured missing kidnapped abducted detained arrested jailed".split()
)


def _member_of(low: list[str], toks: list[str], i: int) -> tuple[str, int, str | None] | None:
    """The group of the phrase after "members of": its last group noun, or a named group."""
    found = None
    j, n = i, len(low)
    while j < n and j < i + 7:
        ng = named_group_at(low, toks, j)
        if ng is not None:
            found = ("armed_groups", ng[1], ng[0])
            j = ng[1]
            continue
        noun = NOUNS.match_at(low, j)
        if noun is not None and noun[0] != "people":
            found = (noun[0], noun[1], None)
            j = noun[1]
            continue
        if low[j] in _REBEL_WORDS and toks[j][:1].isupper() and found is None:
            # "MEMBERS OF THE MOVEMENT OF THE REVOLUTIONARY LEFT (MIR)": an armed group unnamed
            # in the lexicon, known by the words of its name
            found = ("armed_groups", j + 1, None)
        if low[j] in _STOP and low[j] != "of":
            break
        j += 1
    return found


_REBEL_WORDS = frozenset("revolutionary liberation guerrilla insurgent rebel".split())


def find_head(low: list[str], toks: list[str], i: int, outcome_words: PhraseTable) -> Head | None:
    """The group noun a figure ending at token i applies to, skipping a few modifiers."""
    n = len(low)
    j = i
    affiliation: str | None = None
    nationality: str | None = None
    mod_group: str | None = None
    mod_outcome: str | None = None
    skipped = 0
    while j < n and skipped <= 4:
        noun = NOUNS.match_at(low, j)
        if noun is not None and low[j] in _ADJECTIVE_OUTCOMES and NOUNS.match_at(low, noun[1]):
            noun = None  # "30 dead civilians": 'dead' is a modifier here
        if noun is not None:
            group, end = noun
            words = " ".join(low[j:end])
            if words in OUTCOME_NOUN_GROUPS and mod_group:
                group = mod_group
            elif mod_group in ("state_forces", "armed_groups") and group == "men":
                group = mod_group  # "army men", "armed men"
            elif mod_group and group in ("people", "combatants"):
                group = mod_group
            # "soldiers and guerrillas": one figure over two groups -> their common parent.
            if end + 1 < n and low[end] in ("and", "or") and not low[end + 1][0].isdigit():
                other = NOUNS.match_at(low, end + 1)
                if other is not None and other[0] != group:
                    group, end = common_group(group, other[0]), other[1]
            if words in PEOPLE_OVERRIDE:
                group = "people"
            if words in ("members", "member", "leaders") and end < n and low[end] == "of":
                sub = _member_of(low, toks, end + 1)  # "members of the defence patrol"
                if sub is not None:
                    group, end, affiliation = sub[0], sub[1], sub[2] or affiliation
            if group == "people" and nationality and words not in OUTCOME_NOUN_GROUPS:
                pass
            return Head(group, j, end, affiliation, words, mod_outcome, nationality)
        ng = named_group_at(low, toks, j)
        if ng is not None:
            affiliation, j = ng[0], ng[1]
            if (
                NOUNS.match_at(low, j - 1) and j - 1 > i
            ):  # "Sadr militia" names the group and its noun
                return Head(
                    "armed_groups", j - 1, j, affiliation, low[j - 1], mod_outcome, nationality
                )
            skipped += 1
            mod_group = mod_group or "armed_groups"
            continue
        c = country_of(low, toks, j)
        if c is not None:
            nationality, j = c[0], c[1]
            # "Iraqis", "Libyans": a nationality alone is people.
            after = low[c[1]] if c[1] < n else "."
            alone = low[c[1] - 1].endswith(("s", "ese")) or (
                after in _STOP or after in _DEMONYM_ALONE_NEXT or outcome_words.match_at(low, c[1])
            )  # "607 PERUVIAN SO FAR": a singular demonym with no noun after it
            if (
                alone
                and toks[c[1] - 1][:1].isupper()
                and (c[1] >= n or NOUNS.match_at(low, c[1]) is None)
                and low[c[1] - 1]
                not in ("u.s.", "us", "swiss", "british", "french", "irish", "dutch")
            ):
                # ("four armed Palestinians": the modifier's group)
                group = "armed_groups" if mod_group == "armed_groups" else "people"
                return Head(group, c[1] - 1, c[1], None, low[c[1] - 1], mod_outcome, nationality)
            skipped += 1
            continue
        mod = MODIFIERS.match_at(low, j)
        if mod is not None:
            mod_group = mod[0]
        w = low[j]
        oc = outcome_words.match_at(low, j)
        if oc is not None and w in _ADJECTIVE_OUTCOMES:
            mod_outcome = oc[0]
        elif w == "and" and low[j - 1] in _STATE_WORDS and low[j + 1 : j + 2] in _STATE_PAIRS:
            pass  # "25 charred and bloated bodies"
        elif w in _STOP:
            return None
        elif not (
            w in _SKIPPABLE_LOWER
            or mod is not None
            or (toks[j][:1].isupper() and not toks[j].isupper())
            or ("-" in w and not w[0].isdigit())
            or _ABBREVIATION.fullmatch(w)  # "three U.N. workers"
        ):
            # ALL-CAPS text: allow a couple of unknown modifier words only; in running text,
            # up to two unknown words right before a group noun ("11 current terror detainees",
            # "five church workers"), never a verb form
            if not (toks[j].isupper() and skipped < 2 and w.isalpha()) and not (
                skipped < 2
                and w.isalpha()
                and not w.endswith(("ed", "ing"))
                and (NOUNS.match_at(low, j + 1) or NOUNS.match_at(low, j + 2))
            ):
                return None
        j += 1
        skipped += 1
    return None
