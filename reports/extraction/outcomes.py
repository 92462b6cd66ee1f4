"""Outcome words (killed, injured, ...) as phrase tables, by the role they play around a figure."""

from __future__ import annotations

from .lexicon import load, table_from_groups

_O = load("outcomes")
PASSIVE = table_from_groups(_O["passive"])  # "20 were killed", "20 dead"
ACTIVE = table_from_groups(_O["active"])  # "killed 20", "the deaths of 20"
NOUN = table_from_groups(_O["noun"])  # "20 deaths", "20 casualties"
TOLL = table_from_groups(_O["toll"])  # "the death toll rose to 20"
TOLL_LINKS = frozenset(_O["toll_links"])
HELD_AS = frozenset(_O["held_as"])  # "took 26 people hostage"
RELEASED = frozenset(_O["released"])  # "freed 5 hostages": people returned are not claims
# Future and hypothetical modals before a passive outcome: "45 million children will die".
FUTURE = frozenset({"will", "would", "could", "might", "may", "can", "shall", "'ll"})
ANY = table_from_groups(
    {k: _O["passive"].get(k, []) + _O["active"].get(k, []) for k in _O["passive"]}
)
# Gerunds and present forms take the figure after them, never one before them.
ACTIVE_ONLY = frozenset(
    w for forms in _O["active"].values() for w in forms if w.endswith(("ing", "s")) and " " not in w
) - {"wounds", "injuries"}
# Verbs whose object is a figure only when a hypothetical precedes them ("could kill thousands").
MODALS = frozenset(
    {
        "could",
        "would",
        "might",
        "may",
        "will",
        "can",
        "to",
        "threatened",
        "threatening",
        "threatens",
        "vowed",
        "should",
        "must",
        "not",
        "never",
        "didn't",
        "no",
    }
)
